// The word-level document of `pdftotext -bbox-layout`: pages of flows of
// blocks of lines of words, each with its box. The reader turns it into
// Blocks; the geometry stage may use it directly to rebuild lines and blocks
// where the extractor's own blocks cross column gutters.
#pragma once

#include <banmian/banmian.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace banmian::detail {

struct LayoutWord {
  std::string text;
  BBox bbox;
};

struct LayoutLine {
  BBox bbox;
  std::vector<LayoutWord> words;
};

struct LayoutBlock {
  BBox bbox;
  int flow = 0;  // index of the <flow> on its page, from 0
  std::vector<LayoutLine> lines;
};

struct LayoutPage {
  double width = 0, height = 0;
  std::vector<LayoutBlock> blocks;
};

// Parses the XHTML (after check_input); malformed XML is kInvalidInput with
// the byte offset pugixml reports.
Result<std::vector<LayoutPage>> parse_bbox_layout(std::string_view content);

// True for characters that sit between words without a space in CJK text:
// Han, radicals, CJK and full-width punctuation, kana, curly quotes, dashes.
bool is_cjk_joiner(char32_t c);

// Joins the words of a line: no space when both sides are CJK, one otherwise.
std::string join_words(const std::vector<LayoutWord>& words);

}  // namespace banmian::detail
