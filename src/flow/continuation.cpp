// Continuation repair: which fragment continues a paragraph cut by a column
// break. Every dangling end is scored against every candidate start on
// boundary evidence (punctuation, a lexicon word or a number and its unit
// spanning the cut), topic similarity and layout, and the pairs are chosen
// by a global assignment.
#include <algorithm>
#include <unordered_map>
#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "flow/flow.hpp"
#include "flow/topic.hpp"
#include "text/chars.hpp"
#include "text/clause.hpp"
#include "text/utf8.hpp"

namespace banmian::flow {
namespace {

using detail::Role;
using detail::Unit;

// Above this many dangling ends or starts the assignment falls back to
// greedy choice, so that a pathological page stays fast.
constexpr std::size_t kMaxAssignmentSize = 200;

// Continuations are looked for within this many units of the cut: more
// than a whole real page holds, and it keeps an oversized input linear.
constexpr std::size_t kCandidateWindow = 400;

// On pages ordered from coordinates, a continuation that is not next in
// the column loses this much: geometry has joined the real column breaks.
constexpr double kGeometryDistancePenalty = 0.2;

// Longest line that signs the text above it (——编者, ——王文西（山东）).
constexpr std::size_t kMaxSignatureLength = 16;

// How much better (in summed topic similarity) the units after a moved
// tail must fit the headline above them than the end's article, for the
// move to stop before them.
constexpr double kRunSplitMargin = 0.02;
// A unit whose topic similarities to two texts differ by less than this
// speaks for neither.
constexpr double kNeutralTopic = 0.005;
// How much better the text after an end must fit a paragraph after the
// continuation, moved with it from a column printed early, than the
// continuation or the end, for the moved column to stop there.
constexpr double kColumnStopMargin = 0.03;

// What a continuation that opens like a new paragraph (on a time phrase)
// loses after an end on a full word.
constexpr double kFreshParagraphPenalty = 0.15;
// What a continuation that opens on a framing clause (opens_with_framing_
// clause) loses after an end on a full word, where nothing but being next
// in the column speaks for it.
constexpr double kFramingOpenerPenalty = 0.25;

// Han characters on each side of a cut read for words spanning it.
constexpr std::size_t kCutWindow = 4;
// A reading across the cut this much likelier (in nats) counts as evidence;
// each nat is worth kCutGainScorePerNat, up to kMaxCutGainScore.
constexpr double kMinCutGain = 0.5;
constexpr double kCutGainScorePerNat = 0.06;
constexpr double kMaxCutGainScore = 0.5;
// The reading across a cut after a bound attributive morpheme that makes a
// word with the text after it (bound_morpheme_spans) counts as this much:
// as much as a common word spanning the cut.
constexpr double kBoundMorphemeGain = 8.0;
// A line taken for an intertitle goes back to the body when the reading
// across its end into the next paragraph is this much likelier.
constexpr double kRestoreCutGain = 3.0;
// The same for a paragraph anywhere on the page taking up a headline line
// (more readings to choose from, so a stronger one).
constexpr double kCutElsewhereGain = 2 * kRestoreCutGain;

// What a quotation opened before the cut and closed after it is worth, and
// what a continuation closing a quotation the end did not open loses.
constexpr double kQuoteSpanScore = 0.4;
constexpr double kQuoteMismatchPenalty = 0.15;

// What a continuation gains where the layout says both sides go on: it opens
// a block flush on a page whose extractor cut every paragraph's indented
// first line off (Unit::opens_flush), and the end was cut by its column's
// end (Unit::runs_on). Topic has to carry it the rest of the way.
constexpr double kFlushRunOnBonus = 0.1;
// What it gains when the continuation surely opens mid-paragraph
// (Unit::tail_line: a paragraph's last line alone at the top of its column,
// or a full line over paragraphs that show their indent by width).
constexpr double kTailLineRunOnBonus = 0.25;
// What a continuation loses whose first line shows a paragraph's indent by
// its width (Unit::opens_indent_width).
constexpr double kIndentWidthPenalty = 0.2;

// What each join costs in the assignment (see find_continuations).
constexpr double kJoinCost = 0.1;

// What every pair of an end and a start is worth before any evidence.
constexpr double kBaseScore = 0.15;
// A continuation away from its end needs at least this much evidence at
// the cut (more than an end on a function word), or loses
// kUnsupportedDistancePenalty: enough to keep a pair that shares nothing
// but a topic below the default threshold.
constexpr double kMinDistantEvidence = 0.15;
constexpr double kUnsupportedDistancePenalty = 0.1;

// Longest quoted term (“走过场”: a word or phrase in quotation marks, no
// clause inside) that a run of such terms across a cut is read from.
constexpr std::size_t kMaxQuotedTerm = 8;
// What a run of quoted terms spanning the cut is worth (搞“走过场” /
// “一刀切”，最后……): terms set one after another, the second opening
// the text after the cut.
constexpr double kQuotedTermRunScore = 0.4;

// Shortest and longest clause left open at the cut that a continuation
// taking it up again (parallel clauses) is read from, how far into the
// continuation the repeat may sit, and what it is worth.
constexpr std::size_t kMinRepeatedClause = 4;
constexpr std::size_t kMaxRepeatedClause = 12;
constexpr std::size_t kMaxRepeatReach = 40;
constexpr double kParallelClauseScore = 0.3;

// What a continuation opening on a quoted term closed by a semicolon
// (opens_on_term_closing_clause) is worth after an end on a full word.
constexpr double kTermClosingClauseScore = 0.3;

// What a continuation opening on a connective that adds a clause
// (opens_on_added_clause) is worth after a run's last paragraph stopping on
// a semicolon.
constexpr double kAddedClauseScore = 0.3;

// What a continuation loses after an end that is one whole quotation.
constexpr double kWhollyQuotedEndPenalty = 0.4;

// A heading line ending no sentence is a candidate end when at least this
// long (in characters).
constexpr std::size_t kMinHeadingEndLength = 6;

// What a continuation going on with a name cut after its middle dot
// (约翰·史 / 密斯……) is worth.
constexpr double kNameCutScore = 0.4;
// What a continuation opening on a list item (opens_on_list_item) is worth
// after an end on a pause mark, and the longest item it opens on.
constexpr double kListSpanScore = 0.2;
constexpr std::size_t kMaxListItem = 6;
// What a continuation opening on a clause of things with no verb is worth
// after an end on a clause of one verb (text::ends_on_bare_verb,
// text::opens_on_object_clause).
constexpr double kVerbObjectScore = 0.25;
// What a continuation opening on the localizer that closes a frame is worth
// after an end that 在 left open (text::ends_in_open_frame,
// text::opens_on_frame_close: ……，在全市性防汛 / 演练中多次……).
constexpr double kFrameSpanScore = 0.25;
// What a continuation opening on a directional complement (起来，) is worth
// after an end on a content character.
constexpr double kComplementStartScore = 0.4;
// What a continuation opening on a figure after an end on a figure and 至
// (a range: 18至 / 19世纪) is worth.
constexpr double kRangeCutScore = 0.4;

// What a continuation opening on a particle loses after an end on a clause
// mark, which no particle follows.
constexpr double kParticleAfterMarkPenalty = 0.3;
// A text opening on a particle that opens no word (了温饱。, 的办法) leans on
// a word cut off before it: strong evidence of a continuation, once the
// particle characters that open words of their own (过去, 着力) are told
// apart.
constexpr double kLeaningParticleScore = 0.3;

// What a continuation opening on an adverb that leans on a subject before
// it (opens_on_leaning_adverb: 都在……, 却……) is worth.
constexpr double kLeaningAdverbScore = 0.25;

// What a continuation opening on a clause's last words (opens_on_clause_
// tail) is worth after an end on a Han character.
constexpr double kClauseTailStartScore = 0.3;

// Longest line (in characters, with its mark) read as a verse line, and
// what a join between two such lines loses.
constexpr std::size_t kMaxVerseLine = 10;
constexpr double kVerseLinePenalty = 0.3;

// What a continuation opening on a figure loses after an end on a count (a
// figure and a measure word), which goes on with the noun it counts.
constexpr double kFigureAfterCountPenalty = 0.15;

// What a continuation opening on a noun is worth after an end on a
// determiner (ends_on_determiner).
constexpr double kDeterminerNounScore = 0.3;

// What a continuation loses after an end on a colon.
constexpr double kColonEndPenalty = 0.1;
// Penalty for an end that is a label and its value on a line of their own
// (is_label_line), and the longest such line and label (code points).
constexpr double kLabelLinePenalty = 0.5;
constexpr std::size_t kMaxLabelLine = 24;
constexpr std::size_t kMaxLabelName = 8;

// What a continuation gains that opens the paragraphs between a title and
// its subtitle set after them (subtitle_after_tail) after the last
// paragraph of the text under the subtitle, stopping mid-sentence.
constexpr double kDisplacedTailScore = 0.2;

// Longest label under a displaced subtitle read as the series it runs in.
constexpr std::size_t kMaxSeriesLabel = 8;

// What a continuation away from its end gains when the end is the last
// paragraph of its run (see score_pair): little, it only tells apart ends
// that are otherwise alike.
constexpr double kRunEndTailScore = 0.02;

// Below this topic similarity two texts are taken to share nothing.
constexpr double kUnrelatedTopic = 0.035;
// Characters of a paragraph's last words compared with the words closing a
// sentence elsewhere on the page (restates_sentence in find_continuations).
constexpr std::size_t kRestatedWords = 12;

// Paragraphs shorter than this (in characters) are too short to judge.
constexpr std::size_t kTopicJudgeableLength = 30;

bool is_continuation_punct(char32_t c) {
  return c == U'，' || c == U'、' || c == U'。' || c == U'；' || c == U'：' || c == U'？' ||
         c == U'！' || c == U'）' || c == U'」' || c == U'』' || c == U'”' || c == U'’' ||
         c == U'…' || c == U'》' || c == U',' || c == U'.' || c == U')' || c == U'%' || c == U'％';
}

bool is_particle(char32_t c) {
  static constexpr std::u32string_view kParticles = U"的了着过地得吗呢吧么们";
  return kParticles.find(c) != std::u32string_view::npos;
}

// True for a mark that closes a clause or a sentence (，、；：。！？): no
// particle leans on it.
bool is_clause_mark(char32_t c) {
  static constexpr std::u32string_view kMarks = U"，、；：。！？,;:";
  return kMarks.find(c) != std::u32string_view::npos;
}

bool is_unit_char(char32_t c) {
  static constexpr std::u32string_view kUnits =
      U"年月日时分秒个万亿千百元角岁名人次件项台辆吨米家所倍天周号期届位批条座只种篇部户股";
  return kUnits.find(c) != std::u32string_view::npos;
}

// The length of the mark that opens a list item or bulleted line: ■ ● ◆ ▲,
// （一）, 一、, 1., 第一，, 其二，, 三是 — a new item, never the rest of a cut
// sentence. 0 when the text opens no item.
std::size_t list_item_mark(std::u32string_view s) {
  if (s.empty()) return 0;
  static constexpr std::u32string_view kBullets = U"■●◆▲□○◇△★☆•·—";
  if (kBullets.find(s.front()) != std::u32string_view::npos) return 1;
  static constexpr std::u32string_view kNumerals = U"一二三四五六七八九十";
  std::size_t i = 0;
  if (s[0] == U'（' || s[0] == U'(') {
    i = 1;
    while (i < s.size() && (kNumerals.find(s[i]) != std::u32string_view::npos || text::is_digit(s[i]))) ++i;
    return i > 1 && i < s.size() && (s[i] == U'）' || s[i] == U')') ? i + 1 : 0;
  }
  // Ordinals that count items: 第一，/ 其二、/ 首先， and 一是 / 二是.
  auto counted = [&](std::size_t from) {
    std::size_t k = from;
    while (k < s.size() && kNumerals.find(s[k]) != std::u32string_view::npos) ++k;
    return k > from && k < s.size() && k - from <= 2 ? k : std::size_t{0};
  };
  if (s[0] == U'第' || s[0] == U'其') {
    const std::size_t k = counted(1);
    if (k > 0 && (s[k] == U'，' || s[k] == U'、')) return k + 1;
  }
  if (const std::size_t k = counted(0); k > 0 && s[k] == U'是') return k + 1;
  while (i < s.size() && (kNumerals.find(s[i]) != std::u32string_view::npos || text::is_digit(s[i]))) ++i;
  return i > 0 && i < s.size() &&
                 (s[i] == U'、' || ((s[i] == U'.' || s[i] == U'．') && i + 1 < s.size() && !text::is_digit(s[i + 1])))
             ? i + 1
             : 0;
}

bool starts_list_item(std::u32string_view s) { return list_item_mark(s) > 0; }

// The value of a number written in figures or in Chinese numerals up to
// 九十九 (三, 十二, 二十, 二十三); -1 for anything else.
int numeral_value(std::u32string_view s) {
  if (s.empty()) return -1;
  if (std::all_of(s.begin(), s.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; })) {
    if (s.size() > 3) return -1;
    int v = 0;
    for (char32_t c : s) v = v * 10 + static_cast<int>(c - U'0');
    return v;
  }
  static constexpr std::u32string_view kDigits = U"零一二三四五六七八九";
  auto digit = [&](char32_t c) {
    const std::size_t at = kDigits.find(c);
    return at == std::u32string_view::npos ? -1 : static_cast<int>(at);
  };
  const std::size_t ten = s.find(U'十');
  if (ten == std::u32string_view::npos) return s.size() == 1 ? digit(s[0]) : -1;
  if (ten > 1 || s.size() > ten + 2) return -1;
  const int tens = ten == 0 ? 1 : digit(s[0]);
  const int ones = s.size() == ten + 1 ? 0 : digit(s[ten + 1]);
  return tens < 1 || ones < 0 ? -1 : tens * 10 + ones;
}

}  // namespace

