# The explain view in a real browser: `banmian --output html` of a dev page, from blocks-json
# (geometry: the page drawn at scale) and from text (input blocks beside the tree), rendered
# by headless Chromium to PNG and checked (not blank, one colour per article in the DOM, no
# network resources). The HTML and PNGs stay in the build tree (tests/html-out/) to look at.
# Skips when Chromium or the corpus is absent (scripts/bootstrap installs Debian's chromium).
find_program(BANMIAN_PYTHON3 python3)
if(NOT TARGET banmian_cli OR NOT BANMIAN_PYTHON3)
  return()
endif()

set(BANMIAN_HTML_PAGE ${BANMIAN_SHARED_DIR}/corpus/dev/dev1998-19980104-p01)
foreach(kind blocks text)
  if(kind STREQUAL "blocks")
    set(page ${BANMIAN_HTML_PAGE}.blocks.json)
    set(geometry --geometry)
  else()
    set(page ${BANMIAN_HTML_PAGE}.txt)
    set(geometry)
  endif()
  add_test(NAME html.explain-view-${kind}
    COMMAND ${BANMIAN_PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/html/check_html.py
      --cli $<TARGET_FILE:banmian_cli> --out ${CMAKE_CURRENT_BINARY_DIR}/html-out ${geometry} ${page})
  set_tests_properties(html.explain-view-${kind} PROPERTIES
    LABELS html SKIP_RETURN_CODE 77 TIMEOUT 180)
endforeach()
