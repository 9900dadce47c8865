// Tests of the classify stage's patterns (patterns.hpp): datelines, bylines
// and names, QR and photo captions, credits, furniture, jump lines and series
// labels, each on one made-up line.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "classify/patterns.hpp"

namespace banmian::classify {
namespace {

using Names = std::vector<std::string>;

// ---------------------------------------------------------------------------
// Datelines

TEST(Dateline, BenBaoXun) {
  const std::string text = "本报讯 河西镇今年春耕比往年提早了十天，农机手们早早下了田。";
  auto m = match_dateline(text);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->dateline.text, "本报讯");
  EXPECT_EQ(m->dateline.source, "本报");
  EXPECT_FALSE(m->byline.has_value());
  EXPECT_EQ(text.substr(0, m->bytes).find("本报讯"), 0u);
  EXPECT_LE(m->bytes, std::string("本报讯 ").size());
}

TEST(Dateline, XinhuaWithPlaceDateAndBracketedReporter) {
  const std::string lead = "新华社杭州3月7日电（记者 顾明远）";
  const std::string text = lead + "浙江省今天发布了新一轮农田水利建设计划。";
  auto m = match_dateline(text);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->dateline.text, lead);
  EXPECT_EQ(m->dateline.source, "新华社");
  EXPECT_EQ(m->dateline.date, "3月7日");
  EXPECT_EQ(m->bytes, lead.size());
  ASSERT_TRUE(m->byline.has_value());
  EXPECT_EQ(m->byline->role, BylineRole::kReporter);
  EXPECT_EQ(m->byline->names, (Names{"顾明远"}));
}

TEST(Dateline, AccordingToXinhua) {
  const std::string lead = "据新华社开罗2月28日电";
  auto m = match_dateline(lead + " 埃及政府当天宣布将扩建一座港口。");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->dateline.text, lead);
  EXPECT_EQ(m->dateline.date, "2月28日");
}

// The source of 据新华社…电 is the agency, 新华社; 据 stays in the text.
TEST(Dateline, AccordingToXinhuaSourceIsTheAgency) {
  auto m = match_dateline("据新华社开罗2月28日电 埃及政府当天宣布将扩建一座港口。");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->dateline.source, "新华社");
  EXPECT_EQ(m->dateline.text, "据新华社开罗2月28日电");
}

TEST(Dateline, ChineseNumeralDate) {
  auto m = match_dateline("本报杭州三月二十一日讯河西镇今年春耕比往年提早了十天。");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->dateline.text, "本报杭州三月二十一日讯");
  EXPECT_EQ(m->dateline.date, "三月二十一日");
  auto x = match_dateline("据新华社昆明十二月卅一日电当地今天举行了迎新年长跑。");
  ASSERT_TRUE(x.has_value());
  EXPECT_EQ(x->dateline.text, "据新华社昆明十二月卅一日电");
  EXPECT_EQ(x->dateline.source, "新华社");
}

TEST(Dateline, PlaceWithoutDate) {
  auto m = match_dateline("本报桂林电记者黄小强报道：桂林市今年新建了十座公园。");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->dateline.text, "本报桂林电");
  EXPECT_EQ(m->dateline.date, "");
  auto x = match_dateline("据新华社武汉电（记者 吴明）湖北今年油菜丰收。");
  ASSERT_TRUE(x.has_value());
  EXPECT_EQ(x->dateline.text, "据新华社武汉电（记者 吴明）");
  ASSERT_TRUE(x->byline.has_value());
  EXPECT_EQ(x->byline->names, (Names{"吴明"}));
}

TEST(Dateline, ReporterLeadAfterBenBaoDian) {
  auto m = match_dateline("本报西宁5月9日电记者韩小东、通讯员罗青报道：青海湖今年迎来首批候鸟。");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->dateline.text, "本报西宁5月9日电");
  EXPECT_FALSE(m->byline.has_value());
  ASSERT_TRUE(m->report_byline.has_value());
  EXPECT_EQ(m->report_byline->names, (Names{"韩小东", "罗青"}));
}

