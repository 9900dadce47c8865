// Tests of the whole engine on small made-up pages: repairs reported in the
// tree (joins, moves, drops, attachments), flags on body items, options that
// turn repairs off, and bad options.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <banmian/banmian.hpp>

#include "text/normalize.hpp"

namespace banmian {
namespace {

using Strings = std::vector<std::string>;

ArticleTree recover(const std::string& content, const Options& options = {}) {
  auto engine = Engine::create(options);
  EXPECT_TRUE(engine.ok()) << engine.status().to_string();
  auto tree = engine->recover_text(content, InputFormat::kText, "page.txt");
  EXPECT_TRUE(tree.ok()) << tree.status().to_string();
  return tree.ok() ? std::move(tree).value() : ArticleTree{};
}

// Returns the body paragraph holding `needle`, or nullptr.
const BodyItem* paragraph_with(const ArticleTree& tree, const std::string& needle, int* article = nullptr) {
  for (const Article& a : tree.articles)
    for (const BodyItem& b : a.body)
      if (text::strip_space(b.text).find(needle) != std::string::npos) {
        if (article) *article = a.id;
        return &b;
      }
  return nullptr;
}

int count_in_bodies(const ArticleTree& tree, const std::string& needle) {
  int n = 0;
  for (const Article& a : tree.articles)
    for (const BodyItem& b : a.body) {
      const std::string t = text::strip_space(b.text);
      for (std::size_t p = t.find(needle); p != std::string::npos; p = t.find(needle, p + 1)) ++n;
    }
  return n;
}

// A page with every defect of a real one: a sentence cut across columns, a
// tail far away from its paragraph, a tail before its own article's headline,
// an exact and a truncated duplicate, a QR caption, a photo story, furniture.
const char* const kPage =
    "滨江日报 2024年3月8日 星期五 A05\n"                              // 0
    "\n"
    "青年创业大赛初评结果公布\n"                                        // 1
    "\n"
    "滨江晚报3月8日讯（全媒体记者 周海涛）记者从县青年创业大赛组委会获悉，"
    "大赛网络初评结果已经公示，共有九十个项目进入复评阶段。\n"          // 2
    "\n"
    "去年秋天，为了吸引更多青年人才回乡创业，打造在全省叫得响的青年创业品牌，"
    "县里举办了首届青年创业大赛，为参赛项目提供场地、资金和导师等一条龙服务。\n"  // 3
    "\n"
    "根据大赛安排，报名自三月一日开始，至四月十日截止，全县共有326\n"  // 4
    "\n"
    "油菜花开满山坡\n"                                                  // 5
    "\n"
    "3月7日，游客在青石村的油菜花田里拍照。连片的油菜花沿山势铺开，金黄一片，吸引了不少市民前来踏青。\n"  // 6
    "\n"
    "本报记者 唐晓光 摄\n"                                              // 7
    "\n"
    "老旧小区加装电梯补贴可申报\n"                                      // 8
    "\n"
    "每部电梯最高补贴二十万元\n"                                        // 9
    "\n"
    "申请加装的小区发放十五万元补贴。\n"                                // 10
    "\n"
    "申请对象为2000年以前建成、没有电梯的四层及以上住宅，加装须经本单元三分之二以上业主同意，"
    "并由具备资质的单位设计施工。\n"                                     // 11
    "\n"
    "市住建局相关负责人介绍，补贴资金分两次拨付。电梯验收合格后，将为每个\n"  // 12
    "\n"
    "个青年创业项目报名参赛。四月中旬起，组委会组织专家对参赛项目进行了资格审核和网络初评。\n"  // 13
    "\n"
    "去年秋天，为了吸引更多青年人才回乡创业，打造在全省叫得响的创业大赛。\n"  // 14
    "\n"
    "接下来，复评将从各组别选取排名前十的项目进入现场决赛，决赛定于六月上旬举行。\n"  // 15
    "\n"
    "扫二维码\n"
    "看复评名单\n"                                                      // 16
    "\n"
    "责任编辑：赵大伟\n";                                               // 17

TEST(Engine, TreeHasOneArticlePerStoryInReadingOrder) {
  ArticleTree tree = recover(kPage);
  ASSERT_EQ(tree.articles.size(), 3u);
  EXPECT_EQ(tree.articles[0].headline.title, "青年创业大赛初评结果公布");
  EXPECT_EQ(tree.articles[1].headline.title, "油菜花开满山坡");
  EXPECT_EQ(tree.articles[2].headline.sources, (std::vector<int>{8, 9}));
  EXPECT_EQ(tree.source.blocks, 18);
  EXPECT_EQ(tree.source.name, "page.txt");
}

// The news line is the title, the detail line under it a subtitle; today the
// engine makes the first of two unsized headline lines a kicker.
// A line with no verb over a title that has one sets the scene: the kicker.
TEST(Engine, VerblessLineOverATitleIsItsKicker) {
  ArticleTree tree = recover(
      "滨江老街\n"
      "\n"
      "修旧如旧，老房子焕发新生机\n"
      "\n"
      "本报讯 历时两年的滨江老街改造工程日前完工，一百多栋老房子经过修缮，重新对市民开放。\n");
  ASSERT_EQ(tree.articles.size(), 1u);
  const Headline& h = tree.articles[0].headline;
  EXPECT_EQ(h.kicker, "滨江老街");
  EXPECT_EQ(h.title, "修旧如旧，老房子焕发新生机");
  EXPECT_TRUE(h.subtitles.empty());
}

// A single word over a headline line names no scene: it labels what
// follows, the title, with the line under it as its subtitle.
TEST(Engine, SingleWordOverAHeadlineLineIsTheTitle) {
  ArticleTree tree = recover(
      "回音\n"
      "\n"
      "小区门前的积水问题解决了\n"
      "\n"
      "本报讯 本报上月刊登读者来信反映滨江小区门前雨后积水，市政部门日前已疏通排水管道，积水问题得到解决。\n");
  ASSERT_EQ(tree.articles.size(), 1u);
  const Headline& h = tree.articles[0].headline;
  EXPECT_EQ(h.kicker, "");
  EXPECT_EQ(h.title, "回音");
}

// A line opening on a verb under a line naming a meeting lists the
// meeting's business: the meeting is the title, the line its subtitle.
TEST(Engine, BusinessUnderAMeetingsLineIsItsSubtitle) {
  ArticleTree tree = recover(
      "市政府召开第十二次常务会议\n"
      "\n"
      "审议老旧小区改造方案\n"
      "\n"
      "本报讯 全市老旧小区改造方案昨天经审议通过，首批老旧小区改造将于下月启动。\n");
  ASSERT_EQ(tree.articles.size(), 1u);
  const Headline& h = tree.articles[0].headline;
  EXPECT_EQ(h.kicker, "");
  EXPECT_EQ(h.title, "市政府召开第十二次常务会议");
  EXPECT_EQ(h.subtitles, (Strings{"审议老旧小区改造方案"}));
}

TEST(Engine, DetailLineUnderTheTitleIsASubtitle) {
  ArticleTree tree = recover(kPage);
  ASSERT_EQ(tree.articles.size(), 3u);
  const Headline& h = tree.articles[2].headline;
  EXPECT_EQ(h.kicker, "");
  EXPECT_EQ(h.title, "老旧小区加装电梯补贴可申报");
  EXPECT_EQ(h.subtitles, (Strings{"每部电梯最高补贴二十万元"}));
}

TEST(Engine, FarTailIsJoinedAndFlaggedMoved) {
  ArticleTree tree = recover(kPage);
  int article = 0;
  const BodyItem* p = paragraph_with(tree, "全县共有326个青年创业项目报名参赛。", &article);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->sources, (std::vector<int>{4, 13}));
  EXPECT_TRUE(p->flags & kJoined);
  EXPECT_TRUE(p->flags & kMoved);
  EXPECT_EQ(article, 1);
  const bool reported = std::any_of(tree.repairs.begin(), tree.repairs.end(), [](const Repair& r) {
    return r.op == "join" && r.sources == std::vector<int>{4, 13} && !r.why.empty();
  });
  EXPECT_TRUE(reported);
}

TEST(Engine, TailBeforeItsOwnHeadlineIsJoinedAndMoved) {
  ArticleTree tree = recover(kPage);
  int article = 0;
  const BodyItem* p = paragraph_with(tree, "将为每个申请加装的小区发放十五万元补贴。", &article);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->sources, (std::vector<int>{12, 10}));
  EXPECT_TRUE(p->flags & kJoined);
  EXPECT_TRUE(p->flags & kMoved);
  EXPECT_EQ(article, 3);
  // The tail is the last paragraph of its article, not the first.
  EXPECT_EQ(&tree.articles[2].body.back(), p);
}

