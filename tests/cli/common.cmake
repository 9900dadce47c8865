# Helpers for the CLI test scripts: run banmian and check its results.
# Variables from ctest: BANMIAN (the program), DATA, WORK, SHARED, VERSION.

file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

# Runs banmian with ARGN; sets RC, OUT and ERR in the caller.
function(run_banmian)
  execute_process(COMMAND ${BANMIAN} ${ARGN}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
    WORKING_DIRECTORY ${WORK})
  set(RC "${rc}" PARENT_SCOPE)
  set(OUT "${out}" PARENT_SCOPE)
  set(ERR "${err}" PARENT_SCOPE)
endfunction()

function(expect_rc expected)
  if(NOT "${RC}" STREQUAL "${expected}")
    message(FATAL_ERROR "expected exit ${expected}, got ${RC}\nstdout: ${OUT}\nstderr: ${ERR}")
  endif()
endfunction()

function(expect_match variable regex)
  if(NOT "${${variable}}" MATCHES "${regex}")
    message(FATAL_ERROR "${variable} does not match '${regex}':\n${${variable}}")
  endif()
endfunction()

function(expect_no_match variable regex)
  if("${${variable}}" MATCHES "${regex}")
    message(FATAL_ERROR "${variable} matches '${regex}' but should not:\n${${variable}}")
  endif()
endfunction()

function(expect_file path)
  if(NOT EXISTS "${path}")
    file(GLOB present "${WORK}/*" "${WORK}/*/*")
    message(FATAL_ERROR "missing ${path}; present: ${present}")
  endif()
endfunction()

# Checks that a file holds one valid JSON article tree.
function(expect_tree_file path)
  expect_file("${path}")
  file(READ "${path}" json)
  string(JSON format ERROR_VARIABLE error GET "${json}" format)
  if(error OR NOT format STREQUAL "banmian.article-tree")
    message(FATAL_ERROR "${path} is not an article tree: ${error}\n${json}")
  endif()
endfunction()
