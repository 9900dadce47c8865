// The pdftotext-bbox reader: the XHTML of `pdftotext -bbox-layout`
// (html > body > doc > page > flow > block > line > word, boxes in
// xMin/yMin/xMax/yMax attributes). One Page per <page>, one Block per
// <block>, in the extractor's order; reading order is rebuilt later.
#include <pugixml.hpp>

#include <algorithm>
#include <string>

#include "layout/layout.hpp"
#include "read/bbox_layout.hpp"
#include "read/readers.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace banmian::detail {
namespace {

BBox read_bbox(const pugi::xml_node& node) {
  return BBox{node.attribute("xMin").as_double(), node.attribute("yMin").as_double(),
              node.attribute("xMax").as_double(), node.attribute("yMax").as_double()};
}

// Visits the element descendants of root named `name` in document order,
// without descending into a match; iterative, so deep input cannot overflow
// the stack. `on_other` sees every other element and may return false to skip
// its subtree.
template <typename OnMatch, typename OnOther>
void for_each_named(const pugi::xml_node& root, const char* name, OnMatch on_match,
                    OnOther on_other) {
  pugi::xml_node node = root.first_child();
  while (node && node != root) {
    bool descend = false;
    if (node.type() == pugi::node_element) {
      if (std::string_view(node.name()) == name) {
        on_match(node);
      } else {
        descend = on_other(node);
      }
    }
    if (descend && node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (node && node != root && !node.next_sibling()) node = node.parent();
    if (!node || node == root) break;
    node = node.next_sibling();
  }
}

template <typename OnMatch>
void for_each_named(const pugi::xml_node& root, const char* name, OnMatch on_match) {
  for_each_named(root, name, on_match, [](const pugi::xml_node&) { return true; });
}

using text::first_code_point;
using text::last_code_point;

}  // namespace

bool is_cjk_joiner(char32_t c) {
  return text::is_han(c) || (c >= 0x2E80 && c <= 0x2FDF) ||  // radicals
         (c >= 0x3000 && c <= 0x30FF) ||                      // CJK punctuation, kana
         (c >= 0x31C0 && c <= 0x31FF) || (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0xFF00 && c <= 0xFFEF) ||                      // full-width forms
         c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D ||  // curly quotes
         c == 0x2014 || c == 0x2015 || c == 0x2026 || c == 0x00B7;    // dashes, … ·
}

std::string join_words(const std::vector<LayoutWord>& words) {
  std::string out;
  for (const LayoutWord& word : words) {
    if (word.text.empty()) continue;
    if (!out.empty() &&
        !(is_cjk_joiner(last_code_point(out)) && is_cjk_joiner(first_code_point(word.text)))) {
      out += ' ';
    }
    out += word.text;
  }
  return out;
}

Result<std::vector<LayoutPage>> parse_bbox_layout(std::string_view content) {
  pugi::xml_document doc;
  pugi::xml_parse_result parsed =
      doc.load_buffer(content.data(), content.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    return Status(StatusCode::kInvalidInput,
                  "malformed pdftotext-bbox XHTML at byte " + std::to_string(parsed.offset) +
                      ": " + parsed.description());
  }

  std::vector<LayoutPage> pages;
  for_each_named(doc, "page", [&](const pugi::xml_node& page_node) {
    LayoutPage page;
    page.width = page_node.attribute("width").as_double();
    page.height = page_node.attribute("height").as_double();
    int flow = -1;
    for_each_named(
        page_node, "block",
        [&](const pugi::xml_node& block_node) {
          LayoutBlock block;
          block.bbox = read_bbox(block_node);
          block.flow = std::max(flow, 0);
          for_each_named(block_node, "line", [&](const pugi::xml_node& line_node) {
            LayoutLine line;
            line.bbox = read_bbox(line_node);
            for_each_named(line_node, "word", [&](const pugi::xml_node& word_node) {
              LayoutWord word;
              word.text = word_node.text().get();
              word.bbox = read_bbox(word_node);
              if (!word.text.empty()) line.words.push_back(std::move(word));
            });
            if (!line.words.empty()) block.lines.push_back(std::move(line));
          });
          if (!block.lines.empty()) page.blocks.push_back(std::move(block));
        },
        [&](const pugi::xml_node& other) {
          if (std::string_view(other.name()) == "flow") ++flow;
          return true;
        });
    pages.push_back(std::move(page));
  });
  return pages;
}

Result<std::vector<Page>> read_pdftotext_bbox(std::string_view content, const Options& options) {
  if (Status status = check_input(content, options); !status.ok()) return status;
  content = strip_bom(content);

  std::vector<Page> pages;
  if (content.find_first_not_of(" \t\r\n") != std::string_view::npos) {
    Result<std::vector<LayoutPage>> layout = parse_bbox_layout(content);
    if (!layout.ok()) return layout.status();
    for (std::size_t p = 0; p < layout->size(); ++p) {
      const LayoutPage& layout_page = (*layout)[p];
      if (Status status = check_block_count(layout_page.blocks.size(), options); !status.ok()) {
        return status;
      }
      // Reading order comes from geometry: lines, columns and paragraphs
      // are rebuilt from the words (src/layout), since pdftotext's own
      // blocks often run across column gutters.
      Page page = layout::order_by_geometry(layout::word_page(layout_page, static_cast<int>(p)));
      pages.push_back(std::move(page));
    }
  }
  if (pages.empty()) {
    Page page;
    page.format = InputFormat::kPdftotextBbox;
    pages.push_back(std::move(page));
  }
  return pages;
}

}  // namespace banmian::detail
