// The geometry stage: words -> column lines -> column runs -> XY-cut order ->
// paragraphs. See layout.hpp for the method.
#include "layout/layout.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <string>
#include <tuple>

#include "read/readers.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace banmian::layout {
namespace {

using detail::is_cjk_joiner;

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  std::size_t mid = values.size() / 2;
  return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

BBox unite(const BBox& a, const BBox& b) {
  return BBox{std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1),
              std::max(a.y1, b.y1)};
}

using text::first_code_point;
using text::last_code_point;

bool ends_sentence(std::string_view s) {
  std::u32string cps = text::decode(s);
  while (!cps.empty() && (cps.back() == ' ' || cps.back() == 0x3000)) cps.pop_back();
  if (cps.empty()) return false;
  return text::ends_sentence(cps) || cps.back() == U'：' || cps.back() == ':';
}

bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Appends a wrapped line to a paragraph: CJK and digits join directly, two
// Latin words keep one space between them.
void append_wrapped(std::string& out, std::string_view line) {
  if (line.empty()) return;
  if (!out.empty()) {
    char32_t last = last_code_point(out);
    char32_t first = first_code_point(line);
    bool latin_before = is_ascii_letter(last) || last == ',' || last == '.' || last == ';' ||
                        last == ':' || last == '!' || last == '?';
    if (latin_before && is_ascii_letter(first)) out += ' ';
  }
  out += line;
}

// Appends the next word of a line: no space when both sides are CJK.
void append_word(std::string& out, std::string_view word) {
  if (word.empty()) return;
  if (!out.empty() && !(is_cjk_joiner(last_code_point(out)) && is_cjk_joiner(first_code_point(word))))
    out += ' ';
  out += word;
}

// ---------------------------------------------------------------------------
// Word level

struct Word {
  int block = 0;  // input block index
  BBox box;
  double font = 0;  // estimated font size
  double cy = 0;    // vertical centre
};

struct Line {
  std::vector<int> words;  // indices into the word list, left to right
  BBox box;
  double font = 0;
  double cy = 0;
  std::string text;
};

struct Run {
  std::vector<int> lines;  // indices into the line list, top to bottom
  double font = 0;
  double left = 0;    // the column edge: the leftmost line start
  double right = 0;   // the measure: median line end (max for short runs)
  BBox core;          // the box used for cutting (left..right, glyph heights)
};

// The ratio of a word box's height to its font size, from words made of
// CJK characters, whose advance is one em each.
double box_to_font_ratio(const Page& page) {
  std::vector<double> ratios;
  for (const Block& block : page.blocks) {
    if (!block.bbox) continue;
    std::u32string cps = text::decode(block.text);
    if (cps.size() < 2) continue;
    bool all_cjk = std::all_of(cps.begin(), cps.end(), [](char32_t c) { return is_cjk_joiner(c); });
    if (!all_cjk) continue;
    double em = block.bbox->width() / static_cast<double>(cps.size());
    if (em <= 0) continue;
    ratios.push_back(block.bbox->height() / em);
  }
  double r = median(ratios);
  return r > 0.5 && r < 5 ? r : 1.2;
}

// x positions where at least `min_count` words start (bins of half a point).
std::vector<double> column_edges(const std::vector<Word>& words, int min_count) {
  std::map<long, int> bins;
  for (const Word& w : words) ++bins[std::lround(w.box.x0 * 2)];
  std::vector<double> edges;
  for (auto it = bins.begin(); it != bins.end(); ++it) {
    int count = it->second;
    auto next = std::next(it);
    if (next != bins.end() && next->first == it->first + 1) count += next->second;
    if (it != bins.begin() && std::prev(it)->first == it->first - 1) count += std::prev(it)->second;
    if (count >= min_count) edges.push_back(static_cast<double>(it->first) / 2);
  }
  return edges;
}

bool near_edge(const std::vector<double>& edges, double x, double tolerance) {
  auto it = std::lower_bound(edges.begin(), edges.end(), x - tolerance);
  return it != edges.end() && *it <= x + tolerance;
}

bool similar_font(double a, double b, double tolerance) {
  return std::abs(a - b) <= tolerance * std::max(a, b);
}

