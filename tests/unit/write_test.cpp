// Tests of the writers: JSON per docs/article-tree.md, text, Markdown,
// explain, HTML.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <banmian/banmian.hpp>

#include <string>
#include <vector>

namespace banmian {
namespace {

// ordered_json keeps the key order of the output, so the tests check it.
using json = nlohmann::ordered_json;

std::vector<std::string> keys(const json& object) {
  std::vector<std::string> out;
  for (auto it = object.begin(); it != object.end(); ++it) out.push_back(it.key());
  return out;
}

// A small page: two articles, furniture, an unassigned and a dropped block.
ArticleTree sample_tree() {
  ArticleTree tree;
  tree.source = {"page.txt", InputFormat::kText, 9};

  Article a;
  a.id = 1;
  a.kind = ArticleKind::kNews;
  a.headline = {"引题", "主标题", {"副题一", "副题二"}, {1}};
  a.series = "系列报道 5";
  a.series_sources = {1};
  a.bylines.push_back({"本报记者 张三", BylineRole::kReporter, {"张三"}, {2}});
  a.dateline = Dateline{"长沙晚报5月13日讯（全媒体记者 刘琼萍）", "长沙晚报", "5月13日"};
  a.body.push_back({BodyType::kParagraph, "第一段。", {3}, 0});
  a.body.push_back({BodyType::kHeading, "小标题", {4}, 0});
  a.body.push_back({BodyType::kParagraph, "第二段，接续。", {5, 7}, kJoined | kMoved});
  a.captions.push_back({CaptionType::kQr, "扫二维码 看详细名单", {6}});
  a.confidence = 0.93;
  tree.articles.push_back(a);

  Article b;
  b.id = 2;
  b.kind = ArticleKind::kBrief;
  b.body.push_back({BodyType::kParagraph, "简讯。", {8}, kIncompleteStart});
  b.confidence = 0.5;
  tree.articles.push_back(b);

  tree.page_furniture.push_back({"header", "长沙晚报 A03", {0}});
  tree.unassigned.push_back({"孤立", {9}, "no article fits"});
  tree.dropped.push_back({"第一段。", {10}, "duplicate", {3}, 1.0});
  tree.dropped.push_back({"~~", {11}, "noise", {}, 0});
  tree.repairs.push_back({"join", {5, 7}, 0.91, "5 ends mid-sentence; 7 continues it", 0});
  tree.repairs.push_back({"attach_caption", {6}, 0.8, "QR caption after article 1", 1});
  return tree;
}

TEST(JsonWriter, HasExactlyTheSpecKeysInOrder) {
  json j = json::parse(to_json(sample_tree()));
  EXPECT_EQ(keys(j), (std::vector<std::string>{"format", "version", "source", "articles",
                                               "page_furniture", "unassigned", "dropped",
                                               "repairs"}));
  EXPECT_EQ(j["format"], "banmian.article-tree");
  EXPECT_EQ(j["version"], 1);
  EXPECT_EQ(keys(j["source"]), (std::vector<std::string>{"name", "input_format", "blocks"}));
  EXPECT_EQ(j["source"]["input_format"], "text");
  EXPECT_EQ(j["source"]["blocks"], 9);

  const json& a = j["articles"][0];
  EXPECT_EQ(keys(a), (std::vector<std::string>{"id", "kind", "headline", "series", "bylines",
                                               "dateline", "body", "captions", "confidence"}));
  EXPECT_EQ(keys(a["headline"]),
            (std::vector<std::string>{"kicker", "title", "subtitles", "sources"}));
  EXPECT_EQ(a["headline"]["subtitles"], json::array({"副题一", "副题二"}));
  EXPECT_EQ(a["series"], "系列报道 5");
  EXPECT_EQ(keys(a["bylines"][0]), (std::vector<std::string>{"text", "role", "names", "sources"}));
  EXPECT_EQ(a["bylines"][0]["role"], "reporter");
  EXPECT_EQ(keys(a["dateline"]), (std::vector<std::string>{"text", "source", "date"}));
  EXPECT_EQ(keys(a["body"][0]), (std::vector<std::string>{"type", "text", "sources"}));
  EXPECT_EQ(a["body"][1]["type"], "heading");
  EXPECT_EQ(keys(a["body"][2]), (std::vector<std::string>{"type", "text", "sources", "flags"}));
  EXPECT_EQ(a["body"][2]["flags"], json::array({"joined", "moved"}));
  EXPECT_EQ(a["body"][2]["sources"], json::array({5, 7}));
  EXPECT_EQ(keys(a["captions"][0]), (std::vector<std::string>{"type", "text", "sources"}));
  EXPECT_EQ(a["captions"][0]["type"], "qr");
  EXPECT_DOUBLE_EQ(a["confidence"].get<double>(), 0.93);

  // Absent series and dateline are omitted, not null.
  const json& b = j["articles"][1];
  EXPECT_FALSE(b.contains("series"));
  EXPECT_FALSE(b.contains("dateline"));
  EXPECT_EQ(b["kind"], "brief");
  EXPECT_EQ(b["headline"]["kicker"], "");
  EXPECT_EQ(b["body"][0]["flags"], json::array({"incomplete_start"}));

  EXPECT_EQ(keys(j["page_furniture"][0]), (std::vector<std::string>{"type", "text", "sources"}));
  EXPECT_EQ(keys(j["unassigned"][0]), (std::vector<std::string>{"text", "sources", "reason"}));
  EXPECT_EQ(keys(j["dropped"][0]), (std::vector<std::string>{"text", "sources", "reason",
                                                             "duplicate_of", "similarity"}));
  EXPECT_EQ(keys(j["dropped"][1]), (std::vector<std::string>{"text", "sources", "reason"}));
  EXPECT_EQ(keys(j["repairs"][0]), (std::vector<std::string>{"op", "sources", "score", "why"}));
  EXPECT_EQ(keys(j["repairs"][1]),
            (std::vector<std::string>{"op", "sources", "article", "score", "why"}));
  EXPECT_EQ(j["repairs"][1]["article"], 1);
}

TEST(JsonWriter, CompactIsOneLineAndEqualToPretty) {
  std::string compact = to_json(sample_tree(), false);
  std::string pretty = to_json(sample_tree(), true);
  EXPECT_EQ(compact.find('\n'), std::string::npos);
  EXPECT_NE(pretty.find('\n'), std::string::npos);
  EXPECT_EQ(json::parse(compact), json::parse(pretty));
  // UTF-8 as is, no BOM, no \u escapes for Chinese.
  EXPECT_NE(compact.rfind("{", 0), std::string::npos);
  EXPECT_NE(compact.find("主标题"), std::string::npos);
}

TEST(JsonWriter, EmptyTree) {
  ArticleTree tree;
  json j = json::parse(to_json(tree));
  EXPECT_TRUE(j["articles"].is_array());
  EXPECT_TRUE(j["articles"].empty());
  EXPECT_TRUE(j["repairs"].is_array());
  EXPECT_EQ(j["source"]["name"], "");
}

TEST(JsonWriter, RoundsScoresAndNeverThrows) {
  ArticleTree tree;
  Article a;
  a.id = 1;
  a.confidence = 0.1 + 0.2;  // 0.30000000000000004
  a.body.push_back({BodyType::kParagraph, std::string("bad \xFF byte"), {0}, 0});
  tree.articles.push_back(a);
  std::string out = to_json(tree, false);
  EXPECT_NE(out.find("\"confidence\":0.3}"), std::string::npos) << out;
  EXPECT_TRUE(json::accept(out));
}

TEST(TextWriter, RendersPerTheSpec) {
  EXPECT_EQ(to_text(sample_tree()),
            "引题\n主标题\n副题一\n副题二\n"
            "\n"
            "本报记者 张三\n系列报道 5\n"
            "\n"
            "第一段。\n"
            "\n"
            "小标题\n"
            "\n"
            "第二段，接续。\n"
            "\n"
            "扫二维码 看详细名单\n"
            "\n---\n\n"
            "简讯。\n");
  EXPECT_EQ(to_text(ArticleTree{}), "");
}

TEST(MarkdownWriter, RendersPerTheSpec) {
  EXPECT_EQ(to_markdown(sample_tree()),
            "*引题*\n\n# 主标题\n\n*副题一*\n\n*副题二*\n"
            "\n"
            "本报记者 张三  \n系列报道 5\n"
            "\n"
            "第一段。\n"
            "\n"
            "## 小标题\n"
            "\n"
            "第二段，接续。\n"
            "\n"
            "> 扫二维码 看详细名单\n"
            "\n---\n\n"
            "简讯。\n");
}

TEST(MarkdownWriter, EscapesMarkup) {
  ArticleTree tree;
  Article a;
  a.id = 1;
  a.headline.title = "*重要*";
  a.body.push_back({BodyType::kParagraph, "# 不是标题", {0}, 0});
  a.body.push_back({BodyType::kParagraph, "1. 不是列表", {1}, 0});
  tree.articles.push_back(a);
  EXPECT_EQ(to_markdown(tree), "# \\*重要\\*\n\n\\# 不是标题\n\n1\\. 不是列表\n");
}

TEST(Explain, OneLinePerRepair) {
  EXPECT_EQ(explain(sample_tree()),
            "join 5 -> 7 (score 0.91): 5 ends mid-sentence; 7 continues it\n"
            "attach_caption 6 (article 1) (score 0.80): QR caption after article 1\n");
  EXPECT_EQ(explain(ArticleTree{}), "");
}

TEST(HtmlWriter, WithoutGeometryShowsBlocksAndTree) {
  Page page;
  page.name = "page.txt";
  for (int i = 0; i < 12; ++i) page.blocks.push_back(Block{"块<" + std::to_string(i) + ">", {}, 0, false, 0});
  std::string html = to_html(sample_tree(), page);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_NE(html.find("id=\"block-11\""), std::string::npos);
  EXPECT_NE(html.find("块&lt;3&gt;"), std::string::npos);
  EXPECT_EQ(html.find("块<3>"), std::string::npos);
  // Block 5 went to article 1, block 8 to article 2, 0 is furniture, 10 dropped.
  EXPECT_NE(html.find("class=\"blk art art-1\" id=\"block-5\""), std::string::npos);
  EXPECT_NE(html.find("class=\"blk art art-2\" id=\"block-8\""), std::string::npos);
  EXPECT_NE(html.find("class=\"blk furniture\" id=\"block-0\""), std::string::npos);
  EXPECT_NE(html.find("class=\"blk dropped\" id=\"block-10\""), std::string::npos);
  EXPECT_NE(html.find("class=\"blk art art-1 caption\" id=\"block-6\""), std::string::npos);
  EXPECT_NE(html.find(".art-2{--h:"), std::string::npos);
  EXPECT_NE(html.find("data-article=\"2\""), std::string::npos);
  EXPECT_NE(html.find("join 5 -&gt; 7"), std::string::npos);
  EXPECT_EQ(html.find("pageview\" style"), std::string::npos);
}

TEST(HtmlWriter, WithGeometryDrawsThePage) {
  Page page;
  page.width = 450;
  page.height = 600;
  for (int i = 0; i < 12; ++i) {
    page.blocks.push_back(Block{"块", BBox{10.0 * i, 20, 10.0 * i + 8, 40}, 10, false, 0});
  }
  std::string html = to_html(sample_tree(), page);
  EXPECT_NE(html.find("class=\"pageview\" style=\"width:900.0px;height:1200.0px\""),
            std::string::npos);
  // Block 3 at x0 = 30 drawn at scale 2.
  EXPECT_NE(html.find("left:60.0px;top:40.0px;width:16.0px;height:40.0px"), std::string::npos);
  EXPECT_NE(html.find("<line "), std::string::npos);  // the join 5 -> 7 as an arrow
}

TEST(Names, AreTheSpecNames) {
  EXPECT_STREQ(article_kind_name(ArticleKind::kPhoto), "photo");
  EXPECT_STREQ(article_kind_name(ArticleKind::kNotice), "notice");
  EXPECT_STREQ(byline_role_name(BylineRole::kCorrespondent), "correspondent");
  EXPECT_STREQ(byline_role_name(BylineRole::kPhotographer), "photographer");
  EXPECT_STREQ(byline_role_name(BylineRole::kIntern), "intern");
  EXPECT_STREQ(caption_type_name(CaptionType::kPullquote), "pullquote");
  EXPECT_STREQ(caption_type_name(CaptionType::kCredit), "credit");
}

}  // namespace
}  // namespace banmian