TEST(Dateline, BracketOfBareNames) {
  const std::string lead = "新华社合肥6月3日电（钱文军、孙丽）";
  auto m = match_dateline(lead + "安徽今年夏粮收购工作全面展开。");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->dateline.text, lead);
  EXPECT_EQ(m->bytes, lead.size());
  // A bracket that is not names belongs to the sentence.
  auto x = match_dateline("新华社合肥6月3日电（以下简称“联盟”）安徽今年夏粮收购。");
  ASSERT_TRUE(x.has_value());
  EXPECT_EQ(x->dateline.text, "新华社合肥6月3日电");
}

TEST(Dateline, OtherAgenciesAndBracketRoles) {
  auto m = match_dateline("中新网上海7月2日电（通讯员 陆佳 特约记者 范志强）上海今夏首个高温日来临。");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->dateline.source, "中新网");
  EXPECT_EQ(m->dateline.date, "7月2日");
  ASSERT_TRUE(m->byline.has_value());
  EXPECT_EQ(m->byline->names, (Names{"陆佳", "范志强"}));
  auto x = match_dateline("新华社拉萨8月1日电（特约记者 马建新）西藏今年新建农村公路三千公里。");
  ASSERT_TRUE(x.has_value());
  ASSERT_TRUE(x->byline.has_value());
  EXPECT_EQ(x->byline->names, (Names{"马建新"}));
}

TEST(Dateline, LocalPaperXunWithReporterAndCorrespondent) {
  const std::string lead = "滨江晚报3月8日讯（全媒体记者 周海涛 通讯员 吴丽丽）";
  auto m = match_dateline(lead + "8日上午，滨江大桥完成荷载试验。");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->dateline.text, lead);
  EXPECT_EQ(m->dateline.source, "滨江晚报");
  EXPECT_EQ(m->dateline.date, "3月8日");
  EXPECT_EQ(m->bytes, lead.size());
  ASSERT_TRUE(m->byline.has_value());
  EXPECT_EQ(m->byline->names, (Names{"周海涛", "吴丽丽"}));
}

TEST(Dateline, BenBaoDianReporterBaoDao) {
  auto m = match_dateline("本报成都4月2日电 记者马小川报道：成都今年新开通三条公交线路。");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->dateline.date, "4月2日");
  EXPECT_EQ(m->dateline.text.rfind("本报成都4月2日电", 0), 0u);
}

TEST(Dateline, NotADateline) {
  EXPECT_FALSE(match_dateline("今年3月7日，河西镇召开了春耕动员大会。").has_value());
  EXPECT_FALSE(match_dateline("记者从市交通局获悉，地铁三号线将于年底通车。").has_value());
  EXPECT_FALSE(match_dateline("").has_value());
  // Sentences that open with a place or with 本报记者 / 本报通讯员.
  EXPECT_FALSE(match_dateline("杭州3月7日电力负荷创下今年新高。").has_value());
  EXPECT_FALSE(match_dateline("本报记者日前电话采访了多位专家。").has_value());
  EXPECT_FALSE(match_dateline("本报通讯员李明报道，当地新建了三所学校。").has_value());
  EXPECT_FALSE(match_dateline("本报电话：12345678").has_value());
  EXPECT_FALSE(match_dateline("本报杭州电视台记者张明").has_value());
}

// ---------------------------------------------------------------------------
// Bylines

TEST(Byline, ReporterWithPaperPrefix) {
  auto m = match_byline("滨江日报全媒体记者 郑春雷");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->role, BylineRole::kReporter);
  EXPECT_EQ(m->names, (Names{"郑春雷"}));
}

TEST(Byline, CorrespondentsSeparatedBySpaces) {
  auto m = match_byline("通讯员 钱多多 郑一鸣");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->role, BylineRole::kCorrespondent);
  EXPECT_EQ(m->names, (Names{"钱多多", "郑一鸣"}));
}

