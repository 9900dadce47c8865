#include "text/indent_cut.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <functional>
#include <string>

#include "text/chars.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace banmian::text {
namespace {

// The non-blank lines of a block, without their trailing white space.
std::vector<std::u32string> lines_of(std::string_view block) {
  std::vector<std::u32string> out;
  std::size_t start = 0;
  while (start <= block.size()) {
    std::size_t end = block.find('\n', start);
    if (end == std::string_view::npos) end = block.size();
    std::u32string line = decode(block.substr(start, end - start));
    while (!line.empty() && is_space(line.back())) line.pop_back();
    bool blank = std::all_of(line.begin(), line.end(), [](char32_t c) { return is_space(c); });
    if (!blank) out.push_back(std::move(line));
    start = end + 1;
  }
  return out;
}

// The measure of column text: the widest of its lines but the last, or of
// three such lines or more the second widest, so that one line set wider
// (a two-em dash counted two, ⸺欧洲、非洲……) does not set it; 0 for a
// block of one line.
double measure_of(const std::vector<std::u32string>& lines) {
  std::vector<double> widths;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) widths.push_back(display_width(lines[i]));
  if (widths.empty()) return 0;
  std::sort(widths.begin(), widths.end(), std::greater<>());
  return widths.size() >= 3 ? widths[1] : widths[0];
}

double column_measure(std::string_view block) { return measure_of(lines_of(block)); }

// Typesetters squeeze full-width marks to half an em to fit a line, so a
// line with marks may count wider than the measure it was set in by this.
double squeezable(std::u32string_view line) {
  return 0.5 * static_cast<double>(
                   std::count_if(line.begin(), line.end(), [](char32_t c) { return is_punct(c) && c >= 0x2000; }));
}

// Ems by which a line may be narrower in print than display_width counts
// it: an extractor's two- or three-em dash (⸺, ⸻) may stand for a dash set
// one em wide (——销量同比增长。 as the first line of a paragraph whose
// indent leaves it ten ems of a twelve-em column).
double dash_slack(std::u32string_view line) {
  double slack = 0;
  for (char32_t c : line)
    if (const int dashes = em_dash_count(c)) slack += dashes - 1;
  return slack;
}

// A block's last line as another column's end that a lone line's block
// may continue (continues_elsewhere): set when the block has several lines
// and its last one is full and ends no sentence.
struct ColumnEnd {
  std::u32string last;  // empty: no such end
  double measure = 0;
};

// Blocks searched on each side of a lone line for another column's end:
// more than a real page holds, and it keeps an oversized page linear.
constexpr std::size_t kElsewhereWindow = 400;

// True when the block after lone line `i` continues the last line of
// another block of column text of its measure (a full line that ends no
// sentence) so much better than the lone line that the words across that
// other cut (约旦河 / 西岸) outweigh any reading across its own.
bool continues_elsewhere(const Page& page, std::size_t i, const std::vector<char>& lone,
                         const std::vector<ColumnEnd>& ends, const CutGain& cut_gain) {
  const std::vector<std::u32string> a = lines_of(page.blocks[i].text), b = lines_of(page.blocks[i + 1].text);
  if (a.empty() || b.empty()) return false;
  const double own = cut_gain(a.back(), b.front());
  const double measure = measure_of(b);
  const std::size_t from = i > kElsewhereWindow ? i - kElsewhereWindow : 0;
  const std::size_t to = std::min(page.blocks.size(), i + kElsewhereWindow);
  for (std::size_t j = from; j < to; ++j) {
    if (j == i || j == i + 1 || lone[j] || ends[j].last.empty()) continue;
    if (std::abs(ends[j].measure - measure) > 1 || display_width(ends[j].last) < measure - 1) continue;
    const double other = cut_gain(ends[j].last, b.front());
    if (other >= kMisplacedCutGain && other - own >= kMisplacedCutMargin) return true;
  }
  return false;
}

}  // namespace

