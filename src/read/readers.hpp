// The readers turn input content into Pages of Blocks, faithfully: they keep
// the extractor's order and text as printed (normalisation and reading order
// come later). Each reader checks the input size and UTF-8 first, so every
// later stage can assume valid UTF-8 within the limits of Options.
#pragma once

#include <banmian/banmian.hpp>

#include <string_view>
#include <vector>

namespace banmian::detail {

// Checks content against Options::max_input_bytes (kTooLarge) and for valid
// UTF-8 (kInvalidInput naming the byte offset).
Status check_input(std::string_view content, const Options& options);

// Checks a block count against Options::max_blocks (kTooLarge).
Status check_block_count(std::size_t blocks, const Options& options);

// Reads plain text: blocks are runs of lines separated by blank lines.
Result<Page> read_text(std::string_view content, const Options& options);

// Reads {"page":{...},"blocks":[...]} (docs/article-tree.md, input formats).
Result<Page> read_blocks_json(std::string_view content, const Options& options);

// Reads the XHTML of `pdftotext -bbox-layout`: one Page per <page>.
Result<std::vector<Page>> read_pdftotext_bbox(std::string_view content,
                                              const Options& options);

// Returns the content without a leading UTF-8 byte order mark.
std::string_view strip_bom(std::string_view content);

}  // namespace banmian::detail