TEST(Byline, PaddedTwoCharacterNameIsJoined) {
  // 孙　涛 printed with an ideographic space arrives as "孙 涛" in the spaced text.
  auto m = match_byline("本报记者 孙 涛");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->names, (Names{"孙涛"}));
}

TEST(Byline, PaddedNamesAmongOthers) {
  auto m = match_byline("记者 何 平 刘子豪");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->names, (Names{"何平", "刘子豪"}));
}

TEST(Byline, NamesSeparatedByEnumerationComma) {
  auto m = match_byline("记者刘洋、陈思远");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->role, BylineRole::kReporter);
  EXPECT_EQ(m->names, (Names{"刘洋", "陈思远"}));
}

TEST(Byline, PhotographerWithShe) {
  auto m = match_byline("本报记者 冯 军摄");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->role, BylineRole::kPhotographer);
  EXPECT_EQ(m->names, (Names{"冯军"}));
}

TEST(Byline, PhotographerSheYing) {
  auto m = match_byline("摄影 唐晓光");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->role, BylineRole::kPhotographer);
  EXPECT_EQ(m->names, (Names{"唐晓光"}));
}

TEST(Byline, BarePhotoCreditNamesNoRole) {
  EXPECT_TRUE(is_bare_photo_credit("唐晓光摄（新华社发）"));
  EXPECT_TRUE(is_bare_photo_credit("钱 多 郑一鸣摄影报道（视觉中国）"));
  EXPECT_TRUE(is_bare_photo_credit("唐晓光摄影"));
  EXPECT_TRUE(is_bare_photo_credit("视觉中国"));
  EXPECT_TRUE(is_bare_photo_credit("（人民视觉）"));
  EXPECT_FALSE(is_bare_photo_credit("视觉中国的新名片"));
  EXPECT_FALSE(is_bare_photo_credit("本报记者 冯 军摄"));
  EXPECT_FALSE(is_bare_photo_credit("全媒体记者 唐晓光 通讯员 钱多多 摄影报道"));
  EXPECT_FALSE(is_bare_photo_credit("本报记者 孙 涛"));
}

TEST(Byline, Intern) {
  auto m = match_byline("实习生 何晓晓");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->role, BylineRole::kIntern);
  EXPECT_EQ(m->names, (Names{"何晓晓"}));
}

TEST(Byline, BodySentenceIsNotAByline) {
  EXPECT_FALSE(match_byline("记者在现场看到，工人们正在加紧铺设管道，预计下月完工。").has_value());
  EXPECT_FALSE(match_byline("河西镇千亩稻田开犁").has_value());
  EXPECT_FALSE(match_byline("记者近日走访发现").has_value());
  EXPECT_FALSE(match_byline("记者昨天获悉").has_value());
  EXPECT_FALSE(match_byline("记者近日走访发现，不少小区加装了电梯").has_value());
}

TEST(Byline, PaddedNameWithIdeographicSpace) {
  auto m = match_byline("本报记者 邹\u3000昕");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->names, (Names{"邹昕"}));
}

TEST(Byline, TwoTwoCharacterNames) {
  auto m = match_byline("记者 何平 罗娟");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->role, BylineRole::kReporter);
  EXPECT_EQ(m->names, (Names{"何平", "罗娟"}));
}

TEST(Byline, CorrespondentOfThePaper) {
  auto m = match_byline("本报通讯员 曾小凡");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->role, BylineRole::kCorrespondent);
  EXPECT_EQ(m->names, (Names{"曾小凡"}));
}

TEST(Byline, AgencyPhotographer) {
  auto m = match_byline("新华社记者 常建新 摄");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->role, BylineRole::kPhotographer);
  EXPECT_EQ(m->names, (Names{"常建新"}));
}

TEST(Byline, SlashCredits) {
  auto a = match_byline("王小明／文 李华／图");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->role, BylineRole::kOther);
  EXPECT_EQ(a->names, (Names{"王小明", "李华"}));
  auto b = match_byline("文／陈一丹 图／宋 涛");
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->names, (Names{"陈一丹", "宋涛"}));
  auto c = match_byline("图/韩松");
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->role, BylineRole::kPhotographer);
  EXPECT_EQ(c->names, (Names{"韩松"}));
  EXPECT_FALSE(match_byline("文／图").has_value());
}

