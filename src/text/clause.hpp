// Reading the shape of a clause with the lexicon's part-of-speech tags:
// enough to tell that a paragraph opens on the object of a sentence whose
// head was lost (a fragment), not on a sentence of its own.
#pragma once

#include <string_view>

#include "text/lexicon.hpp"

namespace banmian::text {

// True when a paragraph opens on a list of things with no verb before its
// first comma, and the clause after the comma adds an action with a
// connective and no subject (AGV和240多台工业机器人，同时集成……): the object of a sentence whose
// opening is missing. A topic set by a time, a place or a preposition
// (今年以来，……; 在长沙，……) is a sentence's own opening and does not count.
bool opens_on_bare_object(std::u32string_view paragraph, const Lexicon& lexicon);

// True when a text stops on a clause of one verb after a clause mark
// (……为村里修好了路，安排): a transitive action whose object a cut took
// away. The verb stands alone in its clause, tagged a plain verb, of two
// characters or more.
bool ends_on_bare_verb(std::u32string_view text, const Lexicon& lexicon);

// True when a text stops inside a frame the preposition 在 opened in its
// last clause and no localizer closed (……，在全市性防汛): after 在 come one to
// four words naming things, no verb, no localizer (中, 上, 期间) and no 时.
// The frame closes after the cut.
bool ends_in_open_frame(std::u32string_view text, const Lexicon& lexicon);

// True when a text opens on the close of such a frame: a word or two of
// one to four characters, then a localizer word of its own (演练中多次……,
// 会议期间，……), with no preposition before it to open a frame there and
// no time word (今年以来，……: the text's own time).
bool opens_on_frame_close(std::u32string_view text, const Lexicon& lexicon);

// True when a text stops on a verb of two characters or more and its
// aspect particle 了 (……两国外长举行了): a completed action whose object
// a cut took away.
bool ends_on_verb_awaiting_object(std::u32string_view text, const Lexicon& lexicon);

// True when a paragraph's first clause is one word of two to four
// characters that names a thing or an action (会谈，就……): no time word,
// connective, adverb, pronoun or preposition, which open sentences of their
// own (目前，/ 此外，/ 对此，).
bool opens_on_one_word_clause(std::u32string_view paragraph, const Lexicon& lexicon);

// True when a paragraph opens on a clause of things and figures with no
// verb, preposition, adverb or pronoun (工人300多名，……), and the clause after
// its comma goes on with a connective or an adverb (既……, 并……): the object
// of an action cut off before it, not a subject of its own.
bool opens_on_object_clause(std::u32string_view paragraph, const Lexicon& lexicon);

// Returns the lexicon's tag of the longest word of `shortest` (at least 1)
// to `longest` characters that ends the text: "" where no such word ends
// it, or the word has no tag.
std::string_view last_word_tag(std::u32string_view text, const Lexicon& lexicon, std::size_t shortest,
                               std::size_t longest);

// True when the line's first word is tagged a noun by the lexicon (长沙,
// 企业): the line names its own subject, as a clause of its own does.
bool opens_on_noun(std::u32string_view line, const Lexicon& lexicon);

// True when the line's first word is tagged a verb by the lexicon (听取,
// 决定): the line names no subject of its own.
bool opens_on_verb(std::u32string_view line, const Lexicon& lexicon);

// True when a word of the line is tagged a verb by the lexicon.
bool has_verb(std::u32string_view line, const Lexicon& lexicon);

}  // namespace banmian::text