ItemNumber item_number(std::u32string_view s) {
  auto numeral = [](char32_t c) {
    return (c >= U'0' && c <= U'9') || std::u32string_view(U"零一二三四五六七八九十").find(c) != std::u32string_view::npos;
  };
  std::size_t i = 0;
  const bool bracketed = !s.empty() && (s[0] == U'（' || s[0] == U'(');
  const bool article = !s.empty() && s[0] == U'第';
  if (bracketed || article) i = 1;
  const std::size_t from = i;
  while (i < s.size() && numeral(s[i])) ++i;
  if (i == from || i >= s.size()) return {};
  const int v = numeral_value(s.substr(from, i - from));
  if (v < 0) return {};
  if (bracketed) return s[i] == U'）' || s[i] == U')' ? ItemNumber{1, v} : ItemNumber{};
  if (article) return s[i] == U'条' ? ItemNumber{4, v} : ItemNumber{};
  if (s[i] == U'、') return {2, v};
  if ((s[i] == U'．' || s[i] == U'.') && i + 1 < s.size() && !text::is_digit(s[i + 1])) return {3, v};
  return {};
}

namespace {

bool is_measure(char32_t c) {
  static constexpr std::u32string_view kMeasures = U"个位名项家件次批条座只种篇部户台辆";
  return kMeasures.find(c) != std::u32string_view::npos;
}

// True when the text opens like a new paragraph: a time phrase and a comma
// (2018年9月24日，, ２０１８年，, 去年，, 18点30分，, 大年初七，). A cut sentence goes on with
// a word of its clause, rarely with a fresh time setting.
// True for a character of a time phrase: a figure, a numeral or a time word
// (2018年9月24日, 去年, 大年初七, 11天后, 目前).
bool is_time_char(char32_t c) {
  static constexpr std::u32string_view kTime = U"年月日号时点分秒周旬天初末底前后今去明昨近此当目如来上下午晚早夜凌晨大";
  static constexpr std::u32string_view kNumerals = U"一二两三四五六七八九十百";
  return text::is_digit(c) || (c >= U'０' && c <= U'９') || kNumerals.find(c) != std::u32string_view::npos ||
         kTime.find(c) != std::u32string_view::npos;
}

bool opens_with_time_phrase(std::u32string_view s) {
  static constexpr std::u32string_view kAnchors = U"年月日时点";
  std::size_t comma = s.find(U'，');
  if (comma == std::u32string_view::npos || comma < 2 || comma > 12) return false;
  bool anchored = false;
  for (std::size_t i = 0; i < comma; ++i) {
    if (!is_time_char(s[i])) return false;
    anchored = anchored || kAnchors.find(s[i]) != std::u32string_view::npos;
  }
  return anchored;
}

// True when a text opens on a short first clause that frames a sentence of
// its own: a source and a verb of saying or knowing (有关部门表示，/
// 调查显示，/ 有人认为，), or a setting led by a preposition (随着……，/
// 据……，/ 在……中，/ 当……时，) or closed by a span word (……期间，/
// ……以来，).
// A verb after a place word (……会上指出，) lacks its subject and its 在,
// which stand before the cut: no opener.
bool opens_with_framing_clause(std::u32string_view s) {
  const std::size_t comma = s.find(U'，');
  if (comma == std::u32string_view::npos || comma < 2 || comma > 12) return false;
  const std::u32string_view clause = s.substr(0, comma);
  if (clause.find_first_of(U"。！？；：“”") != std::u32string_view::npos) return false;
  static constexpr std::u32string_view kPlaceWords = U"上中里内外间时后前下";
  static constexpr std::u32string_view kSaying[] = {U"认为", U"表示", U"显示", U"指出", U"介绍", U"强调", U"透露",
                                                    U"坦言", U"表明", U"获悉", U"预计", U"看来"};
  for (std::u32string_view verb : kSaying)
    if (clause.size() > verb.size() && clause.ends_with(verb))
      return kPlaceWords.find(clause[clause.size() - verb.size() - 1]) == std::u32string_view::npos;
  static constexpr std::u32string_view kLeading[] = {U"随着", U"据", U"截至"};
  for (std::u32string_view word : kLeading)
    if (clause.size() > word.size() && clause.starts_with(word)) return true;
  static constexpr std::u32string_view kSpans[] = {U"期间", U"以来", U"之际"};
  for (std::u32string_view word : kSpans)
    if (clause.size() > word.size() && clause.ends_with(word)) return true;
  return clause.size() >= 3 && (clause.front() == U'在' || clause.front() == U'当') &&
         kPlaceWords.find(clause.back()) != std::u32string_view::npos;
}

bool is_connective_end(char32_t c) {
  static constexpr std::u32string_view kEnds = U"的和与及在对为把被从向将是了就也都还又而并或且但等由让给以于“《（(";
  return kEnds.find(c) != std::u32string_view::npos;
}

// Most characters between the cut and the word that closes a frame opened
// before it (以 / 年俗为主题: the closing 为 within the first words).
constexpr std::size_t kMaxFrameSpan = 8;
// What a frame of two words spanning the cut is worth (its opener ends the
// text; kFrameSpanScore is for the frame 在 opened earlier in the clause).
constexpr double kWordFrameSpanScore = 0.15;

// True when the end's last character opens a frame of two words (以……为,
// 从……到) and the text after the cut closes it within its first few
// characters, before any clause mark, as a word of its own (not the 为 of
// 认为).
bool closes_frame(char32_t opener, std::u32string_view b, const text::Lexicon& lexicon) {
  char32_t closer = 0;
  if (opener == U'以') closer = U'为';
  else if (opener == U'从') closer = U'到';
  else return false;
  for (std::size_t k = 1; k < b.size() && k <= kMaxFrameSpan; ++k) {
    if (text::is_punct(b[k]) && b[k] != U'、' && b[k] != U'“' && b[k] != U'”' && b[k] != U'《' && b[k] != U'》') return false;
    if (b[k] == closer) return !lexicon.contains(b.substr(k - 1, 2));
  }
  return false;
}

bool opens_quote(char32_t c) { return c == U'“' || c == U'「'; }
bool closes_quote(char32_t c) { return c == U'”' || c == U'」'; }

// True when a quotation opened in the text is still open at its end.
bool leaves_quote_open(std::u32string_view s) {
  int depth = 0;
  for (char32_t c : s) {
    if (opens_quote(c)) ++depth;
    else if (closes_quote(c) && depth > 0) --depth;
  }
  return depth > 0;
}

// True when the text closes a quotation it did not open: a closing mark
// comes before any opening one.
bool closes_unopened_quote(std::u32string_view s) {
  int depth = 0;
  for (char32_t c : s) {
    if (opens_quote(c)) ++depth;
    else if (closes_quote(c) && depth-- == 0) return true;
  }
  return false;
}

// True when a quoted term (kMaxQuotedTerm characters at most, no clause
// mark inside) ends the text: ……搞“走过场”.
bool ends_on_quoted_term(std::u32string_view s) {
  if (s.size() < 3 || !closes_quote(s.back())) return false;
  for (std::size_t k = 1; k <= kMaxQuotedTerm + 1 && k < s.size(); ++k) {
    const char32_t c = s[s.size() - 1 - k];
    if (opens_quote(c)) return k >= 2;
    if (text::is_punct(c) || text::is_space(c)) return false;
  }
  return false;
}

// True when the text opens on such a quoted term that a comma, a pause
// mark or another term follows: “悬空落实”，最后…… (a quotation of speech
// runs longer or ends in a stop).
bool opens_on_quoted_term(std::u32string_view s) {
  if (s.size() < 4 || !opens_quote(s.front())) return false;
  for (std::size_t k = 1; k <= kMaxQuotedTerm + 1 && k < s.size(); ++k) {
    const char32_t c = s[k];
    if (closes_quote(c)) {
      if (k < 2 || k + 1 >= s.size()) return false;
      const char32_t after = s[k + 1];
      return after == U'，' || after == U'、' || opens_quote(after);
    }
    if (text::is_punct(c) || text::is_space(c)) return false;
  }
  return false;
}

// True when the clause the end leaves open at the cut (……，或组织村民参加)
// comes again in the continuation's first sentence, right after a clause
// mark, and goes on there (培训，或组织村民参加义诊；……): the open clause is
// the first of parallel clauses set one after another, the cut falling
// inside it. Only a clause of Han characters kMinRepeatedClause long or
// more, which hardly recurs by chance.
bool repeats_open_clause(std::u32string_view a, std::u32string_view b) {
  const std::size_t mark = a.find_last_of(U"，；、：。！？");
  if (mark == std::u32string_view::npos) return false;
  const std::u32string_view clause = a.substr(mark + 1);
  if (clause.size() < kMinRepeatedClause || clause.size() > kMaxRepeatedClause ||
      !std::all_of(clause.begin(), clause.end(), text::is_han))
    return false;
  const std::u32string_view head = b.substr(0, std::min(b.size(), kMaxRepeatReach + clause.size()));
  for (std::size_t at = head.find(clause); at != std::u32string_view::npos; at = head.find(clause, at + 1)) {
    if (at == 0) continue;
    const char32_t before = head[at - 1];
    // (The repeat goes on with more of its clause, as the end's clause goes
    // on across the cut: a clause repeated whole restates the end.)
    const std::size_t after = at + clause.size();
    if ((before == U'，' || before == U'；' || before == U'、') && after < head.size() && text::is_han(head[after])) {
      // (Within the first sentence.)
      return head.substr(0, at).find_first_of(U"。！？") == std::u32string_view::npos;
    }
  }
  return false;
}

// True when the end's last character and the continuation's first two
// (Han all three) come earlier in the end's own last sentence: a clause
// taken up again in parallel, the cut falling where it repeats the words
// of the one before (……这是为了大家，而不是 / 为了自己……). Three
// characters in this order within one sentence hardly recur by chance.
bool cut_repeats_in_sentence(std::u32string_view a, std::u32string_view b) {
  if (a.size() < 4 || b.size() < 2 || !text::is_han(a.back()) || !text::is_han(b[0]) || !text::is_han(b[1]))
    return false;
  const std::u32string_view before = a.substr(0, a.size() - 1);
  const std::size_t stop = before.find_last_of(U"。！？!?");
  const std::u32string_view sentence = stop == std::u32string_view::npos ? before : before.substr(stop + 1);
  const std::u32string words{a.back(), b[0], b[1]};
  return sentence.find(words) != std::u32string_view::npos;
}

// True when the text opens on a quoted term that a semicolon closes at
// once (“平安家园”；……): a clause of one quoted name, no verb, which stands
// as no clause of its own; it is the head of a phrase begun before it.
bool opens_on_term_closing_clause(std::u32string_view s) {
  if (s.size() < 5 || !opens_quote(s.front())) return false;
  for (std::size_t k = 1; k <= kMaxQuotedTerm + 1 && k < s.size(); ++k) {
    const char32_t c = s[k];
    if (closes_quote(c)) return k >= 3 && k + 1 < s.size() && s[k + 1] == U'；';
    if (text::is_punct(c) || text::is_space(c)) return false;
  }
  return false;
}

// True when the text opens on a connective that adds one more clause to a
// series (再者，……, 此外，……, 其次，……): no article opens on one.
bool opens_on_added_clause(std::u32string_view s) {
  static constexpr std::u32string_view kAdding[] = {U"再者，", U"此外，", U"其次，", U"另外，", U"再次，"};
  for (std::u32string_view w : kAdding)
    if (s.starts_with(w)) return true;
  return false;
}

// The log-probability of the likeliest segmentation of a short text into
// lexicon words (unknown characters as one-character words).
double best_segmentation(std::u32string_view s, const text::Lexicon& lexicon) {
  constexpr std::size_t kLongest = 8;
  std::vector<double> best(s.size() + 1, -1e300);
  best[0] = 0;
  for (std::size_t i = 1; i <= s.size(); ++i)
    for (std::size_t j = i > kLongest ? i - kLongest : 0; j < i; ++j) {
      std::u32string_view w = s.substr(j, i - j);
      if (w.size() > 1 && !lexicon.contains(w)) continue;
      best[i] = std::max(best[i], best[j] + lexicon.log_probability(w));
    }
  return best[s.size()];
}

// True when the whole text is one group in round brackets: (本报北京1月5日电).
bool wholly_bracketed(std::string_view utf8) {
  const std::u32string s = text::decode(utf8);
  return !s.empty() && (s.front() == U'（' || s.front() == U'(') && text::is_enclosed(s);
}

// Numbers the runs of units between headline groups (and, when asked,
// datelines, which open briefs): the provisional articles of the input order.
std::vector<int> provisional_runs(const std::vector<Unit>& units, bool datelines_open_runs) {
  std::vector<int> run(units.size(), 0);
  int r = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
    const bool heads = units[i].role == Role::kHeadline || units[i].role == Role::kSeries;
    const bool headed_before = i > 0 && (units[i - 1].role == Role::kHeadline || units[i - 1].role == Role::kSeries);
    // A paragraph wholly in brackets after body text signs its article off
    // ((本报东京2月24日电), (综合本报记者……报道)): what follows is another.
    const bool signed_off_before = i > 0 && units[i - 1].role == Role::kBody && wholly_bracketed(units[i - 1].text);
    if ((heads && !headed_before) || (!heads && datelines_open_runs && units[i].dateline) ||
        (!heads && signed_off_before))
      ++r;
    run[i] = r;
  }
  return run;
}

