/* banmian version macros; usable from C and C++. */
#ifndef BANMIAN_VERSION_H
#define BANMIAN_VERSION_H

#define BANMIAN_VERSION_MAJOR 0
#define BANMIAN_VERSION_MINOR 1
#define BANMIAN_VERSION_PATCH 0
#define BANMIAN_VERSION_STRING "0.1.0"

#endif /* BANMIAN_VERSION_H */
