# Golden page: the CLI's tree of the example page, scored by ../shared/eval/score.py against
# the gold tree written by hand (examples/pages/*.gold.json). Fails below the ratchet floors
# in tests/golden/floors.json; skips when the shared folder is absent. The gold tree follows
# the spec's example, where an intertitle with a comma is a heading, so the page is recovered
# with punctuated_intertitles on; the default (such lines as paragraphs) is unit-tested.
find_program(BANMIAN_PYTHON3 python3)
if(NOT TARGET banmian_cli OR NOT BANMIAN_PYTHON3)
  return()
endif()

add_test(NAME golden.changsha-evening-news-page
  COMMAND ${BANMIAN_PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/golden/check_golden.py
    --cli $<TARGET_FILE:banmian_cli>
    --score ${BANMIAN_SHARED_DIR}/eval/score.py
    --floors ${CMAKE_CURRENT_SOURCE_DIR}/golden/floors.json
    --option punctuated_intertitles=true
    ${PROJECT_SOURCE_DIR}/examples/pages/changsha-evening-news-page.txt
    ${PROJECT_SOURCE_DIR}/examples/pages/changsha-evening-news-page.gold.json)
set_tests_properties(golden.changsha-evening-news-page PROPERTIES
  LABELS golden SKIP_RETURN_CODE 77 TIMEOUT 120)
