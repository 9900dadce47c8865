// Tests of the flow stage (flow.hpp): the assignment solver, de-duplication
// (exact, another opening, truncated; short legitimate repeats kept) and
// continuation repair (adjacent cuts, numbers cut from their unit, tails far
// away or before their own article's headline), on made-up units.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <numeric>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "flow/flow.hpp"
#include "flow/topic.hpp"
#include "text/utf8.hpp"

namespace banmian::flow {
namespace {

using detail::Role;
using detail::Unit;

const text::Lexicon& lexicon() {
  static const text::Lexicon lex = text::Lexicon::builtin().value();
  return lex;
}

// A page under construction: each unit is one block, in input order.
struct Units {
  std::vector<Unit> units;
  int add(const std::string& text, Role role = Role::kBody) {
    Unit u;
    u.text = text;
    u.spaced = text;
    u.role = role;
    const int id = static_cast<int>(units.size());
    u.sources = {id};
    u.order = id;
    units.push_back(std::move(u));
    return id;
  }
  int headline(const std::string& text) { return add(text, Role::kHeadline); }
};

bool has_join(const std::vector<Continuation>& joins, int end, int start) {
  return std::any_of(joins.begin(), joins.end(),
                     [&](const Continuation& c) { return c.end == end && c.start == start; });
}

std::string describe(const std::vector<Continuation>& joins) {
  std::string out;
  for (const auto& c : joins)
    out += std::to_string(c.end) + "->" + std::to_string(c.start) + " (" + std::to_string(c.score) + ") " + c.why + "\n";
  return out;
}

// ---------------------------------------------------------------------------
// max_weight_assignment

double total(const std::vector<std::vector<double>>& w, const std::vector<int>& a) {
  double sum = 0;
  for (std::size_t r = 0; r < a.size(); ++r)
    if (a[r] >= 0) sum += w[r][static_cast<std::size_t>(a[r])];
  return sum;
}

// Brute force over all injective partial assignments of positive entries.
double best_total(const std::vector<std::vector<double>>& w) {
  const std::size_t rows = w.size(), cols = rows ? w[0].size() : 0;
  std::vector<char> used(cols, 0);
  std::function<double(std::size_t)> go = [&](std::size_t r) -> double {
    if (r == rows) return 0;
    double best = go(r + 1);
    for (std::size_t c = 0; c < cols; ++c) {
      if (used[c] || w[r][c] <= 0) continue;
      used[c] = 1;
      best = std::max(best, w[r][c] + go(r + 1));
      used[c] = 0;
    }
    return best;
  };
  return go(0);
}

void expect_valid(const std::vector<std::vector<double>>& w, const std::vector<int>& a) {
  ASSERT_EQ(a.size(), w.size());
  std::vector<int> seen;
  for (std::size_t r = 0; r < a.size(); ++r) {
    if (a[r] < 0) continue;
    ASSERT_LT(static_cast<std::size_t>(a[r]), w[r].size());
    EXPECT_GT(w[r][static_cast<std::size_t>(a[r])], 0) << "row " << r << " uses a non-positive entry";
    seen.push_back(a[r]);
  }
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(std::adjacent_find(seen.begin(), seen.end()), seen.end()) << "a column is used twice";
}

TEST(Assignment, Identity) {
  EXPECT_EQ(max_weight_assignment({{1, 0}, {0, 1}}), (std::vector<int>{0, 1}));
}

TEST(Assignment, BeatsGreedy) {
  // Greedy takes 0.9 then 0.1 (1.0); the optimum is 0.8 + 0.85.
  EXPECT_EQ(max_weight_assignment({{0.9, 0.8}, {0.85, 0.1}}), (std::vector<int>{1, 0}));
}

TEST(Assignment, NonPositiveEntriesAreNeverUsed) {
  EXPECT_EQ(max_weight_assignment({{0, -1}, {-1, 0}}), (std::vector<int>{-1, -1}));
  EXPECT_EQ(max_weight_assignment({{0.5, 0}, {0.7, 0}}), (std::vector<int>{-1, 0}));
}

TEST(Assignment, RectangularMatrices) {
  // More rows than columns: one row stays unassigned.
  auto a = max_weight_assignment({{0.3}, {0.6}, {0.2}});
  EXPECT_EQ(a, (std::vector<int>{-1, 0, -1}));
  // More columns than rows.
  auto b = max_weight_assignment({{0.2, 0.9, 0.4}});
  EXPECT_EQ(b, (std::vector<int>{1}));
}

TEST(Assignment, EmptyMatrix) {
  EXPECT_TRUE(max_weight_assignment({}).empty());
  EXPECT_EQ(max_weight_assignment({{}, {}}), (std::vector<int>{-1, -1}));
}

TEST(Assignment, MatchesBruteForceOnRandomMatrices) {
  std::mt19937 rng(20240308);
  std::uniform_int_distribution<int> size(1, 5);
  std::uniform_real_distribution<double> value(-0.5, 1.0);
  for (int trial = 0; trial < 300; ++trial) {
    const std::size_t rows = static_cast<std::size_t>(size(rng)), cols = static_cast<std::size_t>(size(rng));
    std::vector<std::vector<double>> w(rows, std::vector<double>(cols));
    for (auto& row : w)
      for (double& x : row) x = value(rng);
    auto a = max_weight_assignment(w);
    SCOPED_TRACE(trial);
    expect_valid(w, a);
    EXPECT_NEAR(total(w, a), best_total(w), 1e-9);
  }
}

// ---------------------------------------------------------------------------
// De-duplication

const char* const kLongA =
    "据镇农业服务中心介绍，今年全镇计划种植早稻1.2万亩，比去年增加800亩。为了不误农时，"
    "中心组织了五支农机服务队，分片包干，上门服务，确保四月上旬前全部完成翻耕。";
const char* const kLongB =
    "种粮大户刘长根告诉记者，有了服务队帮忙，他家承包的三百亩地再有一周就能全部翻完。"
    "他说今年的种子和化肥都已备齐，就等着天气转暖开始育秧了。";

TEST(Dedup, ExactDuplicateDropsTheLaterCopy) {
  Units p;
  p.headline("河西镇千亩稻田开犁");
  const int a = p.add(kLongA);
  p.add(kLongB);
  const int dup = p.add(kLongA);
  std::vector<Dropped> dropped;
  std::vector<Repair> repairs;
  remove_duplicates(p.units, 0.85, dropped, repairs);
  ASSERT_EQ(dropped.size(), 1u);
  EXPECT_EQ(dropped[0].sources, (std::vector<int>{dup}));
  EXPECT_EQ(dropped[0].duplicate_of, (std::vector<int>{a}));
  EXPECT_EQ(dropped[0].reason, "duplicate");
  EXPECT_EQ(dropped[0].text, kLongA);
  EXPECT_DOUBLE_EQ(dropped[0].similarity, 1.0);
  EXPECT_EQ(p.units.size(), 3u);
  ASSERT_FALSE(repairs.empty());
  EXPECT_EQ(repairs[0].op, "drop");
}

TEST(Dedup, NearDuplicateWithAnotherOpening) {
  const std::string rest =
      "河西镇今年新建的育秧工厂可同时育秧两千盘，秧苗出棚后由服务队统一机插，"
      "比人工插秧效率提高了二十多倍，每亩还能节省成本一百多元。";
  Units p;
  p.headline("河西镇千亩稻田开犁");
  const int first = p.add("记者了解到，" + rest);
  p.add(kLongB);
  const int second = p.add("据了解，" + rest);
  std::vector<Dropped> dropped;
  std::vector<Repair> repairs;
  remove_duplicates(p.units, 0.85, dropped, repairs);
  ASSERT_EQ(dropped.size(), 1u);
  EXPECT_EQ(dropped[0].sources, (std::vector<int>{second}));
  EXPECT_EQ(dropped[0].duplicate_of, (std::vector<int>{first}));
  EXPECT_GT(dropped[0].similarity, 0.85);
  EXPECT_LT(dropped[0].similarity, 1.0);
}

TEST(Dedup, TruncatedDuplicateHeadAndTailSpliced) {
  Units p;
  p.headline("青年创业大赛启动");
  const int full = p.add(
      "去年秋天，为了吸引更多青年人才回乡创业，打造在全省叫得响的青年创业品牌，"
      "县里举办了首届青年创业大赛，为参赛项目提供场地、资金和导师等一条龙服务。");
  p.add(kLongB);
  const int cut = p.add("去年秋天，为了吸引更多青年人才回乡创业，打造在全省叫得响的创业大赛。");
  std::vector<Dropped> dropped;
  std::vector<Repair> repairs;
  remove_duplicates(p.units, 0.85, dropped, repairs);
  ASSERT_EQ(dropped.size(), 1u);
  EXPECT_EQ(dropped[0].sources, (std::vector<int>{cut}));
  EXPECT_EQ(dropped[0].duplicate_of, (std::vector<int>{full}));
}

TEST(Dedup, RunOfDuplicatedParagraphs) {
  Units p;
  p.headline("河西镇千亩稻田开犁");
  p.add(kLongA);
  p.add(kLongB);
  p.add("连日来，河西镇的农户们抢抓晴好天气，翻耕土地、育秧备肥，田间地头一派繁忙景象。");
  const int d1 = p.add(kLongA);
  const int d2 = p.add(kLongB);
  std::vector<Dropped> dropped;
  std::vector<Repair> repairs;
  remove_duplicates(p.units, 0.85, dropped, repairs);
  ASSERT_EQ(dropped.size(), 2u);
  std::vector<int> got = {dropped[0].sources[0], dropped[1].sources[0]};
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<int>{d1, d2}));
}

TEST(Dedup, ShortRepeatedParagraphIsKept) {
  // Two notices each end with the same short line: a legitimate repeat.
  Units p;
  p.headline("社区义诊周末举行");
  p.add("本周六上午九点，城南社区将邀请市中心医院的医生开展义诊，为居民免费测量血压血糖。");
  p.add("活动免费，欢迎参加。");
  p.headline("少儿书法班招生");
  p.add("城南社区文化站开设少儿书法班，每周日下午授课，由退休语文教师任教，名额三十个。");
  p.add("活动免费，欢迎参加。");
  std::vector<Dropped> dropped;
  std::vector<Repair> repairs;
  const std::size_t before = p.units.size();
  remove_duplicates(p.units, 0.85, dropped, repairs);
  EXPECT_TRUE(dropped.empty()) << dropped[0].text;
  EXPECT_EQ(p.units.size(), before);
}

TEST(Dedup, ShortPhraseInsideALongerParagraphIsKept) {
  Units p;
  p.headline("社区义诊周末举行");
  p.add("本周六上午九点，城南社区将邀请市中心医院的医生开展义诊，为居民免费测量血压血糖。");
  p.add("为居民免费测量血压血糖。");
  std::vector<Dropped> dropped;
  std::vector<Repair> repairs;
  remove_duplicates(p.units, 0.85, dropped, repairs);
  EXPECT_TRUE(dropped.empty()) << dropped[0].text;
}

TEST(Dedup, LeadRestatingTheOpeningClausesIsKept) {
  // A lead under the headline restates the first clauses of a paragraph,
  // ending where one of them ends: meant, not an extractor's repeat.
  Units p;
  p.headline("社区义诊周末举行");
  p.add("城南社区的义诊活动已经连续举办了三年，深受社区老人欢迎。");
  p.add("城南社区的义诊活动已经连续举办了三年，深受社区老人欢迎，今年社区还将邀请更多医院的专家参加，"
        "为居民提供用药咨询和健康讲座。");
  std::vector<Dropped> dropped;
  std::vector<Repair> repairs;
  remove_duplicates(p.units, 0.85, dropped, repairs);
  EXPECT_TRUE(dropped.empty()) << dropped[0].text;
}

TEST(Dedup, ShorterRestatementWithAnotherOpeningIsKept) {
  Units p;
  p.headline("社区义诊周末举行");
  p.add("义诊不仅方便了社区居民，更让老人们感受到了社区大家庭的温暖。");
  p.add("本周六，城南社区邀请医院专家开展义诊，活动现场人头攒动，大家一致认为，"
        "义诊不仅方便了社区居民，更让老人们感受到了社区大家庭的温暖。");
  std::vector<Dropped> dropped;
  std::vector<Repair> repairs;
  remove_duplicates(p.units, 0.85, dropped, repairs);
  EXPECT_TRUE(dropped.empty()) << dropped[0].text;
}

TEST(Dedup, HeadlinesAreNotBodyDuplicates) {
  Units p;
  p.headline("活动免费");
  p.add("本周六上午九点，城南社区将邀请市中心医院的医生开展义诊，为居民免费测量血压血糖。");
  p.headline("活动免费");
  p.add("城南社区文化站开设少儿书法班，每周日下午授课，由退休语文教师任教，名额三十个。");
  std::vector<Dropped> dropped;
  std::vector<Repair> repairs;
  remove_duplicates(p.units, 0.85, dropped, repairs);
  EXPECT_TRUE(dropped.empty());
}

// ---------------------------------------------------------------------------
// Continuations

