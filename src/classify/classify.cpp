#include "classify/classify.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <unordered_set>

#include "classify/headline_lines.hpp"
#include "classify/patterns.hpp"
#include "flow/flow.hpp"
#include "flow/topic.hpp"
#include "text/chars.hpp"
#include "text/clause.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace banmian::classify {
namespace {

using detail::Role;
using detail::Unit;

bool has_inner_sentence_end(std::u32string_view cps) {
  for (std::size_t i = 0; i + 1 < cps.size(); ++i)
    if (cps[i] == U'。' || cps[i] == U'；') return true;
  return false;
}

// True when the unit is wholly inside one pair of brackets: an attribution
// such as （方明） or （本报莫斯科1月5日电） that closes an article.
bool is_bracketed(std::u32string_view cps) {
  // A title in book marks (《中国证券业年鉴》) names a work, as a headline may.
  if (!cps.empty() && (cps.front() == U'《' || cps.front() == U'〈')) return false;
  return text::is_enclosed(cps);
}

// True when a unit wrapped in column text ends a sentence and a line of it,
// before its last, is as long as the column's measure: a sentence set in the
// type that fills the column's lines (display type sets fewer characters to
// the line) is a paragraph, not a headline wrapped in the column.
bool fills_column_line(const Unit& u, std::u32string_view cps) {
  if (u.column_measure <= 0 || !text::ends_sentence(cps)) return false;
  std::size_t start = 0;
  for (std::size_t end = u.spaced.find('\n'); end != std::string::npos; end = u.spaced.find('\n', start)) {
    if (text::length(text::strip_space(u.spaced.substr(start, end - start))) >= static_cast<std::size_t>(u.column_measure))
      return true;
    start = end + 1;
  }
  return false;
}

// Longest headline line of several clauses.
constexpr std::size_t kMaxClausesHeadlineLength = 36;

// True for a paragraph that signs an article off: wholly in brackets, a
// dispatch's source and date (（本报东京2月24日电）) or its reporters
// (（综合本报记者王珏报道）). What follows it is no section of that article.
bool signs_off(const Unit& u, std::u32string_view cps) {
  if (!is_bracketed(cps)) return false;
  const std::string inner = text::encode(cps.substr(1, cps.size() - 2));
  auto d = match_dateline(inner);
  if (d && d->bytes >= inner.size()) return true;
  auto b = match_byline(u.spaced);
  return b && b->role == BylineRole::kReporter;
}

// Characters a headline does not end on: function words, measure words and
// determiners that leave the phrase open (a fragment cut by a column break).
bool is_open_end(char32_t c) {
  static constexpr std::u32string_view kOpen = U"的和与及或在对为把被从向将是也都还又而并且但由让给以于各该这那每个之其所";
  return kOpen.find(c) != std::u32string_view::npos || text::is_opener(c);
}

// Longest kicker that names a speaker before a colon (电视节目《快乐汉语》：).
constexpr std::size_t kMaxSpeakerKicker = 16;

// Most characters a quoted term holds (“保护伞”); a longer quotation is speech.
constexpr std::size_t kMaxQuotedTerm = 8;

// True when the text ends on a quoted term (……深挖“保护伞”), not a quoted sentence.
bool quotes_a_term(std::u32string_view cps) {
  const std::size_t open = cps.rfind(U'“');
  return open != std::u32string_view::npos && cps.size() - open <= kMaxQuotedTerm + 2;
}

// Most characters of a connective or adverb that opens a sentence (不过，, 与此同时，).
constexpr std::size_t kMaxOpeningConnective = 4;

// True when the line opens on a connective or adverb set off by a comma
// (不过，……, 其实，……, 另一方面，……): a sentence that links to the text before
// it, the first line of a paragraph. A headline stands on its own.
bool opens_on_connective(std::u32string_view cps, const text::Lexicon& lexicon) {
  const std::size_t comma = cps.find(U'，');
  if (comma == std::u32string_view::npos || comma < 2 || comma > kMaxOpeningConnective) return false;
  const std::string_view tag = lexicon.tag(cps.substr(0, comma));
  return !tag.empty() && (tag == "c" || tag == "d" || tag == "ad");
}

// A line that could be a headline or intertitle: short, not a sentence.
// With `allow_clauses`, a line of several clauses (……，……，……) passes too:
// kickers and titles of features are often so (这难办，那难办，一公开就好办).
bool is_headline_shaped(std::u32string_view cps, const text::Lexicon& lexicon, bool allow_clauses = false) {
  if (cps.empty()) return false;
  // A series named in brackets after the title (……（在……指引下——新时代新作为新篇章）)
  // does not count to its length.
  std::size_t measured = cps.size();
  if (cps.back() == U'）') {
    const std::size_t open = cps.rfind(U'（');
    if (open != std::u32string_view::npos && open >= 4) measured = open;
  }
  if (measured > kMaxHeadlineLength) return false;
  char32_t last = cps.back();
  if (last == U'。' || last == U'；' || last == U'，' || last == U'、' || last == U'：') return false;
  if (has_inner_sentence_end(cps)) return false;
  if (cps.size() > 28 && (last == U'”' || last == U'…') && !(allow_clauses && quotes_a_term(cps))) return false;
  // An open last character, unless it closes a word (参与, 关于此): a
  // fragment stops on a function word, a headline on a full word.
  if (is_open_end(last)) {
    bool closes_word = false;
    for (std::size_t len = 2; len <= 3 && len <= cps.size(); ++len)
      if (lexicon.frequency(cps.substr(cps.size() - len)) >= 100) closes_word = true;
    if (!closes_word) return false;
  }
  if (is_bracketed(cps)) return false;
  // A picture's credit (王小明摄（新华社发）, 人民视觉) is a line of text.
  if ((cps.find(U'摄') != std::u32string_view::npos || cps.size() <= 8) && is_bare_photo_credit(text::encode(cps)))
    return false;
  if (opens_on_connective(cps, lexicon)) return false;
  // One character and a comma: the tail of a word cut at the column break
  // (……宗 / 旨，如何引导？), unless it numbers a list (一、总体要求).
  static constexpr std::u32string_view kListNumerals = U"一二三四五六七八九十";
  if (cps.size() > 2 && (cps[1] == U'，' || cps[1] == U'、') && !text::is_digit(cps[0]) &&
      kListNumerals.find(cps[0]) == std::u32string_view::npos)
    return false;
  // A source line (来源：……, 数据来源：……) credits the text above it.
  for (std::u32string_view lead : {U"来源：", U"资料来源：", U"数据来源：", U"来源:"})
    if (cps.substr(0, lead.size()) == lead) return false;
  // (Nor does a headline open on a middle dot, which stands between words:
  // a label set between dots, ·广告·, marks what the space around it is.)
  if (cps.front() == U'●' || cps.front() == U'•' || cps.front() == U'◆' || cps.front() == U'▲' ||
      cps.front() == U'·' || cps.front() == U'・')
    return false;
  int commas = 0;
  for (char32_t c : cps) commas += c == U'，' ? 1 : 0;
  // (A line of clauses ends on a word or a closing quote, never a figure:
  // a paragraph cut at the column break often stops on one.)
  if (allow_clauses)
    return cps.size() <= kMaxClausesHeadlineLength && (text::is_han(last) || text::is_closer(last));
  if (commas >= 2 || (commas == 1 && cps.size() > 30)) return false;
  return true;
}

// The lexicon frequency of a word across the cut between two names above
// which the names are a phrase cut wrongly.
constexpr long kWordAcrossNames = 200;

// True when a unit of one to three short tokens is only person names
// (钟行, 乔 栋 白鸿滨).
// How many runs of text the spaced line holds between spaces and pause marks
// (记者王珂、郑海鸥: two; 本报记者李济国贾建舟: one).
std::size_t separate_runs(std::string_view spaced) {
  std::size_t runs = 0;
  bool inside = false;
  for (char32_t c : text::decode(spaced)) {
    const bool separator = text::is_space(c) || c == U'、' || c == U'，' || c == U',';
    if (!separator && !inside) ++runs;
    inside = !separator;
  }
  return runs;
}

// True when the names of a line are printed apart (by spaces or 、): names
// run together (李济国贾建舟) cannot be told apart for certain, so such a
// line names no one rather than guess where one name ends.
bool names_set_apart(std::string_view spaced, const std::vector<std::string>& names) {
  return names.size() < 2 || separate_runs(spaced) >= names.size();
}

// True when a line is nothing but one to three persons' names: an author's
// line (王明 / 乔 栋 白鸿滨).
bool is_bare_name(const Unit& u, std::u32string_view cps, const text::Lexicon& lexicon) {
  if (cps.size() < 2 || cps.size() > 12) return false;
  for (char32_t c : cps)
    if (!text::is_han(c)) return false;
  auto names = extract_names(u.spaced);
  if (names.empty() || names.size() > 3) return false;
  std::size_t total = 0;
  for (auto& n : names) {
    std::u32string name = text::decode(n);
    if (!looks_like_name(name, lexicon.frequency(name))) return false;
    // Four characters that are two words (王者归来) make a phrase.
    if (name.size() == 4 && lexicon.frequency(name.substr(0, 2)) >= 50 && lexicon.frequency(name.substr(2)) >= 50)
      return false;
    // Names cut from one run of characters: a frequent word across the cut
    // (荣誉模|范团长: 模范) shows the run is a phrase, not names side by side.
    if (total > 0 && total < cps.size() && lexicon.spanning_word_frequency(cps.substr(0, total), cps.substr(total)) >= kWordAcrossNames)
      return false;
    total += name.size();
  }
  return total == cps.size();
}

bool is_body_like(const Unit& u) { return u.role == Role::kBody; }

// True for a label's shape: two to six characters, no punctuation.
bool label_shaped(std::u32string_view cps) {
  return cps.size() >= 2 && cps.size() <= 6 &&
         std::none_of(cps.begin(), cps.end(), [](char32_t c) { return text::is_punct(c); });
}

// True when the words before a line's colon end on a verb (……获奖者是：,
// ……如下：): the colon leads into a list or a quotation, it names no label.
// (A verb used as a noun, 制图 tagged vn, names one.)
bool label_ends_on_verb(std::u32string_view line, const text::Lexicon& lexicon) {
  const std::string_view tag = text::last_word_tag(line.substr(0, line.find(U'：')), lexicon, 1, 4);
  return !tag.empty() && tag.front() == 'v' && tag != "vn";
}

// Shortest paragraph, in characters, read as running on elsewhere when it
// stops mid-sentence over a line of another article.
constexpr std::size_t kMinCutParagraph = 40;

// True for hard-wrapped column text whose last line runs the full measure
// of its column: the text stops at the column's foot, not at its end.
bool fills_column_to_foot(const Unit& u) {
  if (u.column_measure <= 0) return false;
  const std::u32string lines = text::decode(u.spaced);
  const std::size_t cut = lines.find_last_of(U'\n');
  std::size_t length = 0;
  for (std::size_t k = cut == std::u32string::npos ? 0 : cut + 1; k < lines.size(); ++k)
    if (!text::is_space(lines[k])) ++length;
  return length + 1 >= static_cast<std::size_t>(u.column_measure);
}

// True for the heading of a section of the text it stands in: a numbered
// part of a document (第二章　电力设施的保护, 第三节……, 第一部分……) or a time of
// day in a day's chronicle (17时　济南历下区政务服务中心): no headline opens so.
bool is_part_heading(std::u32string_view cps) {
  std::size_t digits = 0;
  while (digits < cps.size() && text::is_digit(cps[digits])) ++digits;
  if (digits >= 1 && digits <= 2 && digits < cps.size() && (cps[digits] == U'时' || cps[digits] == U'点') &&
      cps.size() > digits + 2)
    return true;
  static constexpr std::u32string_view kNumerals = U"一二三四五六七八九十百零〇0123456789";
  if (cps.size() < 3 || cps[0] != U'第') return false;
  std::size_t i = 1;
  while (i < cps.size() && kNumerals.find(cps[i]) != std::u32string_view::npos) ++i;
  return i > 1 && i < cps.size() && (cps[i] == U'章' || cps[i] == U'节' || cps[i] == U'编' ||
                                     cps.substr(i, 2) == U"部分");
}

// True for a line that is only a figure: a number with at most a few
// characters of unit or approximation after it (360万, 1.4万起, 30多万件,
// 99.3%).
bool is_figure_line(std::u32string_view cps) {
  if (cps.empty() || cps.size() > 10 || !text::is_digit(cps.front())) return false;
  std::size_t i = 0;
  while (i < cps.size() && (text::is_digit(cps[i]) || cps[i] == U'.' || cps[i] == U'/' || cps[i] == U'．' || cps[i] == U'／')) ++i;
  std::u32string_view rest = cps.substr(i);
  static constexpr std::u32string_view kAfter = U"多余万亿千百十%％个起件户家人名元吨辆次项座条亩米";
  return rest.size() <= 3 && std::all_of(rest.begin(), rest.end(), [](char32_t c) {
           return kAfter.find(c) != std::u32string_view::npos;
         });
}

// True for a row of a table of figures: two figures or more, each a number
// or a range of numbers (35—110) with at most a few characters of unit after
// it (1—10千伏5米, 500千伏20米), and nothing else.
bool is_figure_row(std::u32string_view cps) {
  static constexpr std::u32string_view kUnits = U"多余万亿千百十%％个起件户家人名元吨辆次项座条亩米伏瓦克升度";
  constexpr std::size_t kMaxUnit = 3;
  constexpr std::size_t kMaxRow = 20;
  if (cps.size() > kMaxRow) return false;
  std::size_t i = 0, figures = 0;
  while (i < cps.size()) {
    if (!text::is_digit(cps[i])) return false;
    while (i < cps.size() && (text::is_digit(cps[i]) || cps[i] == U'.' || cps[i] == U'．' ||
                              ((cps[i] == U'—' || cps[i] == U'-' || cps[i] == U'～' || cps[i] == U'~') &&
                               i + 1 < cps.size() && text::is_digit(cps[i + 1]))))
      ++i;
    std::size_t unit = 0;
    while (i < cps.size() && kUnits.find(cps[i]) != std::u32string_view::npos) ++i, ++unit;
    if (unit > kMaxUnit) return false;
    ++figures;
  }
  return figures >= 2;
}

// Shortest paragraph whose second printing is taken for a reprint.
constexpr std::size_t kMinReprintLength = 14;

// Longest line that signs the text above it (——编者, ——王文西（山东）).
constexpr std::size_t kMaxSignatureLength = 16;

// A pen name that opens without a surname does not open with a word this
// frequent (今日谈 opens with 今日).
constexpr long kPenNameWordFrequency = 1000;

// Fewest characters of a kicker that sets the scene (a place, a work).
constexpr std::size_t kMinSceneKicker = 3;

// Longest piece of text read as the fragment of a sentence cut elsewhere.
constexpr std::size_t kMaxFragmentLength = 12;

// Longest series or column label set apart from a headline by its size.
constexpr std::size_t kMaxSeriesLength = 24;

// Sorts the lines of a headline run [i, j) when font sizes are known: only
// display type (at least 1.2 times the body font) makes headline lines. A
// line in the body size or smaller at either end of the run is not one: a
// short line set smaller than the body beside the display lines is a
// series or column label, or a byline when it is only a name; any other is
// text (a deck the page sets as body, a credit line, the last line of the
// article above). Returns true when a role changed.
bool sort_headline_run(std::vector<Unit>& units, const std::vector<std::u32string>& cps, std::size_t i,
                       std::size_t j, double body_font, const text::Lexicon& lexicon) {
  auto display = [&](std::size_t k) { return units[k].font_size >= body_font * 1.2; };
  auto known = [&](std::size_t k) { return units[k].font_size > 0; };
  std::size_t first = j, last = j;
  for (std::size_t k = i; k < j; ++k)
    if (display(k)) {
      if (first == j) first = k;
      last = k;
    }
  if (first == j) return false;
  bool changed = false;
  for (std::size_t k = i; k < j; ++k) {
    if (display(k) || !known(k)) continue;
    Unit& u = units[k];
    const std::u32string& c = cps[k];
    const bool smaller = u.font_size < body_font * 0.95;
    const bool beside_display = (k > i && display(k - 1)) || (k + 1 < j && display(k + 1)) ||
                                (k > i && units[k - 1].role == Role::kSeries);
    // A pen name: two or three characters that are no word, nor a column's
    // name (快评, 今日谈: a genre word or a common word opening it).
    const bool pen_name = smaller && c.size() <= 3 && std::all_of(c.begin(), c.end(), text::is_han) &&
                          lexicon.frequency(c) == 0 && !looks_like_series(u.text) &&
                          (looks_like_name(c, 0) || lexicon.frequency(c.substr(0, 2)) < kPenNameWordFrequency);
    if (is_bare_name(u, c, lexicon) || pen_name) {
      u.role = Role::kByline;
      u.byline_role = BylineRole::kOther;
      u.names = extract_names(u.spaced);
      if (u.names.empty()) u.names.push_back(u.text);
    } else if (smaller && beside_display && c.size() <= kMaxSeriesLength) {
      u.role = Role::kSeries;
    } else if (k < first || k > last) {
      u.role = Role::kBody;
    } else {
      continue;
    }
    u.role_score = 0.8;
    changed = true;
  }
  return changed;
}

// True for a section head of a feature article with its deck under it
// (变化 / 手机可查各项村务，多了理解、少了埋怨): a word or two, then a line that
// summarises in clauses. An article's title over a subtitle is longer.
bool section_head_with_deck(std::u32string_view head, std::u32string_view deck) {
  return head.size() <= 4 && deck.size() >= 2 * head.size() + 6 &&
         std::find(deck.begin(), deck.end(), U'，') != deck.end();
}

// True when a line ends on ！ or ？ (a headline may; a cut fragment does not).
bool ends_exclaiming(std::u32string_view cps) {
  return !cps.empty() && (cps.back() == U'！' || cps.back() == U'？' || cps.back() == U'!' || cps.back() == U'?');
}

// Longest line above a credit line that may start its photo caption, and
// longest lone sentence that a credit line under it makes a caption.
constexpr std::size_t kMaxCaptionLine = 60;
constexpr std::size_t kMaxCaptionSentence = 50;

// True when no line of [i, j) opens with a dash or a bracket: none is a
// subtitle (——……) or an attribution (（新华社……电）).
bool plain_lines(const std::vector<std::u32string>& cps, std::size_t i, std::size_t j) {
  for (std::size_t k = i; k < j; ++k) {
    if (cps[k].empty()) continue;
    const char32_t c = cps[k].front();
    if (c == U'—' || c == U'⸺' || c == U'⸻' || text::is_opener(c)) return false;
  }
  return true;
}

// Most characters by which intertitles of one article's parallel sections differ in length.
constexpr std::size_t kSiblingLengthSpread = 4;
// How far back (in units) a sibling intertitle is looked for.
constexpr std::size_t kSiblingWindow = 400;

// Longest name of a column set under its article's title (民营企业转型升级进行时).
constexpr std::size_t kMaxColumnNameLength = 11;

// Topic similarity across one short line above which it is an intertitle
// rather than a new article's headline.
constexpr double kIntertitleSimilarity = 0.05;

// Topic similarity of the line itself to the text above it from which it is
// an intertitle: a new article's headline shares nothing with it.
constexpr double kLineSharesWithAbove = 0.005;

// Topic similarity across two short lines above which they are an
// intertitle with its deck rather than a new article's headline.
constexpr double kIntertitlePairSimilarity = 0.08;

}  // namespace

