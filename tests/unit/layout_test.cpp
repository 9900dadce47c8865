// Tests of the geometry stage: lines, column runs, XY-cut order, paragraphs.
#include <gtest/gtest.h>

#include <banmian/banmian.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <tuple>

#include "layout/layout.hpp"
#include "text/utf8.hpp"

namespace banmian {
namespace {

// Word boxes are 2.6 times as high as the font, as Chromium's PDFs print them.
constexpr double kBoxRatio = 2.6;

std::size_t code_points(std::string_view s) { return text::decode(s).size(); }

// A word of CJK text whose glyphs are one em wide, centred on baseline row y.
Block word(std::string text, double x0, double y, double font) {
  Block b;
  double width = font * static_cast<double>(code_points(text));
  b.text = std::move(text);
  b.bbox = BBox{x0, y, x0 + width, y + kBoxRatio * font};
  b.font_size = kBoxRatio * font;
  return b;
}

Page word_level(std::vector<Block> blocks) {
  Page page;
  page.format = InputFormat::kPdftotextBbox;
  page.width = 600;
  page.height = 800;
  page.blocks = std::move(blocks);
  return page;
}

std::string all_text(const Page& page) {
  std::string out;
  for (const Block& b : page.blocks) out += b.text + "\n\n";
  return out;
}

// The sorted non-space code points of a page's text.
std::u32string characters(const Page& page) {
  std::u32string out;
  for (const Block& b : page.blocks)
    for (char32_t c : text::decode(b.text))
      if (c != ' ' && c != '\n') out += c;
  std::sort(out.begin(), out.end());
  return out;
}

// Lays out `lines` as a column at x0 (10-point font, pitch 14): a line
// starting with two ideographic spaces is indented by two ems.
void column(std::vector<Block>& out, double x0, double y0, const std::vector<std::string>& lines) {
  double y = y0;
  for (const std::string& line : lines) {
    bool indented = line.rfind("\u3000\u3000", 0) == 0;
    std::string text = indented ? line.substr(6) : line;
    out.push_back(word(text, x0 + (indented ? 20 : 0), y, 10));
    y += 14;
  }
}

TEST(Geometry, TwoColumnsUnderASpanningHeadline) {
  std::vector<Block> blocks;
  // Columns first, headline last: input order must not matter.
  column(blocks, 110, 60, {"乙栏第一行接着甲栏", "的句子写完了。"});
  column(blocks, 0, 60, {"\u3000\u3000甲栏首段开头", "甲栏第二行是满行", "甲栏第三行也满行"});
  blocks.push_back(word("横跨两栏的标题", 0, 0, 20));
  Page out = layout::order_by_geometry(word_level(blocks));
  ASSERT_EQ(out.blocks.size(), 2u) << all_text(out);
  EXPECT_EQ(out.blocks[0].text, "横跨两栏的标题");
  EXPECT_NEAR(out.blocks[0].font_size, 20, 0.5);
  EXPECT_EQ(out.blocks[1].text, "甲栏首段开头甲栏第二行是满行甲栏第三行也满行乙栏第一行接着甲栏的句子写完了。");
  EXPECT_NEAR(out.blocks[1].font_size, 10, 0.5);
}

// The position of `needle` in the page's text, or npos.
std::size_t position(const Page& page, std::string_view needle) { return all_text(page).find(needle); }

TEST(Geometry, NarrowHeadlineOwnsTheColumnsBesideTheOneBelowIt) {
  // 甲's headline is as wide as its text, one of its three columns; the
  // columns start right under it and are set a gutter apart. 甲's first
  // column is short: 丙's headline sits below it, in that column only. 甲's
  // second and third columns come before 丙.
  std::vector<Block> blocks;
  blocks.push_back(word("甲标题", 0, 0, 20));
  column(blocks, 0, 40, {"甲一栏第一行满行", "甲一栏完。"});
  column(blocks, 90, 40, {"甲二栏第一行满行", "甲二栏第二行满行", "甲二栏第三行满行", "甲二栏第四行满行",
                          "甲二栏第五行满行", "甲二栏第六行满行", "甲二栏第七行满行", "甲二栏完。"});
  column(blocks, 180, 40, {"甲三栏第一行满行", "甲三栏完。"});
  blocks.push_back(word("丙标题", 0, 100, 20));
  column(blocks, 0, 140, {"丙一栏第一行满行", "丙一栏完。"});
  Page out = layout::order_by_geometry(word_level(blocks));
  std::vector<std::size_t> at = {position(out, "甲标题"), position(out, "甲一栏完"), position(out, "甲二栏完"),
                                 position(out, "甲三栏完"), position(out, "丙标题"), position(out, "丙一栏完")};
  for (std::size_t k = 0; k < at.size(); ++k) ASSERT_NE(at[k], std::string::npos) << all_text(out);
  EXPECT_TRUE(std::is_sorted(at.begin(), at.end())) << all_text(out);
}

TEST(Geometry, ColumnBetweenTwoNarrowHeadlinesGoesToTheLeftOne) {
  // 甲's and 乙's headlines each cover one column; the column between them
  // is under neither and continues 甲 (乙 is set a little lower).
  std::vector<Block> blocks;
  blocks.push_back(word("甲标题", 0, 0, 20));
  blocks.push_back(word("乙标题", 180, 3, 20));
  column(blocks, 0, 40, {"甲一栏第一行满行", "甲一栏第二行满行"});
  column(blocks, 90, 40, {"甲二栏第一行满行", "甲二栏完。"});
  column(blocks, 180, 40, {"乙一栏第一行满行", "乙一栏完。"});
  Page out = layout::order_by_geometry(word_level(blocks));
  std::vector<std::size_t> at = {position(out, "甲标题"), position(out, "甲二栏完"), position(out, "乙标题"),
                                 position(out, "乙一栏完")};
  for (std::size_t k = 0; k < at.size(); ++k) ASSERT_NE(at[k], std::string::npos) << all_text(out);
  EXPECT_TRUE(std::is_sorted(at.begin(), at.end())) << all_text(out);
}

TEST(Geometry, BylinesUnderAHeadlineDoNotCutItOffFromItsColumns) {
  // Three lines of small type (reporters' names) between 甲's headline and
  // its columns; the columns still belong to 甲, not to 丙 below its first
  // column.
  std::vector<Block> blocks;
  blocks.push_back(word("甲标题", 0, 0, 20));
  blocks.push_back(word("本报记者甲", 0, 36, 7));
  blocks.push_back(word("本报记者乙", 0, 46, 7));
  blocks.push_back(word("本报记者丙", 0, 56, 7));
  column(blocks, 0, 70, {"甲一栏第一行满行", "甲一栏完。"});
  column(blocks, 90, 70, {"甲二栏第一行满行", "甲二栏第二行满行", "甲二栏第三行满行", "甲二栏第四行满行",
                          "甲二栏第五行满行", "甲二栏第六行满行", "甲二栏第七行满行", "甲二栏完。"});
  blocks.push_back(word("丙标题", 0, 120, 20));
  column(blocks, 0, 160, {"丙一栏第一行满行", "丙一栏完。"});
  Page out = layout::order_by_geometry(word_level(blocks));
  std::vector<std::size_t> at = {position(out, "甲标题"), position(out, "本报记者丙"), position(out, "甲一栏完"),
                                 position(out, "甲二栏完"), position(out, "丙标题"), position(out, "丙一栏完")};
  for (std::size_t k = 0; k < at.size(); ++k) ASSERT_NE(at[k], std::string::npos) << all_text(out);
  EXPECT_TRUE(std::is_sorted(at.begin(), at.end())) << all_text(out);
}

TEST(Geometry, HeadlineWordOnAColumnEdgeStaysOnItsLine) {
  // The second word of a two-column headline happens to start on the left
  // edge of the second column, a space after the first word.
  std::vector<Block> blocks;
  blocks.push_back(word("有约必守", 6, 0, 20));
  blocks.push_back(word("保护权益", 90, 0, 20));
  column(blocks, 0, 60, {"甲栏第一行是满行", "甲栏第二行是满行", "甲栏第三行是满行", "甲栏第四行是满行"});
  column(blocks, 90, 60, {"乙栏第一行是满行", "乙栏第二行是满行", "乙栏第三行是满行", "乙栏完。"});
  Page out = layout::order_by_geometry(word_level(blocks));
  ASSERT_FALSE(out.blocks.empty());
  EXPECT_EQ(out.blocks[0].text, "有约必守保护权益") << all_text(out);
}

TEST(Geometry, ColumnJoinCanBeTurnedOff) {
  std::vector<Block> blocks;
  column(blocks, 0, 0, {"甲栏第一行是满行", "甲栏第二行是满行"});
  column(blocks, 100, 0, {"乙栏接着写完了。", "乙栏第二行。"});
  layout::GeometryOptions options;
  options.join_columns = false;
  Page out = layout::order_by_geometry(word_level(blocks), options);
  ASSERT_EQ(out.blocks.size(), 2u) << all_text(out);
  EXPECT_EQ(out.blocks[0].text, "甲栏第一行是满行甲栏第二行是满行");
  EXPECT_EQ(out.blocks[1].text, "乙栏接着写完了。乙栏第二行。");
}

TEST(Geometry, IndentedLineOrShortLineStartsAParagraph) {
  std::vector<Block> blocks;
  column(blocks, 0, 0,
         {"\u3000\u3000第一段开头", "第一段中间满行", "结尾。", "第二段不缩进满行", "\u3000\u3000第三段缩进",
          "第三段的满行啊"});
  Page out = layout::order_by_geometry(word_level(blocks));
  ASSERT_EQ(out.blocks.size(), 3u) << all_text(out);
  EXPECT_EQ(out.blocks[0].text, "第一段开头第一段中间满行结尾。");
  EXPECT_EQ(out.blocks[1].text, "第二段不缩进满行");
  EXPECT_EQ(out.blocks[2].text, "第三段缩进第三段的满行啊");
}

TEST(Geometry, LineCrossingAGutterIsSplitAtTheColumnEdge) {
  // pdftotext puts both columns' words in one <line> of one <block>; the
  // left column's last line even runs past the right column's edge.
  detail::LayoutPage layout_page;
  layout_page.width = 300;
  layout_page.height = 200;
  detail::LayoutBlock block;
  const std::vector<std::string> left = {"左栏第一行满了", "左栏第二行满了", "左栏第三行满了",
                                         "左栏第四行满了超"};
  const std::vector<std::string> right = {"右栏第一行满了", "右栏第二行满了", "右栏第三行满了",
                                          "右栏第四行满了"};
  for (int i = 0; i < 4; ++i) {
    detail::LayoutLine line;
    double y = 14.0 * i;
    for (auto [text, x0] : {std::pair{left[static_cast<std::size_t>(i)], 0.0},
                            std::pair{right[static_cast<std::size_t>(i)], 78.0}}) {
      Block w = word(text, x0, y, 10);
      line.words.push_back(detail::LayoutWord{text, *w.bbox});
      line.bbox = line.words.size() == 1 ? *w.bbox : BBox{0, y, w.bbox->x1, w.bbox->y1};
    }
    block.lines.push_back(line);
  }
  block.bbox = BBox{0, 0, 150, 80};
  layout_page.blocks.push_back(block);
  Page words = layout::word_page(layout_page, 0);
  ASSERT_EQ(words.blocks.size(), 8u);
  layout::GeometryOptions options;
  options.join_columns = false;
  layout::GeometryTrace trace = layout::order_by_geometry_traced(words, options);
  ASSERT_EQ(trace.page.blocks.size(), 2u) << all_text(trace.page);
  EXPECT_EQ(trace.page.blocks[0].text, "左栏第一行满了左栏第二行满了左栏第三行满了左栏第四行满了超");
  EXPECT_EQ(trace.page.blocks[1].text, "右栏第一行满了右栏第二行满了右栏第三行满了右栏第四行满了");
  EXPECT_EQ(trace.origins[0], (std::vector<int>{0, 2, 4, 6}));
  EXPECT_EQ(trace.origins[1], (std::vector<int>{1, 3, 5, 7}));
}

TEST(Geometry, LatinWordsKeepTheirSpaces) {
  std::vector<Block> blocks;
  Block hello = word("Hello", 0, 0, 10);
  hello.bbox->x1 = 25;
  Block world = word("world,", 28, 0, 10);
  world.bbox->x1 = 58;
  Block next = word("again", 0, 14, 10);
  next.bbox->x1 = 25;
  Block han = word("中文", 30, 14, 10);
  blocks = {next, world, han, hello};
  Page out = layout::order_by_geometry(word_level(blocks));
  ASSERT_EQ(out.blocks.size(), 1u) << all_text(out);
  EXPECT_EQ(out.blocks[0].text, "Hello world, again 中文");
}

TEST(Geometry, EveryCharacterLandsExactlyOnce) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> x(0, 500), y(0, 700);
  std::uniform_int_distribution<int> len(1, 12), font(6, 30), pick(0, 5);
  const std::vector<std::string> pieces = {"中", "文", "A", "b", "，", "1"};
  for (int round = 0; round < 50; ++round) {
    std::vector<Block> blocks;
    int n = 1 + round * 7;
    for (int i = 0; i < n; ++i) {
      std::string t;
      int l = len(rng);
      for (int k = 0; k < l; ++k) t += pieces[static_cast<std::size_t>(pick(rng))];
      blocks.push_back(word(t, x(rng), y(rng), font(rng)));
    }
    if (round % 5 == 0) blocks.push_back(Block{"无框", std::nullopt, 0, false, 0});
    Page in = word_level(blocks);
    layout::GeometryTrace trace = layout::order_by_geometry_traced(in);
    EXPECT_EQ(characters(trace.page), characters(in)) << "round " << round;
    std::vector<int> seen;
    for (const auto& o : trace.origins) seen.insert(seen.end(), o.begin(), o.end());
    std::sort(seen.begin(), seen.end());
    std::vector<int> all(in.blocks.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
    EXPECT_EQ(seen, all) << "round " << round;
  }
}

TEST(Geometry, DenseGridIsFast) {
  // 12 columns of 420 lines: about 5000 words.
  std::vector<Block> blocks;
  for (int c = 0; c < 12; ++c)
    for (int l = 0; l < 420; ++l) blocks.push_back(word("密集的一行文字满了", c * 100.0, l * 14.0, 10));
  auto start = std::chrono::steady_clock::now();
  Page out = layout::order_by_geometry(word_level(blocks));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 2.0);
  EXPECT_EQ(characters(out), characters(word_level(blocks)));
}

TEST(Geometry, BlockLevelPagesAreReorderedNotRebuilt) {
  Page page;
  page.format = InputFormat::kBlocksJson;
  auto block = [](std::string text, BBox box, double font) {
    Block b;
    b.text = std::move(text);
    b.bbox = box;
    b.font_size = font;
    return b;
  };
  const BBox left{20, 100, 160, 500}, right{169, 100, 309, 500};
  page.blocks = {block("右栏一段", right, 10), block("左栏一段", left, 10),
                 block("右栏二段", right, 10), block("标题", {20, 60, 309, 96}, 28),
                 block("左栏二段", left, 10), block("不在框里", {}, 0)};
  page.blocks.back().bbox.reset();
  layout::GeometryTrace trace = layout::order_by_geometry_traced(page);
  std::vector<std::string> texts;
  for (const Block& b : trace.page.blocks) texts.push_back(b.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"标题", "左栏一段", "左栏二段", "右栏一段", "右栏二段",
                                              "不在框里"}));
  EXPECT_EQ(trace.origins[0], std::vector<int>{3});
}