double display_width(std::u32string_view line) {
  while (!line.empty() && is_space(line.front())) line.remove_prefix(1);
  while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  double w = 0;
  for (char32_t c : line) {
    if (const int dashes = em_dash_count(c)) w += dashes;  // ⸺ is two ems wide
    else w += (c < 0x80 || (c >= 0xFF61 && c <= 0xFFDC)) ? 0.5 : 1.0;
  }
  return w;
}

bool is_indent_cut(std::string_view lone, std::string_view rest, bool full_sentence) {
  const std::vector<std::u32string> a = lines_of(lone), b = lines_of(rest);
  if (a.size() != 1 || b.size() < 2) return false;
  std::u32string_view line(a[0]);
  while (!line.empty() && is_space(line.front())) line.remove_prefix(1);
  // One run of text: a line with inner spaces is a header, a byline or
  // letter-spaced display type.
  if (line.size() < 3 || std::any_of(line.begin(), line.end(), [](char32_t c) { return is_space(c); })) return false;
  // A first line that ends its sentence has nothing to continue, unless a
  // quotation it opened closes on the next line (“……复兴。 / ”因此，……): no
  // paragraph opens with a closing mark.
  const bool closed_below = is_closer(b[0].front()) && has_open_bracket(line);
  if (!closed_below && (line.back() == U'）' || line.back() == U')')) return false;
  if (!closed_below && !full_sentence && ends_sentence(line)) return false;
  // The rest starts flush with the column, on a full line.
  if (is_space(b[0].front())) return false;
  const double measure = measure_of(b);
  if (measure < 6 || display_width(b[0]) < measure - 1) return false;
  const double width = display_width(line);
  return width >= measure - 3.5 && width - dash_slack(line) <= measure - 1;
}

bool is_indent_cut_short(std::string_view lone, std::string_view rest, double measure,
                         const Lexicon* lexicon) {
  const std::vector<std::u32string> a = lines_of(lone), b = lines_of(rest);
  if (a.size() != 1 || b.size() != 1 || measure < 6) return false;
  std::u32string_view line(a[0]), last(b[0]);
  while (!line.empty() && is_space(line.front())) line.remove_prefix(1);
  if (line.size() < 3 || is_space(last.front())) return false;
  const auto spaced = [](std::u32string_view l) {
    return std::any_of(l.begin(), l.end(), [](char32_t c) { return is_space(c); });
  };
  if (spaced(line) || spaced(last)) return false;
  if (ends_sentence(line) || line.back() == U'）' || line.back() == U')') return false;
  const double width = display_width(line);
  if (width < measure - 3.5 || width > measure - 1 || display_width(last) - squeezable(last) > measure) return false;
  // The two lines read as one: a bracket or quotation opened above closes
  // below, the line above stops on a comma, the line below opens on a mark
  // or ends the sentence (or a clause of a list, on a semicolon), or a word
  // of the lexicon spans the cut.
  if (has_open_bracket(line) && !has_open_bracket(std::u32string(line) + std::u32string(last))) return true;
  const char32_t end = line.back(), open = last.front(), tail = last.back();
  if (end == U'，' || end == U'、' || is_punct(open)) return true;
  if (ends_sentence(last) || tail == U'：' || tail == U':' || tail == U'；' || tail == U';') return true;
  if (lexicon) {
    std::u32string_view left = line, right = last;
    if (left.size() > 4) left = left.substr(left.size() - 4);
    if (right.size() > 4) right = right.substr(0, 4);
    if (lexicon->spanning_word_frequency(left, right) >= kSpanningWordFrequency) return true;
  }
  return false;
}

