#include "text/segment.hpp"

#include <algorithm>
#include <cmath>

#include "text/chars.hpp"
#include "text/indent_cut.hpp"
#include "text/utf8.hpp"

namespace banmian::text {
namespace {

struct Line {
  std::string text;    // normalised
  std::string spaced;  // normalised word by word, spaces kept
  std::u32string cps;  // normalised code points
  bool indented = false;
  bool letter_spaced = false;  // Han characters separated by spaces (联 查 『 威)
  double width = 0;            // in ems as printed: ASCII half an em, the rest one
};

// The printed width of a raw line in ems, leading and trailing space left
// out: an ASCII character (a digit, a Latin letter) is half an em, any other
// (Han, full-width digits and punctuation) one em.
double printed_width(std::u32string_view raw) {
  std::size_t begin = 0, end = raw.size();
  while (begin < end && is_space(raw[begin])) ++begin;
  while (end > begin && is_space(raw[end - 1])) --end;
  double width = 0;
  for (std::size_t i = begin; i < end; ++i) width += raw[i] < 0x80 ? 0.5 : 1.0;
  return width;
}

// Returns the line normalised token by token, one space between tokens.
std::string normalize_spaced(std::u32string_view raw, const NormalizeOptions& options) {
  std::string out;
  std::size_t i = 0;
  while (i < raw.size()) {
    while (i < raw.size() && is_space(raw[i])) ++i;
    std::size_t j = i;
    while (j < raw.size() && !is_space(raw[j])) ++j;
    if (j > i) {
      std::string token = normalize(encode(raw.substr(i, j - i)), options);
      if (!token.empty()) {
        if (!out.empty()) out += ' ';
        out += token;
      }
    }
    i = j;
  }
  return out;
}

// True when the raw line starts with white space followed by text.
bool starts_indented(std::u32string_view raw) {
  return !raw.empty() && is_space(raw.front());
}

// True when most Han characters of the raw line are separated by spaces.
bool is_letter_spaced(std::u32string_view raw) {
  int han = 0, spaced = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (!is_han(raw[i])) continue;
    ++han;
    if (i + 1 < raw.size() && is_space(raw[i + 1])) ++spaced;
  }
  return han >= 2 && spaced * 2 >= han;
}

bool ends_clause(std::u32string_view s) {
  if (s.empty()) return false;
  char32_t c = s.back();
  return is_sentence_end(c) || is_closer(c) || c == U'：' || c == U':';
}

// Characters after which a headline line cannot end: the line must wrap.
bool cannot_end_line(char32_t c) {
  return is_opener(c) || c == U'、' || c == U'，' || c == U'的' || c == U'和' ||
         c == U'与' || c == U'及' || c == U'在' || c == U'对' || c == U'为' ||
         c == U'把' || c == U'被' || c == U'从' || c == U'向';
}

// True when a line sets phrases of three characters or more apart by a
// space (完善责任制 用好监督权), all of one length when `couplet`.
bool has_spaced_phrases(const Line& l, bool couplet) {
  if (l.letter_spaced) return false;
  std::u32string s = decode(l.spaced);
  std::size_t start = 0, phrases = 0, first = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && s[i] != U' ') continue;
    if (i - start < 3) return false;
    if (phrases == 0) first = i - start;
    else if (couplet && i - start != first) return false;
    ++phrases;
    start = i + 1;
  }
  return phrases >= 2;
}

bool has_inner_punct(const std::u32string& s) {
  return std::any_of(s.begin(), s.end(), [](char32_t c) {
    return c == U'，' || c == U'、' || c == U'；' || c == U'：' || c == U'。' || c == U':';
  });
}