// A block-level page (blocks-json): whole blocks with boxes and font sizes.
Block boxed(std::string text, BBox box, double font) {
  Block b;
  b.text = std::move(text);
  b.bbox = box;
  b.font_size = font;
  return b;
}

Page block_level(std::vector<Block> blocks) {
  Page page;
  page.format = InputFormat::kBlocksJson;
  page.width = 1000;
  page.height = 1400;
  page.blocks = std::move(blocks);
  return page;
}

std::vector<std::string> texts_of(const Page& page) {
  std::vector<std::string> out;
  for (const Block& b : page.blocks) out.push_back(b.text);
  return out;
}

// Shuffles blocks with a fixed seed; blocks sharing one box keep their
// relative order, as nothing else orders them.
std::vector<Block> shuffled(const std::vector<Block>& blocks, unsigned seed) {
  std::vector<Block> out = blocks;
  std::mt19937 rng(seed);
  std::shuffle(out.begin(), out.end(), rng);
  std::map<std::tuple<double, double, double, double>, std::vector<Block>> by_box;
  for (const Block& b : blocks)
    if (b.bbox) by_box[{b.bbox->x0, b.bbox->y0, b.bbox->x1, b.bbox->y1}].push_back(b);
  std::map<std::tuple<double, double, double, double>, std::size_t> used;
  for (Block& b : out)
    if (b.bbox) {
      auto key = std::make_tuple(b.bbox->x0, b.bbox->y0, b.bbox->x1, b.bbox->y1);
      b = by_box[key][used[key]++];
    }
  return out;
}

