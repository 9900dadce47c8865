// Tests of the text stage's segmentation (segment.hpp): blocks become units;
// hard-wrapped column lines are joined into paragraphs, a new paragraph at
// each indented line; separate short lines (headline lines, bylines) stay
// apart; a wrapped title stays whole; text is normalised.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/normalize.hpp"
#include "text/segment.hpp"

namespace banmian::text {
namespace {

using detail::Unit;

const Lexicon& lexicon() {
  static const Lexicon lex = Lexicon::builtin().value();
  return lex;
}

std::vector<Unit> segment(const std::string& content, const NormalizeOptions& options = {}) {
  auto page = read_page(content, InputFormat::kText);
  EXPECT_TRUE(page.ok()) << page.status().to_string();
  return segment_page(*page, options, lexicon());
}

std::vector<std::string> texts(const std::vector<Unit>& units) {
  std::vector<std::string> out;
  for (const Unit& u : units) out.push_back(strip_space(u.text));
  return out;
}

using Texts = std::vector<std::string>;

TEST(Segment, OneParagraphPerBlock) {
  auto units = segment("第一段文字到这里结束。\n\n第二段文字也到这里结束。\n");
  EXPECT_EQ(texts(units), (Texts{"第一段文字到这里结束。", "第二段文字也到这里结束。"}));
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0].sources, (std::vector<int>{0}));
  EXPECT_EQ(units[1].sources, (std::vector<int>{1}));
  EXPECT_LT(units[0].order, units[1].order);
}

TEST(Segment, HardWrappedColumnJoinsAtIndentation) {
  // A column of 12-character lines; each paragraph starts with two ideographic spaces.
  const std::string block =
      "　　清晨六点，城南社区食堂的\n"
      "师傅们已经忙碌起来，包子、馒\n"
      "头、豆浆陆续出锅，老人们排起\n"
      "了长队。\n"
      "　　社区负责人说，食堂由街道\n"
      "补贴运营，七十岁以上的老人还\n"
      "能再享受八折优惠，每月还有两\n"
      "次免费的生日面。\n"
      "　　不少子女在外地工作的老人\n"
      "说，有了食堂，吃饭不再发愁。\n";
  auto units = segment(block);
  EXPECT_EQ(texts(units),
            (Texts{"清晨六点，城南社区食堂的师傅们已经忙碌起来，包子、馒头、豆浆陆续出锅，老人们排起了长队。",
                   "社区负责人说，食堂由街道补贴运营，七十岁以上的老人还能再享受八折优惠，每月还有两次免费的生日面。",
                   "不少子女在外地工作的老人说，有了食堂，吃饭不再发愁。"}));
  for (const Unit& u : units) EXPECT_EQ(u.sources, (std::vector<int>{0}));
  ASSERT_EQ(units.size(), 3u);
  EXPECT_TRUE(units[1].starts_indented);
  EXPECT_LT(units[0].order, units[1].order);
  EXPECT_LT(units[1].order, units[2].order);
}

TEST(Segment, WrappedColumnWithoutIndentationIsOneParagraph) {
  const std::string block =
      "社区负责人说，食堂由街道补贴\n"
      "运营，七十岁以上的老人还能再\n"
      "享受八折优惠，每月还有两次免\n"
      "费的生日面。\n";
  EXPECT_EQ(texts(segment(block)),
            (Texts{"社区负责人说，食堂由街道补贴运营，七十岁以上的老人还能再享受八折优惠，每月还有两次免费的生日面。"}));
}

TEST(Segment, UnindentedParagraphsShowTheirIndentAsAShorterFirstLine) {
  // 14-em column lines; the extractor dropped the two-em indent, so each
  // paragraph's first line holds 12 ems. The first paragraph's last line
  // is full (its stop hangs past the measure); what tells the next
  // paragraph is its shorter first line. A line one em short that ends a
  // sentence ends its paragraph too.
  const std::string block =
      "清晨六点，城南社区食堂的\n"
      "师傅们已经忙碌起来，包子、馒\n"
      "头、豆浆陆续出锅，老人们排队。\n"
      "社区负责人说，食堂由街道\n"
      "补贴运营，七十岁以上的老人还\n"
      "能享受八折优惠，有生日面。\n"
      "不少子女在外地工作的老人\n"
      "说，有了食堂，吃饭不再发愁。\n";
  EXPECT_EQ(texts(segment(block)),
            (Texts{"清晨六点，城南社区食堂的师傅们已经忙碌起来，包子、馒头、豆浆陆续出锅，老人们排队。",
                   "社区负责人说，食堂由街道补贴运营，七十岁以上的老人还能享受八折优惠，有生日面。",
                   "不少子女在外地工作的老人说，有了食堂，吃饭不再发愁。"}));
}