TEST(Continuation, AdjacentCut) {
  Units p;
  p.headline("河西镇千亩稻田开犁");
  const int end = p.add("连日来，河西镇的农户们抢抓晴好天气，翻耕土地、育秧备肥，镇里的二十多台旋耕");
  const int start = p.add("机全部出动，从早到晚忙个不停，田间地头一派繁忙景象。");
  p.add(kLongB);
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, start)) << describe(joins);
  EXPECT_EQ(joins.size(), 1u) << describe(joins);
}

TEST(Continuation, NumberCutFromItsUnit) {
  Units p;
  p.headline("滨江大桥通过荷载试验");
  const int end = p.add("据介绍，大桥引线工程已完成八成，全线计划于2025");
  const int start = p.add("年底通车，届时两岸车程将由四十分钟缩短到十分钟以内。");
  p.add("沿线居民纷纷表示，盼着大桥早日通车，出行会方便很多。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, start)) << describe(joins);
}

TEST(Continuation, CompleteParagraphsAreNotJoined) {
  Units p;
  p.headline("河西镇千亩稻田开犁");
  p.add(kLongA);
  p.add(kLongB);
  p.add("连日来，河西镇的农户们抢抓晴好天气，翻耕土地、育秧备肥，田间地头一派繁忙景象。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(joins.empty()) << describe(joins);
}

// Parallel clauses cut: the end leaves a clause open, and the tail, printed
// at the top of the page under another article's headline, takes that
// clause up again after its first words (……，或组织村民参加 / 培训，或组织
// 村民参加义诊；……). Nothing else at the cut speaks for the join.
TEST(Continuation, TailRepeatingTheClauseLeftOpen) {
  Units p;
  p.headline("青年创业大赛初评结果公布");
  const int tail = p.add("培训，或组织村民参加义诊；镇里为此安排了专项经费，确保每个村每年至少举办两次活动。");
  p.add("记者从县青年创业大赛组委会获悉，大赛网络初评结果已经公示，共有九十个项目进入复评。");
  p.add("接下来，复评将从各组别选取排名前十的项目进入现场决赛，决赛定于五月中旬举行。");
  p.headline("乡村文化活动丰富多彩");
  p.add("今年以来，河西镇把丰富群众文化生活作为一项民生工程来抓，各村文化活动室全部开放。");
  const int end = p.add("各村结合实际开展活动，或请来剧团送戏下乡，或举办农民运动会，或组织村民参加");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, tail)) << describe(joins);
}

// Parallel clauses cut where the second repeats the words of the first: the
// end's last character and the tail's first two (是 / 属于) stand together
// earlier in the end's own sentence (……是属于全村的，但决不是 / 属于……).
// The tail, printed at the top of the page under another article's
// headline, has nothing else at the cut to speak for it.
TEST(Continuation, TailRepeatingTheWordsAtTheCut) {
  Units p;
  p.headline("青年创业大赛初评结果公布");
  const int tail = p.add("属于哪一户人家的。每逢春天，村里都组织大家一起上山植树，再分片包干看护。");
  p.add("记者从县青年创业大赛组委会获悉，大赛网络初评结果已经公示，共有九十个项目进入复评。");
  p.add("接下来，复评将从各组别选取排名前十的项目进入现场决赛，决赛定于五月中旬举行。");
  p.headline("一片林子几代人");
  p.add("河西村后山有一片松树林，是村里几代人一棵一棵种出来的，如今已经郁郁葱葱。");
  const int end = p.add("老支书常说，这片林子是属于全村的，但决不是");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, tail)) << describe(joins);
}

// A clause repeated whole (a pull quote set again in the text) is no
// parallel clause going on across a cut.
TEST(Continuation, ClauseRepeatedWholeIsNoParallel) {
  Units p;
  p.headline("乡村文化活动丰富多彩");
  p.add("今年以来，河西镇把丰富群众文化生活作为一项民生工程来抓，各村文化活动室全部开放。");
  const int end = p.add("文化是乡村的灵魂，文化活动让乡村更有活力");
  p.headline("青年创业大赛初评结果公布");
  const int other = p.add("记者从县青年创业大赛组委会获悉，文化活动让乡村更有活力。大赛网络初评结果已经公示。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end, other)) << describe(joins);
}

// A tail of one short sentence on an adverb and its verb (非常满意。) lacks
// its subject, which stands before the cut: it continues the paragraph cut
// there, though printed after another paragraph.
TEST(Continuation, TailOfAnAdverbAndItsVerb) {
  Units p;
  p.add("今年以来，河西镇把丰富群众文化生活作为一项民生工程来抓，各村文化活动室全部开放。");
  const int end = p.add("镇里还为各村配备了音响和乐器，前来参加活动的村民们对此");
  p.headline("乡村文化活动丰富多彩");
  p.add("接下来，镇里将选取排名前十的节目参加县里的文艺汇演，汇演定于五月中旬举行。");
  const int tail = p.add("非常满意。");
  p.add("城南社区文化站开设少儿书法班，每周日下午授课，由退休语文教师任教，名额三十个。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, tail)) << describe(joins);
}

// Two articles; the first one's last paragraph is cut and its tail sits at the
// end of the page, after the second article.
Units far_tail_page(int& end, int& tail) {
  Units p;
  p.headline("青年创业大赛初评结果公布");
  p.add("记者从县青年创业大赛组委会获悉，大赛网络初评结果已经公示，共有九十个项目进入复评。");
  end = p.add("根据大赛安排，报名自三月一日开始，至四月十日截止，全县共有326");
  p.headline("社区义诊周末举行");
  p.add("本周六上午九点，城南社区将邀请市中心医院的医生开展义诊，为居民免费测量血压血糖。");
  p.add("社区负责人说，义诊每季度举办一次，已经连续坚持了三年，深受老人们欢迎。");
  tail = p.add("个青年创业项目报名参赛。四月中旬起，组委会组织专家对参赛项目进行了资格审核和网络初评。");
  p.add("接下来，复评将从各组别选取排名前十的项目进入现场决赛。");
  return p;
}

TEST(Continuation, TailFarAway) {
  int end = 0, tail = 0;
  Units p = far_tail_page(end, tail);
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, tail)) << describe(joins);
}

TEST(Continuation, FarTailIsMovedAfterItsEnd) {
  int end = 0, tail = 0;
  Units p = far_tail_page(end, tail);
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  ReadingOrder order = apply_continuations(p.units, joins);
  ASSERT_EQ(order.order.size(), p.units.size());
  auto pos = [&](int u) { return std::find(order.order.begin(), order.order.end(), u) - order.order.begin(); };
  EXPECT_EQ(pos(tail), pos(end) + 1);
  EXPECT_EQ(order.predecessor[static_cast<std::size_t>(tail)], end);
  EXPECT_TRUE(order.moved[static_cast<std::size_t>(tail)]);
  EXPECT_FALSE(order.moved[static_cast<std::size_t>(end)]);
  // The order is a permutation.
  std::vector<int> sorted = order.order;
  std::sort(sorted.begin(), sorted.end());
  std::vector<int> ids(p.units.size());
  std::iota(ids.begin(), ids.end(), 0);
  EXPECT_EQ(sorted, ids);
}

// A tail printed before its end's article moves with the rest of its run;
// a paragraph of that run whose first line was cut off (joined to it) comes
// along too, not left behind in the other article.
TEST(Continuation, MovedRunTakesAlongAParagraphJoinedWithinIt) {
  Units p;
  p.headline("山区小学迎来新校舍");
  p.add("新学期开学，山区小学的孩子们搬进了宽敞明亮的新教室，个个脸上洋溢着笑容。");
  const int tail = p.add("球场也修好了，孩子们课间可以在操场上踢球跑步。");
  const int first = p.add("老校长在这里教了三十年书，他勤");
  const int rest = p.add("勤恳恳，从没离开过讲台。");
  p.headline("县图书馆延长开放时间");
  p.add("从本月起，县图书馆每天开放到晚上九点，方便上班族下班后来看书学习。");
  const int end = p.add("学校还新建了图书室和一个篮");
  p.add("馆方表示，将根据读者需求继续增加图书品种。");
  std::vector<Continuation> joins{{end, tail, 0.8, ""}, {first, rest, 1.0, ""}};
  ReadingOrder order = apply_continuations(p.units, joins);
  auto pos = [&](int u) { return std::find(order.order.begin(), order.order.end(), u) - order.order.begin(); };
  EXPECT_EQ(pos(tail), pos(end) + 1);
  EXPECT_EQ(pos(first), pos(tail) + 1);
  EXPECT_EQ(pos(rest), pos(first) + 1);
}

TEST(Continuation, TailBeforeItsOwnArticlesHeadline) {
  // The tail of the article's last paragraph sits right under the headline,
  // before the article's body.
  Units p;
  p.headline("社区义诊周末举行");
  p.add("本周六上午九点，城南社区将邀请市中心医院的医生开展义诊，为居民免费测量血压血糖。");
  p.headline("老旧小区加装电梯补贴可申报");
  p.headline("每部电梯最高补贴二十万元");
  const int tail = p.add("申请加装的小区发放十五万元补贴。");
  p.add("申请对象为二〇〇〇年以前建成、没有电梯的四层及以上住宅，需经本单元三分之二以上业主同意。");
  const int end = p.add("市住建局相关负责人介绍，补贴资金分两次拨付，验收合格后，将为每个");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, tail)) << describe(joins);
  ReadingOrder order = apply_continuations(p.units, joins);
  EXPECT_EQ(order.predecessor[static_cast<std::size_t>(tail)], end);
  EXPECT_TRUE(order.moved[static_cast<std::size_t>(tail)]);
}

TEST(Continuation, TailOfSeveralParagraphsBeforeItsArticlesOpeningMovesWhole) {
  // Under the headline: three paragraphs of the article's second column
  // (its first cut at the start, its last going on in the third column),
  // then the opening column. The whole tail moves after the opening
  // column's end, and the third column follows it.
  Units p;
  p.headline("老旧小区加装电梯补贴可申报");
  const int tail = p.add("小区发放十五万元补贴，验收合格后一次拨付。");
  const int middle = p.add("已经加装电梯的小区居民说，上下楼方便多了，老人也愿意下楼走走了。");
  const int cut = p.add("住建部门提醒，申报材料须经本单元三分之二以上");
  const int opening = p.add("市住建局日前发布通知，老旧小区加装电梯可以申请财政补贴。");
  const int end = p.add("通知明确，补贴资金分两次拨付，将为每个申请加装的");
  const int onward = p.add("业主签字同意，并在小区内公示七天。");
  const std::vector<Continuation> joins{{end, tail, 0.8, ""}, {cut, onward, 0.8, ""}};
  ReadingOrder order = apply_continuations(p.units, joins);
  auto pos = [&](int u) { return std::find(order.order.begin(), order.order.end(), u) - order.order.begin(); };
  EXPECT_LT(pos(opening), pos(end));
  EXPECT_EQ(pos(tail), pos(end) + 1);
  EXPECT_EQ(pos(middle), pos(tail) + 1);
  EXPECT_EQ(pos(cut), pos(middle) + 1);
  EXPECT_EQ(pos(onward), pos(cut) + 1);
  EXPECT_TRUE(order.moved[static_cast<std::size_t>(middle)]);
  EXPECT_FALSE(order.moved[static_cast<std::size_t>(opening)]);
}

TEST(Continuation, ColumnPrintedBeforeItsEndStopsWhereTheTextAfterTheEndGoesOn) {
  // Under the headline: the article's second column (cut at its start),
  // printed before the opening column. Nothing joins its last paragraph to
  // the third column, but the paragraph after the end takes up its topic
  // (the orchard's bees): the whole second column moves after the end.
  Units p;
  p.headline("山村果园迎来丰收年");
  const int tail = p.add("园子里挂满了果子，村民们忙着采摘装箱。");
  const int middle = p.add("　　蜜蜂是果园的好帮手，村里养了两百箱蜜蜂，蜜蜂授粉让坐果率提高了不少。");
  const int opening = p.add("　　记者日前走进大山深处的李家村，看到一片新建的苹果园。");
  const int between = p.add("村支书介绍，前几年村里引进新品种，请来技术员手把手教。");
  const int end = p.add("如今全村的果树已经成林，走进");
  const int onward = p.add("养蜜蜂的老王说，蜜蜂越养越多，蜂蜜也卖上了好价钱。");
  const std::vector<Continuation> joins{{end, tail, 0.9, ""}};
  ReadingOrder order = apply_continuations(p.units, joins);
  auto pos = [&](int u) { return std::find(order.order.begin(), order.order.end(), u) - order.order.begin(); };
  EXPECT_LT(pos(opening), pos(between));
  EXPECT_LT(pos(between), pos(end));
  EXPECT_EQ(pos(tail), pos(end) + 1);
  EXPECT_EQ(pos(middle), pos(tail) + 1);
  EXPECT_EQ(pos(onward), pos(middle) + 1);
}

