# Packaging tests: the three ways into banmian, each built as a user would.
#   packaging.install             installs this build into a temporary prefix
#   packaging.find-package        builds examples/cpp and examples/c against
#                                 that prefix with find_package(banmian)
#   packaging.find-package-build-tree   the same against this build tree
#   packaging.add-subdirectory    a parent project vendoring the source tree
#   example.c, example.cpp        the examples of this build, on the example page
# The ctypes test is in python.cmake.

set(BANMIAN_EXAMPLE_PAGE ${PROJECT_SOURCE_DIR}/examples/pages/changsha-evening-news-page.txt)
set(BANMIAN_PACKAGING_DIR ${PROJECT_BINARY_DIR}/packaging)

# Options that every nested build shares with this one.
set(BANMIAN_NESTED_OPTIONS
  -DCMAKE_C_COMPILER=${CMAKE_C_COMPILER}
  -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
  -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE})
if(CMAKE_CONFIGURATION_TYPES)
  set(BANMIAN_TEST_CONFIG -C $<CONFIG>)
  set(BANMIAN_BUILD_CONFIG --build-config $<CONFIG>)
endif()

if(BANMIAN_INSTALL)
  # The fixture installs first; find-package runs only when that passed.
  add_test(NAME packaging.install
    COMMAND ${CMAKE_COMMAND} --install ${PROJECT_BINARY_DIR}
      --prefix ${BANMIAN_PACKAGING_DIR}/prefix ${BANMIAN_TEST_CONFIG})
  set_tests_properties(packaging.install PROPERTIES
    FIXTURES_SETUP banmian_installed LABELS packaging)

  add_test(NAME packaging.find-package
    COMMAND ${CMAKE_CTEST_COMMAND}
      --build-and-test
        ${CMAKE_CURRENT_SOURCE_DIR}/cmake/find-package
        ${BANMIAN_PACKAGING_DIR}/find-package
      --build-generator ${CMAKE_GENERATOR}
      --build-makeprogram ${CMAKE_MAKE_PROGRAM}
      ${BANMIAN_BUILD_CONFIG}
      --build-options
        ${BANMIAN_NESTED_OPTIONS}
        -DCMAKE_PREFIX_PATH=${BANMIAN_PACKAGING_DIR}/prefix
        -DBANMIAN_EXAMPLES_DIR=${PROJECT_SOURCE_DIR}/examples
        -DBANMIAN_EXAMPLE_PAGE=${BANMIAN_EXAMPLE_PAGE}
      --test-command ${CMAKE_CTEST_COMMAND} --output-on-failure ${BANMIAN_TEST_CONFIG})
  set_tests_properties(packaging.find-package PROPERTIES
    FIXTURES_REQUIRED banmian_installed LABELS packaging TIMEOUT 600)

  # The build tree is a package too (export(EXPORT) in cmake/install.cmake).
  add_test(NAME packaging.find-package-build-tree
    COMMAND ${CMAKE_CTEST_COMMAND}
      --build-and-test
        ${CMAKE_CURRENT_SOURCE_DIR}/cmake/find-package
        ${BANMIAN_PACKAGING_DIR}/find-package-build-tree
      --build-generator ${CMAKE_GENERATOR}
      --build-makeprogram ${CMAKE_MAKE_PROGRAM}
      ${BANMIAN_BUILD_CONFIG}
      --build-options
        ${BANMIAN_NESTED_OPTIONS}
        -Dbanmian_DIR=${PROJECT_BINARY_DIR}
        -DBANMIAN_EXAMPLES_DIR=${PROJECT_SOURCE_DIR}/examples
        -DBANMIAN_EXAMPLE_PAGE=${BANMIAN_EXAMPLE_PAGE}
      --test-command ${CMAKE_CTEST_COMMAND} --output-on-failure ${BANMIAN_TEST_CONFIG})
  set_tests_properties(packaging.find-package-build-tree PROPERTIES
    LABELS packaging TIMEOUT 600)
endif()

add_test(NAME packaging.add-subdirectory
  COMMAND ${CMAKE_CTEST_COMMAND}
    --build-and-test
      ${CMAKE_CURRENT_SOURCE_DIR}/cmake/add-subdirectory
      ${BANMIAN_PACKAGING_DIR}/add-subdirectory
    --build-generator ${CMAKE_GENERATOR}
    --build-makeprogram ${CMAKE_MAKE_PROGRAM}
    ${BANMIAN_BUILD_CONFIG}
    --build-options
      ${BANMIAN_NESTED_OPTIONS}
      -DBANMIAN_SOURCE_DIR=${PROJECT_SOURCE_DIR}
      -DBANMIAN_EXAMPLE_PAGE=${BANMIAN_EXAMPLE_PAGE}
    --test-command ${CMAKE_CTEST_COMMAND} --output-on-failure ${BANMIAN_TEST_CONFIG})
# It compiles the whole library again; give it time on small machines.
set_tests_properties(packaging.add-subdirectory PROPERTIES LABELS packaging TIMEOUT 1200)

if(BANMIAN_BUILD_EXAMPLES)
  add_test(NAME example.c COMMAND banmian_example_c ${BANMIAN_EXAMPLE_PAGE} text)
  set_tests_properties(example.c PROPERTIES
    LABELS example
    PASS_REGULAR_EXPRESSION "\"format\":\"banmian.article-tree\"")
  add_test(NAME example.c.bad-utf8 COMMAND banmian_example_c
    ${CMAKE_CURRENT_SOURCE_DIR}/cmake/bad-utf8.txt text)
  # Fails with BM_EINVALID_INPUT (-1) and names the byte offset.
  set_tests_properties(example.c.bad-utf8 PROPERTIES
    LABELS example PASS_REGULAR_EXPRESSION "31[^0-9].*\\(-1\\)")
  add_test(NAME example.cpp COMMAND banmian_example_cpp ${BANMIAN_EXAMPLE_PAGE})
  set_tests_properties(example.cpp PROPERTIES
    LABELS example
    PASS_REGULAR_EXPRESSION "星球石墨")
endif()