TEST(Segment, FirstLineHoldsTwoEmsLessAndIsFullAtThat) {
  // A paragraph's first line (12 ems here, where the measure is 14) that
  // ends a sentence at its end is full, not short: the paragraph goes on.
  const std::string block =
      "清晨六点，城南社区食堂的师傅\n"
      "们已经忙碌起来，包子、馒头陆\n"
      "续出锅，老人们排起长队。\n"
      "“今天的包子真是太好吃了！”\n"
      "一位老人笑着告诉记者，他每天\n"
      "都来这里吃早饭。\n";
  EXPECT_EQ(texts(segment(block)),
            (Texts{"清晨六点，城南社区食堂的师傅们已经忙碌起来，包子、馒头陆续出锅，老人们排起长队。",
                   "“今天的包子真是太好吃了！”一位老人笑着告诉记者，他每天都来这里吃早饭。"}));
}

TEST(Segment, IndentedFirstLineOfABlockHoldsTwoEmsLess) {
  // The block opens on an indented first line (14-em measure, so 12 ems of
  // text, a mark squeezed to fit) that ends its sentence: full at its
  // width, so the paragraph goes on in the flush lines under it.
  const std::string block =
      "　　在城南，年味也十分浓厚。\n"
      "社区食堂的师傅们已经忙碌起来\n"
      "，包子、馒头陆续出锅，老人们\n"
      "排起长队。\n";
  EXPECT_EQ(texts(segment(block)),
            (Texts{"在城南，年味也十分浓厚。社区食堂的师傅们已经忙碌起来，包子、馒头陆续出锅，老人们排起长队。"}));
}

TEST(Segment, FirstLineAfterAHeadingWithoutAStop) {
  // An intertitle as wide as the column ends no sentence; the line under it
  // is two ems short with a full line below: a paragraph's first line.
  const std::string block =
      "清晨六点，城南社区食堂的师傅\n"
      "们已经忙碌起来，包子、馒头陆\n"
      "续出锅，老人们排起长队。\n"
      "社区食堂让老人吃得放心又省心\n"
      "社区负责人说，食堂由街道\n"
      "补贴运营，七十岁以上的老人还\n"
      "能享受八折优惠。\n";
  EXPECT_EQ(texts(segment(block)),
            (Texts{"清晨六点，城南社区食堂的师傅们已经忙碌起来，包子、馒头陆续出锅，老人们排起长队。",
                   "社区食堂让老人吃得放心又省心",
                   "社区负责人说，食堂由街道补贴运营，七十岁以上的老人还能享受八折优惠。"}));
}

TEST(Segment, ColumnTextOpeningOnAFullLineOpensFlush) {
  // Without indents, a column whose first line fills the measure opens no
  // paragraph (a first line is two ems short): the text goes on from
  // another column. One opening two ems short does not.
  auto units = segment(
      "们已经忙碌起来，包子、馒头陆\n"
      "续出锅，老人们排起长队。\n"
      "社区负责人说，食堂由街道\n"
      "补贴运营，七十岁以上的老人还\n"
      "能享受八折优惠。\n");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_TRUE(units[0].opens_flush);
  EXPECT_FALSE(units[1].opens_flush);
  units = segment(
      "社区负责人说，食堂由街道\n"
      "补贴运营，七十岁以上的老人还\n"
      "能享受八折优惠，每月还有两次\n"
      "免费的生日面。\n");
  ASSERT_EQ(units.size(), 1u);
  EXPECT_FALSE(units[0].opens_flush);
}

