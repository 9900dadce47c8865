#include "flow/topic.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace banmian::flow {
namespace {

bool counts(char32_t c) { return text::is_han(c) || (c < 128 && std::isalnum(static_cast<int>(c))); }

template <typename F>
void for_each_bigram(std::string_view s, F&& f) {
  std::u32string cps = text::decode(s);
  for (std::size_t i = 0; i + 1 < cps.size(); ++i) {
    if (counts(cps[i]) && counts(cps[i + 1]))
      f((static_cast<std::uint64_t>(cps[i]) << 32) | cps[i + 1]);
  }
}

}  // namespace

TopicModel::TopicModel(const std::vector<std::string>& documents) {
  // (Each document's bigrams counted once: sorted and deduplicated in a
  // reused buffer, cheaper than a set per document.)
  std::vector<std::uint64_t> keys;
  for (const std::string& d : documents) {
    keys.clear();
    for_each_bigram(d, [&](std::uint64_t k) { keys.push_back(k); });
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (auto k : keys) ++document_frequency_[k];
    ++documents_;
  }
}

TopicVector TopicModel::vector(std::string_view text) const {
  // Term frequencies by sorting the text's bigrams: runs of one key.
  std::vector<std::uint64_t> keys;
  for_each_bigram(text, [&](std::uint64_t k) { keys.push_back(k); });
  std::sort(keys.begin(), keys.end());
  TopicVector v;
  double norm = 0;
  for (std::size_t i = 0; i < keys.size();) {
    std::size_t j = i + 1;
    while (j < keys.size() && keys[j] == keys[i]) ++j;
    const auto n = static_cast<float>(j - i);
    auto it = document_frequency_.find(keys[i]);
    int df = it == document_frequency_.end() ? 0 : it->second;
    float w = static_cast<float>((1.0 + std::log(n)) * std::log((documents_ + 1.0) / (df + 1.0)));
    if (w > 0) {
      v.emplace_back(keys[i], w);
      norm += static_cast<double>(w) * w;
    }
    i = j;
  }
  if (norm > 0) {
    float inv = static_cast<float>(1.0 / std::sqrt(norm));
    for (auto& [k, w] : v) w *= inv;
  }
  return v;
}

double TopicModel::cosine(const TopicVector& a, const TopicVector& b) {
  double dot = 0;
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) ++i;
    else if (b[j].first < a[i].first) ++j;
    else dot += static_cast<double>(a[i++].second) * b[j++].second;
  }
  return std::clamp(dot, 0.0, 1.0);
}

TopicVector TopicModel::add(const TopicVector& a, const TopicVector& b) {
  TopicVector out;
  out.reserve(a.size() + b.size());
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i].first < b[j].first)) out.push_back(a[i++]);
    else if (i == a.size() || b[j].first < a[i].first) out.push_back(b[j++]);
    else { out.emplace_back(a[i].first, a[i].second + b[j].second); ++i; ++j; }
  }
  double norm = 0;
  for (auto& [k, w] : out) norm += static_cast<double>(w) * w;
  if (norm > 0) {
    float inv = static_cast<float>(1.0 / std::sqrt(norm));
    for (auto& [k, w] : out) w *= inv;
  }
  return out;
}

}  // namespace banmian::flow
