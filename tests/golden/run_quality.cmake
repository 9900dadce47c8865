# Runs bench/quality with floors; prints "skipped:" (the test's SKIP_REGULAR_EXPRESSION)
# when the corpus or score.py is absent.
if(NOT EXISTS "${CORPUS}" OR NOT EXISTS "${SCORE}")
  message("skipped: no corpus at ${CORPUS} or no score.py at ${SCORE}")
  return()
endif()
execute_process(
  COMMAND "${PYTHON}" "${QUALITY}" --cli "${CLI}" --score "${SCORE}" --floors "${FLOORS}" "${CORPUS}"
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "bench/quality failed (${rc})")
endif()
