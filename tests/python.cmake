# The ctypes package (python/banmian) against this build's shared library,
# with Debian's Python and pytest, as users run it.
set(BANMIAN_PYTHON /usr/bin/python3 CACHE FILEPATH "The Python that runs the ctypes tests")

if(EXISTS ${BANMIAN_PYTHON})
  add_test(NAME python.pytest
    COMMAND ${BANMIAN_PYTHON} -m pytest -q -p no:cacheprovider tests/python
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  add_test(NAME python.example
    COMMAND ${BANMIAN_PYTHON} examples/python/recover_page.py
      examples/pages/changsha-evening-news-page.txt
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(python.pytest python.example PROPERTIES
    LABELS python
    ENVIRONMENT "BANMIAN_LIBRARY=$<TARGET_FILE:banmian_shared>;PYTHONPATH=${PROJECT_SOURCE_DIR}/python;PYTHONDONTWRITEBYTECODE=1")
  set_tests_properties(python.example PROPERTIES PASS_REGULAR_EXPRESSION "[0-9]+ articles")
else()
  message(STATUS "banmian: ${BANMIAN_PYTHON} not found; the Python tests are not run")
endif()
