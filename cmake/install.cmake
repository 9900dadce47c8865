# Installs banmian as a relocatable CMake package (banmianConfig.cmake and a
# version file), a pkg-config file, the library and the public headers, and
# exports the same targets from the build tree. Users see one name in every
# mode: banmian::banmian.
#
# The library target is built from $<TARGET_OBJECTS:banmian_obj> and links
# its dependencies itself, so banmian_obj is not part of its link interface
# and stays out of the export set.

set(BANMIAN_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/banmian" CACHE STRING
  "Where to install banmianConfig.cmake, relative to the install prefix")
mark_as_advanced(BANMIAN_CMAKE_DIR)

install(TARGETS banmian
  EXPORT banmianTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT banmian_development
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT banmian_runtime
    NAMELINK_COMPONENT banmian_development
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT banmian_runtime)

# In a static build, the shared library that ctypes and dlopen users load is
# installed beside the static one. It is not exported: CMake users link
# banmian::banmian.
if(NOT BUILD_SHARED_LIBS)
  install(TARGETS banmian_shared
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT banmian_runtime
      NAMELINK_COMPONENT banmian_development
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT banmian_runtime)
endif()

install(FILES
    ${PROJECT_SOURCE_DIR}/include/banmian/banmian.hpp
    ${PROJECT_SOURCE_DIR}/include/banmian/banmian.h
    ${PROJECT_SOURCE_DIR}/include/banmian/version.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/banmian
  COMPONENT banmian_development)

install(EXPORT banmianTargets
  NAMESPACE banmian::
  DESTINATION ${BANMIAN_CMAKE_DIR}
  COMPONENT banmian_development)

configure_package_config_file(
  ${CMAKE_CURRENT_LIST_DIR}/banmianConfig.cmake.in
  ${PROJECT_BINARY_DIR}/banmianConfig.cmake
  INSTALL_DESTINATION ${BANMIAN_CMAKE_DIR})
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/banmianConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMajorVersion)
install(FILES
    ${PROJECT_BINARY_DIR}/banmianConfig.cmake
    ${PROJECT_BINARY_DIR}/banmianConfigVersion.cmake
  DESTINATION ${BANMIAN_CMAKE_DIR}
  COMPONENT banmian_development)

# The build tree is a package too: find_package(banmian) works with
# banmian_DIR pointing at the build directory, without installing.
export(EXPORT banmianTargets
  NAMESPACE banmian::
  FILE ${PROJECT_BINARY_DIR}/banmianTargets.cmake)

# pkg-config: with relative install dirs, ${prefix} is found from the .pc
# file's own place (${pcfiledir}), so that the installed tree can be moved
# and `cmake --install --prefix` works.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(BANMIAN_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH BANMIAN_PC_UP "/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/")
  string(REGEX REPLACE "/$" "" BANMIAN_PC_UP "${BANMIAN_PC_UP}")
  set(BANMIAN_PC_PREFIX "\${pcfiledir}/${BANMIAN_PC_UP}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(BANMIAN_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
else()
  set(BANMIAN_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(BANMIAN_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(BANMIAN_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/banmian.pc.in ${PROJECT_BINARY_DIR}/banmian.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/banmian.pc
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig
  COMPONENT banmian_development)
