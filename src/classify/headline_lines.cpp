#include "classify/headline_lines.hpp"

#include <algorithm>
#include <string>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace banmian::classify {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// True when the text gives a figure: a number with its measure (29家,
// 三万人) or a share per head (每人). A year (2025年) is no figure.
bool has_figure(std::string_view s) {
  static constexpr std::u32string_view kQuantities = U"个家名项万亿元%人次件位座";
  static constexpr std::u32string_view kNumerals = U"一二两三四五六七八九十百千";
  std::u32string cps = text::decode(s);
  for (std::size_t i = 0; i + 1 < cps.size(); ++i)
    if ((text::is_digit(cps[i]) || kNumerals.find(cps[i]) != std::u32string_view::npos) &&
        kQuantities.find(cps[i + 1]) != std::u32string_view::npos)
      return true;
  return cps.find(U'每') != std::u32string::npos;
}

// Longest column label: 礼赞70年, 新春走基层, 聚焦乡村治理.
constexpr std::size_t kMaxLabelLength = 6;

}  // namespace

bool leads_into_title(std::string_view line) {
  for (std::string_view end : {"——", "：", "强调", "指出", "表示", "要求", "提出"})
    if (ends_with(line, end)) return true;
  return false;
}

bool reads_as_deck(std::string_view line, std::string_view above) {
  for (std::string_view start : {"——", "■", "●", "◆"})
    if (line.substr(0, start.size()) == start) return true;
  return has_figure(line) && !has_figure(above);
}

bool reads_as_column_label(std::string_view line, std::string_view above) {
  const std::u32string cps = text::decode(line);
  if (cps.size() < 2 || cps.size() > kMaxLabelLength || text::length(above) < cps.size() + 3) return false;
  if (leads_into_title(above) || reads_as_deck(line, above)) return false;
  return std::none_of(cps.begin(), cps.end(), [](char32_t c) {
    return text::is_sentence_end(c) || c == U'，' || c == U'、' || c == U'：' || c == U':' || c == U'—';
  });
}

}  // namespace banmian::classify