// One side of a cut: the Han characters next to it (up to kCutWindow) and
// the log-probability of their best split into words. Computed once a unit,
// since every end is read against many starts.
struct CutSide {
  std::u32string chars;
  double best = 0;
};

CutSide end_side(std::u32string_view a, const text::Lexicon& lexicon) {
  while (!a.empty() && text::is_space(a.back())) a.remove_suffix(1);
  std::size_t left = 0;
  while (left < kCutWindow && left < a.size() && text::is_han(a[a.size() - 1 - left])) ++left;
  CutSide side{std::u32string(a.substr(a.size() - left)), 0};
  if (left > 0) side.best = best_segmentation(side.chars, lexicon);
  return side;
}

CutSide start_side(std::u32string_view b, const text::Lexicon& lexicon) {
  while (!b.empty() && text::is_space(b.front())) b.remove_prefix(1);
  std::size_t right = 0;
  while (right < kCutWindow && right < b.size() && text::is_han(b[right])) ++right;
  CutSide side{std::u32string(b.substr(0, right)), 0};
  if (right > 0) side.best = best_segmentation(side.chars, lexicon);
  return side;
}

// True when the left side ends on a bound attributive morpheme (a one-
// character word the lexicon tags as 区别词, 'b': 总, 副, 女), standing
// alone (closing no longer word: 男女, 民主), that makes a word of the
// lexicon with the first characters of the right side (总 / 店, 副 / 手):
// such a morpheme stands before the noun it qualifies, never at a clause's
// end, so the side that opens on that noun is where the text goes on,
// though the whole word (超市总店) be missing from the lexicon and its rare
// parts read little better together than apart.
bool bound_morpheme_spans(const CutSide& left, const CutSide& right, const text::Lexicon& lexicon) {
  if (left.chars.empty() || right.chars.empty()) return false;
  const std::u32string last(1, left.chars.back());
  if (lexicon.tag(last) != "b") return false;
  // (Not where it closes a longer word: 男女, 民主, 为主 end clauses.)
  for (std::size_t len = 2; len <= 4 && len <= left.chars.size(); ++len)
    if (lexicon.contains(std::u32string_view(left.chars).substr(left.chars.size() - len))) return false;
  for (std::size_t len = 1; len <= 2 && len <= right.chars.size(); ++len)
    if (lexicon.contains(last + right.chars.substr(0, len))) return true;
  return false;
}

// How much likelier (in nats) the two sides read as one text than apart.
double gain_across(const CutSide& left, const CutSide& right, const text::Lexicon& lexicon) {
  if (left.chars.empty() || right.chars.empty()) return 0;
  const double gain = std::max(0.0, best_segmentation(left.chars + right.chars, lexicon) - left.best - right.best);
  return bound_morpheme_spans(left, right, lexicon) ? std::max(gain, kBoundMorphemeGain) : gain;
}

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// True when the end's last character and the start's first are one
// character repeated, and a word of the lexicon of three or four characters
// (软绵绵, 高高兴兴) holds the pair: a reduplicated word cut in its middle.
bool reduplicated_word_spans(std::u32string_view a, std::u32string_view b, const text::Lexicon& lexicon) {
  if (a.empty() || b.empty() || a.back() != b.front() || !text::is_han(a.back())) return false;
  for (std::size_t left = 1; left <= 3 && left <= a.size(); ++left)
    for (std::size_t right = 1; right <= 3 && right <= b.size(); ++right) {
      if (left + right < 3 || left + right > 4) continue;
      std::u32string w(a.substr(a.size() - left));
      w += b.substr(0, right);
      if (std::all_of(w.begin(), w.end(), text::is_han) && lexicon.contains(w)) return true;
    }
  return false;
}

// The topic of the text an end belongs to: the end and up to six body units
// before it in its provisional run, leaving out `except`.
// `members`, when given, receives the units taken besides the end.
TopicVector context_before(const std::vector<Unit>& units, const std::vector<TopicVector>& vec,
                           const std::vector<int>& run, std::size_t p, std::size_t except,
                           std::vector<std::size_t>* members = nullptr) {
  TopicVector v = vec[p];
  int taken = 0;
  for (std::size_t k = p; k-- > 0 && taken < 6;) {
    if (run[k] != run[p]) break;
    if (units[k].role != Role::kBody || k == except) continue;
    v = TopicModel::add(v, vec[k]);
    if (members) members->push_back(k);
    ++taken;
  }
  return v;
}

struct Evidence {
  double score = 0;
  std::string why;
};

}  // namespace

double cut_gain(std::u32string_view a, std::u32string_view b, const text::Lexicon& lexicon) {
  return gain_across(end_side(a, lexicon), start_side(b, lexicon), lexicon);
}

bool starts_as_continuation(std::u32string_view s) {
  if (s.empty()) return false;
  return is_continuation_punct(s.front()) || is_particle(s.front()) || s.front() == U'是';
}

namespace {

bool ends_on_attributive_de(std::u32string_view a, const text::Lexicon& lexicon);  // (defined below)

// True when the text opens on a measure word or unit that opens no word of
// the lexicon (台收割机…, 时指出…): what it counts or dates stands
// before the cut.
bool opens_on_bare_unit(std::u32string_view s, const text::Lexicon& lexicon) {
  if (s.empty() || (!is_measure(s.front()) && !is_unit_char(s.front()))) return false;
  for (std::size_t len = 2; len <= 4 && len <= s.size(); ++len)
    if (lexicon.frequency(s.substr(0, len)) >= 50) return false;
  return true;
}

}  // namespace

bool starts_mid_sentence(std::u32string_view s, const text::Lexicon& lexicon) {
  if (s.empty()) return false;
  return starts_as_continuation(s) || opens_on_bare_unit(s, lexicon);
}