TEST(Continuation, TailMovedBeforeItsEndTakesAlongItsOwnContinuation) {
  // Under the headline: the article's middle column (cut at both ends),
  // the opening column, then the last column, which goes on from the
  // middle one. The middle column moves after the opening, and the last
  // column, joined to it first, comes along.
  Units p;
  p.headline("社区食堂开到家门口");
  const int middle = p.add("午饭时间，食堂里坐满了老人。管理员说，下一步还将开设");
  const int opening = p.add("　　家住城东的王大爷今年八十岁，以前做饭是件难事，常常");
  const int last = p.add("送餐上门服务，让行动不便的老人也能吃上热饭。");
  const int closing = p.add("　　据了解，全市今年还将新建二十家社区食堂。");
  const std::vector<Continuation> joins{{middle, last, 0.9, ""}, {opening, middle, 0.9, ""}};
  ReadingOrder order = apply_continuations(p.units, joins);
  auto pos = [&](int u) { return std::find(order.order.begin(), order.order.end(), u) - order.order.begin(); };
  EXPECT_EQ(pos(opening), 1);
  EXPECT_EQ(pos(middle), pos(opening) + 1);
  EXPECT_EQ(pos(last), pos(middle) + 1);
  EXPECT_EQ(pos(closing), pos(last) + 1);
}

TEST(Continuation, IntertitleInsideAMovedTailComesAlong) {
  // The same, with an intertitle inside the tail printed before the opening.
  Units p;
  p.headline("老旧小区加装电梯补贴可申报");
  const int tail = p.add("小区发放十五万元补贴，验收合格后一次拨付。");
  const int heading = p.add("加装之后", Role::kIntertitle);
  const int cut = p.add("已经加装电梯的小区居民说，上下楼方便多了，老人也");
  const int opening = p.add("市住建局日前发布通知，老旧小区加装电梯可以申请财政补贴。");
  const int end = p.add("通知明确，补贴资金分两次拨付，将为每个申请加装的");
  const int onward = p.add("愿意下楼走走了。");
  const std::vector<Continuation> joins{{end, tail, 0.8, ""}, {cut, onward, 0.8, ""}};
  ReadingOrder order = apply_continuations(p.units, joins);
  auto pos = [&](int u) { return std::find(order.order.begin(), order.order.end(), u) - order.order.begin(); };
  EXPECT_LT(pos(opening), pos(end));
  EXPECT_EQ(pos(tail), pos(end) + 1);
  EXPECT_EQ(pos(heading), pos(tail) + 1);
  EXPECT_EQ(pos(cut), pos(heading) + 1);
  EXPECT_EQ(pos(onward), pos(cut) + 1);
}

TEST(Continuation, TailBlockSetIntoAnotherArticlesTextMovesWhole) {
  // A column piece of one article set into another's text, which is cut
  // right above it and goes on past it: the whole block is the tail, the
  // intertitle inside it too.
  Units p;
  p.headline("社区食堂开张");
  const int host_cut = p.add("社区食堂设在活动中心一楼，每天中午和");
  const int tail = p.add("和中小学生。");
  const int heading = p.add("明年再建两座", Role::kIntertitle);
  const int more = p.add("区里计划明年在城北再建两座图书分馆。");
  for (int u : {heading, more}) {
    p.units[static_cast<std::size_t>(u)].sources = {tail};
    p.units[static_cast<std::size_t>(u)].lines_in_block = 3;
  }
  p.units[static_cast<std::size_t>(tail)].lines_in_block = 3;
  const int host_rest = p.add("傍晚供应热饭，老人凭卡就餐可享八折。");
  p.headline("图书分馆免费开放");
  const int opening = p.add("城南图书分馆昨天起免费开放，藏书两万册。");
  const int end = p.add("分馆的读者以附近居民为主，其中多数是老人");
  const std::vector<Continuation> joins{{host_cut, host_rest, 0.8, ""}, {end, tail, 0.8, ""}};
  ReadingOrder order = apply_continuations(p.units, joins);
  auto pos = [&](int u) { return std::find(order.order.begin(), order.order.end(), u) - order.order.begin(); };
  EXPECT_EQ(pos(host_rest), pos(host_cut) + 1);
  EXPECT_LT(pos(opening), pos(end));
  EXPECT_EQ(pos(tail), pos(end) + 1);
  EXPECT_EQ(pos(heading), pos(tail) + 1);
  EXPECT_EQ(pos(more), pos(heading) + 1);
}