// Builds column lines from words: words on one baseline merge across small
// gaps unless the next word starts on a column edge.
std::vector<Line> build_lines(const Page& page, const std::vector<Word>& words, double body_font) {
  std::vector<int> order(words.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    return words[a].cy != words[b].cy ? words[a].cy < words[b].cy : words[a].box.x0 < words[b].box.x0;
  });
  std::vector<double> edges = column_edges(words, 4);

  std::vector<Line> lines;
  std::size_t i = 0;
  while (i < order.size()) {
    // A band of words whose centres lie close to the first one's.
    std::size_t j = i + 1;
    const Word& first = words[order[i]];
    while (j < order.size() && words[order[j]].cy - first.cy <= 0.2 * first.font) ++j;
    std::vector<int> band(order.begin() + static_cast<long>(i), order.begin() + static_cast<long>(j));
    std::sort(band.begin(), band.end(), [&](int a, int b) { return words[a].box.x0 < words[b].box.x0; });
    std::vector<Line> open;  // lines of this band, in x order of their last word
    for (int w : band) {
      const Word& word = words[w];
      Line* target = nullptr;
      for (Line& line : open) {
        const Word& last = words[line.words.back()];
        double gap = word.box.x0 - last.box.x1;
        double font = std::max(word.font, last.font);
        if (!similar_font(word.font, last.font, 0.2)) continue;
        if (std::abs(word.cy - last.cy) > 0.25 * font) continue;
        if (gap > 0.6 * font || gap < -1.2 * font) continue;
        // A word that starts a column is never glued to the line on its
        // left, unless both are display type a space apart: a headline
        // across columns, whose words may fall on a column edge.
        bool display_space = font > 1.5 * body_font && gap <= 0.3 * font;
        if (near_edge(edges, word.box.x0, 0.75) && word.box.x0 - line.box.x0 > 2 * font && !display_space)
          continue;
        target = &line;
      }
      if (target) {
        target->words.push_back(w);
        target->box = unite(target->box, word.box);
      } else {
        Line line;
        line.words.push_back(w);
        line.box = word.box;
        open.push_back(std::move(line));
      }
    }
    for (Line& line : open) {
      std::vector<double> fonts, centres;
      for (int w : line.words) {
        fonts.push_back(words[w].font);
        centres.push_back(words[w].cy);
        append_word(line.text, page.blocks[static_cast<std::size_t>(words[w].block)].text);
      }
      line.font = median(fonts);
      line.cy = median(centres);
      lines.push_back(std::move(line));
    }
    i = j;
  }
  return lines;
}

// Stacks lines into column runs: same font size, regular pitch, one left
// edge (indents allowed).
std::vector<Run> build_runs(std::vector<Line>& lines) {
  std::vector<int> order(lines.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    return lines[a].cy != lines[b].cy ? lines[a].cy < lines[b].cy : lines[a].box.x0 < lines[b].box.x0;
  });
  std::vector<Run> runs;
  std::vector<int> open;  // runs that may still grow
  for (int l : order) {
    const Line& line = lines[l];
    int best = -1;
    double best_cost = 0;
    std::size_t keep = 0;
    for (std::size_t k = 0; k < open.size(); ++k) {
      Run& run = runs[static_cast<std::size_t>(open[k])];
      const Line& last = lines[static_cast<std::size_t>(run.lines.back())];
      double dy = line.cy - last.cy;
      if (dy > 2.2 * run.font) continue;  // closed for good
      open[keep++] = open[k];
      if (!similar_font(line.font, run.font, 0.05)) continue;
      if (dy < 0.6 * run.font) continue;
      double dx = line.box.x0 - run.left;
      // A run's first line may be indented, so its second may start left of it.
      double reach_left = run.lines.size() == 1 ? 3.5 * run.font : 0.6 * run.font;
      if (dx < -reach_left || dx > 3.5 * run.font) continue;
      if (line.box.x0 > last.box.x1) continue;
      double cost = std::abs(dx) + dy;
      if (best < 0 || cost < best_cost) {
        best = open[k];
        best_cost = cost;
      }
    }
    open.resize(keep);
    if (best >= 0) {
      Run& run = runs[static_cast<std::size_t>(best)];
      run.lines.push_back(l);
      run.left = std::min(run.left, line.box.x0);
    } else {
      Run run;
      run.lines.push_back(l);
      run.font = line.font;
      run.left = line.box.x0;
      runs.push_back(std::move(run));
      open.push_back(static_cast<int>(runs.size()) - 1);
    }
  }
  for (Run& run : runs) {
    std::vector<double> ends;
    double top = 1e300, bottom = -1e300, max_end = -1e300;
    for (int l : run.lines) {
      const Line& line = lines[static_cast<std::size_t>(l)];
      ends.push_back(line.box.x1);
      max_end = std::max(max_end, line.box.x1);
      top = std::min(top, line.cy - line.font / 2);
      bottom = std::max(bottom, line.cy + line.font / 2);
    }
    run.right = run.lines.size() >= 3 ? median(ends) : max_end;
    run.right = std::max(run.right, run.left + run.font / 2);
    run.core = BBox{run.left, top, run.right, bottom};
  }
  return runs;
}

