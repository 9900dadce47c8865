// The lexicon is one pool of code points, an array of entries and an
// open-addressing hash table of entry indices: building it from 150k lines
// makes a handful of allocations, and a lookup hashes the key once.
#include "text/lexicon.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "text/chars.hpp"
#include "text/utf8.hpp"

// The built-in lexicon, embedded by lexicon_data.S.
extern "C" {
__attribute__((visibility("hidden"))) extern const char banmian_lexicon_data[];
__attribute__((
    visibility("hidden"))) extern const char banmian_lexicon_data_end[];
}

namespace banmian::text {

struct Lexicon::Data {
  struct Entry {
    std::uint32_t offset;  // into pool
    std::uint32_t length;
    long frequency;
    std::uint32_t tag;  // index into tags
  };

  std::u32string pool;
  std::vector<Entry> entries;
  // Open addressing with linear probing: the high 32 bits of a slot hold
  // the high bits of the word's hash (compared before the word itself), the
  // low 32 bits the entry index + 1; 0 marks an empty slot.
  std::vector<std::uint64_t> slots;
  std::vector<std::string> tags{""};
  std::size_t max_word_length = 0;
  double log_total = 0;

  static std::uint64_t hash(std::u32string_view word) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ word.size();
    for (char32_t c : word) h = (h ^ c) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 29);
  }

  std::u32string_view word(const Entry& e) const {
    return std::u32string_view(pool).substr(e.offset, e.length);
  }

  // Returns the slot of the word, or the empty slot where it would go.
  std::size_t slot_of(std::u32string_view w, std::uint64_t h) const {
    const std::size_t mask = slots.size() - 1;
    const std::uint64_t tag_bits = h & 0xFFFFFFFF00000000ull;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const std::uint64_t slot = slots[i];
      if (slot == 0) return i;
      if ((slot & 0xFFFFFFFF00000000ull) == tag_bits &&
          word(entries[(slot & 0xFFFFFFFF) - 1]) == w) {
        return i;
      }
    }
  }

  // Returns the entry of the word, or nullptr.
  const Entry* find(std::u32string_view w) const {
    if (slots.empty()) return nullptr;
    const std::uint64_t slot = slots[slot_of(w, hash(w))];
    return slot == 0 ? nullptr : &entries[(slot & 0xFFFFFFFF) - 1];
  }

  // Adds a word, or replaces the frequency and tag of a word already there
  // (a later line wins, as in jieba); returns the frequency it replaced.
  // The table must have a free slot.
  long insert(std::u32string_view w, long frequency, std::uint32_t tag) {
    const std::uint64_t h = hash(w);
    std::uint64_t& slot = slots[slot_of(w, h)];
    if (slot != 0) {
      Entry& e = entries[(slot & 0xFFFFFFFF) - 1];
      const long replaced = e.frequency;
      e.frequency = frequency;
      e.tag = tag;
      return replaced;
    }
    const auto offset = static_cast<std::uint32_t>(pool.size());
    pool.append(w);
    entries.push_back(
        {offset, static_cast<std::uint32_t>(w.size()), frequency, tag});
    slot = (h & 0xFFFFFFFF00000000ull) | entries.size();
    max_word_length = std::max(max_word_length, w.size());
    return 0;
  }
};

namespace {

bool is_field_separator(char c) { return c == ' ' || c == '\t'; }

Status invalid_line(std::string_view name, std::size_t line,
                    std::string_view what) {
  std::ostringstream message;
  message << name << ":" << line << ": " << what;
  return Status(StatusCode::kInvalidInput, message.str());
}

}  // namespace