// A short line printed between a paragraph cut mid-sentence and the rest of
// that sentence (……的责任扛 / 用好乡村闲置土地 / 起来，……) is no intertitle of
// that text: it heads an article of its own. The line signing the text above
// it (——县委书记……上说) and the credit under it stay with that text.
TEST(Engine, LineInsideACutSentenceHeadsAnArticleOfItsOwn) {
  const std::string page =
      "滨江日报 2024年3月8日 星期五 A05\n\n"
      "把作风建设抓在日常严在经常\n\n"
      "作风建设永远在路上。全县各级干部要把作风建设放在突出位置，从群众最不满意的地方改起，"
      "从群众最期盼的事情抓起，以作风建设的新成效取信于民。\n\n"
      "抓作风建设，关键在干部。各级领导干部要带头转变作风，深入基层调查研究，帮助群众解决实际困难，"
      "让群众真切感受到作风建设带来的变化。各级领导干部要把作风建设的责任扛\n\n"
      "用好乡村闲置土地\n\n"
      "起来，坚持问题导向，抓好作风建设各项任务落实，以作风建设的实际成效推动全县各项工作再上新台阶。\n\n"
      "——县委书记王明近日在全县作风建设工作会议上说\n\n"
      "（本报记者 李华 整理）\n\n"
      "村里的闲置土地怎么用？近年来，不少地方把荒废的宅基地和边角地收拢起来，统一规划，"
      "建起了菜园、果园和小游园，闲置土地变成了增收致富的好资源。\n\n"
      "闲置土地用起来，关键在规划。各地要摸清闲置土地的底数，因地制宜确定用途，"
      "既要防止乱占乱建，又要让土地发挥最大效益。\n\n"
      "（作者为县农业农村局干部）\n";
  ArticleTree tree = recover(page);
  ASSERT_EQ(tree.articles.size(), 2u);
  EXPECT_EQ(tree.articles[1].headline.title, "用好乡村闲置土地");
  int article = 0;
  ASSERT_NE(paragraph_with(tree, "责任扛起来，坚持问题导向", &article), nullptr);
  EXPECT_EQ(article, 1);
  ASSERT_NE(paragraph_with(tree, "（本报记者李华整理）", &article), nullptr);
  EXPECT_EQ(article, 1);
  ASSERT_NE(paragraph_with(tree, "村里的闲置土地怎么用？", &article), nullptr);
  EXPECT_EQ(article, 2);
  // The signature comes with the text it signs, under the first headline.
  bool signed_first = false;
  for (const BodyItem& b : tree.articles[0].body)
    signed_first = signed_first || text::strip_space(b.text).find("——县委书记王明") != std::string::npos;
  EXPECT_TRUE(signed_first);
}

// A paragraph's tail printed under another article's text, an intertitle
// and more text of its own article after it (……拆除的12 / [another article] /
// 座老房子…… / 老街人气越来越旺 / ……): the tail moves after its end and takes
// the intertitle and the text after it along, up to its article's credit.
// The other article's text is all above the tail.
TEST(Engine, TailUnderAnotherArticlesTextTakesItsIntertitlesAlong) {
  const std::string page =
      "滨江日报 2024年3月8日 星期五 A05\n\n"
      "老街改造留住城市记忆\n\n"
      "城东老街改造工程日前完工。改造中，施工方保留了老街原有的青石板路和木结构店铺，对破损的门窗按原样修复，让老街既有新面貌，又留住了老味道。\n\n"
      "老街改造前，居民和商户多次参与方案讨论。施工方根据大家的意见，调整了排水管道的走向，把原本要拆除的12\n\n"
      "社区食堂开进居民楼\n\n"
      "本报记者 李华\n\n"
      "城西的李大爷今年七十多岁，子女都在外地工作。以前一日三餐都要自己做，如今社区食堂开到了楼下，李大爷每天都来这里吃饭。\n\n"
      "社区食堂由街道和一家餐饮企业合办，每天供应三餐，老人凭卡就餐还能享受优惠。开业半年来，食堂每天接待老人两百多人次。\n\n"
      "座老房子保留了下来，改造成老街展览馆，向游客讲述老街改造前后的故事。\n\n"
      "老街人气越来越旺\n\n"
      "老街的店铺大多是百年老店。改造时，施工方请来老师傅，用传统工艺修复雕花门窗和屋檐，修旧如旧，不改老街原有的风貌。\n\n"
      "改造后的老街吸引了不少游客。不少商户说，老街人气旺了，生意也越来越好。\n\n"
      "（本报记者 王明）\n";
  ArticleTree tree = recover(page);
  ASSERT_EQ(tree.articles.size(), 2u);
  int article = 0;
  ASSERT_NE(paragraph_with(tree, "拆除的12座老房子", &article), nullptr);
  EXPECT_EQ(article, 1);
  ASSERT_NE(paragraph_with(tree, "老街的店铺大多是百年老店", &article), nullptr);
  EXPECT_EQ(article, 1);
  ASSERT_NE(paragraph_with(tree, "（本报记者王明）", &article), nullptr);
  EXPECT_EQ(article, 1);
  ASSERT_NE(paragraph_with(tree, "食堂每天接待老人两百多人次", &article), nullptr);
  EXPECT_EQ(article, 2);
  bool intertitle = false;
  for (const BodyItem& b : tree.articles[0].body)
    intertitle = intertitle || (b.type == BodyType::kHeading && text::strip_space(b.text) == "老街人气越来越旺");
  EXPECT_TRUE(intertitle);
}

// Column tails of two articles printed together under a third article's
// headline, before that article's dateline (the headline goes down to its
// dateline's text): the tails open on fresh sentences, so nothing at the
// cuts joins them, and they would make an article of their own. Each
// dangling article takes the run of tail paragraphs that fits its text.
TEST(Engine, StrayTailsOfTwoArticlesGoToTheArticlesTheyFit) {
  const std::string page =
      "滨江日报 2024年3月8日 星期五 A05\n\n"
      "县长会见来访的农业专家团\n\n"
      "提高茶叶的品牌价值和市场竞争力。\n\n"
      "县农业农村局表示，今年将继续加大对茶叶种植户的扶持力度，推广绿色种植技术，帮助茶农增收致富。\n\n"
      "读者可以在网上预约图书馆的阅览座位，也可以通过手机借阅图书馆的电子图书。\n\n"
      "图书馆每天开放十二个小时，节假日照常开放。\n\n"
      "滨江晚报3月8日讯（记者 王明）县长李华昨天在县政府会见了来访的省农业专家团，双方就农业科技合作进行了交流。\n\n"
      "李华表示，欢迎农业专家团常来县里走走看看，为全县农业发展出谋划策。\n\n"
      "茶叶产业带动茶农增收\n\n"
      "滨江晚报3月8日讯 今年以来，全县茶叶种植面积达到两万亩，茶叶产值同比增长百分之十五。\n\n"
      "县委书记在茶叶基地调研时指出，茶叶产业要坚持以市场为导向，\n\n"
      "新图书馆下月对外开放\n\n"
      "滨江晚报3月8日讯 位于城东新区的县图书馆新馆主体工程已经完工，将于下月正式对外开放。\n\n"
      "新馆建筑面积一万平方米，设有少儿阅览区、电子阅览区和自习区。图书馆负责人介绍，\n";
  ArticleTree tree = recover(page);
  ASSERT_EQ(tree.articles.size(), 3u);
  for (const Article& a : tree.articles) EXPECT_FALSE(a.headline.title.empty());
  int article = 0;
  const BodyItem* tea = paragraph_with(tree, "要坚持以市场为导向，提高茶叶的品牌价值和市场竞争力。", &article);
  ASSERT_NE(tea, nullptr);
  EXPECT_EQ(article, 2);
  EXPECT_TRUE(tea->flags & kJoined);
  EXPECT_FALSE(tea->flags & kIncompleteEnd);
  ASSERT_NE(paragraph_with(tree, "帮助茶农增收致富", &article), nullptr);
  EXPECT_EQ(article, 2);
  ASSERT_NE(paragraph_with(tree, "图书馆负责人介绍，读者可以在网上预约", &article), nullptr);
  EXPECT_EQ(article, 3);
  ASSERT_NE(paragraph_with(tree, "节假日照常开放", &article), nullptr);
  EXPECT_EQ(article, 3);
  EXPECT_EQ(&tree.articles[2].body.back(), paragraph_with(tree, "节假日照常开放"));
  const bool reported = std::any_of(tree.repairs.begin(), tree.repairs.end(), [](const Repair& r) {
    return r.op == "join" && r.article == 2 && !r.why.empty();
  });
  EXPECT_TRUE(reported);
}