namespace {

// Fewest items of a numbered list that heads a box of its own (see
// classify_units).
constexpr int kMinListItems = 3;

// Builds the unit list anew, each unit either kept or merged into the unit
// kept before it: `merge(kept, kept_cps, next, next_cps)` merges and returns
// true, or returns false to keep `next`. Linear in the page (no erasing from
// the middle of the list).
template <class Merge>
void merge_into_previous(std::vector<Unit>& units, std::vector<std::u32string>& cps, Merge merge) {
  std::vector<Unit> merged;
  std::vector<std::u32string> merged_cps;
  merged.reserve(units.size());
  merged_cps.reserve(units.size());
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (!merged.empty() && merge(merged.back(), merged_cps.back(), units[i], cps[i])) continue;
    merged.push_back(std::move(units[i]));
    merged_cps.push_back(std::move(cps[i]));
  }
  units = std::move(merged);
  cps = std::move(merged_cps);
}

}  // namespace

// Fewest headline-shaped lines in one block of column text, some of them
// indented, that are read as a list set in the column.
constexpr std::size_t kMinListedLines = 3;

void classify_units(std::vector<Unit>& units, const text::Lexicon& lexicon) {
  // A photo credit closes its caption: text run into it after the bracket
  // (a name beside it, a second credit) is a unit of its own.
  // (Each pass below that splits or merges units builds a new list rather
  // than inserting into or erasing from the old one: linear in the page.)
  {
    std::vector<Unit> split;
    split.reserve(units.size());
    for (Unit& unit : units) {
      Unit u = std::move(unit);
      for (std::size_t end; (end = photo_caption_end(u.text)) != 0 && end < u.text.size();) {
        Unit rest = u;
        rest.text = u.text.substr(end);
        rest.spaced = rest.text;
        rest.line_in_block = u.line_in_block + 1;
        rest.starts_indented = false;
        u.text.resize(end);
        u.spaced = u.text;
        split.push_back(std::move(u));
        u = std::move(rest);
      }
      split.push_back(std::move(u));
    }
    units = std::move(split);
  }
  const std::size_t n = units.size();
  std::vector<std::u32string> cps(n);
  for (std::size_t i = 0; i < n; ++i) cps[i] = text::decode(units[i].text);

  // The body font: the size most text is set in (0 when sizes are unknown).
  // Lines set clearly larger are display type: headlines.
  double body_font = 0;
  {
    std::vector<std::pair<double, std::size_t>> weight;
    for (std::size_t i = 0; i < n; ++i) {
      if (units[i].font_size <= 0) continue;
      auto it = std::find_if(weight.begin(), weight.end(),
                             [&](auto& w) { return std::abs(w.first - units[i].font_size) < 0.25; });
      if (it == weight.end()) weight.emplace_back(units[i].font_size, cps[i].size());
      else it->second += cps[i].size();
    }
    std::size_t best = 0;
    for (auto& [size, chars] : weight)
      if (chars > best) {
        best = chars;
        body_font = size;
      }
  }
  auto display_type = [&](const Unit& u) { return body_font > 0 && u.font_size >= body_font * 1.2; };
  auto body_type = [&](const Unit& u) { return body_font > 0 && u.font_size > 0 && u.font_size < body_font * 1.2; };

  // Pass 1: what each unit's own text says.
  for (std::size_t i = 0; i < n; ++i) {
    Unit& u = units[i];
    const std::u32string& c = cps[i];
    u.role = Role::kBody;
    u.role_score = 0.5;
    if (is_figure_line(c) || is_figure_row(c)) {
      // A figure set large inside an article (360万, 9.73万亿, 95%), or a
      // row of a table of figures: part of its text, never a headline.
      u.role = Role::kIntertitle;
      u.role_score = 0.7;
      continue;
    }
    if (is_jump_line(u.text)) {
      u.role = Role::kJump;
      u.role_score = 0.9;
      continue;
    }
    std::string furniture = furniture_type(u.text);
    if (furniture == "editor" || (furniture == "header" && (i < 2 || i + 2 >= n))) {
      u.role = Role::kFurniture;
      u.furniture_type = furniture == "editor" ? "editor" : (i < 2 ? "header" : "footer");
      u.role_score = 0.9;
      continue;
    }
    if (is_qr_caption(u.text)) {
      u.role = Role::kQrCaption;
      u.role_score = 0.95;
      continue;
    }
    if (is_photo_news_title(u.text)) {
      u.role = Role::kHeadline;
      u.role_score = 0.9;
      continue;
    }
    if (auto d = match_dateline(u.text)) {
      u.dateline = d->dateline;
      u.dateline_byline = d->byline;
      u.role = Role::kBody;
      u.role_score = 0.9;
      continue;
    }
    if (c.size() <= 160 && is_photo_caption(u.text)) {
      u.role = Role::kPhotoCaption;
      u.role_score = 0.7;
      continue;
    }
    if (opens_picture_text(u.text)) {
      // A picture's text with no credit: text of the story, not a headline.
      u.role = Role::kBody;
      u.role_score = 0.6;
      continue;
    }
    // A line wholly in brackets that names people closes an article: a
    // reporters' line (（综合本报记者王珏、曹玲娟报道）) is its last line of text;
    // another credit ((本报记者 王明 整理)) is no byline either.
    auto b = match_byline(u.spaced);
    if (b && is_bracketed(c)) {
      if (b->role == BylineRole::kReporter) {
        u.role = Role::kBody;
        u.role_score = 0.7;
        continue;
      }
      b.reset();
    }
    if (is_bare_photo_credit(u.spaced)) {
      // The credit printed under a picture: a line of text.
      u.role = Role::kBody;
      u.role_score = 0.7;
      continue;
    }
    if (b) {
      u.role = Role::kByline;
      u.byline_role = b->role;
      u.names = b->names;
      u.role_score = 0.85;
      continue;
    }
    if (is_credit(u.text)) {
      u.role = Role::kCredit;
      u.role_score = 0.7;
      continue;
    }
    // A line opening with a dash after running text signs it or names
    // whom it quotes (——编者, ——王文西（山东）); under a headline it is a
    // subtitle.
    const bool signs_text = c.size() >= 3 && c.size() <= kMaxSignatureLength && c[0] == U'—' && c[1] == U'—' && i > 0 &&
                            units[i - 1].role == Role::kBody && flow::ends_complete(text::decode(units[i - 1].text)) &&
                            !display_type(u);
    if (signs_text) {
      u.role = Role::kIntertitle;
      u.role_score = 0.7;
    } else if (display_type(u) && c.size() <= 2 * kMaxHeadlineLength) {
      u.role = Role::kHeadline;
      u.role_score = 0.9;
    } else if (is_headline_shaped(c, lexicon) && !u.runs_on && !fills_column_line(u, c) &&
               (!u.opens_column_paragraph || u.spaced.find('\n') != std::string::npos ||
                (i + 1 < n && match_dateline(units[i + 1].text)))) {
      // (A paragraph's first line split off is one line: lines wrapped in
      // a block of their own are a headline. A paragraph that opens with a
      // dateline has no first line above it either.)
      // A line printed alone with a paragraph indent is never an article's
      // headline (headlines are not indented); it is a paragraph's first
      // line or an intertitle.
      const bool indented_lone_line = u.starts_indented && u.lines_in_block == 1;
      // A short line printed in one block after column text, flush with it:
      // a heading inside the column (headlines stand apart from the text).
      u.role = indented_lone_line ? Role::kIntertitle : Role::kHeadline;
      u.role_score = 0.5;
    }
  }

  // A block of several lines right under a lone headline line, printed
  // apart from it, that opens on a verb (the title's subject acts: 听取……；
  // 决定……) and stops on a word short of its measure with no closing mark:
  // the deck that says what the title's event did. Text ends its sentence;
  // a fragment cut at a column break fills its last line.
  for (std::size_t i = 1; i < units.size(); ++i) {
    Unit& u = units[i];
    const Unit& above = units[i - 1];
    const std::u32string& c = cps[i];
    if (u.role != Role::kBody || u.dateline || u.starts_indented || u.runs_on || u.column_measure == 0 ||
        u.font_size > 0 || u.line_in_block != 0 || u.lines_in_block != 1 || above.role != Role::kHeadline ||
        above.sources == u.sources || (i > 1 && units[i - 2].role == Role::kHeadline) || c.empty() ||
        !text::is_han(c.back()) || !text::opens_on_verb(c, lexicon))
      continue;
    const std::size_t nl = u.spaced.rfind('\n');
    if (nl == std::string::npos) continue;
    const std::size_t last = text::length(std::string_view(u.spaced).substr(nl + 1));
    if (last + 2 > static_cast<std::size_t>(u.column_measure)) continue;
    u.role = Role::kHeadline;
    u.role_score = 0.6;
  }

  // Two lines of one block that segment parted as headline lines (a kicker
  // over its title): where one is a headline, so is the other, unless it
  // ends a sentence or opens with a dateline.
  for (std::size_t i = 0; i + 1 < units.size(); ++i) {
    Unit& u = units[i];
    Unit& next = units[i + 1];
    if (!next.opens_headline_part || u.sources != next.sources) continue;
    for (Unit* w : {&u, &next}) {
      Unit& other = w == &u ? next : u;
      const std::u32string& c = w == &u ? cps[i] : cps[i + 1];
      if (other.role == Role::kHeadline && w->role == Role::kBody && !w->dateline && !c.empty() &&
          !text::ends_sentence(c) && c.size() <= 2 * kMaxHeadlineLength) {
        w->role = Role::kHeadline;
        w->role_score = 0.55;
      }
    }
  }

  // Lines of one headline block are one line of the headline wrapped at
  // the column's measure (……合作开发淮北煤层气项目在 / 京签字; three lines too),
  // unless the first leads into the next (……代表—— / title) or the next
  // reads as a deck of its own: figures after a subject it names
  // (……名单发布 / 长沙29家企业上榜). A line opening on a verb or a figure goes
  // on with the title's subject (……公布第一批 / 取消29项……, ……保费收入 / 七百八十八亿元).
  {
    int last_line = -1;  // the block line last wrapped into the kept unit (-1: none yet)
    merge_into_previous(units, cps, [&](Unit& u, std::u32string& u_cps, const Unit& next, const std::u32string& next_cps) {
      const bool deck = reads_as_deck(next.text, u.text) && text::opens_on_noun(next_cps, lexicon);
      if (u.role == Role::kHeadline && next.role == Role::kHeadline && u.sources == next.sources &&
          u.column_measure == 0 && next.line_in_block == (last_line < 0 ? u.line_in_block : last_line) + 1 &&
          std::abs(u.font_size - next.font_size) < 0.1 && !next.opens_headline_part && !leads_into_title(u.text) &&
          !deck) {
        last_line = next.line_in_block;
        u.text += next.text;
        u.spaced += '\n';
        u.spaced += next.spaced;
        u_cps += next_cps;
        return true;
      }
      last_line = -1;
      return false;
    });
  }

  // Lines of several clauses printed each in a block of their own, next to
  // another headline line or to one another: a kicker and a title
  // (四川大竹推行“党务四亮”，让群众明白，给干部清白 / 这难办，那难办，一公开就好办).
  // A block wrapped at a measure counts when the line is all it holds (a
  // title's last character on a line alone: ……一公开就好 / 办).
  {
    std::vector<char> clauses(units.size(), 0);
    for (std::size_t i = 0; i < units.size(); ++i) {
      const Unit& u = units[i];
      // (Where font sizes are known, display type tells headlines instead.)
      clauses[i] = u.role == Role::kBody && !u.dateline && (u.column_measure == 0 || u.lines_in_block == 1) &&
                   !u.starts_indented && u.font_size <= 0 && is_headline_shaped(cps[i], lexicon, true);
    }
    auto headline_beside = [&](std::size_t k) { return units[k].role == Role::kHeadline || clauses[k]; };
    for (std::size_t i = 0; i < units.size(); ++i) {
      if (!clauses[i]) continue;
      const bool before = i > 0 && units[i - 1].sources != units[i].sources && headline_beside(i - 1);
      const bool after = i + 1 < units.size() && units[i + 1].sources != units[i].sources && headline_beside(i + 1);
      if (before || after) {
        units[i].role = Role::kHeadline;
        units[i].role_score = 0.55;
      }
    }
  }

  // A speaker's name closed by a colon, alone in its block over a headline
  // line (国台办： / 民进党当局……, 电视节目《快乐汉语》： / ……): the kicker that
  // leads into the title, not text.
  for (std::size_t i = 0; i + 1 < units.size(); ++i) {
    Unit& u = units[i];
    const std::u32string& c = cps[i];
    if (u.role != Role::kBody || u.dateline || c.size() < 3 || c.size() > kMaxSpeakerKicker || c.back() != U'：' ||
        units[i + 1].role != Role::kHeadline || units[i + 1].sources == u.sources || u.font_size > 0)
      continue;
    if (std::all_of(c.begin(), c.end() - 1, [](char32_t x) {
          return text::is_han(x) || x == U'《' || x == U'》' || x == U'“' || x == U'”' || x == U'·';
        })) {
      u.role = Role::kHeadline;
      u.role_score = 0.6;
    }
  }

  // A kicker that leads into a title (……代表——, 国台办：) has its title
  // under it, even where that line reads like text on its own (a quotation
  // set as the title: “你为国尽忠，我替你尽孝”).
  for (std::size_t i = 0; i + 1 < units.size(); ++i) {
    Unit& next = units[i + 1];
    const std::u32string& next_cps = cps[i + 1];
    if (units[i].role == Role::kHeadline && leads_into_title(units[i].text) && next.role == Role::kBody &&
        !next.dateline && next_cps.size() <= kMaxHeadlineLength && !has_inner_sentence_end(next_cps) &&
        !text::has_open_bracket(next_cps)) {
      next.role = Role::kHeadline;
      next.role_score = 0.6;
    }
  }

  // A line wholly in quotation marks reads as a quotation, but with a
  // column label under it (“胜负之征，精神先见” / 人民论坛) it is a quoted title.
  for (std::size_t i = 0; i + 1 < units.size(); ++i) {
    Unit& u = units[i];
    const Unit& next = units[i + 1];
    const std::u32string& c = cps[i];
    if (u.role == Role::kBody && !u.dateline && c.size() >= 4 && c.size() <= kMaxHeadlineLength && c.front() == U'“' &&
        c.back() == U'”' && !has_inner_sentence_end(c) && next.role == Role::kHeadline && next.sources != u.sources &&
        next.font_size <= 0 && reads_as_column_label(next.text, u.text) &&
        !is_bare_name(next, cps[i + 1], lexicon)) {
      u.role = Role::kHeadline;
      u.role_score = 0.6;
    }
  }

  // A title and its subtitle printed on one line, apart by a space
  // (……50强发布 长沙企业……入选): two parts of unequal length. Parts of equal
  // length are one couplet title (产业兴旺火塘暖 文明卫生气象新).
  {
    std::vector<Unit> split;
    std::vector<std::u32string> split_cps;
    split.reserve(units.size());
    split_cps.reserve(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) {
      Unit& u = units[i];
      const auto keep = [&] {
        split.push_back(std::move(u));
        split_cps.push_back(std::move(cps[i]));
      };
      if (u.role != Role::kHeadline || u.spaced.find('\n') != std::string::npos) {
        keep();
        continue;
      }
      std::size_t space = u.spaced.find(' ');
      if (space == std::string::npos || u.spaced.find(' ', space + 1) != std::string::npos) {
        keep();
        continue;
      }
      std::string left = u.spaced.substr(0, space), right = u.spaced.substr(space + 1);
      std::size_t ll = text::length(left), lr = text::length(right);
      // (Unless the space sat inside a token normalisation changed.)
      if (ll < 6 || lr < 6 || (ll > lr ? ll - lr : lr - ll) < 3 || left + right != u.text) {
        keep();
        continue;
      }
      Unit second = u;
      u.text = left;
      u.spaced = left;
      second.text = right;
      second.spaced = right;
      second.line_in_block = u.line_in_block + 1;
      second.shares_title_line = true;
      split.push_back(std::move(u));
      split_cps.push_back(text::decode(left));
      split.push_back(std::move(second));
      split_cps.push_back(text::decode(right));
    }
    units = std::move(split);
    cps = std::move(split_cps);
  }

  // The lines of one QR caption printed in one block (扫二维码 / 看详细名单).
  merge_into_previous(units, cps, [](Unit& u, std::u32string& u_cps, const Unit& next, const std::u32string& next_cps) {
    if (u.role != Role::kQrCaption || next.sources != u.sources || next_cps.size() > 16 ||
        next.role == Role::kQrCaption)
      return false;
    u.text += next.text;
    u.spaced += ' ';
    u.spaced += next.spaced;
    u_cps += next_cps;
    return true;
  });
  // A photo caption printed over several lines of one block: the lines above
  // its credit line are the start of the caption (图为……一角 / 工作。（王小明摄）)
  // when they stop mid-sentence, or when the block holds only a short
  // sentence and its credit (……插秧。 / （王小明摄）).
  merge_into_previous(units, cps, [](Unit& prev, std::u32string& pc, const Unit& u, const std::u32string& uc) {
    const bool mergeable = prev.role == Role::kBody || prev.role == Role::kHeadline || prev.role == Role::kIntertitle;
    const bool same_block = prev.sources == u.sources && prev.line_in_block + 1 == u.line_in_block;
    // Cut at the measure: the line above is as long as the credit line at
    // least (a title over a caption is no such line; it is shorter).
    const bool cut = !pc.empty() && !flow::ends_complete(pc) && pc.size() >= uc.size() && !is_bracketed(uc);
    const bool lone_sentence = prev.line_in_block == 0 && u.lines_in_block == 2 && is_bracketed(uc) && !pc.empty() &&
                               flow::ends_complete(pc) && pc.size() <= kMaxCaptionSentence;
    if (u.role != Role::kPhotoCaption || !mergeable || !same_block || prev.dateline || pc.size() > kMaxCaptionLine ||
        !(cut || lone_sentence))
      return false;
    prev.text += u.text;
    prev.spaced += '\n';
    prev.spaced += u.spaced;
    prev.role = Role::kPhotoCaption;
    prev.role_score = u.role_score;
    pc += uc;
    return true;  // (the next line may continue the caption too)
  });
  const std::size_t m = units.size();

  // A headline line with no verb over a longer one with a verb is its
  // kicker, setting the scene (湘西十八洞村 / 脱贫了，我要再脱单; 京剧《孙尚香》 /
  // 传统底色与现代点染); the title says what happened. A scene is named by a
  // place or a work; a single word (建议, 提示) names none: it labels what
  // follows, the title, and the line under it is its subtitle.
  for (std::size_t i = 0; i + 1 < units.size(); ++i) {
    Unit& u = units[i];
    const Unit& next = units[i + 1];
    if (u.role != Role::kHeadline || next.role != Role::kHeadline || u.font_size > 0 || next.font_size > 0 ||
        u.sources == next.sources || (i > 0 && units[i - 1].role == Role::kHeadline) ||
        (i + 2 < units.size() && units[i + 2].role == Role::kHeadline))
      continue;
    if (leads_into_title(u.text) || reads_as_deck(next.text, u.text)) continue;
    const std::u32string &a = cps[i], &b = cps[i + 1];
    if (a.size() >= kMinSceneKicker && a.size() < b.size() && !text::has_verb(a, lexicon) && text::has_verb(b, lexicon))
      u.kicker_over_title = true;
  }

  // A headline line that opens on a verb under a line naming a meeting
  // (……常务会议 / 听取……、审议……): the deck listing the meeting's
  // business, with the meeting's line as the title over it.
  for (std::size_t i = 0; i + 1 < units.size(); ++i) {
    const std::u32string& a = cps[i];
    static constexpr std::u32string_view kMeeting = U"会议";
    if (units[i].role == Role::kHeadline && units[i + 1].role == Role::kHeadline && units[i].font_size <= 0 &&
        units[i + 1].font_size <= 0 && units[i].sources != units[i + 1].sources && a.size() > kMeeting.size() &&
        a.substr(a.size() - kMeeting.size()) == kMeeting && text::opens_on_verb(cps[i + 1], lexicon))
      units[i + 1].lists_business = true;
  }

  // Topic vectors for the intertitle / headline decision.
  std::vector<std::string> docs;
  docs.reserve(m);
  for (auto& u : units) docs.push_back(u.text);
  flow::TopicModel model(docs);

  // Paragraphs the extractor printed again (the same text seen earlier on
  // the page): they stand where the extractor put them, not in the flow, so
  // they tell nothing about the lines beside them.
  std::vector<char> reprinted(m, 0);
  {
    std::unordered_set<std::string> seen;
    for (std::size_t k = 0; k < m; ++k)
      if (units[k].role == Role::kBody && cps[k].size() >= kMinReprintLength && !seen.insert(units[k].text).second)
        reprinted[k] = 1;
  }

  auto body_context = [&](std::size_t from, int step) {
    flow::TopicVector v;
    int taken = 0;
    for (std::ptrdiff_t k = static_cast<std::ptrdiff_t>(from); k >= 0 && k < static_cast<std::ptrdiff_t>(m) && taken < 3;
         k += step) {
      const Unit& u = units[static_cast<std::size_t>(k)];
      if (u.role == Role::kHeadline || u.role == Role::kByline) break;
      if (!is_body_like(u) || reprinted[static_cast<std::size_t>(k)]) continue;
      v = flow::TopicModel::add(v, model.vector(u.text));
      ++taken;
    }
    return v;
  };

  // True when unit k shares its block with column text printed before it.
  auto inside_column = [&](std::size_t k) {
    const Unit& u = units[k];
    if (u.line_in_block == 0 || u.column_measure == 0) return false;
    for (std::size_t p = k; p-- > 0 && units[p].sources == u.sources;)
      if (units[p].role == Role::kBody && units[p].column_measure > 0) return true;
    return false;
  };

  // True when the last line of a headline group, standing over the text,
  // names the group's column (强军思想引领新征程, 开年一线看亮点 under its
  // title): a phrase of four to eleven characters with no clause or figure,
  // no longer than the line above, which neither leads into it nor holds
  // several clauses, and sharing no more words with the text below than
  // that line does (a title names what its text is about; a column's name
  // does not).
  auto names_column_over_text = [&](const std::u32string& line, const std::u32string& above_cps,
                                    const std::string& above, std::size_t text_at) {
    if (line.size() < 4 || line.size() > kMaxColumnNameLength || line.size() > above_cps.size()) return false;
    // (A line of several clauses above is a kicker setting the scene.)
    if (leads_into_title(above) || std::count(above_cps.begin(), above_cps.end(), U'，') >= 2) return false;
    if (!std::all_of(line.begin(), line.end(),
                     [](char32_t c) { return text::is_han(c) || c == U'“' || c == U'”' || c == U'·'; }))
      return false;
    const auto after = body_context(text_at, +1);
    return flow::TopicModel::cosine(model.vector(text::encode(line)), after) <=
           flow::TopicModel::cosine(model.vector(above), after);
  };

  // True when the article that unit k stands in is already parted into
  // sections: an intertitle of the same shape (the same punctuation, and
  // about its length) stands between it and the article's headline. A
  // feature's sections run in parallel (广西路通…… / 贵州梦寐…… / 云南汽笛……).
  // (`line` is the text of the lines standing at unit k: one, or a head
  // and its deck printed as two, 北京经开区—— / 高精尖产业……, against the
  // sibling printed as one line, 上海临港产业区——新能源汽车…….)
  auto follows_sibling_heading = [&](std::size_t k, const std::u32string& line) {
    const auto marks = [](const std::u32string& c) {
      std::u32string out;
      for (char32_t x : c)
        if (text::is_punct(x)) out += x;
      return out;
    };
    const std::u32string own = marks(line);
    // (Back to the headline, within a window that keeps an oversized page
    // without headlines linear.)
    for (std::size_t p = k; p-- > 0 && k - p <= kSiblingWindow;) {
      const Unit& u = units[p];
      if (u.role == Role::kHeadline || u.role == Role::kSeries) return false;
      if (u.role != Role::kIntertitle || is_figure_line(cps[p])) continue;
      const std::size_t a = cps[p].size(), b = line.size();
      if ((a > b ? a - b : b - a) <= kSiblingLengthSpread && marks(cps[p]) == own) return true;
    }
    return false;
  };
  auto follows_sibling_intertitle = [&](std::size_t k) { return follows_sibling_heading(k, cps[k]); };

  // True when the two lines at k and k + 1 are built as the two-line section
  // head that opens the text of the article they stand in: a round-up
  // gathers several reports under one headline and heads each with a line
  // and a second line under it (a kicker-like line over a title-like one).
  // The first such head, right under the article's headline and bylines,
  // is told apart from a headline by one of its lines already set as an
  // intertitle (printed with a paragraph indent); a later pair of the same
  // build (the same punctuation, each line about as long as its
  // counterpart) heads the next report, not a new article.
  auto follows_sibling_pair = [&](std::size_t k) {
    const auto marks = [](const std::u32string& c) {
      std::u32string out;
      for (char32_t x : c)
        if (text::is_punct(x)) out += x;
      return out;
    };
    const auto heading_like = [&](std::size_t p) {
      return units[p].role == Role::kHeadline || units[p].role == Role::kIntertitle;
    };
    const auto near = [&](std::size_t p, std::size_t q) {
      const std::size_t a = cps[p].size(), b = cps[q].size();
      return (a > b ? a - b : b - a) <= kSiblingLengthSpread && marks(cps[p]) == marks(cps[q]);
    };
    for (std::size_t p = k; p-- > 1 && k - p <= kSiblingWindow;) {
      const Unit& u = units[p];
      if (u.role == Role::kByline || u.dateline.has_value() || u.role == Role::kSeries) return false;
      if (!heading_like(p)) continue;
      if (!heading_like(p - 1)) {
        if (u.role == Role::kHeadline) return false;
        continue;
      }
      // (The pair p - 1, p: a section head inside the text, passed; or the
      // article's first section head, over its text, under the article's
      // bylines or headline.)
      const bool opens_text = p + 1 < m && is_body_like(units[p + 1]) && p >= 2 &&
                              (units[p - 2].role == Role::kByline || units[p - 2].role == Role::kHeadline);
      if (!opens_text && u.role == Role::kIntertitle && units[p - 1].role == Role::kIntertitle) {
        --p;
        continue;
      }
      const bool one_set_apart = u.role == Role::kIntertitle || units[p - 1].role == Role::kIntertitle;
      return opens_text && one_set_apart && near(p - 1, k) && near(p, k + 1);
    }
    return false;
  };

  // True when a paragraph of the page names the line at k as one item of
  // an enumeration (……在甲、乙、丙上走在前列, 、 next to it) together with
  // another short line standing alone on the page: a feature heads its
  // sections with the items its text lists, so the line is one of those
  // section heads, wherever the extractor printed it.
  // (Paragraphs and lines are looked for within kEnumerationWindow units
  // of the line, which holds a page's feature: the search stays linear in
  // the page.)
  constexpr std::size_t kMinEnumeratedHead = 4;
  constexpr std::size_t kEnumerationWindow = 200;
  auto named_in_enumeration = [&](std::size_t k) {
    const std::u32string& line = cps[k];
    if (line.size() < kMinEnumeratedHead) return false;
    const std::size_t from = k > kEnumerationWindow ? k - kEnumerationWindow : 0;
    const std::size_t to = std::min(m, k + kEnumerationWindow + 1);
    for (std::size_t q = from; q < to; ++q) {
      if (q == k || !is_body_like(units[q])) continue;
      const std::u32string& para = cps[q];
      const std::size_t at = para.find(line);
      if (at == std::u32string::npos) continue;
      const bool listed = (at > 0 && para[at - 1] == U'、') ||
                          (at + line.size() < para.size() && para[at + line.size()] == U'、');
      if (!listed) continue;
      for (std::size_t p = std::max<std::size_t>(from, 1); p + 1 < to; ++p) {
        if (p == k || (units[p].role != Role::kHeadline && units[p].role != Role::kIntertitle)) continue;
        if (cps[p].size() < kMinEnumeratedHead || !is_body_like(units[p - 1]) || !is_body_like(units[p + 1])) continue;
        if (para.find(cps[p]) != std::u32string::npos) return true;
      }
    }
    return false;
  };

  // True when the article that unit k stands in is parted into sections
  // above it (an intertitle of any shape stands between it and the
  // article's headline) and the next short line standing alone between
  // paragraphs below it, before any byline or dateline, is shaped as it
  // (the same punctuation, about its length): a section head in a run of
  // parallel ones (…… / 让……回来 / 绿色……出路), not a new article's
  // headline, which would sit over no sections of the article above.
  auto between_sections = [&](std::size_t k) {
    bool sectioned = false;
    for (std::size_t p = k; p-- > 0 && k - p <= kSiblingWindow;) {
      const Unit& u = units[p];
      if (u.role == Role::kHeadline || u.role == Role::kSeries) break;
      if (u.role == Role::kIntertitle && !is_figure_line(cps[p])) {
        sectioned = true;
        break;
      }
    }
    if (!sectioned) return false;
    const auto marks = [](const std::u32string& c) {
      std::u32string out;
      for (char32_t x : c)
        if (text::is_punct(x)) out += x;
      return out;
    };
    const std::u32string own = marks(cps[k]);
    for (std::size_t p = k + 1; p < m && p - k <= kSiblingWindow; ++p) {
      const Unit& u = units[p];
      if (u.role == Role::kByline || u.dateline.has_value() || u.role == Role::kSeries) return false;
      if (u.role != Role::kHeadline && u.role != Role::kIntertitle) continue;
      // (A run of two or more headline lines heads an article of its own.)
      const bool alone = is_body_like(units[p - 1]) && p + 1 < m && is_body_like(units[p + 1]);
      if (!alone) return false;
      if (is_figure_line(cps[p])) continue;
      const std::size_t a = cps[p].size(), b = cps[k].size();
      return (a > b ? a - b : b - a) <= kSiblingLengthSpread && marks(cps[p]) == own;
    }
    return false;
  };

  // True when the line at k is wrapped over several lines of a block of its
  // own, the block after it (at `next`) being a fragment (a short piece
  // ending a sentence, on one line): a title set in a narrow measure, over
  // the rest of a sentence cut elsewhere on the page (……公 / 司 over
  // 的配套服务。), not the first words of that sentence, which would run on
  // in their block.
  auto wrapped_apart = [&](std::size_t k, std::size_t next) {
    return units[k].spaced.find('\n') != std::string::npos && units[k].lines_in_block == 1 &&
           units[next].sources != units[k].sources && units[next].spaced.find('\n') == std::string::npos &&
           cps[next].size() <= kMaxFragmentLength && text::ends_sentence(cps[next]);
  };

  // Paragraphs set in parallel open with the same clause (要做好这件事，要……
  // / 要做好这件事，要……): a line after such paragraphs that opens with it
  // too is the first line of the next of them, cut off, not a headline.
  {
    constexpr std::size_t kMinOpeningClause = 4;  // characters of the shared clause
    constexpr int kMinParallel = 2;               // paragraphs above that open with it
    constexpr std::size_t kParallelWindow = 12;   // units looked back over
    for (std::size_t i = 1; i < m; ++i) {
      if (units[i].role != Role::kHeadline || !is_body_like(units[i - 1])) continue;
      const std::size_t comma = cps[i].find(U'，');
      if (comma == std::u32string::npos || comma < kMinOpeningClause) continue;
      const std::u32string_view opening = std::u32string_view(cps[i]).substr(0, comma + 1);
      int parallel = 0;
      for (std::size_t p = i; p-- > 0 && i - p <= kParallelWindow;) {
        if (units[p].role == Role::kHeadline || units[p].role == Role::kByline) break;
        if (is_body_like(units[p]) && cps[p].size() > opening.size() &&
            std::u32string_view(cps[p]).substr(0, opening.size()) == opening)
          ++parallel;
      }
      if (parallel >= kMinParallel) {
        units[i].role = Role::kBody;
        units[i].role_score = 0.6;
      }
    }
  }

  // Pass 2: runs of headline-shaped lines.
  for (std::size_t i = 0; i < m;) {
    if (units[i].role != Role::kHeadline) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < m && units[j].role == Role::kHeadline) ++j;
    // j: first unit after the run.
    std::size_t next = j;
    while (next < m && (units[next].role == Role::kQrCaption || units[next].role == Role::kPhotoCaption ||
                        units[next].role == Role::kCredit || reprinted[next]))
      ++next;
    if (body_font > 0 && j - i >= 2 && sort_headline_run(units, cps, i, j, body_font, lexicon)) continue;
    bool prev_body = i > 0 && is_body_like(units[i - 1]) && !signs_off(units[i - 1], cps[i - 1]);
    bool next_body = next < m && is_body_like(units[next]);
    bool next_starts_article = next < m && (units[next].role == Role::kByline || units[next].dateline.has_value());
    // A bare name at the foot of the run, over the text, is its author's
    // line: the lines above it head a new article (……轨道之外。 / 国商银行
    // 倒闭风波 / 钟行 / 编者按：……), not a section of the text before them.
    const bool authored = j - i >= 2 && next_body && is_bare_name(units[j - 1], cps[j - 1], lexicon);
    bool any_display = false, all_body_type = true;
    std::size_t inside_end = i;  // the run's lines printed inside the column
    for (std::size_t k = i; k < j; ++k) {
      any_display = any_display || display_type(units[k]) || units[k].wider_than_column;
      all_body_type = all_body_type && body_type(units[k]);
      if (inside_end == k && inside_column(k) && !text::ends_sentence(cps[k])) inside_end = k + 1;
    }
    // Lines after those printed apart are the deck only when they hold a
    // clause: a headline is no clause.
    bool tail_clause = false;
    for (std::size_t k = inside_end; k < j; ++k)
      tail_clause = tail_clause || cps[k].find(U'，') != std::u32string::npos;
    if (inside_end > i && inside_end < j && inside_end - i <= 2 && !any_display &&
        units[inside_end].sources != units[inside_end - 1].sources && !tail_clause &&
        !(authored && j - inside_end == 1)) {
      // Short lines at the foot of a block of column text, flush with it,
      // then headline lines printed apart: the foot lines close the text
      // above (a letter's signature, 山东某市 王明; a picture's name under
      // 图片：), and the lines printed apart head the next article (a
      // headline stands apart from the text above it). An author's bare
      // name printed apart under them signs no text above: they are its
      // title (……了事。 / 乡村书屋别让牌子落灰 / 李文华).
      for (std::size_t k = i; k < inside_end; ++k) {
        units[k].role = Role::kBody;
        units[k].role_score = 0.6;
      }
      i = inside_end;
      continue;
    }
    if (inside_end > i && inside_end - i <= 3 && (inside_end == j || (j - inside_end <= 2 && tail_clause)) &&
        next_body && !next_starts_article && !any_display && !authored) {
      // Short lines printed in one block after column text, flush with it,
      // and followed by text: headings inside the column (a headline
      // stands apart from the text above it, or is followed by a byline).
      // A line holding a clause (a comma) after the heading, or a line
      // printed apart after it, is its deck: text.
      for (std::size_t k = i; k < j; ++k) {
        const bool deck = k >= inside_end || (k > i && cps[k].find(U'，') != std::u32string::npos);
        units[k].role = deck ? Role::kBody : Role::kIntertitle;
      }
    } else if (i > 0 && units[i - 1].sources == units[i].sources && is_body_like(units[i - 1]) &&
               units[i - 1].column_measure > 0 && j - i <= 2 && !any_display && !next_starts_article && !authored) {
      // Short lines inside a block of column text, with text of that block
      // before them: the column runs on through them, so they head a
      // section of the article (an intertitle and its deck), not a new one.
      for (std::size_t k = i; k < j; ++k) {
        units[k].role = Role::kIntertitle;
        units[k].role_score = 0.7;
      }
    } else if (all_body_type) {
      // Set in the body font: not a headline. A short line between
      // paragraphs is an intertitle; else it is text.
      for (std::size_t k = i; k < j; ++k) {
        if (is_bare_name(units[k], cps[k], lexicon)) {
          units[k].role = Role::kByline;
          units[k].byline_role = BylineRole::kOther;
          units[k].names = extract_names(units[k].spaced);
        } else {
          units[k].role = prev_body && next_body && j - i == 1 ? Role::kIntertitle : Role::kBody;
        }
      }
    } else if (j - i == 1 && prev_body && !any_display && cps[i].size() <= 6 && !cps[i - 1].empty() &&
               (!next_starts_article || units[i - 1].sources == units[i].sources) &&
               !flow::ends_complete(cps[i - 1]) && text::is_han(cps[i - 1].back()) &&
               (flow::ends_complete(cps[i]) || lexicon.spanning_word_frequency(cps[i - 1], cps[i]) > 0 ||
                (text::opens_on_verb(cps[i], lexicon) &&
                 (units[i - 1].sources == units[i].sources || units[i].column_measure > 0 ||
                  units[i - 1].column_measure == 0)))) {
      // A few characters after a paragraph that stops mid-sentence: the
      // tail of that paragraph's last line (……新闻 / 稿), not a headline.
      // A line of its own block that a byline or dateline follows heads an
      // article. A tail ends the paragraph's sentence or reads on from the
      // words above it (a word spans the cut, or it opens on the verb of
      // their subject: ……在建规模 / 增长较多, unless the paragraph is
      // hard-wrapped column text and the line is set apart from its column
      // in a block of its own: a title, 致读者); a phrase of its own that
      // does neither (……一夜之间栽满了 / 茶乡新春) is no tail.
      units[i].role = Role::kBody;
    } else if (j - i == 1 && next_body && !any_display && flow::starts_as_continuation(cps[next]) &&
               !ends_exclaiming(cps[i]) && !wrapped_apart(i, next)) {
      // The next paragraph continues this line's sentence (……大模型 / 是国内首个……):
      // a fragment cut at a column break, not a headline. A line closed by
      // its own ！ or ？ continues into nothing.
      units[i].role = Role::kBody;
    } else if (j - i == 1 && i > 0 && units[i - 1].role == Role::kIntertitle && next_body && !next_starts_article &&
               !any_display && (section_head_with_deck(cps[i - 1], cps[i]) || leads_into_title(units[i - 1].text))) {
      // The deck under a section head already set apart (突破 / ……，……),
      // or the line a section head leads into (江南水乡—— / ……).
      units[i].role = Role::kIntertitle;
    } else if (j - i == 2 && i > 0 && units[i - 1].role == Role::kIntertitle && next_body && !next_starts_article &&
               !any_display && !authored && units[i - 1].lines_in_block == 1 && units[i].sources != units[i - 1].sources &&
               std::none_of(cps.begin() + static_cast<std::ptrdiff_t>(i) - 1, cps.begin() + static_cast<std::ptrdiff_t>(j),
                            [](const std::u32string& c) { return c.find(U'：') != std::u32string::npos; })) {
      // Two short lines right under a section head set apart, then text
      // with no byline or dateline: the head's deck (its key points), not a
      // new article's headline; a section head heads text of its own article.
      // (Lines of label and value, 账号：……, are the fields of a notice.)
      for (std::size_t k = i; k < j; ++k) units[k].role = Role::kIntertitle;
    } else if (j - i == 1 && prev_body && next_body && !next_starts_article && !any_display &&
               !cps[i - 1].empty() && !flow::ends_complete(cps[i - 1]) && text::ends_sentence(cps[next]) &&
               !flow::starts_as_continuation(cps[next]) && cps[i - 1].size() >= kMinCutParagraph &&
               fills_column_to_foot(units[i - 1]) &&
               cps[i].size() >= kMinSceneKicker && std::none_of(cps[i].begin(), cps[i].end(), text::is_punct) &&
               !is_bare_name(units[i], cps[i], lexicon) && lexicon.spanning_word_frequency(cps[i - 1], cps[i]) == 0) {
      // One short line after a paragraph that stops mid-sentence at the
      // foot of its column (its last line runs the full measure), over text
      // that reads on from nothing: the text above runs on elsewhere,
      // and the line heads an article set into the column there. An
      // intertitle stands between whole paragraphs of its own article.
      units[i].role_score = 0.6;
    } else if (j - i == 1 && prev_body && next_body && !next_starts_article && !any_display) {
      // One short line between paragraphs: an intertitle when the text on
      // both sides is about the same thing.
      auto before = body_context(i - 1, -1);
      auto after = body_context(next, +1);
      double sim = flow::TopicModel::cosine(before, after);
      const std::u32string& c = cps[i];
      bool bare_name = is_bare_name(units[i], c, lexicon);
      if (bare_name) {
        units[i].role = Role::kByline;
        units[i].byline_role = BylineRole::kOther;
        units[i].names = extract_names(units[i].spaced);
      } else if (text::has_open_bracket(c)) {
        // A quotation or bracket left open: a paragraph's first line cut
        // at the column break (……对记者说：“我非常), text.
        units[i].role = Role::kBody;
      } else if (is_photo_news_title(units[i].text)) {
        // A picture story's title (图片新闻, ……（图片）) opens its own story.
        units[i].role_score = 0.8;
      } else if (sim >= kIntertitleSimilarity ||
                 flow::TopicModel::cosine(model.vector(units[i].text), before) >= kLineSharesWithAbove ||
                 c.size() <= 2 || is_part_heading(c) || follows_sibling_intertitle(i) || between_sections(i) ||
                 named_in_enumeration(i)) {
        // (A new article's headline shares next to nothing with the text
        // above it; an intertitle names what its article is about. A line
        // of one or two characters is too short to judge by; one of three
        // (a title such as 答读者) is judged as a longer one.)
        units[i].role = Role::kIntertitle;
        units[i].role_score = std::min(0.95, 0.5 + sim);
      } else {
        units[i].role_score = std::min(0.95, 0.6 + (0.08 - sim) * 3);
      }
    } else if ((j - i == 2 || (j - i == 3 && plain_lines(cps, i, j))) && prev_body &&
               (next_body || (next < m && units[next].role == Role::kIntertitle && section_head_with_deck(cps[i], cps[i + 1]))) &&
               !next_starts_article && !any_display &&
               !is_bare_name(units[j - 1], cps[j - 1], lexicon) &&
               (section_head_with_deck(cps[i], cps[i + 1]) ||
                (j - i == 2 && std::any_of(cps[i].begin(), cps[i].end(), text::is_punct) &&
                 follows_sibling_heading(i, cps[i] + cps[i + 1])) ||
                (j - i == 2 && follows_sibling_pair(i)) ||
                (j - i == 2 && units[i].font_size <= 0 && is_genre_column(units[i].text) &&
                 !looks_like_series(units[i + 1].text)) ||
                flow::TopicModel::cosine(body_context(i - 1, -1), body_context(next, +1)) >= kIntertitlePairSimilarity)) {
      // Two or three short lines between paragraphs on one subject: an
      // intertitle and its deck, inside the article. So are a genre's name
      // over a title there, with no author line under them (……的信任。” /
      // 记者手记 / 难忘的一课 / ……): a piece of that genre appended to
      // the report above by its own writer (the reporter's notes), titled
      // after its label. A column piece of its own is read title first,
      // its label under it, or is signed under them.
      for (std::size_t k = i; k < j; ++k) units[k].role = Role::kIntertitle;
    } else {
      // A headline group: series labels and bare names inside it. A short
      // line printed alone under a longer one names the column (where font
      // sizes are known, sort_headline_run has told labels by their size).
      // Two labels at the foot of the group: the column's name, then the
      // heading of the lead box (…… / 走向冬奥 / 核心阅读), the article's first text.
      // (Over a title and its subtitle, or under a series label: with a
      // kicker alone above them, the first short line is the title.)
      const bool box_label = (j - i >= 4 || (j - i >= 3 && looks_like_series(units[j - 2].text))) &&
                             units[j - 1].font_size <= 0 && units[j - 1].sources != units[j - 2].sources &&
                             label_shaped(cps[j - 1]) && label_shaped(cps[j - 2]);
      for (std::size_t k = i; k < j; ++k) {
        const bool foot = k + 1 == j || (box_label && k + 2 == j);
        if (j - i >= 2 && looks_like_series(units[k].text) && cps[k].size() <= kMaxSeriesLength) {
          units[k].role = Role::kSeries;
        } else if (k > i && foot && units[k].font_size <= 0 && units[k].sources != units[k - 1].sources &&
                   units[k - 1].role == Role::kHeadline && reads_as_column_label(units[k].text, units[k - 1].text)) {
          units[k].role = Role::kSeries;
        } else if (k > i && k + 1 == j && units[k].font_size <= 0 && units[k].sources != units[k - 1].sources &&
                   units[k - 1].role == Role::kHeadline && next_body && !units[k - 1].kicker_over_title &&
                   names_column_over_text(cps[k], cps[k - 1], units[k - 1].text, next)) {
          units[k].role = Role::kSeries;
        }
      }
      if (box_label && units[j - 2].role == Role::kSeries && units[j - 1].role != Role::kSeries && next_body)
        units[j - 1].role = Role::kBody;
      // A bare name right after the group, before the body: an author line.
      if (j - i >= 2 && is_bare_name(units[j - 1], cps[j - 1], lexicon) && next_body) {
        units[j - 1].role = Role::kByline;
        units[j - 1].byline_role = BylineRole::kOther;
        units[j - 1].names = extract_names(units[j - 1].spaced);
        // An author's line under labels alone (自强·自立 / 王明): the
        // label is the article's title, or the article would have none
        // and its author would sign the article before.
        bool titled = false;
        for (std::size_t k = i; k + 1 < j; ++k) titled = titled || units[k].role == Role::kHeadline;
        if (!titled)
          for (std::size_t k = i; k + 1 < j; ++k) units[k].role = Role::kHeadline;
      }
    }
    i = j;
  }

  // A paragraph the extractor printed again stands outside the flow: a
  // short line alone after it, over the text, with a headline line before
  // it, is read against that headline as the line under it. Where it names
  // the column (see names_column_over_text), it is the series label of
  // the article under that headline, not a headline of its own.
  for (std::size_t k = 2; k + 1 < m; ++k) {
    if (units[k].role != Role::kHeadline || units[k].font_size > 0 || !is_body_like(units[k + 1]) ||
        !reprinted[k - 1])
      continue;
    std::size_t p = k - 1;
    while (p > 0 && reprinted[p]) --p;
    if (reprinted[p] || units[p].role != Role::kHeadline || units[p].kicker_over_title) continue;
    if (reads_as_column_label(units[k].text, units[p].text) &&
        names_column_over_text(cps[k], cps[p], units[p].text, k + 1))
      units[k].role = Role::kSeries;
  }

  // A short label alone between an article's headline and bylines (or its
  // series label) and its text or its first intertitle (a title / 记者王明 /
  // 要点 / ……): the heading of the lead box, or a picture's name. The article
  // has no text yet, so the label opens no article of its own: it is the
  // first line of the text.
  for (std::size_t k = 1; k + 1 < units.size(); ++k) {
    Unit& u = units[k];
    const bool under_series = units[k - 1].role == Role::kSeries;
    if (u.role != Role::kHeadline || u.font_size > 0 || (units[k - 1].role != Role::kByline && !under_series) ||
        (units[k + 1].role != Role::kBody && units[k + 1].role != Role::kIntertitle) || units[k + 1].dateline ||
        !label_shaped(cps[k]))
      continue;
    std::size_t h = k - 1;
    while (h > 0 && (units[h].role == Role::kByline || (under_series && units[h].role == Role::kSeries))) --h;
    if (units[h].role == Role::kHeadline || (!under_series && units[h].role == Role::kSeries)) {
      u.role = Role::kBody;
      u.role_score = 0.6;
    }
  }

  // Names run together on a byline line, or in a dateline's brackets, name
  // no one (see names_set_apart); the line keeps its role and text.
  for (Unit& u : units) {
    if (u.role == Role::kByline && !names_set_apart(u.spaced, u.names)) u.names.clear();
    if (u.dateline_byline) {
      // (The bracket as printed, spaces kept: the first one of the line.)
      const std::size_t open = u.spaced.find("（") != std::string::npos ? u.spaced.find("（") : u.spaced.find('(');
      const std::size_t close =
          open == std::string::npos ? open : std::min(u.spaced.find("）", open), u.spaced.find(')', open));
      const std::string_view bracket = close == std::string::npos
                                           ? std::string_view(u.dateline_byline->text)
                                           : std::string_view(u.spaced).substr(open, close - open);
      if (!names_set_apart(bracket, u.dateline_byline->names)) u.dateline_byline->names.clear();
    }
  }

  // The fields of a form printed under several headlines (a profile box
  // under each portrait's name: 籍贯…… / 职务…… / 近况……): lines under a
  // headline line that open with the same label under three headlines or
  // more are the box's text, not subtitles. A subtitle says something of
  // its own article; a field's label recurs.
  {
    constexpr std::size_t kLabel = 2;      // characters of a field label compared
    constexpr int kMinFormHeadlines = 3;  // headlines that carry the same field
    auto label_of = [&](std::size_t k) -> std::u32string {
      const bool under = k > 0 && units[k].role == Role::kHeadline && units[k - 1].role == Role::kHeadline &&
                         units[k].font_size <= 0;
      if (!under || cps[k].size() <= kLabel + 2) return {};
      const std::u32string label = cps[k].substr(0, kLabel);
      return std::all_of(label.begin(), label.end(), [](char32_t c) { return text::is_han(c); }) ? label
                                                                                                   : std::u32string{};
    };
    std::vector<std::pair<std::u32string, std::size_t>> fields;  // label, headline group it stands in
    std::size_t group = 0;
    for (std::size_t k = 0; k < units.size(); ++k) {
      if (units[k].role == Role::kHeadline && (k == 0 || units[k - 1].role != Role::kHeadline)) group = k;
      const std::u32string label = label_of(k);
      if (!label.empty()) fields.emplace_back(label, group);
    }
    // How many headline groups carry each label (counted once, not per line).
    std::map<std::u32string, std::set<std::size_t>> groups_with;
    for (const auto& [l, g] : fields) groups_with[l].insert(g);
    std::vector<std::size_t> demote;
    for (std::size_t k = 0; k < units.size(); ++k) {
      const std::u32string label = label_of(k);
      if (!label.empty() && static_cast<int>(groups_with[label].size()) >= kMinFormHeadlines) demote.push_back(k);
    }
    for (std::size_t k : demote) {
      units[k].role = Role::kBody;
      units[k].role_score = 0.6;
    }
  }

  // Headlines are never indented. A block holding several headline-shaped
  // lines, two or more of them opening on a paragraph's indent, is a list
  // set in a column (titles and their authors, prizes, names and posts),
  // not a stack of headlines: its lines are text.
  for (std::size_t i = 0; i < m;) {
    std::size_t j = i + 1;
    while (j < m && units[j].sources == units[i].sources) ++j;
    std::size_t heads = 0, indented = 0;
    for (std::size_t k = i; k < j; ++k)
      if (units[k].role == Role::kHeadline && units[k].font_size <= 0) {
        ++heads;
        if (units[k].starts_indented) ++indented;
      }
    if (heads >= kMinListedLines && indented >= 2)
      for (std::size_t k = i; k < j; ++k)
        if (units[k].role == Role::kHeadline) {
          units[k].role = Role::kBody;
          units[k].role_score = 0.6;
        }
    i = j;
  }

  // An author's note (（作者为……）, （作者系……）, （作者单位：……）) closes a
  // text; a short line right above it, under the text, is the author's
  // signature set apart (……敬礼！ / 王小明 / （作者为……）), not a headline
  // opening another article.
  for (std::size_t i = 1; i + 1 < units.size(); ++i) {
    Unit& u = units[i];
    if (u.role != Role::kHeadline && u.role != Role::kByline) continue;
    const Role above = units[i - 1].role;
    if ((above != Role::kBody && above != Role::kIntertitle) || units[i + 1].role == Role::kHeadline) continue;
    const std::u32string line = text::decode(u.text);
    const std::u32string note = text::decode(units[i + 1].text);
    if (line.empty() || line.size() > 8 || !std::all_of(line.begin(), line.end(), text::is_han)) continue;
    static constexpr std::u32string_view kNote = U"作者";
    if (note.size() > 3 && (note.front() == U'（' || note.front() == U'(') && note.substr(1, 2) == kNote) {
      u.role = Role::kIntertitle;
      u.role_score = 0.6;
    }
  }

  // A line that names a label and gives its value after a colon (时间：……,
  // 联系电话：……, 主题：……) states a fact of the text; it heads no section
  // of it: an intertitle names its section without a label.
  // (A run of such lines between paragraphs is left as it stands.)
  for (std::size_t i = 1; i + 1 < units.size(); ++i) {
    Unit& u = units[i];
    if (u.role != Role::kIntertitle || units[i - 1].role != Role::kBody || units[i + 1].role != Role::kBody) continue;
    const std::u32string line = text::decode(u.text);
    if (flow::is_label_line(line) && !label_ends_on_verb(line, lexicon)) {
      u.role = Role::kBody;
      u.label_line = true;
    }
  }
  // So does such a line set as a paragraph of its own (数据来源：……, 账号：
  // ……): the whole of its block, it states a fact whole.
  for (Unit& u : units) {
    if (u.role != Role::kBody || u.label_line || u.lines_in_block > 1) continue;
    const std::u32string line = text::decode(u.text);
    if (flow::is_label_line(line) && !label_ends_on_verb(line, lexicon)) u.label_line = true;
  }

  // A line taken for an intertitle right over a numbered list that opens on
  // its first item and runs item after item to the next headline (一、…… /
  // 二、…… / 三、……) heads a list set beside the article above it, a box of
  // its own: a section of prose opens on prose. (Text cut from an item may
  // stand between the items; another intertitle makes it sections.)
  for (std::size_t i = 1; i + 1 < units.size(); ++i) {
    Unit& u = units[i];
    if (u.role != Role::kIntertitle || units[i - 1].role != Role::kBody) continue;
    int expected = 1, items = 0, others = 0;
    std::size_t k = i + 1;
    for (; k < units.size() && units[k].role != Role::kHeadline; ++k) {
      if (units[k].role == Role::kIntertitle) break;
      if (units[k].role != Role::kBody) continue;
      // (The number of the item a paragraph opens as 一、 or 3、; 0 for none.)
      const flow::ItemNumber item = flow::item_number(text::decode(units[k].text));
      const int number = item.style == 2 ? item.number : 0;
      if (number == expected) {
        ++expected;
        ++items;
      } else if (number == 0 && items > 0) {
        ++others;
      } else {
        break;
      }
    }
    const bool to_next_headline = k == units.size() || units[k].role == Role::kHeadline;
    if (to_next_headline && items >= kMinListItems && others < items) {
      u.role = Role::kHeadline;
      u.role_score = 0.6;
    }
  }

  // The label or title of a picture story heads an article whatever stands
  // around it: not an intertitle, nor the tail of the paragraph above.
  for (Unit& u : units)
    if ((u.role == Role::kBody || u.role == Role::kIntertitle) && !u.dateline &&
        is_photo_news_title(u.text)) {
      u.role = Role::kHeadline;
      u.role_score = 0.9;
    }
}

}  // namespace banmian::classify