TEST(Byline, CommentatorAndContributor) {
  auto a = match_byline("本报评论员");
  ASSERT_TRUE(a.has_value());
  EXPECT_TRUE(a->names.empty());
  // (A staff writer, not a correspondent: no 通讯员 on the line.)
  EXPECT_EQ(a->role, BylineRole::kReporter);
  auto b = match_byline("特约撰稿人 林之远");
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->names, (Names{"林之远"}));
}

TEST(Byline, ExtractNamesAfterRoleWords) {
  EXPECT_EQ(extract_names("邹 一 陈小北"), (Names{"邹一", "陈小北"}));
  EXPECT_EQ(extract_names("黄海"), (Names{"黄海"}));
}

TEST(Byline, AgencyInBracketsAfterAPhotoCreditIsNoName) {
  auto a = match_byline("司马文涛摄（新华社发）");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->role, BylineRole::kPhotographer);
  EXPECT_EQ(a->names, (Names{"司马文涛"}));
  auto b = match_byline("陈 林 何小雨摄影报道（视觉中国）");
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->role, BylineRole::kPhotographer);
  EXPECT_EQ(b->names, (Names{"陈林", "何小雨"}));
}

TEST(Byline, TwoTwoCharacterNamesWithoutSeparator) {
  EXPECT_EQ(extract_names("何平罗娟"), (Names{"何平", "罗娟"}));
  // A compound surname or a name without a surname at its middle stays whole.
  EXPECT_EQ(extract_names("欧阳文华"), (Names{"欧阳文华"}));
  EXPECT_EQ(extract_names("陈小北"), (Names{"陈小北"}));
}

TEST(Byline, NameWithoutCommonSurnameAmongOtherCredits) {
  auto m = match_byline("本报记者 陈小北 本报记者 扎西顿珠");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->names, (Names{"陈小北", "扎西顿珠"}));
  auto glued = match_byline("本报记者陈小北本报记者扎西顿珠");
  ASSERT_TRUE(glued.has_value());
  EXPECT_EQ(glued->names, (Names{"陈小北", "扎西顿珠"}));
  // Alone, such a word after a role word is a sentence's start.
  EXPECT_FALSE(match_byline("记者获悉").has_value());
  EXPECT_FALSE(match_byline("记者扎西顿珠").has_value());
}

TEST(Byline, TextAndPicturesByOneReporter) {
  auto m = match_byline("本报驻外记者陈小北文并图");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->names, (Names{"陈小北"}));
}

TEST(Byline, LessCommonSurnames) {
  EXPECT_TRUE(looks_like_name(U"傅小明", 0));
  EXPECT_TRUE(looks_like_name(U"丰一鸣", 0));
  EXPECT_TRUE(looks_like_name(U"洪远", 0));
}

// ---------------------------------------------------------------------------
// Captions and credits

TEST(Caption, QrCaptions) {
  EXPECT_TRUE(is_qr_caption("扫二维码 看完整视频"));
  EXPECT_TRUE(is_qr_caption("扫码了解更多"));
  EXPECT_TRUE(is_qr_caption("扫一扫 阅读全文"));
  EXPECT_TRUE(is_qr_caption("扫描二维码 观看直播"));
}

TEST(Caption, BodyMentioningScanningIsNotAQrCaption) {
  EXPECT_FALSE(is_qr_caption(
      "如今，菜市场里扫码支付已成为日常，摊主们说找零的麻烦少了，顾客也觉得方便了许多。"));
  EXPECT_FALSE(is_qr_caption("河西镇千亩稻田开犁"));
}

