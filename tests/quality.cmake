# Quality: bench/quality over the corpora of ../shared, scored by ../shared/eval/score.py,
# one test per input kind. Each fails when a mean falls below the "required" floors of its
# tests/golden/quality-floors*.json (the current engine, rounded down: a ratchet); the
# "target" floors (the issues' quality bars) are reported, not enforced. Skips when the
# corpus is absent. Re-measure the floors with tests/golden/update_floors.py.
find_program(BANMIAN_PYTHON3 python3)
if(NOT TARGET banmian_cli OR NOT BANMIAN_PYTHON3)
  return()
endif()

# name | corpus folder | input extension | floors file
set(BANMIAN_QUALITY_SUITES
  "dev-text|dev|.txt|quality-floors.json"
  "dev-blocks|dev|.blocks.json|quality-floors-blocks.json"
  "devpdf-bbox|dev-pdf|.bbox.html|quality-floors-bbox.json"
  "devpdf-mupdf|dev-pdf|.mupdf.txt|quality-floors-mupdf.json")

foreach(suite ${BANMIAN_QUALITY_SUITES})
  string(REPLACE "|" ";" fields "${suite}")
  list(GET fields 0 name)
  list(GET fields 1 corpus)
  list(GET fields 2 ext)
  list(GET fields 3 floors)
  add_test(NAME quality.${name}
    COMMAND ${BANMIAN_PYTHON3} ${PROJECT_SOURCE_DIR}/bench/quality
      --cli $<TARGET_FILE:banmian_cli>
      --score ${BANMIAN_SHARED_DIR}/eval/score.py
      --input-ext ${ext}
      --floors ${CMAKE_CURRENT_SOURCE_DIR}/golden/${floors}
      --skip-missing
      ${BANMIAN_SHARED_DIR}/corpus/${corpus})
  set_tests_properties(quality.${name} PROPERTIES
    LABELS quality SKIP_RETURN_CODE 77 TIMEOUT 240)
endforeach()