// ---------------------------------------------------------------------------
// XY-cut over rectangles

// Splits items into groups separated by gaps along one axis; returns one
// group when there is no gap.
std::vector<std::vector<int>> split_by_gaps(const std::vector<BBox>& boxes, std::vector<int> items,
                                            bool vertical, double tolerance) {
  auto lo = [&](int i) { return vertical ? boxes[static_cast<std::size_t>(i)].x0 : boxes[static_cast<std::size_t>(i)].y0; };
  auto hi = [&](int i) { return vertical ? boxes[static_cast<std::size_t>(i)].x1 : boxes[static_cast<std::size_t>(i)].y1; };
  std::stable_sort(items.begin(), items.end(), [&](int a, int b) { return lo(a) < lo(b); });
  std::vector<std::vector<int>> groups;
  double reach = -1e300;
  for (int i : items) {
    if (groups.empty() || lo(i) >= reach - tolerance) {
      groups.emplace_back();
      reach = hi(i);
    }
    groups.back().push_back(i);
    reach = std::max(reach, hi(i));
  }
  return groups;
}

// Orders items by recursive XY-cut: vertical cuts (left to right) first,
// then horizontal cuts (top to bottom). Each level costs O(n log n) and
// removes at least one item, so the whole is O(n^2 log n) in the worst case
// for n column runs (a few hundred on a page). `budget` bounds the items
// all levels may look at together: past it (boxes strewn over one another,
// nothing like a page) the rest is read top to bottom.
constexpr std::size_t kXyCutBudget = 4'000'000;
void xy_cut(const std::vector<BBox>& boxes, std::vector<int> items, double tolerance,
            std::vector<int>& out, std::size_t& budget, int depth = 0) {
  budget = budget > items.size() ? budget - items.size() : 0;
  if (items.size() <= 1 || depth > 1000 || budget == 0) {
    std::stable_sort(items.begin(), items.end(), [&](int a, int b) {
      return boxes[static_cast<std::size_t>(a)].y0 < boxes[static_cast<std::size_t>(b)].y0;
    });
    out.insert(out.end(), items.begin(), items.end());
    return;
  }
  for (bool vertical : {true, false}) {
    std::vector<std::vector<int>> groups = split_by_gaps(boxes, items, vertical, tolerance);
    if (groups.size() > 1) {
      for (auto& group : groups) xy_cut(boxes, std::move(group), tolerance, out, budget, depth + 1);
      return;
    }
  }
  // No clean cut (an L-shaped article, a box inside a column): read the
  // top-most item, then cut the rest again.
  std::stable_sort(items.begin(), items.end(), [&](int a, int b) {
    const BBox& x = boxes[static_cast<std::size_t>(a)];
    const BBox& y = boxes[static_cast<std::size_t>(b)];
    return x.y0 != y.y0 ? x.y0 < y.y0 : x.x0 < y.x0;
  });
  out.push_back(items.front());
  items.erase(items.begin());
  xy_cut(boxes, std::move(items), tolerance, out, budget, depth + 1);
}

// A headline: display items stacked in one column range (kicker, title,
// subtitles), the items it owns below it, and the box around all of them.
struct ArticleBox {
  std::vector<int> headline;  // item indices, top to bottom
  std::vector<int> owned;     // item indices
  BBox headline_box;
  BBox box;
};

double x_overlap(const BBox& a, const BBox& b) {
  return std::max(0.0, std::min(a.x1, b.x1) - std::max(a.x0, b.x0));
}

