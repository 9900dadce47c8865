// Tests of the assemble stage (assemble.hpp): the headline hierarchy
// (kicker / title / subtitles) and the grouping of classified units into
// articles, with intertitles, series labels, bylines, datelines, captions and
// furniture in their places. The units come from made-up pages run through
// segment and classify, with no flow repairs, so that assembly is tested alone.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "assemble/assemble.hpp"
#include "classify/classify.hpp"
#include "text/normalize.hpp"
#include "text/segment.hpp"

namespace banmian::assemble {
namespace {

using Strings = std::vector<std::string>;

const text::Lexicon& lexicon() {
  static const text::Lexicon lex = text::Lexicon::builtin().value();
  return lex;
}

ArticleTree assemble_page(const std::string& content) {
  auto page = read_page(content, InputFormat::kText);
  EXPECT_TRUE(page.ok()) << page.status().to_string();
  auto units = text::segment_page(*page, text::NormalizeOptions{}, lexicon());
  classify::classify_units(units, lexicon());
  flow::ReadingOrder order = flow::apply_continuations(units, {});
  ArticleTree tree;
  assemble_tree(units, order, tree);
  return tree;
}

std::string strip(const std::string& s) { return text::strip_space(s); }

// Runs segment, classify and assemble over blocks given with their font
// sizes in points, one block per line.
ArticleTree assemble_sized(const std::vector<std::pair<std::string, double>>& lines) {
  Page page;
  page.format = InputFormat::kBlocksJson;
  for (const auto& [line, size] : lines) page.blocks.push_back(Block{line, std::nullopt, size, false, 0});
  auto units = text::segment_page(page, text::NormalizeOptions{}, lexicon());
  classify::classify_units(units, lexicon());
  flow::ReadingOrder order = flow::apply_continuations(units, {});
  ArticleTree tree;
  assemble_tree(units, order, tree);
  return tree;
}

// ---------------------------------------------------------------------------
// rank_headline

TEST(RankHeadline, SingleLineIsTheTitle) {
  Headline h = rank_headline({"河西镇千亩稻田开犁"}, {0});
  EXPECT_EQ(h.kicker, "");
  EXPECT_EQ(h.title, "河西镇千亩稻田开犁");
  EXPECT_TRUE(h.subtitles.empty());
}

TEST(RankHeadline, KickerAboveALargerTitle) {
  Headline h = rank_headline({"抢抓晴好天气 不误农时", "河西镇千亩稻田开犁"}, {14, 24});
  EXPECT_EQ(h.kicker, "抢抓晴好天气 不误农时");
  EXPECT_EQ(h.title, "河西镇千亩稻田开犁");
  EXPECT_TRUE(h.subtitles.empty());
}

TEST(RankHeadline, SubtitleBelowALargerTitle) {
  Headline h = rank_headline({"三座新桥年内通车", "两岸车程将缩短至十分钟"}, {24, 14});
  EXPECT_EQ(h.kicker, "");
  EXPECT_EQ(h.title, "三座新桥年内通车");
  EXPECT_EQ(h.subtitles, (Strings{"两岸车程将缩短至十分钟"}));
}

TEST(RankHeadline, TitleSetOverTwoLinesInOneSize) {
  // The title wraps: the line after it in the same size is more of the title.
  Headline h = rank_headline({"抢抓晴好天气", "河西镇千亩稻田", "开犁播种", "两岸车程将缩短至十分钟"}, {14, 24, 24, 14});
  EXPECT_EQ(h.kicker, "抢抓晴好天气");
  EXPECT_EQ(h.title, "河西镇千亩稻田开犁播种");
  EXPECT_EQ(h.subtitles, (Strings{"两岸车程将缩短至十分钟"}));
}

TEST(RankHeadline, WrappedLatinTitleKeepsItsSpace) {
  Headline h = rank_headline({"5G", "network opens"}, {24, 24});
  EXPECT_EQ(h.title, "5G network opens");
}

TEST(RankHeadline, KickerTitleAndTwoSubtitles) {
  Headline h = rank_headline(
      {"为了老人吃得好", "社区食堂开张了", "一份早餐只要三元", "七十岁以上再打八折"}, {13, 26, 15, 15});
  EXPECT_EQ(h.kicker, "为了老人吃得好");
  EXPECT_EQ(h.title, "社区食堂开张了");
  EXPECT_EQ(h.subtitles, (Strings{"一份早餐只要三元", "七十岁以上再打八折"}));
}

TEST(RankHeadline, DashMarksASubtitleWithoutFontSizes) {
  Headline h = rank_headline({"古村落里的新民宿", "——青石村乡村旅游见闻"}, {0, 0});
  EXPECT_EQ(h.kicker, "");
  EXPECT_EQ(h.title, "古村落里的新民宿");
  EXPECT_EQ(h.subtitles, (Strings{"——青石村乡村旅游见闻"}));
}

TEST(RankHeadline, FiguresUnderAYearlyTitleMakeADeck) {
  // A year is no figure: the line of counts under it is the deck.
  Headline h = rank_headline({"2024年度绿色工厂名单公布", "全市42家企业入选"}, {0, 0});
  EXPECT_EQ(h.title, "2024年度绿色工厂名单公布");
  EXPECT_EQ(h.subtitles, (Strings{"全市42家企业入选"}));
}

TEST(RankHeadline, LineNamingWhoAttendedIsTheDeck) {
  // The short line under the event names who attended it: a subtitle, not
  // the title under a longer kicker.
  Headline h = rank_headline({"全市乡村振兴工作推进会在滨江召开", "王明出席并讲话"}, {0, 0});
  EXPECT_EQ(h.kicker, "");
  EXPECT_EQ(h.title, "全市乡村振兴工作推进会在滨江召开");
  EXPECT_EQ(h.subtitles, (Strings{"王明出席并讲话"}));
}

TEST(RankHeadline, LineNamingTheGenreIsTheDeck) {
  Headline h = rank_headline({"一位老船工的四十年坚守", "滨江渡口变迁纪实"}, {0, 0});
  EXPECT_EQ(h.title, "一位老船工的四十年坚守");
  EXPECT_EQ(h.subtitles, (Strings{"滨江渡口变迁纪实"}));
}

TEST(RankHeadline, LinesOfNearlyOneLengthAreTitleAndDeck) {
  // Without font sizes, a line one or two characters longer than the next
  // is no kicker set small: the first line is the title.
  Headline h = rank_headline({"小巷深处，谁在修钟表？", "老手艺，还是新生意？"}, {0, 0});
  EXPECT_EQ(h.kicker, "");
  EXPECT_EQ(h.title, "小巷深处，谁在修钟表？");
  EXPECT_EQ(h.subtitles, (Strings{"老手艺，还是新生意？"}));
  // (A clearly longer first line is still the kicker.)
  Headline k = rank_headline({"城东老街十余家修表铺坚守三十年", "修好时间"}, {0, 0});
  EXPECT_EQ(k.kicker, "城东老街十余家修表铺坚守三十年");
  EXPECT_EQ(k.title, "修好时间");
}

TEST(AssembleTree, PortraitSubtitleUnderAShortTitle) {
  // A short title with no verb over a line that names the piece's genre
  // (记……): the title and its subtitle, not a kicker over a title.
  ArticleTree tree = assemble_page(
      "山村的春天\n"
      "\n"
      "记返乡创业开办民宿的青年王小明\n"
      "\n"
      "本报记者 唐晓光\n"
      "\n"
      "走进青石村，新修的民宿依山而建，院子里摆满了盆栽。王小明三年前从城里回到村里，把老屋改成了民宿。\n");
  ASSERT_EQ(tree.articles.size(), 1u);
  EXPECT_EQ(tree.articles[0].headline.kicker, "");
  EXPECT_EQ(tree.articles[0].headline.title, "山村的春天");
  EXPECT_EQ(tree.articles[0].headline.subtitles, (Strings{"记返乡创业开办民宿的青年王小明"}));
}

TEST(RankHeadline, EmptyInput) {
  Headline h = rank_headline({}, {});
  EXPECT_EQ(h.title, "");
  EXPECT_EQ(h.kicker, "");
  EXPECT_TRUE(h.subtitles.empty());
}

// ---------------------------------------------------------------------------
// assemble_tree

const char* const kTwoArticles =
    "滨江日报 2024年3月8日 星期五 A05\n"            // 0
    "\n"
    "美丽乡村行系列报道之三\n"                       // 1
    "\n"
    "古村落里的新民宿\n"                             // 2
    "\n"
    "本报记者 陶 然\n"                               // 3
    "\n"
    "走进青石村，白墙黛瓦的老房子经过修缮，变成了一间间各具特色的民宿。"
    "村支书告诉记者，去年全村接待游客超过五万人次。\n"  // 4
    "\n"
    "老房子有了新用途\n"                             // 5
    "\n"
    "村民周大姐把自家的老宅改成了民宿，一年下来收入近十万元。"
    "她说，以前年轻人都往外跑，现在不少人回村创业了。\n"  // 6
    "\n"
    "扫二维码\n"
    "看青石村风光\n"                                 // 7
    "\n"
    "三座新桥年内通车\n"                             // 8
    "\n"
    "滨江晚报3月8日讯（全媒体记者 周海涛 通讯员 吴丽丽）8日上午，滨江大桥完成荷载试验，"
    "三十辆满载砂石的卡车依次驶上桥面，各项数据均达到设计要求。\n"  // 9
    "\n"
    "据介绍，另外两座桥梁的主体工程已经完工，目前正在进行桥面铺装，预计年底前全部通车。\n"  // 10
    "\n"
    "责任编辑：赵大伟\n";                            // 11

TEST(AssembleTree, ArticlesInReadingOrder) {
  ArticleTree tree = assemble_page(kTwoArticles);
  ASSERT_EQ(tree.articles.size(), 2u);
  EXPECT_EQ(tree.articles[0].id, 1);
  EXPECT_EQ(tree.articles[1].id, 2);
  EXPECT_EQ(tree.articles[0].headline.title, "古村落里的新民宿");
  EXPECT_EQ(tree.articles[1].headline.title, "三座新桥年内通车");
}

TEST(AssembleTree, SeriesAndBylineBelongToTheirArticle) {
  ArticleTree tree = assemble_page(kTwoArticles);
  ASSERT_EQ(tree.articles.size(), 2u);
  const Article& a = tree.articles[0];
  ASSERT_TRUE(a.series.has_value());
  EXPECT_EQ(*a.series, "美丽乡村行系列报道之三");
  ASSERT_EQ(a.bylines.size(), 1u);
  EXPECT_EQ(a.bylines[0].names, (Strings{"陶然"}));
  EXPECT_EQ(a.bylines[0].role, BylineRole::kReporter);
  EXPECT_EQ(a.bylines[0].sources, (std::vector<int>{3}));
  EXPECT_FALSE(tree.articles[1].series.has_value());
}

TEST(AssembleTree, IntertitleStaysInsideItsArticle) {
  ArticleTree tree = assemble_page(kTwoArticles);
  ASSERT_EQ(tree.articles.size(), 2u);
  const Article& a = tree.articles[0];
  ASSERT_EQ(a.body.size(), 3u);
  EXPECT_EQ(a.body[0].type, BodyType::kParagraph);
  EXPECT_EQ(a.body[1].type, BodyType::kHeading);
  EXPECT_EQ(a.body[1].text, "老房子有了新用途");
  EXPECT_EQ(a.body[1].sources, (std::vector<int>{5}));
  EXPECT_EQ(a.body[2].type, BodyType::kParagraph);
  EXPECT_EQ(a.body[2].sources, (std::vector<int>{6}));
}

TEST(AssembleTree, QrCaptionAttachesToThePrecedingArticle) {
  ArticleTree tree = assemble_page(kTwoArticles);
  ASSERT_EQ(tree.articles.size(), 2u);
  const Article& a = tree.articles[0];
  ASSERT_EQ(a.captions.size(), 1u);
  EXPECT_EQ(a.captions[0].type, CaptionType::kQr);
  EXPECT_EQ(strip(a.captions[0].text), "扫二维码看青石村风光");
  EXPECT_EQ(a.captions[0].sources, (std::vector<int>{7}));
  EXPECT_TRUE(tree.articles[1].captions.empty());
}

TEST(AssembleTree, QrCaptionSkipsALoneHeadlineLine) {
  // A signature line taken for a headline stands between the article's text
  // and its QR caption: the caption goes to the article with text.
  ArticleTree tree = assemble_page(
      "河西镇千亩稻田开犁\n"
      "\n"
      "连日来，河西镇的农户们抢抓晴好天气，翻耕土地、育秧备肥，田间地头一派繁忙景象。\n"
      "\n"
      "——河西镇农业服务中心\n"
      "\n"
      "扫码看视频\n"
      "\n"
      "滨江大桥通过荷载试验\n"
      "\n"
      "8日上午，滨江大桥完成荷载试验，三十辆满载砂石的卡车依次驶上桥面，各项数据均达到设计要求。\n");
  bool found = false;
  for (const Article& a : tree.articles)
    for (const Caption& c : a.captions)
      if (c.type == CaptionType::kQr) {
        found = true;
        EXPECT_EQ(a.headline.title, "河西镇千亩稻田开犁");
      }
  EXPECT_TRUE(found);
}

TEST(AssembleTree, CreditClosesAPictureStory) {
  // Text after the credit of a one-photo story is another item.
  ArticleTree tree = assemble_page(
      "河西镇喜降瑞雪（图片）\n"
      "\n"
      "7日，一场大雪降临河西镇，小学的孩子们在操场上堆雪人、打雪仗，校园里一片欢声笑语。\n"
      "\n"
      "（本报记者王小明摄）\n"
      "\n"
      "滨江区去年新增就业岗位一万二千个，比上年增加一成，城镇登记失业率降至百分之二点八。\n");
  ASSERT_EQ(tree.articles.size(), 2u);
  const Article& story = tree.articles[0];
  ASSERT_EQ(story.body.size(), 1u);
  ASSERT_EQ(story.captions.size(), 1u);
  EXPECT_EQ(story.captions[0].type, CaptionType::kPhoto);
  EXPECT_EQ(strip(story.captions[0].text), "（本报记者王小明摄）");
  EXPECT_TRUE(tree.articles[1].headline.title.empty());
}

TEST(AssembleTree, NumberedPictureAfterACreditStaysInThePictureColumn) {
  // Under a picture-news label, the next numbered picture after a credit
  // belongs to the column; unnumbered text after the last credit does not.
  ArticleTree tree = assemble_page(
      "图片新闻\n"
      "\n"
      "1、7日，一场大雪降临河西镇，小学的孩子们在操场上堆雪人、打雪仗，校园里一片欢声笑语。\n"
      "\n"
      "（本报记者王小明摄）\n"
      "\n"
      "2、8日，滨江大桥完成荷载试验，三十辆满载砂石的卡车依次驶上桥面，各项数据均达到设计要求。\n"
      "\n"
      "（本报记者李华摄）\n"
      "\n"
      "滨江区去年新增就业岗位一万二千个，比上年增加一成，城镇登记失业率降至百分之二点八。\n");
  ASSERT_EQ(tree.articles.size(), 2u);
  const Article& column = tree.articles[0];
  EXPECT_EQ(column.headline.title, "图片新闻");
  EXPECT_EQ(column.body.size(), 2u);
  EXPECT_EQ(column.captions.size(), 2u);
  EXPECT_TRUE(tree.articles[1].headline.title.empty());
}

TEST(AssembleTree, DatelineAndItsReportersOnTheSecondArticle) {
  ArticleTree tree = assemble_page(kTwoArticles);
  ASSERT_EQ(tree.articles.size(), 2u);
  const Article& b = tree.articles[1];
  ASSERT_TRUE(b.dateline.has_value());
  EXPECT_EQ(strip(b.dateline->text), "滨江晚报3月8日讯（全媒体记者周海涛通讯员吴丽丽）");
  EXPECT_EQ(b.dateline->source, "滨江晚报");
  EXPECT_EQ(b.dateline->date, "3月8日");
  Strings names;
  for (const Byline& by : b.bylines)
    for (const auto& n : by.names) names.push_back(n);
  EXPECT_EQ(names, (Strings{"周海涛", "吴丽丽"}));
  // The dateline stays at the head of the lead paragraph.
  ASSERT_FALSE(b.body.empty());
  EXPECT_EQ(b.body[0].text.rfind("滨江晚报3月8日讯", 0), 0u);
}

TEST(AssembleTree, CompactCreditInADatelineStaysInTheDateline) {
  // （记者张明） set close, as part of the dateline's text, is no byline; a
  // bracket set like a byline line (names apart by spaces) is one.
  ArticleTree tree = assemble_page(
      "全市新建充电桩提速\n"
      "\n"
      "新华社南京3月8日电（记者张明）去年以来，全市加快建设公共充电设施，新能源车主出行更方便了。\n");
  ASSERT_EQ(tree.articles.size(), 1u);
  ASSERT_TRUE(tree.articles[0].dateline.has_value());
  EXPECT_TRUE(tree.articles[0].bylines.empty());
}

TEST(AssembleTree, EditorLineGoesAside) {
  ArticleTree tree = assemble_page(kTwoArticles);
  ASSERT_FALSE(tree.page_furniture.empty());
  EXPECT_EQ(tree.page_furniture.back().sources, (std::vector<int>{11}));
  EXPECT_TRUE(tree.unassigned.empty());
  for (const Article& a : tree.articles)
    for (const BodyItem& b : a.body) EXPECT_EQ(strip(b.text).find("责任编辑"), std::string::npos);
}

// The header line (edition code A05, no 版) is furniture, not the first article's kicker.
TEST(AssembleTree, HeaderAndEditorLineAreTypedFurniture) {
  ArticleTree tree = assemble_page(kTwoArticles);
  ASSERT_EQ(tree.page_furniture.size(), 2u);
  EXPECT_EQ(tree.page_furniture[0].type, "header");
  EXPECT_EQ(tree.page_furniture[0].sources, (std::vector<int>{0}));
  EXPECT_EQ(tree.page_furniture[1].type, "editor");
  EXPECT_EQ(tree.articles[0].headline.kicker, "");
}

TEST(AssembleTree, PhotoStoryWithPhotographer) {
  ArticleTree tree = assemble_page(
      "油菜花开满山坡\n"
      "\n"
      "3月7日，游客在青石村的油菜花田里拍照。连片的油菜花沿山势铺开，金黄一片，吸引了不少市民前来踏青。\n"
      "\n"
      "本报记者 唐晓光 摄\n"
      "\n"
      "三座新桥年内通车\n"
      "\n"
      "滨江晚报3月8日讯（全媒体记者 周海涛）8日上午，滨江大桥完成荷载试验，各项数据均达到设计要求。"
      "据介绍，另外两座桥梁的主体工程已经完工，目前正在进行桥面铺装，预计年底前全部通车。\n");
  ASSERT_EQ(tree.articles.size(), 2u);
  const Article& photo = tree.articles[0];
  EXPECT_EQ(photo.kind, ArticleKind::kPhoto);
  EXPECT_EQ(photo.headline.title, "油菜花开满山坡");
  ASSERT_EQ(photo.bylines.size(), 1u);
  EXPECT_EQ(photo.bylines[0].role, BylineRole::kPhotographer);
  EXPECT_EQ(photo.bylines[0].names, (Strings{"唐晓光"}));
  ASSERT_EQ(photo.body.size(), 1u);
  EXPECT_EQ(tree.articles[1].kind, ArticleKind::kNews);
}

TEST(AssembleTree, BareCreditUnderAPictureIsALineOfText) {
  // A credit naming the photographer and no role of theirs (……摄（新华社发）)
  // is printed under the picture and kept as a line of the text; the next
  // headline still opens the next article.
  ArticleTree tree = assemble_page(
      "油菜花开满山坡\n"
      "\n"
      "3月7日，游客在青石村的油菜花田里拍照。连片的油菜花沿山势铺开，金黄一片，吸引了不少市民前来踏青。\n"
      "\n"
      "唐 晓摄（新华社发）\n"
      "\n"
      "三座新桥年内通车\n"
      "\n"
      "滨江晚报3月8日讯（全媒体记者 周海涛）8日上午，滨江大桥完成荷载试验，各项数据均达到设计要求。"
      "据介绍，另外两座桥梁的主体工程已经完工，目前正在进行桥面铺装，预计年底前全部通车。\n");
  ASSERT_EQ(tree.articles.size(), 2u);
  const Article& photo = tree.articles[0];
  EXPECT_EQ(photo.headline.title, "油菜花开满山坡");
  EXPECT_TRUE(photo.bylines.empty());
  ASSERT_EQ(photo.body.size(), 2u);
  EXPECT_EQ(strip(photo.body[1].text), "唐晓摄（新华社发）");
  EXPECT_EQ(tree.articles[1].headline.title, "三座新桥年内通车");
}

TEST(AssembleTree, ReportersLineUnderTheLeadStaysInTheText) {
  // A reporters' line printed between the article's lead paragraph and the
  // rest of its text, or names printed between two parts of the text, set
  // a part apart as an intertitle does: they stay in the text. Under the
  // headline, before the text, they are the article's byline.
  ArticleTree tree = assemble_page(
      "老街换新颜\n"
      "\n"
      "青石板路修好了，老店铺重新开张，河西镇的老街又热闹起来，镇里人说这条街又活了\n"
      "\n"
      "本报记者唐晓光\n"
      "\n"
      "走进河西镇老街，新铺的青石板路干干净净，两旁的老店铺挂起了红灯笼。镇里去年筹资改造老街，修路、修房、通下水。\n"
      "\n"
      "三座新桥年内通车\n"
      "\n"
      "本报记者周海涛\n"
      "\n"
      "8日上午，滨江大桥完成荷载试验，各项数据均达到设计要求。据介绍，另外两座桥梁的主体工程已经完工。\n"
      "\n"
      "钱 多 郑一鸣\n"
      "\n"
      "滨江二桥的桥面铺装从上月开始，施工队分三班轮流作业，预计五月底完工，六月可以通车。\n");
  ASSERT_EQ(tree.articles.size(), 2u);
  const Article& bridges = tree.articles[1];
  ASSERT_EQ(bridges.body.size(), 3u);
  EXPECT_EQ(bridges.body[1].type, BodyType::kHeading);
  EXPECT_EQ(strip(bridges.body[1].text), "钱多郑一鸣");
  const Article& street = tree.articles[0];
  EXPECT_TRUE(street.bylines.empty());
  ASSERT_EQ(street.body.size(), 3u);
  EXPECT_EQ(street.body[1].type, BodyType::kHeading);
  EXPECT_EQ(strip(street.body[1].text), "本报记者唐晓光");
  ASSERT_EQ(tree.articles[1].bylines.size(), 1u);
  EXPECT_EQ(tree.articles[1].bylines[0].names, (Strings{"周海涛"}));
}

TEST(AssembleTree, PictureAgencyAloneIsNoHeadline) {
  // A picture agency's name printed alone under its picture, above the next
  // article's headline: a line of text, not the title.
  ArticleTree tree = assemble_page(
      "滨江区去年新增就业岗位一万二千个，比上年增加一成，城镇登记失业率降至百分之二点八。\n"
      "\n"
      "视觉中国\n"
      "\n"
      "市气象台——\n"
      "\n"
      "提醒市民注意防范大风降温天气\n"
      "\n"
      "滨江晚报3月8日讯（全媒体记者 周海涛）受冷空气影响，本市今明两天将有大风降温，最低气温将降至零下三度。\n");
  ASSERT_GE(tree.articles.size(), 2u);
  const Article& weather = tree.articles.back();
  EXPECT_EQ(weather.headline.kicker, "市气象台——");
  EXPECT_EQ(weather.headline.title, "提醒市民注意防范大风降温天气");
  EXPECT_EQ(strip(tree.articles[0].body.back().text), "视觉中国");
}

TEST(AssembleTree, BriefWithoutHeadline) {
  ArticleTree tree = assemble_page(
      "新华社北京3月7日电 国家统计局今天发布数据，2月份全国居民消费价格同比上涨0.7%。"
      "其中，城市上涨0.7%，农村上涨0.6%。\n");
  ASSERT_EQ(tree.articles.size(), 1u);
  EXPECT_EQ(tree.articles[0].headline.title, "");
  ASSERT_TRUE(tree.articles[0].dateline.has_value());
  EXPECT_EQ(tree.articles[0].dateline->text, "新华社北京3月7日电");
  EXPECT_EQ(tree.articles[0].body.size(), 1u);
}

TEST(AssembleTree, ConfidenceInRange) {
  ArticleTree tree = assemble_page(kTwoArticles);
  for (const Article& a : tree.articles) {
    EXPECT_GE(a.confidence, 0.0);
    EXPECT_LE(a.confidence, 1.0);
  }
}

TEST(AssembleTree, EmptyInputGivesAnEmptyTree) {
  ArticleTree tree;
  assemble_tree({}, flow::ReadingOrder{}, tree);
  EXPECT_TRUE(tree.articles.empty());
  EXPECT_TRUE(tree.page_furniture.empty());
  EXPECT_TRUE(tree.unassigned.empty());
}

TEST(AssembleTree, DatelineUnderABodySizeDeckStaysWithItsHeadline) {
  // A deck set in the body type is the article's first line of text; the
  // dateline under it opens no brief of its own.
  ArticleTree tree = assemble_sized(
      {{"滨江大桥通过荷载试验", 20},
       {"三十辆卡车驶上桥面各项数据达到设计要求", 10},
       {"本报滨江3月8日讯（记者 王小明）8日上午，滨江大桥完成荷载试验，三十辆满载砂石的卡车依次驶上桥面。", 10},
       {"据介绍，大桥通车后，两岸之间的车程将由四十分钟缩短到十分钟以内，沿线居民出行将更加便利。", 10}});
  ASSERT_EQ(tree.articles.size(), 1u);
  const Article& a = tree.articles[0];
  EXPECT_EQ(a.headline.title, "滨江大桥通过荷载试验");
  EXPECT_TRUE(a.headline.subtitles.empty());
  ASSERT_TRUE(a.dateline.has_value());
  EXPECT_EQ(a.body.size(), 3u);
}

TEST(AssembleTree, DatelineAfterFinishedTextOpensABrief) {
  ArticleTree tree = assemble_sized(
      {{"滨江大桥通过荷载试验", 20},
       {"8日上午，滨江大桥完成荷载试验，三十辆满载砂石的卡车依次驶上桥面，各项数据均达到设计要求。", 10},
       {"本报滨江3月8日讯（记者 王小明）城南社区食堂昨天开张，七十岁以上的老人用餐还能再享受八折优惠。", 10}});
  ASSERT_EQ(tree.articles.size(), 2u);
  EXPECT_TRUE(tree.articles[1].dateline.has_value());
  EXPECT_EQ(tree.articles[1].headline.title, "");
}

TEST(AssembleTree, BylineAboveADatelineNamingTheSameReporterOpensItsArticle) {
  ArticleTree tree = assemble_sized(
      {{"滨江大桥通过荷载试验", 20},
       {"8日上午，滨江大桥完成荷载试验，三十辆满载砂石的卡车依次驶上桥面，各项数据均达到设计要求。", 10},
       {"记者王小明", 10},
       {"本报滨江3月8日讯（记者王小明）城南社区食堂昨天开张，七十岁以上的老人用餐还能再享受八折优惠。", 10}});
  ASSERT_EQ(tree.articles.size(), 2u);
  EXPECT_TRUE(tree.articles[0].bylines.empty());
  ASSERT_EQ(tree.articles[1].bylines.size(), 1u);
  EXPECT_EQ(tree.articles[1].bylines[0].names, (Strings{"王小明"}));
}

// Blocks stacked in one column, 20 points apart, with their sizes: a page
// read from geometry.
ArticleTree assemble_placed(const std::vector<std::pair<std::string, double>>& lines) {
  Page page;
  page.format = InputFormat::kBlocksJson;
  page.width = 400;
  page.height = 40.0 * static_cast<double>(lines.size()) + 40;
  double y = 20;
  for (const auto& [line, size] : lines) {
    page.blocks.push_back(Block{line, BBox{20, y, 380, y + 30}, size, false, 0});
    y += 40;
  }
  auto units = text::segment_page(page, text::NormalizeOptions{}, lexicon());
  classify::classify_units(units, lexicon());
  flow::ReadingOrder order = flow::apply_continuations(units, {});
  ArticleTree tree;
  assemble_tree(units, order, tree);
  return tree;
}

constexpr const char* kRetold1 =
    "据新华社北京3月7日电（记者 王小明）国家统计局今天发布数据，2月份全国居民消费价格同比上涨0.7%。";
constexpr const char* kRetold2 =
    "据新华社上海3月7日电（记者 李大成）上海市统计局今天发布数据，2月份上海居民消费价格同比上涨0.9%。";

TEST(AssembleTree, RetoldReportsStayUnderTheirHeadline) {
  // Two agency reports retold (据新华社……电) under one headline on a page
  // read from geometry: one article.
  ArticleTree tree = assemble_placed({{"京沪两地物价平稳", 20}, {kRetold1, 10}, {kRetold2, 10}});
  ASSERT_EQ(tree.articles.size(), 1u) << tree.articles.size();
  EXPECT_EQ(tree.articles[0].headline.title, "京沪两地物价平稳");
  ASSERT_TRUE(tree.articles[0].dateline.has_value());
  EXPECT_EQ(tree.articles[0].body.size(), 2u);
}

TEST(AssembleTree, AgencyDatelineAfterFinishedTextOpensABrief) {
  // Not retold (no 据): the agency's own report is an article of its own.
  ArticleTree tree = assemble_placed(
      {{"京沪两地物价平稳", 20},
       {kRetold1, 10},
       {"新华社上海3月7日电（记者 李大成）上海市统计局今天发布数据，2月份上海居民消费价格同比上涨0.9%。", 10}});
  ASSERT_EQ(tree.articles.size(), 2u);
  EXPECT_EQ(tree.articles[1].headline.title, "");
}

TEST(AssembleTree, RetoldReportInPlainTextOpensABrief) {
  // Without geometry the report's own headline may stand elsewhere.
  ArticleTree tree = assemble_page(std::string("京沪两地物价平稳\n\n") + kRetold1 + "\n\n" + kRetold2 + "\n");
  ASSERT_EQ(tree.articles.size(), 2u);
}

// A headline naming two reports (河西镇千亩稻田开犁 / 滨江大桥通过荷载试验) gathers
// both: the second report's dateline, with no headline of its own, goes on in
// the first article. A report its headline does not name opens a brief.
TEST(AssembleTree, HeadlineNamingTwoReportsGathersThem) {
  const std::string report1 =
      "本报河西3月7日讯（记者 王小明）河西镇千亩稻田昨天开犁，镇里的旋耕机全部出动，农户们抢抓晴好天气翻耕土地。";
  const std::string report2 =
      "本报滨江3月7日讯（记者 李大成）滨江大桥昨天完成荷载试验，三十辆满载砂石的卡车依次驶上桥面，各项数据均达到设计要求。";
  ArticleTree tree = assemble_page("河西镇千亩稻田开犁滨江大桥通过荷载试验\n\n" + report1 + "\n\n" + report2 + "\n");
  ASSERT_EQ(tree.articles.size(), 1u);
  EXPECT_EQ(tree.articles[0].body.size(), 2u);
  tree = assemble_page("河西镇千亩稻田开犁各村农机全部出动\n\n" + report1 + "\n\n" + report2 + "\n");
  ASSERT_EQ(tree.articles.size(), 2u);
  EXPECT_EQ(tree.articles[1].headline.title, "");
}

TEST(AssembleTree, ReportTheHeadlineAlsoNamesJoinsTheReportAbove) {
  // One headline over two agency reports, one from each city: the second
  // report, untitled, says what the headline's second half says, so it is
  // the rest of the first report's article.
  ArticleTree tree = assemble_page(
      "北京新开三条地铁线路\n\n上海公交推出夜班线路\n\n"
      "新华社北京3月7日电（记者王小明）北京三条地铁新线今天开通运营，全市地铁线路增至二十七条。\n\n"
      "新华社上海3月7日电（记者李大成）上海公交集团今天推出十条夜班线路，方便市民夜间出行。\n");
  ASSERT_EQ(tree.articles.size(), 1u) << tree.articles.size();
  const Article& a = tree.articles[0];
  ASSERT_TRUE(a.dateline.has_value());
  EXPECT_EQ(a.dateline->text, "新华社北京3月7日电（记者王小明）");
  EXPECT_EQ(a.body.size(), 2u);
}

TEST(AssembleTree, GatheredReportsFollowTheOrderTheHeadlineNamesThem) {
  // The headline names the Beijing report first; the extractor printed the
  // Shanghai report first. The Beijing report leads, with its dateline.
  ArticleTree tree = assemble_page(
      "北京新开三条地铁线路上海公交推出夜班线路\n\n"
      "新华社上海3月7日电（记者李大成）上海公交集团今天推出十条夜班线路，方便市民夜间出行。\n\n"
      "新华社北京3月7日电（记者王小明）北京三条地铁新线今天开通运营，全市地铁线路增至二十七条。\n");
  ASSERT_EQ(tree.articles.size(), 1u) << tree.articles.size();
  const Article& a = tree.articles[0];
  ASSERT_TRUE(a.dateline.has_value());
  EXPECT_EQ(a.dateline->text, "新华社北京3月7日电（记者王小明）");
  ASSERT_EQ(a.body.size(), 2u);
  EXPECT_EQ(a.body[0].text.rfind("新华社北京", 0), 0u) << a.body[0].text;
}

// Units with their roles set by hand, one block each, assembled in input
// order.
ArticleTree assemble_roles(const std::vector<std::pair<std::string, detail::Role>>& lines) {
  std::vector<detail::Unit> units;
  for (const auto& [line, role] : lines) {
    detail::Unit u;
    u.text = line;
    u.spaced = line;
    u.role = role;
    u.sources = {static_cast<int>(units.size())};
    u.order = static_cast<int>(units.size());
    units.push_back(std::move(u));
  }
  flow::ReadingOrder order = flow::apply_continuations(units, {});
  ArticleTree tree;
  assemble_tree(units, order, tree);
  return tree;
}

// Headline lines with nothing under them head no article: a cut line goes
// back to the text before it, a whole one leads into the next headline.
TEST(AssembleTree, HeadlineLinesWithoutTextFoldIntoTheirNeighbours) {
  using detail::Role;
  ArticleTree tree = assemble_roles({
      {"县城新建三座公园", Role::kHeadline},
      {"今年县里新建了三座口袋公园，市民出门五分钟就能见到绿地。", Role::kBody},
      {"参加座谈后，他自费买了600", Role::kHeadline},
      {"本报讯", Role::kFurniture},
      {"春运返程高峰到来", Role::kHeadline},
      {"本报讯", Role::kFurniture},
      {"铁路部门加开夜间列车", Role::kHeadline},
      {"今天起，铁路部门迎来春运返程客流高峰。", Role::kBody},
  });
  ASSERT_EQ(tree.articles.size(), 2u);
  EXPECT_EQ(tree.articles[0].body.size(), 2u);
  EXPECT_EQ(tree.articles[0].body.back().text, "参加座谈后，他自费买了600");
  EXPECT_TRUE(tree.articles[0].body.back().flags & kIncompleteEnd);
  EXPECT_EQ(tree.articles[1].id, 2);
  EXPECT_EQ(tree.articles[1].headline.kicker, "春运返程高峰到来");
  EXPECT_EQ(tree.articles[1].headline.title, "铁路部门加开夜间列车");
}

// A subtitle line (——……) under a line that ended the article before as its
// intertitle: that line is the title the subtitle goes under. An intertitle
// before a headline of its own stays in its article.
TEST(AssembleTree, DashSubtitleTakesTheHeadingAboveAsItsTitle) {
  using detail::Role;
  ArticleTree tree = assemble_roles({
      {"县城新建三座公园", Role::kHeadline},
      {"今年县里新建了三座口袋公园，市民出门五分钟就能见到绿地。", Role::kBody},
      {"绿地多了", Role::kIntertitle},
      {"公园里种了两百多种花木，周末来散步的人很多。", Role::kBody},
      {"打好乡村振兴攻坚战", Role::kIntertitle},
      {"——东山县落实全县工作会议精神纪实", Role::kHeadline},
      {"三年来，东山县新修农村公路一千二百公里。", Role::kBody},
      {"春运返程高峰到来", Role::kHeadline},
      {"今天起，铁路部门迎来春运返程客流高峰。", Role::kBody},
  });
  ASSERT_EQ(tree.articles.size(), 3u);
  const Article& park = tree.articles[0];
  ASSERT_EQ(park.body.size(), 3u);
  EXPECT_EQ(park.body[1].type, BodyType::kHeading);
  EXPECT_EQ(park.body.back().type, BodyType::kParagraph);
  EXPECT_EQ(tree.articles[1].headline.title, "打好乡村振兴攻坚战");
  EXPECT_EQ(tree.articles[1].headline.subtitles, (Strings{"——东山县落实全县工作会议精神纪实"}));
  EXPECT_EQ(tree.articles[2].headline.title, "春运返程高峰到来");
}

// A line taken for a headline right under an intertitle, before the
// article's text has begun, is the second line of a two-line section head.
// After text has begun, a headline under an intertitle opens an article.
TEST(AssembleTree, HeadlineLineUnderTheFirstIntertitleIsPartOfTheSectionHead) {
  using detail::Role;
  ArticleTree tree = assemble_roles({
      {"县人大常委会审议三份报告", Role::kHeadline},
      {"农村公路养护检查见实效", Role::kIntertitle},
      {"发现的问题已全部整改", Role::kHeadline},
      {"26日，县人大常委会听取了农村公路养护情况的报告。", Role::kBody},
      {"城区绿化专项报告", Role::kIntertitle},
      {"春运返程高峰到来", Role::kHeadline},
      {"今天起，铁路部门迎来春运返程客流高峰。", Role::kBody},
  });
  ASSERT_EQ(tree.articles.size(), 2u);
  const Article& a = tree.articles[0];
  EXPECT_EQ(a.headline.title, "县人大常委会审议三份报告");
  ASSERT_GE(a.body.size(), 3u);
  EXPECT_EQ(a.body[0].type, BodyType::kHeading);
  EXPECT_EQ(a.body[1].type, BodyType::kHeading);
  EXPECT_EQ(a.body[1].text, "发现的问题已全部整改");
  EXPECT_EQ(tree.articles[1].headline.title, "春运返程高峰到来");
}

// The last line of a headline's block split off as text (a short quoted
// phrase) before anything of the article: the title's last line. A short
// line from a block of its own stays text.
TEST(AssembleTree, ShortTailOfTheHeadlineBlockEndsTheTitle) {
  using detail::Role;
  std::vector<detail::Unit> units;
  auto add = [&](const std::string& text, Role role, int block) {
    detail::Unit u;
    u.text = text;
    u.spaced = text;
    u.role = role;
    u.sources = {block};
    u.order = static_cast<int>(units.size());
    units.push_back(std::move(u));
  };
  add("县长说乡村振兴要靠", Role::kHeadline, 0);
  add("“绿色发展”", Role::kBody, 0);
  add("今天，县里召开乡村振兴工作会议，部署全年任务。", Role::kBody, 1);
  add("春运返程高峰到来", Role::kHeadline, 2);
  add("“一路平安”", Role::kBody, 3);
  add("今天起，铁路部门迎来春运返程客流高峰。", Role::kBody, 4);
  flow::ReadingOrder order = flow::apply_continuations(units, {});
  ArticleTree tree;
  assemble_tree(units, order, tree);
  ASSERT_EQ(tree.articles.size(), 2u);
  EXPECT_EQ(tree.articles[0].headline.title, "县长说乡村振兴要靠“绿色发展”");
  EXPECT_EQ(tree.articles[0].body.size(), 1u);
  EXPECT_EQ(tree.articles[1].headline.title, "春运返程高峰到来");
  EXPECT_EQ(tree.articles[1].body.size(), 2u);
}

TEST(Assemble, HeadlineLinesEndingThePageCloseTheTextBefore) {
  // A label alone at the foot of the page heads nothing (no text follows
  // it): it closes the article before it.
  ArticleTree tree = assemble_page(
      "滨江公园迎春灯会开幕\n"
      "\n"
      "　　昨晚，滨江公园迎春灯会开幕，三百多组彩灯点亮江岸，市民扶老携幼前来观灯。\n"
      "\n"
      "　　灯会将持续到元宵节，每晚六点亮灯。\n"
      "\n"
      "·公告·\n");
  ASSERT_EQ(tree.articles.size(), 1u);
  ASSERT_FALSE(tree.articles[0].body.empty());
  EXPECT_EQ(strip(tree.articles[0].body.back().text), "·公告·");
}

}  // namespace
}  // namespace banmian::assemble