// Whole paragraphs printed apart, above the headline of the article whose
// text they share (脐橙 here), with nothing of their own around them: that
// article's last paragraphs carried to another column. They go to its end.
TEST(Engine, StrayParagraphsBeforeAHeadlineGoToTheEndOfTheArticleTheyFit) {
  const std::string page =
      "滨江日报 2024年3月8日 星期五 A05\n\n"
      "村里的果园今年又获丰收，果农们把一筐筐脐橙运下山，脐橙的收购价比去年高出两成。\n\n"
      "果园负责人说，明年还要扩大脐橙种植面积，让更多果农靠种植脐橙增收。\n\n"
      "县图书馆新馆下月开放\n\n"
      "滨江晚报3月8日讯 位于城东新区的县图书馆新馆主体工程已经完工，将于下月正式对外开放。\n\n"
      "新馆建筑面积一万平方米，设有少儿阅览区、电子阅览区和自习区，读者可以在网上预约阅览座位。\n\n"
      "山村脐橙卖出好价钱\n\n"
      "滨江晚报3月8日讯 青石村的脐橙今年喜获丰收，全村脐橙种植户户均增收两万元。\n\n"
      "村党支部书记介绍，村里请来农业专家指导果农种植脐橙，脐橙的品质年年提高。\n";
  ArticleTree tree = recover(page);
  ASSERT_EQ(tree.articles.size(), 2u);
  int article = 0;
  ASSERT_NE(paragraph_with(tree, "村里的果园今年又获丰收", &article), nullptr);
  EXPECT_EQ(article, 2);
  const BodyItem* last = paragraph_with(tree, "让更多果农靠种植脐橙增收。", &article);
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(article, 2);
  EXPECT_EQ(&tree.articles[1].body.back(), last);
  EXPECT_TRUE(last->flags & kMoved);
  ASSERT_NE(paragraph_with(tree, "读者可以在网上预约阅览座位", &article), nullptr);
  EXPECT_EQ(article, 1);
}

// An intertitle that punctuates clauses (A，B) is reported as a paragraph by
// default, as the expected trees of the reference corpus have it; the option
// punctuated_intertitles keeps it a heading. A phrase intertitle stays a
// heading either way.
TEST(Engine, PunctuatedIntertitleIsAParagraphUnlessTheOptionKeepsIt) {
  const std::string page =
      "山区小学迎来新校舍\n\n"
      "本报讯（记者 刘青）新学期开学，青石镇中心小学的孩子们搬进了新教学楼，教室宽敞明亮，操场铺上了塑胶跑道。\n\n"
      "老校舍建于上世纪八十年代，年久失修，一到雨天就漏水。去年，镇里多方筹集资金，在原址上重建了教学楼。\n\n"
      "多方筹资，旧校舍换新颜\n\n"
      "新教学楼共四层，设有二十个教室和图书室、科学实验室。镇里还为学校配齐了多媒体教学设备。\n\n"
      "孩子们笑声多了\n\n"
      "搬进新校舍后，孩子们最喜欢去图书室看书。校长说，学校还打算开设书法和美术兴趣班。\n";
  const auto type_of = [](const ArticleTree& tree, const std::string& text) {
    for (const Article& a : tree.articles)
      for (const BodyItem& b : a.body)
        if (text::strip_space(b.text) == text) return b.type == BodyType::kHeading ? "heading" : "paragraph";
    return "missing";
  };
  ArticleTree tree = recover(page);
  ASSERT_EQ(tree.articles.size(), 1u);
  EXPECT_STREQ(type_of(tree, "多方筹资，旧校舍换新颜"), "paragraph");
  EXPECT_STREQ(type_of(tree, "孩子们笑声多了"), "heading");
  Options keep;
  keep.punctuated_intertitles = true;
  tree = recover(page, keep);
  ASSERT_EQ(tree.articles.size(), 1u);
  EXPECT_STREQ(type_of(tree, "多方筹资，旧校舍换新颜"), "heading");
  EXPECT_STREQ(type_of(tree, "孩子们笑声多了"), "heading");
}

// An article printed with its last paragraphs right under its title, then
// its dash subtitle and series label, then its opening, which stops
// mid-sentence at its last line (title / ……tail / ——写在…… / label /
// opening ……对各个): the subtitle and the label go back into the headline,
// the text opens on the opening, and the tail follows the end it continues.
TEST(Engine, TailBetweenTitleAndDisplacedSubtitleFollowsTheOpening) {
  const std::string page =
      "滨江日报 2024年3月8日 星期五 A05\n\n"
      "用汗水浇灌乡村振兴之花\n\n"
      "果园的后续管护，体现着青石村果农把果园做长做久的打算；越来越多返乡青年走进果园，撑起了青石村果园的新天地。\n\n"
      "果园从无到有，靠的是青石村一代又一代果农的汗水，也靠返乡青年带来的新技术，青石村果园越办越红火。\n\n"
      "——写在青石村果园建成十周年之际\n\n"
      "乡村笔记\n\n"
      "青石村果园建成十周年之际，果农们在果园里举办了丰收节，返乡青年和老果农一起采摘果子，讲述果园十年来的变化。\n\n"
      "十年前，青石村还是远近闻名的穷村。青石村请来农技专家，带着果农平整荒坡，种下第一批果树，果园一年比一年兴旺。"
      "如今，果园的果子卖到了省城，返乡青年建起了冷库，对各个\n\n"
      "社区食堂开进居民楼\n\n"
      "城西的李大爷今年七十多岁，子女都在外地工作。以前一日三餐都要自己做，如今社区食堂开到了楼下，李大爷每天都来这里吃饭。\n\n"
      "社区食堂由街道和一家餐饮企业合办，每天供应三餐，老人凭卡就餐还能享受优惠。开业半年来，食堂每天接待老人两百多人次。\n\n"
      "街道负责人说，下一步将在更多小区开设社区食堂，让更多老人在家门口吃上热乎饭。\n";
  ArticleTree tree = recover(page);
  ASSERT_EQ(tree.articles.size(), 2u);
  const Article& a = tree.articles[0];
  EXPECT_EQ(a.headline.title, "用汗水浇灌乡村振兴之花");
  EXPECT_EQ(a.headline.subtitles, (Strings{"——写在青石村果园建成十周年之际"}));
  EXPECT_EQ(a.series.value_or(""), "乡村笔记");
  ASSERT_FALSE(a.body.empty());
  EXPECT_EQ(text::strip_space(a.body.front().text).rfind("青石村果园建成十周年之际，果农们", 0), 0u);
  int article = 0;
  const BodyItem* joined = paragraph_with(tree, "对各个果园的后续管护", &article);
  ASSERT_NE(joined, nullptr);
  EXPECT_EQ(article, 1);
  EXPECT_NE(text::strip_space(a.body.back().text).find("青石村果园越办越红火。"), std::string::npos);
}