namespace {

// True when a text stops on a word that cannot end a heading: an adverb,
// a preposition or a conjunction (……社会上经常, ……假日期间由于), by its
// last word in the lexicon.
bool stops_on_function_word(std::u32string_view a, const text::Lexicon& lexicon) {
  if (a.size() < 2) return false;
  const std::string_view tag = text::last_word_tag(a, lexicon, 1, std::min<std::size_t>(4, a.size() - 1));
  return !tag.empty() && (tag.front() == 'd' || tag.front() == 'p' || tag.front() == 'c');
}

// True when a line with a clause mark reads as the first line of running
// text rather than a heading: it opens on a setting (2月22日，/ 11天后，/
// 目前，/ 据初步统计，), or stops on a word that cannot end a heading (an
// adverb, preposition or conjunction: ……社会上经常 / ……去年一至), or on one
// character after a pause mark (……电抗器、断).
bool reads_as_cut_text(std::u32string_view a, const text::Lexicon& lexicon) {
  // (A numbered heading, 一、事件经过 or （二）……, is read after its
  // number: the mark's pause or bracket is no clause of the text.)
  a.remove_prefix(list_item_mark(a));
  const std::size_t comma = a.find(U'，');
  const bool clause = comma != std::u32string_view::npos || a.find(U'、') != std::u32string_view::npos;
  if (!clause || a.size() < 4) return false;
  if (comma != std::u32string_view::npos && comma >= 2 && comma <= 5 &&
      std::all_of(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(comma), is_time_char))
    return true;
  if (a.front() == U'据' && comma != std::u32string_view::npos && comma <= 12) return true;
  const char32_t before = a[a.size() - 2];
  if (before == U'、' || before == U'，') return true;
  return stops_on_function_word(a, lexicon);
}

// True when a text ends on the structural particle 的 standing as a word of
// its own (not the last character of 目的 or 有的): a phrase that qualifies a
// word still to come. (Not where its clause holds a 是 the 的 closes: ……是
// 不可能的 states a judgement whole.)
bool ends_on_attributive_de(std::u32string_view a, const text::Lexicon& lexicon) {
  if (a.size() < 2 || a.back() != U'的' || !text::is_han(a[a.size() - 2])) return false;
  const std::size_t mark = a.find_last_of(U"，。；：！？、");
  const std::u32string_view clause = mark == std::u32string_view::npos ? a : a.substr(mark + 1);
  if (clause.find(U'是') != std::u32string_view::npos) return false;
  return text::last_word_tag(a, lexicon, 1, std::min<std::size_t>(4, a.size())) == "uj";
}

// True when a text ends on a word of two characters or more that the
// lexicon tags a preposition, a conjunction or an adverb (……按照, ……以及,
// ……经常): no sentence stops on one, and what follows it may well open on
// a quotation or a time phrase (按照 / “三改一加强”的要求).
// True when a text stops on a determiner that no clause ends on (这些,
// 所有, 各种, 每个, 大量……): the noun it determines was cut off.
bool ends_on_determiner(std::u32string_view a) {
  static constexpr std::u32string_view kDeterminers[] = {U"无数", U"诸多", U"这些", U"那些", U"所有", U"各种",
                                                         U"各类", U"各项", U"各个", U"每个", U"每位", U"大量",
                                                         U"广大", U"某些", U"任何"};
  if (a.size() < 3) return false;
  const std::u32string_view tail = a.substr(a.size() - 2);
  return std::find(std::begin(kDeterminers), std::end(kDeterminers), tail) != std::end(kDeterminers);
}

bool ends_on_function_word(std::u32string_view a, const text::Lexicon& lexicon) {
  std::size_t han = 0;  // (the word is of Han characters)
  while (han < a.size() && han < 4 && text::is_han(a[a.size() - 1 - han])) ++han;
  const std::string_view tag = text::last_word_tag(a, lexicon, 2, han);
  return tag == "p" || tag == "c" || tag == "d";
}

// True when a text opens on a particle character that leans on a word cut
// off before it (了温饱。; 地把……邀请; 的办法): not where the character opens a
// word with the characters after it (地震后, 过去一年, 着力优化), which is
// how text of its own opens. (的 is left alone: its words, 的话 among them,
// lean on what comes before too.) So does 所 before a verb and 的 (所拍的
// 照片: what the agent before it did), where 所 opens no word (所以, 所有).
bool opens_on_leaning_particle(std::u32string_view b, const text::Lexicon& lexicon) {
  if (b.size() >= 3 && b.front() == U'所' && text::is_han(b[1]) && (b[2] == U'的' || (b.size() >= 4 && b[3] == U'的'))) {
    for (std::size_t len = 2; len <= 4 && len <= b.size(); ++len)
      if (lexicon.contains(b.substr(0, len))) return false;
    return true;
  }
  if (b.empty() || !is_particle(b.front())) return false;
  if (b.front() == U'的') return true;
  for (std::size_t len = 2; len <= 4 && len <= b.size(); ++len)
    if (lexicon.contains(b.substr(0, len))) return false;
  return true;
}

// True when a character alone is a function word (an adverb, preposition,
// conjunction, particle or pronoun: 不, 很, 被, 而, 的, 他).
bool is_function_char(char32_t c, const text::Lexicon& lexicon) {
  const std::u32string one(1, c);
  const std::string_view tag = lexicon.tag(one);
  return !tag.empty() && std::string_view("dpcur").find(tag.front()) != std::string_view::npos;
}

// True when a text opens on an adverb that never opens a clause (都, 却, 均,
// 亦, 便: ……的青工 / 都在这里培训。): it leans on a subject cut off before
// it. Not where the character opens a word (都市, 便利) or a clause of
// being or having (都是, 都有), which text of its own may open on. (也 opens
// text of its own too: 也要看到，…….)
bool opens_on_leaning_adverb(std::u32string_view b, const text::Lexicon& lexicon) {
  static constexpr std::u32string_view kAdverbs = U"都却均亦便";
  if (b.size() < 3 || kAdverbs.find(b.front()) == std::u32string_view::npos || !text::is_han(b[1])) return false;
  if (b[1] == U'有' || b[1] == U'是' || b[1] == U'说') return false;
  for (std::size_t len = 2; len <= 4 && len <= b.size(); ++len)
    if (lexicon.contains(b.substr(0, len))) return false;
  return true;
}

// True when a text opens on a content character that makes no word with
// what follows it (头，被当成……; 工智能产业……; 大的银行……): the second
// half of a word cut at the start. (A function character, 在 / 本 / 的,
// opens text of its own.)
bool opens_on_stray_char(std::u32string_view b, const text::Lexicon& lexicon) {
  if (b.empty() || !text::is_han(b.front())) return false;
  const std::string_view tag = lexicon.tag(b.substr(0, 1));
  if (tag.empty() || (tag.front() != 'n' && tag.front() != 'v' && tag.front() != 'a')) return false;
  for (std::size_t len = 2; len <= 4 && len <= b.size(); ++len)
    if (lexicon.contains(b.substr(0, len))) return false;
  return true;
}

// True when a text opens on a directional complement closing a clause
// (起来，/ 下去，): the end of a verb cut off before it.
bool opens_on_complement(std::u32string_view b) {
  static constexpr std::u32string_view kComplements[] = {U"起来", U"下去", U"出来", U"下来", U"上来", U"过来",
                                                         U"进去", U"进来", U"回来", U"回去", U"出去", U"上去",
                                                         U"开来"};
  return b.size() > 2 && (b[2] == U'，' || b[2] == U'。') &&
         std::find(std::begin(kComplements), std::end(kComplements), b.substr(0, 2)) != std::end(kComplements);
}

// True when a text opens on the last words of a cut clause: a sentence of
// one or two characters (案件。) or a directional complement, which no
// sentence opens with.
bool opens_on_fragment(std::u32string_view b) {
  if (opens_on_complement(b)) return true;
  std::size_t k = 0;
  while (k < b.size() && k < 3 && text::is_han(b[k])) ++k;
  if (k == 0 || k > 2 || k >= b.size()) return false;
  return b[k] == U'。' || b[k] == U'！' || b[k] == U'？';
}

// True when a text opens on an item of a list: a short word or figure, then
// a pause mark (程序、结果……; 5G、……), before any other mark.
bool opens_on_list_item(std::u32string_view b) {
  const auto item_char = [](char32_t c) {
    return text::is_han(c) || text::is_digit(c) || (c < 0x80 && std::isalpha(static_cast<int>(c)));
  };
  std::size_t k = 0;
  while (k < b.size() && k <= kMaxListItem && item_char(b[k])) ++k;
  return k >= 1 && k <= kMaxListItem && k < b.size() && b[k] == U'、';
}

// Longest sentence (in Han characters) read as an adverb and its verb left
// without a subject.
constexpr std::size_t kMaxAdverbSentence = 4;

// True when a text opens on a sentence of three or four characters that
// opens on an adverb (非常满意。, 深受欢迎。): an adverb and its verb, their
// subject before the cut (……村民们对此 / 非常满意。). A sentence set alone
// names what or who acts.
bool opens_on_adverb_sentence(std::u32string_view b, const text::Lexicon& lexicon) {
  std::size_t k = 0;
  while (k < b.size() && k <= kMaxAdverbSentence && text::is_han(b[k])) ++k;
  if (k < 3 || k > kMaxAdverbSentence || k >= b.size() || b[k] != U'。') return false;
  for (std::size_t len = 2; len >= 1; --len) {
    const std::u32string_view word = b.substr(0, len);
    if (lexicon.contains(word)) return lexicon.tag(word) == "d";
  }
  return false;
}

// True when a text opens on the last words of a cut clause (opens_on_
// fragment), or on one character and a clause mark (便；, 头，): no clause
// is one character long but an interjection's or a conjunction's (嗯，).
// (A pause mark may follow one character opening a list of its own: 粉、
// 白、绛紫的丝线……, 大、中城市.)
bool opens_on_clause_tail(std::u32string_view b, const text::Lexicon& lexicon) {
  if (opens_on_fragment(b)) return true;
  if (opens_on_adverb_sentence(b, lexicon)) return true;
  if (b.size() < 3 || !text::is_han(b[0])) return false;
  static constexpr std::u32string_view kMarks = U"，；：";
  if (kMarks.find(b[1]) == std::u32string_view::npos) return false;
  const std::string_view tag = lexicon.tag(b.substr(0, 1));
  return tag.empty() || (tag.front() != 'e' && tag.front() != 'y' && tag.front() != 'c');
}

// True when a text ends on the first character of a name's part after its
// middle dot (约翰·史): a transliterated name cut.
bool ends_in_cut_name(std::u32string_view a) {
  return a.size() >= 3 && text::is_han(a.back()) &&
         (a[a.size() - 2] == U'·' || a[a.size() - 2] == U'・' || a[a.size() - 2] == U'•');
}

// True when a line stops on a word that asks for what follows it: a
// preposition or conjunction of one character (……交到群众 / 手里; ……把),
// or a verb of being or having (……的还有 / 某种……, ……就是): no heading stops
// so. (A word or an idiom ending on such a character, 存在, 祥和, 应有尽有,
// ends a heading well.)
bool stops_on_open_word(std::u32string_view a, const text::Lexicon& lexicon) {
  if (a.size() < 4 || !text::is_han(a.back())) return false;
  static constexpr std::u32string_view kOpen = U"在把被对从向给让和与及";
  const bool being = a.back() == U'是' || a.back() == U'有';
  if (!being && kOpen.find(a.back()) == std::u32string_view::npos) return false;
  for (std::size_t k = std::min<std::size_t>(4, a.size()); k >= 2; --k) {
    const std::u32string_view word = a.substr(a.size() - k);
    if (!lexicon.contains(word)) continue;
    const std::string_view tag = lexicon.tag(word);
    return being && !tag.empty() && (tag.front() == 'v' || tag.front() == 'd' || tag.front() == 'c');
  }
  return true;
}

// True when a headline line set over another headline line is the first
// line of a paragraph whose text goes on elsewhere on the page: it has a
// clause mark and stops mid-clause, and a paragraph elsewhere takes it up:
// with a word spanning the cut (……也得益于在线教 / 育平台……), or, where the
// line stops on a word no heading ends on (……，企业经常), one that opens
// mid-sentence.
bool opens_paragraph_cut_elsewhere(const std::vector<Unit>& units, std::size_t i, std::u32string_view a,
                                   const text::Lexicon& lexicon) {
  if (a.find(U'，') == std::u32string_view::npos || a.size() < 4 || !text::is_han(a.back()) || ends_complete(a))
    return false;
  const bool cut_word = reads_as_cut_text(a, lexicon);
  // (Within the candidate window, as continuations are sought.)
  const std::size_t first = i > kCandidateWindow ? i - kCandidateWindow : 0;
  const std::size_t last = std::min(units.size(), i + kCandidateWindow + 1);
  for (std::size_t k = first; k < last; ++k) {
    if (k == i || units[k].role != Role::kBody) continue;
    const std::u32string b = text::decode(units[k].text);
    if (b.empty() || !text::is_han(b.front())) continue;
    if (cut_gain(a, b, lexicon) >= kCutElsewhereGain || (cut_word && starts_mid_sentence(b, lexicon))) return true;
  }
  return false;
}

}  // namespace

int restore_cut_lines(std::vector<Unit>& units, const text::Lexicon& lexicon) {
  int restored = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
    Unit& u = units[i];
    // (A headline line too: one right above the paragraph it was cut from.)
    if (u.role != Role::kIntertitle && u.role != Role::kHeadline) continue;
    std::u32string a = text::decode(u.text);
    // A heading never leaves a quotation open: the line is the first line
    // of a paragraph whose quotation goes on after a column break. (A
    // headline line's quotation may close in the headline's next line.)
    const bool body_next = i + 1 < units.size() && units[i + 1].role == Role::kBody;
    const bool closed_next = i + 1 < units.size() && units[i + 1].role == Role::kHeadline &&
                             closes_unopened_quote(text::decode(units[i + 1].text));
    if (leaves_quote_open(a) && !closed_next) {
      u.role = Role::kBody;
      ++restored;
      continue;
    }
    if (!body_next) {
      // An intertitle reading as cut text (据……报道，……) is a paragraph's
      // first line, also over the next article's headline (its text goes on
      // elsewhere) and where it stops on a closing quote.
      if (u.role == Role::kIntertitle && !a.empty() && !ends_complete(a) &&
          (text::is_han(a.back()) || a.back() == U'”') && reads_as_cut_text(a, lexicon)) {
        u.role = Role::kBody;
        ++restored;
      } else if (u.role == Role::kHeadline && i + 1 < units.size() && units[i + 1].role == Role::kHeadline &&
                 opens_paragraph_cut_elsewhere(units, i, a, lexicon)) {
        u.role = Role::kBody;
        ++restored;
      } else if (u.role == Role::kHeadline && i + 1 < units.size() && units[i + 1].role == Role::kHeadline &&
                 a.size() >= 4 && a.find(U'，') != std::u32string::npos && !ends_complete(a) &&
                 stops_on_function_word(a, lexicon) && units[i + 1].sources != u.sources) {
        // A headline line that reads as cut text (a clause stopping on a
        // function word: ……，假日期间由于) over a line of its own block that
        // stops mid-sentence as well: a paragraph's first two lines,
        // printed apart from the rest of it.
        const std::u32string b = text::decode(units[i + 1].text);
        if (!b.empty() && text::is_han(b.back()) && !ends_complete(b)) {
          u.role = Role::kBody;
          units[i + 1].role = Role::kBody;
          restored += 2;
          ++i;
        }
      }
      continue;
    }
    std::u32string b = text::decode(units[i + 1].text);
    // (The paragraph after may open an item of a list, （五）……: the line
    // is then the first line of the item before it, cut.)
    const bool item_next = starts_list_item(b);
    if (a.empty() || b.empty() || !text::is_han(a.back()) || (!text::is_han(b.front()) && !item_next) ||
        a.back() == b.front())
      continue;
    if (ends_complete(a)) continue;
    if (reads_as_cut_text(a, lexicon) || stops_on_open_word(a, lexicon)) {
      u.role = Role::kBody;
      ++restored;
      continue;
    }
    if (item_next) continue;
    // A reading across the cut much likelier than the heading's words and
    // the paragraph's words apart: a word spanning the cut (参加了篮 / 球比赛),
    // and not merely the heading's last word going on (科技 / 创新).
    if (cut_gain(a, b, lexicon) >= kRestoreCutGain) {
      u.role = Role::kBody;
      ++restored;
    }
  }
  return restored;
}

namespace {

// True for a short label alone on its line (乡村笔记: two to eight Han
// characters) set as a heading: a column's or a series' name.
bool is_heading_label(const Unit& u) {
  if (u.role != Role::kIntertitle && u.role != Role::kHeadline && u.role != Role::kSeries) return false;
  const std::u32string label = text::decode(u.text);
  return label.size() >= 2 && label.size() <= kMaxSeriesLabel && std::all_of(label.begin(), label.end(), text::is_han);
}

}  // namespace

std::ptrdiff_t subtitle_after_tail(const std::vector<Unit>& units, std::size_t t) {
  if (t == 0 || t >= units.size() || units[t].role != Role::kBody) return -1;
  // (Under a headline, its series label or bylines between.)
  std::size_t h = t - 1;
  while (h > 0 && (units[h].role == Role::kSeries || units[h].role == Role::kByline)) --h;
  if (units[h].role != Role::kHeadline) return -1;
  std::size_t k = t;
  while (k < units.size() && units[k].role == Role::kBody) ++k;
  if (k >= units.size() || (units[k].role != Role::kIntertitle && units[k].role != Role::kHeadline)) return -1;
  const std::u32string line = text::decode(units[k].text);
  if (line.size() < 3 || line[0] != U'—' || line[1] != U'—') return -1;
  if (!ends_complete(text::decode(units[k - 1].text))) return -1;
  const bool labelled = k + 1 < units.size() && is_heading_label(units[k + 1]);
  if (line.size() <= kMaxSignatureLength && !labelled) return -1;
  return static_cast<std::ptrdiff_t>(k);
}

int restore_displaced_subtitles(std::vector<Unit>& units, const std::vector<Continuation>& joins) {
  int changed = 0;
  for (const Continuation& j : joins) {
    if (j.start >= j.end) continue;
    const std::ptrdiff_t d = subtitle_after_tail(units, static_cast<std::size_t>(j.start));
    if (d < 0 || d >= j.end) continue;
    const auto k = static_cast<std::size_t>(d);
    units[k].role = Role::kHeadline;
    ++changed;
    // (A short label alone under it: the series.)
    if (k + 1 < units.size() && is_heading_label(units[k + 1])) {
      units[k + 1].role = Role::kSeries;
      ++changed;
    }
  }
  return changed;
}

