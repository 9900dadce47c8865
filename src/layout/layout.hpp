// The geometry stage: reading order from coordinates.
//
// Dense newspaper pages defeat extractors that read line by line across
// narrow column gutters. With coordinates the page is recoverable:
//   1. words become column lines: words on one baseline merge only across
//      small gaps and never onto a column edge (an x where many lines start),
//      so a line that runs into the next column is split there; display
//      type a space apart stays one headline line even on a column edge;
//   2. lines stack into column runs of one font size, one left edge
//      (indented lines included) and a regular line pitch;
//   3. the runs are ordered by article boxes, as block-level pages are (see
//      below), except that a headline, only as wide as its text in a PDF, is
//      first widened to the columns that start just under it (below any
//      bylines) a gutter apart and that no other headline sits directly
//      above; a column two headlines could reach goes to the left one;
//   4. inside a run, a paragraph starts at an indented line or after a short
//      line; CJK lines join without a space, Latin words keep theirs; a
//      paragraph cut by a column break (full last line, unindented top of
//      the next run) is joined to its continuation.
// Headline lines keep their estimated font size (Block::font_size, in
// points, from the advance of CJK characters) so that later stages can rank
// kicker, title and subtitle.
//
// Block-level pages (blocks-json: whole blocks with boxes and font sizes)
// are only reordered, by article boxes: display type (larger than the body
// font, the size most text is set in) marks headlines, stacked kicker, title
// and subtitles make one headline, and a headline owns the blocks below it
// within its column range, down to the next headline there. Articles and
// unowned blocks (page furniture, items without a headline) are ordered by
// XY-cut over their boxes; inside an article the headline comes first, then
// its blocks tier by tier, columns left to right. A plain XY-cut would cut
// under a row of side-by-side headlines and read them all before any body.
//
// Provenance: for word-level input (one Block per pdftotext word, see
// word_page) the returned blocks are rebuilt, so the article tree's
// `sources` refer to the indices of the returned page; GeometryTrace keeps
// the map from each returned block back to the input blocks. Every input
// character lands in exactly one returned block.
//
// All functions are pure and safe for concurrent use. Cost is O(n log n) in
// the number of words, plus O(r^2) in the number of column runs r (a few
// hundred on a page).
#pragma once

#include <banmian/banmian.hpp>

#include <string_view>
#include <vector>

#include "read/bbox_layout.hpp"

namespace banmian::layout {

// Tuning of the geometry stage. Defaults suit printed newspaper pages:
//   join_columns   true   join a paragraph cut by a column break to the top
//                         of the next column run (full last line, unindented
//                         continuation, same font size)
struct GeometryOptions {
  bool join_columns = true;
};

// The returned page and, for each of its blocks, the input blocks it was
// built from, in reading order.
struct GeometryTrace {
  Page page;
  std::vector<std::vector<int>> origins;
};

// Returns the page with its blocks rebuilt and put in reading order from
// geometry; pages without bbox are returned unchanged.
//
// Two kinds of page are handled:
//   - word level (format kPdftotextBbox, every block one line whose
//     font_size equals its box height, as word_page makes): lines, column
//     runs and paragraphs are rebuilt;
//   - block level (anything else, e.g. blocks-json): blocks are kept whole
//     and only reordered, article by article, whatever their input order;
//     blocks sharing one bbox (the paragraphs of one column) keep their
//     input order.
// Blocks without a bbox keep their relative order after the others.
Page order_by_geometry(const Page& page, const GeometryOptions& options = {});

// Like order_by_geometry, and also returns the map back to the input blocks.
GeometryTrace order_by_geometry_traced(const Page& page,
                                       const GeometryOptions& options = {});

// Returns one Block per word of a pdftotext-bbox page (text, bbox, font size
// from the box height), in the extractor's order: the input that
// order_by_geometry rebuilds from.
Page word_page(const detail::LayoutPage& layout_page, int page_number);

// Reads the XHTML of `pdftotext -bbox-layout` and returns its pages with
// blocks rebuilt and ordered from the words' geometry (one Page per <page>).
Result<std::vector<Page>> read_pdftotext_geometry(std::string_view xhtml,
                                                  const Options& options = {},
                                                  const GeometryOptions& geometry = {});

}  // namespace banmian::layout