TEST(Segment, ColumnOpeningOnAParagraphsLastLineIsATail) {
  // Without indents: the column opens on one line ending a sentence well
  // short of where a paragraph's first line stops (two ems short), with a
  // paragraph under it: the last line of a paragraph from another column.
  auto units = segment(
      "都来这里吃早饭。\n"
      "社区负责人说，食堂由街道\n"
      "补贴运营，七十岁以上的老人还\n"
      "能享受八折优惠，每月还有两次\n"
      "免费的生日面。\n");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_TRUE(units[0].tail_line);
  EXPECT_TRUE(units[0].opens_flush);
  EXPECT_FALSE(units[1].tail_line);
  // With indents: an unindented line over an indented one.
  units = segment(
      "都来这里吃早饭。\n"
      "\u3000\u3000社区负责人说，食堂由街道\n"
      "补贴运营，七十岁以上的老人还\n"
      "能享受八折优惠，每月还有两次\n"
      "免费的生日面。\n");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_TRUE(units[0].tail_line);
  // An indented one-line paragraph opens the column itself.
  units = segment(
      "\u3000\u3000谢谢大家。\n"
      "\u3000\u3000社区负责人说，食堂由街道\n"
      "补贴运营，七十岁以上的老人还\n"
      "能享受八折优惠，每月还有两次\n"
      "免费的生日面。\n");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_FALSE(units[0].tail_line);
}

TEST(Segment, FullFirstLineOverParagraphsShowingTheirIndentIsSurelyATail) {
  // Without indents, a column opening on a full line opens flush; where a
  // paragraph under it shows its indent by width, surely so.
  auto units = segment(
      "们已经忙碌起来，包子、馒头陆\n"
      "续出锅，老人们排起长队。\n"
      "社区负责人说，食堂由街道\n"
      "补贴运营，七十岁以上的老人还\n"
      "能享受八折优惠。\n");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_TRUE(units[0].opens_flush);
  EXPECT_TRUE(units[0].tail_line);
  units = segment(
      "们已经忙碌起来，包子、馒头陆\n"
      "续出锅，老人们排起长队，社区\n"
      "负责人说，食堂由街道补贴运营\n"
      "，七十岁以上的老人还能享受八\n"
      "折优惠。\n");
  ASSERT_EQ(units.size(), 1u);
  EXPECT_TRUE(units[0].opens_flush);
  EXPECT_FALSE(units[0].tail_line);
}

TEST(Segment, FullFirstLineWithoutTheIndentOthersShowIsSurelyATail) {
  // Where the paragraphs show their indent, a column opening on a full line
  // without one goes on from another column; one opening indented does not.
  auto units = segment(
      "们已经忙碌起来，包子、馒头陆\n"
      "续出锅，老人们排起长队。\n"
      "\u3000\u3000社区负责人说，食堂由街道\n"
      "补贴运营，七十岁以上的老人还\n"
      "能享受八折优惠。\n");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_TRUE(units[0].opens_flush);
  EXPECT_TRUE(units[0].tail_line);
  units = segment(
      "\u3000\u3000清晨六点，城南社区食堂的\n"
      "师傅们已经忙碌起来，包子、馒\n"
      "头陆续出锅。\n"
      "\u3000\u3000社区负责人说，食堂由街道\n"
      "补贴运营，七十岁以上的老人还\n"
      "能享受八折优惠。\n");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_FALSE(units[0].opens_flush);
  EXPECT_FALSE(units[0].tail_line);
}

TEST(Segment, FirstLineTwoEmsShortShowsTheIndent) {
  // Without indents, a paragraph whose first line stops two ems short of
  // the measure opens a paragraph; one filling it does not.
  auto units = segment(
      "们已经忙碌起来，包子、馒头陆\n"
      "续出锅，老人们排起长队。\n"
      "社区负责人说，食堂由街道\n"
      "补贴运营，七十岁以上的老人还\n"
      "能享受八折优惠。\n");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_FALSE(units[0].opens_indent_width);
  EXPECT_TRUE(units[1].opens_indent_width);
}

TEST(Segment, FullLineEndingASentenceInsideAParagraphDoesNotPartIt) {
  // A sentence may end at the measure inside a paragraph: the next line is
  // full again (two digits take one em), so the paragraph goes on.
  const std::string block =
      "清晨六点，城南社区食堂的\n"
      "师傅们已经忙碌起来，排起长队。\n"
      "今年12月，食堂由街道出资补贴\n"
      "运营，七十岁以上的老人还能享\n"
      "受八折优惠，吃饭不再发愁。\n";
  EXPECT_EQ(texts(segment(block)).size(), 1u);
}

