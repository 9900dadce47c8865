#include "text/clause.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "text/chars.hpp"

namespace banmian::text {
namespace {

// A word of a clause with its part-of-speech tag ("x" for a run of Latin
// letters or digits, "" for a character the lexicon does not know).
struct Token {
  std::u32string_view word;
  std::string_view tag;
};

// Splits a clause into words by forward maximum matching on the lexicon.
std::vector<Token> tokenize(std::u32string_view s, const Lexicon& lexicon) {
  std::vector<Token> out;
  std::size_t i = 0;
  const std::size_t longest = lexicon.max_word_length();
  while (i < s.size()) {
    if (!is_han(s[i])) {
      std::size_t j = i;
      while (j < s.size() && !is_han(s[j]) && !is_punct(s[j])) ++j;
      if (j == i) j = i + 1;
      out.push_back({s.substr(i, j - i), "x"});
      i = j;
      continue;
    }
    std::size_t len = std::min(longest, s.size() - i);
    for (; len > 1; --len)
      if (lexicon.contains(s.substr(i, len))) break;
    out.push_back({s.substr(i, len), lexicon.tag(s.substr(i, len))});
    i += len;
  }
  return out;
}

bool tagged(const Token& t, char first) { return !t.tag.empty() && t.tag.front() == first; }

// Shortest and longest first clause read as a list of things.
constexpr std::size_t kMinObjectClause = 4;
constexpr std::size_t kMaxObjectClause = 24;

// Most words after 在 in a frame left open at a cut, and most characters
// before the localizer that closes it after the cut.
constexpr std::size_t kMaxFrameWords = 4;
constexpr std::size_t kMaxFrameCloseOffset = 4;

bool is_localizer(const Token& t) { return tagged(t, 'f') || t.word == U"时"; }

}  // namespace

bool ends_in_open_frame(std::u32string_view text, const Lexicon& lexicon) {
  const std::size_t mark = text.find_last_of(U"，、；：。！？（）“”");
  const std::u32string_view clause = mark == std::u32string_view::npos ? text : text.substr(mark + 1);
  if (clause.size() < 3 || !std::all_of(clause.begin(), clause.end(), is_han)) return false;
  const std::vector<Token> words = tokenize(clause, lexicon);
  std::size_t at = words.size();
  for (std::size_t k = 0; k < words.size(); ++k)
    if (words[k].word == U"在" && tagged(words[k], 'p')) at = k;
  if (at == words.size()) return false;
  const std::size_t after = words.size() - at - 1;
  if (after == 0 || after > kMaxFrameWords) return false;
  for (std::size_t k = at + 1; k < words.size(); ++k) {
    const Token& t = words[k];
    // (A verbal noun, 防汛 / 演练, names a thing here.)
    if (t.tag.empty() || is_localizer(t) || (tagged(t, 'v') && t.tag != "vn") || tagged(t, 'p') || tagged(t, 'd') ||
        tagged(t, 'r') || tagged(t, 'u') || tagged(t, 'c'))
      return false;
  }
  return true;
}

bool opens_on_frame_close(std::u32string_view text, const Lexicon& lexicon) {
  std::size_t k = 0;
  while (k < text.size() && k <= kMaxFrameCloseOffset + 2 && is_han(text[k])) ++k;
  const std::vector<Token> words = tokenize(text.substr(0, k), lexicon);
  std::size_t offset = 0;
  for (const Token& t : words) {
    if (offset > kMaxFrameCloseOffset) return false;
    if (is_localizer(t)) return offset >= 1;
    // (A time word before it, 今年以来, sets the text's own time.)
    if (tagged(t, 'p') || tagged(t, 'r') || tagged(t, 'c') || tagged(t, 'u') || tagged(t, 't')) return false;
    offset += t.word.size();
  }
  return false;
}

bool opens_on_bare_object(std::u32string_view paragraph, const Lexicon& lexicon) {
  const std::size_t comma = paragraph.find(U'，');
  if (comma == std::u32string_view::npos || comma < kMinObjectClause || comma > kMaxObjectClause) return false;
  const std::vector<Token> head = tokenize(paragraph.substr(0, comma), lexicon);
  bool list = false;
  for (const Token& t : head) {
    // A verb, a preposition, a time, an adverb or a pronoun: the clause is
    // a sentence's own opening, or a topic it sets.
    if (tagged(t, 'v') || tagged(t, 'p') || tagged(t, 't') || tagged(t, 'd') || tagged(t, 'r')) return false;
    list = list || t.word == U"和" || t.word == U"与" || t.word == U"及" || t.word == U"、";
  }
  if (!list) return false;
  // The clause after the comma goes on with a connective or an adverb and
  // a verb (同时集成, 并且建成): it adds a second action to a subject the
  // paragraph does not name. (A verb right after the comma, 布达佩斯老街，融入了……,
  // makes the list the subject: a sentence of its own.)
  std::u32string_view rest = paragraph.substr(comma + 1);
  const std::vector<Token> next = tokenize(rest.substr(0, std::min<std::size_t>(rest.size(), 8)), lexicon);
  return next.size() >= 2 && (tagged(next[0], 'c') || tagged(next[0], 'd')) && tagged(next[1], 'v');
}

bool ends_on_bare_verb(std::u32string_view text, const Lexicon& lexicon) {
  const std::size_t mark = text.find_last_of(U"，、；：");
  if (mark == std::u32string_view::npos) return false;
  const std::u32string_view clause = text.substr(mark + 1);
  if (clause.size() < 2 || !std::all_of(clause.begin(), clause.end(), is_han)) return false;
  const std::vector<Token> words = tokenize(clause, lexicon);
  return words.size() == 1 && words.front().tag == "v";
}

bool ends_on_verb_awaiting_object(std::u32string_view text, const Lexicon& lexicon) {
  const std::size_t mark = text.find_last_of(U"，、；：。！？（）“”");
  const std::u32string_view clause = mark == std::u32string_view::npos ? text : text.substr(mark + 1);
  if (clause.size() < 3 || clause.back() != U'了' || !is_han(clause[clause.size() - 2])) return false;
  const std::vector<Token> words = tokenize(clause, lexicon);
  return words.size() >= 2 && words.back().word == U"了" && words[words.size() - 2].tag == "v" &&
         words[words.size() - 2].word.size() >= 2;
}

bool opens_on_one_word_clause(std::u32string_view paragraph, const Lexicon& lexicon) {
  const std::size_t comma = paragraph.find(U'，');
  if (comma == std::u32string_view::npos || comma < 2 || comma > 4) return false;
  const std::vector<Token> head = tokenize(paragraph.substr(0, comma), lexicon);
  return head.size() == 1 && (tagged(head.front(), 'n') || head.front().tag == "v" || head.front().tag == "vn");
}

bool opens_on_object_clause(std::u32string_view paragraph, const Lexicon& lexicon) {
  const std::size_t comma = paragraph.find(U'，');
  if (comma == std::u32string_view::npos || comma < 2 || comma > kMaxObjectClause) return false;
  const std::vector<Token> head = tokenize(paragraph.substr(0, comma), lexicon);
  if (head.empty() || !(tagged(head.front(), 'n') || tagged(head.front(), 'm') || tagged(head.front(), 'x')))
    return false;
  for (const Token& t : head)
    if (t.tag.empty() || !(tagged(t, 'n') || tagged(t, 'm') || tagged(t, 'q') || tagged(t, 'x'))) return false;
  std::u32string_view rest = paragraph.substr(comma + 1);
  const std::vector<Token> next = tokenize(rest.substr(0, std::min<std::size_t>(rest.size(), 8)), lexicon);
  return !next.empty() && (tagged(next[0], 'c') || tagged(next[0], 'd'));
}

bool opens_on_noun(std::u32string_view line, const Lexicon& lexicon) {
  const std::vector<Token> head = tokenize(line.substr(0, std::min<std::size_t>(line.size(), 8)), lexicon);
  return !head.empty() && tagged(head.front(), 'n');
}

bool opens_on_verb(std::u32string_view line, const Lexicon& lexicon) {
  const std::vector<Token> head = tokenize(line.substr(0, std::min<std::size_t>(line.size(), 8)), lexicon);
  return !head.empty() && tagged(head.front(), 'v');
}

std::string_view last_word_tag(std::u32string_view text, const Lexicon& lexicon, std::size_t shortest,
                               std::size_t longest) {
  for (std::size_t n = std::min(longest, text.size()); n >= shortest && n >= 1; --n) {
    const std::u32string_view word = text.substr(text.size() - n);
    if (lexicon.contains(word)) return lexicon.tag(word);
  }
  return {};
}

bool has_verb(std::u32string_view line, const Lexicon& lexicon) {
  for (const Token& t : tokenize(line, lexicon))
    if (tagged(t, 'v')) return true;
  return false;
}

}  // namespace banmian::text