// Three articles side by side, their headlines in one row: a horizontal cut
// under the row must not read the three headlines one after another.
std::vector<Block> three_articles_in_a_row() {
  return {boxed("报头", {20, 20, 400, 40}, 9),
          boxed("甲标题", {20, 60, 249, 90}, 24),
          boxed("甲一栏", {20, 100, 130, 600}, 10),
          boxed("甲二栏", {139, 100, 249, 580}, 10),
          boxed("乙标题", {258, 60, 487, 84}, 18),
          boxed("乙作者", {258, 88, 487, 100}, 9),
          boxed("乙一栏", {258, 104, 368, 400}, 10),
          boxed("乙二栏", {377, 104, 487, 400}, 10),
          boxed("丙标题", {496, 60, 606, 110}, 16),
          boxed("丙一段", {496, 114, 606, 300}, 10),
          boxed("丙二段", {496, 114, 606, 300}, 10)};
}

TEST(Geometry, SideBySideArticlesKeepHeadlineAboveBody) {
  Page out = layout::order_by_geometry(block_level(three_articles_in_a_row()));
  EXPECT_EQ(texts_of(out), (std::vector<std::string>{"报头", "甲标题", "甲一栏", "甲二栏", "乙标题", "乙作者",
                                                     "乙一栏", "乙二栏", "丙标题", "丙一段", "丙二段"}));
}

