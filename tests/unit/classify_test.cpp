// Tests of the classify stage: roles of the units of small made-up pages
// (headline lines, bylines with names, datelines, intertitles, series labels,
// QR and photo captions, credits, furniture, jump lines).
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

#include "classify/classify.hpp"
#include "text/normalize.hpp"
#include "text/segment.hpp"

namespace banmian::classify {
namespace {

using detail::Role;
using detail::Unit;
using Names = std::vector<std::string>;

const text::Lexicon& lexicon() {
  static const text::Lexicon lex = text::Lexicon::builtin().value();
  return lex;
}

std::vector<Unit> classify_page(const std::string& content) {
  auto page = read_page(content, InputFormat::kText);
  EXPECT_TRUE(page.ok()) << page.status().to_string();
  std::vector<Unit> units = text::segment_page(*page, text::NormalizeOptions{}, lexicon());
  classify_units(units, lexicon());
  return units;
}

// Runs segment and classify over blocks given with their font sizes in
// points (as a geometry input gives them), one block per line.
std::vector<Unit> classify_sized(const std::vector<std::pair<std::string, double>>& lines) {
  Page page;
  page.format = InputFormat::kBlocksJson;
  for (const auto& [line, size] : lines) page.blocks.push_back(Block{line, std::nullopt, size, false, 0});
  std::vector<Unit> units = text::segment_page(page, text::NormalizeOptions{}, lexicon());
  classify_units(units, lexicon());
  return units;
}

// Returns the unit whose white-space-free text starts with `head`.
const Unit* find(const std::vector<Unit>& units, const std::string& head) {
  for (const Unit& u : units)
    if (text::strip_space(u.text).rfind(text::strip_space(head), 0) == 0) return &u;
  return nullptr;
}

std::string dump(const std::vector<Unit>& units) {
  std::string out;
  for (const Unit& u : units) out += std::string(detail::role_name(u.role)) + ": " + u.text + "\n";
  return out;
}

#define EXPECT_ROLE(units, head, expected)                         \
  do {                                                             \
    const Unit* u_ = find(units, head);                            \
    ASSERT_NE(u_, nullptr) << head << "\n" << dump(units);         \
    EXPECT_EQ(u_->role, expected) << head << "\n" << dump(units);  \
  } while (0)

const char* const kNewsPage =
    "滨江日报 2024年3月8日 星期五 A05\n"
    "\n"
    "春耕备耕正当时\n"
    "\n"
    "河西镇千亩稻田开犁\n"
    "\n"
    "本报记者 孙　涛\n"
    "通讯员 钱多多 郑一鸣\n"
    "\n"
    "连日来，河西镇的农户们抢抓晴好天气，翻耕土地、育秧备肥，田间地头一派繁忙景象。"
    "镇里的二十多台旋耕机全部出动，从早到晚忙个不停。\n"
    "\n"
    "农机服务送上门\n"
    "\n"
    "据镇农业服务中心介绍，今年全镇计划种植早稻1.2万亩，比去年增加800亩。"
    "为了不误农时，中心组织了五支农机服务队，分片包干，上门服务。\n"
    "\n"
    "种粮大户刘长根告诉记者，有了服务队帮忙，他家承包的三百亩地再有一周就能全部翻完。"
    "他说今年的种子和化肥都已备齐，就等着育秧了。\n"
    "\n"
    "扫二维码\n"
    "看春耕视频\n"
    "\n"
    "（下转A06版）\n"
    "\n"
    "责任编辑：赵大伟 版式设计：钱晶\n";

TEST(Classify, HeadingOverANumberedListToTheNextHeadlineHeadsABox) {
  // A heading under an article's last paragraph, over items one to three
  // and nothing else before the next headline: a box of its own.
  std::vector<Unit> units = classify_page(
      "全市评出年度十件实事\n"
      "\n"
      "本报讯 市政府昨天公布了由市民投票评出的年度十件实事，其中\n"
      "三件与交通有关，得票最多的是地铁二号线开通。\n"
      "\n"
      "年度交通三件实事\n"
      "\n"
      "一、地铁二号线开通运营。\n"
      "\n"
      "二、城东客运站投入使用，日发送旅客两万人次。\n"
      "\n"
      "三、老城区新增停车位三千个。\n"
      "\n"
      "湖滨公园改造完工\n"
      "\n"
      "本报讯 湖滨公园改造工程日前完工，新建步道五公里。\n");
  EXPECT_ROLE(units, "年度交通三件实事", Role::kHeadline);
  // (A heading over prose keeps its place in the article.)
  units = classify_page(
      "全市评出年度十件实事\n"
      "\n"
      "本报讯 市政府昨天公布了由市民投票评出的年度十件实事，其中\n"
      "三件与交通有关，得票最多的是地铁二号线开通。\n"
      "\n"
      "年度交通三件实事\n"
      "\n"
      "市民投票中，交通类实事得票最高。\n"
      "\n"
      "一、地铁二号线开通运营。\n"
      "\n"
      "二、城东客运站投入使用，日发送旅客两万人次。\n"
      "\n"
      "三、老城区新增停车位三千个。\n");
  EXPECT_ROLE(units, "年度交通三件实事", Role::kIntertitle);
}

// A label and its value set as a paragraph of its own (数据来源：……) state
// a fact whole, wherever they stand: no sentence runs on from them. A label
// ending on a verb (获奖者是：……) introduces what follows and may be cut.
TEST(Classify, LabelLineSetAsAParagraphIsMarked) {
  const std::vector<Unit> units = classify_page(
      "城南食品公司\n\n"
      "城南食品公司创建于二〇〇五年，主要生产糕点和速冻食品，产品销往全省各地，年营业收入三亿元。\n\n"
      "公司先后获评市级重合同守信用企业、省级农业产业化龙头企业，员工三百余人。\n\n"
      "数据来源：城南食品公司\n\n"
      "本届评选的获奖者是：城南\n");
  const Unit* label = find(units, "数据来源");
  ASSERT_NE(label, nullptr) << dump(units);
  EXPECT_EQ(label->role, detail::Role::kBody) << dump(units);
  EXPECT_TRUE(label->label_line);
  const Unit* cut = find(units, "本届评选");
  ASSERT_NE(cut, nullptr) << dump(units);
  EXPECT_FALSE(cut->label_line);
}

TEST(Classify, HeadlineLinesBylinesBodyIntertitle) {
  auto units = classify_page(kNewsPage);
  EXPECT_ROLE(units, "春耕备耕正当时", Role::kHeadline);
  EXPECT_ROLE(units, "河西镇千亩稻田开犁", Role::kHeadline);
  EXPECT_ROLE(units, "本报记者", Role::kByline);
  EXPECT_ROLE(units, "通讯员", Role::kByline);
  EXPECT_ROLE(units, "连日来", Role::kBody);
  // A short line between paragraphs: classify marks it a headline-like line
  // and assemble decides it is an intertitle (assemble_test checks that).
  const Unit* intertitle = find(units, "农机服务送上门");
  ASSERT_NE(intertitle, nullptr);
  EXPECT_TRUE(intertitle->role == Role::kIntertitle || intertitle->role == Role::kHeadline) << dump(units);
  EXPECT_ROLE(units, "据镇农业服务中心", Role::kBody);
}

// Short lines printed in one block after column text, flush with it, and
// followed by text are headings inside the column; a line holding a clause
// after them is their deck. Printed so but followed by a byline, they are
// the next article's headline.
TEST(Classify, LinesAfterColumnTextInItsBlockAreIntertitles) {
  auto units = classify_page(
      "春耕备耕正当时\n"
      "\n"
      "连日来，河西镇的农户们抢\n"
      "抓晴好天气，翻耕土地、育秧\n"
      "备肥，田间地头一派繁忙景象\n"
      "，镇里的旋耕机全部出动，从\n"
      "早到晚忙个不停。\n"
      "农机进村——\n"
      "服务送上门\n"
      "\n"
      "据镇农业服务中心介绍，今年\n"
      "全镇计划种植早稻1.2万亩，\n"
      "比去年增加八百亩。\n"
      "\n"
      "种粮大户刘长根告诉记者，有\n"
      "了服务队帮忙，他家承包的三\n"
      "百亩地再有一个星期就能全部\n"
      "翻完，种子和化肥也已经备齐\n"
      "了，就等着育秧。\n"
      "育秧工厂\n"
      "科技助力，秧苗长得又快又壮\n"
      "\n"
      "在镇东头的育秧工厂里，一排\n"
      "排秧盘整齐码放，嫩绿的秧苗\n"
      "长势喜人。\n");
  EXPECT_ROLE(units, "农机进村", Role::kIntertitle);
  EXPECT_ROLE(units, "服务送上门", Role::kIntertitle);
  EXPECT_ROLE(units, "育秧工厂", Role::kIntertitle);
  EXPECT_ROLE(units, "科技助力", Role::kBody);

  units = classify_page(
      "春耕备耕正当时\n"
      "\n"
      "连日来，河西镇的农户们抢\n"
      "抓晴好天气，翻耕土地、育秧\n"
      "备肥，田间地头一派繁忙景象\n"
      "，镇里的旋耕机全部出动，从\n"
      "早到晚忙个不停。\n"
      "城东新区公交线路调整\n"
      "\n"
      "本报记者 孙　涛\n"
      "\n"
      "记者从市交通局获悉，城东新\n"
      "区三条公交线路将于下周调整。\n");
  EXPECT_ROLE(units, "城东新区公交线路调整", Role::kHeadline);

  // Followed by a bare name, the author's own line, likewise.
  units = classify_page(
      "春耕备耕正当时\n"
      "\n"
      "连日来，河西镇的农户们抢\n"
      "抓晴好天气，翻耕土地、育秧\n"
      "备肥，田间地头一派繁忙景象\n"
      "，镇里的旋耕机全部出动，从\n"
      "早到晚忙个不停。\n"
      "城东新区公交线路调整\n"
      "\n"
      "孙涛\n"
      "\n"
      "记者从市交通局获悉，城东新\n"
      "区三条公交线路将于下周调整。\n");
  EXPECT_ROLE(units, "城东新区公交线路调整", Role::kHeadline);
  EXPECT_ROLE(units, "孙涛", Role::kByline);
}

// A reporters' line wholly in brackets closes the text: body, not a byline.
TEST(Classify, BracketedReportersLineIsText) {
  auto units = classify_page(
      "春耕备耕正当时\n"
      "\n"
      "连日来，河西镇的农户们抢抓晴好天气，翻耕土地、育秧备肥，田间地头一派繁忙景象。\n"
      "\n"
      "（综合本报记者孙涛、钱多多报道）\n");
  EXPECT_ROLE(units, "（综合本报记者", Role::kBody);
}

TEST(Classify, BylineRolesAndPaddedNames) {
  auto units = classify_page(kNewsPage);
  const Unit* reporter = find(units, "本报记者");
  ASSERT_NE(reporter, nullptr) << dump(units);
  EXPECT_EQ(reporter->byline_role, BylineRole::kReporter);
  EXPECT_EQ(reporter->names, (Names{"孙涛"}));
  const Unit* correspondent = find(units, "通讯员");
  ASSERT_NE(correspondent, nullptr) << dump(units);
  EXPECT_EQ(correspondent->byline_role, BylineRole::kCorrespondent);
  EXPECT_EQ(correspondent->names, (Names{"钱多多", "郑一鸣"}));
}

// A title with its series named in brackets after it is longer than any
// headline line, but the series does not count to its length.
TEST(Classify, TitleWithItsSeriesInBracketsIsAHeadline) {
  auto units = classify_page(
      "滨江区去年新增就业岗位一万二千个，比上年增加一成，城镇登记失业率降至百分之二点八。\n"
      "\n"
      "山乡巨变看今朝 产业兴旺百姓富（在全面推进乡村振兴战略部署指引下——滨江区\n"
      "新时代新作为新篇章系列报道之三）\n"
      "\n"
      "——滨江区落实乡村振兴工作会议精神纪实\n"
      "\n"
      "走进青石村，新修的民宿依山而建，院子里摆满了盆栽。王小明三年前从城里回到村里，把老屋改成了民宿。\n");
  EXPECT_ROLE(units, "山乡巨变看今朝", Role::kHeadline);
}

TEST(Classify, QrCaptionLinesBecomeOneCaption) {
  auto units = classify_page(kNewsPage);
  const Unit* qr = find(units, "扫二维码");
  ASSERT_NE(qr, nullptr) << dump(units);
  EXPECT_EQ(qr->role, Role::kQrCaption);
  EXPECT_EQ(text::strip_space(qr->text), "扫二维码看春耕视频");
  EXPECT_EQ(find(units, "看春耕视频"), nullptr) << "the second line is a unit of its own";
}

TEST(Classify, JumpLine) {
  auto units = classify_page(kNewsPage);
  EXPECT_ROLE(units, "（下转A06版）", Role::kJump);
}

TEST(Classify, EditorLineIsFurniture) {
  auto units = classify_page(kNewsPage);
  EXPECT_ROLE(units, "责任编辑", Role::kFurniture);
}

// The editor line at the foot of the page is typed "editor".
TEST(Classify, EditorLineTypeIsEditor) {
  auto units = classify_page(kNewsPage);
  EXPECT_EQ(find(units, "责任编辑")->furniture_type, "editor");
}

// The header (date and edition code A05, no 版) is furniture, not a headline line.
TEST(Classify, HeaderWithEditionCodeIsFurniture) {
  auto units = classify_page(kNewsPage);
  EXPECT_ROLE(units, "滨江日报 2024年3月8日", Role::kFurniture);
  EXPECT_EQ(find(units, "滨江日报")->furniture_type, "header");
}

TEST(Classify, DatelineWithBracketedNames) {
  auto units = classify_page(
      "三座新桥年内通车\n"
      "\n"
      "滨江晚报3月8日讯（全媒体记者 周海涛 通讯员 吴丽丽）8日上午，滨江大桥完成荷载试验，"
      "三十辆满载砂石的卡车依次驶上桥面，各项数据均达到设计要求。\n"
      "\n"
      "据介绍，另外两座桥梁的主体工程已经完工，目前正在进行桥面铺装。\n");
  const Unit* lead = find(units, "滨江晚报3月8日讯");
  ASSERT_NE(lead, nullptr) << dump(units);
  EXPECT_EQ(lead->role, Role::kBody);
  ASSERT_TRUE(lead->dateline.has_value());
  EXPECT_EQ(text::strip_space(lead->dateline->text), "滨江晚报3月8日讯（全媒体记者周海涛通讯员吴丽丽）");
  EXPECT_EQ(lead->dateline->date, "3月8日");
  ASSERT_TRUE(lead->dateline_byline.has_value());
  EXPECT_EQ(lead->dateline_byline->names, (Names{"周海涛", "吴丽丽"}));
  EXPECT_EQ(find(units, "据介绍")->dateline, std::nullopt);
}

// Names printed together with nothing between them (王明李华) cannot be
// told apart for certain: the line keeps its role and names no one. Names
// set apart by spaces or 、 are named, in a byline line or a dateline.
TEST(Classify, NamesRunTogetherNameNoOne) {
  auto units = classify_page(
      "三座新桥年内通车\n"
      "\n"
      "本报记者王明李华\n"
      "\n"
      "滨江晚报3月8日讯（全媒体记者周海涛吴丽丽）8日上午，滨江大桥完成荷载试验，"
      "三十辆满载砂石的卡车依次驶上桥面，各项数据均达到设计要求。\n"
      "\n"
      "据介绍，另外两座桥梁的主体工程已经完工，目前正在进行桥面铺装。\n");
  const Unit* byline = find(units, "本报记者");
  ASSERT_NE(byline, nullptr) << dump(units);
  EXPECT_EQ(byline->role, Role::kByline);
  EXPECT_TRUE(byline->names.empty());
  const Unit* lead = find(units, "滨江晚报3月8日讯");
  ASSERT_NE(lead, nullptr) << dump(units);
  ASSERT_TRUE(lead->dateline_byline.has_value());
  EXPECT_TRUE(lead->dateline_byline->names.empty());

  units = classify_page(
      "三座新桥年内通车\n"
      "\n"
      "本报记者 王明、李华\n"
      "\n"
      "8日上午，滨江大桥完成荷载试验，三十辆满载砂石的卡车依次驶上桥面，各项数据均达到设计要求。\n");
  EXPECT_EQ(find(units, "本报记者")->names, (Names{"王明", "李华"}));
}

TEST(Classify, XinhuaDatelineBrief) {
  auto units = classify_page(
      "新华社北京3月7日电 国家统计局今天发布数据，2月份全国居民消费价格同比上涨0.7%。"
      "其中，城市上涨0.7%，农村上涨0.6%。\n");
  ASSERT_EQ(units.size(), 1u) << dump(units);
  EXPECT_EQ(units[0].role, Role::kBody);
  ASSERT_TRUE(units[0].dateline.has_value());
  EXPECT_EQ(units[0].dateline->text, "新华社北京3月7日电");
  EXPECT_EQ(units[0].dateline->source, "新华社");
}

TEST(Classify, SeriesLabelAboveHeadline) {
  auto units = classify_page(
      "美丽乡村行系列报道之三\n"
      "\n"
      "古村落里的新民宿\n"
      "\n"
      "本报记者 陶 然\n"
      "\n"
      "走进青石村，白墙黛瓦的老房子经过修缮，变成了一间间各具特色的民宿。"
      "村支书告诉记者，去年全村接待游客超过五万人次，民宿收入让不少村民鼓起了腰包。\n");
  EXPECT_ROLE(units, "美丽乡村行系列报道之三", Role::kSeries);
  EXPECT_ROLE(units, "古村落里的新民宿", Role::kHeadline);
  EXPECT_ROLE(units, "本报记者", Role::kByline);
  EXPECT_EQ(find(units, "本报记者")->names, (Names{"陶然"}));
}

TEST(Classify, ShortLineUnderTheTitleNamesTheColumn) {
  auto units = classify_page(
      "老旧小区加装电梯难在哪\n"
      "\n"
      "民生热线\n"
      "\n"
      "本报记者 陶 然\n"
      "\n"
      "不少老旧小区的居民盼着加装电梯，可一楼住户担心采光和噪声，意见难以统一。"
      "街道办组织了三次协商会，请设计单位拿出了新的方案。\n");
  EXPECT_ROLE(units, "老旧小区加装电梯难在哪", Role::kHeadline);
  EXPECT_ROLE(units, "民生热线", Role::kSeries);
}

TEST(Classify, LongerColumnNameUnderTheTitleOverTheText) {
  // A column's name of seven characters under the title, straight over the
  // text: it shares no words with the text, which the title does.
  auto units = classify_page(
      "古镇老街焕发新活力\n"
      "\n"
      "乡村振兴在行动\n"
      "\n"
      "走进青石古镇，老街两旁的店铺重新开张，游客络绎不绝。古镇去年修缮了老街的石板路和木楼，"
      "请回了做竹编、打铁的老手艺人。\n"
      "\n"
      "老街上的茶馆老板说，过去老街冷冷清清，如今古镇的周末一座难求。\n");
  EXPECT_ROLE(units, "古镇老街焕发新活力", Role::kHeadline);
  EXPECT_ROLE(units, "乡村振兴在行动", Role::kSeries);
}

TEST(Classify, LineShapedLikeTheIntertitleAboveIsTheNextSection) {
  // A feature in sections: the second section's head shares no words with
  // the text around it, but it is shaped as the first one (a phrase of about
  // its length), so it parts the same article rather than opening another.
  const std::string page =
      "新春走访三地见闻\n"
      "\n"
      "本报记者 陶 然\n"
      "\n"
      "东城老街的石板路去年修缮一新，老街两旁的店铺重新开张，游客络绎不绝。\n"
      "\n"
      "东城老街商户喜迎客\n"
      "\n"
      "老街上的茶馆老板说，过去老街冷冷清清，如今周末一座难求，店铺的生意比往年好了许多。\n"
      "\n"
      "老街的木楼里开了竹编作坊，老手艺人教孩子们编花篮。\n"
      "\n"
      "北岭果园春耕正忙碌\n"
      "\n"
      "山坡上果农忙着修剪桃树枝条，施好底肥，盼望秋天丰收。\n"
      "\n"
      "果农王大伯算了一笔账，桃树亩产能卖一万多元。\n";
  auto units = classify_page(page);
  EXPECT_ROLE(units, "东城老街商户喜迎客", Role::kIntertitle);
  EXPECT_ROLE(units, "北岭果园春耕正忙碌", Role::kIntertitle);
}

TEST(Classify, LineShapedLikeTheSectionHeadBelowIsASectionBetweenSections) {
  // A feature already in sections (a first head with a clause), then a line
  // that shares no words with the text around it and is shaped as the next
  // section head below it (a phrase of about its length, no byline or
  // dateline between): it parts the same article rather than opening another.
  const std::string page =
      "新春走访三地见闻\n"
      "\n"
      "东城老街的石板路去年修缮一新，老街两旁的店铺重新开张，游客络绎不绝。\n"
      "\n"
      "过去冷冷清清，如今热热闹闹\n"
      "\n"
      "老街上的茶馆老板说，过去老街冷冷清清，如今周末一座难求，店铺的生意比往年好了许多。\n"
      "\n"
      "老街的木楼里开了竹编作坊，老手艺人教孩子们编花篮。\n"
      "\n"
      "北岭果园春耕正忙碌\n"
      "\n"
      "山坡上果农忙着修剪桃树枝条，施好底肥，盼望秋天丰收。\n"
      "\n"
      "果农王大伯算了一笔账，桃树亩产能卖一万多元。\n"
      "\n"
      "南湾渔港迎来丰收\n"
      "\n"
      "渔船陆续靠岸，码头上鱼虾满舱，渔民脸上挂着笑容。\n"
      "\n"
      "今年的海鲜价格平稳，渔民收入比去年多了两成。\n";
  auto units = classify_page(page);
  EXPECT_ROLE(units, "北岭果园春耕正忙碌", Role::kIntertitle);
}

TEST(Classify, TwoLinesUnderASectionHeadAreItsDeck) {
  // A section head set apart (indented, a block of its own), then two short
  // lines of key points and the section's text with no byline or dateline:
  // the lines are the head's deck, not a new article's title and subtitle.
  const std::string page =
      "新春走访三地见闻\n"
      "\n"
      "本报记者 陶 然\n"
      "\n"
      "东城老街的石板路去年修缮一新，老街两旁的店铺重新开张，游客络绎不绝。\n"
      "\n"
      "\u3000\u3000渔港扩建、航线加密，海上运输再提速\n"
      "\n"
      "新建泊位年吞吐能力达到三百万吨\n"
      "\n"
      "远洋航线由去年的六条增至十条\n"
      "\n"
      "清晨的码头上，吊机来回转动，货轮一艘接一艘靠岸卸货，工人们忙个不停。\n"
      "\n"
      "港务公司的负责人说，今年的货运量有望再创新高。\n";
  auto units = classify_page(page);
  EXPECT_ROLE(units, "新建泊位年吞吐能力", Role::kIntertitle);
  EXPECT_ROLE(units, "远洋航线由去年", Role::kIntertitle);
}

TEST(Classify, HeadAndDeckShapedLikeTheIntertitleAboveAreTheNextSection) {
  // A feature in sections: the first section's head and deck are printed as
  // one line (东城老街——商户……), the second's as two lines of their own
  // (北岭果园—— / 果农……). Together the two are shaped as the first (the
  // same marks, about its length), so they part the same article though
  // they share no words with the text around them.
  const std::string page =
      "新春走访三地见闻\n"
      "\n"
      "本报记者 陶 然\n"
      "\n"
      "东城老街的石板路去年修缮一新，老街两旁的店铺重新开张，游客络绎不绝。\n"
      "\n"
      "东城老街——商户笑迎八方游客\n"
      "\n"
      "老街上的茶馆老板说，过去老街冷冷清清，如今周末一座难求，店铺的生意比往年好了许多。\n"
      "\n"
      "老街的木楼里开了竹编作坊，老手艺人教孩子们编花篮。\n"
      "\n"
      "北岭果园——\n"
      "\n"
      "桃树修剪施肥春耕忙\n"
      "\n"
      "山坡上果农忙着修剪桃树枝条，施好底肥，盼望秋天丰收。\n"
      "\n"
      "果农王大伯算了一笔账，桃树亩产能卖一万多元。\n";
  auto units = classify_page(page);
  EXPECT_ROLE(units, "东城老街——", Role::kIntertitle);
  EXPECT_ROLE(units, "北岭果园——", Role::kIntertitle);
  EXPECT_ROLE(units, "桃树修剪施肥春耕忙", Role::kIntertitle);
}

TEST(Classify, TitleOfClausesWrappedInItsOwnBlock) {
  // A kicker of clauses, then a title of clauses wrapped at the measure in
  // a block of its own (its last character on a line alone): both headline
  // lines, not column text.
  auto units = classify_page(
      "河西镇医院的诊室里，李大夫正在给老人量血压。\n"
      "\n"
      "城东街道推行“三张清单”，让居民放心，给干部减负\n"
      "\n"
      "这事难，那事难，一上网就不\n"
      "难\n"
      "\n"
      "街道把办事指南、收费标准和办理时限都挂到了网上，居民在家就能查，办事少跑了不少冤枉路。\n"
      "\n"
      "社区干部说，清单公开以后，来问政策的人少了，来办事的人顺了。\n");
  EXPECT_ROLE(units, "城东街道推行", Role::kHeadline);
  EXPECT_ROLE(units, "这事难，那事难，一上网就不难", Role::kHeadline);
}

TEST(Classify, KickerOfClausesEndingOnAQuotedTerm) {
  // A kicker of three clauses closed by a quoted term (“绿色通道”) over its
  // title: the closing quote ends a term, not a quoted sentence.
  auto units = classify_page(
      "河西镇医院的诊室里，李大夫正在给老人量血压。\n"
      "\n"
      "全市政务服务改革持续推进，审批时限压缩一半，开通企业“绿色通道”\n"
      "\n"
      "办事更快捷 企业更满意\n"
      "\n"
      "去年以来，全市政务服务中心把审批事项集中到一个窗口办理，企业办事平均只需跑一次。\n");
  EXPECT_ROLE(units, "全市政务服务改革", Role::kHeadline);
  EXPECT_ROLE(units, "办事更快捷", Role::kHeadline);
}

TEST(Classify, SpeakerClosedByAColonOverATitleIsItsKicker) {
  auto units = classify_page(
      "河西镇医院的诊室里，李大夫正在给老人量血压。\n"
      "\n"
      "市气象台：\n"
      "\n"
      "本周末将有大范围降雪\n"
      "\n"
      "本报讯 市气象台昨天发布预报，受强冷空气影响，本周末全市将出现大范围降雪天气。\n");
  EXPECT_ROLE(units, "市气象台：", Role::kHeadline);
  EXPECT_ROLE(units, "本周末将有大范围降雪", Role::kHeadline);
}

TEST(Classify, LinesOfOneHeadlineBlockAreOneWrappedLine) {
  auto units = classify_page(
      "市区三条公交线路今起\n"
      "调整首末班时间\n"
      "\n"
      "本报讯 为方便市民早晚出行，市公交集团决定，自今日起调整三条线路的首末班时间。"
      "调整后，首班车提前半小时发车，末班车延后一小时收车。\n");
  EXPECT_ROLE(units, "市区三条公交线路今起调整首末班时间", Role::kHeadline);
}

TEST(Classify, ThreeLinesOfOneHeadlineBlockAreOneWrappedLine) {
  auto units = classify_page(
      "河东区多措并举推进老旧小区\n"
      "改造惠及居民两千余户今年\n"
      "全部完工\n"
      "\n"
      "本报讯 记者从河东区住建局获悉，全区老旧小区改造工程进展顺利，"
      "已完成管网更新和外墙修缮，预计年底前全部完工。\n");
  EXPECT_ROLE(units, "河东区多措并举推进老旧小区改造惠及居民两千余户今年全部完工", Role::kHeadline);
}

TEST(Classify, WrappedLineOpeningOnAVerbWithFiguresGoesOnWithTheTitle) {
  // Figures in the second line alone: a deck when it names its own subject,
  // the title's tail when it opens on a verb or a figure.
  auto units = classify_page(
      "市场监管局公布第二批\n"
      "取消12项涉企收费\n"
      "\n"
      "本报讯 市场监管局昨日公布第二批取消的涉企收费项目，"
      "自下月起，企业办理相关业务不再缴纳这些费用。\n");
  EXPECT_ROLE(units, "市场监管局公布第二批取消12项涉企收费", Role::kHeadline);
}

TEST(Classify, DeckNamingItsSubjectStaysApartInOneBlock) {
  auto units = classify_page(
      "全省绿色工厂名单发布\n"
      "河东12家企业上榜\n"
      "\n"
      "本报讯 省工信厅昨日公布全省绿色工厂名单，全省共有80家企业入选，"
      "其中河东12家企业上榜。\n");
  EXPECT_EQ(find(units, "全省绿色工厂名单发布")->text, "全省绿色工厂名单发布");
  EXPECT_ROLE(units, "河东12家企业上榜", Role::kHeadline);
}

TEST(Classify, FieldsOfAFormUnderSeveralHeadlinesAreText) {
  // Each portrait's name, then the same fields of a profile box under it.
  std::string page;
  const std::vector<std::array<std::string, 3>> people = {{"王明远", "籍贯山东省临沂市", "职务县农机站站长"},
                                                          {"李秀英", "籍贯湖南省益阳市", "职务镇卫生院护士长"},
                                                          {"赵国华", "籍贯四川省南充市", "职务乡中心小学校长"}};
  for (const auto& p : people) {
    page += p[0] + "\n\n" + p[1] + "\n" + p[2] + "\n\n";
    page += "附记：记者日前来到他的单位，同事们说，这些年来他一直没有离开过这个岗位，"
            "每天早出晚归，把工作当成自己的家事。\n\n";
  }
  auto units = classify_page(page);
  EXPECT_ROLE(units, "王明远", Role::kHeadline);
  EXPECT_ROLE(units, "籍贯湖南省益阳市", Role::kBody);
}

TEST(Classify, LabelBetweenBylinesAndTextHeadsTheLeadBox) {
  // The article has a headline and bylines but no text yet: the short
  // label over its text opens no article of its own.
  auto units = classify_page(
      "滨江日报 2024年3月8日 星期五 A05\n"
      "\n"
      "早春时节看农忙\n"
      "\n"
      "本报记者 孙　涛\n"
      "\n"
      "本报记者 钱多多\n"
      "\n"
      "要点速览\n"
      "\n"
      "连日来，河西镇的农户们抢抓晴好天气，翻耕土地、育秧备肥，田间地头一派繁忙景象。"
      "镇里的二十多台旋耕机全部出动，从早到晚忙个不停。\n"
      "\n"
      "据镇农业服务中心介绍，今年全镇计划种植早稻1.2万亩，比去年增加800亩。\n");
  EXPECT_ROLE(units, "早春时节看农忙", Role::kHeadline);
  EXPECT_ROLE(units, "要点速览", Role::kBody);
}

TEST(Classify, KickerAndTitleInOneBlockStayTwoLines) {
  auto units = classify_page(
      "全国人大代表李明——\n"
      "让乡村教师留得住\n"
      "\n"
      "本报记者 孙 涛\n"
      "\n"
      "在山区教了二十年书的李明，今年带来的建议仍然和乡村教师有关。"
      "他说，待遇和住房是留住年轻教师的关键。\n");
  EXPECT_ROLE(units, "全国人大代表李明——", Role::kHeadline);
  EXPECT_EQ(find(units, "全国人大代表李明——")->text, "全国人大代表李明——");
  EXPECT_ROLE(units, "让乡村教师留得住", Role::kHeadline);
}

TEST(Classify, DashLineAfterTextSignsIt) {
  auto units = classify_page(
      "致读者\n"
      "\n"
      "从今天起，本版每周三推出读者来信专栏，欢迎大家来信来稿，说说身边的新鲜事。\n"
      "\n"
      "——编辑部\n");
  EXPECT_ROLE(units, "——编辑部", Role::kIntertitle);
}

TEST(Classify, KickerLeadsIntoAQuotedTitle) {
  auto units = classify_page(
      "乡村医生赵兰守护山村三十年——\n"
      "\n"
      "“只要乡亲需要，我就一直在”\n"
      "\n"
      "本报记者 孙 涛\n"
      "\n"
      "清晨六点，赵兰背起药箱出了门。她要翻过两座山，去给独居的老人量血压。\n");
  EXPECT_ROLE(units, "乡村医生赵兰守护山村三十年——", Role::kHeadline);
  EXPECT_ROLE(units, "“只要乡亲需要", Role::kHeadline);
}

TEST(Classify, FigureLineIsNoHeadline) {
  auto units = classify_page(
      "全市新建充电桩提速\n"
      "\n"
      "本报讯 去年以来，全市加快建设公共充电设施，新能源车主出行更方便了。\n"
      "\n"
      "1.2万个\n"
      "\n"
      "这是目前全市公共充电桩的总数，比前年翻了一番。\n");
  EXPECT_ROLE(units, "全市新建充电桩提速", Role::kHeadline);
  EXPECT_ROLE(units, "1.2万个", Role::kIntertitle);
}

TEST(Classify, ShortLinesInsideAColumnBlockAreIntertitles) {
  // One hard-wrapped column: the short lines in its middle head a section
  // of the article the column runs through.
  auto units = classify_page(
      "山村小学的新变化\n"
      "\n"
      "　　清晨七点，青石村小学\n"
      "的操场上已经热闹起来。三\n"
      "十多个孩子围着新修的跑道\n"
      "做早操，老师在一旁喊着口\n"
      "令。\n"
      "变化\n"
      "　　校舍翻新，孩子们有了\n"
      "新教室\n"
      "　　去年秋天，县里拨款翻\n"
      "修了校舍，教室里装上了新\n"
      "的桌椅和电子白板，孩子们\n"
      "上课的劲头更足了。\n");
  EXPECT_ROLE(units, "山村小学的新变化", Role::kHeadline);
  EXPECT_ROLE(units, "变化", Role::kIntertitle);
  // The deck under it, a clause, reads on as text.
  EXPECT_ROLE(units, "校舍翻新", Role::kBody);
  EXPECT_ROLE(units, "去年秋天", Role::kBody);
}

TEST(Classify, SectionHeadWithItsDeckBetweenParagraphs) {
  auto units = classify_page(
      "山村小学的新变化\n"
      "\n"
      "清晨七点，青石村小学的操场上已经热闹起来，孩子们围着新修的跑道做早操。\n"
      "\n"
      "变化\n"
      "\n"
      "新校舍启用，孩子们有了宽敞明亮的教室\n"
      "\n"
      "去年秋天，县里拨款翻修了校舍，教室里装上了新的桌椅和电子白板。\n");
  EXPECT_ROLE(units, "变化", Role::kIntertitle);
  EXPECT_ROLE(units, "新校舍启用", Role::kIntertitle);
}

TEST(Classify, QuotedLineOverAColumnLabelIsATitle) {
  auto units = classify_page(
      "“办好一件事，温暖一座城”\n"
      "\n"
      "民生观察\n"
      "\n"
      "城南社区的义诊活动已经连续举办了三年。小事连着民心，把一件件小事办好，群众自然看在眼里。\n");
  EXPECT_ROLE(units, "“办好一件事", Role::kHeadline);
  EXPECT_ROLE(units, "民生观察", Role::kSeries);
}

TEST(Classify, ReprintedParagraphAfterAHeadlineDoesNotMakeItAnIntertitle) {
  // The extractor printed the first article's paragraph again right under
  // the second headline: the headline still opens a new article.
  const std::string first = "城南社区的义诊活动已经连续举办了三年，社区居民对义诊活动的评价一直很高，老人们都说方便。";
  auto units = classify_page(
      "社区义诊周末举行\n\n" + first + "\n\n"
      "社区医生上门为老人体检，义诊活动现场排起了长队，社区居民纷纷点赞。\n\n"
      "全市中小学寒假安排公布\n\n" + first + "\n\n"
      "本报讯 市教育局日前公布全市中小学寒假安排，寒假自一月二十日开始，二月二十日开学。\n");
  EXPECT_ROLE(units, "全市中小学寒假安排公布", Role::kHeadline);
}

TEST(Classify, IntertitleWithATwoLineDeckBetweenParagraphs) {
  auto units = classify_page(
      "山村小学的新变化\n"
      "\n"
      "清晨七点，青石村小学的操场上已经热闹起来，孩子们围着新修的跑道做早操，小学老师在一旁喊着口令。\n"
      "\n"
      "校舍翻新，教学条件大改善\n"
      "\n"
      "县里投入两百万元翻修小学校舍\n"
      "\n"
      "孩子们用上电子白板，老师们住进周转房\n"
      "\n"
      "去年秋天，青石村小学的操场翻新了，孩子们围着新修的跑道做早操，青石村小学的老师在一旁喊着口令。\n");
  EXPECT_ROLE(units, "校舍翻新", Role::kIntertitle);
  EXPECT_ROLE(units, "县里投入", Role::kIntertitle);
  EXPECT_ROLE(units, "孩子们用上", Role::kIntertitle);
}

TEST(Classify, KickerAndTitleOfSeveralClauses) {
  auto units = classify_page(
      "城南社区推行“三事公开”，让居民放心，给干部清白\n"
      "\n"
      "大事小事，桩桩件件，一公开就好办\n"
      "\n"
      "本报记者 孙 涛\n"
      "\n"
      "走进城南社区服务中心，一块电子屏上滚动显示着社区收支和办事进度。居民说，现在什么事都看得明白。\n");
  EXPECT_ROLE(units, "城南社区推行", Role::kHeadline);
  EXPECT_ROLE(units, "大事小事", Role::kHeadline);
}

TEST(Classify, TitleOpeningWithABookTitleIsOneHeadline) {
  auto units = classify_page(
      "《滨江民间故事集》\n"
      "出版发行\n"
      "\n"
      "本报讯 由市文联编纂的《滨江民间故事集》日前出版发行，全书收录民间故事三百余篇。\n");
  EXPECT_ROLE(units, "《滨江民间故事集》出版发行", Role::kHeadline);
}

TEST(Classify, PartHeadingOfALawIsAnIntertitle) {
  auto units = classify_page(
      "城市绿化条例\n"
      "\n"
      "第一条 为了促进植树造林事业的发展，改善生态环境，制定本条例。\n"
      "\n"
      "第二章规划和建设\n"
      "\n"
      "第二条 各区县每年编制公园用地计划，报市人民代表大会常务委员会备案。\n");
  EXPECT_ROLE(units, "第二章规划和建设", Role::kIntertitle);
}

TEST(Classify, LineWithAQuotationLeftOpenIsText) {
  auto units = classify_page(
      "老兵的新年\n"
      "\n"
      "腊月二十八，八十岁的老兵王德明早早起床，把院子扫得干干净净，等着孙子回家过年。\n"
      "\n"
      "王德明迎出门对记者说：“我非常\n"
      "\n"
      "盼着这一天，孩子们回来，这个家就热闹了。”\n");
  EXPECT_ROLE(units, "王德明迎出门", Role::kBody);
}

TEST(Classify, LineThatNamesWhatTheTextAboveIsAboutIsAnIntertitle) {
  // The text below turns to another side of the story, but the line takes
  // up the words of the text above it: a section of that article.
  auto units = classify_page(
      "城南社区办实事\n"
      "\n"
      "本周六上午，城南社区邀请医院专家开展义诊，为老人测量血压血糖，义诊现场排起了长队。\n"
      "\n"
      "义诊之后再添新服务\n"
      "\n"
      "下个月起，志愿者将每周两次上门为独居老人送餐，费用由街道补贴。\n");
  EXPECT_ROLE(units, "义诊之后再添新服务", Role::kIntertitle);
}

TEST(Classify, TimeOfDayHeadingInAChronicleIsAnIntertitle) {
  auto units = classify_page(
      "节后第一天\n"
      "\n"
      "早上八点，市民服务中心的窗口前已经排起了队，工作人员提前半小时到岗。\n"
      "\n"
      "14时城西派出所户籍室\n"
      "\n"
      "下午两点，户籍民警刘芳接待了第三十位前来办理证件的群众。\n");
  EXPECT_ROLE(units, "14时城西派出所户籍室", Role::kIntertitle);
}

TEST(Classify, LabelUnderTheColumnLabelHeadsTheLeadBox) {
  auto units = classify_page(
      "山村小学的新变化\n"
      "\n"
      "——青石村教育扶贫见闻\n"
      "\n"
      "乡村振兴\n"
      "\n"
      "要点速览\n"
      "\n"
      "三年来，县里投入两千万元改造山村小学，青石村小学的孩子们用上了新教室和电子白板。\n");
  EXPECT_ROLE(units, "乡村振兴", Role::kSeries);
  EXPECT_ROLE(units, "要点速览", Role::kBody);
}

TEST(Classify, SectionHeadWithItsDeckBeforeAnIndentedLine) {
  auto units = classify_page(
      "山村小学的新变化\n"
      "\n"
      "清晨七点，青石村小学的操场上已经热闹起来，孩子们围着新修的跑道做早操。\n"
      "\n"
      "变化\n"
      "\n"
      "新校舍启用，孩子们有了宽敞明亮的教室\n"
      "\n"
      "　　教室够不够用？\n"
      "\n"
      "去年秋天，县里拨款翻修了校舍，教室里装上了新的桌椅和电子白板。\n");
  EXPECT_ROLE(units, "变化", Role::kIntertitle);
  EXPECT_ROLE(units, "新校舍启用", Role::kIntertitle);
}

TEST(Classify, DeckUnderASectionHeadSetApartStaysInside) {
  auto units = classify_page(
      "山村小学的新变化\n"
      "\n"
      "清晨七点，青石村小学的操场上已经热闹起来，孩子们围着新修的跑道做早操。\n"
      "\n"
      "　　变化\n"
      "\n"
      "新校舍启用，孩子们有了宽敞明亮的教室\n"
      "\n"
      "去年秋天，县里拨款翻修了校舍，教室里装上了新的桌椅和电子白板。\n");
  EXPECT_ROLE(units, "变化", Role::kIntertitle);
  EXPECT_ROLE(units, "新校舍启用", Role::kIntertitle);
}

TEST(Classify, OneCharacterAndACommaIsTheTailOfACutWord) {
  auto units = classify_page(
      "冬日送温暖\n"
      "\n"
      "旨，让每一位困难群众都能过上一个温暖祥和的春节\n"
      "\n"
      "一、总体要求\n"
      "\n"
      "各街道要在春节前完成走访慰问，把慰问金和慰问品及时送到困难群众手中。\n");
  EXPECT_NE(find(units, "旨，")->role, Role::kHeadline) << dump(units);
  EXPECT_NE(find(units, "一、总体要求")->role, Role::kBody) << dump(units);
}

TEST(Classify, PhotoStoryTitleCaptionAndCredit) {
  auto units = classify_page(
      "油菜花开满山坡\n"
      "\n"
      "3月7日，游客在青石村的油菜花田里拍照。连片的油菜花沿山势铺开，金黄一片，吸引了不少市民前来踏青。\n"
      "\n"
      "本报记者 唐晓光 摄\n");
  EXPECT_ROLE(units, "油菜花开满山坡", Role::kHeadline);
  const Unit* credit = find(units, "本报记者");
  ASSERT_NE(credit, nullptr) << dump(units);
  EXPECT_TRUE(credit->role == Role::kByline || credit->role == Role::kCredit) << dump(units);
  EXPECT_EQ(credit->byline_role, BylineRole::kPhotographer);
  EXPECT_EQ(credit->names, (Names{"唐晓光"}));
}

TEST(Classify, BracketedCreditClosingAnArticleStaysInTheBody) {
  auto units = classify_page(
      "河西镇千亩稻田开犁\n"
      "\n"
      "本报记者 陈小北\n"
      "\n"
      "3月7日，河西镇千亩稻田迎来春耕，二十台旋耕机在田间来回作业，镇农业服务中心派出技术员现场指导。\n"
      "\n"
      "（本报记者 陈小北 何平整理）\n");
  EXPECT_ROLE(units, "本报记者", Role::kByline);
  EXPECT_ROLE(units, "（本报记者", Role::kBody);
}

TEST(Classify, LineAfterASignOffIsNoIntertitle) {
  // A dispatch's source and date in brackets closes its article: the short
  // line after it heads the next one, however close the two texts' subjects.
  auto units = classify_page(
      "熊猫馆翻修后重新开放\n"
      "\n"
      "动物园的大熊猫馆经过一年翻修后重新开放，大熊猫在新馆里吃竹子、爬树，游客排队参观大熊猫。\n"
      "\n"
      "（本报华盛顿2月24日电）\n"
      "\n"
      "喜迁新居\n"
      "\n"
      "2月23日，动物园为大熊猫举办活动，大熊猫在翻修后的新馆里吃竹子，吸引游客参观大熊猫。\n");
  EXPECT_ROLE(units, "（本报华盛顿", Role::kBody);
  EXPECT_ROLE(units, "喜迁新居", Role::kHeadline);
}

TEST(Classify, ShortLineBeforeABylineAfterACutParagraphIsAHeadline) {
  // A paragraph cut at a column break, then a short line in a block of its
  // own and a reporter's line: the line titles the next article, it is not
  // the cut paragraph's last few characters.
  auto units = classify_page(
      "河西镇千亩稻田开犁\n"
      "\n"
      "3月7日，河西镇千亩稻田迎来春耕，二十台旋耕机在田间来回作业，镇农业服务中心派出技术员\n"
      "\n"
      "春到山村\n"
      "\n"
      "本报记者陈小北\n"
      "\n"
      "清晨，青石村的村民们早早来到村口，等着农技站的技术员一起下田查看麦苗长势。\n");
  EXPECT_ROLE(units, "春到山村", Role::kHeadline);
}

TEST(Classify, FourCharacterPhraseIsNoBareName) {
  // Two words (王者 + 归来) under a headline are no author's name.
  auto units = classify_page(
      "河西镇千亩稻田开犁\n"
      "春耕时节\n"
      "王者归来\n"
      "\n"
      "3月7日，河西镇千亩稻田迎来春耕，二十台旋耕机在田间来回作业，镇农业服务中心派出技术员现场指导。\n");
  // (The lines of the block may wrap into one headline line.)
  for (const Unit& u : units) {
    if (u.text.find("王者归来") != std::string::npos) {
      EXPECT_NE(u.role, Role::kByline) << dump(units);
    }
  }
  EXPECT_NE(dump(units).find("王者归来"), std::string::npos) << dump(units);
}

TEST(Classify, PhotoCaptionInsideNewsArticle) {
  auto units = classify_page(
      "滨江大桥通过荷载试验\n"
      "\n"
      "8日上午，滨江大桥完成荷载试验，三十辆满载砂石的卡车依次驶上桥面，各项数据均达到设计要求。"
      "大桥预计下月正式通车。\n"
      "\n"
      "图为试验车辆驶上滨江大桥。（本报记者 王小明摄）\n"
      "\n"
      "据介绍，大桥通车后，两岸之间的车程将由四十分钟缩短到十分钟以内，沿线居民出行将更加便利。\n");
  EXPECT_ROLE(units, "图为试验车辆", Role::kPhotoCaption);
  EXPECT_ROLE(units, "据介绍", Role::kBody);
}

TEST(Classify, PhotoCaptionOverTwoLinesOfOneBlock) {
  // The line above the credit line stops mid-sentence: both are the caption.
  auto units = classify_page(
      "滨江大桥通过荷载试验\n"
      "\n"
      "8日上午，滨江大桥完成荷载试验，三十辆满载砂石的卡车依次驶上桥面，各项数据均达到设计要求。\n"
      "\n"
      "试验车辆依次驶上滨江大桥的\n"
      "北侧引桥。（本报记者王小明摄）\n");
  EXPECT_ROLE(units, "试验车辆依次驶上滨江大桥的北侧引桥。（本报记者王小明摄）", Role::kPhotoCaption);
}

TEST(Classify, TitleOverACaptionInOneBlockStaysATitle) {
  // A short title line over its caption in one block is no cut caption line.
  auto units = classify_page(
      "河西镇喜降瑞雪\n"
      "7日，一场大雪降临河西镇，小学的孩子们在操场上堆雪人。（本报记者王小明摄）\n");
  EXPECT_ROLE(units, "河西镇喜降瑞雪", Role::kHeadline);
  EXPECT_ROLE(units, "7日，一场大雪", Role::kPhotoCaption);
}

TEST(Classify, PictureTextWithoutCreditIsNeverAHeadline) {
  auto units = classify_page(
      "滨江大桥通过荷载试验\n"
      "\n"
      "8日上午，滨江大桥完成荷载试验，三十辆满载砂石的卡车依次驶上桥面，各项数据均达到设计要求。\n"
      "\n"
      "图为试验车辆驶上滨江大桥\n"
      "\n"
      "据介绍，大桥通车后，两岸之间的车程将由四十分钟缩短到十分钟以内。\n");
  EXPECT_ROLE(units, "图为试验车辆", Role::kBody);
}

TEST(Classify, PictureStoryTextWithoutCreditIsBody) {
  auto units = classify_page(
      "河西镇喜降瑞雪（图片）\n"
      "\n"
      "图为河西镇小学的孩子们在操场上堆雪人。\n"
      "\n"
      "（本报记者王小明摄）\n");
  EXPECT_ROLE(units, "河西镇喜降瑞雪（图片）", Role::kHeadline);
  EXPECT_ROLE(units, "图为河西镇小学", Role::kBody);
  EXPECT_ROLE(units, "（本报记者王小明摄）", Role::kPhotoCaption);
}

TEST(Classify, PhotoNewsLabelBetweenParagraphsHeadsAnArticle) {
  // Short line between two paragraphs, the first cut mid-sentence: were it
  // any other line it would be taken for the tail of that paragraph.
  auto units = classify_page(
      "滨江大桥通过荷载试验\n"
      "\n"
      "8日上午，滨江大桥完成荷载试验，三十辆满载砂石的卡车依次驶上桥面，各项数据均达到\n"
      "\n"
      "图片新闻\n"
      "\n"
      "7日，河西镇小学的孩子们在操场上堆雪人、打雪仗，校园里一片欢声笑语。\n");
  EXPECT_ROLE(units, "图片新闻", Role::kHeadline);
}

TEST(Classify, ShortLineOfItsOwnBlockAfterACutParagraphIsAHeadline) {
  // A short headline printed right under a paragraph that stops
  // mid-sentence (its text goes on in another column): a line of its own
  // block, more than a word's characters long. A paragraph's tail cut from
  // its line is a character or two (……新 / 闻).
  auto units = classify_page(
      "县城新建三座口袋公园\n"
      "\n"
      "今年县里新建了三座口袋公园，市民出门五分钟就能见到绿地。公园里种上了\n"
      "\n"
      "春风十里\n"
      "\n"
      "河西镇的油菜花开了，金黄的花海引来不少城里的游客，镇上的农家乐也热闹起来。\n"
      "\n"
      "镇里还办起了赏花节，邀请城里的游客到田间地头体验采摘，再到农家小院里品尝地道的农家\n"
      "\n"
      "饭\n"
      "\n"
      "赏花节要持续到下个月底，镇里准备了十多项活动。\n");
  EXPECT_ROLE(units, "春风十里", Role::kHeadline);
  EXPECT_ROLE(units, "饭", Role::kBody);
}

TEST(Classify, LabelBetweenMiddleDotsIsNoHeadline) {
  // A line opening on a middle dot (·广告·) is a label of the space around
  // it: text, not a headline over the text after it.
  auto units = classify_page(
      "县城新建三座口袋公园\n"
      "\n"
      "今年县里新建了三座口袋公园，市民出门五分钟就能见到绿地。\n"
      "\n"
      "·专题·\n"
      "\n"
      "河西镇的油菜花开了，金黄的花海引来不少城里的游客，镇上的农家乐也热闹起来。\n");
  EXPECT_ROLE(units, "·专题·", Role::kBody);
}

TEST(Classify, CreditWithANameRunIntoItIsSplit) {
  auto units = classify_page(
      "图为河西镇小学的孩子们在操场上堆雪人。（王小明摄）张华\n");
  EXPECT_ROLE(units, "图为河西镇小学", Role::kPhotoCaption);
  EXPECT_EQ(find(units, "图为河西镇小学")->text, "图为河西镇小学的孩子们在操场上堆雪人。（王小明摄）");
  const Unit* name = find(units, "张华");
  ASSERT_NE(name, nullptr) << dump(units);
  EXPECT_NE(name->role, Role::kPhotoCaption);
}

TEST(Classify, LineAboveADatelineParagraphIsAHeadline) {
  // As wide as the column under it, yet the paragraph opens with its
  // dateline: the line is no first line of it but the article's headline.
  auto units = classify_page(
      "大桥试验\n"
      "\n"
      "8日上午，滨江大桥完成荷\n"
      "载试验，三十辆满载砂石的\n"
      "卡车依次驶上桥面，各项数\n"
      "据均达到设计要求。\n"
      "\n"
      "河西镇千亩稻田开犁播种\n"
      "\n"
      "据新华社河西3月7日电连\n"
      "日来，河西镇的农户们抢抓\n"
      "晴好天气，翻耕土地、育秧\n"
      "备肥，田间一派繁忙景象。\n");
  EXPECT_ROLE(units, "河西镇千亩稻田开犁播种", Role::kHeadline);
}

TEST(Classify, TitleWrappedInItsOwnBlockIsNoFirstLine) {
  // Two lines wrapped in a block of their own, as wide as the column text
  // under them: a title set over two lines, not a paragraph's first line.
  auto units = classify_page(
      "河西镇千亩稻田开犁播种春耕全\n"
      "面展开\n"
      "\n"
      "连日来，河西镇的农户们抢抓晴好天气\n"
      "，翻耕土地、育秧备肥，田间地头一派繁\n"
      "忙景象。镇里的二十多台旋耕机全部出动\n"
      "，从早到晚忙个不停。\n");
  EXPECT_ROLE(units, "河西镇千亩稻田开犁播种春耕全面展开", Role::kHeadline);
}

TEST(Classify, ExclaimedHeadlineBeforeAContinuationStaysAHeadline) {
  // The paragraph after the line opens mid-sentence (a continuation from
  // another column), but a line closed by its own ！ continues into nothing.
  auto units = classify_page(
      "滨江大桥通过荷载试验\n"
      "\n"
      "8日上午，滨江大桥完成荷载试验，三十辆满载砂石的卡车依次驶上桥面，各项数据均达到设计要求。\n"
      "\n"
      "这样的停车场要不得！\n"
      "\n"
      "，收费员却说这是上级的规定，每辆车每小时收费二十元，不开发票。\n");
  EXPECT_ROLE(units, "这样的停车场要不得！", Role::kHeadline);
}

TEST(Classify, ShortBodyParagraphIsNotAHeadline) {
  // A short paragraph that ends with a full stop inside an article stays body.
  auto units = classify_page(
      "社区食堂开张了\n"
      "\n"
      "清晨六点，城南社区食堂的师傅们已经忙碌起来，包子、馒头、豆浆陆续出锅，老人们排起了长队。\n"
      "\n"
      "一份早餐只要三元。\n"
      "\n"
      "社区负责人说，食堂由街道补贴运营，七十岁以上的老人还能再享受八折优惠。\n");
  EXPECT_ROLE(units, "社区食堂开张了", Role::kHeadline);
  EXPECT_ROLE(units, "一份早餐只要三元。", Role::kBody);
}

// ---------------------------------------------------------------------------
// Headline lines graded by font size (body type 10 pt on these pages)

constexpr const char* kSizedBody1 =
    "连日来，河西镇的农户们抢抓晴好天气，翻耕土地、育秧备肥，田间地头一派繁忙景象。"
    "镇里的二十多台旋耕机全部出动，从早到晚忙个不停。";
constexpr const char* kSizedBody2 =
    "据镇农业服务中心介绍，今年全镇计划种植早稻1.2万亩，比去年增加800亩。"
    "为了不误农时，中心组织了五支农机服务队，分片包干，上门服务。";
constexpr const char* kSizedBody3 =
    "种粮大户刘长根告诉记者，有了服务队帮忙，他家承包的三百亩地再有一周就能全部翻完。"
    "他说今年的种子和化肥都已备齐，就等着育秧了。";

TEST(ClassifySized, BodySizeLineUnderATitleIsText) {
  // A deck set in the body type under a display title is text, not a subtitle.
  auto units = classify_sized({{"春耕备耕正当时", 20},
                               {"农机服务队分片包干上门服务", 10},
                               {kSizedBody1, 10},
                               {kSizedBody2, 10}});
  EXPECT_ROLE(units, "春耕备耕正当时", Role::kHeadline);
  EXPECT_ROLE(units, "农机服务队分片包干", Role::kBody);
}

TEST(ClassifySized, DisplaySubtitleUnderATitleStaysAHeadlineLine) {
  auto units = classify_sized({{"春耕备耕正当时", 20},
                               {"农机服务队分片包干上门服务", 13},
                               {kSizedBody1, 10},
                               {kSizedBody2, 10}});
  EXPECT_ROLE(units, "春耕备耕正当时", Role::kHeadline);
  EXPECT_ROLE(units, "农机服务队分片包干", Role::kHeadline);
}

TEST(ClassifySized, BodySizeLineAboveAKickerIsText) {
  // The last line of the article above, or a credit line, set in the body
  // type right before the next headline does not join it as a kicker.
  auto units = classify_sized({{kSizedBody1, 10},
                               {"本版统筹：孙小明", 10},
                               {"河西镇千亩稻田开犁——", 13},
                               {"春耕备耕正当时", 20},
                               {kSizedBody2, 10},
                               {kSizedBody3, 10}});
  EXPECT_ROLE(units, "本版统筹", Role::kBody);
  EXPECT_ROLE(units, "河西镇千亩稻田开犁", Role::kHeadline);
  EXPECT_ROLE(units, "春耕备耕正当时", Role::kHeadline);
}

TEST(ClassifySized, SmallShortLineBesideTheTitleIsASeriesLabel) {
  // A column name in a size of its own, smaller than the body, under the title.
  auto units = classify_sized({{"春耕备耕正当时", 20},
                               {"乡土记忆", 9},
                               {kSizedBody1, 10},
                               {kSizedBody2, 10}});
  EXPECT_ROLE(units, "春耕备耕正当时", Role::kHeadline);
  EXPECT_ROLE(units, "乡土记忆", Role::kSeries);
}

TEST(ClassifySized, SmallSeriesLabelAboveTheKicker) {
  auto units = classify_sized({{"乡土记忆", 9},
                               {"河西镇千亩稻田开犁——", 13},
                               {"春耕备耕正当时", 20},
                               {kSizedBody1, 10},
                               {kSizedBody2, 10}});
  EXPECT_ROLE(units, "乡土记忆", Role::kSeries);
  EXPECT_ROLE(units, "河西镇千亩稻田开犁", Role::kHeadline);
}

TEST(ClassifySized, SmallPenNameUnderTheTitleIsAByline) {
  // Three characters that are no word, in the small type: an author's pen
  // name, not a column.
  auto units = classify_sized({{"春耕备耕正当时", 20},
                               {"岚舟客", 9},
                               {kSizedBody1, 10},
                               {kSizedBody2, 10}});
  EXPECT_ROLE(units, "岚舟客", Role::kByline);
}

TEST(ClassifySized, SmallColumnNameUnderTheTitleIsNoByline) {
  // A genre word (短评) or a column opening with a common word (每日谈) in
  // the small type names a column, not an author.
  for (const char* column : {"短评", "每日谈"}) {
    auto units = classify_sized({{"春耕备耕正当时", 20}, {column, 9}, {kSizedBody1, 10}, {kSizedBody2, 10}});
    const Unit* u = find(units, column);
    ASSERT_NE(u, nullptr) << dump(units);
    EXPECT_NE(u->role, Role::kByline) << dump(units);
  }
}

TEST(ClassifySized, PhraseCutIntoNamesIsNoByline) {
  // 高级模范教师 cuts into two surname-led chunks (高级模 范教师), but 模范
  // across the cut shows a phrase.
  auto units = classify_sized({{"春耕备耕正当时", 20}, {"高级模范教师", 10}, {kSizedBody1, 10}, {kSizedBody2, 10}});
  const Unit* u = find(units, "高级模范教师");
  ASSERT_NE(u, nullptr) << dump(units);
  EXPECT_NE(u->role, Role::kByline) << dump(units);
}

TEST(ClassifySized, SmallLongLineIsNoSeriesLabel) {
  // Too long for a label: text in a small size (a note), not the headline.
  auto units = classify_sized({{"春耕备耕正当时", 20},
                               {"河西镇今年计划种植早稻一万两千亩比去年增加八百亩农机服务队分片包干", 9},
                               {kSizedBody1, 10},
                               {kSizedBody2, 10}});
  EXPECT_ROLE(units, "河西镇今年计划种植早稻", Role::kBody);
}


// A short line printed alone with a paragraph indent is no article's
// headline: headlines are not indented.
TEST(Classify, IndentedLoneLineIsNeverAHeadline) {
  auto units = classify_page(
      "县城新建三座公园\n"
      "\n"
      "今年县里新建了三座口袋公园，市民出门五分钟就能见到绿地。\n"
      "\n"
      "\u3000\u3000绿地进社区\n"
      "\n"
      "昨天下午，一场大雪覆盖了北方多个省份，铁路部门紧急调整列车运行图。\n");
  const Unit* line = find(units, "绿地进社区");
  ASSERT_NE(line, nullptr);
  EXPECT_NE(line->role, Role::kHeadline);
  const Unit* title = find(units, "县城新建三座公园");
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->role, Role::kHeadline);
}

// Headline lines of one block that segment saw part (a kicker over its
// title) stay two lines; lines wrapped at a measure become one.
TEST(Classify, HeadlineLinesPartedBySegmentStayApart) {
  auto units = classify_page("出行安全要守住，文明礼让不能少\n返乡的路上，多些耐心\n\n"
                             "\u3000\u3000春运首日，市交通部门在各个站点增派人手，引导旅客有序出行。\n");
  EXPECT_ROLE(units, "出行安全要守住", Role::kHeadline);
  EXPECT_ROLE(units, "返乡的路上", Role::kHeadline);
  const Unit* kicker = find(units, "出行安全要守住");
  ASSERT_NE(kicker, nullptr);
  EXPECT_EQ(text::strip_space(kicker->text), "出行安全要守住，文明礼让不能少") << dump(units);
}

// A line wider than the column text on both sides of it, between
// paragraphs on one subject, heads a new article: an intertitle stands in
// its column.
TEST(Classify, LineWiderThanTheColumnIsAHeadline) {
  const std::string before = "全市春运昨日启动，市交通部\n门在各个站点增派人手，引导\n旅客有序出行，春运安全有保\n障。\n";
  const std::string after = "春运期间，市交通部门将在各\n个站点增派人手，引导旅客有\n序出行，确保春运安全有序。\n";
  auto units = classify_page(before + "\n市交通部门启动春运安全专项整治行动\n\n" + after);
  EXPECT_ROLE(units, "市交通部门启动春运安全专项整治行动", Role::kHeadline);
}

// A kicker that segment parted from its title keeps the headline role with
// it, though alone it reads as a clause of text.
TEST(Classify, KickerPartedFromItsTitleIsAHeadline) {
  auto units = classify_page("全市召开春运动员大会，吹响“一分部署，九分落实”冲锋号\n安全出行有保障 温馨服务暖人心\n\n"
                             "\u3000\u3000春运首日，市交通部门在各个站点增派人手，引导旅客有序出行。\n");
  EXPECT_ROLE(units, "安全出行有保障", Role::kHeadline);
  EXPECT_ROLE(units, "全市召开春运动员大会", Role::kHeadline);
}

// A line opening on a connective set off by a comma (不过，……) is the first
// line of a paragraph cut at a column end, not a headline: a headline does
// not link to the text before it.
TEST(Classify, LineOpeningOnAConnectiveIsNoHeadline) {
  auto units = classify_page(
      "县城新建三座公园\n"
      "\n"
      "今年县里新建了三座口袋公园，市民出门五分钟就能见到绿地。\n"
      "\n"
      "\u3000\u3000公园管护仍需加强，市民呼吁增设座椅\n"
      "\n"
      "不过，在市园林局副\n"
      "\n"
      "局长王明看来，公园建好只是第一步，日常管护更要跟上。\n");
  const Unit* line = find(units, "不过，在市园林局副");
  ASSERT_NE(line, nullptr);
  EXPECT_NE(line->role, Role::kHeadline) << dump(units);
}

// A section head that leads into the line under it (江南小镇—— / ……) has
// that line as its deck: a section of the article, not a new article.
TEST(Classify, LineASectionHeadLeadsIntoIsItsDeck) {
  auto units = classify_page(
      "各地古镇迎来旅游旺季\n"
      "\n"
      "春节假期，各地古镇游人如织，民俗表演、特色小吃吸引了大批游客。\n"
      "\n"
      "\u3000\u3000江南水乡——\n"
      "\n"
      "古桥修缮一新，游客纷至沓来\n"
      "\n"
      "清晨的小镇薄雾未散，石板路上已有不少游客，河边的茶馆座无虚席。\n");
  EXPECT_ROLE(units, "古桥修缮一新", Role::kIntertitle);
}

// A sentence wrapped in a block of column text, one of its lines as long as
// the column's measure, is a paragraph set in the body type, not a headline
// (display type sets fewer characters to the line), though it is short and
// holds one clause.
TEST(Classify, SentenceFillingAColumnLineIsNoHeadline) {
  auto units = classify_page(
      "老街焕新颜\n"
      "\n"
      "县城老街改造完成后，游客明\n"
      "显增多，沿街商铺陆续开门营\n"
      "业，老街重新热闹起来，不少\n"
      "外地游客专程赶来拍照打卡，\n"
      "周末的人流量更是翻了一番。\n"
      "街道负责人介绍，改造保留了\n"
      "老街原有的青石板路和木结构\n"
      "门面，只对水电管网做了更新\n"
      "。\n"
      "一家茶馆的老板也告诉\n"
      "记者，当初就是看中老街才来\n"
      "投资的！\n"
      "前景可期——\n"
      "老街将引入非遗项目，如何\n"
      "留住游客待解\n"
      "“老街变样了！”一位在县城\n"
      "生活了二十多年的居民说，现\n"
      "在傍晚常来这里散步，还会带\n"
      "上外地来的亲戚一起逛逛老街\n"
      "。\n");
  EXPECT_ROLE(units, "一家茶馆的老板也告诉记者", Role::kBody);
  EXPECT_ROLE(units, "前景可期", Role::kIntertitle);
}

// The same with an intertitle under the label: the article still has no
// text, so the label (a picture's name, a box's heading) opens no article.
TEST(Classify, LabelBetweenBylinesAndAnIntertitleHeadsNoArticle) {
  auto units = classify_page(
      "早春时节看农忙\n"
      "\n"
      "本报记者 孙　涛\n"
      "\n"
      "河西镇稻田\n"
      "\n"
      "\u3000\u3000农机下田春耕忙\n"
      "\n"
      "连日来，河西镇的农户们抢抓晴好天气，翻耕土地、育秧备肥，田间地头一派繁忙景象。"
      "镇里的二十多台旋耕机全部出动，从早到晚忙个不停。\n"
      "\n"
      "据镇农业服务中心介绍，今年全镇计划种植早稻1.2万亩，比去年增加800亩。\n");
  EXPECT_ROLE(units, "早春时节看农忙", Role::kHeadline);
  EXPECT_ROLE(units, "河西镇稻田", Role::kBody);
}

// Rows of a table of figures (1—10千伏5米: ranges and numbers with their
// units, nothing else) printed between paragraphs are part of the text, not
// headlines.
TEST(Classify, RowsOfFiguresAreNoHeadlines) {
  auto units = classify_page(
      "输电线路保护区划定\n"
      "\n"
      "县电力局近日公布架空电力线路保护区的宽度，导线边线向外侧延伸的距离为：\n"
      "\n"
      "1—10千伏5米\n"
      "\n"
      "35—110千伏10米\n"
      "\n"
      "220千伏15米\n"
      "\n"
      "在城镇等人口密集地区，保护区的宽度可略小于上述规定。\n");
  EXPECT_ROLE(units, "输电线路保护区划定", Role::kHeadline);
  for (const char* row : {"1—10千伏5米", "35—110千伏10米", "220千伏15米"}) EXPECT_ROLE(units, row, Role::kIntertitle);
}

// The same under the article's series label (a title / 乡村振兴·教育篇 / 要点速览).
TEST(Classify, LabelUnderTheTitleAndItsSeriesLabelHeadsTheLeadBox) {
  auto units = classify_page(
      "山村小学的新变化\n"
      "\n"
      "乡村振兴·教育篇\n"
      "\n"
      "要点速览\n"
      "\n"
      "三年来，县里投入两千万元改造山村小学，青石村小学的孩子们用上了新教室和电子白板。\n"
      "\n"
      "校长介绍，学校还开设了美术和音乐课，孩子们的课余生活丰富起来。\n");
  EXPECT_ROLE(units, "山村小学的新变化", Role::kHeadline);
  EXPECT_ROLE(units, "乡村振兴", Role::kSeries);
  EXPECT_ROLE(units, "要点速览", Role::kBody);
}

TEST(Classify, SignatureAboveAnAuthorsNoteSignsTheText) {
  // A letter printed whole: its closing, the writer's name set apart, and
  // the author's note. The name signs the text above; it heads nothing.
  const auto units = classify_page(
      "给女儿的一封信\n\n"
      "　　亲爱的女儿：见字如面。爸爸在高原上一切都好，这里的冬天来得早，战友们把营房收拾得暖暖和和。\n\n"
      "　　等到明年春天，爸爸就回家陪你去看花。\n\n"
      "　　敬礼！\n\n"
      "王建国\n\n"
      "　　（作者为某边防部队连长）\n");
  const Unit* name = find(units, "王建国");
  ASSERT_NE(name, nullptr) << dump(units);
  EXPECT_NE(name->role, Role::kHeadline) << dump(units);
  EXPECT_NE(name->role, Role::kByline) << dump(units);
  const Unit* title = find(units, "给女儿的一封信");
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->role, Role::kHeadline) << dump(units);
}

}  // namespace
}  // namespace banmian::classify

