// Character classes. Han and white space are tested by code point ranges;
// punctuation falls back on ICU's general category for characters outside
// the ranges Chinese newspapers use.
#include "text/chars.hpp"

#include <unicode/uchar.h>

#include <array>

namespace banmian::text {

bool is_han(char32_t c) {
  if (c < 0x3007) return false;
  return c == 0x3007 ||                   // 〇 ideographic number zero
         (c >= 0x3400 && c <= 0x4DBF) ||  // extension A
         (c >= 0x4E00 && c <= 0x9FFF) ||  // unified ideographs
         (c >= 0xF900 && c <= 0xFAFF) ||  // compatibility ideographs
         (c >= 0x20000 &&
          c <= 0x3FFFF);  // extensions B..H, compatibility supplement
}

bool is_space(char32_t c) {
  switch (c) {
    case U' ':
    case U'\t':
    case U'\n':
    case U'\v':
    case U'\f':
    case U'\r':
    case 0x0085:
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x200B:
    case 0x2060:
    case 0xFEFF:  // zero-width spaces and BOM
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

bool is_punct(char32_t c) {
  if (c < 0x80) {
    return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) ||
           (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
  }
  if (c >= 0xFF01 && c <= 0xFF5E) {  // full-width forms of ASCII punctuation
    const char32_t ascii = c - 0xFEE0;
    return !((ascii >= U'0' && ascii <= U'9') ||
             (ascii >= U'A' && ascii <= U'Z') ||
             (ascii >= U'a' && ascii <= U'z'));
  }
  if (c == 0xFFE5 || c == 0x00A5) return false;  // ￥ is a currency sign
  if (c >= 0x3001 && c <= 0x303F) {
    // CJK symbols and punctuation, less the ideographic letters and numbers.
    return !(c == 0x3005 || c == 0x3006 || c == 0x3007 ||
             (c >= 0x3021 && c <= 0x3029) || (c >= 0x3031 && c <= 0x3035) ||
             (c >= 0x3038 && c <= 0x303C));
  }
  return u_ispunct(static_cast<UChar32>(c));
}

bool is_sentence_end(char32_t c) {
  switch (c) {
    case U'。':
    case U'！':
    case U'？':
    case U'!':
    case U'?':
    case U'；':
    case U'…':
    case 0x22EF:  // ⋯ midline ellipsis, printed for …… by some fonts
    case 0x203C:
    case 0x2047:
    case 0x2048:
    case 0x2049:  // ‼ ⁇ ⁈ ⁉
    case 0xFE52:
    case 0xFE54:
    case 0xFE56:
    case 0xFE57:  // small forms
    case 0xFF61:  // ｡ half-width
      return true;
    default:
      return false;
  }
}

namespace {

struct BracketPair {
  char32_t open, close;
};

// Pairs whose opener and closer differ; straight quotes are handled apart.
constexpr std::array<BracketPair, 19> kPairs = {{
    {U'“', U'”'},   {U'‘', U'’'},     {U'「', U'」'},   {U'『', U'』'},
    {U'（', U'）'}, {U'《', U'》'},   {U'(', U')'},     {U'[', U']'},
    {U'【', U'】'}, {U'〈', U'〉'},   {U'〔', U'〕'},   {U'〖', U'〗'},
    {U'［', U'］'}, {U'｛', U'｝'},   {U'{', U'}'},     {U'«', U'»'},
    {U'‹', U'›'},   {0xFE41, 0xFE42}, {0xFE43, 0xFE44},
}};

int pair_index_of_opener(char32_t c) {
  for (std::size_t i = 0; i < kPairs.size(); ++i) {
    if (kPairs[i].open == c) return static_cast<int>(i);
  }
  return -1;
}

int pair_index_of_closer(char32_t c) {
  for (std::size_t i = 0; i < kPairs.size(); ++i) {
    if (kPairs[i].close == c) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

bool is_closer(char32_t c) { return pair_index_of_closer(c) >= 0; }

bool is_opener(char32_t c) { return pair_index_of_opener(c) >= 0; }

bool ends_sentence(std::u32string_view s) {
  std::size_t end = s.size();
  while (end > 0 && is_space(s[end - 1])) --end;
  while (end > 0 && is_closer(s[end - 1])) --end;
  return end > 0 && is_sentence_end(s[end - 1]);
}

bool is_enclosed(std::u32string_view s) {
  if (s.size() < 3 || !is_opener(s.front()) || !is_closer(s.back())) return false;
  int depth = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_opener(s[i])) ++depth;
    else if (is_closer(s[i]) && --depth == 0 && i + 1 < s.size()) return false;
  }
  return depth == 0;
}

bool has_open_bracket(std::u32string_view s) {
  std::array<int, kPairs.size()> depth{};
  bool straight_double = false;
  for (char32_t c : s) {
    if (c == U'"' || c == U'＂') {
      straight_double = !straight_double;
      continue;
    }
    if (int i = pair_index_of_opener(c); i >= 0) {
      ++depth[static_cast<std::size_t>(i)];
    } else if (int j = pair_index_of_closer(c); j >= 0) {
      int& d = depth[static_cast<std::size_t>(j)];
      if (d > 0) --d;
    }
  }
  if (straight_double) return true;
  for (int d : depth) {
    if (d > 0) return true;
  }
  return false;
}

}  // namespace banmian::text