TEST(Continuation, TailUnderAnotherHeadlineMovesWithoutThatArticlesText) {
  // A tail printed under the next article's headline: only the tail moves
  // back to its end; the text about the headline's subject stays under it.
  Units p;
  p.headline("青年创业大赛初评结果公布");
  p.add("记者从县青年创业大赛组委会获悉，大赛网络初评结果已经公示，九十个创业项目进入复评。");
  const int end = p.add("复评将从创业项目各组别中选取排名靠前的项目，进入现场决赛的创业项目共有12");
  p.headline("社区义诊周末举行");
  const int tail = p.add("个，将获得创业扶持资金和导师辅导。大赛组委会表示，决赛将于五月举行，欢迎青年创业者观赛。");
  const int own = p.add("本周六上午，城南社区将邀请医院的医生开展义诊，为社区居民免费测量血压血糖。");
  p.add("社区负责人说，义诊每季度举行一次，社区居民和老人们都很欢迎。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  ASSERT_TRUE(has_join(joins, end, tail)) << describe(joins);
  ReadingOrder order = apply_continuations(p.units, joins);
  auto pos = [&](int u) { return std::find(order.order.begin(), order.order.end(), u) - order.order.begin(); };
  EXPECT_EQ(pos(tail), pos(end) + 1);
  EXPECT_TRUE(order.moved[static_cast<std::size_t>(tail)]);
  EXPECT_FALSE(order.moved[static_cast<std::size_t>(own)]);
  EXPECT_GT(pos(own), pos(3));  // still under its headline
}

TEST(Continuation, TailUnderAnotherHeadlineTakesItsIntertitlesAlong) {
  // A tail under the next article's headline that runs over a section of
  // its own article: the intertitle and the section come along; the text
  // about the headline's subject stays under it.
  Units p;
  p.headline("青年创业大赛初评结果公布");
  p.add("记者从县青年创业大赛组委会获悉，大赛网络初评结果已经公示，九十个创业项目进入复评。");
  const int end = p.add("复评将从创业项目各组别中选取排名靠前的项目，进入现场决赛的创业项目共有12");
  const int other = p.headline("社区义诊周末举行");
  const int tail = p.add("个，将获得创业扶持资金和导师辅导。大赛组委会表示，决赛将于五月举行，欢迎青年创业者观赛。");
  const int heading = p.add("导师辅导创业项目", Role::kIntertitle);
  const int section = p.add("进入决赛的青年创业者将获得导师辅导，创业项目的导师来自县里的企业和高校。");
  const int own = p.add("本周六上午，城南社区将邀请医院的医生开展义诊，为社区居民免费测量血压血糖。");
  p.add("社区负责人说，义诊每季度举行一次，社区居民和老人们都很欢迎。");
  const std::vector<Continuation> joins{{end, tail, 0.8, ""}};
  ReadingOrder order = apply_continuations(p.units, joins);
  auto pos = [&](int u) { return std::find(order.order.begin(), order.order.end(), u) - order.order.begin(); };
  EXPECT_EQ(pos(tail), pos(end) + 1);
  EXPECT_EQ(pos(heading), pos(tail) + 1);
  EXPECT_EQ(pos(section), pos(heading) + 1);
  EXPECT_FALSE(order.moved[static_cast<std::size_t>(own)]);
  EXPECT_EQ(pos(own), pos(other) + 1);  // still under its headline
}

TEST(Continuation, MovedTailLeavesALineSayingNothingToTheHeadlinesText) {
  // Under another headline, a line that shares words with neither text
  // (编辑同志：) stands between the tail and the headline's own text: the
  // tail ends on what speaks for it, and the line opens the headline's text.
  Units p;
  p.headline("青年创业大赛初评结果公布");
  p.add("记者从县青年创业大赛组委会获悉，大赛网络初评结果已经公示，九十个创业项目进入复评。");
  const int end = p.add("复评将从创业项目各组别中选取排名靠前的项目，进入现场决赛的创业项目共有12");
  const int other = p.headline("社区义诊周末举行");
  const int tail = p.add("个，将获得创业扶持资金和导师辅导。大赛组委会表示，决赛将于五月举行，欢迎青年创业者观赛。");
  const int plain = p.add("编辑同志：");
  const int own = p.add("本周六上午，城南社区将邀请医院的医生开展义诊，为社区居民免费测量血压血糖。");
  p.add("社区负责人说，义诊每季度举行一次，社区居民和老人们都很欢迎。");
  const std::vector<Continuation> joins{{end, tail, 0.8, ""}};
  ReadingOrder order = apply_continuations(p.units, joins);
  auto pos = [&](int u) { return std::find(order.order.begin(), order.order.end(), u) - order.order.begin(); };
  EXPECT_EQ(pos(tail), pos(end) + 1);
  EXPECT_FALSE(order.moved[static_cast<std::size_t>(plain)]);
  EXPECT_EQ(pos(plain), pos(other) + 1);
  EXPECT_EQ(pos(own), pos(plain) + 1);
}

TEST(Continuation, MovedTailIsNotSplitInsideANumberedList) {
  // Under another headline, a tail that is a numbered list: an item with
  // nothing of either text in it still goes on the list ((一) / (二)).
  Units p;
  p.headline("青年创业大赛初评结果公布");
  p.add("记者从县青年创业大赛组委会获悉，大赛网络初评结果已经公示，九十个创业项目进入复评。");
  const int end = p.add("复评将从创业项目各组别中选取排名靠前的项目，进入现场决赛的创业项目须符合以下条件：项目");
  const int other = p.headline("社区义诊周末举行");
  const int tail = p.add("（一）创业项目已在县内注册，青年创业者担任项目负责人；");
  const int item = p.add("（二）两年内无违规记录。");
  const int own = p.add("本周六上午，城南社区将邀请医院的医生开展义诊，为社区居民免费测量血压血糖。");
  p.add("社区负责人说，义诊每季度举行一次，社区居民和老人们都很欢迎。");
  const std::vector<Continuation> joins{{end, tail, 0.8, ""}};
  ReadingOrder order = apply_continuations(p.units, joins);
  auto pos = [&](int u) { return std::find(order.order.begin(), order.order.end(), u) - order.order.begin(); };
  EXPECT_EQ(pos(tail), pos(end) + 1);
  EXPECT_EQ(pos(item), pos(tail) + 1);
  EXPECT_EQ(pos(own), pos(other) + 1);
}

TEST(Continuation, TailGoesToTheEndThatClosesItsRun) {
  // Two ends alike that would take the same tail alike: one mid-run, the
  // paragraph after it in its column, and one the last paragraph of its
  // run, cut where its text ran out of room. The tail goes on from the
  // latter.
  Units p;
  p.headline("外资企业扩大投资");
  p.add("今年以来，县里新设外资企业十二家，外资企业纷纷扩大投资。");
  const int end = p.add("外资企业负责人表示，将为客户提供更为优质");
  p.headline("外资企业看好县域市场");
  p.add("今年以来，县里新设外资企业十二家，外资企业纷纷扩大投资，提供岗位。");
  const int mid = p.add("外资企业负责人表示，将为客户提供更为优质");
  p.add("“县里的营商环境越来越好。”一位企业负责人说。");
  p.headline("春季招聘会举行");
  const int tail = p.add("的服务。");
  p.add("本周六，县人才市场举办春季招聘会，八十家企业提供两千个岗位，求职者可现场投递简历。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, tail)) << describe(joins);
  EXPECT_FALSE(has_join(joins, mid, tail)) << describe(joins);
}

TEST(Continuation, MovedTailStopsAtItsSignOff) {
  // A tail under another headline, signed off by a paragraph wholly in
  // brackets: the text after the sign-off is the other article's, and stays.
  Units p;
  p.headline("青年创业大赛初评结果公布");
  p.add("记者从县青年创业大赛组委会获悉，大赛网络初评结果已经公示，九十个创业项目进入复评。");
  const int end = p.add("复评将从创业项目各组别中选取排名靠前的项目，进入现场决赛的创业项目共有12");
  p.headline("一场春雨");
  const int tail = p.add("个，将获得创业扶持资金和导师辅导。大赛组委会表示，决赛将于五月举行。");
  const int sign = p.add("（本报记者 王明）");
  const int own = p.add("大赛组委会的志愿者说，五月的决赛现场欢迎各个项目的青年创业者前来观赛。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  ASSERT_TRUE(has_join(joins, end, tail)) << describe(joins);
  ReadingOrder order = apply_continuations(p.units, joins);
  auto pos = [&](int u) { return std::find(order.order.begin(), order.order.end(), u) - order.order.begin(); };
  EXPECT_EQ(pos(tail), pos(end) + 1);
  EXPECT_EQ(pos(sign), pos(tail) + 1);
  EXPECT_FALSE(order.moved[static_cast<std::size_t>(own)]);
  EXPECT_GT(pos(own), pos(3));  // still under its headline
}

// Two whole-column blocks printed in the wrong order: the second block's
// end is continued by the first block's start (锻 / 炼), so the first block's
// end cannot also run on into the second one (a cycle), and the first block
// moves whole after the second.
Units swapped_columns_page(int& a1, int& a2, int& b1, int& b2, int& c1) {
  Units p;
  p.headline("老张的晨练");
  auto in_block = [&](const std::string& text, int block) {
    const int id = p.add(text);
    p.units[static_cast<std::size_t>(id)].sources = {block};
    return id;
  };
  a1 = in_block("炼身体，风雨无阻，从不间断。", 1);
  a2 = in_block("如今他已经八十多岁了，身体依然硬朗，说起这些，老张说这都要归功于", 1);
  b1 = in_block("老张退休以后，把大部分时间都用在了社区的公益活动上。", 2);
  b2 = in_block("社区的老人们都说，老张是一个很有毅力的人，他每天早上五点起床，坚持锻", 2);
  c1 = in_block("多年来坚持不懈的晨练。社区的老人们都很佩服他的毅力。", 3);
  return p;
}

TEST(Continuation, NoCycleThroughAnInputBlock) {
  int a1, a2, b1, b2, c1;
  Units p = swapped_columns_page(a1, a2, b1, b2, c1);
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, b2, a1)) << describe(joins);
  EXPECT_FALSE(has_join(joins, a2, b1)) << describe(joins);
}

TEST(Continuation, TailEarlierInItsRunMovesWithTheRestOfItsBlock) {
  int a1, a2, b1, b2, c1;
  Units p = swapped_columns_page(a1, a2, b1, b2, c1);
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  ASSERT_TRUE(has_join(joins, b2, a1)) << describe(joins);
  ReadingOrder order = apply_continuations(p.units, joins);
  auto pos = [&](int u) { return std::find(order.order.begin(), order.order.end(), u) - order.order.begin(); };
  EXPECT_LT(pos(b1), pos(b2));
  EXPECT_EQ(pos(a1), pos(b2) + 1);
  EXPECT_EQ(pos(a2), pos(a1) + 1);
  EXPECT_LT(pos(a2), pos(c1));
}

TEST(Continuation, TextOpeningOnATimePhraseStartsAParagraph) {
  // A paragraph that ends on a full word without its full stop, then one
  // that opens on a time setting: two paragraphs, not one cut sentence.
  Units p;
  p.headline("社区义诊周末举行");
  const int end = p.add("城南社区的义诊活动已经连续举办了三年，社区居民对义诊活动的评价一直很高");
  const int next = p.add("3月2日上午，城南社区的义诊活动如期举行，医生为社区居民测量血压。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end, next)) << describe(joins);
}

TEST(Continuation, TextOpeningOnAFramingClauseStartsAParagraph) {
  // A paragraph that ends on a full word without its full stop, then the
  // next in the column opening on a source and a verb of saying, or on a
  // setting led by a preposition: two paragraphs, not one cut sentence.
  Units p;
  p.headline("老街改造今年完工");
  const int end1 = p.add("老街的石板路已经全部铺好，两旁的店铺也换上了统一的木质招牌，街口新建了一座小广场");
  const int next1 = p.add("有关部门表示，春节前还将在河边栽种一批柳树，并增设照明设施和休息座椅。");
  const int end2 = p.add("许多外地游客专程赶来拍照留念，附近居民傍晚也喜欢到河边散步");
  const int next2 = p.add("随着天气转暖，社区计划组织书画展览和民俗表演，丰富居民的文化生活。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end1, next1)) << describe(joins);
  EXPECT_FALSE(has_join(joins, end2, next2)) << describe(joins);
}

TEST(Continuation, VerbOfSayingAfterAPlaceWordContinuesTheSentence) {
  // ……在全市工作会议|上指出，……: the verb's subject and its 在 stand
  // before the cut, so the clause opens no sentence of its own.
  Units p;
  p.headline("老街改造今年完工");
  const int end = p.add("老街的石板路已经全部铺好。市长去年在全市城市建设工作");
  const int next = p.add("会议上指出，老街改造要保留历史风貌，不能大拆大建。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, next)) << describe(joins);
}

TEST(Continuation, TextOpeningOnAQuotationStartsAParagraph) {
  // A paragraph ending on a full word without its full stop, then one that
  // opens on a quotation: two paragraphs.
  Units p;
  p.headline("社区义诊周末举行");
  const int end = p.add("城南社区的义诊活动已经连续举办了三年，社区居民对义诊活动的评价一直很高");
  const int next = p.add("“社区的义诊活动办得很好，义诊的医生态度也很好。”一位社区居民说。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end, next)) << describe(joins);
}

TEST(Continuation, TimePhraseInFullWidthDigitsAfterADash) {
  Units p;
  p.headline("社区义诊周末举行");
  const int end = p.add("城南社区的义诊活动已经连续举办了三年，社区居民始终记得那个难忘的时刻——");
  const int next = p.add("２０１６年３月２日，城南社区的第一次义诊活动如期举行，医生为社区居民测量血压。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end, next)) << describe(joins);
}

TEST(Continuation, ColonEndsALeadInParagraph) {
  // A lead-in ending on a colon, then the quotation it announces set as a
  // paragraph of its own.
  Units p;
  p.headline("全市新增就业岗位两万个");
  p.add("昨天，市人社局举行新闻发布会，通报去年全市稳就业工作情况。");
  const int end = p.add("发布会上，负责人用几个数字概括了一年来的工作：");
  const int next = p.add("“两万个”——去年全市新增城镇就业岗位两万个，超额完成年度目标任务。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end, next)) << describe(joins);
}

TEST(Continuation, OneContinuationPerEnd) {
  Units p;
  p.headline("河西镇千亩稻田开犁");
  p.add("连日来，河西镇的农户们抢抓晴好天气，翻耕土地、育秧备肥，镇里的二十多台旋耕");
  p.add("机全部出动，从早到晚忙个不停，田间地头一派繁忙景象。");
  p.add("据介绍，大桥引线工程已完成八成，全线计划于2025");
  p.add("年底通车，届时两岸车程将由四十分钟缩短到十分钟以内。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  std::vector<int> ends, starts;
  for (const auto& j : joins) {
    ends.push_back(j.end);
    starts.push_back(j.start);
    EXPECT_GE(j.score, 0.45);
    EXPECT_LE(j.score, 1.0);
    EXPECT_FALSE(j.why.empty());
  }
  std::sort(ends.begin(), ends.end());
  std::sort(starts.begin(), starts.end());
  EXPECT_EQ(std::adjacent_find(ends.begin(), ends.end()), ends.end());
  EXPECT_EQ(std::adjacent_find(starts.begin(), starts.end()), starts.end());
}

TEST(Continuation, WordAcrossTheCutBeatsTheNextBlock) {
  // The end's own next block opens a complete sentence; its tail, further
  // down, completes the word the end stops in (顾 / 不得).
  Units p;
  p.headline("老李返乡过年");
  const int end = p.add("腊月二十八，老李提着大包小包走进院子，乡亲们一下子都围了上来，问长问短。顾");
  const int next = p.add("回到县城的家里时，已经是正月十五了，家人早已备好了一桌饭菜等着老李。");
  p.add("老李说，这些年在外打拼，最惦记的就是村里的老人，每年过年都要回来看看。");
  const int tail = p.add("不得休息，老李又赶到村委会，和村干部商量开春修路的事，一直忙到深夜。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, tail)) << describe(joins);
  EXPECT_FALSE(has_join(joins, end, next)) << describe(joins);
}

TEST(Continuation, FrameOpenedAtTheEndAndClosedAfterTheCutJoinsAtADistance) {
  // An end on 以 and a text further down, under another headline, whose
  // first words close the frame (以 / 春耕秋收为主题的……): the frame spans the
  // cut. A 为 inside a word (认为) closes nothing.
  Units p;
  p.headline("河西镇办起农民画展");
  p.add("河西镇的农民画已有三十多年历史，农民画描绘乡村生活，乡土气息浓厚。");
  const int end = p.add("镇文化站从各村征集了两百多幅农民画，在镇文化广场展出。这些画作，有以");
  p.headline("县里再建三座文化广场");
  p.add("县里今年还要再建三座文化广场，让更多农民在家门口看演出、读好书。");
  p.add("新广场开放当天，附近几个乡镇的群众也赶来观看演出，广场上人头攒动。");
  const int other = p.add("文化站站长认为，广场建好以后，要经常组织文艺演出，丰富群众的文化生活。");
  const int tail = p.add("春耕秋收为主题的农民画，也有描绘乡村生活新变化的农民画，乡土气息浓厚。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, tail)) << describe(joins);
  EXPECT_FALSE(has_join(joins, end, other)) << describe(joins);
}

TEST(Continuation, CutGainReadsWordsAcrossTheCut) {
  // A word that completes across the cut.
  EXPECT_GT(cut_gain(text::decode("全村老少一起参加了篮"), text::decode("球比赛，场面十分热闹。"), lexicon()), 3.0);
  EXPECT_GT(cut_gain(text::decode("街道两旁的商"), text::decode("店陆续开门营业。"), lexicon()), 3.0);
  // A word spans the cut (数据), but the words apart read better (无数 / 据统计).
  EXPECT_LT(cut_gain(text::decode("这些年来过的客人无数"), text::decode("据统计，全年接待游客十万人次。"), lexicon()), 2.0);
  // No Han character on one side: nothing to read across.
  EXPECT_EQ(cut_gain(text::decode("他给每户都带去了年货，"), text::decode("不得休息"), lexicon()), 0.0);
  EXPECT_EQ(cut_gain(text::decode(""), text::decode("不得休息"), lexicon()), 0.0);
}

TEST(Continuation, CutGainAfterABoundMorpheme) {
  // A bound attributive morpheme (总) cannot end a clause: with the noun it
  // makes a word with (总店, rare in the lexicon), the cut reads as strongly
  // as across a common word.
  EXPECT_GE(cut_gain(text::decode("这家连锁超市的总"), text::decode("店设在市中心，共有员工三百多人。"), lexicon()), 7.0);
  // Not where the morpheme closes a longer word (为主), nor before a
  // character it makes no word with.
  EXPECT_LT(cut_gain(text::decode("全村的收入以农业为主"), text::decode("店设在市中心，共有员工三百多人。"), lexicon()), 1.0);
  EXPECT_LT(cut_gain(text::decode("这家连锁超市的总"), text::decode("这家店设在市中心。"), lexicon()), 1.0);
}

TEST(Continuation, NothingToJoinWhenNoCandidateFits) {
  // A fragment that begins mid-sentence with nothing on the page before it.
  Units p;
  p.headline("智能工厂名单发布");
  p.add("据悉，此次评选由省工信厅联合多个部门共同开展，经企业申报、专家评审等程序产生。");
  p.add("台工业机器人同时作业，整条产线实现了无人化生产，装配精度达到行业领先水平。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(joins.empty()) << describe(joins);
}

TEST(Continuation, JoinsCanBeDisabledByThreshold) {
  int end = 0, tail = 0;
  Units p = far_tail_page(end, tail);
  EXPECT_TRUE(find_continuations(p.units, lexicon(), 1.01).empty());
}

// ---------------------------------------------------------------------------
// Topic

TEST(Topic, SimilarTextsScoreHigher) {
  TopicModel model({kLongA, kLongB, "本周六上午九点，城南社区将邀请市中心医院的医生开展义诊。"});
  auto a = model.vector("全镇计划种植早稻，农机服务队上门翻耕。");
  auto b = model.vector(kLongA);
  auto c = model.vector("城南社区邀请医院医生开展义诊。");
  EXPECT_GT(TopicModel::cosine(a, b), TopicModel::cosine(a, c));
  EXPECT_NEAR(TopicModel::cosine(b, b), 1.0, 1e-6);
  EXPECT_GE(TopicModel::cosine(a, c), 0.0);
}


// ---------------------------------------------------------------------------
// Boundary predicates

std::u32string u32(const std::string& s) { return text::decode(s); }

TEST(Boundary, EndsComplete) {
  EXPECT_TRUE(ends_complete(u32("今年粮食又获丰收。")));
  EXPECT_TRUE(ends_complete(u32("他说：“我们还要干。”")));
  EXPECT_TRUE(ends_complete(u32("全县已安置下岗职工两千人。（李明）")));
  EXPECT_TRUE(ends_complete(u32("（本报记者王晓摄）")));
  EXPECT_FALSE(ends_complete(u32("全县共有二十多个")));
  EXPECT_FALSE(ends_complete(u32("据统计，")));
  EXPECT_FALSE(ends_complete(u32("会上，（记者")));
}

TEST(Boundary, StartsAsContinuation) {
  EXPECT_TRUE(starts_as_continuation(u32("，以强烈的责任感推进")));
  EXPECT_TRUE(starts_as_continuation(u32("的光荣使命。")));
  EXPECT_TRUE(starts_as_continuation(u32("是国内首个医学基础模型。")));
  EXPECT_FALSE(starts_as_continuation(u32("今年春节，游客明显增多。")));
}

TEST(Boundary, StartsMidSentence) {
  EXPECT_TRUE(starts_mid_sentence(u32("台工业机器人同时作业。"), lexicon()));
  EXPECT_TRUE(starts_mid_sentence(u32("，整条产线实现无人化。"), lexicon()));
  // A measure word that opens a word of the lexicon opens a sentence too.
  EXPECT_FALSE(starts_mid_sentence(u32("部分企业已经复工。"), lexicon()));
  EXPECT_FALSE(starts_mid_sentence(u32("据悉，评选已经结束。"), lexicon()));
}

// ---------------------------------------------------------------------------
// Continuation evidence

TEST(Continuation, ListItemNeverContinuesACutSentence) {
  Units p;
  p.headline("春运首日客流平稳");
  int end = p.add("记者从铁路部门获悉，今年春运呈现以下特点");
  int item = p.add("■客流总量同比增长一成，返乡探亲仍是主流。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end, item)) << describe(joins);
}

TEST(Continuation, CountedItemsOpenListItems) {
  // 第一，/ 其二，/ 一是 count the items a colon announced: new paragraphs.
  for (const char* opening : {"第一，", "其一，", "一是"}) {
    Units p;
    p.headline("春运首日客流平稳");
    int end = p.add("记者从铁路部门获悉，今年春运的客流呈现三个特点");
    int item = p.add(std::string(opening) + "客流总量同比增长一成，返乡探亲仍是主流。");
    auto joins = find_continuations(p.units, lexicon(), 0.45);
    EXPECT_FALSE(has_join(joins, end, item)) << opening << "\n" << describe(joins);
  }
}

TEST(Continuation, ReduplicationAcrossTheCutIsNoEvidence) {
  Units p;
  p.headline("小区加装电梯");
  int end = p.add("电梯验收合格后，将为每个");
  int wrong = p.add("个体工商户发放经营补贴，另行通知。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  ASSERT_TRUE(has_join(joins, end, wrong)) << describe(joins);  // adjacent: joined on layout alone
  for (const auto& j : joins) {
    if (j.end == end && j.start == wrong) {
      EXPECT_EQ(j.why.find("a word spans the cut"), std::string::npos) << j.why;
    }
  }
}

TEST(Continuation, ReduplicatedWordOfTheLexiconSpansTheCut) {
  // A column's last line printed first under the headline: it opens on the
  // second repeated character of a word (静悄 / 悄) the end leaves cut.
  Units p;
  p.headline("雪夜守林人");
  int tail = p.add("悄的，只有北风吹过松林的声音。老周披上大衣，提着马灯走出木屋。");
  p.add("老周在林场守了二十年，每年冬天都住在山顶的木屋里。");
  int end = p.add("那天夜里下了一场大雪，推开门一看，整片林子静悄");
  p.add("他沿着防火道巡查了两个小时，确认没有火情后才回屋。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, tail)) << describe(joins);
}

TEST(Continuation, PhraseWithDeAndItsHeadWordSpanTheCut) {
  // An end on an attributive 的 awaits its head word: a start far away whose
  // first clause is that one word goes on with it.
  auto page = [](const std::string& end_text, int& end, int& tail) {
    Units p;
    p.headline("山区公路建设提速");
    end = p.add(end_text);
    p.headline("老街改造完工");
    p.add("经过半年施工，老街改造工程近日完工，街面焕然一新。");
    tail = p.add("意愿，同时兼顾施工成本和工期安排。");
    return p;
  };
  int end = 0, tail = 0;
  Units p = page("县交通局表示，新修公路的线路走向要充分照顾沿线村民的", end, tail);
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, tail)) << describe(joins);
  // (A 的 closing a clause with 是 ends a judgement: no phrase awaits a word.)
  Units q = page("县交通局表示，公路今年全线贯通是完全可能的", end, tail);
  joins = find_continuations(q.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end, tail)) << describe(joins);
}

TEST(Continuation, GeometryOrderAsksMoreOfADistantContinuation) {
  Units p;
  p.headline("城东新区建设提速");
  int end = p.add("新区今年计划开工项目四十个，总投资超过120");
  p.headline("春季植树活动启动");
  p.add("全市春季植树活动昨天启动，市民在城郊义务植树两万株。");
  int far = p.add("亿元。其中，新区产业项目投资占六成以上。");
  auto text_order = find_continuations(p.units, lexicon(), 0.45, false);
  auto geometry_order = find_continuations(p.units, lexicon(), 0.45, true);
  double text_score = 0, geometry_score = 0;
  for (const auto& j : text_order)
    if (j.end == end && j.start == far) text_score = j.score;
  for (const auto& j : geometry_order)
    if (j.end == end && j.start == far) geometry_score = j.score;
  ASSERT_GT(text_score, 0) << describe(text_order);
  EXPECT_LT(geometry_score, text_score) << describe(geometry_order);
}

// On a page whose extractor cut every paragraph's indented first line off,
// a block that opens flush continues a paragraph; after an end cut by its
// column's end, that tips a distant tail with no mark at the cut (……传统文化，
// / 却也……) back to its end, out from under another article's headline.
TEST(Continuation, FlushBlockAfterAColumnsEndIsATail) {
  // (The tail shares its article's words, but no mark or word spans the
  // cut, and it is far from its end.)
  auto page = [](bool layout) {
    Units p;
    p.headline("古镇年味渐浓");
    p.add("春节将至，古镇的老街挂起了灯笼，剪纸、糖画、皮影戏等传统手艺吸引了许多游客驻足观看。");
    p.headline("让传统文化走近青年");
    p.add("传统手艺进校园活动本月启动，剪纸、皮影戏等传统手艺走进十所中学，青年学生跟着老艺人学习传统手艺。");
    const int end = p.add("老艺人说，皮影戏、剪纸这些传统手艺承载着古老的传统文化，");
    p.units[static_cast<std::size_t>(end)].runs_on = layout;
    p.headline("社区义诊周末举行");
    const int tail = p.add("但也面临老艺人老去的问题。传统手艺走进中学，青年学生跟着老艺人学习皮影戏、剪纸这些传统手艺，传统文化才能传下去。");
    p.units[static_cast<std::size_t>(tail)].opens_flush = layout;
    return std::make_pair(p, std::make_pair(end, tail));
  };
  auto [plain, ids] = page(false);
  auto joins = find_continuations(plain.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, ids.first, ids.second)) << describe(joins);
  auto [cut, same] = page(true);
  joins = find_continuations(cut.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, same.first, same.second)) << describe(joins);
  // Either side alone says too little: an end that merely stops
  // mid-sentence, or a flush block with no cut end before it.
  cut.units[static_cast<std::size_t>(same.first)].runs_on = false;
  joins = find_continuations(cut.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, same.first, same.second)) << describe(joins);
}

// A paragraph's last line alone at the top of a column (Unit::tail_line) is
// sure to go on from somewhere: after an end cut by its column's end it is
// taken though it says little (……没有得到重视， / 反而遭到冷落。), where a
// block that merely opens flush is not.
TEST(Continuation, LastLineAtAColumnsTopAfterAColumnsEnd) {
  auto page = [](bool tail_line) {
    Units p;
    p.headline("老街手艺人的新春");
    p.add("春节将至，古镇的老街挂起了灯笼，剪纸、糖画、皮影戏等传统手艺吸引了许多游客驻足观看。");
    const int end = p.add("早些年，皮影戏演出少，老艺人的手艺也没有得到重视，");
    p.units[static_cast<std::size_t>(end)].runs_on = true;
    p.headline("社区义诊周末举行");
    const int tail = p.add("老艺人的皮影戏、剪纸手艺反而遭到冷落。");
    p.units[static_cast<std::size_t>(tail)].opens_flush = true;
    p.units[static_cast<std::size_t>(tail)].tail_line = tail_line;
    p.add("市医院的医生周末到社区坐诊，居民看病不用再跑远路，老人们都说好。");
    return std::make_tuple(p, end, tail);
  };
  auto [plain, end, tail] = page(false);
  auto joins = find_continuations(plain.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end, tail)) << describe(joins);
  auto [marked, end2, tail2] = page(true);
  joins = find_continuations(marked.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end2, tail2)) << describe(joins);
}

// A paragraph whose first line shows its dropped indent by its width
// (Unit::opens_indent_width) opens a paragraph: no distant continuation.
TEST(Continuation, FirstLineShowingAnIndentIsNoDistantContinuation) {
  auto page = [](bool indent_width) {
    Units p;
    p.headline("老街手艺人的新春");
    p.add("春节将至，古镇的老街挂起了灯笼，剪纸、糖画、皮影戏等传统手艺吸引了许多游客驻足观看。");
    const int end = p.add("老艺人说，皮影戏、剪纸这些传统手艺承载着古镇的记忆，");
    p.units[static_cast<std::size_t>(end)].runs_on = true;
    p.headline("社区义诊周末举行");
    p.add("市医院的医生周末到社区坐诊，居民看病不用再跑远路。");
    const int start = p.add("如今老艺人的皮影戏、剪纸这些传统手艺走进了古镇的中学，古镇的记忆有了传人。");
    p.units[static_cast<std::size_t>(start)].opens_flush = true;
    p.units[static_cast<std::size_t>(start)].opens_indent_width = indent_width;
    return std::make_tuple(p, end, start);
  };
  auto [plain, end, start] = page(false);
  auto joins = find_continuations(plain.units, lexicon(), 0.45);
  ASSERT_TRUE(has_join(joins, end, start)) << describe(joins);
  auto [marked, end2, start2] = page(true);
  joins = find_continuations(marked.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end2, start2)) << describe(joins);
}

// Every join costs the same in the assignment: a sure join (an end and the
// next paragraph in its column that opens on a particle) stands against two
// unsure ones it would displace, though their scores add up to more.
// An end stopping on a clause of one verb (……，安置) and a distant block
// opening flush on a clause of things with no verb (工人300多名，并……): the
// verb's object, cut off from it; the layout alone says too little.
TEST(Continuation, VerbAndItsObjectAcrossAColumnBreak) {
  Units p;
  p.headline("纺织厂技改见成效");
  p.add("今年以来，城东纺织厂投入资金改造老旧设备，新设备让产品合格率明显提高，订单排到了年底。");
  const int end = p.add("厂长介绍，技改以后厂里新上了两条生产线，安置");
  p.units[static_cast<std::size_t>(end)].runs_on = true;
  p.headline("社区义诊周末举行");
  p.add("本周六上午九点，城南社区将邀请市中心医院的医生开展义诊，为居民免费测量血压血糖。");
  const int tail = p.add("工人300多名，并为他们办理了社保，纺织厂还请来技师为新工人培训生产线的新设备。");
  p.units[static_cast<std::size_t>(tail)].opens_flush = true;
  p.add("社区负责人说，义诊每季度举办一次，已经连续坚持了三年，深受老人们欢迎。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, tail)) << describe(joins);
  // Without the verb at the end, nothing ties them.
  p.units[static_cast<std::size_t>(end)].text = "厂长介绍，技改以后厂里新上了两条生产线，又";
  joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end, tail)) << describe(joins);
}

// An end stopping inside a frame that 在 opened (……，在全市防汛) and a distant
// block opening flush on the localizer that closes it (演练中……): the frame
// spans the cut.
TEST(Continuation, FramePrepositionOpenedClosesAcrossAColumnBreak) {
  Units p;
  p.headline("防汛演练进社区");
  p.add("今年以来，区应急管理局组织各街道开展防汛演练二十多场，居民参与热情很高。");
  const int end = p.add("区里还请来专家讲解防汛避险自救知识，专家们在全市防汛");
  p.units[static_cast<std::size_t>(end)].runs_on = true;
  p.headline("社区义诊周末举行");
  p.add("本周六上午九点，城南社区将邀请市中心医院的医生开展义诊，为居民免费测量血压血糖。");
  const int tail = p.add("演练中多次示范避险自救方法，居民们纷纷表示学到了防汛避险的真本领。");
  p.units[static_cast<std::size_t>(tail)].opens_flush = true;
  p.add("社区负责人说，义诊每季度举办一次，已经连续坚持了三年，深受老人们欢迎。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, tail)) << describe(joins);
  // Without the frame at the end, nothing ties them.
  p.units[static_cast<std::size_t>(end)].text = "区里还请来专家讲解防汛避险自救知识，专家们走遍全市";
  joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end, tail)) << describe(joins);
}

// An end stopping on a verb and 了 (……签订了) and a distant block opening flush
// on a first clause of one word (协议，……): the verb's object across the cut.
TEST(Continuation, VerbClosedByLeTakesItsObjectAcrossAColumnBreak) {
  Units p;
  p.headline("两地签约共建产业园");
  p.add("记者从市商务局获悉，滨江区与河西县将合作共建产业园，首批入园企业已确定十家。");
  const int end = p.add("滨江区与河西县负责人昨天在产业园现场签订了");
  p.units[static_cast<std::size_t>(end)].runs_on = true;
  p.headline("社区义诊周末举行");
  p.add("本周六上午九点，城南社区将邀请市中心医院的医生开展义诊，为居民免费测量血压血糖。");
  const int tail = p.add("协议，就产业园的建设规模、入园企业和收益分配作了约定。");
  p.units[static_cast<std::size_t>(tail)].opens_flush = true;
  p.add("社区负责人说，义诊每季度举办一次，已经连续坚持了三年，深受老人们欢迎。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, tail)) << describe(joins);
  // Without 了 closing the verb, nothing ties them.
  p.units[static_cast<std::size_t>(end)].text = "滨江区与河西县负责人昨天在产业园现场考察";
  joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end, tail)) << describe(joins);
}

// An end left open on a pause mark (……发放对象、) and a distant block
// opening flush on a short item and another pause mark (金额、……): a list
// runs across the cut.
TEST(Continuation, ListAcrossAColumnBreak) {
  auto page = [](const std::string& tail_text) {
    Units p;
    p.headline("惠民资金张榜公布");
    p.add("为了让群众明明白白，青山镇今年起把各项惠民资金的使用情况向全镇公开。");
    const int end = p.add("镇里规定，每一笔资金都要写明发放对象、");
    p.units[static_cast<std::size_t>(end)].runs_on = true;
    p.headline("社区义诊周末举行");
    p.add("本周六上午九点，城南社区将邀请市中心医院的医生开展义诊，为居民免费测量血压血糖。");
    const int tail = p.add(tail_text);
    p.units[static_cast<std::size_t>(tail)].opens_flush = true;
    p.add("社区负责人说，义诊每季度举办一次，已经连续坚持了三年，深受老人们欢迎。");
    return std::make_tuple(p, end, tail);
  };
  auto [listed, end, tail] = page("金额、时间，一律张榜公布，每一笔惠民资金用在哪里，群众看得明明白白。");
  auto joins = find_continuations(listed.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, tail)) << describe(joins);
  // No item and pause mark at the start: nothing ties them.
  auto [plain, end2, tail2] = page("金额和时间，一律张榜公布，每一笔惠民资金用在哪里，群众看得明明白白。");
  joins = find_continuations(plain.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end2, tail2)) << describe(joins);
}

