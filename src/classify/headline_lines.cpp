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

bool names_genre(std::string_view line) {
  std::u32string cps = text::decode(line);
  // A part number after the genre (……见闻（下）, ……纪实之二) is left aside.
  if (cps.size() > 3 && text::is_closer(cps.back())) {
    const std::size_t open = cps.find_last_of(U"（(");
    if (open != std::u32string::npos && cps.size() - open <= 4) cps.resize(open);
  }
  if (cps.size() < 5) return false;
  // 记…… (a portrait), 访…… (an interview), 读《……》, 观《……》, 评《……》
  // (a review); not the words 记者, 记忆, 记录, 访问.
  static constexpr std::u32string_view kAfterJi = U"者忆录得载住性号账分";
  if (cps[0] == U'记' && kAfterJi.find(cps[1]) == std::u32string_view::npos) return true;
  if (cps[0] == U'访' && cps[1] != U'问' && cps[1] != U'谈') return true;
  if ((cps[0] == U'读' || cps[0] == U'观' || cps[0] == U'评') && cps[1] == U'《') return true;
  for (std::u32string_view end : {U"纪实", U"见闻", U"透视", U"评析", U"回顾", U"感言", U"侧记", U"纪事", U"述评",
                                  U"札记", U"随感", U"散记", U"素描", U"巡礼", U"综述", U"手记"})
    if (cps.size() > end.size() && cps.substr(cps.size() - end.size()) == end) return true;
  return false;
}

// True for the short line that names who attended the event the title
// reports (王明出席并讲话, 李华参加审议, 张强主持).
bool names_attendance(std::string_view line) {
  if (text::length(line) > 10) return false;
  for (std::string_view end : {"出席", "主持", "讲话", "致辞", "参加审议", "参加讨论"})
    if (ends_with(line, end) && line.size() > end.size()) return true;
  return false;
}

bool reads_as_deck(std::string_view line, std::string_view above) {
  for (std::string_view start : {"——", "■", "●", "◆"})
    if (line.substr(0, start.size()) == start) return true;
  return names_genre(line) || names_attendance(line) || (has_figure(line) && !has_figure(above));
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
