// banmian: recovers the articles of a Chinese newspaper page from the broken
// text that PDF extractors and OCR produce.
//
// The pipeline reads top to bottom: read -> normalise -> classify -> flow ->
// assemble -> write. This header is the whole public C++ API: the options, the
// engine, the input page, the article tree (docs/article-tree.md field for
// field), the readers and the writers. Errors are values (Status, Result<T>);
// no function here throws for bad input.
#pragma once

#include <banmian/version.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if defined(_WIN32)
#define BANMIAN_API __declspec(dllexport)
#else
#define BANMIAN_API __attribute__((visibility("default")))
#endif

namespace banmian {

// ---------------------------------------------------------------------------
// Status and Result

// Stable status codes; the numeric values never change (the C ABI returns
// their negation).
enum class StatusCode : int {
  kOk = 0,
  kInvalidInput = 1,  // malformed UTF-8, JSON or XHTML; the message names the position
  kTooLarge = 2,      // the input exceeds a limit in Options
  kInvalidOptions = 3,
  kIoError = 4,        // a file or a child process could not be read or run
  kUnavailable = 5,    // an external tool (pdftotext) is missing
  kInternal = 6,       // a bug in banmian; please report it
};

// Returns the stable name of a status code ("ok", "invalid_input", ...).
BANMIAN_API const char* status_code_name(StatusCode code);

// An error code with a human-readable message, or Ok.
class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}
  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // Returns "invalid_input: <message>" (or "ok").
  std::string to_string() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value of type T or an error Status.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT
  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

// ---------------------------------------------------------------------------
// Options

// Engine options. Every field has a default that suits real pages:
//   max_input_bytes      64 MiB   larger inputs fail with kTooLarge
//   max_blocks           200000   pages with more blocks fail with kTooLarge
//   fold_width           true     full-width letters and digits (０-９ Ａ-Ｚ)
//                                 become ASCII; punctuation and symbols
//                                 （，：／％） keep the width they were set in
//   map_radicals         true     Kangxi / CJK radical code points (⻓ ⽇)
//                                 become the unified ideographs (长 日)
//   join_continuations   true     join fragments cut by column breaks
//   remove_duplicates    true     drop repeated paragraphs (kept in dropped)
//   attach_captions      true     attach QR and photo captions to articles
//   join_threshold       0.45     minimum score in [0,1] to join two fragments
//   duplicate_threshold  0.85     minimum containment in [0,1] for a near
//                                 duplicate to be dropped
//   lexicon_path         ""       a word list ("word freq" per line) to use
//                                 instead of the built-in lexicon
//   pdftotext_path       "pdftotext"  the program run for PDF input
//   punctuated_intertitles  false  keep an intertitle whose text carries
//                                 clause punctuation (，。？！；：, as in
//                                 “A，B”) as a heading; by default it is
//                                 reported as a paragraph, as the expected
//                                 trees of our reference corpus have it
//                                 (see README, "Intertitles")
struct Options {
  std::size_t max_input_bytes = std::size_t{64} << 20;
  std::size_t max_blocks = 200000;
  bool fold_width = true;
  bool map_radicals = true;
  bool join_continuations = true;
  bool remove_duplicates = true;
  bool attach_captions = true;
  double join_threshold = 0.45;
  double duplicate_threshold = 0.85;
  std::string lexicon_path;
  std::string pdftotext_path = "pdftotext";
  bool punctuated_intertitles = false;
};

// Parses options from a JSON object whose keys are the field names above.
// Unknown keys and wrongly typed values are kInvalidOptions.
BANMIAN_API Result<Options> options_from_json(std::string_view json);

// ---------------------------------------------------------------------------
// Input page

enum class InputFormat {
  kAuto,           // sniffed from the content
  kText,           // blocks separated by blank lines
  kBlocksJson,     // {"page":{...},"blocks":[{"text":...,"bbox":[...]}]}
  kPdftotextBbox,  // the XHTML of `pdftotext -bbox-layout`
  kPdf,            // a PDF file, read through pdftotext
};

// Returns "auto", "text", "blocks-json", "pdftotext-bbox" or "pdf".
BANMIAN_API const char* input_format_name(InputFormat format);
// Parses a format name; nullopt when unknown.
BANMIAN_API std::optional<InputFormat> parse_input_format(std::string_view name);
// Returns the format the content looks like (never kAuto).
BANMIAN_API InputFormat sniff_input_format(std::string_view content);

// A rectangle in page coordinates, y growing downwards.
struct BBox {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
};

// One input block: a paragraph, a headline, a caption, or part of one.
struct Block {
  std::string text;
  std::optional<BBox> bbox;
  double font_size = 0;  // 0 when unknown
  bool bold = false;
  int page = 0;          // page number, from 0
};

// One page of input blocks, in the extractor's order.
struct Page {
  std::string name;  // the file name, or "" for anonymous input
  InputFormat format = InputFormat::kText;
  double width = 0, height = 0;  // 0 when unknown
  std::vector<Block> blocks;
};

// ---------------------------------------------------------------------------
// The article tree (docs/article-tree.md)

