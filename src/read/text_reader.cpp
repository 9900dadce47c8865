// The text reader: blocks are runs of lines separated by blank lines, in input
// order. A line holding only white space (including NBSP and the ideographic
// space U+3000) counts as blank. Lines are kept as printed, joined by '\n'.
#include <string>
#include <string_view>
#include <vector>

#include "read/readers.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace banmian::detail {
namespace {

bool is_blank_line(std::string_view line) {
  for (char32_t c : text::decode(line)) {
    if (!text::is_space(c)) return false;
  }
  return true;
}

}  // namespace

Result<Page> read_text(std::string_view content, const Options& options) {
  if (Status status = check_input(content, options); !status.ok()) return status;
  content = strip_bom(content);

  Page page;
  page.format = InputFormat::kText;
  std::string current;
  bool in_block = false;
  auto flush = [&]() -> Status {
    if (!in_block) return Status::Ok();
    if (Status status = check_block_count(page.blocks.size() + 1, options); !status.ok()) {
      return status;
    }
    Block block;
    block.text = std::move(current);
    page.blocks.push_back(std::move(block));
    current.clear();
    in_block = false;
    return Status::Ok();
  };

  std::size_t pos = 0;
  while (pos < content.size()) {
    std::size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = end + 1;
    if (is_blank_line(line)) {
      if (Status status = flush(); !status.ok()) return status;
      continue;
    }
    if (in_block) current += '\n';
    current.append(line);
    in_block = true;
  }
  if (Status status = flush(); !status.ok()) return status;
  return page;
}

}  // namespace banmian::detail