TEST(Caption, PhotoCaptions) {
  EXPECT_TRUE(is_photo_caption("河西镇农民在田间插秧。（本报记者 王小明摄）"));
  EXPECT_TRUE(is_photo_caption("图为河西镇农民在田间插秧。（李华摄影）"));
  EXPECT_TRUE(is_photo_caption("（王小明摄）"));
  EXPECT_FALSE(is_photo_caption("河西镇今年计划种植早稻1.2万亩，比去年增加800亩。"));
}

TEST(Caption, PictureStoryTextWithoutCreditIsNoCaption) {
  // 图为…… that names no photographer is the text of a picture story; a
  // credit for a drawing is text too.
  EXPECT_FALSE(is_photo_caption("图为河西镇农民在田间插秧。"));
  EXPECT_FALSE(is_photo_caption("压题照片为河西镇的千亩稻田。"));
  EXPECT_FALSE(is_photo_caption("河西镇稻田分布示意图（王小明绘）"));
}

TEST(Caption, PictureTextOpenings) {
  EXPECT_TRUE(opens_picture_text("图为河西镇农民在田间插秧"));
  EXPECT_TRUE(opens_picture_text("上图：河西镇的千亩稻田"));
  EXPECT_TRUE(opens_picture_text("压题照片：河西镇的千亩稻田"));
  EXPECT_FALSE(opens_picture_text("图书馆新馆开放"));
  EXPECT_FALSE(opens_picture_text("河西镇农民在田间插秧"));
}

TEST(Caption, PhotoNewsTitles) {
  EXPECT_TRUE(is_photo_news_title("图片新闻"));
  EXPECT_TRUE(is_photo_news_title("图片报道"));
  EXPECT_TRUE(is_photo_news_title("河西镇喜降瑞雪（图片）"));
  EXPECT_FALSE(is_photo_news_title("河西镇喜降瑞雪"));
  EXPECT_FALSE(is_photo_news_title("图片新闻发布会在河西镇举行"));
  EXPECT_FALSE(is_photo_news_title("河西镇喜降瑞雪，农民忙着拍照（图片）"));
  EXPECT_FALSE(is_photo_news_title("各村的种植面积如下（图）"));
}

TEST(Caption, CreditClosesItsCaption) {
  const std::string caption = "河西镇农民在田间插秧。（王小明摄）";
  EXPECT_EQ(photo_caption_end(caption + "张华"), caption.size());
  EXPECT_EQ(photo_caption_end(caption + "（李华摄）"), caption.size());
  EXPECT_EQ(photo_caption_end(caption), 0u);
  EXPECT_EQ(photo_caption_end(caption + "（传真照片）"), 0u);
  EXPECT_EQ(photo_caption_end("记者在河西镇看到，农民们正在插秧，一派繁忙。"), 0u);
}

TEST(Caption, Credits) {
  EXPECT_TRUE(is_credit("（本报记者 王小明摄）"));
  EXPECT_TRUE(is_credit("王小明 摄"));
  EXPECT_FALSE(is_credit("他拍摄的照片记录了小镇三十年的变化。"));
}

// ---------------------------------------------------------------------------
// Furniture, jump lines, series

TEST(Furniture, HeaderWithDateAndEditionNumber) {
  EXPECT_EQ(furniture_type("2024年3月8日 星期五 第5版 要闻"), "header");
}

// A header whose edition is a code without 版 (长沙晚报 2025年5月14日 星期三 A03).
TEST(Furniture, HeaderWithDateAndEditionCode) {
  EXPECT_EQ(furniture_type("滨江日报 2024年3月8日 星期五 A05"), "header");
  EXPECT_EQ(furniture_type("滨江日报 2024年3月8日星期五A05"), "header");
}

TEST(Furniture, HeaderForms) {
  EXPECT_EQ(furniture_type("滨江日报 2003年7月9日 第6版"), "header");
  EXPECT_EQ(furniture_type("第4版"), "header");
  EXPECT_EQ(furniture_type("B02版 要闻"), "header");
  EXPECT_EQ(furniture_type("二〇二四年三月八日 星期五"), "header");
}

