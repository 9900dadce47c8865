// Topic similarity of pieces of text: cosine of character-bigram vectors
// weighted by inverse document frequency over the page's units. Used to
// tell whether a fragment belongs to an article, whether a short line is an
// intertitle or a new headline, and where a caption belongs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace banmian::flow {

// A sparse, L2-normalised vector sorted by key.
using TopicVector = std::vector<std::pair<std::uint64_t, float>>;

class TopicModel {
 public:
  // Learns bigram document frequencies from the page's texts.
  explicit TopicModel(const std::vector<std::string>& documents);
  // Returns the tf-idf vector of a text.
  TopicVector vector(std::string_view text) const;
  // Returns the cosine of two vectors in [0, 1].
  static double cosine(const TopicVector& a, const TopicVector& b);
  // Returns the sum of two vectors, renormalised.
  static TopicVector add(const TopicVector& a, const TopicVector& b);

 private:
  std::unordered_map<std::uint64_t, int> document_frequency_;
  int documents_ = 0;
};

}  // namespace banmian::flow
