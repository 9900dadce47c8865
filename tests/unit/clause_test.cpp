// Tests of text/clause: a paragraph that opens on the object of a sentence
// whose head was lost, told from one that opens a sentence of its own.
#include <gtest/gtest.h>

#include "text/clause.hpp"
#include "text/utf8.hpp"

namespace banmian::text {
namespace {

const Lexicon& lexicon() {
  static const Lexicon lex = Lexicon::builtin().value();
  return lex;
}

bool bare(const char* s) { return opens_on_bare_object(decode(s), lexicon()); }

TEST(Clause, ListOfThingsThenAnActionWithoutSubjectIsAFragment) {
  EXPECT_TRUE(bare("120台机床和30条传送带，同时建成一条自动化装配线，年产能提升三成。"));
}

TEST(Clause, ListThatIsTheSubjectOpensASentence) {
  // A verb right after the comma: the list is the subject.
  EXPECT_FALSE(bare("老城区的小巷、老街，留住了几代人的记忆。"));
  // A topic set by a time or a preposition.
  EXPECT_FALSE(bare("今年以来，全市新建充电桩和换电站两千多个，同时改造了老旧线路。"));
  EXPECT_FALSE(bare("在城南和城北，同时开工两所学校。"));
  // No list: one subject.
  EXPECT_FALSE(bare("青石村小学，同时也是村里的文化中心。"));
  // No comma at all.
  EXPECT_FALSE(bare("机床和检测设备都已到位。"));
}

TEST(Clause, EndsOnBareVerb) {
  // A clause of one verb after a comma: its object was cut off.
  EXPECT_TRUE(ends_on_bare_verb(decode("今年厂里新上了两条生产线，安置"), lexicon()));
  // The object follows; a clause of several words; no clause mark at all.
  EXPECT_FALSE(ends_on_bare_verb(decode("今年厂里新上了两条生产线，安置工人"), lexicon()));
  EXPECT_FALSE(ends_on_bare_verb(decode("他说，要坚持"), lexicon()));
  EXPECT_FALSE(ends_on_bare_verb(decode("安置"), lexicon()));
}

TEST(Clause, OpensOnObjectClause) {
  // Things and figures with no verb, then a connective: an object.
  EXPECT_TRUE(opens_on_object_clause(decode("工人300多名，并为他们办理了社保。"), lexicon()));
  // A verb right after the comma, a time or a pronoun in the first clause.
  EXPECT_FALSE(opens_on_object_clause(decode("老城区的小巷，留住了几代人的记忆。"), lexicon()));
  EXPECT_FALSE(opens_on_object_clause(decode("一年来，他们新建了两所学校。"), lexicon()));
  EXPECT_FALSE(opens_on_object_clause(decode("我们，并不孤单。"), lexicon()));
}

TEST(Clause, EndsInOpenFrame) {
  // 在 opened a frame in the last clause and nothing closed it.
  EXPECT_TRUE(ends_in_open_frame(decode("专家讲解避险知识，在全市防汛"), lexicon()));
  // Closed by a localizer or 时, gone on with a verb, or no 在 at all.
  EXPECT_FALSE(ends_in_open_frame(decode("专家讲解避险知识，在全市防汛演练中"), lexicon()));
  EXPECT_FALSE(ends_in_open_frame(decode("专家讲解避险知识，在会议上"), lexicon()));
  EXPECT_FALSE(ends_in_open_frame(decode("专家讲解避险知识，在全市推广"), lexicon()));
  EXPECT_FALSE(ends_in_open_frame(decode("专家讲解避险知识，走遍全市"), lexicon()));
  // A word holding 在 is no preposition.
  EXPECT_FALSE(ends_in_open_frame(decode("专家讲解避险知识，正在全市"), lexicon()));
}

TEST(Clause, OpensOnFrameClose) {
  EXPECT_TRUE(opens_on_frame_close(decode("演练中多次示范自救方法。"), lexicon()));
  EXPECT_TRUE(opens_on_frame_close(decode("会议期间，代表们分组讨论。"), lexicon()));
  // A frame of its own (在……中), no localizer near the opening.
  EXPECT_FALSE(opens_on_frame_close(decode("在演练中多次示范自救方法。"), lexicon()));
  EXPECT_FALSE(opens_on_frame_close(decode("居民们在演练中学到了本领。"), lexicon()));
  EXPECT_FALSE(opens_on_frame_close(decode("今年以来，全区开展演练二十多场。"), lexicon()));
  EXPECT_FALSE(opens_on_frame_close(decode("居民们纷纷表示学到了真本领。"), lexicon()));
}

TEST(Clause, EndsOnVerbAwaitingObject) {
  // A verb of two characters and 了, nothing after: its object was cut off.
  EXPECT_TRUE(ends_on_verb_awaiting_object(decode("两家企业负责人昨天在市里签订了"), lexicon()));
  // The object follows; a one-character verb; no 了.
  EXPECT_FALSE(ends_on_verb_awaiting_object(decode("两家企业负责人昨天在市里签订了协议"), lexicon()));
  EXPECT_FALSE(ends_on_verb_awaiting_object(decode("两家企业负责人昨天在市里签订"), lexicon()));
}

TEST(Clause, OpensOnOneWordClause) {
  EXPECT_TRUE(opens_on_one_word_clause(decode("协议，就双方合作的范围作了约定。"), lexicon()));
  EXPECT_TRUE(opens_on_one_word_clause(decode("会谈，就双边关系交换了意见。"), lexicon()));
  // A time word or a connective opens a sentence of its own; so does a
  // first clause of several words.
  EXPECT_FALSE(opens_on_one_word_clause(decode("目前，双方已开始合作。"), lexicon()));
  EXPECT_FALSE(opens_on_one_word_clause(decode("此外，双方还将互派人员。"), lexicon()));
  EXPECT_FALSE(opens_on_one_word_clause(decode("双方签订协议，就合作范围作了约定。"), lexicon()));
}

TEST(Clause, HasVerb) {
  EXPECT_TRUE(has_verb(decode("老房子焕发新生机"), lexicon()));
  EXPECT_FALSE(has_verb(decode("滨江老街"), lexicon()));
}

TEST(Clause, OpensOnNoun) {
  EXPECT_TRUE(opens_on_noun(decode("市场12家企业上榜"), lexicon()));
  EXPECT_FALSE(opens_on_noun(decode("取消12项涉企收费"), lexicon()));
  EXPECT_FALSE(opens_on_noun(decode("七百多亿元"), lexicon()));
}

}  // namespace
}  // namespace banmian::text
