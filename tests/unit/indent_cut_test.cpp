// Tests of indent cuts (indent_cut.hpp): the first line of a paragraph that an
// extractor printed as a block of its own, before the block of its other
// lines, is put back in front of them when the page shows that cut often.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "flow/flow.hpp"
#include "text/indent_cut.hpp"
#include "text/utf8.hpp"

namespace banmian::text {
namespace {

Page page_of(const std::vector<std::string>& blocks) {
  Page page;
  for (const std::string& b : blocks) {
    Block block;
    block.text = b;
    page.blocks.push_back(std::move(block));
  }
  return page;
}

// Column text of thirteen characters a line; its first line, two characters
// in, holds eleven.
const std::string kLone = "市统计局日前发布数据，";
const std::string kRest = "去年全市地区生产总值增长百\n分之六点五，高于全省平均水\n平。";

TEST(IndentCut, DisplayWidthCountsAsciiAsHalf) {
  EXPECT_DOUBLE_EQ(display_width(U"去年增长"), 4.0);
  EXPECT_DOUBLE_EQ(display_width(U"2019年"), 3.0);
  EXPECT_DOUBLE_EQ(display_width(U"  去年 "), 2.0);
}

TEST(IndentCut, LoneLineAsWideAsTheColumnLessTheIndent) {
  EXPECT_TRUE(is_indent_cut(kLone, kRest));
  // Too short or as wide as the column: no indent cut.
  EXPECT_FALSE(is_indent_cut("市统计局日前", kRest));
  EXPECT_FALSE(is_indent_cut("市统计局日前发布数据显示，", kRest));
  // A line that ends its sentence continues nothing.
  EXPECT_FALSE(is_indent_cut("市统计局发布数据。", kRest));
  // A line with inner spaces is a header or a byline.
  EXPECT_FALSE(is_indent_cut("本报记者 张三李四", kRest));
  // The rest must be several lines of column text.
  EXPECT_FALSE(is_indent_cut(kLone, "去年全市地区生产总值增长百"));
  EXPECT_FALSE(is_indent_cut(kLone, "　　去年全市地区生产总值增长百\n分之六点五，高于全省平均水\n平。"));
}

TEST(IndentCut, LineAfterAHeadingInOneBlock) {
  EXPECT_TRUE(is_indent_cut_after_heading("核心阅读\n" + kLone, kRest));
  EXPECT_TRUE(is_indent_cut_after_heading("数据：增长 回升\n" + kLone, kRest));
  // The line above of the same width is the paragraph's own text.
  EXPECT_FALSE(is_indent_cut_after_heading("各区县的统计数据也显示\n" + kLone, kRest));
}

TEST(IndentCut, RejoinedOnlyWhenThePageShowsTheCutOften) {
  std::vector<std::string> two = {"新春走基层", kLone, kRest, kLone, kRest};
  IndentCutTrace same = rejoin_indent_cuts(page_of(two));
  EXPECT_EQ(same.rejoined, 0);
  EXPECT_EQ(same.page.blocks.size(), two.size());

  std::vector<std::string> blocks = {"新春走基层", kLone, kRest, "核心阅读\n" + kLone, kRest,
                                     kLone,        kRest, kLone, kRest};
  IndentCutTrace trace = rejoin_indent_cuts(page_of(blocks));
  EXPECT_EQ(trace.rejoined, 4);
  ASSERT_EQ(trace.page.blocks.size(), 6u);
  EXPECT_EQ(trace.page.blocks[0].text, "新春走基层");
  EXPECT_EQ(trace.page.blocks[1].text, "\u3000\u3000" + kLone + "\n" + kRest);
  EXPECT_EQ(trace.page.blocks[2].text, "核心阅读");
  EXPECT_EQ(trace.page.blocks[3].text, "\u3000\u3000" + kLone + "\n" + kRest);
  EXPECT_EQ(trace.origins[0], (std::vector<int>{0}));
  EXPECT_EQ(trace.origins[1], (std::vector<int>{1, 2}));
  EXPECT_EQ(trace.origins[2], (std::vector<int>{3}));
  EXPECT_EQ(trace.origins[3], (std::vector<int>{3, 4}));
  EXPECT_EQ(trace.origins[4], (std::vector<int>{5, 6}));
  EXPECT_EQ(trace.origins[5], (std::vector<int>{7, 8}));
}

TEST(IndentCut, FirstLineEndingInsideAQuotationClosedBelow) {
  // “……。 / ”…: the quotation the first line opened closes on the next
  // line, and no paragraph opens with a closing mark.
  EXPECT_TRUE(is_indent_cut("“经济正在走向复苏。", "”因此，在这几年的调研过\n程中，为了全面讲述复苏\n的故事。"));
  EXPECT_FALSE(is_indent_cut("经济正在走向复苏。", "因此，在这几年的调研过程\n中，为了全面讲述复苏的\n故事。"));
}

TEST(IndentCut, ShortParagraphOfTwoLines) {
  // Column text of thirteen characters a line around a paragraph of two
  // lines: its first line holds eleven.
  EXPECT_TRUE(is_indent_cut_short("（本报东京2月24日", "电）", 11, nullptr));
  EXPECT_TRUE(is_indent_cut_short("春节前后，全市各区", "都将举办庙会。", 12, nullptr));
  // A word spans the cut (庙会).
  const Lexicon lexicon = Lexicon::builtin().value();
  EXPECT_FALSE(is_indent_cut_short("全市各区都将举办庙", "会，展示民俗", 12, nullptr));
  EXPECT_TRUE(is_indent_cut_short("全市各区都将举办庙", "会，展示民俗", 12, &lexicon));
  // A title over its subtitle, or a line over a name: nothing reads as one.
  EXPECT_FALSE(is_indent_cut_short("月度物价同比上涨", "工业价格同比持平", 11, nullptr));
  EXPECT_FALSE(is_indent_cut_short("分类提高住宅需求", "王小明", 11, nullptr));
  // Of another width than the column less its indent, or ending a sentence.
  EXPECT_FALSE(is_indent_cut_short("（本报东京2月24日", "电）", 16, nullptr));
  EXPECT_FALSE(is_indent_cut_short("全市都将举办庙会。", "展示民俗。", 12, nullptr));
  EXPECT_FALSE(is_indent_cut_short("（本报东京2月24日", "电）\n再一行", 11, nullptr));
}

TEST(IndentCut, ShortParagraphRejoinedOnAPageThatShowsTheCut) {
  std::vector<std::string> blocks = {kLone, kRest, kLone, kRest, kLone, kRest, "（本报布鲁塞尔2月24日", "电）",
                                     "扫码看视频", kLone, kRest};
  IndentCutTrace trace = rejoin_indent_cuts(page_of(blocks));
  EXPECT_EQ(trace.rejoined, 5);
  ASSERT_EQ(trace.page.blocks.size(), 6u);
  EXPECT_EQ(trace.page.blocks[3].text, "\u3000\u3000（本报布鲁塞尔2月24日\n电）");
  EXPECT_EQ(trace.origins[3], (std::vector<int>{6, 7}));
  // Not on a page that shows no cut.
  std::vector<std::string> alone = {kRest, "（本报布鲁塞尔2月24日", "电）"};
  EXPECT_EQ(rejoin_indent_cuts(page_of(alone)).rejoined, 0);
}

// A lead sentence that fills the first line (市统计局今日发布数据。, eleven
// characters, two in) opens the paragraph under it once the page shows the
// cut; the block under it opens on a full, flush line, as no paragraph's
// first line does. Not on a page without the cut, nor in is_indent_cut alone.
TEST(IndentCut, LeadSentenceFillingTheFirstLine) {
  const std::string lead = "市统计局今日发布数据。";
  EXPECT_FALSE(is_indent_cut(lead, kRest));
  EXPECT_TRUE(is_indent_cut(lead, kRest, true));
  std::vector<std::string> blocks = {kLone, kRest, kLone, kRest, kLone, kRest, lead, kRest};
  IndentCutTrace trace = rejoin_indent_cuts(page_of(blocks));
  EXPECT_EQ(trace.rejoined, 4);
  ASSERT_EQ(trace.page.blocks.size(), 4u);
  EXPECT_EQ(trace.page.blocks[3].text, "\u3000\u3000" + lead + "\n" + kRest);
  std::vector<std::string> alone = {lead, kRest};
  EXPECT_EQ(rejoin_indent_cuts(page_of(alone)).rejoined, 0);
}

// A first line opening on an extractor's three-em dash (⸻) counts three
// ems for it, though the dash it stands for may be set one em wide: such a
// line (13 ems counted, 11 printed) is as wide as the column less the indent.
TEST(IndentCut, FirstLineWithADashCountedWide) {
  const std::string lead = "\u2E3B市统计局发布新数据。";
  EXPECT_DOUBLE_EQ(display_width(decode(lead)), 13.0);
  EXPECT_TRUE(is_indent_cut(lead, kRest, true));
  EXPECT_TRUE(is_indent_cut("\u2E3B市统计局日前发布数据", kRest));
  // Wider than the column less the indent even with the dash one em wide.
  EXPECT_FALSE(is_indent_cut("\u2E3B市统计局今天发布了新数据", kRest));
}

// One line of the rest counted wider than the column (a two-em dash
// counted two) does not set the measure: of three lines or more, the second
// widest does.
TEST(IndentCut, MeasureIgnoresOneWiderLine) {
  const std::string rest = "去年全市地区生产总值增长百\n⸺分之六点五，高于全省平均\n水平，增幅较上年提高了一\n个百分点。";
  EXPECT_TRUE(is_indent_cut(kLone, rest));
}

// A one-line rest may count wider than the column where its marks were
// squeezed to half an em to fit (……从中受益”).
TEST(IndentCut, ShortRestWithSqueezedMarks) {
  EXPECT_TRUE(is_indent_cut_short("春节前后，全市各区，", "都将举办庙会，人人参加”", 12, nullptr));
  EXPECT_FALSE(is_indent_cut_short("春节前后，全市各区，", "都将举办庙会人人都参加热闹", 12, nullptr));
}

// A line the caller says stands alone (a byline) is no lone first line.
TEST(IndentCut, BylinesStandAlone) {
  const std::string byline = "本报驻外地记者王小明";
  std::vector<std::string> blocks = {kLone, kRest, kLone, kRest, kLone, kRest, byline, kRest};
  EXPECT_EQ(rejoin_indent_cuts(page_of(blocks)).rejoined, 4);
  auto alone = [&](std::string_view line) { return line == byline; };
  IndentCutTrace trace = rejoin_indent_cuts(page_of(blocks), nullptr, alone);
  EXPECT_EQ(trace.rejoined, 3);
  ASSERT_EQ(trace.page.blocks.size(), 5u);
  EXPECT_EQ(trace.page.blocks[3].text, byline);
}

// A list of short paragraphs, each a first line and a one-line rest ending
// its clause on a semicolon: the column text a few blocks off sets the
// measure (the blocks next to it are lines of one).
TEST(IndentCut, ShortListItemsTakeTheMeasureFromNearbyText) {
  EXPECT_TRUE(is_indent_cut_short("作为中间人，为企业组", "织比赛；", 12, nullptr));
  std::vector<std::string> blocks = {kLone, kRest, kLone, kRest, kLone, kRest,
                                     "与企业一起，为社区举", "办比赛；", "作为中间人，为企业组", "织比赛；"};
  IndentCutTrace trace = rejoin_indent_cuts(page_of(blocks));
  EXPECT_EQ(trace.rejoined, 5);
  ASSERT_EQ(trace.page.blocks.size(), 5u);
  EXPECT_EQ(trace.page.blocks[4].text, "\u3000\u3000作为中间人，为企业组\n织比赛；");
}

// The second line printed apart too (its digits set it off): a full line of
// the column, flush, ending no sentence, between the first line and the
// block of the others. All three make the paragraph.
TEST(IndentCut, SecondLinePrintedApart) {
  const std::string first = "近年来，全区的纺织企业";
  const std::string second = "60%连年亏损，长期处于停产";
  const std::string others = "半停产状态，共有一万名职工\n下岗，生活十分困难。";
  EXPECT_TRUE(is_indent_cut_second_line(first, second, others));
  EXPECT_FALSE(is_indent_cut(first, second));
  // Not a line that ends its sentence, nor one shorter than the column.
  EXPECT_FALSE(is_indent_cut_second_line(first, "60%连年亏损，停产已久。", others));
  EXPECT_FALSE(is_indent_cut_second_line(first, "60%连年亏损", others));
  std::vector<std::string> blocks = {kLone, kRest, kLone, kRest, first, second, others, kLone, kRest};
  IndentCutTrace trace = rejoin_indent_cuts(page_of(blocks));
  EXPECT_EQ(trace.rejoined, 4);
  ASSERT_EQ(trace.page.blocks.size(), 4u);
  EXPECT_EQ(trace.page.blocks[2].text, "\u3000\u3000" + first + "\n" + second + "\n" + others);
  EXPECT_EQ(trace.origins[2], (std::vector<int>{4, 5, 6}));
  EXPECT_EQ(trace.origins[3], (std::vector<int>{7, 8}));
}

// A lone first line whose block below reads on from another column's end
// (……新的图书 / 馆，……: a word spans that cut) sits before text that is not
// its own: it stays a line of its own. Without the evidence, it is rejoined.
TEST(IndentCut, RestThatContinuesAnotherColumnIsNotRejoined) {
  const Lexicon lexicon = Lexicon::builtin().value();
  const CutGain gain = [&](std::u32string_view a, std::u32string_view b) { return flow::cut_gain(a, b, lexicon); };
  const std::string lone = "今年全区的财政预算总额";
  const std::string end = "区里决定明年开工建设一座图\n书馆，再为城东建一座新的图书";
  const std::string rest = "馆，馆内藏书将达百万册，可\n供全区读者借阅，明年开放。";
  std::vector<std::string> blocks = {kLone, kRest, end, kLone, kRest, kLone, kRest, lone, rest};
  IndentCutTrace trace = rejoin_indent_cuts(page_of(blocks), &lexicon, {}, gain);
  EXPECT_EQ(trace.rejoined, 3);
  ASSERT_EQ(trace.page.blocks.size(), 6u);
  EXPECT_EQ(trace.page.blocks[4].text, lone);
  EXPECT_EQ(trace.page.blocks[5].text, rest);
  // (Its own rest printed elsewhere, the line left apart runs on.)
  ASSERT_EQ(trace.runs_on.size(), 6u);
  EXPECT_EQ(trace.runs_on, (std::vector<char>{0, 0, 0, 0, 1, 0}));
  EXPECT_EQ(rejoin_indent_cuts(page_of(blocks), &lexicon).rejoined, 4);
}

// The same where the word spanning that cut is missing from the lexicon:
// the end stops on a bound attributive morpheme (总) that makes a word with
// the first character of the block below (总 / 店).
TEST(IndentCut, RestAfterABoundMorphemeOfAnotherColumnIsNotRejoined) {
  const Lexicon lexicon = Lexicon::builtin().value();
  const CutGain gain = [&](std::u32string_view a, std::u32string_view b) { return flow::cut_gain(a, b, lexicon); };
  const std::string lone = "今年全区的财政预算总额";
  const std::string end = "这家连锁超市去年在城东开了\n三家分店，今年又把它的总";
  const std::string rest = "店搬进了新建的商业大厦，营\n业面积扩大了一倍多。";
  std::vector<std::string> blocks = {kLone, kRest, end, kLone, kRest, kLone, kRest, lone, rest};
  IndentCutTrace trace = rejoin_indent_cuts(page_of(blocks), &lexicon, {}, gain);
  EXPECT_EQ(trace.rejoined, 3);
  ASSERT_EQ(trace.page.blocks.size(), 6u);
  EXPECT_EQ(trace.page.blocks[4].text, lone);
  EXPECT_EQ(trace.page.blocks[5].text, rest);
}

}  // namespace
}  // namespace banmian::text