// A series label set under an article's title (title / 乡村手记 / text)
// names that article's column, though its words are more of the article
// before.
TEST(Engine, SeriesLabelUnderATitleStaysWithItsArticle) {
  const std::string page =
      "滨江日报 2024年3月8日 星期五 A05\n\n"
      "青石村果园喜获丰收\n\n"
      "本报讯 青石村果园今年喜获丰收，乡村道路上运果子的货车排起了长队。乡村旅游也跟着火了起来，不少城里人专程来乡村采摘。\n\n"
      "果农们说，乡村振兴让乡村变了样，乡村里的年轻人也越来越多了。\n\n"
      "老人食堂开进村委会\n\n"
      "乡村手记\n\n"
      "村委会一楼的老人食堂每天中午都很热闹。七十多岁的王大爷说，以前一日三餐都要自己做，如今食堂开到了家门口，每天都来这里吃饭。\n\n"
      "食堂由村集体和一家餐饮企业合办，每天供应午饭和晚饭，老人凭卡就餐还能享受优惠。\n";
  ArticleTree tree = recover(page);
  ASSERT_EQ(tree.articles.size(), 2u);
  EXPECT_FALSE(tree.articles[0].series.has_value());
  EXPECT_EQ(tree.articles[1].series.value_or(""), "乡村手记");
}

// A title wrapped over two lines of its own block (……老年食 / 堂) over a
// short piece that ends a sentence (的服务。) heads its article: the piece is
// the rest of a sentence cut elsewhere (……提供更为优质), not of the title.
TEST(Engine, WrappedTitleOverAFragmentHeadsItsArticle) {
  const std::string page =
      "滨江日报 2024年3月8日 星期五 A05\n\n"
      "青石村果园喜获丰收\n\n"
      "本报讯 青石村果园今年喜获丰收，乡村道路上运果子的货车排起了长队。乡村旅游也跟着火了起来，不少城里人专程来乡村采摘。\n\n"
      "果农们说，果园明年还要扩建采摘区，修好停车场和游客中心，请来农技专家指导果农管护果树，为前来采摘的游客提供更为优质\n\n"
      "城西社区老年食\n堂\n\n"
      "的服务。\n\n"
      "城西的李大爷今年七十多岁，子女都在外地工作。以前一日三餐都要自己做，如今社区食堂开到了楼下，李大爷每天都来这里吃饭。\n\n"
      "社区食堂由街道和一家餐饮企业合办，每天供应三餐，老人凭卡就餐还能享受优惠。\n";
  ArticleTree tree = recover(page);
  ASSERT_EQ(tree.articles.size(), 2u);
  EXPECT_EQ(tree.articles[1].headline.title, "城西社区老年食堂");
  int article = 0;
  ASSERT_NE(paragraph_with(tree, "提供更为优质的服务。", &article), nullptr);
  EXPECT_EQ(article, 1);
}

// Names run together under a headline (two names, no space or 、 between
// them, no role word) name no one for certain; nothing else makes the line a
// byline, so it stays in the text as a paragraph. A single name there is the
// author's byline.
TEST(Engine, RunTogetherNamesWithoutARoleWordStayText) {
  const std::string page =
      "山村小学的新年\n\n"
      "周建国刘海燕\n\n"
      "元旦前夕，记者来到山区的一所村小。教室里，孩子们正在排练新年联欢会的节目。\n\n"
      "学校的老师说，今年学校新添了图书室，孩子们的课余生活丰富多了。\n\n"
      "河边的冬天\n\n"
      "周建国\n\n"
      "冬天的河边很安静，只有几只水鸟在浅滩上觅食，远处的山峦披上了一层薄雪。\n\n"
      "老人们说，这条河养育了两岸几代人，如今河水比从前更清了。\n";
  ArticleTree tree = recover(page);
  ASSERT_EQ(tree.articles.size(), 2u);
  for (const Byline& b : tree.articles[0].bylines) EXPECT_NE(text::strip_space(b.text), "周建国刘海燕");
  const BodyItem* names = paragraph_with(tree, "周建国刘海燕");
  ASSERT_NE(names, nullptr);
  EXPECT_EQ(names->type, BodyType::kParagraph);
  EXPECT_EQ(text::strip_space(names->text), "周建国刘海燕");
  ASSERT_EQ(tree.articles[1].bylines.size(), 1u);
  EXPECT_EQ(tree.articles[1].bylines[0].names, Strings{"周建国"});
}

// A numbered list cut by a tail printed above its end: rules whose items
// (（三）地下停车 / ……库、……) break across a column, the rest of the list
// (（四）……, 第五条……, （一）……, （二）……) printed under the tail. The text after
// the end goes on with the next item (（三）及时……): the earlier items move
// with the tail, in their order, articles numbered 第四条 to 第六条.
TEST(Engine, EarlierItemsOfAListMoveWithItsTail) {
  const std::string page =
      "滨江日报 2024年3月8日 星期五 A05\n\n"
      "滨江市住宅小区停车管理办法\n\n"
      "防设施、机械式立体停车库和电动汽车充电桩。\n\n"
      "（四）临时停车点：小区出入口附近划定的临时停放区域。\n\n"
      "第五条停车管理单位应当履行下列职责：\n\n"
      "（一）维护小区内的停车秩序；\n\n"
      "（二）保持停车设施完好、标志清晰；\n\n"
      "第一条为了加强住宅小区停车管理，维护业主的合法权益，根据有关法律法规，制定本办法。\n\n"
      "第二条本办法适用于本市行政区域内住宅小区的停车管理活动。\n\n"
      "第三条区住房和城乡建设部门负责本辖区内住宅小区停车管理的指导和监督工作。\n\n"
      "第四条本办法所称停车设施包括：\n\n"
      "（一）地面停车位；\n\n"
      "（二）占用小区道路设置的停车泊位；\n\n"
      "（三）地下停车场及其配套的照明、消\n\n"
      "（三）及时处理业主的停车纠纷和投诉。\n\n"
      "第六条本办法自发布之日起施行。\n";
  ArticleTree tree = recover(page);
  ASSERT_EQ(tree.articles.size(), 1u);
  Strings heads;
  for (const BodyItem& b : tree.articles[0].body) heads.push_back(text::strip_space(b.text).substr(0, 12));
  const Strings expected{"第一条", "第二条", "第三条", "第四条", "（一）地", "（二）占", "（三）地", "（四）临",
                         "第五条", "（一）维", "（二）保", "（三）及", "第六条"};
  ASSERT_EQ(heads.size(), expected.size());
  for (std::size_t k = 0; k < heads.size(); ++k) EXPECT_EQ(heads[k].rfind(expected[k], 0), 0u) << k << " " << heads[k];
}

// A label and its value set apart between two paragraphs (垃圾分类：……) state
// a fact of the text: a paragraph of its own, neither an intertitle nor the
// start of the paragraph after it.
TEST(Engine, LabelLineBetweenParagraphsIsText) {
  const std::string page =
      "小区垃圾分类见成效\n\n"
      "本报讯（记者 张文）走进城东花园小区，记者看到每栋楼下都摆放着四色垃圾桶，居民们提着分好类的垃圾袋依次投放。\n\n"
      "小区物业经理介绍，垃圾分类推行一年来，居民的分类投放准确率从不到三成提高到九成以上，小区每天的垃圾量也减少了两成。\n\n"
      "垃圾分类：干湿分开投放\n\n"
      "居民王阿姨说，刚开始大家都不习惯，志愿者每天在垃圾桶旁指导，慢慢地大家都学会了垃圾分类，现在小区环境越来越好。\n\n"
      "志愿者队伍由小区居民自发组成，每天早晚两个时段在垃圾桶旁值守，帮助居民把垃圾分类投放到位。\n";
  ArticleTree tree = recover(page);
  ASSERT_EQ(tree.articles.size(), 1u);
  const BodyItem* label = paragraph_with(tree, "垃圾分类：干湿分开投放");
  ASSERT_NE(label, nullptr);
  EXPECT_EQ(label->type, BodyType::kParagraph);
  EXPECT_EQ(text::strip_space(label->text), "垃圾分类：干湿分开投放");
}

// A spliced copy (head and tail of a paragraph) far from its original is junk.
TEST(Engine, TruncatedDuplicateIsDroppedAndReported) {
  ArticleTree tree = recover(kPage);
  EXPECT_EQ(count_in_bodies(tree, "打造在全省叫得响的创业大赛。"), 0);
  auto it = std::find_if(tree.dropped.begin(), tree.dropped.end(),
                         [](const Dropped& d) { return d.sources == std::vector<int>{14}; });
  ASSERT_NE(it, tree.dropped.end());
  EXPECT_EQ(it->reason, "duplicate");
  EXPECT_EQ(it->duplicate_of, (std::vector<int>{3}));
  EXPECT_GT(it->similarity, 0.5);
  EXPECT_LE(it->similarity, 1.0);
}