TEST(Segment, LineOpeningOnAClosingMarkGoesOnWithTheSentence) {
  // The closing quote was pushed to the next line: the line above looks
  // finished and short without it, yet the sentence goes on.
  const std::string block =
      "社区负责人说：“食堂由街道补\n"
      "贴运营，老人不再发愁。\n"
      "”他说，还能享受八折的优惠，每\n"
      "月还有两次免费的生日面。\n";
  EXPECT_EQ(texts(segment(block)).size(), 1u);
}

TEST(Segment, ColumnTextCutAtTheBlockEndRunsOn) {
  // The column's last paragraph fills its last line (a first line, short of
  // the measure by the indent) and ends no sentence: it goes on in another
  // column, however short the piece.
  const std::string block =
      "清晨六点，城南社区食堂的\n"
      "师傅们已经忙碌起来，包子、馒\n"
      "头、豆浆陆续出锅，老人们排起\n"
      "长队，街坊们都说吃饭不用愁。\n"
      "社区负责人说，食堂由街道\n";
  auto units = segment(block);
  ASSERT_EQ(units.size(), 2u);
  EXPECT_FALSE(units[0].runs_on);
  EXPECT_TRUE(units[1].runs_on);
  EXPECT_EQ(strip_space(units[1].text), "社区负责人说，食堂由街道");
}

TEST(Segment, SeparateHeadlineLinesStayApart) {
  auto units = segment("三座新桥年内通车\n两岸车程缩短至十分钟\n");
  EXPECT_EQ(texts(units), (Texts{"三座新桥年内通车", "两岸车程缩短至十分钟"}));
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0].lines_in_block, 2);
  EXPECT_EQ(units[1].line_in_block, 1);
}

TEST(Segment, BylineLinesStayApart) {
  auto units = segment("滨江日报全媒体记者 郑春雷\n通讯员 钱多多 郑一鸣\n");
  EXPECT_EQ(texts(units), (Texts{"滨江日报全媒体记者郑春雷", "通讯员钱多多郑一鸣"}));
}

TEST(Segment, WrappedTitleStaysOneLine) {
  // A long title broken in the middle of a word (公|布): one headline, not two.
  auto units = segment("省教育厅公布2024年度全省中小学人工智能教育试点学校名单，六十所学校入选并将获得专项经费支\n持\n");
  EXPECT_EQ(texts(units),
            (Texts{"省教育厅公布2024年度全省中小学人工智能教育试点学校名单，六十所学校入选并将获得专项经费支持"}));
}

TEST(Segment, SpacedKeepsNamePaddingButTextDropsIt) {
  auto units = segment("本报记者 孙　涛\n");
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].text, "本报记者孙涛");
  EXPECT_NE(units[0].spaced.find("孙 涛"), std::string::npos) << units[0].spaced;
}

TEST(Segment, TextIsNormalised) {
  // Kangxi radicals, full-width digits and letters, spaces between Han characters.
  auto units = segment("⻓沙 今 年 新 增 ５Ｇ 基站１２００个。\n");
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(strip_space(units[0].text), "长沙今年新增5G基站1200个。");
  EXPECT_EQ(units[0].text.find("今 年"), std::string::npos);
}

TEST(Segment, NormalisationCanBeTurnedOff) {
  NormalizeOptions options;
  options.fold_width = false;
  options.map_radicals = false;
  auto units = segment("⻓沙新增５Ｇ基站。\n", options);
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].text, "⻓沙新增５Ｇ基站。");
}

TEST(Segment, SourcesCountBlocksAcrossBlankLines) {
  auto units = segment("\n\n甲块。\n\n \n乙块第一行\n乙块第二行\n\n\n丙块。\n");
  ASSERT_GE(units.size(), 3u);
  EXPECT_EQ(units.front().sources, (std::vector<int>{0}));
  EXPECT_EQ(units.back().sources, (std::vector<int>{2}));
  for (const Unit& u : units) {
    ASSERT_EQ(u.sources.size(), 1u);
    EXPECT_LE(u.sources[0], 2);
  }
}

TEST(Segment, EmptyPageHasNoUnits) {
  Page page;
  EXPECT_TRUE(segment_page(page, NormalizeOptions{}, lexicon()).empty());
}