TEST(Geometry, SpanningHeadlineOwnsItsColumnsBesideAnotherArticle) {
  // 甲's headline spans two columns; 乙 stands beside it with a two-line
  // headline (kicker and title). Below 甲 a second article 丁 spans the same
  // two columns; 甲's second column is shorter than its first.
  std::vector<Block> blocks = {
      boxed("甲标题", {20, 60, 249, 96}, 28),   boxed("甲一栏", {20, 100, 130, 500}, 10),
      boxed("甲二栏", {139, 100, 249, 470}, 10), boxed("乙引题", {258, 60, 368, 74}, 13),
      boxed("乙标题", {258, 78, 368, 120}, 20),  boxed("乙正文", {258, 124, 368, 700}, 10),
      boxed("丁标题", {20, 520, 249, 546}, 20),  boxed("丁一栏", {20, 550, 130, 700}, 10),
      boxed("丁二栏", {139, 550, 249, 700}, 10), boxed("丁图说", {20, 704, 249, 716}, 9)};
  Page out = layout::order_by_geometry(block_level(blocks));
  // XY-cut over the article boxes: 甲 and 丁 share the left columns, 乙 stands
  // right of both.
  EXPECT_EQ(texts_of(out), (std::vector<std::string>{"甲标题", "甲一栏", "甲二栏", "丁标题", "丁一栏", "丁二栏",
                                                     "丁图说", "乙引题", "乙标题", "乙正文"}));
}