// The caption goes to the article of the paragraph before it in the input,
// which flow moved into article 1.
TEST(Engine, QrCaptionAttachesToTheArticleItFollows) {
  ArticleTree tree = recover(kPage);
  ASSERT_FALSE(tree.articles.empty());
  // The QR caption's article is the contest one: its list of 复评 projects.
  const Article& contest = tree.articles[0];
  ASSERT_EQ(contest.captions.size(), 1u);
  EXPECT_EQ(contest.captions[0].type, CaptionType::kQr);
  EXPECT_EQ(contest.captions[0].sources, (std::vector<int>{16}));
  EXPECT_EQ(count_in_bodies(tree, "扫二维码"), 0);
}

TEST(Engine, PhotoStoryKeepsItsPhotographer) {
  ArticleTree tree = recover(kPage);
  ASSERT_GE(tree.articles.size(), 2u);
  const Article& photo = tree.articles[1];
  EXPECT_EQ(photo.kind, ArticleKind::kPhoto);
  ASSERT_EQ(photo.bylines.size(), 1u);
  EXPECT_EQ(photo.bylines[0].role, BylineRole::kPhotographer);
  EXPECT_EQ(photo.bylines[0].names, (Strings{"唐晓光"}));
}

TEST(Engine, Dateline) {
  ArticleTree tree = recover(kPage);
  ASSERT_FALSE(tree.articles.empty());
  ASSERT_TRUE(tree.articles[0].dateline.has_value());
  EXPECT_EQ(text::strip_space(tree.articles[0].dateline->text), "滨江晚报3月8日讯（全媒体记者周海涛）");
  EXPECT_EQ(tree.articles[0].dateline->source, "滨江晚报");
  EXPECT_EQ(tree.articles[0].dateline->date, "3月8日");
  ASSERT_EQ(tree.articles[0].bylines.size(), 1u);
  EXPECT_EQ(tree.articles[0].bylines[0].names, (Strings{"周海涛"}));
}

// PyMuPDF prints each paragraph's indented first line as a block of its
// own: the lines are put back before their paragraphs, and the sources name
// both input blocks.
TEST(Engine, FirstLinesSplitOffAtTheIndentAreRejoined) {
  const std::string page =
      "河西镇千亩稻田开犁\n"
      "\n"
      "连日来，河西镇的农户们\n"
      "\n"
      "抢抓晴好天气，翻耕土地、育\n"
      "秧备肥，田间地头一派繁忙。\n"
      "\n"
      "据镇农业服务中心介绍，\n"
      "\n"
      "今年全镇计划种植早稻一万二\n"
      "千亩，比去年增加八百亩。\n"
      "\n"
      "种粮大户刘长根告诉记者\n"
      "\n"
      "，有了服务队帮忙，他家承包\n"
      "的三百亩地一周就能翻完。\n";
  ArticleTree tree = recover(page);
  ASSERT_EQ(tree.articles.size(), 1u);
  const Article& a = tree.articles[0];
  EXPECT_EQ(text::strip_space(a.headline.title), "河西镇千亩稻田开犁");
  ASSERT_EQ(a.body.size(), 3u);
  EXPECT_EQ(text::strip_space(a.body[0].text), "连日来，河西镇的农户们抢抓晴好天气，翻耕土地、育秧备肥，田间地头一派繁忙。");
  EXPECT_EQ(a.body[0].sources, (std::vector<int>{1, 2}));
  EXPECT_EQ(text::strip_space(a.body[1].text), "据镇农业服务中心介绍，今年全镇计划种植早稻一万二千亩，比去年增加八百亩。");
  EXPECT_EQ(a.body[2].sources, (std::vector<int>{5, 6}));
  EXPECT_EQ(tree.source.blocks, 7);
}

// A first line split off at the indent whose block below reads on from
// another column's end (……大型的图书 / 馆，……) stays apart; its own rest
// was printed elsewhere (here first, under the byline, opening flush), and
// the line runs on to it there, not into the text after it.
TEST(Engine, FirstLineLeftApartRunsOnToItsRestElsewhere) {
  const std::string page =
      "区财政预算草案提交审议\n\n"
      "本报记者 王明\n\n"
      "为八亿元，比去年增加一成，\n其中用于教育的财政预算支出\n达两亿元，用于卫生的预算支\n出也有增加。\n\n"
      "区人大常委会日前召开会\n\n议，审议区政府提交的财政预\n算草案，委员们对预算安排提\n出了意见。\n\n"
      "区财政局负责人介绍，今\n\n年财政预算优先保障教育和卫\n生支出，压缩一般性开支，三\n公经费预算比去年减少一成。\n\n"
      "委员们建议，预算安排要\n\n进一步向基层倾斜。区里决定\n明年开工建设一座图书馆，并\n为城东新建一座大型的图书\n\n"
      "今年全区的财政预算总额\n\n"
      "馆，馆内藏书将达百万册，可\n供全区读者借阅，明年开放。\n";
  ArticleTree tree = recover(page);
  ASSERT_EQ(tree.articles.size(), 1u);
  EXPECT_NE(paragraph_with(tree, "今年全区的财政预算总额为八亿元，比去年增加一成"), nullptr);
  EXPECT_NE(paragraph_with(tree, "并为城东新建一座大型的图书馆，馆内藏书将达百万册"), nullptr);
}

// A short line after hard-wrapped column text that stops mid-sentence on a
// full line, the column's foot, over text that reads on from nothing: the
// text above runs on elsewhere and the line heads an article set into the
// column there, however much it shares with that text. After a paragraph
// that ends, it is the intertitle of the text around it.
TEST(Engine, LineUnderTextCutAtTheColumnFootHeadsAnArticle) {
  const std::string cut =
      "晚报 2019年3月5日 第6版\n\n"
      "河西镇推进农田水利建设\n\n"
      "连日来，河西镇组织农户\n\n"
      "疏浚沟渠、加固堤坝，农田水\n利建设有序推进，田间一派繁\n忙景象。\n\n"
      "镇里提出，今年要新修灌溉\n\n"
      "渠道二十公里，让全镇的农田\n都能旱涝保收，各村要按照统\n一规划分段施工，确保五月底\n\n"
      "农田水利建设要抓实抓细\n\n"
      "北山县新修灌溉渠道三十\n\n"
      "公里，农田水利建设走在全市\n前列，全县的农田灌溉面积明\n显增加。\n\n"
      "县里还组织技术人员下乡\n\n"
      "，帮助农户维修水泵和渠道闸\n门，确保春灌用水。\n";
  ArticleTree tree = recover(cut);
  ASSERT_EQ(tree.articles.size(), 2u);
  EXPECT_EQ(tree.articles[1].headline.title, "农田水利建设要抓实抓细");

  const std::string ended =
      "晚报 2019年3月5日 第6版\n\n"
      "河西镇推进农田水利建设\n\n"
      "连日来，河西镇组织农户\n\n"
      "疏浚沟渠、加固堤坝，农田水\n利建设有序推进，田间一派繁\n忙景象。\n\n"
      "镇里提出，今年要新修灌溉\n\n"
      "渠道二十公里，让全镇的农田\n都能旱涝保收，各村要按照统\n一规划分段施工。\n\n"
      "农田水利建设要抓实抓细\n\n"
      "北山县新修灌溉渠道三十\n\n"
      "公里，农田水利建设走在全市\n前列，全县的农田灌溉面积明\n显增加。\n\n"
      "县里还组织技术人员下乡\n\n"
      "，帮助农户维修水泵和渠道闸\n门，确保春灌用水。\n";
  tree = recover(ended);
  ASSERT_EQ(tree.articles.size(), 1u);
  EXPECT_EQ(tree.articles[0].body.size(), 5u);  // four paragraphs and the intertitle
}

// The header (edition code A05) and the editor line are furniture, typed
// header and editor.
TEST(Engine, HeaderAndEditorFurniture) {
  ArticleTree tree = recover(kPage);
  Strings types;
  for (const Furniture& f : tree.page_furniture) types.push_back(f.type);
  EXPECT_EQ(types, (Strings{"header", "editor"}));
}

