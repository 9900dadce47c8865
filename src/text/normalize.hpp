// Normalisation of extractor debris, applied to every input block before
// anything else looks at it:
//  - Kangxi radicals (U+2F00..U+2FD5) and CJK radicals supplement
//    (U+2E80..U+2EF3) become their unified ideographs (⻓ -> 长, ⽇ -> 日),
//    per Unicode's EquivalentUnifiedIdeograph.txt (where that ideograph is a
//    glyph variant of its simplified form, the simplified one: ⼾ -> 户);
//    with them (they are glyph forms of extraction too), the two- and
//    three-em dashes (U+2E3A, U+2E3B), one glyph for the printed 破折号,
//    become two or three em dashes (⸺ -> ——), as other extractors write it;
//  - full-width letters and digits (Ａ-Ｚ ａ-ｚ ０-９) become ASCII; every
//    full-width sign and punctuation mark (，。：；（）！？ ％ ＋ ． ／ ＞ …)
//    keeps the width it was set in (1／3, as the page prints it); the
//    division slash (∕) some extractors print for ／ becomes ／ with the
//    radicals;
//  - NBSP, ideographic spaces, tabs and the other Unicode spaces become plain
//    spaces; runs collapse; zero-width spaces and BOMs (U+200B, U+2060,
//    U+FEFF) are removed; \r\n, \r, \v, \f, U+0085, U+2028 and U+2029
//    become \n;
//  - spaces between two Han characters (or a Han character and CJK
//    punctuation) are removed: 联 查 『 威 绿 达 』 -> 联查『威绿达』; so are
//    spaces beside full-width punctuation (， 2023 -> ，2023); spaces between
//    Latin words, digits, and Han and Latin (2023 年, 使用 iPhone) stay;
//  - each line is trimmed; line breaks are kept (segmentation needs them).
// Normalisation is idempotent and keeps every non-space character: removing
// white space (strip_space) from the output gives append_normalized applied
// to each character of the input with its white space removed.
#pragma once

#include <string>
#include <string_view>

namespace banmian::text {

struct NormalizeOptions {
  bool fold_width = true;
  bool map_radicals = true;
  // Removes spaces between Han characters and CJK punctuation; when false,
  // those spaces are only collapsed (a classifier may want 徐　昱 as is).
  bool remove_cjk_spaces = true;
};

// Returns the normalised text.
std::string normalize(std::string_view text, const NormalizeOptions& options = {});

// Returns the code point a radical stands for, or the code point itself.
char32_t unify_radical(char32_t c);

// Returns the ASCII letter or digit of a full-width one (０ -> 0, Ａ -> A),
// or the code point itself (％ stays ％).
char32_t fold_width(char32_t c);

// Returns the code point that normalize writes for a non-space character
// (the first of them where it writes several: a two-em dash).
char32_t normalize_char(char32_t c, const NormalizeOptions& options = {});

// Appends what normalize writes for a non-space character to `out` (UTF-8):
// normalize_char's code point, repeated for the two- and three-em dashes.
void append_normalized(std::string& out, char32_t c, const NormalizeOptions& options = {});

// How many em dashes a dash glyph stands for: 2 for U+2E3A, 3 for U+2E3B,
// else 0.
int em_dash_count(char32_t c);

// Returns the text with all white space removed, as is_space defines it
// (for comparisons).
std::string strip_space(std::string_view text);

}  // namespace banmian::text