bool is_label_line(std::u32string_view s) {
  if (s.size() > kMaxLabelLine) return false;
  const std::size_t colon = s.find(U'：');
  if (colon == std::u32string_view::npos || colon == 0 || colon > kMaxLabelName || colon + 1 >= s.size())
    return false;
  static constexpr std::u32string_view kMarks = U"，。；！？：“”‘’「」『』（）";
  for (std::size_t k = 0; k < s.size(); ++k)
    if (k != colon && kMarks.find(s[k]) != std::u32string_view::npos) return false;
  return true;
}

bool ends_complete(std::u32string_view s) {
  while (!s.empty() && text::is_space(s.back())) s.remove_suffix(1);
  if (s.empty()) return true;
  if (text::ends_sentence(s)) return true;
  if (!text::is_closer(s.back()) || (s.back() != U'）' && s.back() != U')')) return false;
  // Strip one trailing bracket group and look again.
  int depth = 0;
  for (std::size_t i = s.size(); i-- > 0;) {
    if (s[i] == U'）' || s[i] == U')') ++depth;
    else if ((s[i] == U'（' || s[i] == U'(') && --depth == 0) {
      std::u32string_view head = s.substr(0, i);
      while (!head.empty() && text::is_space(head.back())) head.remove_suffix(1);
      return head.empty() || text::ends_sentence(head);
    }
  }
  return false;
}