// True when the break between two short lines (not column text) parts two
// headline lines for certain: text wrapped at a measure fills the line above
// to it, so a line above much narrower than the one under it was not
// wrapped (烟花爆竹 / 不放少放也挺好); a line setting phrases apart by a space
// is set whole (最高检确定46项改革任务 / 完善责任制 用好监督权), though a title
// of unequal phrases may wrap out of one (……发展大势 加快推进媒体 / 深度融合),
// so a line above parts only as a couplet of phrases of one length; and of two lines
// alone, each holding a clause of its own and neither ending one, the upper
// is a kicker over its title (……少不了，……不能缺 / ……春节，得有新讲究).
bool is_part_break(const Line& a, const Line& b, bool two_lines) {
  if (a.cps.empty() || b.cps.empty() || a.letter_spaced || b.letter_spaced) return false;
  if (ends_clause(b.cps) || cannot_end_line(b.cps.back()) || cannot_end_line(a.cps.back())) return false;
  // (A line set whole under one that ends on a mark: 写春联、赏年画…… /
  // 翰墨飘香 年味渐浓.)
  if (has_spaced_phrases(b, true) && a.cps.back() != U'。') return true;
  if (ends_clause(a.cps)) return false;
  if (a.cps.size() >= 3 && display_width(b.cps) >= 1.5 * display_width(a.cps) && !has_inner_punct(a.cps) &&
      !has_inner_punct(b.cps))
    return true;
  if (has_spaced_phrases(a, true) || has_spaced_phrases(b, false)) return true;
  auto clause = [](char32_t c) { return c == U'，' || c == U'；'; };
  return two_lines && std::any_of(a.cps.begin(), a.cps.end(), clause) &&
         std::any_of(b.cps.begin(), b.cps.end(), clause);
}

// True when a line break falls inside a figure: after its decimal point
// (49. / 5%), or before its decimal point or per cent sign (50 / .9%, 50.9 / %).
bool cuts_figure(std::u32string_view a, std::u32string_view b) {
  if (a.empty() || b.empty()) return false;
  const std::size_t n = a.size();
  if (a[n - 1] == U'.' && n >= 2 && is_digit(a[n - 2]) && is_digit(b.front())) return true;
  if (!is_digit(a[n - 1])) return false;
  if (b.front() == U'%' || b.front() == U'％') return true;
  return b.front() == U'.' && b.size() >= 2 && is_digit(b[1]);
}

// True when the break between two short lines is a wrap inside one line of
// text rather than a break between two headline or byline lines.
bool is_wrap(const Line& a, const Line& b, const Lexicon& lexicon,
             std::size_t width, bool last, bool two_lines, bool* part) {
  *part = false;
  if (a.cps.empty() || b.cps.empty()) return false;
  if (has_open_bracket(a.cps)) return true;
  if (cannot_end_line(a.cps.back())) return true;
  if (a.letter_spaced && b.letter_spaced) return true;
  if (is_digit(a.cps.back()) && (is_digit(b.cps.front()) || is_han(b.cps.front()))) return true;
  // A figure cut at its decimal point or before its per cent sign (为49. /
  // 5%，其中……50.9 / %，环比……).
  if (cuts_figure(a.cps, b.cps)) return true;
  // An indented line that stops mid-sentence, as wide as the flush line
  // under it less the indent: a paragraph's first line.
  if (a.indented && !b.indented && !ends_sentence(a.cps)) {
    const double gap = display_width(b.cps) - display_width(a.cps);
    if (gap >= 1 && gap <= 3.5) return true;
  }
  // A word of the lexicon spans the break: 领导干|部, 杉杉能|源.
  std::u32string_view left(a.cps), right(b.cps);
  if (left.size() > 4) left = left.substr(left.size() - 4);
  if (right.size() > 4) right = right.substr(0, 4);
  if (lexicon.spanning_word_frequency(left, right) >= 20) return true;
  if (is_part_break(a, b, two_lines)) {
    *part = true;
    return false;
  }
  // A long line that ends no clause, followed by a line that ends a
  // sentence: the two halves of one wrapped sentence (……企业的运作 /
  // 轨迹呈现出如下特点：). Headline and byline lines do not end so.
  if (a.cps.size() >= 8 && !ends_clause(a.cps) && b.cps.size() <= a.cps.size() + 2) {
    char32_t end = b.cps.back();
    if (end == U'。' || end == U'；' || end == U'：' || end == U'！' || end == U'？') return true;
  }
  // Several lines of the same width: text wrapped at a fixed measure. Two
  // lines alone show no measure: a short second line that ends no clause is
  // a title under a long kicker rather than a sentence's tail.
  if (last && width == a.cps.size() && !ends_clause(b.cps) && b.cps.size() * 2 < a.cps.size()) return false;
  return a.cps.size() >= 8 && a.cps.size() + 1 >= width && !ends_clause(a.cps) &&
         b.cps.size() <= a.cps.size() && std::any_of(a.cps.begin(), a.cps.end(), [](char32_t c) {
           return c == U'，' || c == U'、' || c == U'；';
         });
}