TEST(Continuation, OneSureJoinOutweighsTwoUnsureOnes) {
  Units p;
  p.headline("城东新区建设提速");
  p.add("新区今年计划开工项目四十个，新区产业园区的企业已经招满，园区周边的道路正在拓宽。");
  const int end = p.add("新区产业园区的企业已经招满，园区周边");
  const int next = p.add("的配套设施也在加紧建设，产业园区周边的企业明年将全部投产。");
  p.headline("春季植树活动启动");
  p.add("全市春季植树活动昨天启动，市民在城郊义务植树两万株。");
  const int other_end = p.add("市民在城郊植树，配套设施也在建设，城郊");
  p.headline("社区义诊周末举行");
  const int other_start = p.add("的园区周边道路两旁也种上了树苗。");
  auto joins = find_continuations(p.units, lexicon(), 0.4);
  EXPECT_TRUE(has_join(joins, end, next)) << describe(joins);
  EXPECT_FALSE(has_join(joins, end, other_start)) << describe(joins);
  EXPECT_FALSE(has_join(joins, other_end, next)) << describe(joins);
}

// The layout's word counts only for a text of the end's topic: a flush
// block about something else is no tail of it, however the columns end.
TEST(Continuation, FlushBlockOfAnotherTopicIsNoTail) {
  Units p;
  p.headline("让传统文化走近青年");
  p.add("传统手艺进校园活动本月启动，剪纸、皮影戏等传统手艺走进十所中学，青年学生跟着老艺人学习传统手艺。");
  const int end = p.add("老艺人说，皮影戏、剪纸这些传统手艺承载着古老的文化和");
  p.units[static_cast<std::size_t>(end)].runs_on = true;
  p.headline("社区义诊周末举行");
  const int other = p.add("的义诊每季度举行一次，市医院的医生到社区坐诊，居民看病不用再跑远路。");
  p.units[static_cast<std::size_t>(other)].opens_flush = true;
  auto joins = find_continuations(p.units, lexicon(), 0.5);
  EXPECT_FALSE(has_join(joins, end, other)) << describe(joins);
}