// Extractors that split a paragraph at its indent print its first line as a
// block of its own, as wide as the column less the indent.
TEST(Segment, LoneFirstLineBeforeItsColumnOpensTheParagraph) {
  auto units = segment(
      "据市统计局最新统计，全市\n"
      "\n"
      "去年地区生产总值增长百分之\n"
      "六点五，高于全省平均水平，\n"
      "其中服务业增加值增长较快，\n"
      "对经济增长的贡献率最高。\n"
      "\n"
      "春节消费亮点多\n"
      "\n"
      "今年春节期间，全市重点商贸\n"
      "企业实现销售额同比增长一成，\n"
      "餐饮消费尤其旺盛。\n");
  ASSERT_GE(units.size(), 4u);
  EXPECT_TRUE(units[0].opens_column_paragraph) << units[0].text;
  EXPECT_FALSE(units[1].opens_column_paragraph);
  // A short headline before column text is no first line.
  EXPECT_FALSE(units[2].opens_column_paragraph) << units[2].text;
}

// A long line that stops mid-clause, followed by a line that ends the
// sentence, is one wrapped sentence, not two headline lines.
TEST(Segment, LongLineThenSentenceEndIsOneWrappedSentence) {
  auto units = segment("1997年全市大型企业的运作\n轨迹呈现出以下三个特点：\n");
  EXPECT_EQ(texts(units), (Texts{"1997年全市大型企业的运作轨迹呈现出以下三个特点："}));
  units = segment("全省先进级智能工厂名单发布\n本市二十九家企业上榜\n");
  EXPECT_EQ(units.size(), 2u);
}

// An indented line that stops mid-sentence, as wide as the flush line under
// it less the indent, opens that line's paragraph, also in a short block.
TEST(Segment, IndentedFirstLineJoinsTheWiderLineUnderIt) {
  auto units = segment("\u3000\u3000这位河南省的普通村民\n刚刚五十岁，看上去却像六十\n出头。\n");
  EXPECT_EQ(texts(units), (Texts{"这位河南省的普通村民刚刚五十岁，看上去却像六十出头。"}));
  // A title over a subtitle is no paragraph: neither line is indented.
  units = segment("河西镇千亩稻田开犁\n春耕备耕正当时，农机服务上门\n");
  EXPECT_EQ(units.size(), 2u);
}

// A figure cut by the line break at its decimal point or before its per
// cent sign holds the lines together, where the lines of half-width digits
// are too few to show the column's measure.
TEST(Segment, FigureCutAtTheLineBreakJoinsTheLines) {
  // Lines of half-width digits count short or long against the Han lines:
  // no measure shows, and each break is judged alone.
  auto units = segment("\u3000\u3000上月全市的快递业务\n量的增幅为49.\n5%，其中农村为50.9\n%，均为近年之最。\n");
  EXPECT_EQ(texts(units), (Texts{"上月全市的快递业务量的增幅为49.5%，其中农村为50.9%，均为近年之最。"}));
  units = segment("\u3000\u3000上月全市的快递业务\n量的增幅为49\n.5%，其中农村为50.9\n%，均为近年之最。\n");
  EXPECT_EQ(texts(units), (Texts{"上月全市的快递业务量的增幅为49.5%，其中农村为50.9%，均为近年之最。"}));
}

// Breaks that part two headline lines for certain, whatever wraps a line of
// clauses otherwise: a line above much narrower than the one under it, a
// line of phrases set apart by a space, two lines alone that each hold a
// clause. The unit under such a break says so, so that classify keeps the
// lines apart.
TEST(Segment, HeadlinePartBreaksAreMarked) {
  auto units = segment("灯笼彩带\n不买多买都没事\n");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_FALSE(units[0].opens_headline_part);
  EXPECT_TRUE(units[1].opens_headline_part);
  units = segment("江北新区确定20项民生工程\n办好身边事 暖到心坎上\n");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_TRUE(units[1].opens_headline_part);
  units = segment("出行安全要守住，文明礼让不能少\n返乡的路上，多些耐心\n");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_TRUE(units[1].opens_headline_part);
  // A couplet under a line that ends on a mark (……) is set whole too.
  units = segment("贴窗花、挂灯笼、逛庙会……\n红灯高照 年味正浓\n");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_TRUE(units[1].opens_headline_part);
  // A title of unequal phrases wraps out of its spaced line; a sentence's
  // lines, and a first line cut at the indent, are no headline lines.
  units = segment("迎接春运 全力保障旅客\n平安回家\n");
  for (const Unit& u : units) EXPECT_FALSE(u.opens_headline_part) << u.text;
  units = segment("这位湖北省的普通村民\n刚刚五十岁，看上去却像六十\n");
  for (const Unit& u : units) EXPECT_FALSE(u.opens_headline_part) << u.text;
}

