// Flow repair: de-duplication of repeated paragraphs and continuation
// repair of paragraphs cut by column breaks, including tails that jump far
// away on the page or sit before their own article's headline.
#pragma once

#include <vector>

#include "model.hpp"
#include "text/lexicon.hpp"

namespace banmian::flow {

// Removes exact, near and truncated duplicates of body paragraphs from
// `units`, recording each in `dropped` and `repairs`. The copy that keeps its
// place is the longer one, or the earlier one when both are alike.
void remove_duplicates(std::vector<detail::Unit>& units, double threshold,
                       std::vector<Dropped>& dropped, std::vector<Repair>& repairs);

// The numbering a paragraph opens with: its style and number. Styles:
// 1 （三）, 2 三、 or 3、, 3 3．, 4 第三条 (an article of a law or rules);
// numbers in figures or in Chinese numerals up to 九十九.
struct ItemNumber {
  int style = 0;  // 0: none
  int number = 0;
};
ItemNumber item_number(std::u32string_view s);

// True when the text ends a sentence, also when a bracketed attribution
// follows the sentence end (……安置人员2500人。（王国平）) or the whole text
// is one bracketed attribution.
bool ends_complete(std::u32string_view text);

// True when the text is one short line naming a label and its value after a
// colon (时间：2月24日, 联系电话：……, 主题：……): a statement of its own, no
// clause mark, quotation or sentence end in it.
bool is_label_line(std::u32string_view text);

// True when the text cannot open a sentence: it starts with punctuation
// that continues one (，、。”）), or with a particle or copula (的 了 是).
bool starts_as_continuation(std::u32string_view text);

// True when the text opens mid-sentence: it starts as a continuation does
// (starts_as_continuation), or on a measure word or unit that opens no word
// of the lexicon (台工业机器人…, 个项目…).
bool starts_mid_sentence(std::u32string_view text, const text::Lexicon& lexicon);

// How much likelier (in nats, by the lexicon's word frequencies) the last Han
// characters of `a` and the first ones of `b` read as one text than as two:
// the likeliest segmentation of the two together against each segmented
// alone. Positive when words spanning the cut make a better reading than the
// words that end and start at it (打篮 / 球 is; 无数 / 据统计 hardly: 数据
// spans the cut but reads worse); 0 when either side does not end or start
// on a Han character.
double cut_gain(std::u32string_view a, std::u32string_view b, const text::Lexicon& lexicon);

// Turns back into body the short lines that classify took for intertitles
// or headline lines but that a column break cut mid-word: words spanning
// the cut from the line into the next paragraph read much better than the
// words apart (全面提 / 高服务水平。, see cut_gain). Returns how many.
int restore_cut_lines(std::vector<detail::Unit>& units, const text::Lexicon& lexicon);

// A subtitle opening on a dash (——写在……之际) is set right under its title.
// Returns the index of such a line standing after the paragraphs that
// follow the headline above unit `t` (t the first of them; body units only
// between t and the line), or -1: the line is displaced, or those
// paragraphs are. The line is an intertitle too long to sign the text above
// it (——编者), or one a label follows (……之际 / 文化漫谈), and the text
// right above it ends a sentence.
std::ptrdiff_t subtitle_after_tail(const std::vector<detail::Unit>& units, std::size_t t);

// A decided join: units[end] continues with units[start].
struct Continuation {
  int end = 0;    // the unit whose text stops mid-sentence
  int start = 0;  // the unit that continues it
  double score = 0;
  std::string why;
};

// Scores every dangling end against every candidate start and solves the
// assignment globally (one continuation per end, one predecessor per
// start). Returns the joins whose score reaches `threshold`.
// `ordered_by_geometry` says the units come in reading order rebuilt from
// coordinates, which has already joined the paragraphs a column break cut:
// a continuation away from its end then needs more evidence.
std::vector<Continuation> find_continuations(const std::vector<detail::Unit>& units,
                                             const text::Lexicon& lexicon,
                                             double threshold, bool ordered_by_geometry = false);

// After the joins: where a join takes up the paragraphs between a title
// and its displaced subtitle (subtitle_after_tail) as the tail of the text
// after the subtitle, the subtitle goes back into the headline, and a
// short label right under it names the series. Returns how many lines
// changed role.
int restore_displaced_subtitles(std::vector<detail::Unit>& units, const std::vector<Continuation>& joins);

// Returns the reading order of `units` after the joins: each continuation is
// moved right after the unit it continues, taking with it the rest of its
// column run. Joined units stay separate entries; `predecessor[i]` tells
// assemble to merge unit i into the paragraph that ends with that unit.
struct ReadingOrder {
  std::vector<int> order;
  std::vector<int> predecessor;          // indexed by unit; -1 when none
  std::vector<char> moved;               // indexed by unit
  std::vector<double> join_score;        // indexed by unit (the start's join score)
};
ReadingOrder apply_continuations(const std::vector<detail::Unit>& units,
                                 const std::vector<Continuation>& joins);

// Returns the best assignment maximising the total weight of a rows x cols
// matrix; -1 where a row is left unassigned. Entries <= 0 are never used.
std::vector<int> max_weight_assignment(const std::vector<std::vector<double>>& weight);

}  // namespace banmian::flow
