// The plain data that flows between the pipeline stages inside the engine.
//
// A Unit is one logical piece of a page: a paragraph, a headline line, a
// byline, a caption. The text stage turns input blocks into Units (splitting
// blocks that hold several lines of different roles, joining hard-wrapped
// column lines); classify gives each Unit a Role; flow joins, reorders and
// de-duplicates; assemble groups Units into articles.
#pragma once

#include <banmian/banmian.hpp>

#include <optional>
#include <string>
#include <vector>

namespace banmian::detail {

enum class Role {
  kBody,          // a paragraph or a fragment of one
  kHeadline,      // a headline line whose rank (kicker/title/subtitle) assemble decides
  kIntertitle,    // 小标题 inside an article
  kByline,        // 记者 / 通讯员 / 摄 lines
  kSeries,        // column or series label
  kQrCaption,     // 扫二维码 看详细名单
  kPhotoCaption,  // a picture's caption
  kCredit,        // a photo credit standing alone
  kFurniture,     // page header/footer, editor lines
  kJump,          // （下转A4版）
};

// Returns a short name for a role ("body", "headline", ...).
const char* role_name(Role role);

struct Unit {
  std::string text;          // normalised text
  std::string spaced;        // normalised, but spaces between words kept (names in bylines)
                             // and '\n' where input lines were joined
  std::vector<int> sources;  // input block ids, in reading order
  int order = 0;             // position of the first line in input order
  int line_in_block = 0;     // index of the unit inside its first block
  int lines_in_block = 1;    // how many units its first block was split into
  Role role = Role::kBody;
  double role_score = 0.5;   // confidence of the role in [0, 1]
  bool starts_indented = false;  // the first line was indented in the input
  int column_measure = 0;        // for hard-wrapped column text: its line length
  bool opens_column_paragraph = false;  // a lone line as wide as the column text after it
  bool opens_headline_part = false;     // the line break above it parts two headline lines (no wrap)
  bool wider_than_column = false;       // a line alone, wider than the column text on both sides of it
  bool opens_flush = false;  // opens a block of column text set flush on a page whose extractor cut the
                             // indented first line off every paragraph: it continues a paragraph
  bool tail_line = false;  // opens_flush, and surely: one line ending a sentence over another paragraph of its
                           // block (a paragraph's last line), or a full first line over paragraphs that show
                           // their indent by width (opens_indent_width): text cut by the column's start
  bool opens_indent_width = false;  // column text without indents whose first line stops two ems short of the
                                    // measure, with lines under it: a paragraph's first line, its indent dropped
  bool label_line = false;  // a label and its value set apart between paragraphs (时间：2月24日): a line of its own
  bool runs_on = false;  // the last paragraph of column text fills its last line and ends no sentence: cut
  double font_size = 0;
  bool bold = false;
  std::optional<BBox> bbox;
  // Set by classify for bylines.
  BylineRole byline_role = BylineRole::kReporter;
  std::vector<std::string> names;
  // Set by classify when a body unit starts with a dateline.
  std::optional<Dateline> dateline;
  std::optional<Byline> dateline_byline;  // reporters in the dateline's brackets
  std::string furniture_type;  // for kFurniture: header, footer, editor
  unsigned flags = 0;          // BodyFlag bits gathered by flow
  bool shares_title_line = false;  // a subtitle printed on the title's line after a space
  bool lists_business = false;     // a headline line opening on a verb under a meeting's title (……会议 / 听取……)
  bool kicker_over_title = false;  // a headline line with no verb over one with (湘西十八洞村 / 脱贫了，……)
};

}  // namespace banmian::detail
