// Assembly: walks the units in reading order and builds the article tree:
// a headline group (kicker, title, subtitles, series) opens an article,
// bylines and the dateline attach to it, body units become paragraphs
// (merged where flow joined them), intertitles become headings, captions
// and credits attach to the article they follow, furniture goes aside.
#pragma once

#include <vector>

#include "flow/flow.hpp"
#include "model.hpp"

namespace banmian::assemble {

// Builds the articles, page furniture and unassigned text of the tree
// (source, dropped and repairs are filled by the caller); appends
// attach_caption and move repairs to tree.repairs.
void assemble_tree(const std::vector<detail::Unit>& units, const flow::ReadingOrder& order,
                   ArticleTree& tree);

// Reports every intertitle whose text carries clause punctuation
// (，。？！；： or their ASCII forms) as a paragraph: an intertitle is a
// phrase; a line that punctuates clauses reads as a short paragraph in the
// expected trees this library is measured on. Options::punctuated_intertitles
// turns this off.
void retype_punctuated_intertitles(ArticleTree& tree);

// Splits the lines of a headline group into kicker, title and subtitles.
// `font_sizes` may be all 0 (unknown).
Headline rank_headline(const std::vector<std::string>& lines, const std::vector<double>& font_sizes);
// Likewise, where `after_title[i]` marks a line printed after the title on
// the title's own line (so the line before it is the title).
Headline rank_headline(const std::vector<std::string>& lines, const std::vector<double>& font_sizes,
                       const std::vector<bool>& after_title);

}  // namespace banmian::assemble