// 2025|8日 (block 2 -> block 1) is not a number and its unit; taking it for
// one would block the right joins 1 -> 2 (设|计) and 2 -> 3 (2025|年).
TEST(Engine, AdjacentAndNumberCutsAreJoined) {
  ArticleTree tree = recover(
      "滨江大桥通过荷载试验\n"
      "\n"
      "8日上午，滨江大桥完成荷载试验，三十辆满载砂石的卡车依次驶上桥面，各项数据均达到设\n"
      "\n"
      "计要求。据介绍，大桥引线工程已完成八成，全线计划于2025\n"
      "\n"
      "年底通车，届时两岸车程将由四十分钟缩短到十分钟以内。\n");
  ASSERT_EQ(tree.articles.size(), 1u);
  const auto& body = tree.articles[0].body;
  ASSERT_EQ(body.size(), 1u);
  EXPECT_EQ(body[0].sources, (std::vector<int>{1, 2, 3}));
  EXPECT_NE(text::strip_space(body[0].text).find("各项数据均达到设计要求。"), std::string::npos);
  EXPECT_NE(text::strip_space(body[0].text).find("计划于2025年底通车"), std::string::npos);
  EXPECT_TRUE(body[0].flags & kJoined);
  EXPECT_FALSE(body[0].flags & kMoved);
}

// A fragment opening on a measure word (台…) is flagged.
TEST(Engine, FragmentWithNothingBeforeItIsFlaggedIncompleteStart) {
  ArticleTree tree = recover(
      "智能工厂名单发布\n"
      "\n"
      "据悉，此次评选由省工信厅联合多个部门共同开展，经企业申报、专家评审等程序产生。\n"
      "\n"
      "台工业机器人同时作业，整条产线实现了无人化生产，装配精度达到行业领先水平。\n");
  const BodyItem* p = paragraph_with(tree, "台工业机器人同时作业");
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(p->flags & kIncompleteStart);
  EXPECT_FALSE(p->flags & kJoined);
  ASSERT_EQ(tree.articles.size(), 1u);
  // Text is missing from the article: its confidence says so.
  EXPECT_LT(tree.articles[0].confidence, 0.8);
}

TEST(Engine, UnfinishedLastParagraphIsFlaggedIncompleteEnd) {
  ArticleTree tree = recover(
      "智能工厂名单发布\n"
      "\n"
      "据悉，此次评选由省工信厅联合多个部门共同开展，经企业申报、专家评审等程序产生，最终共有\n");
  const BodyItem* p = paragraph_with(tree, "据悉");
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(p->flags & kIncompleteEnd);
}

TEST(Engine, JumpLineIsFurniture) {
  ArticleTree tree = recover(
      "三座新桥年内通车\n"
      "\n"
      "8日上午，滨江大桥完成荷载试验，三十辆满载砂石的卡车依次驶上桥面，各项数据均达到设计要求。\n"
      "\n"
      "（下转A06版）\n");
  ASSERT_EQ(tree.page_furniture.size(), 1u);
  EXPECT_EQ(tree.page_furniture[0].type, "jump");
  EXPECT_EQ(count_in_bodies(tree, "下转"), 0);
}

// A title and subtitle sharing one line are the headline, not a body
// fragment joined to the lead paragraph.
TEST(Engine, TitleAndSubtitleSharingOneLine) {
  ArticleTree tree = recover(
      "全市百所学校开展消防演练 两万师生参与\n"
      "\n"
      "8日上午，全市一百所中小学同时开展消防应急疏散演练，两万余名师生在三分钟内有序撤离到安全区域。\n");
  ASSERT_EQ(tree.articles.size(), 1u);
  EXPECT_EQ(tree.articles[0].headline.title, "全市百所学校开展消防演练");
  EXPECT_EQ(tree.articles[0].headline.subtitles, (Strings{"两万师生参与"}));
}

TEST(Engine, RemoveDuplicatesOffKeepsBothCopies) {
  Options options;
  options.remove_duplicates = false;
  ArticleTree tree = recover(kPage, options);
  EXPECT_TRUE(tree.dropped.empty());
  EXPECT_EQ(count_in_bodies(tree, "打造在全省叫得响的创业大赛。"), 1);
}

TEST(Engine, JoinContinuationsOffJoinsNothing) {
  Options options;
  options.join_continuations = false;
  ArticleTree tree = recover(kPage, options);
  for (const Repair& r : tree.repairs) EXPECT_NE(r.op, "join");
  for (const Article& a : tree.articles)
    for (const BodyItem& b : a.body) EXPECT_FALSE(b.flags & kJoined) << b.text;
}

TEST(Engine, RepairScoresInRange) {
  ArticleTree tree = recover(kPage);
  EXPECT_FALSE(tree.repairs.empty());
  for (const Repair& r : tree.repairs) {
    EXPECT_GE(r.score, 0.0) << r.op;
    EXPECT_LE(r.score, 1.0) << r.op;
    EXPECT_FALSE(r.why.empty()) << r.op;
  }
}

TEST(Engine, InvalidOptions) {
  Options options;
  options.join_threshold = 1.5;
  EXPECT_EQ(Engine::create(options).status().code(), StatusCode::kInvalidOptions);
  options = {};
  options.duplicate_threshold = -0.1;
  EXPECT_EQ(Engine::create(options).status().code(), StatusCode::kInvalidOptions);
  options = {};
  options.lexicon_path = "/nonexistent/banmian/lexicon.txt";
  EXPECT_FALSE(Engine::create(options).ok());
}

TEST(Engine, TooManyBlocks) {
  Options options;
  options.max_blocks = 3;
  auto engine = Engine::create(options);
  ASSERT_TRUE(engine.ok());
  Page page;
  page.blocks.resize(4, Block{"一段文字。", std::nullopt, 0, false, 0});
  EXPECT_EQ(engine->recover(page).status().code(), StatusCode::kTooLarge);
}

// A headline whose words are those of the dateline's text after the text
// under it: the text under it was printed there from elsewhere, and the
// headline belongs to the dateline's text.
TEST(Engine, HeadlineGoesToTheDatelineTextItNames) {
  ArticleTree tree = recover(
      "春季花展在人民公园开幕\n"
      "\n"
      "新华社南州电 春季花展今天在人民公园开幕，三十多个品种的郁金香竞相开放，吸引了大批市民前来观赏。\n"
      "\n"
      "县城新建三座污水处理厂\n"
      "\n"
      "据了解，今年全县还将新增就业岗位两千多个，帮助返乡青年在家门口找到工作，职业技能培训覆盖所有乡镇。\n"
      "\n"
      "本报北湖3月6日讯（记者钱多多）县城三座污水处理厂日前建成投用，新建的污水处理厂每天可处理污水六万吨，县城污水处理率提高到百分之九十五。\n");
  const Article* plant = nullptr;
  for (const Article& a : tree.articles)
    if (a.dateline && text::strip_space(a.body.front().text).find("污水处理厂日前建成") != std::string::npos) plant = &a;
  ASSERT_NE(plant, nullptr);
  EXPECT_EQ(plant->headline.title, "县城新建三座污水处理厂");
}

TEST(Engine, BriefsInAnotherDaysStyleAreArticlesOfTheirOwn) {
  ArticleTree tree = recover(
      "南州港口吞吐量创新高\n"
      "\n"
      "本报南州3月6日电 南州港2月货物吞吐量达到一千二百万吨，同比增长百分之八，集装箱航线新增三条。\n"
      "\n"
      "港口管理局5日表示，今年将再建两个深水泊位，进一步提高港口的装卸能力。\n"
      "\n"
      "北湖省气象台五日发布寒潮预警，预计未来三天全省气温将下降八至十度，请各地做好防寒准备。\n"
      "\n"
      "西岭县警方日前破获一起盗窃耕牛案，抓获犯罪嫌疑人四名，追回耕牛十二头，已全部归还失主。\n");
  int port = 0, frost = 0, cattle = 0;
  ASSERT_NE(paragraph_with(tree, "港口管理局5日表示", &port), nullptr);
  ASSERT_NE(paragraph_with(tree, "北湖省气象台五日发布", &frost), nullptr);
  ASSERT_NE(paragraph_with(tree, "西岭县警方日前破获", &cattle), nullptr);
  EXPECT_NE(frost, port);
  EXPECT_NE(cattle, frost);
  EXPECT_NE(cattle, port);
  int seen = 0;
  const BodyItem* p = paragraph_with(tree, "本报南州3月6日电", &seen);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(seen, port);
}

