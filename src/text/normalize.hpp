// Normalisation of extractor debris, applied to every input block before
// anything else looks at it:
//  - Kangxi radicals (U+2F00..U+2FD5) and CJK radicals supplement
//    (U+2E80..U+2EF3) become their unified ideographs (⻓ -> 长, ⽇ -> 日),
//    per Unicode's EquivalentUnifiedIdeograph.txt;
//  - full-width ASCII letters, digits and signs (Ａ ０ ％ ＋ ．) become ASCII;
//    CJK punctuation (，。：；（）！？) is kept full-width as printed;
//  - NBSP, ideographic spaces and tabs become plain spaces; runs collapse;
//  - spaces between two Han characters (or a Han character and CJK
//    punctuation) are removed: 联 查 『 威 绿 达 』 -> 联查『威绿达』;
//  - each line is trimmed; line breaks are kept (segmentation needs them).
// Normalisation is idempotent.
#pragma once

#include <string>
#include <string_view>

namespace banmian::text {

struct NormalizeOptions {
  bool fold_width = true;
  bool map_radicals = true;
};

// Returns the normalised text.
std::string normalize(std::string_view text, const NormalizeOptions& options = {});

// Returns the code point a radical stands for, or the code point itself.
char32_t unify_radical(char32_t c);

// Returns the text with all white space removed (for comparisons).
std::string strip_space(std::string_view text);

}  // namespace banmian::text
