// Classification: gives every Unit a Role (headline line, intertitle,
// byline, series label, caption, credit, furniture, jump line, body) from
// its own text (patterns.hpp) and its neighbours. Datelines at the head of
// body paragraphs are recognised here too.
#pragma once

#include <vector>

#include "model.hpp"
#include "text/lexicon.hpp"

namespace banmian::classify {

// Assigns roles in place; may merge units that belong together (the lines
// of one QR caption).
void classify_units(std::vector<detail::Unit>& units, const text::Lexicon& lexicon);

// Returns the number of code points a headline line may have at most.
inline constexpr std::size_t kMaxHeadlineLength = 48;

}  // namespace banmian::classify