TEST(Engine, UnheadedWireBriefsUnderAReportAreArticlesOfTheirOwn) {
  // A report with its dateline, then two briefs with no headline, dateline
  // or sign-off, each a block of its own opening who, when, what, on topics
  // of their own: each is an article. The same briefs tied back to the
  // report (5日也说) are its roundup and stay.
  const std::string report =
      "南州港口吞吐量创新高\n"
      "\n"
      "　　本报南州3月6日电 南州港2月货物吞吐量达到一千二百万吨，同比增长百分之八，集装箱航线新增三条。\n"
      "　　港口管理局表示，今年将再建两个深水泊位，进一步提高港口的装卸能力。\n"
      "\n";
  const std::string briefs =
      "　　北湖省气象台5日发布寒潮预警，预计未来三天全省气温将下降八至十度，请各地做好防寒准备。\n"
      "\n"
      "　　西岭县县长王大明4日宣布，全县中小学将新建图书室四十间，明年秋季开学前全部投入使用。\n";
  ArticleTree tree = recover(report + briefs);
  int port = 0, frost = 0, school = 0;
  ASSERT_NE(paragraph_with(tree, "港口管理局表示", &port), nullptr);
  ASSERT_NE(paragraph_with(tree, "北湖省气象台5日发布", &frost), nullptr);
  ASSERT_NE(paragraph_with(tree, "西岭县县长王大明4日宣布", &school), nullptr);
  EXPECT_NE(frost, port);
  EXPECT_NE(school, port);
  EXPECT_NE(school, frost);

  std::string tied = briefs;
  tied.replace(tied.find("5日发布"), std::string("5日发布").size(), "5日也发布");
  tied.replace(tied.find("4日宣布"), std::string("4日宣布").size(), "4日也宣布");
  tree = recover(report + tied);
  ASSERT_NE(paragraph_with(tree, "港口管理局表示", &port), nullptr);
  ASSERT_NE(paragraph_with(tree, "北湖省气象台5日也发布", &frost), nullptr);
  ASSERT_NE(paragraph_with(tree, "西岭县县长王大明4日也宣布", &school), nullptr);
  EXPECT_EQ(frost, port);
  EXPECT_EQ(school, port);
}

TEST(Engine, SignedBriefsAreArticlesOfTheirOwn) {
  // A column of briefs with no headline, each signed with its reporter's
  // name, and two bulleted signed briefs set under a headlined article.
  ArticleTree tree = recover(
      "西岭县新修乡村公路通车\n"
      "\n"
      "西岭县今年新修的乡村公路全部通车，沿线十二个村的农产品可以直接运到县城集市，村民出行也方便多了。\n"
      "\n"
      "县交通局表示，明年还将修通通往山区的三条道路，让更多的村民受益。\n"
      "\n"
      "●北湖市图书馆新馆日前开放，馆内藏书六十万册，每天接待读者三千多人次。（林小东）\n"
      "\n"
      "●南州市举办第三届农民运动会，来自全市各乡镇的一千多名农民参加了比赛。（何青）\n"
      "\n"
      "责任编辑：张三\n"
      "\n"
      "东平县去年粮食总产量达到八十万吨，比上年增长百分之六，创历史最高水平。（王明）\n"
      "\n"
      "河口市新建的自来水厂投入使用，全市居民用水紧张的状况得到缓解。（李华）\n"
      "\n"
      "青山镇组织农技人员下乡，为果农讲授冬季果树管理技术，受到欢迎。（赵平）\n");
  int road = 0, library = 0, games = 0, grain = 0, water = 0, orchard = 0;
  ASSERT_NE(paragraph_with(tree, "县交通局表示", &road), nullptr);
  ASSERT_NE(paragraph_with(tree, "北湖市图书馆新馆", &library), nullptr);
  ASSERT_NE(paragraph_with(tree, "南州市举办第三届", &games), nullptr);
  ASSERT_NE(paragraph_with(tree, "东平县去年粮食", &grain), nullptr);
  ASSERT_NE(paragraph_with(tree, "河口市新建的自来水厂", &water), nullptr);
  ASSERT_NE(paragraph_with(tree, "青山镇组织农技人员", &orchard), nullptr);
  EXPECT_NE(library, road);
  EXPECT_NE(games, library);
  EXPECT_NE(water, grain);
  EXPECT_NE(orchard, water);
  EXPECT_NE(orchard, grain);
}

TEST(Engine, SignedParagraphUnderHeadlineKeepsTheTextAfterIt) {
  // Under a headline, text after a sign-off with no bullet stays put.
  ArticleTree tree = recover(
      "老校长的新课堂\n"
      "\n"
      "退休以后，老校长在社区办起了读书班，每周给孩子们讲两次课。“能为孩子们做点事，我很高兴。”（王明）\n"
      "\n"
      "读书班开办三年，已有两百多名孩子在这里读完了一百多本书，家长们都说好。（李华）\n");
  int first = 0, second = 0;
  ASSERT_NE(paragraph_with(tree, "退休以后", &first), nullptr);
  ASSERT_NE(paragraph_with(tree, "读书班开办三年", &second), nullptr);
  EXPECT_EQ(first, second);
}

TEST(Engine, QuotedTermClosedBySemicolonContinuesTheCutPhrase) {
  // A paragraph cut after 开展城乡; its tail, set under another article,
  // opens on a quoted term that a semicolon closes at once: the head of the
  // phrase, no quotation opening a paragraph.
  ArticleTree tree = recover(
      "南州开展城乡共建活动\n"
      "\n"
      "本报南州3月6日电 南州市城乡共建活动开展三年来，全市城乡面貌发生了很大变化。各区县以改善农村环境为主要内容开展城乡道路共建，以帮助农民增收为主要内容开展城乡产业共建，以提高农民素质为主要内容开展城乡\n"
      "\n"
      "北湖春耕生产全面展开\n"
      "\n"
      "北湖省各地抓住有利天气，组织农民开展春耕生产，全省已完成春播面积三百万亩，化肥种子供应充足。\n"
      "\n"
      "“文化工程”；以改善农村卫生条件为主要内容开展城乡“健康工程”。三年来，南州城乡共建投入资金两亿元。\n");
  const BodyItem* joined = paragraph_with(tree, "开展城乡“文化工程”；以改善");
  ASSERT_NE(joined, nullptr);
  EXPECT_NE(text::strip_space(joined->text).find("本报南州3月6日电"), std::string::npos);
}

TEST(Engine, ThreeCharacterLineOverTextOfAnotherTopicIsAHeadline) {
  // A line of three characters between finished paragraphs, the text under
  // it about something else: a new article's headline, no intertitle.
  ArticleTree tree = recover(
      "北湖春耕生产全面展开\n"
      "\n"
      "　　北湖省各地抓住有利天气，组织农民开展春耕生产，全省已完成春播面积三百万亩，化肥种子供应充足。\n"
      "\n"
      "　　农业部门派出两千多名技术人员深入田间地头，指导农民科学施肥，推广良种良法。\n"
      "\n"
      "答读者\n"
      "\n"
      "　　值此新春佳节来临之际，编辑部全体同仁向广大读者朋友致以节日的问候，感谢大家一年来的关心和支持。\n"
      "\n"
      "　　新的一年里，我们将努力办好版面，欢迎读者朋友来信来稿，提出宝贵意见。\n");
  int farm = 0, note = 0;
  ASSERT_NE(paragraph_with(tree, "农业部门派出", &farm), nullptr);
  ASSERT_NE(paragraph_with(tree, "值此新春佳节", &note), nullptr);
  EXPECT_NE(farm, note);
  EXPECT_EQ(tree.articles[static_cast<std::size_t>(note - 1)].headline.title, "答读者");
}