TEST(Geometry, ShortItemsBelowAnArticleFollowItsColumns) {
  // Under the columns of 甲, a gap across the article, then three short
  // items without headlines: 甲's columns come first, then the items, column
  // by column.
  std::vector<Block> blocks = {
      boxed("甲标题", {20, 60, 249, 90}, 20),   boxed("甲一栏", {20, 94, 130, 400}, 10),
      boxed("甲二栏", {139, 94, 249, 390}, 10),  boxed("短讯一", {20, 420, 130, 500}, 10),
      boxed("短讯二", {139, 420, 249, 540}, 10), boxed("短讯三", {20, 516, 130, 560}, 10)};
  Page out = layout::order_by_geometry(block_level(blocks));
  EXPECT_EQ(texts_of(out),
            (std::vector<std::string>{"甲标题", "甲一栏", "甲二栏", "短讯一", "短讯三", "短讯二"}));
}

TEST(Geometry, BlockLevelOrderDoesNotDependOnInputOrder) {
  std::vector<Block> blocks = three_articles_in_a_row();
  Page expected = layout::order_by_geometry(block_level(blocks));
  for (unsigned seed = 1; seed <= 20; ++seed) {
    Page in = block_level(shuffled(blocks, seed));
    layout::GeometryTrace trace = layout::order_by_geometry_traced(in);
    EXPECT_EQ(texts_of(trace.page), texts_of(expected)) << "seed " << seed;
    // The map back to the input names each input block exactly once.
    std::vector<int> seen;
    for (std::size_t i = 0; i < trace.origins.size(); ++i) {
      ASSERT_EQ(trace.origins[i].size(), 1u);
      EXPECT_EQ(in.blocks[static_cast<std::size_t>(trace.origins[i][0])].text, trace.page.blocks[i].text);
      seen.push_back(trace.origins[i][0]);
    }
    std::sort(seen.begin(), seen.end());
    for (std::size_t i = 0; i < seen.size(); ++i) EXPECT_EQ(seen[i], static_cast<int>(i));
  }
}

