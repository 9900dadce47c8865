// The explain view: one self-contained HTML file per page (no scripts or
// resources from the network). Every input block is coloured by the article
// its text went to, found from the tree's sources; furniture, unassigned and
// dropped blocks have their own marks, dropped text is struck through, and
// the repair log is listed beside. With geometry (blocks with a bbox) the
// page is also drawn at scale, joins as arrows between block boxes.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
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

// A colour per article: hues spread by the golden angle.
std::string article_hue(int id) {
  return std::to_string(static_cast<int>(std::fmod(id * 137.508 + 20, 360.0)));
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
.legend{display:flex;flex-wrap:wrap;gap:.3em .8em;margin:.5em 0;font-size:.9em}
.legend span{padding:.1em .4em;border:1px solid #999;border-radius:3px}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:1em;align-items:start}
.blk{margin:.3em 0;padding:.3em .5em;border-left:6px solid #ccc;white-space:pre-wrap;font-size:.9em}
.bid{font-size:.75em;color:#555;margin-right:.5em;font-family:monospace}
.art{background:hsl(var(--h),70%,90%);border-color:hsl(var(--h),60%,45%)}
.furniture{background:#e4e4e4;border-color:#777;font-style:italic}
.unassigned{background:#fff;border:1px dashed #c00}
.dropped{background:#f4f4f4;border-color:#bbb;color:#888;text-decoration:line-through}
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
.repairs li{font-size:.85em;margin:.15em 0}
.pageview{position:relative;background:#fff;border:1px solid #999;margin:.5em 0;overflow:hidden}
.pageview .box{position:absolute;box-sizing:border-box;margin:0;padding:1px;border:1px solid #888;overflow:hidden;font-size:7px;line-height:1.1;white-space:pre-wrap;opacity:.9;color:#222;text-decoration:none}
.pageview .box.dropped{text-decoration:line-through;color:#888}
.pageview .box:hover{opacity:1;outline:2px solid #000;z-index:2}
.pageview svg{position:absolute;left:0;top:0;pointer-events:none}
)";
  for (const Article& a : tree.articles) {
    css += ".art-" + std::to_string(a.id) + "{--h:" + article_hue(a.id) + "}\n";
  }
  return css;
}

std::string legend(const ArticleTree& tree) {
  std::string out = "<div class=\"legend\">";
  for (const Article& a : tree.articles) {
    std::string title = a.headline.title.empty() ? "(no headline)" : a.headline.title;
    out += "<span class=\"art art-" + std::to_string(a.id) + "\" data-article=\"" +
           std::to_string(a.id) + "\">" + std::to_string(a.id) + " " + escape(title) + "</span>";
  }
  out += "<span class=\"furniture\">page furniture</span>"
         "<span class=\"unassigned\">unassigned</span>"
         "<span class=\"dropped\">dropped</span>"
         "<span class=\"caption\">caption</span>"
         "<span class=\"headline\">headline</span></div>\n";
  return out;
}

// The page drawn at scale; empty when no block has a bbox.
std::string page_view(const ArticleTree& tree, const Page& page,
                      const std::vector<BlockUse>& uses) {
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
  auto centre = [&](const BBox& box) {
    return std::pair<double, double>{(box.x0 + box.x1) / 2 * scale,
                                     (box.y0 + box.y1) / 2 * scale};
  };

  std::string out = "<h2>Page</h2>\n<div class=\"pageview\" style=\"width:" + number(width * scale) +
                    "px;height:" + number(height * scale) + "px\">\n";
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    const Block& b = page.blocks[i];
    if (!b.bbox) continue;
    const BlockUse& use = uses[i];
    std::string classes = "box blk " + article_class(use);
    if (use.caption) classes += " caption";
    if (use.headline) classes += " headline";
    out += "<a class=\"" + classes + "\" href=\"#block-" + std::to_string(i) + "\" title=\"" +
           std::to_string(i) + " (" + escape(mark_label(use)) + "): " + escape(b.text) +
           "\" style=\"left:" + number(b.bbox->x0 * scale) + "px;top:" +
           number(b.bbox->y0 * scale) + "px;width:" + number(std::max(1.0, b.bbox->width() * scale)) +
           "px;height:" + number(std::max(1.0, b.bbox->height() * scale)) + "px" +
           (b.font_size > 0 ? ";font-size:" + number(std::clamp(b.font_size * scale * 0.9, 4.0, 40.0)) + "px"
                            : std::string()) +
           "\">" +
           escape(b.text) + "</a>\n";
  }
  // Joins as arrows from each fragment to the next.
  std::string arrows;
  for (const Repair& r : tree.repairs) {
    if (r.op != "join") continue;
    for (std::size_t k = 0; k + 1 < r.sources.size(); ++k) {
      int from = r.sources[k], to = r.sources[k + 1];
      if (from < 0 || to < 0 || static_cast<std::size_t>(from) >= page.blocks.size() ||
          static_cast<std::size_t>(to) >= page.blocks.size() || !page.blocks[from].bbox ||
          !page.blocks[to].bbox) {
        continue;
      }
      auto [x0, y0] = centre(*page.blocks[from].bbox);
      auto [x1, y1] = centre(*page.blocks[to].bbox);
      arrows += "<line x1=\"" + number(x0) + "\" y1=\"" + number(y0) + "\" x2=\"" + number(x1) +
                "\" y2=\"" + number(y1) + "\"><title>" + escape(r.why) + "</title></line>\n";
    }
  }
  if (!arrows.empty()) {
    out += "<svg width=\"" + number(width * scale) + "\" height=\"" + number(height * scale) +
           "\"><defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
           "markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" "
           "fill=\"#c00\"/></marker></defs><g stroke=\"#c00\" stroke-width=\"2\" "
           "marker-end=\"url(#arrow)\">\n" +
           arrows + "</g></svg>\n";
  }
  return out + "</div>\n";
}

std::string input_blocks(const Page& page, const std::vector<BlockUse>& uses) {
  std::string out = "<section class=\"input\"><h2>Input blocks</h2>\n";
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    const BlockUse& use = uses[i];
    std::string classes = "blk " + article_class(use);
    if (use.caption) classes += " caption";
    if (use.headline) classes += " headline";
    out += "<div class=\"" + classes + "\" id=\"block-" + std::to_string(i) + "\" title=\"" +
           escape(mark_label(use)) + "\"><span class=\"bid\">";
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
        for (int id : d.duplicate_of) why += " " + std::to_string(id);
        why += ", similarity " + number(d.similarity * 100) + "%";
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
  out += legend(tree);
  out += page_view(tree, page, uses);
  out += "<div class=\"columns\">\n" + input_blocks(page, uses) + tree_html(tree) + "</div>\n";
  out += repairs_html(tree);
  return out + "</body>\n</html>\n";
}

}  // namespace banmian