bool is_indent_cut_second_line(std::string_view lone, std::string_view line, std::string_view rest) {
  const std::vector<std::u32string> a = lines_of(line), b = lines_of(rest);
  if (a.size() != 1 || b.size() < 2) return false;
  std::u32string_view second(a[0]);
  while (!second.empty() && is_space(second.front())) second.remove_prefix(1);
  if (second.empty() || ends_sentence(second) ||
      std::any_of(second.begin(), second.end(), [](char32_t c) { return is_space(c); }))
    return false;
  const double measure = measure_of(b), width = display_width(second);
  if (width < measure - 1.5 || width - squeezable(second) > measure + 0.5) return false;
  return is_indent_cut(lone, std::string(line) + "\n" + std::string(rest));
}

bool is_indent_cut_after_heading(std::string_view block, std::string_view rest) {
  const std::vector<std::u32string> a = lines_of(block);
  if (a.size() < 2 || a.size() > 3) return false;
  if (!is_indent_cut(encode(a.back()), rest)) return false;
  const std::vector<std::u32string> b = lines_of(rest);
  const double measure = measure_of(b);
  if (measure < 9) return false;  // a wrapped headline, not column text
  // The line above is no line of the same paragraph: it has spaces in it,
  // ends a sentence or a label, or is of another width.
  std::u32string_view above(a[a.size() - 2]);
  while (!above.empty() && is_space(above.front())) above.remove_prefix(1);
  if (above.empty()) return false;
  const bool spaced = std::any_of(above.begin(), above.end(), [](char32_t c) { return is_space(c); });
  const double gap = display_width(above) - display_width(a.back());
  return spaced || ends_sentence(above) || above.back() == U'：' || above.back() == U':' || gap > 1.5 ||
         gap < -1.5;
}