// Stacks display items into headlines: an item joins the headline above it
// when their column ranges mostly overlap and the vertical gap is small.
std::vector<ArticleBox> stack_headlines(const std::vector<BBox>& boxes, const std::vector<bool>& is_display,
                                        double body_font, double tolerance) {
  std::vector<int> display;
  for (std::size_t g = 0; g < boxes.size(); ++g)
    if (is_display[g]) display.push_back(static_cast<int>(g));
  std::stable_sort(display.begin(), display.end(), [&](int a, int b) {
    const BBox& x = boxes[static_cast<std::size_t>(a)];
    const BBox& y = boxes[static_cast<std::size_t>(b)];
    return x.y0 != y.y0 ? x.y0 < y.y0 : x.x0 < y.x0;
  });
  std::vector<ArticleBox> articles;
  for (int g : display) {
    const BBox& box = boxes[static_cast<std::size_t>(g)];
    ArticleBox* target = nullptr;
    for (ArticleBox& article : articles) {
      const BBox& head = article.headline_box;
      double gap = box.y0 - head.y1;
      if (gap < -tolerance || gap > 1.5 * body_font) continue;
      if (x_overlap(box, head) < 0.5 * std::min(box.width(), head.width())) continue;
      target = &article;
    }
    if (target) {
      target->headline.push_back(g);
      target->headline_box = unite(target->headline_box, box);
    } else {
      ArticleBox article;
      article.headline.push_back(g);
      article.headline_box = box;
      articles.push_back(std::move(article));
    }
  }
  return articles;
}

// Returns the article whose headline owns an item: the nearest headline
// above it that overlaps it in x, provided that headline's column range
// holds most of the item; -1 when none does.
int owner_of(const BBox& box, const std::vector<ArticleBox>& articles, double tolerance) {
  int nearest = -1;
  for (std::size_t a = 0; a < articles.size(); ++a) {
    const BBox& head = articles[a].headline_box;
    if (head.y1 > box.y0 + tolerance || head.y0 >= box.y0) continue;
    if (x_overlap(head, box) <= 0.2 * box.width()) continue;
    if (nearest < 0 || head.y1 > articles[static_cast<std::size_t>(nearest)].headline_box.y1)
      nearest = static_cast<int>(a);
  }
  if (nearest < 0) return -1;
  const BBox& head = articles[static_cast<std::size_t>(nearest)].headline_box;
  return x_overlap(head, box) >= 0.6 * box.width() ? nearest : -1;
}

// Widens each headline to the columns its article spans. A headline set in
// a PDF is only as wide as its text, often one or two of the article's
// columns; the columns below it that start within a small gap under it,
// side by side with the ones it covers (separated by no more than a
// gutter), belong to it too, unless another headline sits directly above
// them. Headlines are set flush left over their first column, so a column
// that two headlines could reach goes to the one on its left.
void extend_headlines(const std::vector<BBox>& boxes, const std::vector<bool>& display,
                      std::vector<ArticleBox>& articles, double body_font, double tolerance) {
  std::vector<BBox> heads;
  for (const ArticleBox& article : articles) heads.push_back(article.headline_box);
  double reach_down = 3.5 * body_font;
  double gutter = 2 * body_font;
  std::vector<std::vector<int>> candidates(articles.size());
  std::vector<int> by_top(boxes.size());
  std::iota(by_top.begin(), by_top.end(), 0);
  std::stable_sort(by_top.begin(), by_top.end(), [&](int x, int y) {
    return boxes[static_cast<std::size_t>(x)].y0 < boxes[static_cast<std::size_t>(y)].y0;
  });
  for (std::size_t a = 0; a < articles.size(); ++a) {
    const BBox& head = heads[a];
    // Short items right under the headline (bylines, a deck in small type)
    // push the start of its columns down.
    double floor = head.y1;
    for (int g : by_top) {
      const BBox& box = boxes[static_cast<std::size_t>(g)];
      if (box.y0 > floor + reach_down) break;
      if (display[static_cast<std::size_t>(g)] || box.y0 < head.y1 - tolerance) continue;
      if (x_overlap(head, box) > 0 && box.height() <= 5 * body_font) floor = std::max(floor, box.y1);
    }
    for (std::size_t g = 0; g < boxes.size(); ++g) {
      const BBox& box = boxes[g];
      if (display[g]) continue;
      if (box.y0 < head.y1 - tolerance || box.y0 > floor + reach_down) continue;
      // Another headline directly above it (at this headline's level or
      // lower) claims it.
      bool claimed = false;
      for (std::size_t b = 0; b < heads.size() && !claimed; ++b)
        claimed = b != a && x_overlap(heads[b], box) > 0.2 * box.width() &&
                  heads[b].y1 <= box.y0 + tolerance && heads[b].y1 >= head.y0;
      if (!claimed) candidates[a].push_back(static_cast<int>(g));
    }
  }
  std::vector<bool> taken(boxes.size(), false);
  // First to the right (and the columns under the headline), then to the
  // left over the columns no headline reached.
  for (bool leftward : {false, true}) {
    for (std::size_t a = 0; a < articles.size(); ++a) {
      BBox& extent = articles[a].headline_box;
      bool grown = true;
      while (grown) {
        grown = false;
        for (int g : candidates[a]) {
          if (taken[static_cast<std::size_t>(g)]) continue;
          const BBox& box = boxes[static_cast<std::size_t>(g)];
          bool beside = x_overlap(extent, box) > 0 ||
                        (box.x0 >= extent.x1 - tolerance && box.x0 <= extent.x1 + gutter) ||
                        (leftward && box.x1 <= extent.x0 + tolerance && box.x1 >= extent.x0 - gutter);
          if (!beside) continue;
          taken[static_cast<std::size_t>(g)] = true;
          if (box.x0 < extent.x0 || box.x1 > extent.x1) grown = true;
          extent.x0 = std::min(extent.x0, box.x0);
          extent.x1 = std::max(extent.x1, box.x1);
        }
      }
    }
  }
}

