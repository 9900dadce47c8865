# Tests of the banmian command-line program: exit codes, -o file naming,
# stdout modes, --version. Each check is a small CMake script in tests/cli/.
if(NOT TARGET banmian_cli)
  return()
endif()

set(BANMIAN_CLI_DIR ${CMAKE_CURRENT_SOURCE_DIR}/cli)
set(BANMIAN_CLI_WORK ${CMAKE_CURRENT_BINARY_DIR}/cli-work)

function(banmian_cli_test name script)
  add_test(NAME cli.${name}
    COMMAND ${CMAKE_COMMAND}
      -DBANMIAN=$<TARGET_FILE:banmian_cli>
      -DDATA=${BANMIAN_CLI_DIR}/data
      -DWORK=${BANMIAN_CLI_WORK}/${name}
      -DSHARED=${BANMIAN_SHARED_DIR}
      -DVERSION=${PROJECT_VERSION}
      -P ${BANMIAN_CLI_DIR}/${script})
  set_tests_properties(cli.${name} PROPERTIES LABELS cli)
endfunction()

banmian_cli_test(version version.cmake)
banmian_cli_test(usage usage.cmake)
banmian_cli_test(output-dir output_dir.cmake)
banmian_cli_test(failures failures.cmake)
banmian_cli_test(stdout stdout.cmake)
banmian_cli_test(pdftotext-bbox pdftotext_bbox.cmake)
