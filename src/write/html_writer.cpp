// The explain view: one self-contained HTML file per page (no scripts or
// resources from the network). Every input block is coloured by the article
// its text went to, found from the tree's sources; furniture, unassigned and
// dropped blocks have their own marks, dropped text is struck through, and
// every block's tooltip lists the repairs that touched it. With geometry
// (blocks with a bbox) the page is drawn at scale beside the repair log:
// joins as arrows from the end of a fragment to the start of its
// continuation, dropped duplicates hatched with a dashed line to the copy
// kept. Blocks that share one bbox (the paragraphs of a column in
// blocks-json) are drawn as slices of it in input order, each as tall as its
// share of the text. Without geometry the input blocks are listed on the
// left and the article tree on the right, in the same colours.
#include <algorithm>
#include <numeric>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include <banmian/banmian.hpp>

#include "write/writers.hpp"

namespace banmian {
namespace {

enum class Mark { kNone, kArticle, kFurniture, kUnassigned, kDropped };

// Where one input block's text went.
struct BlockUse {
  Mark mark = Mark::kNone;
  int article = 0;
  bool caption = false;
  bool headline = false;
};

std::string escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string number(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", std::isfinite(x) ? x : 0.0);
  return buffer;
}

// A colour per article: n articles get n hues spread evenly round the
// colour wheel, visited with a stride of about 0.38 n (coprime with n) so
// that articles next to each other in the tree get far-apart hues.
std::string article_hue(std::size_t index, std::size_t count) {
  if (count == 0) return "0";
  std::size_t stride = std::max<std::size_t>(1, static_cast<std::size_t>(count * 0.382 + 0.5));
  while (std::gcd(stride, count) != 1) ++stride;
  std::size_t slot = index * stride % count;
  return std::to_string(static_cast<int>(std::lround(20 + slot * 360.0 / count)) % 360);
}

std::size_t utf8_length(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Descriptions of the repairs that touched each block, for tooltips.
std::vector<std::string> block_repairs(const ArticleTree& tree, std::size_t blocks) {
  std::vector<std::string> notes(blocks);
  for (const Repair& r : tree.repairs) {
    const std::string note = detail::describe_repair(r);
    for (int id : r.sources) {
      if (id < 0 || static_cast<std::size_t>(id) >= blocks) continue;
      notes[id].append("\n").append(note);
    }
  }
  for (const Dropped& d : tree.dropped) {
    if (d.duplicate_of.empty()) continue;
    std::string note = "\ndropped: ";
    note.append(d.reason).append(" of");
    for (int id : d.duplicate_of) note.append(" ").append(std::to_string(id));
    note.append(" (similarity ").append(number(d.similarity * 100)).append("%)");
    for (int id : d.sources) {
      if (id >= 0 && static_cast<std::size_t>(id) < blocks) notes[id] += note;
    }
  }
  return notes;
}

std::string article_class(const BlockUse& use) {
  switch (use.mark) {
    case Mark::kArticle: return "art art-" + std::to_string(use.article);
    case Mark::kFurniture: return "furniture";
    case Mark::kUnassigned: return "unassigned";
    case Mark::kDropped: return "dropped";
    case Mark::kNone: return "none";
  }
  return "none";
}

std::string mark_label(const BlockUse& use) {
  std::string label;
  switch (use.mark) {
    case Mark::kArticle: label = "article " + std::to_string(use.article); break;
    case Mark::kFurniture: label = "page furniture"; break;
    case Mark::kUnassigned: label = "unassigned"; break;
    case Mark::kDropped: label = "dropped"; break;
    case Mark::kNone: label = "not in the tree"; break;
  }
  if (use.headline) label += ", headline";
  if (use.caption) label += ", caption";
  return label;
}

// Finds, from the tree's sources, where each input block went; the first
// place a block is named wins its colour.
std::vector<BlockUse> block_uses(const ArticleTree& tree, std::size_t blocks) {
  std::vector<BlockUse> uses(blocks);
  auto mark = [&](const std::vector<int>& sources, Mark m, int article = 0) {
    for (int id : sources) {
      if (id < 0 || static_cast<std::size_t>(id) >= uses.size()) continue;
      if (uses[id].mark == Mark::kNone) {
        uses[id].mark = m;
        uses[id].article = article;
      }
    }
  };
  for (const Article& a : tree.articles) {
    mark(a.headline.sources, Mark::kArticle, a.id);
    for (int id : a.headline.sources) {
      if (id >= 0 && static_cast<std::size_t>(id) < uses.size()) uses[id].headline = true;
    }
    mark(a.series_sources, Mark::kArticle, a.id);
    for (const Byline& b : a.bylines) mark(b.sources, Mark::kArticle, a.id);
    for (const BodyItem& item : a.body) mark(item.sources, Mark::kArticle, a.id);
    for (const Caption& c : a.captions) {
      mark(c.sources, Mark::kArticle, a.id);
      for (int id : c.sources) {
        if (id >= 0 && static_cast<std::size_t>(id) < uses.size()) uses[id].caption = true;
      }
    }
  }
  for (const Furniture& f : tree.page_furniture) mark(f.sources, Mark::kFurniture);
  for (const Unassigned& u : tree.unassigned) mark(u.sources, Mark::kUnassigned);
  for (const Dropped& d : tree.dropped) mark(d.sources, Mark::kDropped);
  return uses;
}

std::string source_links(const std::vector<int>& sources) {
  std::string out = "<span class=\"src\">";
  for (int id : sources) {
    out += "<a href=\"#block-" + std::to_string(id) + "\">" + std::to_string(id) + "</a> ";
  }
  return out + "</span>";
}

std::string style_sheet(const ArticleTree& tree) {
  std::string css = R"(
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;margin:1em;color:#222;background:#fafafa}
h1{font-size:1.3em;margin:.2em 0}h2{font-size:1.1em;margin:.6em 0 .3em}
.legend{display:flex;flex-wrap:wrap;gap:.3em .6em;margin:.5em 0;font-size:.9em;align-items:center}
.legend a,.legend span{padding:.1em .4em;border:1px solid #999;border-radius:3px;color:inherit;text-decoration:none}
.legend .art{border-left-width:6px}
.legend .arrow{border:none;color:#c00;font-weight:bold}
.legend .note{border:none;color:#555;font-size:.9em}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:1em;align-items:start}
.pagewrap{display:grid;grid-template-columns:max-content minmax(18em,1fr);gap:1em;align-items:start}
.blk{margin:.3em 0;padding:.3em .5em;border-left:6px solid #ccc;white-space:pre-wrap;font-size:.9em}
.bid{font-size:.75em;color:#555;margin-right:.5em;font-family:monospace}
.art{background:hsl(var(--h),70%,88%);border-color:hsl(var(--h),65%,40%)}
.furniture{background:#e4e4e4;border-color:#777;font-style:italic;color:#555}
.unassigned{background:#fff;border:1px dashed #c00}
.dropped{background:repeating-linear-gradient(135deg,#f4f4f4 0 6px,#ddd 6px 8px);border-color:#bbb;color:#888;text-decoration:line-through}
.none{background:#fff;border-color:#eee}
.caption{outline:2px dotted #333;outline-offset:-2px}
.headline{font-weight:bold}
article{margin:.5em 0;padding:.5em;border-left:6px solid;border-radius:3px}
article h3{margin:.1em 0;font-size:1.05em}
.kicker,.subtitle{font-size:.9em;font-style:italic;margin:.1em 0}
.meta{font-size:.85em;color:#444}
.item{margin:.3em 0}.item.heading{font-weight:bold}
.flag{font-size:.7em;background:#333;color:#fff;border-radius:2px;padding:0 .3em;margin-left:.3em}
.cap{font-size:.85em;margin:.2em 0;padding-left:.5em;border-left:3px dotted #333}
.src{font-size:.7em;color:#666;font-family:monospace;margin-left:.4em}
.src a{color:#666}
.repairs ol{padding-left:2em;margin:.3em 0}
.repairs li{font-size:.85em;margin:.15em 0;padding:.1em .3em;border-left:4px solid #ccc;background:#fff}
.repairs li.art{background:hsl(var(--h),70%,94%)}
.pagewrap .repairs{max-height:95vh;overflow:auto;position:sticky;top:0}
.pageview{position:relative;background:#fff;border:1px solid #999;margin:.5em 0;overflow:hidden}
.pageview .box{position:absolute;box-sizing:border-box;margin:0;padding:1px;border:1px solid #888;overflow:hidden;font-size:7px;line-height:1.15;white-space:pre-wrap;color:#222;text-decoration:none}
.pageview .box.art{border-color:hsl(var(--h),65%,40%)}
.pageview .box.dropped{text-decoration:line-through;color:#777;border:1px dashed #555}
.pageview .box.furniture{border-style:dotted}
.pageview .box.caption{outline:2px dotted #000;outline-offset:-2px}
.pageview .box:hover{outline:2px solid #000;z-index:3;overflow:visible;background:#ffffe8}
.pageview .badge{float:left;font-size:11px;line-height:1;font-weight:bold;color:#fff;background:hsl(var(--h),65%,35%);border-radius:2px;padding:1px 3px;margin:0 2px 1px 0;font-style:normal;text-decoration:none}
.pageview svg{position:absolute;left:0;top:0;pointer-events:none;z-index:2}
)";
  for (std::size_t i = 0; i < tree.articles.size(); ++i) {
    css += ".art-" + std::to_string(tree.articles[i].id) + "{--h:" +
           article_hue(i, tree.articles.size()) + "}\n";
  }
  return css;
}

std::string legend(const ArticleTree& tree, bool geometry) {
  std::string out = "<div class=\"legend\">";
  for (const Article& a : tree.articles) {
    std::string id = std::to_string(a.id);
    std::string title = a.headline.title.empty() ? "(no headline)" : a.headline.title;
    out += "<a class=\"art art-" + id + "\" data-article=\"" + id + "\" href=\"#article-" + id +
           "\">" + id + " " + escape(title) + "</a>";
  }
  out += "<span class=\"furniture\">page furniture</span>"
         "<span class=\"unassigned\">unassigned</span>"
         "<span class=\"dropped\">dropped</span>"
         "<span class=\"caption\">caption</span>"
         "<span class=\"headline\">headline</span>";
  if (geometry) {
    out += "<span class=\"arrow\">&#x2192; join</span>"
           "<span class=\"note\">dashed line: dropped copy to the copy kept; "
           "hover a block for its text and repairs</span>";
  } else {
    out += "<span class=\"note\">hover a block for its repairs; numbers link blocks and "
           "articles</span>";
  }
  return out + "</div>\n";
}

// Where each block with a bbox is drawn, in page coordinates: its bbox, or
// a slice of it when several blocks share one bbox.
std::vector<std::optional<BBox>> drawn_boxes(const Page& page) {
  std::vector<std::optional<BBox>> drawn(page.blocks.size());
  std::map<std::tuple<double, double, double, double>, std::vector<std::size_t>> shared;
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    const auto& box = page.blocks[i].bbox;
    if (box) shared[{box->x0, box->y0, box->x1, box->y1}].push_back(i);
  }
  for (const auto& [key, members] : shared) {
    const BBox& box = *page.blocks[members.front()].bbox;
    if (members.size() == 1) {
      drawn[members.front()] = box;
      continue;
    }
    double total = 0;
    for (std::size_t i : members) total += std::max<std::size_t>(4, utf8_length(page.blocks[i].text));
    double y = box.y0;
    for (std::size_t i : members) {
      double h = box.height() * std::max<std::size_t>(4, utf8_length(page.blocks[i].text)) / total;
      drawn[i] = BBox{box.x0, y, box.x1, y + h};
      y += h;
    }
  }
  return drawn;
}

// The page drawn at scale; empty when no block has a bbox.
std::string page_view(const ArticleTree& tree, const Page& page,
                      const std::vector<BlockUse>& uses,
                      const std::vector<std::string>& notes) {
  double width = page.width, height = page.height;
  bool any = false;
  for (const Block& b : page.blocks) {
    if (!b.bbox) continue;
    any = true;
    width = std::max(width, b.bbox->x1);
    height = std::max(height, b.bbox->y1);
  }
  if (!any || width <= 0 || height <= 0) return "";
  const double scale = 900.0 / width;
  const std::vector<std::optional<BBox>> drawn = drawn_boxes(page);
  auto usable = [&](int id) {
    return id >= 0 && static_cast<std::size_t>(id) < drawn.size() && drawn[id].has_value();
  };

  std::string out = "<div class=\"pageview\" style=\"width:" + number(width * scale) +
                    "px;height:" + number(height * scale) + "px\">\n";
  std::vector<bool> badged(tree.articles.size() + 1, false);
  std::map<int, std::size_t> article_index;
  for (std::size_t k = 0; k < tree.articles.size(); ++k) article_index[tree.articles[k].id] = k;
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    if (!drawn[i]) continue;
    const Block& b = page.blocks[i];
    const BBox& box = *drawn[i];
    const BlockUse& use = uses[i];
    std::string classes = "box blk " + article_class(use);
    if (use.caption) classes += " caption";
    if (use.headline) classes += " headline";
    std::string badge;
    if (use.mark == Mark::kArticle) {
      auto it = article_index.find(use.article);
      if (it != article_index.end() && !badged[it->second]) {
        badged[it->second] = true;
        badge = "<b class=\"badge\">" + std::to_string(use.article) + "</b>";
      }
    }
    out += "<a class=\"" + classes + "\" href=\"#block-" + std::to_string(i) + "\" title=\"" +
           std::to_string(i) + " (" + escape(mark_label(use)) + "): " + escape(b.text) +
           escape(notes[i]) + "\" style=\"left:" + number(box.x0 * scale) + "px;top:" +
           number(box.y0 * scale) + "px;width:" + number(std::max(1.0, box.width() * scale)) +
           "px;height:" + number(std::max(1.0, box.height() * scale)) + "px" +
           (b.font_size > 0 ? ";font-size:" + number(std::clamp(b.font_size * scale * 0.9, 4.0, 40.0)) + "px"
                            : std::string()) +
           "\">" + badge + escape(b.text) + "</a>\n";
  }
  // Joins as arrows from the end of each fragment (the bottom of its box) to
  // the start of the next (the top of its box).
  std::string arrows;
  for (const Repair& r : tree.repairs) {
    if (r.op != "join") continue;
    for (std::size_t k = 0; k + 1 < r.sources.size(); ++k) {
      int from = r.sources[k], to = r.sources[k + 1];
      if (!usable(from) || !usable(to)) continue;
      const BBox& a = *drawn[from];
      const BBox& b = *drawn[to];
      double x0 = (a.x0 + a.x1) / 2 * scale, y0 = (a.y1 - std::min(4.0, a.height() / 4)) * scale;
      double x1 = (b.x0 + b.x1) / 2 * scale, y1 = (b.y0 + std::min(4.0, b.height() / 4)) * scale;
      arrows += "<line x1=\"" + number(x0) + "\" y1=\"" + number(y0) + "\" x2=\"" + number(x1) +
                "\" y2=\"" + number(y1) + "\"><title>" + escape(detail::describe_repair(r)) +
                "</title></line>\n";
    }
  }
  // Dropped duplicates: a dashed line to the copy kept.
  std::string duplicates;
  for (const Dropped& d : tree.dropped) {
    for (int from : d.sources) {
      for (int to : d.duplicate_of) {
        if (!usable(from) || !usable(to)) continue;
        const BBox& a = *drawn[from];
        const BBox& b = *drawn[to];
        duplicates += "<line x1=\"" + number((a.x0 + a.x1) / 2 * scale) + "\" y1=\"" +
                      number((a.y0 + a.y1) / 2 * scale) + "\" x2=\"" +
                      number((b.x0 + b.x1) / 2 * scale) + "\" y2=\"" +
                      number((b.y0 + b.y1) / 2 * scale) + "\"><title>" +
                      escape(std::to_string(from) + " dropped: " + d.reason + " of " +
                             std::to_string(to)) +
                      "</title></line>\n";
      }
    }
  }
  if (!arrows.empty() || !duplicates.empty()) {
    out += "<svg width=\"" + number(width * scale) + "\" height=\"" + number(height * scale) +
           "\"><defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
           "markerWidth=\"5\" markerHeight=\"5\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" "
           "fill=\"#c00\"/></marker></defs>\n"
           "<g stroke=\"#fff\" stroke-width=\"5\" stroke-opacity=\".8\">" + arrows + "</g>\n"
           "<g stroke=\"#c00\" stroke-width=\"2\" marker-end=\"url(#arrow)\">\n" + arrows + "</g>\n"
           "<g stroke=\"#555\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\">\n" + duplicates +
           "</g></svg>\n";
  }
  return out + "</div>\n";
}

std::string input_blocks(const Page& page, const std::vector<BlockUse>& uses,
                         const std::vector<std::string>& notes) {
  std::string out = "<section class=\"input\"><h2>Input blocks</h2>\n";
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    const BlockUse& use = uses[i];
    std::string classes = "blk " + article_class(use);
    if (use.caption) classes += " caption";
    if (use.headline) classes += " headline";
    out += "<div class=\"" + classes + "\" id=\"block-" + std::to_string(i) + "\" title=\"" +
           escape(mark_label(use) + notes[i]) + "\"><span class=\"bid\">";
    if (use.mark == Mark::kArticle) {
      out += "<a href=\"#article-" + std::to_string(use.article) + "\">" + std::to_string(i) +
             "</a>";
    } else {
      out += std::to_string(i);
    }
    out += "</span>" + escape(page.blocks[i].text) + "</div>\n";
  }
  return out + "</section>\n";
}

std::string article_html(const Article& a) {
  std::string id = std::to_string(a.id);
  std::string out = "<article class=\"art art-" + id + "\" id=\"article-" + id +
                    "\" data-article=\"" + id + "\">\n";
  if (!a.headline.kicker.empty()) out += "<p class=\"kicker\">" + escape(a.headline.kicker) + "</p>\n";
  out += "<h3>" + id + ". " + escape(a.headline.title.empty() ? "(no headline)" : a.headline.title) +
         source_links(a.headline.sources) + "</h3>\n";
  for (const std::string& s : a.headline.subtitles) {
    out += "<p class=\"subtitle\">" + escape(s) + "</p>\n";
  }
  std::string meta = std::string(article_kind_name(a.kind)) + ", confidence " + number(a.confidence * 100) + "%";
  if (a.series) meta += " · series " + escape(*a.series);
  for (const Byline& b : a.bylines) {
    meta += " · " + escape(b.text) + " (" + byline_role_name(b.role) + ")" + source_links(b.sources);
  }
  if (a.dateline) meta += " · dateline " + escape(a.dateline->text);
  out += "<p class=\"meta\">" + meta + "</p>\n";
  for (const BodyItem& item : a.body) {
    out += std::string("<p class=\"item ") +
           (item.type == BodyType::kHeading ? "heading" : "paragraph") + "\">" + escape(item.text);
    if (item.flags & kJoined) out += "<span class=\"flag\">joined</span>";
    if (item.flags & kIncompleteStart) out += "<span class=\"flag\">incomplete start</span>";
    if (item.flags & kIncompleteEnd) out += "<span class=\"flag\">incomplete end</span>";
    if (item.flags & kMoved) out += "<span class=\"flag\">moved</span>";
    out += source_links(item.sources) + "</p>\n";
  }
  for (const Caption& c : a.captions) {
    out += std::string("<p class=\"cap\">[") + caption_type_name(c.type) + "] " + escape(c.text) +
           source_links(c.sources) + "</p>\n";
  }
  return out + "</article>\n";
}

std::string tree_html(const ArticleTree& tree) {
  std::string out = "<section class=\"tree\"><h2>Article tree</h2>\n";
  for (const Article& a : tree.articles) out += article_html(a);
  if (!tree.page_furniture.empty()) {
    out += "<h2>Page furniture</h2>\n";
    for (const Furniture& f : tree.page_furniture) {
      out += "<div class=\"blk furniture\">[" + escape(f.type) + "] " + escape(f.text) +
             source_links(f.sources) + "</div>\n";
    }
  }
  if (!tree.unassigned.empty()) {
    out += "<h2>Unassigned</h2>\n";
    for (const Unassigned& u : tree.unassigned) {
      out += "<div class=\"blk unassigned\">" + escape(u.text) + " <i>(" + escape(u.reason) +
             ")</i>" + source_links(u.sources) + "</div>\n";
    }
  }
  if (!tree.dropped.empty()) {
    out += "<h2>Dropped</h2>\n";
    for (const Dropped& d : tree.dropped) {
      std::string why = d.reason;
      if (!d.duplicate_of.empty()) {
        why += " of";
        for (int id : d.duplicate_of) why.append(" ").append(std::to_string(id));
        why.append(", similarity ").append(number(d.similarity * 100)).append("%");
      }
      out += "<div class=\"blk dropped\" title=\"" + escape(why) + "\">" + escape(d.text) +
             "</div><p class=\"meta\">" + escape(why) + source_links(d.sources) + "</p>\n";
    }
  }
  return out + "</section>\n";
}

std::string repairs_html(const ArticleTree& tree) {
  std::string out = "<section class=\"repairs\"><h2>Repairs</h2>\n";
  if (tree.repairs.empty()) return out + "<p>none</p></section>\n";
  out += "<ol>\n";
  for (const Repair& r : tree.repairs) {
    std::string cls = r.article != 0 ? " class=\"art art-" + std::to_string(r.article) + "\"" : "";
    out += "<li" + cls + ">" + escape(detail::describe_repair(r)) + source_links(r.sources) +
           "</li>\n";
  }
  return out + "</ol></section>\n";
}

}  // namespace

std::string to_html(const ArticleTree& tree, const Page& page) {
  std::vector<BlockUse> uses = block_uses(tree, page.blocks.size());
  std::vector<std::string> notes = block_repairs(tree, page.blocks.size());
  std::string name = tree.source.name.empty() ? page.name : tree.source.name;
  std::string title = "banmian: " + (name.empty() ? std::string("page") : name);
  std::string out = "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                    escape(title) + "</title>\n<style>" + style_sheet(tree) + "</style>\n</head>\n<body>\n";
  out += "<h1>" + escape(title) + "</h1>\n<p class=\"meta\">" +
         std::to_string(page.blocks.size()) + " input blocks (" +
         input_format_name(tree.source.input_format) + "), " +
         std::to_string(tree.articles.size()) + " articles, " +
         std::to_string(tree.repairs.size()) + " repairs, " +
         std::to_string(tree.dropped.size()) + " dropped</p>\n";
  std::string view = page_view(tree, page, uses, notes);
  out += legend(tree, !view.empty());
  if (!view.empty()) {
    out += "<div class=\"pagewrap\">\n<section><h2>Page</h2>\n" + view + "</section>\n" +
           repairs_html(tree) + "</div>\n";
    out += "<div class=\"columns\">\n" + input_blocks(page, uses, notes) + tree_html(tree) + "</div>\n";
  } else {
    out += "<div class=\"columns\">\n" + input_blocks(page, uses, notes) + tree_html(tree) + "</div>\n";
    out += repairs_html(tree);
  }
  return out + "</body>\n</html>\n";
}

}  // namespace banmian
