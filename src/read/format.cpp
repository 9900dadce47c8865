// Input format names, sniffing, and the public read_page/read_pages entry
// points that dispatch to the reader of each format.
#include <banmian/banmian.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <unistd.h>

#include "read/readers.hpp"
#include "text/utf8.hpp"

namespace banmian {
namespace {

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return true;
}

std::string_view skip_ascii_space(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
  return s.substr(i);
}

// Writes PDF bytes to a temporary file so that pdftotext can read them.
Result<std::vector<Page>> read_pdf_bytes(std::string_view content, const Options& options) {
  if (content.size() > options.max_input_bytes) {
    return Status(StatusCode::kTooLarge,
                  "input is " + std::to_string(content.size()) +
                      " bytes; the limit (max_input_bytes) is " +
                      std::to_string(options.max_input_bytes));
  }
  const char* tmpdir = std::getenv("TMPDIR");
  std::string path = std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/banmian-XXXXXX";
  int fd = ::mkstemp(path.data());
  if (fd < 0) return Status(StatusCode::kIoError, "cannot create a temporary file in " + path);
  std::size_t written = 0;
  while (written < content.size()) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n <= 0) {
      ::close(fd);
      ::unlink(path.c_str());
      return Status(StatusCode::kIoError, "cannot write the temporary file " + path);
    }
    written += static_cast<std::size_t>(n);
  }
  ::close(fd);
  auto pages = read_pdf(path, options);
  ::unlink(path.c_str());
  if (pages.ok()) {
    for (Page& page : pages.value()) page.name.clear();
  }
  return pages;
}

}  // namespace

const char* input_format_name(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kBlocksJson: return "blocks-json";
    case InputFormat::kPdftotextBbox: return "pdftotext-bbox";
    case InputFormat::kPdf: return "pdf";
  }
  return "auto";
}

std::optional<InputFormat> parse_input_format(std::string_view name) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kText, InputFormat::kBlocksJson,
                        InputFormat::kPdftotextBbox, InputFormat::kPdf}) {
    if (name == input_format_name(f)) return f;
  }
  return std::nullopt;
}

InputFormat sniff_input_format(std::string_view content) {
  if (content.substr(0, 5) == "%PDF-") return InputFormat::kPdf;
  std::string_view s = skip_ascii_space(detail::strip_bom(content));
  if (!s.empty() && s.front() == '{') return InputFormat::kBlocksJson;
  if (starts_with_ci(s, "<?xml") || starts_with_ci(s, "<!DOCTYPE html") ||
      starts_with_ci(s, "<html")) {
    // pdftotext puts <doc> and <page> right after a short <head>.
    std::string_view head = s.substr(0, 1 << 16);
    if (head.find("<doc>") != std::string_view::npos ||
        head.find("<page") != std::string_view::npos) {
      return InputFormat::kPdftotextBbox;
    }
  }
  return InputFormat::kText;
}

Result<std::vector<Page>> read_pages(std::string_view content, InputFormat format,
                                     const Options& options) {
  if (format == InputFormat::kAuto) format = sniff_input_format(content);
  switch (format) {
    case InputFormat::kPdf:
      return read_pdf_bytes(content, options);
    case InputFormat::kPdftotextBbox:
      return detail::read_pdftotext_bbox(content, options);
    case InputFormat::kBlocksJson:
    case InputFormat::kText:
    case InputFormat::kAuto: {
      Result<Page> page = format == InputFormat::kBlocksJson
                              ? detail::read_blocks_json(content, options)
                              : detail::read_text(content, options);
      if (!page.ok()) return page.status();
      std::vector<Page> pages;
      pages.push_back(std::move(page).value());
      return pages;
    }
  }
  return Status(StatusCode::kInternal, "unknown input format");
}

Result<Page> read_page(std::string_view content, InputFormat format, const Options& options) {
  if (format == InputFormat::kAuto) format = sniff_input_format(content);
  if (format == InputFormat::kText) return detail::read_text(content, options);
  if (format == InputFormat::kBlocksJson) return detail::read_blocks_json(content, options);
  Result<std::vector<Page>> pages = read_pages(content, format, options);
  if (!pages.ok()) return pages.status();
  return std::move(pages.value().front());
}

namespace detail {

std::string_view strip_bom(std::string_view content) {
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  return content;
}

Status check_input(std::string_view content, const Options& options) {
  if (content.size() > options.max_input_bytes) {
    return Status(StatusCode::kTooLarge,
                  "input is " + std::to_string(content.size()) +
                      " bytes; the limit (max_input_bytes) is " +
                      std::to_string(options.max_input_bytes));
  }
  if (auto offset = text::find_invalid_utf8(content)) {
    return Status(StatusCode::kInvalidInput,
                  "invalid UTF-8 at byte " + std::to_string(*offset));
  }
  return Status::Ok();
}

Status check_block_count(std::size_t blocks, const Options& options) {
  if (blocks > options.max_blocks) {
    return Status(StatusCode::kTooLarge,
                  "the page has more than " + std::to_string(options.max_blocks) +
                      " blocks (max_blocks)");
  }
  return Status::Ok();
}

}  // namespace detail
}  // namespace banmian