std::vector<Continuation> find_continuations(const std::vector<Unit>& units,
                                             const text::Lexicon& lexicon, double threshold,
                                             bool ordered_by_geometry) {
  const std::size_t n = units.size();
  std::vector<std::u32string> cps(n);
  for (std::size_t i = 0; i < n; ++i) cps[i] = text::decode(units[i].text);

  // Provisional runs: a headline or a dateline starts a new one.
  const std::vector<int> run = provisional_runs(units, true);

  // The first body unit of each run: the only place earlier in its own run
  // where a tail can sit (a column tail printed before its article's body).
  std::vector<char> first_of_run(n, 0);
  for (std::size_t i = 0, last_run = static_cast<std::size_t>(-1); i < n; ++i) {
    if (units[i].role != Role::kBody) continue;
    if (static_cast<std::size_t>(run[i]) != last_run) first_of_run[i] = 1;
    last_run = static_cast<std::size_t>(run[i]);
  }

  // For the first body unit under a headline: the subtitle set after it
  // and the paragraphs following it (subtitle_after_tail), or -1. For a
  // body unit: whether it is the last one of its run.
  std::vector<std::ptrdiff_t> subtitle_after(n, -1);
  std::vector<char> last_of_run(n, 0);
  // (With the run of the text under the subtitle and its label.)
  std::vector<int> opening_run(n, -1);
  for (std::size_t i = 0; i < n; ++i) {
    if (!first_of_run[i]) continue;
    subtitle_after[i] = subtitle_after_tail(units, i);
    if (subtitle_after[i] < 0) continue;
    std::size_t k = static_cast<std::size_t>(subtitle_after[i]) + 1;
    while (k < n && units[k].role != Role::kBody) ++k;
    if (k < n) opening_run[i] = run[k];
  }
  for (std::size_t i = n, last_run = static_cast<std::size_t>(-1); i-- > 0;) {
    if (units[i].role != Role::kBody) continue;
    if (static_cast<std::size_t>(run[i]) != last_run) last_of_run[i] = 1;
    last_run = static_cast<std::size_t>(run[i]);
  }

  std::vector<std::string> docs;
  for (auto& u : units) docs.push_back(u.text);
  TopicModel model(docs);
  std::vector<TopicVector> vec(n);
  for (std::size_t i = 0; i < n; ++i)
    if (units[i].role == Role::kBody) vec[i] = model.vector(units[i].text);

  auto is_body = [&](std::size_t i) { return units[i].role == Role::kBody; };
  // The next body unit after i, skipping captions and furniture but not
  // headlines.
  auto next_body = [&](std::size_t i) -> std::ptrdiff_t {
    for (std::size_t k = i + 1; k < n; ++k) {
      if (is_body(k)) return static_cast<std::ptrdiff_t>(k);
      Role role = units[k].role;
      if (role == Role::kHeadline || role == Role::kSeries || role == Role::kByline || role == Role::kIntertitle)
        return -1;
    }
    return -1;
  };

  std::vector<std::ptrdiff_t> next_body_of(n, -1);
  for (std::size_t i = 0; i < n; ++i)
    if (is_body(i)) next_body_of[i] = next_body(i);

  // A heading line alone in its block that ends no sentence may be a
  // paragraph's first line split off and taken for a heading (……是春晚的龙 /
  // 头，被当成……): it is a candidate end too, joined only on evidence at the
  // cut (see score_pair); the join gives it back to the body. (A heading
  // line set inside a block of text is in its place.)
  auto heading_end = [&](std::size_t i) {
    const Role role = units[i].role;
    if (role != Role::kIntertitle && role != Role::kHeadline) return false;
    if (units[i].lines_in_block != 1) return false;
    const std::u32string& a = cps[i];
    if (a.size() < kMinHeadingEndLength || ends_complete(a) || starts_list_item(a)) return false;
    return text::is_han(a.back()) || text::is_digit(a.back());
  };

  // Text closing a sentence somewhere on the page, by its last words: a
  // paragraph stopping on the same words with no mark is that sentence
  // printed again (a pull quote, a summary in a box, a truncated repeat),
  // whole as it stands, not cut by a column's end.
  std::unordered_map<std::u32string, std::size_t> closing;  // last words -> unit (kSeveral: more than one)
  constexpr std::size_t kSeveral = static_cast<std::size_t>(-1);
  for (std::size_t i = 0; i < n; ++i) {
    const std::u32string& c = cps[i];
    for (std::size_t k = kRestatedWords; k < c.size(); ++k) {
      if (c[k] != U'。' && c[k] != U'！' && c[k] != U'？') continue;
      auto [it, fresh] = closing.emplace(c.substr(k - kRestatedWords, kRestatedWords), i);
      if (!fresh && it->second != i) it->second = kSeveral;
    }
  }
  auto restates_sentence = [&](std::size_t i) {
    const std::u32string& c = cps[i];
    if (c.size() < kRestatedWords || !text::is_han(c.back())) return false;
    auto it = closing.find(c.substr(c.size() - kRestatedWords));
    return it != closing.end() && it->second != i;
  };

  std::vector<std::size_t> ends, starts;
  for (std::size_t i = 0; i < n; ++i) {
    if (heading_end(i)) {
      ends.push_back(i);
      vec[i] = model.vector(units[i].text);
      next_body_of[i] = next_body(i);
      continue;
    }
    if (!is_body(i) || cps[i].empty()) continue;
    bool bracketed = text::is_opener(cps[i].front()) && text::is_closer(cps[i].back());
    // A short line opening with a dash signs the text above it (——编者):
    // complete in itself, and no continuation of anything.
    bool signature = cps[i].size() >= 3 && cps[i].size() <= kMaxSignatureLength && cps[i][0] == U'—' &&
                     cps[i][1] == U'—';
    if (signature) continue;
    // A label printed alone (核心阅读, 编者按: two to four Han characters, a
    // block of its own) is complete in itself, no cut sentence.
    const bool label = cps[i].size() >= 2 && cps[i].size() <= 4 && units[i].lines_in_block == 1 &&
                       units[i].line_in_block == 0 && units[i].column_measure == 0 &&
                       std::all_of(cps[i].begin(), cps[i].end(), text::is_han);
    // (A run's last paragraph stopping on a semicolon leaves its series of
    // clauses open: an end, joined only to a start adding the next clause.)
    const bool open_series = cps[i].back() == U'；' && last_of_run[i];
    if ((!ends_complete(cps[i]) || open_series) && !label && !restates_sentence(i)) ends.push_back(i);
    if (!units[i].dateline && !bracketed) starts.push_back(i);
  }
  if (ends.empty() || starts.empty()) return {};
  std::vector<char> quote_open(n, 0), quote_closed(n, 0), whole_quote(n, 0), term_end(n, 0), term_start(n, 0),
      function_word_end(n, 0);
  std::vector<char> determiner_end(n, 0);
  for (std::size_t p : ends) {
    determiner_end[p] = ends_on_determiner(cps[p]);
    function_word_end[p] = ends_on_function_word(cps[p], lexicon);
    quote_open[p] = leaves_quote_open(cps[p]);
    whole_quote[p] = opens_quote(cps[p].front()) && text::is_enclosed(cps[p]);
    term_end[p] = ends_on_quoted_term(cps[p]);
  }
  std::vector<char> term_clause_start(n, 0);
  for (std::size_t t : starts) {
    quote_closed[t] = closes_unopened_quote(cps[t]);
    term_start[t] = opens_on_quoted_term(cps[t]);
    term_clause_start[t] = opens_on_term_closing_clause(cps[t]);
  }
  std::vector<char> stray_start(n, 0), fragment_start(n, 0), complement_start(n, 0), object_start(n, 0),
      verb_end(n, 0), bare_unit_start(n, 0), clause_tail_start(n, 0), frame_end(n, 0), frame_start(n, 0),
      le_end(n, 0), word_start(n, 0), particle_start(n, 0), de_end(n, 0), adverb_start(n, 0);
  for (std::size_t p : ends) {
    verb_end[p] = text::ends_on_bare_verb(cps[p], lexicon);
    le_end[p] = text::ends_on_verb_awaiting_object(cps[p], lexicon);
    de_end[p] = ends_on_attributive_de(cps[p], lexicon);
    frame_end[p] = text::ends_in_open_frame(cps[p], lexicon);
  }
  std::vector<char> list_start(n, 0);
  for (std::size_t t : starts) {
    list_start[t] = opens_on_list_item(cps[t]);
    object_start[t] = text::opens_on_object_clause(cps[t], lexicon);
    bare_unit_start[t] = opens_on_bare_unit(cps[t], lexicon);
    frame_start[t] = text::opens_on_frame_close(cps[t], lexicon);
    word_start[t] = text::opens_on_one_word_clause(cps[t], lexicon);
    stray_start[t] = opens_on_stray_char(cps[t], lexicon);
    fragment_start[t] = opens_on_fragment(cps[t]);
    clause_tail_start[t] = opens_on_clause_tail(cps[t], lexicon);
    complement_start[t] = opens_on_complement(cps[t]);
    particle_start[t] = opens_on_leaning_particle(cps[t], lexicon);
    adverb_start[t] = opens_on_leaning_adverb(cps[t], lexicon);
  }
  std::vector<CutSide> end_sides(n), start_sides(n);
  for (std::size_t p : ends) end_sides[p] = end_side(cps[p], lexicon);
  for (std::size_t t : starts) start_sides[t] = start_side(cps[t], lexicon);

  // Context of an end (see context_before); `except` leaves out the
  // candidate continuation when it sits in that context, which would
  // otherwise vouch for itself.
  auto end_context = [&](std::size_t p, std::size_t except, std::vector<std::size_t>* members = nullptr) {
    return context_before(units, vec, run, p, except, members);
  };
  // Context of a start: itself and up to four body units after it in its run.
  auto start_context = [&](std::size_t t, std::size_t except, std::vector<std::size_t>* members = nullptr) {
    TopicVector v = vec[t];
    int taken = 0;
    for (std::size_t k = t + 1; k < n && taken < 4; ++k) {
      if (run[k] != run[t]) break;
      if (!is_body(k) || k == except) continue;
      v = TopicModel::add(v, vec[k]);
      if (members) members->push_back(k);
      ++taken;
    }
    return v;
  };

  auto score_pair = [&](std::size_t p, std::size_t t, const TopicVector& pctx,
                        const TopicVector& tctx, bool explain) -> Evidence {
    Evidence e;
    if (p == t) return e;
    // Earlier in the same run, only the run's first paragraph can be a tail,
    // unless a word spans the cut into a start opening on a stray character
    // (……推进经 / 济体制改革): a column read out of order.
    // (Nor where a word spans the cut from the bottom of one column to the
    // top of another printed before it: the start opens an input block of
    // several paragraphs, flush, and the end closes another such block.
    // Where every paragraph is a block of its own, the blocks show no
    // columns.)
    if (t < p && run[t] == run[p] && !first_of_run[t] && text::is_han(cps[p].back()) &&
        cps[p].back() != cps[t].front()) {
      const double gain = gain_across(end_sides[p], start_sides[t], lexicon);
      const bool column_top = units[t].line_in_block == 0 && units[t].lines_in_block > 1 && !units[t].starts_indented &&
                              units[p].lines_in_block > 1 && units[p].line_in_block + 1 == units[p].lines_in_block;
      if (!(stray_start[t] && gain >= kCutElsewhereGain) && !(column_top && gain >= kRestoreCutGain)) return e;
    } else if (t < p && run[t] == run[p] && !first_of_run[t]) {
      return e;
    }
    // Nor can a unit continue one later in its own input block, which is
    // read in order.
    if (t < p && !units[t].sources.empty() && !units[p].sources.empty() &&
        units[t].sources.back() == units[p].sources.front())
      return e;
    if (starts_list_item(cps[t])) return e;
    const std::u32string& a = cps[p];
    const std::u32string& b = cps[t];
    char32_t last = a.back(), first = b.front();
    if (last == U'；' && !opens_on_added_clause(b)) return e;
    double s = kBaseScore;
    std::vector<std::string> why;
    bool adjacent = next_body_of[p] == static_cast<std::ptrdiff_t>(t);
    double adjacency = 0;
    // Being next in the column counts for less when the two texts share
    // next to nothing: the next block may start another article.
    const double topic = TopicModel::cosine(pctx, tctx);
    if (adjacent) {
      // (Only between full paragraphs: a short piece, such as a first line
      // split off at the indent, has too little text to judge by.)
      const bool judgeable = cps[p].size() >= kTopicJudgeableLength && cps[t].size() >= kTopicJudgeableLength;
      adjacency = topic >= kUnrelatedTopic || !judgeable ? 0.35 : 0.25;
      s += adjacency;
      if (explain) why.push_back("next in the column");
    }
    if (last == U'；') {
      s += kAddedClauseScore;
      if (explain) why.push_back("adds a clause to the series the end left open");
    }
    if (is_continuation_punct(first)) {
      s += 0.4;
      if (explain) why.push_back(fmt::format("starts with '{}'", text::encode(std::u32string(1, first))));
    } else if (particle_start[t] && is_clause_mark(last)) {
      // A particle leans on the word before it: none follows a comma, a
      // pause mark or a stop (……刚起步，/ 了……).
      s -= kParticleAfterMarkPenalty;
      if (explain) why.push_back("a particle after a clause mark");
    } else if (particle_start[t] && !is_connective_end(last) && !function_word_end[p]) {
      // (Nor does one lean on a function word: ……文化和 / 的…….)
      s += kLeaningParticleScore;
      if (explain) why.push_back("starts with a particle");
    }
    // (After a word that could be its subject, or a comma: not after a
    // function word or an adverb, 不, that the cut left alone.)
    if (adverb_start[t] && (last == U'，' || (text::is_han(last) && !is_connective_end(last) &&
                                               !function_word_end[p] && !is_function_char(last, lexicon)))) {
      s += kLeaningAdverbScore;
      if (explain) why.push_back("opens on an adverb leaning on a subject");
    }
    // A text opening on a clause's last words (案件。, 便；) ends what a word
    // before the cut began.
    if (clause_tail_start[t] && text::is_han(last)) {
      s += kClauseTailStartScore;
      if (explain) why.push_back("opens on a clause's last words");
    }
    // A range of figures goes on after its 至 (18至 / 19世纪).
    if ((last == U'至' || last == U'到') && a.size() >= 2 && text::is_digit(a[a.size() - 2]) && text::is_digit(first)) {
      s += kRangeCutScore;
      if (explain) why.push_back("a range of figures spans the cut");
    }
    // A complement goes on from the verb it completes (扛 / 起来，).
    if (complement_start[t] && text::is_han(last) && !is_connective_end(last)) {
      s += kComplementStartScore;
      if (explain) why.push_back("opens on a verb's complement");
    }
    // A list left open on its pause mark goes on where a short item and
    // another pause mark open the start (……的标准、 / 程序、结果……).
    if (last == U'、' && list_start[t]) {
      s += kListSpanScore;
      if (explain) why.push_back("a list spans the cut");
    }
    // A lone verb closing the end takes the object the start opens on
    // (……，安排 / 工人300多名，既……).
    // (So does a verb closed by 了 the one word of the start's first clause:
    // ……举行了 / 会谈，就……)
    if ((verb_end[p] && object_start[t]) || (le_end[p] && word_start[t])) {
      s += kVerbObjectScore;
      if (explain) why.push_back("a verb and its object span the cut");
    } else if (de_end[p] && word_start[t]) {
      // An attributive 的 at the end awaits the word it qualifies: a start
      // whose first clause is that one word completes the phrase (……符合
      // 农村发展的 / 需要，同时……).
      s += kVerbObjectScore;
      if (explain) why.push_back("a phrase with 的 and its head word span the cut");
    }
    // A frame opened by 在 before the cut closes after it (……，在全市性防汛 /
    // 演练中多次……).
    if (frame_end[p] && frame_start[t]) {
      s += kFrameSpanScore;
      if (explain) why.push_back("a frame opened by 在 closes across the cut");
    }
    const bool name_cut = ends_in_cut_name(a) && stray_start[t];
    if (name_cut) {
      s += kNameCutScore;
      if (explain) why.push_back("a name spans the cut");
    }
    // A number cut from its unit (2023|年) or in its middle (20|23); a
    // complete year or figure followed by another number (2025|8日) is not.
    std::size_t digits = 0;
    while (digits < a.size() && text::is_digit(a[a.size() - 1 - digits])) ++digits;
    bool number_cut = (text::is_digit(last) || last == U'.' || last == U'．') &&
                      (is_unit_char(first) || (text::is_digit(first) && digits < 4));
    if (number_cut && is_unit_char(first)) {
      s += 0.4;
      if (explain) why.push_back("a number and its unit span the cut");
    } else if (number_cut) {
      s += 0.15;
      if (explain) why.push_back("digits on both sides of the cut");
    } else if (is_measure(last) && a.size() >= 2 && (text::is_digit(a[a.size() - 2]) || a[a.size() - 2] == U'每' ||
                                                     a[a.size() - 2] == U'几' || a[a.size() - 2] == U'多')) {
      // A count goes on with the noun it counts, never with a figure
      // (……团伙12个 / 2018年……).
      if (text::is_digit(first) || (first >= U'０' && first <= U'９')) {
        s -= kFigureAfterCountPenalty;
        if (explain) why.push_back("a figure after a count");
      } else {
        s += 0.15;
        if (explain) why.push_back("ends on a measure word");
      }
    } else if (determiner_end[p] && text::opens_on_noun(b, lexicon)) {
      // So does a determiner with the noun it determines (……所有 /
      // 设备都已更新……): no clause ends on one.
      s += kDeterminerNounScore;
      if (explain) why.push_back("a determiner and its noun span the cut");
    } else if (is_connective_end(last) || function_word_end[p]) {
      s += 0.1;
      if (explain) why.push_back("ends on a function word");
      // A frame opened at the end and closed in the continuation's first
      // clause (以 / ……为主题, 从 / ……到……) spans the cut.
      if (closes_frame(last, b, lexicon)) {
        s += kWordFrameSpanScore;
        if (explain) why.push_back("a frame spans the cut");
      }
    }
    // Parallel clauses spanning the cut: the continuation takes up again
    // the clause the end left open.
    if (repeats_open_clause(a, b)) {
      s += kParallelClauseScore;
      if (explain) why.push_back("the continuation repeats the clause left open");
    } else if (cut_repeats_in_sentence(a, b)) {
      // (So do words at the cut that the end's sentence read before: ……这是为了
      // 大家，而不是 / 为了自己…….)
      s += kParallelClauseScore;
      if (explain) why.push_back("the words at the cut repeat the end's sentence");
    }
    // A word made by repeating the character at the cut (个|个) is no
    // evidence: reduplication across a cut is mostly coincidence; not so a
    // longer word of the lexicon built on it (软绵 / 绵的, 高高兴 / 兴地).
    double cut_gain_here = 0;
    if (text::is_han(last) && text::is_han(first) && (last != first || reduplicated_word_spans(a, b, lexicon))) {
      const double gain = gain_across(end_sides[p], start_sides[t], lexicon);
      cut_gain_here = gain;
      if (gain > kMinCutGain) {
        s += std::min(kMaxCutGainScore, kCutGainScorePerNat * gain);
        if (explain) why.push_back(fmt::format("words read across the cut (gain {:.1f})", gain));
      }
    }
    // An end on a full word (no comma, no function word, no figure; also a
    // dash) before a text that opens on a time phrase or on a quotation:
    // two paragraphs, most likely.
    const bool full_word_end = (text::is_han(last) || text::is_closer(last) || last == U'—') &&
                               !is_connective_end(last) && !function_word_end[p] && !is_measure(last);
    const bool term_closing = full_word_end && text::is_han(last) && term_clause_start[t];
    if (term_closing) {
      // (……邻里共建 / “平安家园”；……: the term ends the phrase the end began.)
      s += kTermClosingClauseScore;
      if (explain) why.push_back("opens on a quoted term its clause closes at once");
    } else if (full_word_end && opens_with_time_phrase(b)) {
      s -= kFreshParagraphPenalty;
      if (explain) why.push_back("continuation opens on a time phrase");
    } else if (full_word_end && opens_quote(first) && !(term_end[p] && term_start[t])) {
      s -= kFreshParagraphPenalty;
      if (explain) why.push_back("continuation opens on a quotation");
    } else if (full_word_end && adjacent && s - kBaseScore <= adjacency + 1e-9 && !(quote_open[p] && quote_closed[t]) &&
               opens_with_framing_clause(b)) {
      // (Only where nothing at the cut speaks for the join: a particle, a
      // figure and its unit or a word read across it outweigh the opener.)
      s -= kFramingOpenerPenalty;
      if (explain) why.push_back("continuation opens on a framing clause");
    }
    // A quotation left open at the end closes in its continuation; a
    // continuation that closes a quotation needs an end that opened one.
    if (term_end[p] && term_start[t]) {
      s += kQuotedTermRunScore;
      if (explain) why.push_back("a run of quoted terms spans the cut");
    }
    if (quote_open[p] && quote_closed[t]) {
      s += kQuoteSpanScore;
      if (explain) why.push_back("a quotation spans the cut");
    } else if (quote_closed[t]) {
      s -= kQuoteMismatchPenalty;
      if (explain) why.push_back("continuation closes a quotation the end did not open");
    }
    // A paragraph that is one whole quotation (a quoted saying set on its
    // own, a pull quote) is mostly complete without a stop; it goes on only
    // where the continuation shows it (“……”，……).
    if (whole_quote[p] && !is_continuation_punct(first)) {
      s -= kWhollyQuotedEndPenalty;
      if (explain) why.push_back("the end is one whole quotation");
    }
    // Two short lines alike in length, a clause and a sentence each alone in
    // its block (倡导节约用水， / 共建美好家园。), are the lines of a verse or
    // a couplet, set one a line: no cut between them.
    if (last == U'，' && a.size() == b.size() && a.size() <= kMaxVerseLine && units[p].lines_in_block == 1 &&
        units[t].lines_in_block == 1 && text::ends_sentence(b)) {
      s -= kVerseLinePenalty;
      if (explain) why.push_back("two lines of a verse");
    }
    // A colon ends the lead-in to a quotation or a list, which the layout
    // mostly sets as paragraphs of their own.
    if (last == U'：' || last == U':') {
      s -= kColonEndPenalty;
      if (explain) why.push_back("ends on a colon");
    }
    // A label and its value set apart between paragraphs (时间：2月24日,
    // read by classify) state a fact whole: nothing runs on from them.
    if (units[p].label_line) {
      s -= kLabelLinePenalty;
      if (explain) why.push_back("the end is a label and its value");
    }
    if (!adjacent && units[t].opens_flush && units[p].runs_on && topic >= kUnrelatedTopic) {
      s += units[t].tail_line ? kTailLineRunOnBonus : kFlushRunOnBonus;
      if (explain)
        why.push_back(units[t].tail_line ? "surely opens mid-paragraph after a column's end"
                                         : "opens flush after a column's end");
    }
    if (units[t].starts_indented) {
      s -= 0.3;
      if (explain) why.push_back("continuation is indented");
    } else if (!adjacent && units[t].opens_indent_width) {
      s -= kIndentWidthPenalty;
      if (explain) why.push_back("continuation's first line shows an indent");
    }
    // A heading line goes on only where the cut itself shows it: a figure
    // and its unit, a mark, or a word read across the cut into a start
    // that opens on a stray character (……龙 / 头，; ……人 / 工智能).
    if (!is_body(p)) {
      // (Right under an intertitle, a start on a bare unit shows it too:
      // ……在接受采访 / 时指出，. Under a headline it is more likely a tail
      // printed there, its figure elsewhere.)
      const bool cut = (number_cut && is_unit_char(first)) || is_continuation_punct(first) ||
                       (adjacent && fragment_start[t] && a.find(U'，') != std::u32string::npos) || name_cut ||
                       (adjacent && bare_unit_start[t] && units[p].role == Role::kIntertitle) ||
                       (cut_gain_here >= kRestoreCutGain && stray_start[t]);
      if (!cut) return e;
      if (explain) why.push_back("the end is a line taken for a heading");
    }
    // The paragraphs between a title and its subtitle set after them are
    // out of place: the tail of the text under the subtitle, printed where
    // its opening belongs, when that text stops mid-sentence at its last
    // paragraph.
    if (t < p && subtitle_after[t] >= 0 && p > static_cast<std::size_t>(subtitle_after[t]) &&
        run[p] == opening_run[t] && last_of_run[p] && is_body(p)) {
      s += kDisplacedTailScore;
      if (explain) why.push_back("opens the text between a title and its subtitle set after it");
    }
    // Text that stops mid-sentence where its run ends (a headline or the
    // page's end next) ran out of room there: its continuation is printed
    // elsewhere. Mid-run, the paragraph after it in the column was where it
    // would have gone on.
    if (!adjacent && last_of_run[p] && is_body(p)) {
      s += kRunEndTailScore;
      if (explain) why.push_back("the end closes its run");
    }
    // Away from its end, a continuation needs evidence at the cut: a shared
    // topic alone (an end lacking only its stop, a start of a sentence of
    // its own) joins paragraphs of one article more often than halves of
    // one. An end on a comma is cut mid-sentence for sure.
    if (!adjacent && s - kBaseScore < kMinDistantEvidence && last != U'，' && last != U'、') {
      s -= kUnsupportedDistancePenalty;
      if (explain) why.push_back("nothing but the topic at a distance");
    }
    s += 0.35 * std::min(1.0, topic / 0.5);
    if (explain) why.push_back(fmt::format("topic {:.2f}", topic));
    if (explain && !adjacent) why.push_back(fmt::format("distance {}", static_cast<long>(t) - static_cast<long>(p)));
    if (ordered_by_geometry && !adjacent) s -= kGeometryDistancePenalty;
    e.score = std::clamp(s, 0.0, 1.0);
    if (!explain) return e;
    e.why = fmt::format("{} ends mid-sentence; {} continues it ({})",
                        units[p].sources.empty() ? -1 : units[p].sources.back(),
                        units[t].sources.empty() ? -1 : units[t].sources.front(), fmt::join(why, ", "));
    return e;
  };

  std::vector<TopicVector> pctx(ends.size()), tctx(starts.size());
  std::vector<std::vector<std::size_t>> pctx_members(ends.size()), tctx_members(starts.size());
  for (std::size_t i = 0; i < ends.size(); ++i) pctx[i] = end_context(ends[i], kNone, &pctx_members[i]);
  for (std::size_t j = 0; j < starts.size(); ++j) tctx[j] = start_context(starts[j], kNone, &tctx_members[j]);
  // Within one run the contexts of an end and a start may hold each other:
  // such a context is taken again without the other (the few pairs where it
  // matters; every other pair shares the contexts computed once).
  auto holds = [](const std::vector<std::size_t>& members, std::size_t u) {
    return std::find(members.begin(), members.end(), u) != members.end();
  };
  auto score_in_context = [&](std::size_t i, std::size_t j, bool explain) {
    const std::size_t p = ends[i], t = starts[j];
    const bool end_holds = holds(pctx_members[i], t), start_holds = holds(tctx_members[j], p);
    if (!end_holds && !start_holds) return score_pair(p, t, pctx[i], tctx[j], explain);
    return score_pair(p, t, end_holds ? end_context(p, t) : pctx[i], start_holds ? start_context(t, p) : tctx[j],
                      explain);
  };

  // Scores of the pairs worth considering (sparse: within the window).
  std::vector<std::tuple<double, std::size_t, std::size_t>> pairs;
  for (std::size_t i = 0; i < ends.size(); ++i) {
    const std::size_t p = ends[i];
    auto first = std::lower_bound(starts.begin(), starts.end(), p > kCandidateWindow ? p - kCandidateWindow : 0);
    for (auto it = first; it != starts.end() && *it <= p + kCandidateWindow; ++it) {
      const std::size_t j = static_cast<std::size_t>(it - starts.begin());
      double s = score_in_context(i, j, false).score;
      if (s >= threshold && s > 0) pairs.emplace_back(s, i, j);
    }
  }

  // Solves the assignment, then looks for cycles in the reading order the
  // joins make together with the order inside each input block (the units
  // of one block follow each other unless a join takes one away): a cycle
  // (block A's end continued by block B, B's end by A's start) cannot be
  // read, so its weakest join is forbidden and the assignment solved again.
  std::vector<std::pair<std::size_t, std::size_t>> forbidden;
  // Each join costs the same in the assignment (within the threshold, so
  // that every pair reaching it still counts): two unsure joins together do
  // not outweigh one sure join they would displace.
  const double join_cost = std::min(kJoinCost, threshold / 2);
  auto solve = [&]() {
    std::vector<int> match;
    auto allowed = [&](std::size_t i, std::size_t j) {
      return std::find(forbidden.begin(), forbidden.end(), std::make_pair(i, j)) == forbidden.end();
    };
    if (ends.size() <= kMaxAssignmentSize && starts.size() <= kMaxAssignmentSize * 4) {
      std::vector<std::vector<double>> weight(ends.size(), std::vector<double>(starts.size(), 0.0));
      for (auto& [w, i, j] : pairs)
        if (allowed(i, j)) weight[i][j] = w - join_cost;
      match = max_weight_assignment(weight);
    } else {
      // Greedy by score for oversized inputs.
      std::sort(pairs.rbegin(), pairs.rend());
      match.assign(ends.size(), -1);
      std::vector<char> used(starts.size(), 0);
      for (auto& [w, i, j] : pairs)
        if (match[i] < 0 && !used[j] && allowed(i, j)) {
          match[i] = static_cast<int>(j);
          used[j] = 1;
        }
    }
    return match;
  };
  std::vector<int> end_index(n, -1);
  for (std::size_t i = 0; i < ends.size(); ++i) end_index[ends[i]] = static_cast<int>(i);
  auto same_block = [&](std::size_t a, std::size_t b) {
    return !units[a].sources.empty() && !units[b].sources.empty() && units[a].sources.back() == units[b].sources.front();
  };

  std::vector<Continuation> joins;
  constexpr int kMaxCycleRounds = 8;
  for (int round = 0;; ++round) {
    const std::vector<int> match = solve();
    joins.clear();
    std::vector<int> next(n, -1), join_index(n, -1);
    std::vector<char> is_start(n, 0);
    for (std::size_t i = 0; i < ends.size(); ++i) {
      if (match[i] < 0) continue;
      const std::size_t j = static_cast<std::size_t>(match[i]);
      joins.push_back({static_cast<int>(ends[i]), static_cast<int>(starts[j]), 0, ""});
      next[ends[i]] = static_cast<int>(starts[j]);
      join_index[ends[i]] = static_cast<int>(i);
      is_start[starts[j]] = 1;
    }
    if (round < kMaxCycleRounds)
      for (std::size_t u = 0; u + 1 < n; ++u)
        if (next[u] < 0 && !is_start[u + 1] && same_block(u, u + 1))
          next[u] = static_cast<int>(u + 1);
    // Every unit has at most one successor: the walks are paths and simple
    // cycles, found in linear time with colours.
    bool again = false;
    std::vector<char> colour(n, 0);  // 0 unseen, 1 on the current walk, 2 done
    std::vector<char> drop(ends.size(), 0);
    for (std::size_t u0 = 0; u0 < n; ++u0) {
      if (colour[u0] != 0 || join_index[u0] < 0) continue;
      std::vector<int> walk;
      int x = static_cast<int>(u0);
      while (x >= 0 && colour[static_cast<std::size_t>(x)] == 0) {
        colour[static_cast<std::size_t>(x)] = 1;
        walk.push_back(x);
        x = next[static_cast<std::size_t>(x)];
      }
      if (x >= 0 && colour[static_cast<std::size_t>(x)] == 1) {
        // x starts a cycle on this walk: find its weakest join.
        int weakest = -1;
        double weakest_score = 2;
        int y = x;
        do {
          const int i = join_index[static_cast<std::size_t>(y)];
          if (i >= 0) {
            const double sc = score_in_context(static_cast<std::size_t>(i), static_cast<std::size_t>(match[static_cast<std::size_t>(i)]), false).score;
            if (sc < weakest_score) {
              weakest_score = sc;
              weakest = i;
            }
          }
          y = next[static_cast<std::size_t>(y)];
        } while (y != x);
        if (weakest >= 0) {
          drop[static_cast<std::size_t>(weakest)] = 1;
          forbidden.emplace_back(static_cast<std::size_t>(weakest), static_cast<std::size_t>(match[static_cast<std::size_t>(weakest)]));
          again = true;
        }
      }
      for (int w : walk) colour[static_cast<std::size_t>(w)] = 2;
    }
    if (!again || round >= kMaxCycleRounds) {
      std::vector<Continuation> kept;
      for (std::size_t i = 0; i < ends.size(); ++i) {
        if (match[i] < 0 || drop[i]) continue;
        const std::size_t j = static_cast<std::size_t>(match[i]);
        Evidence e = score_in_context(i, j, true);
        kept.push_back({static_cast<int>(ends[i]), static_cast<int>(starts[j]), e.score, e.why});
      }
      joins = std::move(kept);
      break;
    }
  }
  return joins;
}

