// Indent cuts: some extractors (PyMuPDF, pdfminer) group lines into blocks
// by their left edge, so the indented first line of every paragraph comes out
// as a block of its own, before the block holding the paragraph's other lines:
//
//     “美好蓝图不是喊出来、
//
//     等出来的，而是干出来、拼出
//     来的。”2月11日，山东召开
//
// The lone line is as wide as the column lines after it less the indent (one
// to three and a half characters; digits and Latin letters count half), and
// it stops mid-sentence. Where a page shows that shape several times, the
// extractor cut there, and each such line is put back in front of its lines.
#pragma once

#include <banmian/banmian.hpp>

#include <functional>
#include <string_view>
#include <vector>

#include "text/lexicon.hpp"

namespace banmian::text {

// A page whose indent cuts are rejoined, and for each of its blocks the
// input blocks it was made of.
struct IndentCutTrace {
  Page page;
  std::vector<std::vector<int>> origins;
  int rejoined = 0;  // how many lone first lines were put back
  // For each block of `page`: a lone first line left apart because the block
  // after it reads on from another column's end (continues_elsewhere): its
  // own rest was printed elsewhere, so the line runs on to it.
  std::vector<char> runs_on;
};

// The lone first lines must be this many on a page before any is rejoined:
// one such pair is as likely a kicker above a wrapped title.
inline constexpr int kMinIndentCuts = 3;

// Display width of a line in characters: CJK and full-width characters count
// one, ASCII and half-width forms one half. Surrounding white space is not
// counted. A two- or three-em dash (⸺, ⸻) counts two or three.
double display_width(std::u32string_view line);

// True when `lone` (a block of one line) is the first line of the paragraph
// whose other lines make the block `rest`, split off at the indent.
// With `full_sentence`, a lone line that ends its sentence counts too (on a
// page that shows the cut elsewhere: a lead sentence filling the first line).
bool is_indent_cut(std::string_view lone, std::string_view rest, bool full_sentence = false);

// True when `lone` is such a first line and `line` (a block of one line)
// its second, printed apart as well, before the block `rest` of its other
// lines: `line` is a full line of the column, flush, ending no sentence
// (近几年，长沙市纺织系统 / 60%的企业连年亏损，长期处 / 于停产……).
bool is_indent_cut_second_line(std::string_view lone, std::string_view line, std::string_view rest);

// True when the last line of `block` (two or three lines) is such a first
// line, printed in one block with a heading or label above it (核心阅读 /
// 日前，欧洲议会外事): the line above belongs to no paragraph of that column.
bool is_indent_cut_after_heading(std::string_view block, std::string_view rest);

// The least frequency of a lexicon word spanning a cut that makes it
// evidence of one line of text.
inline constexpr long kSpanningWordFrequency = 20;

// True when `lone` (a block of one line) is the first line of a paragraph
// whose only other line makes the block `rest`: as wide as the column text
// around it (`measure`) less the indent, `rest` no wider, and the two read as
// one (an opened bracket or quotation closes in `rest`, `lone` stops on a
// comma, `rest` opens on a mark or ends the sentence, or a word of `lexicon`
// spans the cut). One line shows no measure of its own, so this holds only
// on pages that show the cut (rejoin_indent_cuts).
bool is_indent_cut_short(std::string_view lone, std::string_view rest, double measure,
                         const Lexicon* lexicon);

// How much likelier the end of one text and the start of another read as
// one text than apart (flow::cut_gain, in nats).
using CutGain = std::function<double(std::u32string_view, std::u32string_view)>;

// The least gain across the cut from another block's end, and the least
// lead over the gain across the lone line's own cut, that shows a lone
// line's block below to continue that other block (rejoin_indent_cuts):
// a common word spanning the cut, which chance gives far more rarely.
inline constexpr double kMisplacedCutGain = 7.0;
inline constexpr double kMisplacedCutMargin = 5.0;

// Returns the page with each lone first line joined to the block after it
// (its text first, indented, then a line break and that block's text), when
// the page holds at least kMinIndentCuts lone ones; such lines printed after
// a heading in one block then move too, and so do lone lines before a
// one-line rest (is_indent_cut_short), and a second line printed apart joins
// its first (is_indent_cut_second_line). Else the page unchanged (rejoined ==
// 0). A line `stands_alone` says is a line of its own (a byline: no
// paragraph opens with one) is no lone first line. With `cut_gain`, a lone
// line stays apart when the block after it reads on from the end of another
// block of that column text by at least kMisplacedCutGain, kMisplacedCutMargin
// more than from the lone line: its own rest was printed elsewhere.
IndentCutTrace rejoin_indent_cuts(const Page& page, const Lexicon* lexicon = nullptr,
                                  const std::function<bool(std::string_view)>& stands_alone = {},
                                  const CutGain& cut_gain = {});

}  // namespace banmian::text