TEST(Continuation, SharedTopicAloneJoinsNothingAtADistance) {
  // An end lacking only its stop (……游客可以在湖边步道散步健身) and, under
  // another headline, a paragraph about the same park that opens a sentence
  // of its own: nothing at the cut but the topic, so no join. After an end
  // on a comma the sentence is cut for sure, and the same pair joins.
  auto page = [](const std::string& end_text, int& end, int& start) {
    Units p;
    p.headline("城南公园改造完工");
    p.add("城南公园改造工程昨天完工，公园湖边新增绿地两万平方米，湖边步道总长三公里。");
    end = p.add(end_text);
    p.headline("春季植树活动启动");
    p.add("全市春季植树活动昨天启动，市民在城郊义务植树两万株，绿化荒山三百亩。");
    start = p.add("城南公园湖边步道总长三公里，游客在湖边步道散步健身，公园管理处介绍，湖边绿地全天开放。");
    return p;
  };
  int end = 0, start = 0;
  Units whole = page("公园管理处介绍，城南公园全天免费开放，游客可以在湖边步道散步健身", end, start);
  auto joins = find_continuations(whole.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end, start)) << describe(joins);
  Units cut = page("公园管理处介绍，城南公园全天免费开放，游客可以在湖边步道散步健身，", end, start);
  joins = find_continuations(cut.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, start)) << describe(joins);
}

TEST(Continuation, WhollyQuotedParagraphIsCompleteUnlessItsContinuationShowsOtherwise) {
  // A quoted saying set as a paragraph of its own has no stop, but the
  // paragraph after it opens a sentence of its own: no join. A paragraph
  // opening on a comma after it does go on from it.
  auto joined = [](const std::string& next) {
    Units p;
    p.headline("老兵讲述边防故事");
    p.add("退役老兵张建国在社区讲述了自己在边防哨所度过的十二个春节，台下听众不时鼓掌。");
    const int end = p.add("“守好祖国的每一寸土地”");
    const int start = p.add(next);
    auto joins = find_continuations(p.units, lexicon(), 0.45);
    return has_join(joins, end, start);
  };
  EXPECT_FALSE(joined("社区工作人员介绍，这样的讲述活动每月举办一次，已经吸引了上千名居民参加。"));
  EXPECT_TRUE(joined("，这是张建国在哨所写下的一句话，至今仍挂在社区活动室的墙上。"));
}

// A label printed alone as body (核心阅读 over a lead) is complete in itself:
// the lead under it stays a paragraph of its own. A cut piece of text in a
// block of its own (……将为每位) still looks for its continuation.
TEST(Continuation, LoneLabelIsNoCutSentence) {
  Units p;
  p.headline("老旧小区加装电梯补贴可申报");
  const int label = p.add("核心阅读");
  const int lead = p.add("加装电梯的老旧小区可申请财政补贴，每部电梯最高补贴二十万元。");
  const int cut = p.add("补贴资金分两次拨付，验收合格后，将为每位");
  const int tail = p.add("申请的业主发放一千元补贴。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, label, lead)) << describe(joins);
  EXPECT_TRUE(has_join(joins, cut, tail)) << describe(joins);
}

TEST(RestoreCutLines, IntertitleCutMidWordIsBodyAgain) {
  Units p;
  p.headline("县域经济调查");
  p.add("县里把招商引资作为头号工程，两年引进项目三十个。");
  int cut = p.add("可持续发展的关键是全面提", Role::kIntertitle);
  p.add("高人的素质。县委县政府认为，不断提高干部素质是关键。");
  int real = p.add("人才引进", Role::kIntertitle);
  p.add("县里每年拿出专项资金，用于引进急需的专业人才。");
  EXPECT_EQ(restore_cut_lines(p.units, lexicon()), 1);
  EXPECT_EQ(p.units[static_cast<std::size_t>(cut)].role, Role::kBody);
  EXPECT_EQ(p.units[static_cast<std::size_t>(real)].role, Role::kIntertitle);
}

TEST(RestoreCutLines, LineOpeningOnASettingOrStoppingOnAFunctionWordIsText) {
  // A line with a clause mark that opens on a setting (3月5日，/ 目前，/
  // 据统计，) or stops on an adverb, a preposition or one character after a
  // pause mark is a paragraph's first line cut off, not a heading; headings
  // with a comma (加强合作，提升效能) stay.
  Units p;
  p.headline("县域经济调查");
  p.add("县里把招商引资作为头号工程，两年引进项目三十个。");
  const int setting = p.add("3月5日，开发区与省内一家", Role::kIntertitle);
  p.add("大型企业签订了合作协议。");
  const int adverb = p.add("因为交通便利，企业经常", Role::kIntertitle);
  p.add("把新项目放在这里。");
  const int pause = p.add("园区引进了电池、电机、电", Role::kIntertitle);
  p.add("控等配套企业。");
  const int heading = p.add("加强区域合作，提升整体效能", Role::kIntertitle);
  p.add("县里每年拿出专项资金，用于引进急需的专业人才。");
  EXPECT_EQ(restore_cut_lines(p.units, lexicon()), 3);
  EXPECT_EQ(p.units[static_cast<std::size_t>(setting)].role, Role::kBody);
  EXPECT_EQ(p.units[static_cast<std::size_t>(adverb)].role, Role::kBody);
  EXPECT_EQ(p.units[static_cast<std::size_t>(pause)].role, Role::kBody);
  EXPECT_EQ(p.units[static_cast<std::size_t>(heading)].role, Role::kIntertitle);
}

// A line stopping on a word that asks for what follows it (a verb of being
// or having, ……的还有; a preposition of one character, ……都把) is a
// paragraph's first line; headings stopping on a word that merely ends on
// such a character (祥和, 存在, 应有尽有) stay.
TEST(RestoreCutLines, LineStoppingOnAWordAskingForMoreIsText) {
  Units p;
  p.headline("老街换新颜");
  p.add("春节前，老街完成了改造，青石板路重新铺好，沿街的老铺子也陆续开了门。");
  const int being = p.add("让老街坊们最高兴的还有", Role::kIntertitle);
  p.add("一份久违的热闹。老街坊们说，改造以后，逛老街的人一年比一年多。");
  const int prep = p.add("社区工作人员每天都把", Role::kIntertitle);
  p.add("老人们的需要记在心上，谁家有事，一个电话就上门。");
  const int word = p.add("邻里和睦家庭祥和", Role::kIntertitle);
  p.add("老街的居民大多住了几十年，谁家有事，街坊们都来帮忙。");
  const int idiom = p.add("老街小店应有尽有", Role::kIntertitle);
  p.add("沿街的小店卖什么的都有，街坊们买东西不用出老街。");
  EXPECT_EQ(restore_cut_lines(p.units, lexicon()), 2);
  EXPECT_EQ(p.units[static_cast<std::size_t>(being)].role, Role::kBody);
  EXPECT_EQ(p.units[static_cast<std::size_t>(prep)].role, Role::kBody);
  EXPECT_EQ(p.units[static_cast<std::size_t>(word)].role, Role::kIntertitle);
  EXPECT_EQ(p.units[static_cast<std::size_t>(idiom)].role, Role::kIntertitle);
}

TEST(RestoreCutLines, RareWordAcrossTheCutRestoresTheLine) {
  // 篮球 is no very frequent word, but the line's last character alone and
  // the paragraph's opening one alone read far worse than the word.
  Units p;
  p.headline("村里过了一个热闹年");
  p.add("春节期间，村里组织了丰富多彩的文体活动，吸引了不少村民参加。");
  int cut = p.add("全村老少一起参加了篮", Role::kIntertitle);
  p.add("球比赛，场面十分热闹。村委会主任说，明年还要接着办。");
  EXPECT_EQ(restore_cut_lines(p.units, lexicon()), 1);
  EXPECT_EQ(p.units[static_cast<std::size_t>(cut)].role, Role::kBody);
}

TEST(RestoreCutLines, LineLeavingAQuotationOpenIsBody) {
  // A heading never leaves a quotation open: the line is the first line of
  // a paragraph whose quotation goes on after a column break.
  Units p;
  p.headline("村里过了一个热闹年");
  p.add("春节期间，村里组织了丰富多彩的文体活动，吸引了不少村民参加。");
  int cut = p.add("“今年的年货特别丰富！", Role::kIntertitle);
  int real = p.add("文体活动", Role::kIntertitle);
  p.add("”村委会主任说，明年还要接着办，让大家过个开心年。");
  EXPECT_EQ(restore_cut_lines(p.units, lexicon()), 1);
  EXPECT_EQ(p.units[static_cast<std::size_t>(cut)].role, Role::kBody);
  EXPECT_EQ(p.units[static_cast<std::size_t>(real)].role, Role::kIntertitle);
}

TEST(RestoreCutLines, KickerCutFromAParagraphPrintedElsewhereIsBody) {
  // A paragraph's first line printed over the next article's headline (the
  // extractor read its column's top before that headline), its text going
  // on far below: a word spans the cut (在线教 / 育平台……). A kicker with a
  // comma over its title stays.
  Units p;
  p.headline("村里过了一个热闹年");
  p.add("春节期间，村里组织了丰富多彩的文体活动，吸引了不少村民参加。");
  const int cut = p.add("网课为何这样受欢迎？在于课程设计精细，也得益于在线教", Role::kHeadline);
  const int title = p.add("县城新建三座口袋公园", Role::kHeadline);
  p.add("今年县里新建了三座口袋公园，市民出门五分钟就能见到绿地。");
  const int kicker = p.add("投资三千万元，占地五十亩", Role::kHeadline);
  p.add("城东湿地公园开园", Role::kHeadline);
  p.add("城东湿地公园今天开园，园内种植了两百多种水生植物。");
  p.add("育平台的快速发展，全县已有两万名学生在网上选课。");
  EXPECT_EQ(restore_cut_lines(p.units, lexicon()), 1);
  EXPECT_EQ(p.units[static_cast<std::size_t>(cut)].role, Role::kBody);
  EXPECT_EQ(p.units[static_cast<std::size_t>(title)].role, Role::kHeadline);
  EXPECT_EQ(p.units[static_cast<std::size_t>(kicker)].role, Role::kHeadline);
}

// An intertitle line that reads as cut text (据……报道，……) is a paragraph's
// first line even where no paragraph follows it (the next article's headline
// does: its text goes on elsewhere), also when it stops on a closing quote.
// An intertitle with a comma that reads as a heading stays.
TEST(RestoreCutLines, LineReadingAsCutTextBeforeAHeadlineIsBody) {
  Units p;
  p.headline("湖里发现新鱼种");
  p.add("记者从省水产研究所获悉，研究人员在城西湖新发现一种淡水鱼，体长不足十厘米。");
  const int cut = p.add("据当地报纸报道，这一发现主要依靠“水下眼”", Role::kIntertitle);
  p.headline("社区义诊周末举行");
  p.add("本周六上午九点，城南社区将邀请市中心医院的医生开展义诊，为居民免费测量血压血糖。");
  const int heading = p.add("加强区域合作，提升整体效能", Role::kIntertitle);
  p.headline("县城新建三座口袋公园");
  p.add("今年县里新建了三座口袋公园，市民出门五分钟就能见到绿地。");
  EXPECT_EQ(restore_cut_lines(p.units, lexicon()), 1);
  EXPECT_EQ(p.units[static_cast<std::size_t>(cut)].role, Role::kBody);
  EXPECT_EQ(p.units[static_cast<std::size_t>(heading)].role, Role::kIntertitle);
}

// A headline line holding a clause that stops on a function word (……，春节
// 期间由于) over another one of its own that stops mid-sentence too: a
// paragraph's first two lines, printed apart from its rest. A kicker over
// its title stays.
TEST(RestoreCutLines, TwoHeadlineLinesReadingAsCutTextAreBody) {
  Units p;
  p.headline("一月出行人数增长");
  p.add("据交通部门统计，一月全市客运量同比增长一成，其中铁路客运增长最快。");
  const int first = p.add("在交通方面，春节期间由于", Role::kHeadline);
  const int second = p.add("返乡探亲的人员大量", Role::kHeadline);
  p.add("扫一扫看更多内容", Role::kQrCaption);
  const int kicker = p.add("去年，全市新增就业三万人——", Role::kHeadline);
  const int title = p.add("稳就业成效明显", Role::kHeadline);
  p.add("市人社局介绍，去年全市城镇新增就业三万人，完成全年目标任务。");
  EXPECT_EQ(restore_cut_lines(p.units, lexicon()), 2);
  EXPECT_EQ(p.units[static_cast<std::size_t>(first)].role, Role::kBody);
  EXPECT_EQ(p.units[static_cast<std::size_t>(second)].role, Role::kBody);
  EXPECT_EQ(p.units[static_cast<std::size_t>(kicker)].role, Role::kHeadline);
  EXPECT_EQ(p.units[static_cast<std::size_t>(title)].role, Role::kHeadline);
}

TEST(RestoreCutLines, NumberedItemCutAfterAPauseMarkIsBody) {
  // A numbered item's first line that stops one character after a pause
  // mark ((二）……水泵、阀门、管 / 道等配件) is cut text, read after its number,
  // though the paragraph after it opens the next item, not Han text. A
  // numbered heading ((三）工作要求) stays.
  Units p;
  p.headline("县城供水设施保护办法");
  p.add("供水设施包括：");
  p.add("（一）取水口、水厂、加压泵站；");
  const int cut = p.add("（二）输水管网上的水泵、阀门、管", Role::kIntertitle);
  p.add("（三）其他供水设施。");
  const int heading = p.add("（四）工作要求", Role::kIntertitle);
  p.add("各乡镇要明确专人负责供水设施的日常巡查。");
  EXPECT_EQ(restore_cut_lines(p.units, lexicon()), 1);
  EXPECT_EQ(p.units[static_cast<std::size_t>(cut)].role, Role::kBody);
  EXPECT_EQ(p.units[static_cast<std::size_t>(heading)].role, Role::kIntertitle);
}

TEST(RestoreCutLines, HeadlineLineCutFromItsParagraphIsBody) {
  // A paragraph's first line taken for a headline line: a word spans the
  // cut into the paragraph under it (高 / 级合伙人), or it leaves a
  // quotation open. A real headline stays, and so does a headline line
  // whose quotation closes in the headline's next line.
  Units p;
  p.headline("村里过了一个热闹年");
  p.add("春节期间，村里组织了丰富多彩的文体活动，吸引了不少村民参加。");
  const int word = p.add("不过，在村里的律师事务所高", Role::kHeadline);
  p.add("级合伙人律师王明看来，调解纠纷还要靠乡亲们自己。");
  const int quote = p.add("“今年的年货特别丰富！", Role::kHeadline);
  p.add("村委会主任说，明年还要接着办，让大家过个开心年。");
  const int real = p.add("乡村文化活动丰富多彩", Role::kHeadline);
  p.add("各村的文艺队伍排练了新节目，在村口的戏台上演出。");
  const int opened = p.add("“让老人吃得放心", Role::kHeadline);
  const int closing = p.add("让子女出门安心”", Role::kHeadline);
  p.add("社区食堂开业一年，每天有两百多位老人来这里吃饭。");
  EXPECT_EQ(restore_cut_lines(p.units, lexicon()), 2);
  EXPECT_EQ(p.units[static_cast<std::size_t>(word)].role, Role::kBody);
  EXPECT_EQ(p.units[static_cast<std::size_t>(quote)].role, Role::kBody);
  EXPECT_EQ(p.units[static_cast<std::size_t>(real)].role, Role::kHeadline);
  EXPECT_EQ(p.units[static_cast<std::size_t>(opened)].role, Role::kHeadline);
  EXPECT_EQ(p.units[static_cast<std::size_t>(closing)].role, Role::kHeadline);
}

// A paragraph's first line alone in its block, taken for a heading, is
// continued far away where a word reads across the cut into a text opening
// on a stray character (……用电 / 脑上网，). A heading whose last word merely
// makes a word with a text opening on a word of its own (……红红火 / 车站……)
// is no candidate, nor is a heading set inside a block of text.
TEST(Continuation, HeadingLineCutFromItsParagraphIsContinuedFarAway) {
  Units p;
  p.headline("社区老年大学开课");
  const int tail = p.add("脑上网，还能和远方的子女视频聊天，大家都说日子越过越有滋味。");
  p.add("社区老年大学开设了书法、舞蹈、摄影等课程，报名的老人坐满了教室。");
  p.headline("老街夜市重新开张");
  const int word = p.add("车站附近的老街夜市重新开张，每晚都有不少市民前来逛夜市。");
  p.add("夜市里的小吃摊和手工艺品摊位前排起了长队，摊主们忙个不停。");
  p.headline("河道整治见成效");
  p.add("去年以来，区里对城区河道开展综合整治，沿岸新建了步道和绿地。");
  const int farmer = p.add("小镇夜市红红火", Role::kIntertitle);
  p.add("沿河的夜市也热闹起来，市民们傍晚在河边散步、逛夜市、吃小吃。");
  p.headline("老人学电脑");
  p.add("社区每周开设两次电脑课，志愿者手把手教老人使用智能手机和电脑。");
  const int cut = p.add("参加培训的老人们大多学会了用电", Role::kIntertitle);
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, cut, tail)) << describe(joins);
  EXPECT_FALSE(has_join(joins, farmer, word)) << describe(joins);
  // Set inside a block of text, the same line is in its place.
  p.units[static_cast<std::size_t>(cut)].lines_in_block = 3;
  p.units[static_cast<std::size_t>(cut)].line_in_block = 1;
  joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, cut, tail)) << describe(joins);
}