// Orders items by article boxes. Display type (larger than the body font)
// marks headlines; a headline owns the items below it in its column range,
// down to the next headline there. Articles and the items no headline owns
// are ordered by XY-cut over their boxes; inside an article the headline
// comes first, then its items tier by tier (a gap across the whole article
// starts a new tier, or the short items set below it), each tier by XY-cut
// (columns left to right, top to bottom). Without the articles a horizontal
// cut under a row of side-by-side headlines would read all those headlines
// before any body.
std::vector<int> order_by_articles(const std::vector<BBox>& boxes, const std::vector<bool>& display,
                                   double body_font, double tolerance, bool widen_headlines) {
  std::vector<ArticleBox> articles = stack_headlines(boxes, display, body_font, tolerance);
  if (widen_headlines) extend_headlines(boxes, display, articles, body_font, tolerance);
  for (ArticleBox& article : articles) article.box = article.headline_box;
  std::vector<bool> in_headline(boxes.size(), false);
  for (const ArticleBox& article : articles)
    for (int g : article.headline) in_headline[static_cast<std::size_t>(g)] = true;
  std::vector<int> unowned;
  for (std::size_t g = 0; g < boxes.size(); ++g) {
    if (in_headline[g]) continue;
    int owner = owner_of(boxes[g], articles, tolerance);
    if (owner < 0) {
      unowned.push_back(static_cast<int>(g));
      continue;
    }
    ArticleBox& article = articles[static_cast<std::size_t>(owner)];
    article.owned.push_back(static_cast<int>(g));
    article.box = unite(article.box, boxes[g]);
  }
  // Top-level items: one per article, then one per item no headline owns.
  std::vector<BBox> top_boxes;
  for (const ArticleBox& article : articles) top_boxes.push_back(article.box);
  for (int g : unowned) top_boxes.push_back(boxes[static_cast<std::size_t>(g)]);
  std::vector<int> top(top_boxes.size());
  std::iota(top.begin(), top.end(), 0);
  std::vector<int> top_order;
  std::size_t budget = kXyCutBudget;
  xy_cut(top_boxes, std::move(top), tolerance, top_order, budget);

  std::vector<int> order;
  for (int t : top_order) {
    if (static_cast<std::size_t>(t) >= articles.size()) {
      order.push_back(unowned[static_cast<std::size_t>(t) - articles.size()]);
      continue;
    }
    const ArticleBox& article = articles[static_cast<std::size_t>(t)];
    order.insert(order.end(), article.headline.begin(), article.headline.end());
    for (std::vector<int>& tier : split_by_gaps(boxes, article.owned, false, tolerance))
      xy_cut(boxes, std::move(tier), tolerance, order, budget);
  }
  return order;
}

// ---------------------------------------------------------------------------
// Paragraphs

struct Paragraph {
  int run = 0;
  std::vector<int> lines;
  bool indented_start = false;  // the first line is indented
  bool full_end = false;        // the last line reaches the measure
};