enum class ArticleKind { kNews, kPhoto, kBrief, kNotice, kOther };
enum class BylineRole { kReporter, kCorrespondent, kPhotographer, kIntern, kEditor, kOther };
enum class BodyType { kParagraph, kHeading };
enum class CaptionType { kQr, kPhoto, kCredit, kPullquote, kOther };

// Flags on body items, as a bit set.
enum BodyFlag : unsigned {
  kJoined = 1u << 0,
  kIncompleteStart = 1u << 1,
  kIncompleteEnd = 1u << 2,
  kMoved = 1u << 3,
};

struct Headline {
  std::string kicker;                  // 引题, "" when none
  std::string title;                   // 主题
  std::vector<std::string> subtitles;  // 副题
  std::vector<int> sources;            // input blocks of all headline lines
};

struct Byline {
  std::string text;
  BylineRole role = BylineRole::kReporter;
  std::vector<std::string> names;
  std::vector<int> sources;
};

struct Dateline {
  std::string text;    // 长沙晚报5月13日讯（全媒体记者 刘琼萍）
  std::string source;  // 长沙晚报
  std::string date;    // 5月13日
};

struct BodyItem {
  BodyType type = BodyType::kParagraph;
  std::string text;
  std::vector<int> sources;
  unsigned flags = 0;  // BodyFlag bits
};

struct Caption {
  CaptionType type = CaptionType::kOther;
  std::string text;
  std::vector<int> sources;
};

struct Article {
  int id = 0;
  ArticleKind kind = ArticleKind::kNews;
  Headline headline;
  std::optional<std::string> series;
  std::vector<int> series_sources;
  std::vector<Byline> bylines;
  std::optional<Dateline> dateline;
  std::vector<BodyItem> body;
  std::vector<Caption> captions;
  double confidence = 0;
};

struct Furniture {
  std::string type;  // header, footer, page_number, editor, jump
  std::string text;
  std::vector<int> sources;
};

struct Unassigned {
  std::string text;
  std::vector<int> sources;
  std::string reason;
};

struct Dropped {
  std::string text;
  std::vector<int> sources;
  std::string reason;  // duplicate, noise
  std::vector<int> duplicate_of;
  double similarity = 0;
};

struct Repair {
  std::string op;  // join, drop, move, attach_caption, split, normalise
  std::vector<int> sources;
  double score = 0;
  std::string why;
  int article = 0;  // 0 when the repair concerns no single article
};

struct SourceInfo {
  std::string name;
  InputFormat input_format = InputFormat::kText;
  int blocks = 0;
};

struct ArticleTree {
  SourceInfo source;
  std::vector<Article> articles;
  std::vector<Furniture> page_furniture;
  std::vector<Unassigned> unassigned;
  std::vector<Dropped> dropped;
  std::vector<Repair> repairs;
};

// ---------------------------------------------------------------------------
// Readers and writers

// Reads one page from text or blocks-json content (format kAuto sniffs).
// For pdftotext-bbox content with several pages, returns the first; use
// read_pages for all of them.
BANMIAN_API Result<Page> read_page(std::string_view content, InputFormat format,
                                   const Options& options = {});
// Reads every page of the content (pdftotext-bbox may hold several).
BANMIAN_API Result<std::vector<Page>> read_pages(std::string_view content,
                                                 InputFormat format,
                                                 const Options& options = {});
// Runs `pdftotext -bbox-layout` on a PDF file and reads its pages.
BANMIAN_API Result<std::vector<Page>> read_pdf(const std::string& path,
                                               const Options& options = {});

// Returns the tree as JSON exactly per docs/article-tree.md (UTF-8, no BOM).
BANMIAN_API std::string to_json(const ArticleTree& tree, bool pretty = true);
// Returns the tree as Markdown (# titles, ## intertitles, > captions).
BANMIAN_API std::string to_markdown(const ArticleTree& tree);
// Returns the tree as plain text (the `text` rendering of the spec).
BANMIAN_API std::string to_text(const ArticleTree& tree);
// Returns the repair log in words, one repair a line.
BANMIAN_API std::string explain(const ArticleTree& tree);
// Returns a self-contained HTML view of the page and its recovered tree.
BANMIAN_API std::string to_html(const ArticleTree& tree, const Page& page);

// Names used in the JSON output.
BANMIAN_API const char* article_kind_name(ArticleKind kind);
BANMIAN_API const char* byline_role_name(BylineRole role);
BANMIAN_API const char* caption_type_name(CaptionType type);

// ---------------------------------------------------------------------------
// Engine

// The recovery engine. Built once from Options (which loads the lexicon),
// then immutable: a const Engine is safe for concurrent use by multiple
// threads, and copies share their read-only state.
class BANMIAN_API Engine {
 public:
  // Builds an engine; fails when the options are invalid or a lexicon file
  // cannot be read.
  static Result<Engine> create(const Options& options = {});

  // Recovers the article tree of one page.
  Result<ArticleTree> recover(const Page& page) const;
  // Reads content in the given format and recovers its first page.
  Result<ArticleTree> recover_text(std::string_view content,
                                   InputFormat format = InputFormat::kAuto,
                                   std::string_view name = {}) const;

  const Options& options() const;

  struct Impl;

 private:
  explicit Engine(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace banmian