// A heading line running on with a clause mark, right over a text that
// opens on a clause's last words (纠纷。), is a paragraph's first line; a
// heading without one over such a text is a heading still. A heading line
// ending on the first character of a name's part after its middle dot goes
// on where that name does.
TEST(Continuation, HeadingLineRunningOnIsContinuedByAFragmentOrAName) {
  Units p;
  p.headline("镇里有了调解室");
  p.add("去年以来，镇里在每个村设立了调解室，请退休干部当调解员。");
  const int comma = p.add("镇调解室成立三年来，共调处各类邻里", Role::kIntertitle);
  const int fragment = p.add("纠纷。调解员老张说，大多数矛盾都能在村里化解。");
  const int heading = p.add("调解员的一天", Role::kIntertitle);
  const int other = p.add("机的。每天一早，老张就骑着车到各村转一圈。");
  p.headline("代表团访问我市");
  const int name_start = p.add("霍一行参观了开发区的几家企业，并与企业负责人座谈。");
  p.add("代表团还参观了市博物馆和老城区，对我市的发展留下了深刻印象。");
  const int name = p.add("来访的代表团团长穆罕默德·杜", Role::kIntertitle);
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, comma, fragment)) << describe(joins);
  EXPECT_FALSE(has_join(joins, heading, other)) << describe(joins);
  EXPECT_TRUE(has_join(joins, name, name_start)) << describe(joins);
}

