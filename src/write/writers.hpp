// Helpers shared by the writers.
#pragma once

#include <banmian/banmian.hpp>

#include <string>

namespace banmian::detail {

// Returns one repair in words on one line, without the newline:
// "join 48 -> 74 (score 0.91): 48 ends mid-sentence; ...".
std::string describe_repair(const Repair& repair);

}  // namespace banmian::detail
