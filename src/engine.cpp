// The Engine: runs the pipeline read -> normalise/segment -> classify ->
// flow -> assemble on one page.
#include <banmian/banmian.hpp>

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "assemble/assemble.hpp"
#include "classify/classify.hpp"
#include "classify/patterns.hpp"
#include "flow/flow.hpp"
#include "layout/layout.hpp"
#include "model.hpp"
#include "text/clause.hpp"
#include "text/indent_cut.hpp"
#include "text/lexicon.hpp"
#include "text/normalize.hpp"
#include "text/segment.hpp"
#include "text/utf8.hpp"

namespace banmian {
namespace {

// Maps block ids of a reordered page back to the ids of the input list.
void map_sources(ArticleTree& tree, const std::vector<std::vector<int>>& origins) {
  auto map = [&](std::vector<int>& ids) {
    std::vector<int> out;
    for (int id : ids) {
      if (id < 0 || static_cast<std::size_t>(id) >= origins.size()) {
        out.push_back(id);
        continue;
      }
      for (int o : origins[static_cast<std::size_t>(id)])
        if (out.empty() || out.back() != o) out.push_back(o);
    }
    ids = std::move(out);
  };
  for (Article& a : tree.articles) {
    map(a.headline.sources);
    map(a.series_sources);
    for (Byline& b : a.bylines) map(b.sources);
    for (BodyItem& b : a.body) map(b.sources);
    for (Caption& c : a.captions) map(c.sources);
  }
  for (Furniture& f : tree.page_furniture) map(f.sources);
  for (Unassigned& u : tree.unassigned) map(u.sources);
  for (Dropped& d : tree.dropped) {
    map(d.sources);
    map(d.duplicate_of);
  }
  for (Repair& r : tree.repairs) map(r.sources);
}

// Reads the dateline again on each article's lead paragraph as assembled:
// an extractor may have cut it where it cut the paragraph (新华社北京1月4日电（记
// / 者李努尔）……), so that only the joined paragraph holds all of it.
void complete_datelines(ArticleTree& tree) {
  for (Article& a : tree.articles) {
    if (a.body.empty() || a.body.front().type != BodyType::kParagraph) continue;
    auto match = classify::match_dateline(a.body.front().text);
    if (!match) continue;
    if (a.dateline && a.dateline->text.size() >= match->dateline.text.size()) continue;
    a.dateline = match->dateline;
    if (!match->byline) continue;
    bool named = std::any_of(a.bylines.begin(), a.bylines.end(), [&](const Byline& b) {
      return std::any_of(match->byline->names.begin(), match->byline->names.end(), [&](const std::string& n) {
        return std::find(b.names.begin(), b.names.end(), n) != b.names.end();
      });
    });
    if (named) continue;
    Byline b = *match->byline;
    b.sources = a.body.front().sources;
    a.bylines.push_back(std::move(b));
  }
}

}  // namespace

struct Engine::Impl {
  Options options;
  text::Lexicon lexicon;
};

Result<Engine> Engine::create(const Options& options) {
  if (options.join_threshold < 0 || options.join_threshold > 1)
    return Status(StatusCode::kInvalidOptions, "join_threshold must lie in [0, 1]");
  if (options.duplicate_threshold < 0 || options.duplicate_threshold > 1)
    return Status(StatusCode::kInvalidOptions, "duplicate_threshold must lie in [0, 1]");
  auto lexicon = options.lexicon_path.empty() ? text::Lexicon::builtin()
                                              : text::Lexicon::load(options.lexicon_path);
  if (!lexicon.ok()) return lexicon.status();
  auto impl = std::make_shared<Impl>(Impl{options, std::move(lexicon).value()});
  return Engine(std::move(impl));
}

const Options& Engine::options() const { return impl_->options; }

Result<ArticleTree> Engine::recover(const Page& input) const {
  try {
    const Options& options = impl_->options;
    // Blocks with coordinates in any order (blocks-json) are put in reading
    // order first; pdftotext-bbox pages come ordered from their reader.
    std::optional<layout::GeometryTrace> geometry;
    if (input.format == InputFormat::kBlocksJson &&
        std::any_of(input.blocks.begin(), input.blocks.end(), [](const Block& b) { return b.bbox.has_value(); }))
      geometry = layout::order_by_geometry_traced(input);
    // Text from extractors that split each paragraph's indented first line
    // off into a block of its own gets those lines back first.
    std::optional<text::IndentCutTrace> cuts;
    if (!geometry && input.format == InputFormat::kText) {
      // (A byline line opens no paragraph; a line that opens with a
      // dateline, or holds a clause, is text though it names a reporter.)
      const auto stands_alone = [](std::string_view line) {
        if (!classify::match_byline(line) || classify::match_dateline(line)) return false;
        const std::u32string cps = text::decode(line);
        return std::none_of(cps.begin(), cps.end(), [](char32_t c) {
          return c == U'，' || c == U'：' || c == U'（' || c == U'(' || c == U'。';
        });
      };
      // (Cuts are read as normalised: extractors print Kangxi radicals.)
      const auto cut_gain = [&](std::u32string_view a, std::u32string_view b) {
        const auto norm = [&](std::u32string_view s) {
          std::u32string out;
          for (char32_t c : s) out += text::normalize_char(c, {options.fold_width, options.map_radicals});
          return out;
        };
        return flow::cut_gain(norm(a), norm(b), impl_->lexicon);
      };
      cuts = text::rejoin_indent_cuts(input, &impl_->lexicon, stands_alone, cut_gain);
      if (cuts->rejoined == 0) cuts.reset();
    }
    const Page& page = geometry ? geometry->page : cuts ? cuts->page : input;
    if (page.blocks.size() > options.max_blocks)
      return Status(StatusCode::kTooLarge,
                    fmt::format("page has {} blocks; the limit is {}", page.blocks.size(), options.max_blocks));
    ArticleTree tree;
    tree.source.name = page.name;
    tree.source.input_format = page.format;
    tree.source.blocks = static_cast<int>(page.blocks.size());

    text::NormalizeOptions norm{options.fold_width, options.map_radicals};
    std::vector<detail::Unit> units = text::segment_page(page, norm, impl_->lexicon);
    // On a page whose extractor cut every paragraph's indented first line
    // off (rejoined above, indented again), a block of column text that
    // opens flush opens no paragraph: it continues one from elsewhere.
    if (cuts)
      for (detail::Unit& u : units) {
        u.opens_flush = u.opens_flush || (u.line_in_block == 0 && !u.starts_indented && u.column_measure > 0);
        // (A first line left apart, its rest printed elsewhere, runs on.)
        const auto b = u.sources.empty() ? std::size_t{0} : static_cast<std::size_t>(u.sources.front());
        if (u.lines_in_block == 1 && b < cuts->runs_on.size() && cuts->runs_on[b]) u.runs_on = true;
      }
    classify::classify_units(units, impl_->lexicon);
    if (options.remove_duplicates)
      flow::remove_duplicates(units, options.duplicate_threshold, tree.dropped, tree.repairs);
    std::vector<flow::Continuation> joins;
    if (options.join_continuations) flow::restore_cut_lines(units, impl_->lexicon);
    if (options.join_continuations)
      joins = flow::find_continuations(units, impl_->lexicon, options.join_threshold,
                                       geometry.has_value() || page.format == InputFormat::kPdftotextBbox);
    for (const auto& j : joins) {
      // (A heading line continued is a paragraph's first line.)
      units[static_cast<std::size_t>(j.end)].role = detail::Role::kBody;
      Repair r;
      r.op = "join";
      r.sources = units[static_cast<std::size_t>(j.end)].sources;
      for (int s : units[static_cast<std::size_t>(j.start)].sources) r.sources.push_back(s);
      r.score = j.score;
      r.why = j.why;
      tree.repairs.push_back(std::move(r));
    }
    // A short line standing alone between a paragraph cut mid-sentence
    // and the rest of that sentence is no intertitle of that text (a
    // heading stands between paragraphs, not inside a sentence): it is a
    // headline the extractor printed into the other article's column.
    for (const auto& j : joins) {
      if (j.start != j.end + 2) continue;
      detail::Unit& mid = units[static_cast<std::size_t>(j.end + 1)];
      if (mid.role == detail::Role::kIntertitle && units[static_cast<std::size_t>(j.end)].role == detail::Role::kBody)
        mid.role = detail::Role::kHeadline;
    }
    flow::restore_displaced_subtitles(units, joins);
    flow::ReadingOrder order = flow::apply_continuations(units, joins);
    // A paragraph that opens mid-sentence with nothing before it on the page.
    for (std::size_t i = 0; i < units.size(); ++i) {
      if (units[i].role == detail::Role::kBody && order.predecessor[i] < 0 &&
          (flow::starts_mid_sentence(text::decode(units[i].text), impl_->lexicon) ||
           text::opens_on_bare_object(text::decode(units[i].text), impl_->lexicon)))
        units[i].flags |= kIncompleteStart;
    }
    assemble::assemble_tree(units, order, tree);
    if (!options.punctuated_intertitles) assemble::retype_punctuated_intertitles(tree);
    complete_datelines(tree);
    if (geometry) map_sources(tree, geometry->origins);
    if (cuts) {
      map_sources(tree, cuts->origins);
      tree.source.blocks = static_cast<int>(input.blocks.size());
    }
    return tree;
  } catch (const std::exception& e) {
    return Status(StatusCode::kInternal, std::string("unexpected failure: ") + e.what());
  } catch (...) {
    return Status(StatusCode::kInternal, "unexpected failure");
  }
}

Result<ArticleTree> Engine::recover_text(std::string_view content, InputFormat format,
                                         std::string_view name) const {
  auto page = read_page(content, format, impl_->options);
  if (!page.ok()) return page.status();
  if (!name.empty()) page->name = std::string(name);
  return recover(*page);
}

}  // namespace banmian
