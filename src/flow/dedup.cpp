// De-duplication of body paragraphs on character trigram shingles: exact
// copies, copies with another opening (据了解 / 记者了解到) and truncated
// copies (the head and tail of a paragraph spliced together).
#include <algorithm>
#include <cstdlib>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "flow/flow.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace banmian::flow {
namespace {

// Paragraphs shorter than this may legitimately repeat (a short phrase, an
// attribution line) and are never dropped.
constexpr std::size_t kMinDuplicateLength = 14;

std::vector<std::uint64_t> shingles(std::u32string_view s) {
  std::vector<std::uint64_t> out;
  if (s.size() < 3) return out;
  out.reserve(s.size() - 2);
  for (std::size_t i = 0; i + 2 < s.size(); ++i)
    out.push_back((static_cast<std::uint64_t>(s[i]) << 42) ^ (static_cast<std::uint64_t>(s[i + 1]) << 21) ^ s[i + 2]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::size_t intersection(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else { ++n; ++i; ++j; }
  }
  return n;
}

// Blocks further apart than this are not one paragraph printed twice.
constexpr int kMaxRepeatDistance = 8;

// True when `copy` reads as an extractor's repeat of `original`. Close to
// the original (a few blocks), a copy that shares its opening or its ending
// is one: a whole copy, a copy with another opening, or the head and tail
// spliced together. Far from it, only a spliced copy (shorter, same
// opening, its ending found in the original) is junk: a whole paragraph
// printed twice far apart is a summary or a quote the page means to repeat.
// A phrase that recurs inside a longer paragraph (a pull quote, a quoted law
// article) shares neither end and is legitimate.
bool is_repeat(const detail::Unit& copy, const detail::Unit& original, const std::u32string& a,
               const std::u32string& b) {
  if (copy.sources.empty() || original.sources.empty()) return false;
  if (copy.sources.front() == original.sources.front()) return false;
  // A whole quotation or a bulleted summary line restates on purpose.
  if (a.front() == U'“' && a.back() == U'”' &&
      a.find_first_of(U"“”", 1) == a.size() - 1)
    return false;
  if (a.front() == U'■' || a.front() == U'●' || a.front() == U'◆' || a.front() == U'▲') return false;
  const std::size_t k = std::min<std::size_t>({4, a.size(), b.size()});
  bool same_start = a.compare(0, k, b, 0, k) == 0;
  bool same_end = a.compare(a.size() - k, k, b, b.size() - k, k) == 0;
  // A clearly shorter text that restates part of a paragraph whole (a
  // lead, a pull quote, a summary under the headline) is meant: it does not
  // open like the paragraph, or it is a run of the paragraph's clauses
  // ending where one of them ends. An extractor's truncated copy opens
  // like its original and splices its tail on mid-clause.
  if (a.size() * 10 <= b.size() * 8 && !same_start) return false;
  if (a.size() * 10 <= b.size() * 9) {
    std::u32string_view body(a);
    while (!body.empty() && text::is_punct(body.back())) body.remove_suffix(1);
    std::size_t at = body.size() >= 8 ? std::u32string_view(b).find(body) : std::u32string_view::npos;
    if (at != std::u32string_view::npos) {
      std::size_t after = at + body.size();
      if (after == b.size() || text::is_punct(b[after])) return false;
    }
  }
  if (std::abs(copy.sources.front() - original.sources.back()) <= kMaxRepeatDistance)
    return same_start || same_end;
  // The copy's last words (before its final punctuation) appear in the
  // original: its tail was spliced on from there.
  std::u32string_view tail(a);
  while (!tail.empty() && (text::is_punct(tail.back()) || text::is_space(tail.back()))) tail.remove_suffix(1);
  if (tail.size() > 2) tail = tail.substr(tail.size() - 2);
  bool spliced = a.size() >= 20 && a.size() * 10 <= b.size() * 9 && same_start && tail.size() == 2 &&
                 std::u32string_view(b).find(tail) != std::u32string_view::npos;
  return spliced;
}

}  // namespace

void remove_duplicates(std::vector<detail::Unit>& units, double threshold,
                       std::vector<Dropped>& dropped, std::vector<Repair>& repairs) {
  const std::size_t n = units.size();
  std::vector<std::u32string> cps(n);
  std::vector<std::vector<std::uint64_t>> sh(n);
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> index;
  for (std::size_t i = 0; i < n; ++i) {
    if (units[i].role != detail::Role::kBody) continue;
    for (char32_t c : text::decode(units[i].text))
      if (!text::is_space(c)) cps[i].push_back(c);
    if (cps[i].size() < kMinDuplicateLength) continue;
    sh[i] = shingles(cps[i]);
    for (auto k : sh[i]) {
      auto& list = index[k];
      if (list.size() < 64) list.push_back(static_cast<std::uint32_t>(i));
    }
  }
  std::vector<char> removed(n, 0);
  std::vector<int> duplicate_of(n, -1);
  std::vector<double> similarity(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    if (sh[i].empty() || removed[i]) continue;
    // Candidates share shingles with i.
    std::unordered_map<std::uint32_t, std::uint32_t> shared;
    for (auto k : sh[i])
      for (auto j : index[k])
        if (j != i) ++shared[j];
    for (auto [j, count] : shared) {
      if (removed[j] || removed[i]) continue;
      std::size_t small = std::min(sh[i].size(), sh[j].size());
      if (count < small * threshold) continue;
      // Containment of the shorter in the longer.
      std::size_t inter = intersection(sh[i], sh[j]);
      double containment = static_cast<double>(inter) / static_cast<double>(small);
      if (containment < threshold) continue;
      bool exact = cps[i] == cps[j];
      // The extractor repeats a paragraph a few blocks after the original;
      // the later copy is the repeat. Keep the longer when a truncated
      // copy comes first.
      std::size_t drop = std::max<std::size_t>(i, j), keep = std::min<std::size_t>(i, j);
      if (!exact && cps[drop].size() * 10 > cps[keep].size() * 11) std::swap(drop, keep);
      if (!is_repeat(units[drop], units[keep], cps[drop], cps[keep])) continue;
      removed[drop] = 1;
      duplicate_of[drop] = static_cast<int>(keep);
      similarity[drop] = exact ? 1.0 : containment;
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (!removed[i]) continue;
    const std::size_t keep = static_cast<std::size_t>(duplicate_of[i]);
    const detail::Unit& original = units[keep];
    Dropped d;
    d.text = units[i].text;
    d.sources = units[i].sources;
    d.reason = "duplicate";
    d.duplicate_of = original.sources;
    d.similarity = similarity[i];
    bool exact = similarity[i] >= 1.0 && cps[i] == cps[keep];
    bool truncated = cps[i].size() * 10 < cps[keep].size() * 9;
    Repair r;
    r.op = "drop";
    r.sources = units[i].sources;
    r.score = similarity[i];
    r.why = fmt::format("{} of block {} ({:.0f}% of its character trigrams appear there)",
                        exact ? "exact duplicate" : truncated ? "truncated duplicate" : "near duplicate",
                        original.sources.empty() ? -1 : original.sources.front(), similarity[i] * 100);
    dropped.push_back(std::move(d));
    repairs.push_back(std::move(r));
  }
  std::vector<detail::Unit> kept;
  kept.reserve(n);
  for (std::size_t i = 0; i < n; ++i)
    if (!removed[i]) kept.push_back(std::move(units[i]));
  units = std::move(kept);
}

}  // namespace banmian::flow
