// The blocks-json reader:
//   {"page": {"width": W, "height": H},
//    "blocks": [{"text": "…", "bbox": [x0, y0, x1, y1], "font_size": 10.5,
//                "bold": false, "page": 0}]}
// Every field but a block's text is optional; null counts as absent. Block
// ids are the indices in the list, whatever order the blocks come in.
#include <nlohmann/json.hpp>

#include <cmath>
#include <string>

#include "read/readers.hpp"

namespace banmian::detail {
namespace {

using nlohmann::json;

Status block_error(std::size_t index, const std::string& what) {
  return Status(StatusCode::kInvalidInput,
                "blocks-json: block " + std::to_string(index) + ": " + what);
}

bool present(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && !it->is_null();
}

// Reads an optional number field; false when present but not a number.
bool read_number(const json& object, const char* key, double& out) {
  if (!present(object, key)) return true;
  const json& value = object.at(key);
  if (!value.is_number()) return false;
  out = value.get<double>();
  return std::isfinite(out);
}

Status read_block(const json& item, std::size_t index, Block& block) {
  if (!item.is_object()) return block_error(index, "must be an object");
  auto text = item.find("text");
  if (text == item.end()) return block_error(index, "has no \"text\"");
  if (!text->is_string()) return block_error(index, "\"text\" must be a string");
  block.text = text->get<std::string>();

  if (present(item, "bbox")) {
    const json& bbox = item.at("bbox");
    if (!bbox.is_array() || bbox.size() != 4) {
      return block_error(index, "\"bbox\" must be an array of 4 numbers");
    }
    double v[4];
    for (std::size_t i = 0; i < 4; ++i) {
      if (!bbox[i].is_number()) return block_error(index, "\"bbox\" must be an array of 4 numbers");
      v[i] = bbox[i].get<double>();
    }
    block.bbox = BBox{v[0], v[1], v[2], v[3]};
  }
  if (!read_number(item, "font_size", block.font_size) || block.font_size < 0) {
    return block_error(index, "\"font_size\" must be a number >= 0");
  }
  if (present(item, "bold")) {
    if (!item.at("bold").is_boolean()) return block_error(index, "\"bold\" must be true or false");
    block.bold = item.at("bold").get<bool>();
  }
  if (present(item, "page")) {
    const json& page = item.at("page");
    if (!page.is_number_integer() || page.get<long long>() < 0 ||
        page.get<long long>() > 1000000) {
      return block_error(index, "\"page\" must be an integer >= 0");
    }
    block.page = static_cast<int>(page.get<long long>());
  }
  return Status::Ok();
}

}  // namespace

Result<Page> read_blocks_json(std::string_view content, const Options& options) {
  if (Status status = check_input(content, options); !status.ok()) return status;
  content = strip_bom(content);

  Page page;
  page.format = InputFormat::kBlocksJson;
  if (content.find_first_not_of(" \t\r\n") == std::string_view::npos) return page;

  json doc;
  try {
    doc = json::parse(content.begin(), content.end());
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    if (auto pos = what.find("] "); pos != std::string::npos) what.erase(0, pos + 2);
    return Status(StatusCode::kInvalidInput, "malformed blocks-json at byte " +
                                                 std::to_string(e.byte) + ": " + what);
  } catch (const std::exception& e) {
    return Status(StatusCode::kInvalidInput, std::string("malformed blocks-json: ") + e.what());
  }

  if (!doc.is_object()) {
    return Status(StatusCode::kInvalidInput, "blocks-json: the top level must be an object");
  }
  if (present(doc, "page")) {
    const json& info = doc.at("page");
    if (!info.is_object() || !read_number(info, "width", page.width) ||
        !read_number(info, "height", page.height)) {
      return Status(StatusCode::kInvalidInput,
                    "blocks-json: \"page\" must be an object with numeric width and height");
    }
  }
  // Without "blocks" this is most likely some other JSON (an article tree, say).
  if (!present(doc, "blocks")) {
    return Status(StatusCode::kInvalidInput, "blocks-json: the object has no \"blocks\" array");
  }
  const json& blocks = doc.at("blocks");
  if (!blocks.is_array()) {
    return Status(StatusCode::kInvalidInput, "blocks-json: \"blocks\" must be an array");
  }
  if (Status status = check_block_count(blocks.size(), options); !status.ok()) return status;
  page.blocks.reserve(blocks.size());
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    Block block;
    if (Status status = read_block(blocks[i], i, block); !status.ok()) return status;
    page.blocks.push_back(std::move(block));
  }
  return page;
}

}  // namespace banmian::detail
