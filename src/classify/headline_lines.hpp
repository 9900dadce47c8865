// What the lines of a headline say about each other: a kicker leads into
// the title under it, a deck reads as a summary below it, a column label is
// a short name set beside it. Shared by classify (which lines belong to one
// headline) and assemble (which line is the title).
#pragma once

#include <string_view>

namespace banmian::classify {

// True when a line leads into the title under it: it ends with a dash or a
// colon, or with a verb of speech that the title then quotes (……时强调).
bool leads_into_title(std::string_view line);

// True when a line names the genre of the piece, as a subtitle does: a
// portrait (记……), an interview (访……), a review (读《……》感言, 观《……》), a
// report of travels or a survey (……见闻, ……纪实, ……透视, ……回顾, ……侧记).
bool names_genre(std::string_view line);

// True when a line reads as the deck under a title: it opens with a dash or
// a bullet, names the piece's genre, or gives figures (29家, 每人) where the
// line above gives none.
bool reads_as_deck(std::string_view line, std::string_view above);

// True when a line set below a longer headline line reads as the name of
// its column (观点, 今日谈, 人民论坛, 礼赞70年) rather than a subtitle: a
// few characters that are no clause (no comma, colon or sentence end) and
// no deck, at least three characters shorter than the line above.
bool reads_as_column_label(std::string_view line, std::string_view above);

}  // namespace banmian::classify