// Returns the measure of column text: the line length that three lines in
// four reach or stay under (robust to a few long or short lines).
std::size_t column_measure(const std::vector<Line>& lines) {
  std::vector<std::size_t> lengths;
  for (const Line& l : lines) lengths.push_back(l.cps.size());
  std::sort(lengths.begin(), lengths.end());
  return lengths[(lengths.size() * 3) / 4 == lengths.size() ? lengths.size() - 1 : (lengths.size() * 3) / 4];
}

// The printed width most lines of column text fill (in half ems; the wider
// of two equally common ones): the measure a wrapped line reaches.
double printed_measure(const std::vector<Line>& lines) {
  std::vector<int> halves;
  for (const Line& l : lines) halves.push_back(static_cast<int>(l.width * 2 + 0.5));
  std::sort(halves.begin(), halves.end());
  int best = 0, best_count = 0;
  for (std::size_t i = 0; i < halves.size();) {
    std::size_t j = i;
    while (j < halves.size() && halves[j] == halves[i]) ++j;
    if (static_cast<int>(j - i) >= best_count) {
      best = halves[i];
      best_count = static_cast<int>(j - i);
    }
    i = j;
  }
  return best / 2.0;
}

// A line's length in whole ems as printed (figures and Latin letters half
// an em each), rounded.
std::size_t printed_length(const Line& l) { return static_cast<std::size_t>(std::lround(l.width)); }

// Column text: many lines of one width, or lines carrying sentences. Lines
// are measured by `length`: their characters, or their printed width.
bool is_column_text_by(const std::vector<Line>& lines, std::size_t measure, std::size_t (*length)(const Line&)) {
  if (lines.size() < 3 || measure < 6) return false;
  std::size_t full = 0, punct = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (length(lines[i]) + 2 >= measure) ++full;
    for (char32_t c : lines[i].cps)
      if (is_sentence_end(c) || c == U'，') ++punct;
  }
  std::size_t inner = lines.size() - 1;
  if (full * 10 >= inner * 6 && punct > 0) return true;
  return lines.size() >= 4 && full * 10 >= inner * 8;
}

std::size_t code_point_length(const Line& l) { return l.cps.size(); }

// How a block of column text is measured: by its characters, or where
// that shows no column by its printed width (a line holding figures or
// Latin letters, G1234次, has more characters than its width, and a measure
// set by it leaves the lines of Han text looking short). `length` is null
// for a block that is no column text.
struct ColumnShape {
  std::size_t (*length)(const Line&) = nullptr;
  std::size_t measure = 0;  // in that length
};

ColumnShape column_shape(const std::vector<Line>& lines, std::size_t measure) {
  if (is_column_text_by(lines, measure, code_point_length)) return {code_point_length, measure};
  if (lines.empty()) return {};
  std::vector<std::size_t> widths;
  for (const Line& l : lines) widths.push_back(printed_length(l));
  std::sort(widths.begin(), widths.end());
  const std::size_t printed = widths[widths.size() * 3 / 4];  // (below size for any size above zero)
  if (is_column_text_by(lines, printed, printed_length)) return {printed_length, printed};
  return {};
}

}  // namespace

