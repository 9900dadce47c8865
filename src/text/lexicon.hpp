// A Chinese word lexicon with frequencies, used as evidence for joins (does a
// word span the cut?), for names and for roles. The built-in lexicon is
// embedded in the library (built from jieba's dict.txt by
// scripts/build-lexicon); Options::lexicon_path loads another one.
#pragma once

#include <banmian/banmian.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace banmian::text {

// An immutable word list; safe for concurrent reads.
class Lexicon {
 public:
  // Returns the lexicon embedded in the library.
  static Result<Lexicon> builtin();
  // Loads "word freq [tag]" lines from a file (blank lines and lines starting
  // with '#' are skipped); a bad line is kInvalidInput naming its number.
  static Result<Lexicon> load(const std::string& path);
  // Parses "word freq [tag]" lines from memory.
  static Result<Lexicon> parse(std::string_view data, std::string_view name);

  // True when the word is in the lexicon.
  bool contains(std::u32string_view word) const;
  // Returns the word's frequency count, 0 when absent.
  long frequency(std::u32string_view word) const;
  // Returns log(frequency / total), or a floor value for unknown words.
  double log_probability(std::u32string_view word) const;
  // Returns the part-of-speech tag of the word ("" when unknown).
  std::string_view tag(std::u32string_view word) const;
  // Returns the longest word length (in code points).
  std::size_t max_word_length() const;
  // Returns the number of words.
  std::size_t size() const;

  // Returns the frequency of the most frequent lexicon word that contains
  // the position between left and right (the cut): a word made of a suffix
  // of `left` and a prefix of `right`, each at least one character. 0 when
  // no word spans the cut. White space at the cut is ignored.
  long spanning_word_frequency(std::u32string_view left,
                               std::u32string_view right) const;

  struct Data;

 private:
  explicit Lexicon(std::shared_ptr<const Data> data) : data_(std::move(data)) {}
  std::shared_ptr<const Data> data_;
};

}  // namespace banmian::text