namespace banmian::classify {
namespace {

TEST(Classify, LineAtTheFootOfColumnTextOverAHeadlineClosesTheText) {
  // A reader's letter wrapped at the column's measure, signed at its foot
  // (place and name), then the next article's headline printed apart: the
  // signature closes the letter, it heads nothing.
  const auto units = classify_page(
      "笔者认为，村里的图书室要真\n"
      "正办起来，就得有人管、有书\n"
      "看、有地方坐，不能只在门口\n"
      "挂一块牌子了事。\n"
      "浙江嘉兴市 李文华\n"
      "\n"
      "乡村书屋别让牌子落灰\n"
      "\n"
      "本报记者 周立新\n"
      "\n"
      "　　不少地方的农家书屋建成后\n"
      "少有人来，书架上落满灰尘。\n");
  EXPECT_ROLE(units, "浙江嘉兴市", Role::kBody);
  EXPECT_ROLE(units, "乡村书屋别让牌子落灰", Role::kHeadline);
}

TEST(Classify, TitleAtTheFootOfColumnTextOverItsAuthorHeadsAnArticle) {
  // The extractor printed a title at the foot of the text before it, and
  // its author's bare name apart under it: a name signs no text above, so
  // the line is the title of the article the name opens.
  const auto units = classify_page(
      "笔者认为，村里的图书室要真\n"
      "正办起来，就得有人管、有书\n"
      "看、有地方坐，不能只在门口\n"
      "挂一块牌子了事。\n"
      "乡村书屋别让牌子落灰\n"
      "\n"
      "李文华\n"
      "\n"
      "　　不少地方的农家书屋建成后\n"
      "少有人来，书架上落满灰尘。\n");
  EXPECT_ROLE(units, "乡村书屋别让牌子落灰", Role::kHeadline);
}

TEST(Classify, DeckOpeningOnAVerbAndStoppingShortUnderATitleIsAHeadlineLine) {
  // A meeting's title, then printed apart what the meeting did, wrapped
  // at its own measure: it opens on a verb (the title's subject acts) and
  // stops short of the measure with no closing mark. Text ends its
  // sentence; a fragment cut at a column break fills its last line.
  const auto units = classify_page(
      "市政府召开常务会议\n"
      "\n"
      "听取春季植树造林和森林防火工作汇报；审\n"
      "议通过城区老旧小区改造实施方案，推动\n"
      "民生实事落地见效\n"
      "\n"
      "　　本报讯 市政府昨天召开常务会议，研究\n"
      "部署春季植树造林和森林防火等工作。\n");
  EXPECT_ROLE(units, "市政府召开常务会议", Role::kHeadline);
  EXPECT_ROLE(units, "听取春季植树造林", Role::kHeadline);
}

TEST(Classify, FragmentFillingItsLastLineUnderATitleIsText) {
  // The same opening on a verb, but cut at a column break: its last line
  // fills the measure, so it is text, not a deck.
  const auto units = classify_page(
      "市政府召开常务会议\n"
      "\n"
      "听取春季植树造林和森林防火工作汇报，会\n"
      "议要求各区县压实责任，做好防火物资储\n"
      "备和人员值守，确保全市森林资源安全和\n"
      "\n"
      "　　本报讯 市政府昨天召开常务会议，研究\n"
      "部署春季植树造林和森林防火等工作。\n");
  EXPECT_ROLE(units, "听取春季植树造林", Role::kBody);
}

TEST(Classify, ColumnLabelAfterAReprintedParagraphUnderATitleIsItsSeries) {
  // The extractor printed a paragraph of the first article again between
  // the second article's title and the column's name under it: the
  // reprint stands outside the flow, so the name is read under the title.
  const auto units = classify_page(
      "春运路上的守护者\n"
      "\n"
      "　　凌晨五点，火车站的候车大厅里已经人头攒动，志愿者们忙着为旅客指路、搬运行李。\n"
      "\n"
      "　　一位志愿者说，能帮旅客平安回家过年，自己再累也值得。\n"
      "\n"
      "家门口的阅览室\n"
      "\n"
      "　　凌晨五点，火车站的候车大厅里已经人头攒动，志愿者们忙着为旅客指路、搬运行李。\n"
      "\n"
      "基层观察\n"
      "\n"
      "　　村里新开的阅览室就在家门口，孩子们放学后都来阅览室看书写作业。\n"
      "\n"
      "　　阅览室的书是县图书馆配送的，每月更换一次。\n");
  EXPECT_ROLE(units, "家门口的阅览室", Role::kHeadline);
  EXPECT_ROLE(units, "基层观察", Role::kSeries);
}

TEST(Classify, PhraseOfItsOwnAfterACutParagraphIsNoTail) {
  // A few characters after a paragraph cut mid-sentence are its tail only
  // where they end its sentence or read on from its words; a phrase of
  // its own, with a new article's text and byline under it, heads it.
  const auto units = classify_page(
      "　　检查团所到之处，路边立刻变得绿意盎然，只因上边来检查，一夜之间栽满了\n"
      "\n"
      "茶乡新春\n"
      "\n"
      "　　青石村坐落在大山深处，村民们世代以种茶为生。\n"
      "\n"
      "　　本报记者 王明\n"
      "\n"
      "　　清晨的茶园云雾缭绕，采茶的村民早已忙碌起来。\n");
  EXPECT_ROLE(units, "茶乡新春", Role::kHeadline);
}

TEST(Classify, PredicateAfterACutParagraphIsItsTail) {
  // A few characters opening on a verb after a paragraph cut mid-sentence
  // read on from its subject (……在建规模 / 增长较多): its tail, not a headline.
  const auto units = classify_page(
      "　　去年全市工业运行平稳，效益有所回升，企业亏损面收窄，重点项目在建规模\n"
      "\n"
      "增长较多\n"
      "\n"
      "　　今年一季度，全市规模以上工业增加值同比增长百分之六。\n");
  EXPECT_ROLE(units, "增长较多", Role::kBody);
}

TEST(Classify, TwoLineHeadBuiltAsTheRoundUpsFirstIsItsNextSection) {
  // A round-up under one headline heads each report with two lines; the
  // first head, under the bylines, has a line set in with a paragraph
  // indent. A later pair of the same build, with text and no byline or
  // dateline under it, heads the next report, whatever its subject.
  const auto units = classify_page(
      "市人大常委会审议三份年度报告\n"
      "\n"
      "本报记者 王小明\n"
      "\n"
      "　　公园改造工程进展顺利\n"
      "\n"
      "十座公园春节前开放\n"
      "\n"
      "3月5日，市园林局局长在会上报告了去年公园改造工程的进展，全市共有十座公园完成改造。\n"
      "\n"
      "改造后的公园新增绿地和步道，游客可以在湖边散步、赏花。园林局表示，春节前将全部开放。\n"
      "\n"
      "市审计局专项审计显示\n"
      "\n"
      "九成项目资金已经到位\n"
      "\n"
      "审计人员抽查了一百二十家施工企业的账目，少数单位拖欠农民工工资，涉及金额八百多万元。\n"
      "\n"
      "对于挪用专款的责任人，纪检部门已经立案调查，欠薪企业须在月底前结清全部款项。\n");
  EXPECT_ROLE(units, "市审计局专项审计显示", Role::kIntertitle);
  EXPECT_ROLE(units, "九成项目资金已经到位", Role::kIntertitle);
}

TEST(Classify, LineListedWithAnotherSectionHeadInAParagraphIsAnIntertitle) {
  // A line between paragraphs on different subjects, sharing no words with
  // the text above it: yet a paragraph lists it (、) with another short
  // line standing alone on the page, so both head sections of the feature
  // that paragraph leads, wherever the extractor printed them.
  const auto units = classify_page(
      "　　码头上集装箱堆积如山，外贸企业的订单比去年增加了三成，港口吞吐量创下新高。\n"
      "\n"
      "推动乡村医疗服务升级\n"
      "\n"
      "　　镇卫生院新添了两台彩超，村民在家门口就能看上专家门诊，不必再跑进城里。\n"
      "\n"
      "　　去年以来，全县在扩大对外贸易、推动乡村医疗服务升级、改善农村道路交通上下功夫，成效明显。\n"
      "\n"
      "改善农村道路交通\n"
      "\n"
      "　　新修的柏油路通到了每个村口，客运班车一天往返六趟，农产品运出山更方便了。\n");
  EXPECT_ROLE(units, "推动乡村医疗服务升级", Role::kIntertitle);
}

TEST(Classify, LineOpeningAsTheParallelParagraphsAboveIsTheirNextFirstLine) {
  // Paragraphs set in parallel open with the same clause; a short line
  // after them that opens with it too, cut off mid-clause, is the first
  // line of the next such paragraph, not a headline.
  const auto units = classify_page(
      "办好民生实事\n"
      "\n"
      "　　办好民生实事，要把群众的急难愁盼放在心上，一件一件抓落实，让群众看到实实在在的变化。\n"
      "\n"
      "　　办好民生实事，要坚持尽力而为、量力而行，不开空头支票，不搞形象工程。\n"
      "\n"
      "　　办好民生实事，要请群众参与评判，把满意不满意的选择权交给群众。\n"
      "\n"
      "办好民生实事，要健全长效机制，切实\n"
      "\n"
      "社区食堂开进居民楼\n"
      "\n"
      "　　城西的李大爷今年七十多岁，如今社区食堂开到了楼下，他每天都来这里吃饭。\n");
  EXPECT_ROLE(units, "办好民生实事，要健全长效机制", Role::kBody);
  EXPECT_ROLE(units, "社区食堂开进居民楼", Role::kHeadline);
}

TEST(Classify, GenreLabelOverATitleBetweenParagraphsHeadsAPartOfTheArticle) {
  // A genre's name over a title between paragraphs, with no author line
  // under them, heads the piece the reporter appended to the report above
  // (the reporter's notes): intertitles of that article, whatever the
  // words the text under them shares with the text above. A column piece
  // of its own is read title first, its label under it.
  const auto units = classify_page(
      "　　张明说，明年他还要把合作社的经验带到邻近的几个乡镇，让更多果农尝到甜头。\n"
      "\n"
      "记者手记\n"
      "\n"
      "脚下沾泥才懂民情\n"
      "\n"
      "　　采访那天下着小雨，山路泥泞难行，车子开不上去，我们只好步行进村。\n"
      "\n"
      "　　一路上，村民们三三两两地打着招呼，说起这些年的变化，脸上都挂着笑。\n"
      "\n"
      "冬日里的书香\n"
      "\n"
      "读书札记\n"
      "\n"
      "　　窗外飘着雪，炉火烧得正旺，翻开一本旧书，仿佛又回到了少年时光。\n");
  EXPECT_ROLE(units, "记者手记", Role::kIntertitle);
  EXPECT_ROLE(units, "脚下沾泥才懂民情", Role::kIntertitle);
  EXPECT_ROLE(units, "冬日里的书香", Role::kHeadline);
}

}  // namespace
}  // namespace banmian::classify