std::vector<Paragraph> split_paragraphs(const Run& run, int run_index, const std::vector<Line>& lines,
                                        double body_font) {
  std::vector<Paragraph> out;
  bool headline = run.font > 1.15 * body_font;
  double indent = 0.8 * run.font;
  for (std::size_t k = 0; k < run.lines.size(); ++k) {
    const Line& line = lines[static_cast<std::size_t>(run.lines[k])];
    bool indented = line.box.x0 >= run.left + indent;
    bool starts = out.empty();
    if (!starts && !headline) {
      const Line& prev = lines[static_cast<std::size_t>(run.lines[k - 1])];
      // A short line ends a paragraph only where a sentence ends.
      starts = indented || (prev.box.x1 < run.right - indent && ends_sentence(prev.text));
    }
    if (starts) {
      Paragraph p;
      p.run = run_index;
      p.indented_start = indented;
      out.push_back(std::move(p));
    }
    out.back().lines.push_back(run.lines[k]);
  }
  for (Paragraph& p : out) {
    const Line& last = lines[static_cast<std::size_t>(p.lines.back())];
    p.full_end = last.box.x1 >= run.right - indent;
  }
  return out;
}

// Returns a trace whose page has the input page's name, format and size
// and no blocks yet.
GeometryTrace empty_trace_like(const Page& page) {
  GeometryTrace trace;
  trace.page.name = page.name;
  trace.page.format = page.format;
  trace.page.width = page.width;
  trace.page.height = page.height;
  return trace;
}