// A line alone, wider than the column text on both sides of it, is display
// type set across columns; a line ending a sentence is text set whole.
TEST(Segment, LineWiderThanTheColumnsAroundIt) {
  const std::string column = "去年全市地区生产总值增长百\n分之六点五，高于全省平均水\n平，增幅较上年提高了一个百\n分点。\n";
  auto units = segment(column + "\n市交通部门启动春运安全专项整治行动\n\n" + column);
  const Unit* wide = nullptr;
  for (const Unit& u : units)
    if (u.text.rfind("市交通", 0) == 0) wide = &u;
  ASSERT_NE(wide, nullptr);
  EXPECT_TRUE(wide->wider_than_column);
  units = segment(column + "\n春运安全专项整治\n\n" + column);
  for (const Unit& u : units) EXPECT_FALSE(u.wider_than_column) << u.text;
  units = segment(column + "\n市交通部门为何启动春运安全专项整治行动？\n\n" + column);
  for (const Unit& u : units) EXPECT_FALSE(u.wider_than_column) << u.text;
}

TEST(Segment, TwoLinesAtTheMeasureOfTheColumnBesideThemAreItsText) {
  // A first line exactly as long as the lines of the column text next to
  // it, ending no clause, over a shorter line ending a sentence: the last
  // two lines of a paragraph wrapped at that measure, one unit of text.
  const std::string column = "去年全市地区生产总值增长百\n分之六点五，高于全省平均水\n平，增幅较上年提高了一个百\n分点。\n";
  const std::string tail = "党员干部冒雨清理街巷的积水\n抢修供电线路……\n";
  auto units = segment(column + "\n" + tail + "\n" + column);
  const Unit* joined = nullptr;
  for (const Unit& u : units)
    if (u.text.rfind("党员干部", 0) == 0) joined = &u;
  ASSERT_NE(joined, nullptr);
  EXPECT_EQ(strip_space(joined->text), "党员干部冒雨清理街巷的积水抢修供电线路……");
  EXPECT_EQ(joined->column_measure, 13);
  // With no column text beside them, or a first line short of the measure,
  // the lines stay apart (a headline's lines).
  EXPECT_EQ(texts(segment(tail)), (Texts{"党员干部冒雨清理街巷的积水", "抢修供电线路……"}));
  units = segment(column + "\n冒雨清理街巷的积水\n抢修供电线路……\n\n" + column);
  for (const Unit& u : units) EXPECT_NE(strip_space(u.text), "冒雨清理街巷的积水抢修供电线路……");
}

TEST(Segment, ColumnMeasuredByPrintedWidthTakesThatMeasure) {
  // Column text shown by its printed width takes that width as its measure:
  // a headline line above it, wider than the column, is no paragraph's
  // first line split off at the indent.
  auto units = segment(
      "旅游过年，假日消费热潮涌动\n"
      "\n"
      "增多，门票、停车场收费\n"
      "和住宿价格合计拉动全区\n"
      "旅游GDP增长约0.35个百\n"
      "分点。\n");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[1].column_measure, 11);
  EXPECT_FALSE(units[0].opens_column_paragraph);
}

TEST(Segment, ColumnWithFiguresIsMeasuredByPrintedWidth) {
  // A line holding figures and Latin letters (G1234次) has more characters
  // than its printed width: measured by width the block is column text, and
  // its last line, full and ending no sentence, is no paragraph of its own.
  auto units = segment(
      "　　3月5日8时许，在长沙南\n"
      "开往广州的G1234次列车上，\n"
      "一名乘客将随身携带的背包\n"
      "内的2600元现金弄丢后，报警\n");
  EXPECT_EQ(texts(units), (Texts{"3月5日8时许，在长沙南开往广州的G1234次列车上，一名乘客将随身携带的背包内的2600元现金弄丢后，报警"}));
}

}  // namespace
}  // namespace banmian::text
