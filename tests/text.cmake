# The text stage's generated data must match what its scripts produce from
# the authoritative sources, when those sources are installed (Debian
# packages unicode-data and python3-jieba).
find_program(BANMIAN_PYTHON3 python3)
if(BANMIAN_PYTHON3)
  set(_unicode_radicals /usr/share/unicode/EquivalentUnifiedIdeograph.txt)
  if(EXISTS ${_unicode_radicals})
    add_test(NAME text.radicals_up_to_date
      COMMAND ${BANMIAN_PYTHON3} ${PROJECT_SOURCE_DIR}/scripts/gen-radicals --check
              ${_unicode_radicals} ${PROJECT_SOURCE_DIR}/src/text/radicals.inc)
    set_tests_properties(text.radicals_up_to_date PROPERTIES LABELS unit)
  endif()
  set(_jieba_dict /usr/lib/python3/dist-packages/jieba/dict.txt)
  if(EXISTS ${_jieba_dict})
    add_test(NAME text.lexicon_up_to_date
      COMMAND ${BANMIAN_PYTHON3} ${PROJECT_SOURCE_DIR}/scripts/build-lexicon --check
              ${_jieba_dict} ${PROJECT_SOURCE_DIR}/data/lexicon.txt)
    set_tests_properties(text.lexicon_up_to_date PROPERTIES LABELS unit)
  endif()
endif()
