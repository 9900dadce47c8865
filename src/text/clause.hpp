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

// True when the line's first word is tagged a noun by the lexicon (长沙,
// 企业): the line names its own subject, as a clause of its own does.
bool opens_on_noun(std::u32string_view line, const Lexicon& lexicon);

// True when the line's first word is tagged a verb by the lexicon (听取,
// 决定): the line names no subject of its own.
bool opens_on_verb(std::u32string_view line, const Lexicon& lexicon);

// True when a word of the line is tagged a verb by the lexicon.
bool has_verb(std::u32string_view line, const Lexicon& lexicon);

}  // namespace banmian::text