GeometryTrace rebuild_words(const Page& page, const GeometryOptions& options) {
  GeometryTrace trace = empty_trace_like(page);

  double ratio = box_to_font_ratio(page);
  std::vector<Word> words;
  std::vector<int> loose;  // blocks without geometry
  int page_number = 0;
  for (std::size_t b = 0; b < page.blocks.size(); ++b) {
    const Block& block = page.blocks[b];
    if (!block.bbox || block.text.empty()) {
      loose.push_back(static_cast<int>(b));
      continue;
    }
    page_number = block.page;
    Word w;
    w.block = static_cast<int>(b);
    w.box = *block.bbox;
    w.font = std::max(0.1, block.bbox->height() / ratio);
    w.cy = (w.box.y0 + w.box.y1) / 2;
    words.push_back(w);
  }
  // The body font: the size of most words' text.
  std::map<long, std::size_t> by_word_font;
  for (const Word& w : words)
    by_word_font[std::lround(w.font * 4)] += page.blocks[static_cast<std::size_t>(w.block)].text.size();
  double word_body_font = 0;
  std::size_t most_text = 0;
  for (auto [font, size] : by_word_font)
    if (size > most_text) most_text = size, word_body_font = static_cast<double>(font) / 4;
  std::vector<Line> lines = build_lines(page, words, word_body_font);
  std::vector<Run> runs = build_runs(lines);

  // The body font: the size that covers most text.
  std::map<long, std::size_t> by_font;
  for (const Line& line : lines) by_font[std::lround(line.font * 4)] += line.text.size();
  double body_font = 0;
  std::size_t most = 0;
  for (auto [font, size] : by_font)
    if (size > most) most = size, body_font = static_cast<double>(font) / 4;

  std::vector<BBox> boxes;
  std::vector<bool> display;
  for (const Run& run : runs) {
    boxes.push_back(run.core);
    display.push_back(run.font > 1.15 * body_font);
  }
  std::vector<int> order = order_by_articles(boxes, display, body_font, std::max(1.0, 0.15 * body_font), true);

  std::vector<Paragraph> paragraphs;
  for (int r : order) {
    std::vector<Paragraph> ps = split_paragraphs(runs[static_cast<std::size_t>(r)], r, lines, body_font);
    for (Paragraph& p : ps) paragraphs.push_back(std::move(p));
  }

  auto origins_of = [&](const Paragraph& p, std::vector<int>& origins) {
    for (int l : p.lines)
      for (int w : lines[static_cast<std::size_t>(l)].words)
        origins.push_back(words[static_cast<std::size_t>(w)].block);
  };
  // True when paragraph `next` continues `prev` across a column break.
  auto continues_from = [&](const Paragraph& prev, const Paragraph& next) {
    const Run& prev_run = runs[static_cast<std::size_t>(prev.run)];
    const Run& run = runs[static_cast<std::size_t>(next.run)];
    bool prev_last = prev.lines.back() == prev_run.lines.back();
    bool next_first = next.lines.front() == run.lines.front();
    bool body = run.font <= 1.15 * body_font && similar_font(run.font, prev_run.font, 0.05);
    bool measured = prev_run.lines.size() >= 2 ||
                    prev_run.right - prev_run.left >= 0.9 * (run.right - run.left);
    bool unindented = run.lines.size() >= 2
                          ? !next.indented_start
                          : std::abs(run.left - prev_run.left) < 0.8 * run.font ||
                                run.right - run.left >= 0.9 * (prev_run.right - prev_run.left);
    return prev.run != next.run && prev_last && next_first && body && measured && prev.full_end &&
           unindented;
  };
  if (options.join_columns) {
    // A caption or box of another size may sit between a column's foot and
    // the top of the next column: the continuation moves up before it.
    for (std::size_t k = 0; k + 2 < paragraphs.size(); ++k) {
      if (continues_from(paragraphs[k], paragraphs[k + 1])) continue;
      const Run& run = runs[static_cast<std::size_t>(paragraphs[k].run)];
      for (std::size_t j = k + 1; j < paragraphs.size() && j <= k + 4; ++j) {
        const Run& between = runs[static_cast<std::size_t>(paragraphs[j].run)];
        if (similar_font(between.font, run.font, 0.05)) {
          if (j > k + 1 && continues_from(paragraphs[k], paragraphs[j]))
            std::rotate(paragraphs.begin() + static_cast<long>(k) + 1,
                        paragraphs.begin() + static_cast<long>(j),
                        paragraphs.begin() + static_cast<long>(j) + 1);
          break;
        }
      }
    }
  }
  for (std::size_t k = 0; k < paragraphs.size(); ++k) {
    const Paragraph& p = paragraphs[k];
    const Run& run = runs[static_cast<std::size_t>(p.run)];
    bool continues = options.join_columns && k > 0 && continues_from(paragraphs[k - 1], p);
    std::string text;
    BBox box;
    for (std::size_t i = 0; i < p.lines.size(); ++i) {
      const Line& line = lines[static_cast<std::size_t>(p.lines[i])];
      append_wrapped(text, line.text);
      box = i == 0 ? line.box : unite(box, line.box);
    }
    if (continues) {
      Block& block = trace.page.blocks.back();
      append_wrapped(block.text, text);
      block.bbox = unite(*block.bbox, box);
      origins_of(p, trace.origins.back());
      continue;
    }
    Block block;
    block.text = std::move(text);
    block.bbox = box;
    block.font_size = run.font;
    block.page = page_number;
    trace.page.blocks.push_back(std::move(block));
    trace.origins.emplace_back();
    origins_of(p, trace.origins.back());
  }
  for (int b : loose) {
    trace.page.blocks.push_back(page.blocks[static_cast<std::size_t>(b)]);
    trace.origins.push_back({b});
  }
  return trace;
}

// ---------------------------------------------------------------------------
// Block level

// The font size that covers most characters of the page's blocks.
double body_font_of(const Page& page) {
  std::map<long, std::size_t> by_font;
  for (const Block& block : page.blocks)
    if (block.bbox && block.font_size > 0) by_font[std::lround(block.font_size * 4)] += block.text.size();
  double body = 0;
  std::size_t most = 0;
  for (auto [font, size] : by_font)
    if (size > most) most = size, body = static_cast<double>(font) / 4;
  return body;
}

// Blocks sharing one box: the paragraphs of one column segment, in input
// order.
struct BoxGroup {
  BBox box;
  std::vector<int> blocks;
  bool display = false;  // every block is set larger than the body font
};