std::vector<detail::Unit> segment_page(const Page& page, const NormalizeOptions& options,
                                       const Lexicon& lexicon) {
  std::vector<detail::Unit> units;
  int order = 0;
  for (std::size_t b = 0; b < page.blocks.size(); ++b) {
    const Block& block = page.blocks[b];
    std::vector<Line> lines;
    std::size_t start = 0;
    const std::string& raw = block.text;
    while (start <= raw.size()) {
      std::size_t end = raw.find('\n', start);
      if (end == std::string::npos) end = raw.size();
      std::string_view raw_line(raw.data() + start, end - start);
      Line line;
      line.text = normalize(raw_line, options);
      if (!line.text.empty()) {
        std::u32string raw_cps = decode(raw_line);
        while (!raw_cps.empty() && (raw_cps.back() == U'\r' || is_space(raw_cps.back()))) raw_cps.pop_back();
        line.indented = starts_indented(raw_cps);
        line.width = printed_width(raw_cps);
        line.letter_spaced = is_letter_spaced(raw_cps);
        line.cps = decode(line.text);
        line.spaced = normalize_spaced(raw_cps, options);
        lines.push_back(std::move(line));
      }
      start = end + 1;
    }
    if (lines.empty()) {
      continue;  // a block of white space only: nothing to place
    }
    std::size_t width = 0;
    for (const Line& l : lines) width = std::max(width, l.cps.size());

    auto make_unit = [&](std::string text, std::string spaced, int line_index, bool indented) {
      detail::Unit u;
      u.text = std::move(text);
      u.spaced = std::move(spaced);
      u.sources = {static_cast<int>(b)};
      u.order = order++;
      u.line_in_block = line_index;
      u.font_size = block.font_size;
      u.bold = block.bold;
      u.bbox = block.bbox;
      u.starts_indented = indented;
      return u;
    };

    std::vector<detail::Unit> block_units;
    const std::size_t measure = column_measure(lines);
    const ColumnShape shape = column_shape(lines, measure);
    if (shape.length) {
      // Hard-wrapped column lines: a paragraph starts at an indented line, or
      // after a sentence that ends short of the measure. Where paragraphs are
      // indented, a short unindented line after a sentence end, with an
      // indented line under it, is an intertitle. Where none is (the indent
      // dropped by the extractor), a paragraph's first line still shows it:
      // after a sentence end, a line two ems short of the measure (a closing
      // punctuation mark may hang past it) opens a paragraph.
      bool uses_indent = std::any_of(lines.begin() + 1, lines.end(), [](const Line& l) { return l.indented; });
      const double printed = printed_measure(lines);
      auto opens_unindented = [&](const Line& l) {
        double w = l.width;
        if (w > printed - 1.5 && (is_punct(l.cps.back()) || is_closer(l.cps.back()))) w -= 1;
        return w >= printed - 2.5 && w <= printed - 1.5;
      };
      std::string current, spaced;
      char32_t current_last = 0;  // the last code point of `current` (not decoded again per line)
      bool current_indented = lines[0].indented;
      int index = 0;
      bool opened_above = false;  // the line above opened a paragraph: it holds two ems less
      std::vector<std::size_t> first_lines{0};  // the first line of each paragraph
      for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool last_line = i + 1 == lines.size();
        bool after_end = i > 0 && ends_sentence(lines[i - 1].cps);
        bool new_paragraph = false;
        if (after_end) {
          if (lines[i - 1].width <= printed - (opened_above ? 3 : 1)) new_paragraph = true;
          else if (uses_indent)
            new_paragraph = !last_line && lines[i].width < printed - 2 && lines[i + 1].indented;
          else  // (the block's last line: a first line cut by the column's end)
            new_paragraph = opens_unindented(lines[i]) && (!last_line || !ends_clause(lines[i].cps));
        }
        // Without indents, a line exactly two ems short of the measure, with
        // a full line under it, is a paragraph's first line even after a line
        // ending no sentence: that line was a heading (a line of text ends
        // full, or one em short where a mark could not open the next line).
        if (!after_end && !uses_indent && i > 0 && !last_line && std::abs(lines[i].width - (printed - 2)) <= 0.25 &&
            lines[i + 1].width >= printed - 1 && !is_punct(lines[i].cps.back()) && !is_closer(lines[i].cps.back()))
          new_paragraph = true;
        // A short line that ends no clause stands alone (a byline, an
        // intertitle, a one-line paragraph such as 编辑同志：).
        bool after_standalone = i > 0 && shape.length(lines[i - 1]) * 10 < shape.measure * 7 &&
                                lines[i - 1].cps.back() != U'，' && lines[i - 1].cps.back() != U'、';
        // (A line opening on a closing mark or a comma goes on with the
        // sentence above: the mark was pushed off that line, which may only
        // look short or finished without it.)
        const char32_t first = lines[i].cps.front();
        // (Nor does a break inside a figure part paragraphs: 49 / .5%.)
        const bool goes_on = is_closer(first) || is_sentence_end(first) || first == U'，' || first == U'、' ||
                             first == U'；' || first == U'：' || (i > 0 && cuts_figure(lines[i - 1].cps, lines[i].cps));
        new_paragraph = i > 0 && (lines[i].indented || (!goes_on && (new_paragraph || after_standalone)));
        opened_above = new_paragraph || (i == 0 && lines[0].indented);  // (an indented first line opened one too)
        if (new_paragraph && !current.empty()) {
          block_units.push_back(make_unit(std::move(current), std::move(spaced), index++, current_indented));
          current.clear();
          spaced.clear();
          current_indented = lines[i].indented;
          first_lines.push_back(i);
        }
        if (!spaced.empty()) spaced += '\n';
        spaced += lines[i].spaced;
        if (!current.empty() && !is_han(current_last) && !is_han(lines[i].cps.front()) &&
            !is_punct(lines[i].cps.front()) && !is_punct(current_last))
          current += ' ';  // Latin words keep their space across the wrap
        current += lines[i].text;
        if (!lines[i].cps.empty()) current_last = lines[i].cps.back();
      }
      if (!current.empty())
        block_units.push_back(make_unit(std::move(current), std::move(spaced), index++, current_indented));
      // Without indents, a paragraph whose first line stops two ems short of
      // the measure, with more lines under it, shows the indent it lost.
      for (std::size_t k = 0; k < block_units.size() && k < first_lines.size(); ++k) {
        const std::size_t l = first_lines[k];
        const std::size_t next_first = k + 1 < first_lines.size() ? first_lines[k + 1] : lines.size();
        if (!uses_indent && l + 1 < next_first && opens_unindented(lines[l])) block_units[k].opens_indent_width = true;
      }
      // The last paragraph filling the last line (or a first line, short of
      // it by the indent) and ending no sentence is cut by the column's
      // end: text going on elsewhere, however short the piece.
      const Line& last = lines.back();
      if (!block_units.empty() && last.width >= printed - 2.5 && !ends_clause(last.cps))
        block_units.back().runs_on = true;
      // Its first line opens no paragraph when it fills the measure (where
      // paragraphs show their indent, it is set flush): the text goes on
      // from another column.
      const Line& first = lines.front();
      // Where paragraphs show their indent, a full first line without one is
      // surely set flush.
      if (!block_units.empty() && uses_indent && !first.indented && first.width >= printed - 1) {
        block_units.front().opens_flush = true;
        block_units.front().tail_line = true;
      }
      if (!block_units.empty() && !uses_indent && first.width >= printed - 1) {
        block_units.front().opens_flush = true;
        // (Surely so where a paragraph under it shows its indent by width.)
        if (std::any_of(block_units.begin() + 1, block_units.end(),
                        [](const detail::Unit& u) { return u.opens_indent_width; }))
          block_units.front().tail_line = true;
      }
      // A first paragraph of one line ending a sentence, with another one
      // under it, is the last line of a paragraph cut by the column's start
      // where it shows no indent though the paragraphs under it do, or where
      // (indents dropped) it stops well short of a paragraph's first line.
      if (block_units.size() >= 2 && block_units.front().spaced.find('\n') == std::string::npos &&
          ends_sentence(first.cps) && (uses_indent ? !first.indented : first.width < printed - 2.5)) {
        block_units.front().opens_flush = true;
        block_units.front().tail_line = true;
      }
    } else {
      std::string current = lines[0].text, spaced = lines[0].spaced;
      bool current_indented = lines[0].indented;
      int index = 0;
      bool part_break = false;
      for (std::size_t i = 1; i < lines.size(); ++i) {
        bool part = false;
        if (is_wrap(lines[i - 1], lines[i], lexicon, width, i + 1 == lines.size(), lines.size() == 2, &part)) {
          current += lines[i].text;
          spaced += '\n';
          spaced += lines[i].spaced;
        } else {
          block_units.push_back(make_unit(std::move(current), std::move(spaced), index++, current_indented));
          block_units.back().opens_headline_part = part_break;
          current = lines[i].text;
          spaced = lines[i].spaced;
          current_indented = lines[i].indented;
          part_break = part;
        }
      }
      block_units.push_back(make_unit(std::move(current), std::move(spaced), index++, current_indented));
      block_units.back().opens_headline_part = part_break;
    }
    // Column text, or a short wrapped piece of it (two lines of one
    // sentence): its measure tells a lone first line before it.
    bool column = shape.length != nullptr;
    std::size_t block_measure = shape.length ? shape.measure : measure;
    if (!column && lines.size() >= 2 && block_units.size() == 1 &&
        std::any_of(lines.begin(), lines.end(), [](const Line& l) {
          return std::any_of(l.cps.begin(), l.cps.end(),
                             [](char32_t c) { return c == U'，' || c == U'。' || c == U'；' || c == U'、'; });
        })) {
      column = true;
      block_measure = width;
    }
    for (detail::Unit& u : block_units) {
      u.lines_in_block = static_cast<int>(block_units.size());
      if (column) u.column_measure = static_cast<int>(block_measure);
      units.push_back(std::move(u));
    }
  }
  // A block of two lines that no rule above read as one wrapped line, the
  // upper ending no clause and exactly as long as the measure of the column
  // text next to it, the lower shorter and ending a sentence
  // (……亲自带队检查各个 / 渡口安全……): the last two lines of a paragraph wrapped at
  // that measure, in the type of the text (display type sets fewer
  // characters to the column). One unit of column text, not headline lines.
  {
    std::vector<int> before(units.size(), 0), after(units.size(), 0);
    for (std::size_t i = 1; i < units.size(); ++i)
      before[i] = units[i - 1].column_measure > 0 ? units[i - 1].column_measure : before[i - 1];
    for (std::size_t i = units.size(); i-- > 1;)
      after[i - 1] = units[i].column_measure > 0 ? units[i].column_measure : after[i];
    // (The pairs are merged into a new list: erasing each second line in
    // place would move the page's tail once per pair.)
    std::vector<detail::Unit> merged;
    merged.reserve(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) {
      detail::Unit& u = units[i];
      if (i + 1 < units.size()) {
        detail::Unit& next = units[i + 1];
        const bool pair = u.lines_in_block == 2 && u.column_measure == 0 && next.sources == u.sources &&
                          u.spaced.find('\n') == std::string::npos && next.spaced.find('\n') == std::string::npos;
        if (pair) {
          const std::u32string a = decode(u.text), b = decode(next.text);
          const int length = static_cast<int>(a.size());
          if (a.size() >= 8 && b.size() < a.size() && !ends_clause(a) && ends_sentence(b) &&
              (length == before[i] || length == after[i + 1])) {
            u.text += next.text;
            u.spaced += '\n';
            u.spaced += next.spaced;
            u.lines_in_block = 1;
            u.column_measure = length;
            merged.push_back(std::move(u));
            ++i;
            continue;
          }
        }
      }
      merged.push_back(std::move(u));
    }
    units = std::move(merged);
  }
  // A block of one line as wide as the column text that follows it (less an
  // indent) is that paragraph's first line, split off by the extractor at
  // the indent: text, not a headline.
  for (std::size_t i = 0; i + 1 < units.size(); ++i) {
    detail::Unit& u = units[i];
    const detail::Unit& next = units[i + 1];
    if (u.lines_in_block != 1 || u.column_measure != 0 || next.column_measure == 0 || next.starts_indented) continue;
    const int length = static_cast<int>(text::length(u.text));
    if (length >= next.column_measure - 3 && length <= next.column_measure + 1) u.opens_column_paragraph = true;
  }
  // A line alone wider than the column text on both sides of it (by two
  // characters or more) cannot stand in that column: display type set
  // across columns (a headline), not a heading inside one.
  // (The nearest column measure on each side, found in one pass each way.)
  std::vector<int> measure_before(units.size(), 0), measure_after(units.size(), 0);
  for (std::size_t i = 1; i < units.size(); ++i)
    measure_before[i] = units[i - 1].column_measure > 0 ? units[i - 1].column_measure : measure_before[i - 1];
  for (std::size_t i = units.size(); i-- > 1;)
    measure_after[i - 1] = units[i].column_measure > 0 ? units[i].column_measure : measure_after[i];
  for (std::size_t i = 0; i < units.size(); ++i) {
    detail::Unit& u = units[i];
    if (u.lines_in_block != 1 || u.column_measure != 0) continue;
    const int before = measure_before[i], after = measure_after[i];
    const std::u32string c = decode(u.text);
    // (A line ending a sentence or opening on a bracket or dash is text set
    // whole or a caption, not a headline.)
    if (c.empty() || ends_clause(c) || is_opener(c.front()) || c.front() == U'—') continue;
    const int length = static_cast<int>(c.size());
    if (before > 0 && after > 0 && length >= std::max(before, after) + 2) u.wider_than_column = true;
  }
  return units;
}

}  // namespace banmian::text