TEST(Furniture, SentenceWithDateIsNoHeader) {
  EXPECT_EQ(furniture_type("2024年3月8日，第5版刊登的报道引起了读者关注。"), "");
  EXPECT_EQ(furniture_type("2024年3月8日第5版刊登的报道引起了广泛关注"), "");
  EXPECT_EQ(furniture_type("2024年3月8日"), "");
  EXPECT_EQ(furniture_type("A5"), "");
  EXPECT_EQ(furniture_type("G20峰会将于2024年3月8日开幕"), "");
}

TEST(Furniture, EditorLines) {
  EXPECT_EQ(furniture_type("责任编辑：赵大伟"), "editor");
  EXPECT_EQ(furniture_type("版式设计：钱晶"), "editor");
  EXPECT_EQ(furniture_type("本版制图：钱晶"), "editor");
}

TEST(Furniture, EditorLineWithoutColons) {
  EXPECT_EQ(furniture_type("责编 陶然 美编 石磊 校对 孔亮"), "editor");
  // The same line after normalisation removed the spaces between Han characters.
  EXPECT_EQ(furniture_type("责编陶然美编石磊校对孔亮"), "editor");
  EXPECT_EQ(furniture_type("本版编辑 方小红"), "editor");
  EXPECT_EQ(furniture_type("校对 孔亮"), "editor");
  EXPECT_EQ(furniture_type("制图：宁远"), "editor");
}

TEST(Furniture, SentenceOpeningWithAnEditorWordIsNotAnEditorLine) {
  EXPECT_EQ(furniture_type("编辑部收到了许多读者来信"), "");
  EXPECT_EQ(furniture_type("校对工作十分繁重"), "");
  EXPECT_EQ(furniture_type("责任编辑：赵大伟。他说，稿件已经送审。"), "");
}

TEST(Furniture, BodyIsNotFurniture) {
  EXPECT_EQ(furniture_type("河西镇今年计划种植早稻1.2万亩，比去年增加800亩。"), "");
  EXPECT_EQ(furniture_type("3月8日上午，滨江大桥完成荷载试验。"), "");
}

TEST(JumpLine, UpAndDown) {
  EXPECT_TRUE(is_jump_line("（下转第四版）"));
  EXPECT_TRUE(is_jump_line("（上接第一版）"));
  EXPECT_TRUE(is_jump_line("（下转A4版）"));
  EXPECT_FALSE(is_jump_line("（以下简称“联盟”）"));
  EXPECT_FALSE(is_jump_line("下转弯处车流较大，请注意慢行。"));
}

TEST(Series, SeriesLabels) {
  EXPECT_TRUE(looks_like_series("美丽乡村行系列报道之三"));
  EXPECT_TRUE(looks_like_series("滨江产业观察系列报道 7"));
  EXPECT_TRUE(looks_like_series("新春走基层·小镇故事④"));
  EXPECT_FALSE(looks_like_series("河西镇千亩稻田开犁"));
}

TEST(Series, LineOpeningWithADashIsASubtitle) {
  // A subtitle naming a work with a middle dot (——话剧《春·归》观后) is no series label.
  EXPECT_FALSE(looks_like_series("——话剧《春·归》观后"));
  EXPECT_TRUE(looks_like_series("话剧《春·归》观后"));
}

TEST(Series, ColumnsNamedByGenre) {
  EXPECT_TRUE(looks_like_series("记者手记"));
  EXPECT_TRUE(looks_like_series("滨江时评"));
  EXPECT_TRUE(looks_like_series("评论员观察"));
  EXPECT_FALSE(looks_like_series("河西镇农民观察"));
  EXPECT_FALSE(looks_like_series("专家建议加强对候鸟迁徙的长期观察"));
}

TEST(Patterns, CreditsRunTogetherEachKeepTheirName) {
  // Geometry readers join the lines of one block without a space: each
  // credit's agency (本报) then touches the name before it.
  auto b = match_byline("本报记者王明本报记者李华本报记者扎西顿珠");
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->names, (std::vector<std::string>{"王明", "李华", "扎西顿珠"}));
}

}  // namespace

}  // namespace banmian::classify
