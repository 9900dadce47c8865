// Segmentation: turns input blocks into Units. A block may hold one paragraph,
// several hard-wrapped column lines (joined into paragraphs, a new paragraph
// at each indented line), or several separate short lines (headline lines,
// bylines), which become one Unit each. Text is normalised here.
#pragma once

#include <vector>

#include "model.hpp"
#include "text/lexicon.hpp"
#include "text/normalize.hpp"

namespace banmian::text {

// Returns the page's Units in input order.
std::vector<detail::Unit> segment_page(const Page& page,
                                       const NormalizeOptions& options,
                                       const Lexicon& lexicon);

}  // namespace banmian::text