Result<Lexicon> Lexicon::parse(std::string_view data, std::string_view name) {
  if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
  if (auto bad = find_invalid_utf8(data)) {
    const auto line = 1 + static_cast<std::size_t>(std::count(
                              data.begin(), data.begin() + *bad, '\n'));
    std::ostringstream what;
    what << "invalid UTF-8 at byte " << *bad;
    return invalid_line(name, line, what.str());
  }

  auto d = std::make_shared<Data>();
  const auto lines =
      static_cast<std::size_t>(std::count(data.begin(), data.end(), '\n')) + 1;
  std::size_t table_size = 16;
  while (table_size < lines + lines / 2) table_size *= 2;  // load factor <= 2/3
  if (table_size > (std::size_t{1} << 31)) {
    return Status(StatusCode::kTooLarge,
                  std::string(name) + ": too many lines for a lexicon");
  }
  d->slots.assign(table_size, 0);
  d->entries.reserve(lines);
  d->pool.reserve(data.size() / 3);
  std::unordered_map<std::string_view, std::uint32_t> tag_ids;
  std::u32string word;
  double total = 0;

  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start < data.size()) {
    ++line_number;
    std::size_t end = data.find('\n', start);
    if (end == std::string_view::npos) end = data.size();
    std::string_view line = data.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

    std::string_view fields[4];
    std::size_t count = 0;
    for (std::size_t i = 0; i < line.size();) {
      while (i < line.size() && is_field_separator(line[i])) ++i;
      if (i == line.size()) break;
      std::size_t j = i;
      while (j < line.size() && !is_field_separator(line[j])) ++j;
      if (count == 4) break;
      fields[count++] = line.substr(i, j - i);
      i = j;
    }
    if (count == 0 || fields[0].front() == '#') continue;
    if (count < 2 || count > 3) {
      return invalid_line(name, line_number,
                          "expected \"word frequency [tag]\"");
    }
    long frequency = 0;
    const std::string_view f = fields[1];
    const auto [ptr, ec] =
        std::from_chars(f.data(), f.data() + f.size(), frequency);
    if (ec != std::errc() || ptr != f.data() + f.size() || frequency < 0) {
      return invalid_line(
          name, line_number,
          "the frequency \"" + std::string(f) + "\" is not a count");
    }
    std::uint32_t tag = 0;
    if (count == 3) {
      auto [it, added] = tag_ids.try_emplace(
          fields[2], static_cast<std::uint32_t>(d->tags.size()));
      if (added) d->tags.emplace_back(fields[2]);
      tag = it->second;
    }
    word.clear();
    for (std::size_t pos = 0; pos < fields[0].size();)
      word.push_back(next_code_point(fields[0], pos));
    if (std::any_of(word.begin(), word.end(), is_space)) {
      return invalid_line(name, line_number, "the word contains white space");
    }
    const long replaced = d->insert(word, frequency, tag);
    total += static_cast<double>(frequency) - static_cast<double>(replaced);
  }
  d->log_total = std::log(std::max(total, 1.0));
  return Lexicon(std::move(d));
}

Result<Lexicon> Lexicon::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status(StatusCode::kIoError, "cannot open the lexicon " + path +
                                            ": " + std::strerror(errno));
  }
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad())
    return Status(StatusCode::kIoError, "cannot read the lexicon " + path);
  return parse(content.str(), path);
}

Result<Lexicon> Lexicon::builtin() {
  static const Result<Lexicon> lexicon =
      parse(std::string_view(banmian_lexicon_data,
                             static_cast<std::size_t>(banmian_lexicon_data_end -
                                                      banmian_lexicon_data)),
            "built-in lexicon");
  return lexicon;
}

bool Lexicon::contains(std::u32string_view word) const {
  return data_->find(word) != nullptr;
}

long Lexicon::frequency(std::u32string_view word) const {
  const Data::Entry* e = data_->find(word);
  return e ? e->frequency : 0;
}

double Lexicon::log_probability(std::u32string_view word) const {
  const long f = frequency(word);
  // Unknown words get half the probability of a word seen once.
  return std::log(f > 0 ? static_cast<double>(f) : 0.5) - data_->log_total;
}

std::string_view Lexicon::tag(std::u32string_view word) const {
  const Data::Entry* e = data_->find(word);
  return e ? std::string_view(data_->tags[e->tag]) : std::string_view();
}

std::size_t Lexicon::max_word_length() const { return data_->max_word_length; }

std::size_t Lexicon::size() const { return data_->entries.size(); }

long Lexicon::spanning_word_frequency(std::u32string_view left,
                                      std::u32string_view right) const {
  while (!left.empty() && is_space(left.back())) left.remove_suffix(1);
  while (!right.empty() && is_space(right.front())) right.remove_prefix(1);
  const std::size_t max_length = data_->max_word_length;
  if (left.empty() || right.empty() || max_length < 2) return 0;
  // The tail of `left` and the head of `right` side by side; every
  // candidate word is a view of this buffer that contains the cut.
  const std::size_t tail = std::min(left.size(), max_length - 1);
  const std::size_t head = std::min(right.size(), max_length - 1);
  char32_t stack_buffer[64];
  std::u32string heap_buffer;
  char32_t* buffer = stack_buffer;
  if (tail + head > std::size(stack_buffer)) {
    heap_buffer.resize(tail + head);
    buffer = heap_buffer.data();
  }
  std::copy(left.end() - static_cast<std::ptrdiff_t>(tail), left.end(), buffer);
  std::copy(right.begin(), right.begin() + static_cast<std::ptrdiff_t>(head),
            buffer + tail);
  const std::u32string_view joined(buffer, tail + head);
  long best = 0;
  for (std::size_t i = 1; i <= tail; ++i) {
    const std::size_t max_right = std::min(head, max_length - i);
    for (std::size_t j = 1; j <= max_right; ++j) {
      if (const Data::Entry* e = data_->find(joined.substr(tail - i, i + j))) {
        best = std::max(best, e->frequency);
      }
    }
  }
  return best;
}

}  // namespace banmian::text
