// Tests of indent cuts (indent_cut.hpp): the first line of a paragraph that an
// extractor printed as a block of its own, before the block of its other
// lines, is put back in front of them when the page shows that cut often.
#include <gtest/gtest.h>

#include <string>
#include <vector>

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

}  // namespace
}  // namespace banmian::text
