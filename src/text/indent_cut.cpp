#include "text/indent_cut.hpp"

#include <algorithm>
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

bool is_indent_cut(std::string_view lone, std::string_view rest) {
  const std::vector<std::u32string> a = lines_of(lone), b = lines_of(rest);
  if (a.size() != 1 || b.size() < 2) return false;
  std::u32string_view line(a[0]);
  while (!line.empty() && is_space(line.front())) line.remove_prefix(1);
  // One run of text: a line with inner spaces is a header, a byline or
  // letter-spaced display type.
  if (line.size() < 3 || std::any_of(line.begin(), line.end(), [](char32_t c) { return is_space(c); })) return false;
  // A first line that ends its sentence has nothing to continue.
  if (ends_sentence(line) || line.back() == U'）' || line.back() == U')') return false;
  // The rest starts flush with the column, on a full line.
  if (is_space(b[0].front())) return false;
  double measure = 0;
  for (std::size_t i = 0; i + 1 < b.size(); ++i) measure = std::max(measure, display_width(b[i]));
  if (measure < 6 || display_width(b[0]) < measure - 1) return false;
  const double width = display_width(line);
  return width >= measure - 3.5 && width <= measure - 1;
}

bool is_indent_cut_after_heading(std::string_view block, std::string_view rest) {
  const std::vector<std::u32string> a = lines_of(block);
  if (a.size() < 2 || a.size() > 3) return false;
  if (!is_indent_cut(encode(a.back()), rest)) return false;
  const std::vector<std::u32string> b = lines_of(rest);
  double measure = 0;
  for (std::size_t i = 0; i + 1 < b.size(); ++i) measure = std::max(measure, display_width(b[i]));
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

IndentCutTrace rejoin_indent_cuts(const Page& page) {
  IndentCutTrace out;
  const std::size_t n = page.blocks.size();
  // lone[i]: block i is a lone first line; tail[i]: block i ends with one
  // (after a heading or label printed in the same block).
  std::vector<char> lone(n, 0), tail(n, 0);
  int count = 0;
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (i > 0 && lone[i - 1]) continue;  // already the rest of a cut
    if (is_indent_cut(page.blocks[i].text, page.blocks[i + 1].text)) {
      lone[i] = 1;
      ++count;
    } else if (is_indent_cut_after_heading(page.blocks[i].text, page.blocks[i + 1].text)) {
      tail[i] = 1;
    }
  }
  if (count < kMinIndentCuts) {
    out.page = page;
    for (std::size_t i = 0; i < n; ++i) out.origins.push_back({static_cast<int>(i)});
    return out;
  }
  out.page.name = page.name;
  out.page.format = page.format;
  out.page.width = page.width;
  out.page.height = page.height;
  std::u32string carried;  // the first line moved to the next block
  for (std::size_t i = 0; i < n; ++i) {
    const bool has_prefix = !carried.empty();
    std::vector<int> origins;
    if (has_prefix) origins.push_back(static_cast<int>(i) - 1);
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
  }
  return out;
}

}  // namespace banmian::text