IndentCutTrace rejoin_indent_cuts(const Page& page, const Lexicon* lexicon,
                                  const std::function<bool(std::string_view)>& stands_alone,
                                  const CutGain& cut_gain) {
  IndentCutTrace out;
  const std::size_t n = page.blocks.size();
  std::vector<char> alone(n, 0);
  if (stands_alone)
    for (std::size_t i = 0; i < n; ++i) alone[i] = stands_alone(page.blocks[i].text);
  // lone[i]: block i is a lone first line; tail[i]: block i ends with one
  // (after a heading or label printed in the same block); held[i]: block i
  // is the second line of such a paragraph, printed apart too.
  std::vector<char> lone(n, 0), tail(n, 0), held(n, 0), apart(n, 0);
  int count = 0;
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (i > 0 && (lone[i - 1] || held[i - 1])) continue;  // already the rest of a cut
    if (!alone[i] && is_indent_cut(page.blocks[i].text, page.blocks[i + 1].text)) {
      lone[i] = 1;
      ++count;
    } else if (!alone[i] && i + 2 < n &&
               is_indent_cut_second_line(page.blocks[i].text, page.blocks[i + 1].text, page.blocks[i + 2].text)) {
      lone[i] = held[i + 1] = 1;
      ++count;
      ++i;
    } else if (is_indent_cut_after_heading(page.blocks[i].text, page.blocks[i + 1].text)) {
      tail[i] = 1;
    }
  }
  // Once the page shows the cut, a lone line before a one-line block is cut
  // the same way when as wide as the column text around it less the indent
  // and the two lines read as one (a short paragraph: （本报东京2月24 / 日电）).
  if (count >= kMinIndentCuts) {
    for (std::size_t i = 0; i + 1 < n; ++i) {
      if (lone[i] || tail[i] || held[i] || (i > 0 && (lone[i - 1] || held[i - 1])) || lone[i + 1] || tail[i + 1] ||
          held[i + 1])
        continue;
      // (The nearest block of several lines sets the measure, one before
      // one after, out to a few blocks: short paragraphs come in runs.)
      double measure = 0;
      for (std::size_t d = 1; measure == 0 && d <= 4; ++d) {
        if (i >= d) measure = column_measure(page.blocks[i - d].text);
        if (measure == 0 && i + 1 + d < n) measure = column_measure(page.blocks[i + 1 + d].text);
      }
      if (!alone[i] && is_indent_cut_short(page.blocks[i].text, page.blocks[i + 1].text, measure, lexicon)) lone[i] = 1;
    }
    // And a lone line that ends its sentence at that width opens the
    // paragraph under it (冰天雪地，秣马厉兵。 / 连日来，……): the extractor
    // cuts every indented first line off, so a block that opens on a full,
    // flush line continues the paragraph above it.
    for (std::size_t i = 0; i + 1 < n; ++i) {
      if (lone[i] || tail[i] || held[i] || (i > 0 && (lone[i - 1] || held[i - 1])) || lone[i + 1] || tail[i + 1] ||
          held[i + 1])
        continue;
      if (!alone[i] && is_indent_cut(page.blocks[i].text, page.blocks[i + 1].text, true)) lone[i] = 1;
    }
  }
  // A lone line whose block below reads on far better from another
  // column's end (拒绝把约旦河 / 西岸地区归还……) sits before text that is
  // not its own: the extractor printed its rest elsewhere. It stays a line
  // of its own, for continuation repair to place.
  if (count >= kMinIndentCuts && cut_gain) {
    std::vector<ColumnEnd> ends(n);  // each block decoded once
    for (std::size_t j = 0; j < n; ++j) {
      std::vector<std::u32string> e = lines_of(page.blocks[j].text);
      if (e.size() < 2 || ends_sentence(e.back())) continue;
      ends[j].measure = measure_of(e);
      ends[j].last = std::move(e.back());
    }
    for (std::size_t i = 0; i + 1 < n; ++i)
      if (lone[i] && !held[i + 1] && continues_elsewhere(page, i, lone, ends, cut_gain)) {
        lone[i] = 0;
        apart[i] = 1;
      }
  }
  if (count < kMinIndentCuts) {
    out.page = page;
    for (std::size_t i = 0; i < n; ++i) out.origins.push_back({static_cast<int>(i)});
    out.runs_on.assign(n, 0);
    return out;
  }
  out.page.name = page.name;
  out.page.format = page.format;
  out.page.width = page.width;
  out.page.height = page.height;
  std::u32string carried;         // the first line moved to the next block
  std::vector<int> carried_from;  // the blocks it came from
  for (std::size_t i = 0; i < n; ++i) {
    if (held[i] && !carried.empty()) {
      std::u32string line = lines_of(page.blocks[i].text).back();
      line.erase(line.begin(), std::find_if(line.begin(), line.end(), [](char32_t c) { return !is_space(c); }));
      carried += U"\n" + line;
      carried_from.push_back(static_cast<int>(i));
      continue;
    }
    const bool has_prefix = !carried.empty();
    std::vector<int> origins;
    if (has_prefix) origins = std::move(carried_from);
    carried_from.clear();
    origins.push_back(static_cast<int>(i));
    std::string prefix;
    if (has_prefix) {
      // The ideographic indent the extractor dropped marks the paragraph start.
      prefix = "\u3000\u3000" + encode(carried) + "\n";
      carried.clear();
      ++out.rejoined;
    }
    if (lone[i] || tail[i]) {
      std::vector<std::u32string> lines = lines_of(page.blocks[i].text);
      carried = lines.back();
      carried.erase(carried.begin(),
                    std::find_if(carried.begin(), carried.end(), [](char32_t c) { return !is_space(c); }));
      carried_from = {static_cast<int>(i)};
      if (lone[i]) continue;
      Block head = page.blocks[i];
      head.text = prefix;
      for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
        if (k > 0) head.text += "\n";
        head.text += encode(lines[k]);
      }
      out.page.blocks.push_back(std::move(head));
      out.origins.push_back(std::move(origins));
      continue;
    }
    Block block = page.blocks[i];
    block.text = prefix + block.text;
    out.page.blocks.push_back(std::move(block));
    out.origins.push_back(std::move(origins));
    out.runs_on.resize(out.page.blocks.size(), 0);
    out.runs_on.back() = apart[i] && !has_prefix;
  }
  out.runs_on.resize(out.page.blocks.size(), 0);
  return out;
}

}  // namespace banmian::text