// A text opening on a directional complement (起来，) continues a verb cut
// off before it, even with a heading line printed between the two.
TEST(Continuation, ComplementOpensNoSentence) {
  Units p;
  p.headline("安全生产不能松劲");
  p.add("节后复工复产，企业要把安全生产放在首位，逐项排查隐患。");
  const int end = p.add("各级干部要把安全生产的责任扛");
  p.add("老街换新颜", Role::kIntertitle);
  const int start = p.add("起来，一级抓一级，层层抓落实，确保不出安全事故。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, start)) << describe(joins);
}

// A range of figures cut after its 至 goes on with the text opening on the
// second figure, away from its end, rather than with the next block.
TEST(Continuation, RangeOfFiguresSpansTheCut) {
  Units p;
  p.headline("古镇修缮完工");
  const int end = p.add("修缮后的古镇保留了大量明清建筑，多数民居建于15至");
  const int next = p.add("实际上，古镇的修缮工作从五年前就开始了，共修复民居八十多栋。");
  p.add("镇里还请来老工匠，按照传统工艺修复了古桥和牌坊。");
  const int start = p.add("16世纪之间，至今保存完好。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, start)) << describe(joins);
  EXPECT_FALSE(has_join(joins, end, next)) << describe(joins);
}

// ---------------------------------------------------------------------------
// Quotations across the cut

TEST(Continuation, QuotationOpenBeforeTheCutClosesInItsContinuation) {
  // The end leaves a quotation open; the paragraph next in the column opens
  // on a full sentence, the one further down closes the quotation: that one
  // continues the end.
  Units p;
  p.headline("社区食堂开进老小区");
  p.add("城南社区的老年食堂上月开张，每天供应午餐和晚餐，附近老人排队就餐，食堂里坐得满满当当。");
  const int end = p.add("七十八岁的王大爷是食堂的常客，他说：“饭菜清淡可口，价钱也实在，比自己在家做饭");
  const int next = p.add("社区负责人介绍，食堂由街道出资建设，委托专业餐饮公司经营，每餐都有荤有素。");
  p.add("食堂还为行动不便的老人提供送餐上门服务，目前已有三十多户老人预订。");
  const int tail = p.add("方便多了。”说完，他端着餐盘找了个靠窗的位置坐下。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, tail)) << describe(joins);
  EXPECT_FALSE(has_join(joins, end, next)) << describe(joins);
}

TEST(Continuation, ClosingAQuotationTheEndDidNotOpenCounts) {
  // Two ends compete for a start that closes a quotation: the one that
  // opened it wins, though the other sits right before the start.
  Units p;
  p.headline("社区食堂开进老小区");
  const int opener = p.add("七十八岁的王大爷是食堂的常客，他说：“饭菜清淡可口，价钱也实在，比自己在家做饭");
  p.add("社区负责人介绍，食堂由街道出资建设，委托专业餐饮公司经营，每餐都有荤有素。");
  const int other = p.add("食堂还为行动不便的老人提供送餐上门服务，目前已有三十多户老人预订了送餐");
  const int tail = p.add("方便多了。”说完，他端着餐盘找了个靠窗的位置坐下。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, opener, tail)) << describe(joins);
  EXPECT_FALSE(has_join(joins, other, tail)) << describe(joins);
}

TEST(Continuation, RunOfQuotedTermsSpansTheCutPastAnotherHeadline) {
  // The end stops on a quoted term; past another article's headline a text
  // opens on a second term and a comma (……搞“层层加码” / “一刀切”，……):
  // one list of terms, though the text opens on a quotation.
  Units p;
  p.headline("街道整治摊点有新招");
  p.add("城南街道今年整治占道摊点，先听商户意见，再定整治方案，商户们都说办法实在。");
  const int end = p.add("街道负责人说，整治不能简单以“统一管理”名义把任务压给社区，搞“层层加码”");
  p.headline("老街夜市重新开张");
  p.add("老街夜市上周重新开张，摊位统一规划，每晚吸引上千名市民前来逛街购物。");
  const int tail = p.add("“一刀切”，最后都落到商户头上。今后，街道将会同社区制定具体办法。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, tail)) << describe(joins);
}

TEST(Continuation, QuotedSpeechIsNoRunOfTerms) {
  // A text opening on a quotation of speech (a clause inside the marks)
  // after an end on a quoted term opens a paragraph of its own.
  Units p;
  p.headline("街道整治摊点有新招");
  const int end = p.add("街道负责人说，整治不能简单以“统一管理”名义把任务压给社区，搞“层层加码”");
  p.headline("老街夜市重新开张");
  p.add("老街夜市上周重新开张，摊位统一规划，每晚吸引上千名市民前来逛街购物。");
  const int next = p.add("“摊位统一了，生意更好做。”一位商户说，夜市的人气比去年旺多了。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end, next)) << describe(joins);
}

// A particle leans on the word before it and never follows a clause mark:
// an end on a comma goes on with the text under it (……刚刚起步，/ 但……),
// not with a text opening on 了 elsewhere, however close its topic.
TEST(Continuation, NoParticleFollowsAnEndOnAClauseMark) {
  Units p;
  p.headline("社区卫生站办起来了");
  const int particle = p.add("了新的体检设备。社区卫生站的医生说，社区卫生站有了设备，居民体检就方便多了。");
  p.add("社区卫生站设在小区门口，社区卫生站的医生每天上门为社区老人量血压。");
  const int comma = p.add("社区卫生站的工作虽然刚刚起步，");
  const int but = p.add("但已经受到居民的普遍欢迎，不少居民专门来咨询。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, comma, but)) << describe(joins);
  EXPECT_FALSE(has_join(joins, comma, particle)) << describe(joins);
}

// A heading line right over a text that opens on a bare unit (时指出，: a
// unit that opens no word) is a paragraph's first line cut off; a heading
// over a text opening on a word of its own (年初以来，) is a heading still.
TEST(Continuation, HeadingLineOverABareUnitIsContinued) {
  Units p;
  p.headline("教师住房条件明显改善");
  p.add("近几年，各地加快建设教师住房，不少教师搬进了新居，住房条件明显改善。");
  const int cut = p.add("市教育局负责人在接受记者采访", Role::kIntertitle);
  const int unit = p.add("时指出，教师住房建设仍要加大投入，争取三年内解决无房户的困难。");
  const int heading = p.add("新建公寓交付使用", Role::kIntertitle);
  const int word = p.add("年初以来，全市新建的教师公寓陆续交付使用，一千多户教师拿到了钥匙。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, cut, unit)) << describe(joins);
  EXPECT_FALSE(has_join(joins, heading, word)) << describe(joins);
}

// An end on a preposition, a conjunction or an adverb of the lexicon
// (……按照) stops on no full word: the text under it goes on with it even
// when it opens on a quotation, which after a full word would more likely
// open a paragraph of its own.
TEST(Continuation, EndOnAPrepositionGoesOnIntoAQuotation) {
  Units p;
  p.headline("老旧小区改造完工");
  p.add("今年全市完成了四十个老旧小区的改造，改造资金由市区两级财政共同承担。");
  const int prep = p.add("施工单位对设计方案作了优化，按照");
  const int quote = p.add("“节能、环保”的要求，为每栋楼更换了门窗和管道。");
  const int full = p.add("小区居民对这次改造十分满意");
  const int other = p.add("“住了三十年，这回总算住上了新房子。”一位老居民高兴地说。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, prep, quote)) << describe(joins);
  EXPECT_FALSE(has_join(joins, full, other)) << describe(joins);
}

// A text opening on one character and a clause mark (便；) or on a clause's
// last words (问题。) ends a clause a word before the cut began: it goes on
// from an end on a Han character even far away. A list opening on one
// character and a pause mark (红、黄、白的……) opens a sentence of its own.
TEST(Continuation, TextOpeningOnAClauseTailContinuesFarAway) {
  Units p;
  p.headline("水乡小镇通了公路");
  const int cut = p.add("这个小镇四面环水，过去居民外出全靠小船，遇到大风天气，出行十分不");
  p.add("今年，县里投资修建了一条公路，小镇第一次通了汽车。");
  p.headline("果园喜获丰收");
  p.add("村里的果园今年又是大丰收，村民们把苹果运到省城，卖出了好价钱。");
  const int tail = p.add("便；孩子上学要坐一个多小时的船，老人看病更是难上加难。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, cut, tail)) << describe(joins);

  Units q;
  q.headline("果园喜获丰收");
  q.add("村里的果园今年又是大丰收，村民们把苹果运到省城，卖出了好价钱。");
  const int count = q.add("合作社还新建了3个");
  q.headline("苹果丰收");
  const int list = q.add("红、黄、白的苹果堆满了院子，村民们脸上笑开了花。");
  joins = find_continuations(q.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, count, list)) << describe(joins);
}

// Earlier in its own run, a text is a tail of a later end only when a word
// spans the cut into a start opening on a stray character (……市图书 /
// 馆新馆……): the column was read out of order.
TEST(Continuation, WordAcrossTheCutJoinsAStartEarlierInTheRun) {
  Units p;
  p.headline("文化设施建设提速");
  p.add("今年全市文化设施建设明显提速，一批新场馆陆续开工。");
  const int tail = p.add("馆新馆，新馆建成后可容纳藏书两百万册，每天接待读者上万人次。");
  p.add("此外，市里还将新建三座社区文化中心，方便居民就近参加文化活动。");
  const int end = p.add("市文化局负责人介绍，今年将开工建设市图书");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, tail)) << describe(joins);
}

// Columns read out of order: the extractor printed the third column of an
// article (a block of several paragraphs) before the second. The second
// column's end goes on into the third's top, a word spanning the cut (湖南长沙
// / 市中心), though the start opens on no stray character. Where every
// paragraph is a block of its own, the blocks show no columns, and an earlier
// paragraph of the run stays no tail.
TEST(Continuation, ColumnPrintedBeforeTheColumnItFollows) {
  auto page = [](bool columns) {
    Units p;
    p.headline("社区图书馆开馆");
    auto block = [&](std::vector<std::string> texts) {
      std::vector<int> ids;
      const int first = static_cast<int>(p.units.size());
      for (std::size_t k = 0; k < texts.size(); ++k) {
        const int id = p.add(texts[k]);
        if (columns) {
          p.units[static_cast<std::size_t>(id)].sources = {first};
          p.units[static_cast<std::size_t>(id)].line_in_block = static_cast<int>(k);
          p.units[static_cast<std::size_t>(id)].lines_in_block = static_cast<int>(texts.size());
        }
        ids.push_back(id);
      }
      return ids;
    };
    block({"今年全市文化设施建设明显提速，一批新场馆陆续开工。", "其中最受关注的是新建的社区图书馆，馆内设有"});
    const auto third = block({"市中心的五一广场旁，交通十分便利，周边居民步行即可到达。",
                              "图书馆负责人说，今后还将增设电子阅览区，延长开放时间。"});
    const auto second = block({"儿童阅览室和自习室，开馆首日就吸引了众多读者前来借阅。",
                               "据了解，这座新馆坐落在湖南长沙"});
    return std::make_tuple(p, second.back(), third.front());
  };
  {
    const auto [p, end, top] = page(true);
    const auto joins = find_continuations(p.units, lexicon(), 0.45);
    EXPECT_TRUE(has_join(joins, end, top)) << describe(joins);
  }
  {
    const auto [p, end, top] = page(false);
    const auto joins = find_continuations(p.units, lexicon(), 0.45);
    EXPECT_FALSE(has_join(joins, end, top)) << describe(joins);
  }
}

// Two short lines alike in length, a clause and a sentence each alone in its
// block, are the lines of a verse set one a line: the clause does not run on
// into the sentence. A short clause over a sentence of another length runs on.
TEST(Continuation, VerseLinesAreNotJoined) {
  Units p;
  p.headline("节水宣传进社区");
  p.add("社区志愿者走进居民家中，宣传节约用水的小窍门，还编了一首顺口溜：");
  const int first = p.add("洗菜水来浇花，");
  const int second = p.add("点滴都不浪费。");
  const int third = p.add("随手关紧龙头，");
  const int fourth = p.add("节水人人有责。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, first, second)) << describe(joins);
  EXPECT_FALSE(has_join(joins, third, fourth)) << describe(joins);

  Units q;
  q.headline("节水宣传进社区");
  q.add("社区志愿者走进居民家中，宣传节约用水的小窍门。");
  const int clause = q.add("志愿者还告诉大家，");
  const int sentence = q.add("洗菜的水可以用来浇花冲厕所。");
  joins = find_continuations(q.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, clause, sentence)) << describe(joins);
}

// A count at an end (a figure and a measure word) goes on with the noun it
// counts: a text opening on a figure does not continue it.
TEST(Continuation, CountDoesNotGoOnWithAFigure) {
  Units p;
  p.headline("夜市摊位整治");
  p.add("去年以来，街道对夜市摊位开展整治，清理占道经营。");
  const int count = p.add("全年共取缔占道摊点126个");
  const int figure = p.add("2023年3月，街道又在老城区划出两处临时摆摊区域，供商贩集中经营。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, count, figure)) << describe(joins);
}

// A particle character opening a word of its own (着力, 过去, 地震) opens a
// text of its own, not the tail of a cut sentence: an end cut mid-sentence
// does not go on with it under another headline, however close its topic,
// but with a text opening on a bare particle (的产品和服务。) further on.
TEST(Continuation, ParticleOpeningAWordIsNoTail) {
  Units p;
  p.headline("外资企业看好中国市场");
  p.add("今年以来，多家外资企业宣布扩大在华投资，新建工厂和研发中心。");
  const int end = p.add("企业负责人表示，公司将继续扩大投资，为中国客户提供更加优质");
  p.headline("开放举措持续推出");
  const int word = p.add("着力扩大在华投资，外资企业纷纷新建工厂和研发中心，看好中国市场。");
  p.add("外资企业看好中国市场，新设外资企业超过四千家，实际使用外资继续增长。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end, word)) << describe(joins);
  const int particle = p.add("的产品和服务。企业负责人说，公司看好中国市场，将继续扩大在华投资，为中国客户服务。");
  joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, particle)) << describe(joins);
}

// A text opening on an adverb that never opens a clause (都在……) leans on a
// subject cut off before it: it goes on from an end two blocks up rather
// than the next block, which shares no more of the topic. 都 opening a word
// (都市) opens text of its own.
TEST(Continuation, AdverbLeaningOnASubjectContinuesTheEnd) {
  Units p;
  p.headline("老街换新颜");
  p.add("春节前，老街完成了改造，青石板路重新铺好，沿街的老铺子也陆续开了门。");
  const int end = p.add("街道办事处介绍，改造期间，老街上的几十家老铺子");
  p.units[static_cast<std::size_t>(end)].runs_on = true;
  const int next = p.add("老人们说，逛一逛改造后的老街，好像回到了年轻的时候，心里特别高兴。");
  const int start = p.add("都在附近找了临时门面，改造期间老铺子的生意没有受到影响，老街坊们照样光顾老铺子。");
  p.units[static_cast<std::size_t>(start)].opens_flush = true;
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, start)) << describe(joins);
  EXPECT_FALSE(has_join(joins, end, next)) << describe(joins);
  p.units[static_cast<std::size_t>(start)].text = "都市里的年轻人也来了，改造期间老铺子的生意没有受到影响，老街坊们照样光顾老铺子。";
  joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end, start)) << describe(joins);
}

// A text opening on 所, a verb and 的 (所拍的照片。) names what an agent cut
// off before it did: it goes on from an end under another article, with no
// more than a loose topic. 所 opening a word (所以, 所有) opens text of its own.
TEST(Continuation, SuoBeforeAVerbAndDeLeansOnTheAgentBeforeTheCut) {
  Units p;
  p.headline("湖里发现新鱼种");
  p.add("研究人员在城西湖新发现一种淡水鱼，体长不足十厘米，鳞片呈淡金色。");
  const int end = p.add("据当地报纸报道，这一发现主要依靠“水下眼”");
  p.headline("冷空气将影响本市");
  p.add("气象台预报，本周后期将有一股冷空气影响本市，气温下降五到八度。");
  p.add("气象台提醒市民注意添衣保暖，做好防风防冻准备。");
  const int start = p.add("所拍的一组照片。研究人员说，照片显示这种淡水鱼常在清晨成群游到浅水区觅食。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, start)) << describe(joins);
  p.units[static_cast<std::size_t>(start)].text = "所以拍了一组照片。研究人员说，照片显示这种淡水鱼常在清晨成群游到浅水区觅食。";
  joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_FALSE(has_join(joins, end, start)) << describe(joins);
}

// A text opening on a particle that opens no word (的群山。) leans on a word
// cut off before it: it goes on from an end cut on a content word, even
// from afar, under another article, with no more than a loose topic.
TEST(Continuation, LeaningParticleContinuesFromAfar) {
  Units p;
  p.headline("元旦登山迎新年");
  p.add("元旦上午，上千名登山爱好者来到城郊的凤凰山，参加迎新年登山活动。");
  const int end = p.add("今年元旦天气晴好，阳光洒遍连绵起伏");
  p.headline("冷空气将影响本市");
  p.add("气象台预报，本周后期将有一股冷空气影响本市，气温下降五到八度。");
  p.add("气象台提醒市民注意添衣保暖，做好防风防冻准备。");
  const int start = p.add("的群山。登山爱好者分成三个组别，从山脚出发，沿着山路向山顶进发。");
  auto joins = find_continuations(p.units, lexicon(), 0.45);
  EXPECT_TRUE(has_join(joins, end, start)) << describe(joins);
}

}  // namespace
}  // namespace banmian::flow