TEST(Geometry, BlockLevelEveryBlockLandsExactlyOnce) {
  std::mt19937 rng(5);
  std::uniform_real_distribution<double> x(0, 900), y(0, 1300), size(5, 400);
  std::uniform_int_distribution<int> font(8, 30), share(0, 3);
  for (int round = 0; round < 50; ++round) {
    std::vector<Block> blocks;
    int n = 1 + round * 3;
    for (int i = 0; i < n; ++i) {
      if (!blocks.empty() && share(rng) == 0) {  // a second paragraph in the last box
        blocks.push_back(boxed("段" + std::to_string(i), *blocks.back().bbox, blocks.back().font_size));
        continue;
      }
      double x0 = x(rng), y0 = y(rng);
      blocks.push_back(boxed("块" + std::to_string(i), {x0, y0, x0 + size(rng), y0 + size(rng)}, font(rng)));
    }
    if (round % 5 == 0) blocks.push_back(Block{"无框", std::nullopt, 0, false, 0});
    Page in = block_level(blocks);
    layout::GeometryTrace trace = layout::order_by_geometry_traced(in);
    std::vector<std::string> before = texts_of(in), after = texts_of(trace.page);
    std::sort(before.begin(), before.end());
    std::sort(after.begin(), after.end());
    EXPECT_EQ(after, before) << "round " << round;
    // Blocks sharing one box keep their input order.
    std::map<std::tuple<double, double, double, double>, std::vector<int>> in_box;
    for (std::size_t i = 0; i < trace.origins.size(); ++i) {
      const Block& b = trace.page.blocks[i];
      if (b.bbox) in_box[{b.bbox->x0, b.bbox->y0, b.bbox->x1, b.bbox->y1}].push_back(trace.origins[i][0]);
    }
    for (const auto& [box, origins] : in_box) EXPECT_TRUE(std::is_sorted(origins.begin(), origins.end()));
  }
}

