// Normalisation of extractor debris in one pass over the UTF-8 text: each
// character is mapped (radicals, width), white space is collapsed to at most
// one pending space, and that space is written or dropped when the next
// character arrives, by looking only at the two characters it separates.
// Because the decision depends only on those two output characters, a
// second pass makes the same decisions: normalisation is idempotent.
#include "text/normalize.hpp"

#include <algorithm>
#include <iterator>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace banmian::text {
namespace {

struct RadicalMapping {
  char32_t radical;
  char32_t ideograph;
};

constexpr RadicalMapping kRadicals[] = {
#include "text/radicals.inc"
};

static_assert(std::is_sorted(std::begin(kRadicals), std::end(kRadicals),
                             [](const RadicalMapping& a,
                                const RadicalMapping& b) {
                               return a.radical < b.radical;
                             }),
              "radicals.inc must be sorted by radical");

bool is_line_break(char32_t c) {
  return c == U'\n' || c == U'\r' || c == U'\v' || c == U'\f' || c == 0x0085 ||
         c == 0x2028 || c == 0x2029;
}

bool is_zero_width_space(char32_t c) {
  return c == 0x200B || c == 0x2060 || c == 0xFEFF;
}

// Han characters and the marks that behave like them in running text.
bool is_han_like(char32_t c) {
  return is_han(c) || c == 0x3005 ||      // 々
         (c >= 0x2E80 && c <= 0x2FDF) ||  // radicals left unmapped
         (c >= 0x31C0 && c <= 0x31EF);    // CJK strokes
}

// Punctuation outside ASCII: CJK marks, “ ” ‘ ’ … — ·.
bool is_cjk_punct(char32_t c) { return c >= 0x80 && is_punct(c); }

// Full-width punctuation carries its own spacing in the glyph.
bool is_wide_punct(char32_t c) {
  return ((c >= 0x3001 && c <= 0x303F) || (c >= 0xFE10 && c <= 0xFE6F) ||
          (c >= 0xFF01 && c <= 0xFF65)) &&
         is_punct(c);
}

// True when a space between `left` and `right` is extractor debris.
bool drops_space_between(char32_t left, char32_t right) {
  const bool left_cjk = is_han_like(left) || is_cjk_punct(left);
  const bool right_cjk = is_han_like(right) || is_cjk_punct(right);
  return (left_cjk && right_cjk) || is_wide_punct(left) || is_wide_punct(right);
}

}  // namespace

char32_t unify_radical(char32_t c) {
  if (c < kRadicals[0].radical || c > std::end(kRadicals)[-1].radical) return c;
  const auto* it =
      std::lower_bound(std::begin(kRadicals), std::end(kRadicals), c,
                       [](const RadicalMapping& m, char32_t value) {
                         return m.radical < value;
                       });
  return it != std::end(kRadicals) && it->radical == c ? it->ideograph : c;
}

char32_t fold_width(char32_t c) {
  // Only letters and digits: symbols (／ ． ％ ＞) keep the full width they
  // were set in, like the rest of the page's punctuation (，：（）).
  if (c < 0xFF10 || c > 0xFF5A) return c;
  const char32_t ascii = c - 0xFEE0;
  if ((ascii >= U'0' && ascii <= U'9') || (ascii >= U'A' && ascii <= U'Z') ||
      (ascii >= U'a' && ascii <= U'z')) {
    return ascii;
  }
  return c;
}

int em_dash_count(char32_t c) { return c == 0x2E3A ? 2 : c == 0x2E3B ? 3 : 0; }

char32_t normalize_char(char32_t c, const NormalizeOptions& options) {
  if (options.map_radicals && em_dash_count(c) > 0) return U'\u2014';
  // The division slash (∕) is how some extractors print the full-width
  // solidus of CJK text (1∕3 for 1／3).
  if (options.map_radicals && c == 0x2215) return U'／';
  if (c < 0x2E80) return c;
  if (options.map_radicals) c = unify_radical(c);
  if (options.fold_width) c = fold_width(c);
  return c;
}

void append_normalized(std::string& out, char32_t c, const NormalizeOptions& options) {
  const char32_t mapped = normalize_char(c, options);
  const int n = options.map_radicals ? std::max(1, em_dash_count(c)) : 1;
  for (int i = 0; i < n; ++i) append_utf8(out, mapped);
}

std::string normalize(std::string_view text, const NormalizeOptions& options) {
  std::string out;
  out.reserve(text.size());
  bool line_has_text = false;
  char32_t last = 0;  // the last character written on this line
  bool pending_space = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = next_code_point(text, pos);
    if (is_line_break(c)) {
      if (c == U'\r' && pos < text.size() && text[pos] == '\n') ++pos;
      out.push_back('\n');
      line_has_text = false;
      pending_space = false;
      continue;
    }
    if (is_space(c)) {
      if (line_has_text && !is_zero_width_space(c)) pending_space = true;
      continue;
    }
    const char32_t mapped = normalize_char(c, options);
    if (pending_space) {
      if (!options.remove_cjk_spaces || !drops_space_between(last, mapped))
        out.push_back(' ');
      pending_space = false;
    }
    append_normalized(out, c, options);
    last = mapped;
    line_has_text = true;
  }
  return out;
}

std::string strip_space(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      if (!is_space(b)) out.push_back(static_cast<char>(b));
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const char32_t c = next_code_point(text, pos);
    if (!is_space(c)) out.append(text.substr(start, pos - start));
  }
  return out;
}

}  // namespace banmian::text
