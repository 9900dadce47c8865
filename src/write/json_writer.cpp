// The JSON writer: the article tree exactly as docs/article-tree.md shows it,
// keys in the spec's order (nlohmann::ordered_json). Optional fields (series,
// dateline, flags, duplicate_of, article) are omitted when absent; added
// fields: headline.sources.
#include <nlohmann/json.hpp>

#include <cmath>

#include <banmian/banmian.hpp>

namespace banmian {
namespace {

using nlohmann::ordered_json;

// Rounds a score to four decimals so that 0.93 prints as 0.93; non-finite
// values (a bug upstream) print as 0.
double score_value(double x) {
  if (!std::isfinite(x)) return 0;
  return std::round(x * 10000) / 10000;
}

ordered_json flag_names(unsigned flags) {
  ordered_json names = ordered_json::array();
  if (flags & kJoined) names.push_back("joined");
  if (flags & kIncompleteStart) names.push_back("incomplete_start");
  if (flags & kIncompleteEnd) names.push_back("incomplete_end");
  if (flags & kMoved) names.push_back("moved");
  return names;
}

ordered_json article_json(const Article& a) {
  ordered_json j;
  j["id"] = a.id;
  j["kind"] = article_kind_name(a.kind);
  j["headline"] = {{"kicker", a.headline.kicker},
                   {"title", a.headline.title},
                   {"subtitles", a.headline.subtitles},
                   {"sources", a.headline.sources}};
  if (a.series) j["series"] = *a.series;
  ordered_json bylines = ordered_json::array();
  for (const Byline& b : a.bylines) {
    bylines.push_back({{"text", b.text},
                       {"role", byline_role_name(b.role)},
                       {"names", b.names},
                       {"sources", b.sources}});
  }
  j["bylines"] = std::move(bylines);
  if (a.dateline) {
    j["dateline"] = {{"text", a.dateline->text},
                     {"source", a.dateline->source},
                     {"date", a.dateline->date}};
  }
  ordered_json body = ordered_json::array();
  for (const BodyItem& item : a.body) {
    ordered_json b = {{"type", item.type == BodyType::kHeading ? "heading" : "paragraph"},
                      {"text", item.text},
                      {"sources", item.sources}};
    if (item.flags != 0) b["flags"] = flag_names(item.flags);
    body.push_back(std::move(b));
  }
  j["body"] = std::move(body);
  ordered_json captions = ordered_json::array();
  for (const Caption& c : a.captions) {
    captions.push_back(
        {{"type", caption_type_name(c.type)}, {"text", c.text}, {"sources", c.sources}});
  }
  j["captions"] = std::move(captions);
  j["confidence"] = score_value(a.confidence);
  return j;
}

ordered_json tree_json(const ArticleTree& tree) {
  ordered_json j;
  j["format"] = "banmian.article-tree";
  j["version"] = 1;
  j["source"] = {{"name", tree.source.name},
                 {"input_format", input_format_name(tree.source.input_format)},
                 {"blocks", tree.source.blocks}};
  ordered_json articles = ordered_json::array();
  for (const Article& a : tree.articles) articles.push_back(article_json(a));
  j["articles"] = std::move(articles);

  ordered_json furniture = ordered_json::array();
  for (const Furniture& f : tree.page_furniture) {
    furniture.push_back({{"type", f.type}, {"text", f.text}, {"sources", f.sources}});
  }
  j["page_furniture"] = std::move(furniture);

  ordered_json unassigned = ordered_json::array();
  for (const Unassigned& u : tree.unassigned) {
    unassigned.push_back({{"text", u.text}, {"sources", u.sources}, {"reason", u.reason}});
  }
  j["unassigned"] = std::move(unassigned);

  ordered_json dropped = ordered_json::array();
  for (const Dropped& d : tree.dropped) {
    ordered_json item = {{"text", d.text}, {"sources", d.sources}, {"reason", d.reason}};
    if (d.reason == "duplicate") {
      item["duplicate_of"] = d.duplicate_of;
      item["similarity"] = score_value(d.similarity);
    }
    dropped.push_back(std::move(item));
  }
  j["dropped"] = std::move(dropped);

  ordered_json repairs = ordered_json::array();
  for (const Repair& r : tree.repairs) {
    ordered_json item = {{"op", r.op}, {"sources", r.sources}};
    if (r.article != 0) item["article"] = r.article;
    item["score"] = score_value(r.score);
    item["why"] = r.why;
    repairs.push_back(std::move(item));
  }
  j["repairs"] = std::move(repairs);
  return j;
}

}  // namespace

std::string to_json(const ArticleTree& tree, bool pretty) {
  // Invalid UTF-8 cannot reach here (the readers validate), but replacing it
  // keeps the writer from ever throwing.
  return tree_json(tree).dump(pretty ? 2 : -1, ' ', false,
                              ordered_json::error_handler_t::replace);
}

const char* article_kind_name(ArticleKind kind) {
  switch (kind) {
    case ArticleKind::kNews: return "news";
    case ArticleKind::kPhoto: return "photo";
    case ArticleKind::kBrief: return "brief";
    case ArticleKind::kNotice: return "notice";
    case ArticleKind::kOther: return "other";
  }
  return "other";
}

const char* byline_role_name(BylineRole role) {
  switch (role) {
    case BylineRole::kReporter: return "reporter";
    case BylineRole::kCorrespondent: return "correspondent";
    case BylineRole::kPhotographer: return "photographer";
    case BylineRole::kIntern: return "intern";
    case BylineRole::kEditor: return "editor";
    case BylineRole::kOther: return "other";
  }
  return "other";
}

const char* caption_type_name(CaptionType type) {
  switch (type) {
    case CaptionType::kQr: return "qr";
    case CaptionType::kPhoto: return "photo";
    case CaptionType::kCredit: return "credit";
    case CaptionType::kPullquote: return "pullquote";
    case CaptionType::kOther: return "other";
  }
  return "other";
}

}  // namespace banmian