TEST(Engine, SeriesLeftOpenOnSemicolonTakesTheClauseAddedElsewhere) {
  // An article's last paragraph stops on a semicolon; the clause that adds
  // to its series (此外，……) is set under another article.
  ArticleTree tree = recover(
      "南州扶持农村养殖业\n"
      "\n"
      "南州市今年继续扶持农村养殖业，全市养殖户将得到更多帮助。一是增加贷款，帮助养殖户扩大养殖规模；二是培训技术，提高养殖户的饲养水平；\n"
      "\n"
      "北湖队客场战胜西岭队\n"
      "\n"
      "本报北湖3月6日电 在昨晚进行的足球联赛中，北湖队客场以二比一战胜西岭队，积分升至第三位。\n"
      "\n"
      "此外，南州市还将为养殖户联系销路，帮助养殖户把肉鸡、生猪卖到外地，提高养殖效益。\n");
  const BodyItem* joined = paragraph_with(tree, "饲养水平；此外，南州市还将");
  ASSERT_NE(joined, nullptr);
}

TEST(Engine, IndentedListLinesInAColumnAreTextNotHeadlines) {
  // A prize list set in a column: each line a title, its author and where
  // the author works, wrapped at the column and opened with an indent.
  // Headlines are never indented: the lines are the list article's text,
  // not a stack of headlines over the next article.
  ArticleTree tree = recover(
      "青年征文获奖名单\n"
      "\n"
      "一等奖\n"
      "\n"
      "　　山村的灯光王小明南州\n"
      "第一中学学生\n"
      "　　我的老师李华西岭市\n"
      "第二小学教师\n"
      "　　远方的来信张伟北湖\n"
      "大学学生\n"
      "　　河边的早晨刘强东山\n"
      "县文化馆\n"
      "\n"
      "北湖大桥建成通车\n"
      "\n"
      "　　本报北湖5月6日电 记者陈明报道：横跨北湖的北湖大桥今天建成通车，两岸居民过湖的时间由一小时缩短到十分钟。\n"
      "　　大桥全长三千二百米，双向六车道，历时三年建成。市交通局表示，大桥通车后将开通两条公交线路。\n");
  for (const char* line : {"山村的灯光王小明南州第一中学学生", "河边的早晨刘强东山县文化馆"})
    EXPECT_NE(paragraph_with(tree, line), nullptr) << line;
  for (const Article& a : tree.articles) {
    EXPECT_EQ(a.headline.kicker.find("山村的灯光"), std::string::npos);
    EXPECT_EQ(a.headline.title.find("山村的灯光"), std::string::npos);
    for (const std::string& sub : a.headline.subtitles) EXPECT_EQ(sub.find("灯光"), std::string::npos);
  }
}

TEST(Engine, ParagraphRestatingASentenceWithoutItsStopIsWhole) {
  // A box in the column repeats one of the text's sentences without its
  // stop (a pull quote): it stands whole as it is, and the flush paragraph
  // under it is no continuation of it.
  ArticleTree tree = recover(
      "南州建成百座口袋公园\n"
      "\n"
      "　　本报南州6月2日电 \n"
      "今年以来，南州市在老城区\n"
      "见缝插针建设口袋公园，市\n"
      "民出门五分钟就能走进绿地\n"
      "。\n"
      "　　市园林局介绍，全市已\n"
      "建成口袋公园一百座，新增\n"
      "绿地面积三十万平方米，惠\n"
      "及居民八十多万人。\n"
      "\n"
      "　　全市已建成口袋公园一\n"
      "百座，新增绿地面积三十万\n"
      "平方米，惠及居民八十多万\n"
      "人\n"
      "\n"
      "口袋公园建成后，新增绿地\n"
      "成为居民家门口的好去处，\n"
      "口袋公园一百座惠及居民。\n"
      "\n"
      "　　下一步，南州将把口袋\n"
      "公园建设列入民生实事，每\n"
      "年新建二十座以上，并邀请\n"
      "市民参与设计和管护。\n");
  EXPECT_EQ(paragraph_with(tree, "惠及居民八十多万人口袋公园建成后"), nullptr);
  EXPECT_NE(paragraph_with(tree, "全市已建成口袋公园一百座，新增绿地面积三十万平方米，惠及居民八十多万人"), nullptr);
  EXPECT_NE(paragraph_with(tree, "口袋公园建成后，新增绿地成为居民家门口的好去处"), nullptr);
}

TEST(Engine, DeterminerCutFromItsNounJoinsTheTextOpeningOnANoun) {
  // A paragraph stops on a determiner (无数), which no clause ends on; the
  // text opening on its noun (事实表明……) is printed a paragraph later.
  ArticleTree tree = recover(
      "南州推进审批提速改革\n"
      "\n"
      "　　南州市推行审批提速改革以来，企业办事时间大幅缩短，不少项目当年签约当年开工，填补了多项空白。无数\n"
      "\n"
      "　　所谓“磨刀不误砍柴工”，审批快不等于把关松，该核查的环节一个也不能少。\n"
      "\n"
      "事实表明，审批提速让企业得到了实惠，也让政府赢得了群众的信任。\n");
  EXPECT_NE(paragraph_with(tree, "填补了多项空白。无数事实表明，审批提速"), nullptr);
}

TEST(Engine, ContinuationLaterInItsOwnReportBringsTheRestOfItsColumn) {
  // Within one report, an end goes on in a block printed further down; the
  // paragraphs printed between them are read after the column the end goes
  // on to, to the report's last paragraph, whatever each one's topic.
  ArticleTree tree = recover(
      "城北湿地公园开园迎客\n"
      "\n"
      "　　城北湿地公园今天开园。公园原是一片荒滩，经过三年整治，如今水清岸绿，成为市民休闲的好去处。园区管理处负责人介绍，开园首日共接待游客2\n"
      "\n"
      "　　附近居民王大爷每天都来散步，他说，过去这里垃圾成堆，现在空气好了，心情也好了。\n"
      "\n"
      "　　不少年轻人带着孩子来看候鸟，孩子们拿着望远镜，兴奋地数着湖面上的白鹭。\n"
      "\n"
      "万多人次，停车场一度车满为患。\n"
      "\n"
      "　　城北湿地公园开园后将免费开放，湿地公园内设有科普馆和观鸟台，湿地公园还将定期举办自然课堂。\n");
  ASSERT_EQ(tree.articles.size(), 1u);
  const auto& body = tree.articles[0].body;
  auto at = [&](const std::string& needle) {
    for (std::size_t i = 0; i < body.size(); ++i)
      if (body[i].text.find(needle) != std::string::npos) return static_cast<int>(i);
    return -1;
  };
  ASSERT_GE(at("游客2万多人次"), 0);
  EXPECT_EQ(at("免费开放"), at("游客2万多人次") + 1);
  EXPECT_EQ(at("王大爷"), at("免费开放") + 1);
  EXPECT_EQ(at("年轻人"), at("王大爷") + 1);
}

TEST(Engine, ShortTitleInABlockOfItsOwnAfterACutParagraphIsAHeadline) {
  // A paragraph stops mid-sentence at its column's foot; the next block is
  // a three-character title opening on a verb (致读者), set apart, not the
  // tail of that paragraph's last line (which would sit in its block).
  ArticleTree tree = recover(
      "老兵开起加油站\n"
      "\n"
      "退伍军人李明回乡后，在县\n"
      "城开了一家加油站。开业那\n"
      "年，他每天早出晚归，人也\n"
      "晒黑了，累瘦了。他顾不上\n"
      "休息，又\n"
      "\n"
      "致读者\n"
      "\n"
      "新年伊始，本刊专版与您见\n"
      "面了。在这个每月一期的专\n"
      "版里，您可以读到军营内外\n"
      "的故事，也可以写下您的心\n"
      "声。\n"
      "\n"
      "动手制定服务规范，建立值\n"
      "班制度，一项项规章上了墙\n"
      "。如今，这家加油站成了全\n"
      "县的文明服务窗口。\n");
  EXPECT_EQ(paragraph_with(tree, "又致读者"), nullptr);
  bool titled = false;
  for (const Article& a : tree.articles) titled = titled || a.headline.title == "致读者";
  EXPECT_TRUE(titled);
}

}  // namespace
}  // namespace banmian