// Orders a block-level page by article boxes (see order_by_articles).
GeometryTrace reorder_blocks(const Page& page) {
  GeometryTrace trace = empty_trace_like(page);

  double body_font = body_font_of(page);
  // Blocks sharing one box are one group; they keep their input order.
  std::vector<BoxGroup> groups;
  std::map<std::tuple<double, double, double, double>, int> by_box;
  std::vector<int> loose;
  std::vector<double> fonts;
  for (std::size_t b = 0; b < page.blocks.size(); ++b) {
    const Block& block = page.blocks[b];
    if (!block.bbox) {
      loose.push_back(static_cast<int>(b));
      continue;
    }
    if (block.font_size > 0) fonts.push_back(block.font_size);
    bool display = body_font > 0 && block.font_size > 1.15 * body_font;
    auto key = std::make_tuple(block.bbox->x0, block.bbox->y0, block.bbox->x1, block.bbox->y1);
    auto [it, inserted] = by_box.emplace(key, static_cast<int>(groups.size()));
    if (inserted) groups.push_back(BoxGroup{*block.bbox, {}, display});
    BoxGroup& group = groups[static_cast<std::size_t>(it->second)];
    group.blocks.push_back(static_cast<int>(b));
    group.display = group.display && display;
  }
  double font = fonts.empty() ? 10 : median(fonts);
  std::vector<BBox> boxes;
  std::vector<bool> display;
  for (const BoxGroup& group : groups) {
    boxes.push_back(group.box);
    display.push_back(group.display);
  }
  std::vector<int> order =
      order_by_articles(boxes, display, body_font > 0 ? body_font : font, std::max(0.5, 0.1 * font), false);
  for (int g : order)
    for (int b : groups[static_cast<std::size_t>(g)].blocks) {
      trace.page.blocks.push_back(page.blocks[static_cast<std::size_t>(b)]);
      trace.origins.push_back({b});
    }
  for (int b : loose) {
    trace.page.blocks.push_back(page.blocks[static_cast<std::size_t>(b)]);
    trace.origins.push_back({b});
  }
  return trace;
}

bool is_word_level(const Page& page) {
  if (page.format != InputFormat::kPdftotextBbox) return false;
  // word_page sets font_size to the box height; rebuilt paragraph blocks
  // carry the estimated font size instead, so a rebuilt page is not rebuilt
  // twice.
  return std::all_of(page.blocks.begin(), page.blocks.end(), [](const Block& b) {
    return b.text.find('\n') == std::string::npos &&
           (!b.bbox || std::abs(b.font_size - b.bbox->height()) <= 0.01 * b.bbox->height() + 1e-9);
  });
}

}  // namespace

GeometryTrace order_by_geometry_traced(const Page& page, const GeometryOptions& options) {
  bool any_box = std::any_of(page.blocks.begin(), page.blocks.end(),
                             [](const Block& b) { return b.bbox.has_value(); });
  if (!any_box) {
    GeometryTrace trace;
    trace.page = page;
    for (std::size_t b = 0; b < page.blocks.size(); ++b) trace.origins.push_back({static_cast<int>(b)});
    return trace;
  }
  return is_word_level(page) ? rebuild_words(page, options) : reorder_blocks(page);
}

Page order_by_geometry(const Page& page, const GeometryOptions& options) {
  return order_by_geometry_traced(page, options).page;
}

Page word_page(const detail::LayoutPage& layout_page, int page_number) {
  Page page;
  page.format = InputFormat::kPdftotextBbox;
  page.width = layout_page.width;
  page.height = layout_page.height;
  for (const detail::LayoutBlock& layout_block : layout_page.blocks) {
    for (const detail::LayoutLine& line : layout_block.lines) {
      for (const detail::LayoutWord& word : line.words) {
        Block block;
        block.text = word.text;
        block.bbox = word.bbox;
        block.font_size = word.bbox.height();
        block.page = page_number;
        page.blocks.push_back(std::move(block));
      }
    }
  }
  return page;
}

Result<std::vector<Page>> read_pdftotext_geometry(std::string_view xhtml, const Options& options,
                                                  const GeometryOptions& geometry) {
  if (Status status = detail::check_input(xhtml, options); !status.ok()) return status;
  xhtml = detail::strip_bom(xhtml);
  std::vector<Page> pages;
  if (xhtml.find_first_not_of(" \t\r\n") != std::string_view::npos) {
    Result<std::vector<detail::LayoutPage>> layout = detail::parse_bbox_layout(xhtml);
    if (!layout.ok()) return layout.status();
    for (std::size_t p = 0; p < layout->size(); ++p) {
      Page words = word_page((*layout)[p], static_cast<int>(p));
      if (Status status = detail::check_block_count(words.blocks.size(), options); !status.ok())
        return status;
      pages.push_back(order_by_geometry(words, geometry));
    }
  }
  if (pages.empty()) {
    Page page;
    page.format = InputFormat::kPdftotextBbox;
    pages.push_back(std::move(page));
  }
  return pages;
}

}  // namespace banmian::layout