namespace {

// True for a line set apart that opens with a dash (——王明, ——某某在会上说):
// it signs the text above it or says whose words they are.
bool signs_text_above(const Unit& u) {
  if (u.role != Role::kIntertitle) return false;
  const std::u32string c = text::decode(u.text);
  return c.size() >= 3 && ((c[0] == U'—' && c[1] == U'—') || c[0] == U'⸺' || c[0] == U'⸻');
}

}  // namespace

ReadingOrder apply_continuations(const std::vector<Unit>& units, const std::vector<Continuation>& joins) {
  const std::size_t n = units.size();
  ReadingOrder out;
  out.predecessor.assign(n, -1);
  out.moved.assign(n, 0);
  out.join_score.assign(n, 0);
  if (n == 0) return out;
  // Doubly linked list over units, in input order.
  std::vector<int> next(n), prev(n);
  for (std::size_t i = 0; i < n; ++i) {
    next[i] = i + 1 < n ? static_cast<int>(i + 1) : -1;
    prev[i] = static_cast<int>(i) - 1;
  }
  int head = 0;
  const std::vector<int> run = provisional_runs(units, false);
  std::vector<char> is_tail(n, 0);
  std::vector<int> join_end_of(n, -1), join_start_of(n, -1);
  for (auto& j : joins) {
    is_tail[static_cast<std::size_t>(j.start)] = 1;
    join_end_of[static_cast<std::size_t>(j.start)] = j.end;
    join_start_of[static_cast<std::size_t>(j.end)] = j.start;
  }

  auto is_body = [&](int i) { return units[static_cast<std::size_t>(i)].role == Role::kBody; };
  auto next_body_in_list = [&](int i) {
    for (int k = next[static_cast<std::size_t>(i)]; k >= 0; k = next[static_cast<std::size_t>(k)]) {
      if (is_body(k)) return k;
      Role role = units[static_cast<std::size_t>(k)].role;
      if (role == Role::kHeadline || role == Role::kSeries || role == Role::kByline || role == Role::kIntertitle)
        return -1;
    }
    return -1;
  };

  // Topic vectors, for where a moved run stops: a tail printed after
  // another article's headline is followed by that article's own text.
  std::vector<std::string> docs;
  docs.reserve(n);
  for (auto& u : units) docs.push_back(u.text);
  const TopicModel model(docs);
  std::vector<TopicVector> vec(n);
  for (std::size_t i = 0; i < n; ++i)
    if (units[i].role == Role::kBody) vec[i] = model.vector(units[i].text);
  // The headline lines that open each run, as one vector.
  std::vector<TopicVector> run_headline(static_cast<std::size_t>(run.empty() ? 0 : run.back() + 1));
  for (std::size_t i = 0; i < n; ++i)
    if (units[i].role == Role::kHeadline) {
      auto r = static_cast<std::size_t>(run[i]);
      run_headline[r] = TopicModel::add(run_headline[r], model.vector(units[i].text));
    }

  // A numbered list cut by the tail: where the text after the end p goes
  // on with the next item of a list ((五)……), the paragraphs after the
  // continuation t, up to the item before it ((四)……), are the list's
  // earlier items printed apart, and move with it (intertitles among them
  // too). Numbered articles of rules (第十条……) run in order: the stretch
  // holds none at or before the last one above the end, nor at or past the
  // first one below it. Returns that item's unit, or -1.
  auto earlier_items = [&](int t, int p) {
    const int after_p = next[static_cast<std::size_t>(p)];
    if (after_p < 0 || !is_body(after_p)) return -1;
    const ItemNumber goes_on = item_number(text::decode(units[static_cast<std::size_t>(after_p)].text));
    if (goes_on.style == 0 || goes_on.number < 2) return -1;
    auto article_no = [&](int k) {
      const ItemNumber it = item_number(text::decode(units[static_cast<std::size_t>(k)].text));
      return it.style == 4 ? it.number : -1;
    };
    const auto same_run = [&](int k) { return run[static_cast<std::size_t>(k)] == run[static_cast<std::size_t>(p)]; };
    // (Each walk looks at kItemWalk units at most: linear in the page.)
    constexpr int kItemWalk = 200;
    int above = -1, below = -1;
    for (int k = p, n = 0; k >= 0 && same_run(k) && above < 0 && n < kItemWalk; k = prev[static_cast<std::size_t>(k)], ++n)
      above = article_no(k);
    for (int k = after_p, n = 0; k >= 0 && same_run(k) && below < 0 && n < kItemWalk;
         k = next[static_cast<std::size_t>(k)], ++n)
      below = article_no(k);
    int item_before = -1;
    for (int k = next[static_cast<std::size_t>(t)], n = 0; k >= 0 && k != p && n < kItemWalk;
         k = next[static_cast<std::size_t>(k)], ++n) {
      auto ku = static_cast<std::size_t>(k);
      if ((!is_body(k) && units[ku].role != Role::kIntertitle) || is_tail[ku] || join_start_of[ku] >= 0 ||
          units[ku].dateline || run[ku] != run[static_cast<std::size_t>(t)])
        break;
      const int no = article_no(k);
      if (no >= 0 && ((above >= 0 && no <= above) || (below >= 0 && no >= below))) break;
      const ItemNumber it = item_number(text::decode(units[ku].text));
      if (it.style == goes_on.style && it.number == goes_on.number - 1) item_before = k;
    }
    return item_before;
  };

  std::vector<Continuation> sorted = joins;
  std::sort(sorted.begin(), sorted.end(), [](auto& a, auto& b) { return a.end < b.end; });
  for (const Continuation& j : sorted) {
    int p = j.end, t = j.start;
    out.predecessor[static_cast<std::size_t>(t)] = p;
    out.join_score[static_cast<std::size_t>(t)] = j.score;
    if (next_body_in_list(p) == t) continue;
    // The segment that moves: the continuation alone when it sits earlier in
    // the same run as its end; else the continuation and the rest of its run.
    int last = t;
    bool alone = run[static_cast<std::size_t>(t)] == run[static_cast<std::size_t>(p)] && t < p;
    if (alone) {
      // A tail of several paragraphs printed before its article's opening
      // ends where the text goes on elsewhere again: when a paragraph after
      // the continuation, before the opening, is joined on past the end,
      // the continuation and the paragraphs up to it move together.
      for (int k = next[static_cast<std::size_t>(t)]; k >= 0 && k != p; k = next[static_cast<std::size_t>(k)]) {
        auto ku = static_cast<std::size_t>(k);
        // (Intertitles inside the tail come along.)
        const bool intertitle = units[ku].role == Role::kIntertitle;
        if ((!is_body(k) && !intertitle) || is_tail[ku] || run[ku] != run[static_cast<std::size_t>(t)]) break;
        const int onward = join_start_of[ku];
        if (onward >= 0) {
          if (onward > p) {
            // (Its continuation, joined first, already follows it: it comes along.)
            last = k;
            while (next[static_cast<std::size_t>(last)] >= 0 && next[static_cast<std::size_t>(last)] != p &&
                   out.moved[static_cast<std::size_t>(next[static_cast<std::size_t>(last)])])
              last = next[static_cast<std::size_t>(last)];
          }
          break;
        }
      }
      // (The earlier items extend the segment; they never cut it short of
      // a paragraph that came along above.)
      if (const int item_before = earlier_items(t, p); item_before >= 0) {
        for (int k = next[static_cast<std::size_t>(last)]; k >= 0 && k != p; k = next[static_cast<std::size_t>(k)])
          if (k == item_before) {
            last = item_before;
            break;
          }
      }
      // A column printed before the end's own: the text after the end goes
      // on from where the moved column stops. That is the paragraph after
      // the continuation, ending a sentence, whose topic the text after the
      // end takes up, clearly more than the continuation's or the end's own
      // (……“小明星”是一个卡通形象…… / 这位“小明星”……): it and the
      // paragraphs before it come along.
      if (last == t) {
        const int after_p = next[static_cast<std::size_t>(p)];
        if (after_p >= 0 && is_body(after_p) && !is_tail[static_cast<std::size_t>(after_p)] &&
            !units[static_cast<std::size_t>(after_p)].dateline &&
            run[static_cast<std::size_t>(after_p)] == run[static_cast<std::size_t>(p)]) {
          const TopicVector& goes_on = vec[static_cast<std::size_t>(after_p)];
          double best = std::max(TopicModel::cosine(vec[static_cast<std::size_t>(t)], goes_on),
                                 TopicModel::cosine(vec[static_cast<std::size_t>(p)], goes_on)) +
                        kColumnStopMargin;
          int stop = -1;
          for (int k = next[static_cast<std::size_t>(t)]; k >= 0 && k != p; k = next[static_cast<std::size_t>(k)]) {
            auto ku = static_cast<std::size_t>(k);
            // (The end's own input block is the end's column: it stays.)
            if (!is_body(k) || is_tail[ku] || join_start_of[ku] >= 0 || run[ku] != run[static_cast<std::size_t>(t)] ||
                (!units[ku].sources.empty() && !units[static_cast<std::size_t>(p)].sources.empty() &&
                 units[ku].sources.back() >= units[static_cast<std::size_t>(p)].sources.front()))
              break;
            const double c = TopicModel::cosine(vec[ku], goes_on);
            if (c > best && text::ends_sentence(text::decode(units[ku].text))) {
              best = c;
              stop = k;
            }
          }
          if (stop >= 0) last = stop;
        }
      }
      // (With the rest of its input block: the units of one block are read
      // in a row, up to the end itself.)
      const auto& src = units[static_cast<std::size_t>(t)].sources;
      for (int k = next[static_cast<std::size_t>(last)]; k >= 0 && k != p; k = next[static_cast<std::size_t>(k)]) {
        auto ku = static_cast<std::size_t>(k);
        if ((is_tail[ku] && join_end_of[ku] != prev[ku]) || units[ku].sources.empty() || src.empty() ||
            units[ku].sources.front() != src.back())
          break;
        last = k;
      }
      // (A continuation of its last paragraph, already moved right after
      // it, comes along with the stretch moved with it: the end's column
      // goes on there.)
      if (const int onward = join_start_of[static_cast<std::size_t>(last)];
          onward >= 0 && onward != p && next[static_cast<std::size_t>(last)] == onward) {
        last = onward;
        while (next[static_cast<std::size_t>(last)] >= 0 && next[static_cast<std::size_t>(last)] != p &&
               out.moved[static_cast<std::size_t>(next[static_cast<std::size_t>(last)])])
          last = next[static_cast<std::size_t>(last)];
      }
    } else {
      std::vector<int> segment{t};
      // A tail printed under the text of another article (not right under
      // its headline) has that article's text all above it: the text after
      // the tail, its intertitles too, goes on with the tail's article.
      bool under_text = false;
      // (When that text, cut right above the tail, goes on past it, the
      // tail's block is set into that text whole: an intertitle inside the
      // block comes along too.)
      bool set_into_text = false;
      for (int k = t - 1; k >= 0 && run[static_cast<std::size_t>(k)] == run[static_cast<std::size_t>(t)] && !under_text; --k) {
        under_text = is_body(k);
        set_into_text = under_text && join_start_of[static_cast<std::size_t>(k)] > t;
      }
      // Right under a headline, the tail's own intertitles come along too
      // (a tail may run over sections of its article): where the run turns
      // to the headline's own text is for the topic to tell (below).
      const TopicVector& own = run_headline[static_cast<std::size_t>(run[static_cast<std::size_t>(t)])];
      const bool under_headline = !under_text && !own.empty();
      for (int k = next[static_cast<std::size_t>(last)]; k >= 0; k = next[static_cast<std::size_t>(k)]) {
        auto ku = static_cast<std::size_t>(k);
        // (A unit joined to the one before it, of the segment, comes along.)
        // (A line opening with a dash signs the text above it, ——王明, or
        // says whose words they are, ——……在会上说: it comes along.)
        // (An intertitle, where it is a block of its own: one set inside a
        // block of text belongs to the text around it there.)
        const bool own_block = set_into_text && !units[ku].sources.empty() &&
                               !units[static_cast<std::size_t>(last)].sources.empty() &&
                               units[ku].sources.front() == units[static_cast<std::size_t>(last)].sources.back();
        const bool along = signs_text_above(units[ku]) ||
                           (units[ku].role == Role::kIntertitle &&
                            ((under_text && units[ku].lines_in_block == 1) || own_block || under_headline));
        if (k == p || (!is_body(k) && !along) || (is_tail[ku] && join_end_of[ku] != last) || units[ku].dateline ||
            run[ku] != run[static_cast<std::size_t>(t)])
          break;
        last = k;
        segment.push_back(k);
      }
      // (An intertitle opens a section: the segment ends on text, or on a
      // line that signs it.)
      auto end_on_text = [&] {
        while (segment.size() >= 2 && !is_body(segment.back()) &&
               !signs_text_above(units[static_cast<std::size_t>(segment.back())]))
          segment.pop_back();
        last = segment.back();
      };
      end_on_text();
      // (The earlier items of a list the end's text goes on with come along,
      // whatever their topic.)
      const int item_before = earlier_items(t, p);
      bool listed = false;
      for (int k = next[static_cast<std::size_t>(last)]; item_before >= 0 && k >= 0 && k != p && !listed;
           k = next[static_cast<std::size_t>(k)])
        listed = k == item_before;
      if (listed) last = item_before;
      // Under a headline, the run turns from the tail to the headline's own
      // article where its text stops resembling the end's article and
      // starts resembling the headline: only the part before moves.
      // (Within one report, the end's and the continuation's, both fit its
      // headline alike: the text from the continuation to the run's end is
      // the column the end goes on to, read before what was printed between
      // them. A dateline between them opens another report under the same
      // headline.)
      bool one_report = run[static_cast<std::size_t>(t)] == run[static_cast<std::size_t>(p)];
      for (int k = p + 1; one_report && k < t; ++k) one_report = !units[static_cast<std::size_t>(k)].dateline;
      if (!listed && segment.size() >= 2 && !own.empty() && !one_report) {
        const TopicVector tail_of = context_before(units, vec, run, static_cast<std::size_t>(p), kNone);
        // gain[s]: how much better units from s on fit the headline than
        // the end's article.
        // The split falls where that is best (never between a unit and the
        // one it was joined to, nor inside a numbered list: (三) / (四)); units before it that say next to nothing
        // either way (intertitles, short or plain lines) open the
        // headline's text with it: the tail ended on what spoke for it.
        std::vector<double> gain(segment.size() + 1, 0.0), diff(segment.size(), 0.0);
        for (std::size_t q = segment.size(); q-- > 1;) {
          const TopicVector& v = vec[static_cast<std::size_t>(segment[q])];
          diff[q] = TopicModel::cosine(v, own) - TopicModel::cosine(v, tail_of);
          gain[q] = gain[q + 1] + diff[q];
        }
        auto may_split = [&](std::size_t q) {
          const auto u = static_cast<std::size_t>(segment[q]), before = static_cast<std::size_t>(segment[q - 1]);
          if (join_end_of[u] == segment[q - 1]) return false;
          const ItemNumber item = item_number(text::decode(units[u].text));
          const ItemNumber prior = item_number(text::decode(units[before].text));
          return item.style == 0 || item.style != prior.style || item.number != prior.number + 1;
        };
        std::size_t split = segment.size();
        double best = kRunSplitMargin;
        for (std::size_t q = 1; q < segment.size(); ++q)
          if (gain[q] > best && may_split(q)) {
            best = gain[q];
            split = q;
          }
        while (split < segment.size() && split > 1 && std::abs(diff[split - 1]) < kNeutralTopic &&
               may_split(split - 1))
          --split;
        if (split < segment.size()) {
          segment.resize(split);
          end_on_text();
        }
      }
    }
    // Unlink [t..last].
    int before = prev[static_cast<std::size_t>(t)], after = next[static_cast<std::size_t>(last)];
    if (before >= 0) next[static_cast<std::size_t>(before)] = after;
    else head = after;
    if (after >= 0) prev[static_cast<std::size_t>(after)] = before;
    // Insert after p.
    int p_next = next[static_cast<std::size_t>(p)];
    next[static_cast<std::size_t>(p)] = t;
    prev[static_cast<std::size_t>(t)] = p;
    next[static_cast<std::size_t>(last)] = p_next;
    if (p_next >= 0) prev[static_cast<std::size_t>(p_next)] = last;
    for (int k = t;; k = next[static_cast<std::size_t>(k)]) {
      out.moved[static_cast<std::size_t>(k)] = 1;
      if (k == last) break;
    }
  }
  for (int k = head; k >= 0; k = next[static_cast<std::size_t>(k)]) out.order.push_back(k);
  return out;
}

}  // namespace banmian::flow
