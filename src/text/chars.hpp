// Character classes of Chinese newspaper text: Han ideographs, CJK and ASCII
// punctuation, sentence ends, openers and closers.
#pragma once

#include <string_view>

namespace banmian::text {

// True for CJK unified ideographs (all extensions), compatibility ideographs
// and 〇 (U+3007).
bool is_han(char32_t c);
// True for white space, including NBSP (U+00A0), the ideographic space
// (U+3000), line breaks, and the zero-width spaces U+200B, U+2060, U+FEFF.
bool is_space(char32_t c);
// True for ASCII digits.
bool is_digit(char32_t c);
// True for Chinese or Latin punctuation.
bool is_punct(char32_t c);
// True for characters that end a sentence: 。！？!?；… (not closing quotes).
bool is_sentence_end(char32_t c);
// True for closing quotes and brackets: ” ’ 」 』 ） 》 ) ] 】.
bool is_closer(char32_t c);
// True for opening quotes and brackets: “ ‘ 「 『 （ 《 ( [ 【.
bool is_opener(char32_t c);

// True when the text ends a sentence: its last non-space character is a
// sentence end, possibly followed by closers (“……。”).
bool ends_sentence(std::u32string_view s);
// True when the text has an unclosed opener (“ without ”, （ without ）).
bool has_open_bracket(std::u32string_view s);
// True when the whole text is one bracketed group: its first character opens
// a bracket that its last character closes ((本报北京1月5日电), 【……】).
bool is_enclosed(std::u32string_view s);

}  // namespace banmian::text