TEST(Geometry, PagesWithoutBoxesAreUnchanged) {
  Page page;
  page.blocks = {Block{"甲", std::nullopt, 0, false, 0}, Block{"乙\n丙", std::nullopt, 0, false, 0}};
  Page out = layout::order_by_geometry(page);
  ASSERT_EQ(out.blocks.size(), 2u);
  EXPECT_EQ(out.blocks[1].text, "乙\n丙");
}

// A measuring helper, not a test: with BANMIAN_GEO_OUT=DIR set, writes the
// ordered blocks of every dev-pdf page to DIR/NAME.txt (blank line between
// blocks) for `score.py --stream --dir DIR corpus/dev-pdf`.
TEST(GeometryCorpus, WritesStreams) {
  const char* out_dir = std::getenv("BANMIAN_GEO_OUT");
  std::filesystem::path dir = std::filesystem::path(BANMIAN_SHARED_DIR) / "corpus" / "dev-pdf";
  if (!out_dir || !std::filesystem::is_directory(dir)) GTEST_SKIP() << "set BANMIAN_GEO_OUT";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    const std::string suffix = ".bbox.html";
    if (name.size() <= suffix.size() || name.substr(name.size() - suffix.size()) != suffix) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    Result<std::vector<Page>> pages = layout::read_pdftotext_geometry(content.str());
    ASSERT_TRUE(pages.ok()) << pages.status().to_string();
    std::ofstream out(std::filesystem::path(out_dir) / (name.substr(0, name.size() - suffix.size()) + ".txt"));
    for (const Page& page : *pages)
      for (const Block& b : page.blocks) {
        if (std::getenv("BANMIAN_GEO_BOXES"))
          out << "[" << b.bbox->x0 << "," << b.bbox->y0 << "," << b.bbox->x1 << "," << b.bbox->y1
              << " f" << b.font_size << "] ";
        out << b.text << "\n\n";
      }
  }
}

// With BANMIAN_GEO_BLOCKS_OUT=DIR set, shuffles the blocks of every dev
// blocks-json page (a fixed seed), orders them by geometry and writes
// DIR/NAME.txt, to see how much of the order geometry recovers.
TEST(GeometryCorpus, WritesShuffledBlockStreams) {
  const char* out_dir = std::getenv("BANMIAN_GEO_BLOCKS_OUT");
  std::filesystem::path dir = std::filesystem::path(BANMIAN_SHARED_DIR) / "corpus" / "dev";
  if (!out_dir || !std::filesystem::is_directory(dir)) GTEST_SKIP() << "set BANMIAN_GEO_BLOCKS_OUT";
  std::mt19937 rng(11);
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    const std::string suffix = ".blocks.json";
    if (name.size() <= suffix.size() || name.substr(name.size() - suffix.size()) != suffix) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    Result<Page> page = read_page(content.str(), InputFormat::kBlocksJson);
    ASSERT_TRUE(page.ok()) << page.status().to_string();
    std::shuffle(page->blocks.begin(), page->blocks.end(), rng);
    // Keep the input order among blocks that share a box, as a reader would.
    Page original = *read_page(content.str(), InputFormat::kBlocksJson);
    std::map<std::tuple<double, double, double, double>, std::vector<Block>> by_box;
    for (const Block& b : original.blocks)
      if (b.bbox) by_box[{b.bbox->x0, b.bbox->y0, b.bbox->x1, b.bbox->y1}].push_back(b);
    std::map<std::tuple<double, double, double, double>, std::size_t> used;
    for (Block& b : page->blocks)
      if (b.bbox) {
        auto key = std::make_tuple(b.bbox->x0, b.bbox->y0, b.bbox->x1, b.bbox->y1);
        b = by_box[key][used[key]++];
      }
    Page ordered = layout::order_by_geometry(*page);
    std::ofstream out(std::filesystem::path(out_dir) / (name.substr(0, name.size() - suffix.size()) + ".txt"));
    for (const Block& b : ordered.blocks) out << b.text << "\n\n";
  }
}

}  // namespace
}  // namespace banmian
