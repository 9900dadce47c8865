#include "assemble/assemble.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

#include <fmt/format.h>

#include "classify/headline_lines.hpp"
#include "classify/patterns.hpp"
#include "flow/topic.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace banmian::assemble {
namespace {

using detail::Role;
using detail::Unit;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

void append_sources(std::vector<int>& to, const std::vector<int>& from) {
  for (int s : from)
    if (std::find(to.begin(), to.end(), s) == to.end() || to.empty() || to.back() != s) to.push_back(s);
}

std::string article_text(const Article& a) {
  std::string s = a.headline.title;
  for (auto& b : a.body) s += b.text;
  return s;
}

// Longest piece of a headline's block split off as text that is still the
// title's last line.
constexpr std::size_t kMaxTitleTail = 12;

// Longest line that may be a deck rather than running text.
constexpr std::size_t kMaxDeckLength = 48;

// True when an article already holds running text: a paragraph that ends a
// sentence or is longer than a line. Short lines under a headline that end
// none (a deck set in the body type) do not count, so the dateline below
// them still opens the article's text.
bool has_text(const Article& a) {
  return std::any_of(a.body.begin(), a.body.end(), [](const BodyItem& b) {
    if (b.type != BodyType::kParagraph) return false;
    std::u32string cps = text::decode(b.text);
    return cps.size() > kMaxDeckLength || flow::ends_complete(cps);
  });
}

// True when a dateline retells an agency's report (据新华社……电): the paper
// gathers several such reports under one headline, so on a page read from
// geometry (where the reading order keeps an article's paragraphs together)
// it does not open a new article. Text extractors often print such a
// report's own headline elsewhere, so there it still opens one.
bool retold_report(const Dateline& d) { return d.text.rfind("据", 0) == 0; }

// True for a picture story: titled so (河西镇喜降瑞雪（图片）) or under a
// picture-news label (图片新闻, 图片报道).
bool picture_story(const Article& a) { return classify::is_photo_news_title(a.headline.title); }

// True when a paragraph opens as a numbered item (2、……, （二）……): the next
// picture of a picture-news column, not a new article.
bool opens_numbered_item(const std::string& text) {
  std::u32string cps = text::decode(text.substr(0, std::min<std::size_t>(text.size(), 24)));
  std::size_t k = 0;
  if (k < cps.size() && (cps[k] == U'（' || cps[k] == U'(')) ++k;
  std::size_t digits = k;
  while (k < cps.size() && (text::is_digit(cps[k]) || std::u32string_view(U"一二三四五六七八九十").find(cps[k]) !=
                                                          std::u32string_view::npos))
    ++k;
  if (k == digits || k >= cps.size()) return false;
  return cps[k] == U'、' || cps[k] == U'．' || cps[k] == U'.' || cps[k] == U'）' || cps[k] == U')';
}

// True when the dateline's bracket sets its names apart with spaces, as a
// byline line prints them (（全媒体记者 邓艳红 通讯员 田斐）): the bracket
// stands for the article's byline. A compact credit (（记者张荣典）) is part
// of the dateline's text.
bool bracket_set_apart(std::string_view spaced) {
  const std::size_t open = spaced.find("（");
  if (open == std::string_view::npos) return false;
  const std::size_t close = spaced.find("）", open);
  const std::string_view inside = spaced.substr(open, close == std::string_view::npos ? std::string_view::npos : close - open);
  return inside.find(' ') != std::string_view::npos;
}

// Joins two lines of one title: without a space, unless both sides are
// Latin letters or digits.
std::string join_lines(const std::string& left, const std::string& right) {
  if (left.empty()) return right;
  auto alnum = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!right.empty() && alnum(left.back()) && alnum(right.front())) return left + " " + right;
  return left + right;
}

// Whether a headline has any line; all of its lines as one text; the text
// of an article's body.
bool has_heading(const Headline& h) { return !h.title.empty() || !h.kicker.empty() || !h.subtitles.empty(); }

std::string heading_text(const Headline& h) {
  std::string heading = h.kicker + h.title;
  for (const std::string& sub : h.subtitles) heading += sub;
  return heading;
}

std::string body_text(const Article& a) {
  std::string s;
  for (const BodyItem& b : a.body) s += b.text;
  return s;
}

// Keeps `a` as the next article, numbered in order; `new_id` maps its old id.
void keep_article(std::vector<Article>& kept, Article&& a, std::vector<int>& new_id) {
  new_id[static_cast<std::size_t>(a.id)] = static_cast<int>(kept.size()) + 1;
  kept.push_back(std::move(a));
  kept.back().id = static_cast<int>(kept.size());
}

// Makes `kept` the tree's articles and points the repairs at their new ids.
void replace_articles(ArticleTree& tree, std::vector<Article> kept, const std::vector<int>& new_id) {
  tree.articles = std::move(kept);
  for (Repair& r : tree.repairs)
    if (r.article > 0 && static_cast<std::size_t>(r.article) < new_id.size())
      r.article = new_id[static_cast<std::size_t>(r.article)];
}

// Splits each article at the body items `cuts_of(article)` names (in
// order, none at 0): the text before the first cut stays the article, and
// each cut opens a brief of its own (no headline, confidence at most 0.7).
template <class CutsOf>
void split_into_briefs(ArticleTree& tree, CutsOf cuts_of) {
  auto& articles = tree.articles;
  std::vector<int> new_id(articles.size() + 2, 0);
  std::vector<Article> kept;
  for (Article& a : articles) {
    const std::vector<std::size_t> cuts = cuts_of(a);
    if (cuts.empty()) {
      keep_article(kept, std::move(a), new_id);
      continue;
    }
    std::vector<BodyItem> rest(std::make_move_iterator(a.body.begin() + static_cast<std::ptrdiff_t>(cuts.front())),
                               std::make_move_iterator(a.body.end()));
    a.body.erase(a.body.begin() + static_cast<std::ptrdiff_t>(cuts.front()), a.body.end());
    const double confidence = a.confidence;
    keep_article(kept, std::move(a), new_id);
    std::size_t c = 0;
    for (std::size_t r = 0; r < rest.size(); ++r) {
      if (c < cuts.size() && cuts[c] == cuts.front() + r) {
        ++c;
        Article brief;
        brief.kind = ArticleKind::kBrief;
        brief.confidence = std::min(confidence, 0.7);
        kept.push_back(std::move(brief));
        kept.back().id = static_cast<int>(kept.size());
      }
      kept.back().body.push_back(std::move(rest[r]));
    }
  }
  replace_articles(tree, std::move(kept), new_id);
}

// An article of headline lines only (no body, byline or caption) heads
// nothing. Lines that stop mid-sentence are the text of the article before
// it (a cut paragraph taken for a headline); other lines lead into the
// headline of the article after it.
void fold_empty_articles(ArticleTree& tree) {
  auto& articles = tree.articles;
  std::vector<Article> kept;
  std::vector<int> new_id(articles.size() + 2, 0);
  for (std::size_t k = 0; k < articles.size(); ++k) {
    Article& a = articles[k];
    const bool empty = a.body.empty() && a.bylines.empty() && a.captions.empty() && !a.series &&
                       !a.headline.title.empty();
    if (!empty) {
      keep_article(kept, std::move(a), new_id);
      continue;
    }
    const std::string lines = heading_text(a.headline);
    // Cut mid-sentence: it stops on a figure, a comma or inside brackets,
    // where no headline stops.
    const std::u32string cps = text::decode(lines);
    const bool cut = !cps.empty() && (text::is_digit(cps.back()) || cps.back() == U'，' || cps.back() == U'、' ||
                                      text::has_open_bracket(cps));
    // (Lines with no article after them lead into nothing: the page ends
    // on them, and they close the text before them, a label such as
    // ·公告· under an advertisement.)
    const bool last = k + 1 == articles.size();
    if ((cut || last) && !kept.empty() && !kept.back().body.empty()) {
      Article& before = kept.back();
      before.body.push_back({BodyType::kParagraph, lines, a.headline.sources, cut ? kIncompleteEnd : 0u});
      new_id[static_cast<std::size_t>(a.id)] = before.id;
      continue;
    }
    if (k + 1 < articles.size()) {
      Headline& next = articles[k + 1].headline;
      next.kicker = lines + next.kicker;
      std::vector<int> sources = a.headline.sources;
      sources.insert(sources.end(), next.sources.begin(), next.sources.end());
      next.sources = std::move(sources);
      new_id[static_cast<std::size_t>(a.id)] = static_cast<int>(kept.size()) + 1;
      continue;
    }
    keep_article(kept, std::move(a), new_id);
  }
  replace_articles(tree, std::move(kept), new_id);
}

// Least topic similarity of a headline to the text of a dateline's article
// for that text to be the headline's own (a headline names what its lead says).
constexpr double kHeadlineToLeadSimilarity = 0.05;

// A titled article with no dateline, then an article with a dateline and no
// headline at all: where the headline says what the dateline's text says,
// more than what the text under it says, the headline is that text's (a
// news story opens with its dateline). The text the extractor printed
// between them, read from elsewhere, is left without a headline. The lines
// printed with the headline (bylines, series label) go down with it.
void give_headlines_their_leads(ArticleTree& tree, const flow::TopicModel& model) {
  for (std::size_t k = 1; k < tree.articles.size(); ++k) {
    Article& before = tree.articles[k - 1];
    Article& a = tree.articles[k];
    if (has_heading(a.headline) || !a.dateline || a.body.empty() || before.headline.title.empty() ||
        before.dateline || before.body.empty())
      continue;
    const auto v = model.vector(heading_text(before.headline));
    const double to_lead = flow::TopicModel::cosine(v, model.vector(body_text(a)));
    const double to_own = flow::TopicModel::cosine(v, model.vector(body_text(before)));
    if (to_lead < kHeadlineToLeadSimilarity || to_lead <= to_own) continue;
    a.headline = std::move(before.headline);
    before.headline = Headline{};
    a.bylines.insert(a.bylines.begin(), std::make_move_iterator(before.bylines.begin()),
                     std::make_move_iterator(before.bylines.end()));
    before.bylines.clear();
    if (!a.series && before.series) {
      a.series = std::move(before.series);
      a.series_sources = std::move(before.series_sources);
      before.series.reset();
      before.series_sources.clear();
    }
    a.kind = before.kind;
    before.kind = ArticleKind::kOther;
    // (Confidence follows the headline: an article without one is less sure.)
    constexpr double kUntitled = 0.2;
    a.confidence = std::min(0.99, a.confidence + kUntitled);
    before.confidence = std::max(0.05, before.confidence - kUntitled);
  }
}

// True when an article opens with a dateline: read as it was assembled, or
// on its lead paragraph (where an extractor cut the dateline over two lines,
// only the joined paragraph holds it).
bool opens_with_dateline(const Article& a) {
  return a.dateline || (!a.body.empty() && a.body.front().type == BodyType::kParagraph &&
                        classify::match_dateline(a.body.front().text).has_value());
}

// A titled report with a dateline, then a report with a dateline and no
// headline: where the headline also says what the second report says, the
// paper gathered both under it (北京新开地铁线路 / 上海公交推出夜班线路:
// one report from each city), and the second is the rest of the first's article.
// A report whose own headline the extractor printed elsewhere shares no
// words with the headline above it.
void gather_reports(ArticleTree& tree, const flow::TopicModel& model) {
  auto& articles = tree.articles;
  std::vector<int> new_id(articles.size() + 2, 0);
  std::vector<Article> kept;
  for (std::size_t k = 0; k < articles.size(); ++k) {
    Article& a = articles[k];
    if (!kept.empty()) {
      Article& before = kept.back();
      const Headline& h = before.headline;
      if (!has_heading(a.headline) && !a.body.empty() && opens_with_dateline(a) && !h.title.empty() &&
          opens_with_dateline(before)) {
        const auto next_text = model.vector(body_text(a));
        if (flow::TopicModel::cosine(model.vector(heading_text(h)), next_text) >= kHeadlineToLeadSimilarity) {
          // The headline names its reports in the order the paper printed
          // them: where its first half says what the second report says and
          // its second half what the first says, the extractor read them
          // the other way round, and the second report leads.
          const std::u32string cps = text::decode(h.title);
          const auto first_half = model.vector(text::encode(std::u32string_view(cps).substr(0, cps.size() / 2)));
          const auto second_half = model.vector(text::encode(std::u32string_view(cps).substr(cps.size() / 2)));
          const auto own_text = model.vector(body_text(before));
          const bool swapped = h.subtitles.empty() && h.kicker.empty() &&
                               flow::TopicModel::cosine(first_half, next_text) >
                                   flow::TopicModel::cosine(first_half, own_text) &&
                               flow::TopicModel::cosine(second_half, own_text) >
                                   flow::TopicModel::cosine(second_half, next_text);
          if (swapped) {
            std::swap(before.body, a.body);
            std::swap(before.dateline, a.dateline);
          }
          std::move(a.body.begin(), a.body.end(), std::back_inserter(before.body));
          std::move(a.bylines.begin(), a.bylines.end(), std::back_inserter(before.bylines));
          std::move(a.captions.begin(), a.captions.end(), std::back_inserter(before.captions));
          if (!before.series && a.series) {
            before.series = std::move(a.series);
            before.series_sources = std::move(a.series_sources);
          }
          before.confidence = std::min(before.confidence, a.confidence);
          new_id[static_cast<std::size_t>(a.id)] = before.id;
          continue;
        }
      }
    }
    keep_article(kept, std::move(a), new_id);
  }
  replace_articles(tree, std::move(kept), new_id);
}

// Where a day is written in figures (3日) and where in Chinese numerals
// (三日): one article keeps to one style.
bool is_chinese_numeral(char32_t c) { return std::u32string_view(U"〇○零一二三四五六七八九十").find(c) != std::u32string_view::npos; }
bool is_figure(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }

// Counts the days written in figures and in Chinese numerals in `cps`.
void count_day_styles(std::u32string_view cps, int& figures, int& numerals) {
  for (std::size_t i = 1; i < cps.size(); ++i) {
    if (cps[i] != U'日') continue;
    if (is_figure(cps[i - 1])) ++figures;
    else if (is_chinese_numeral(cps[i - 1])) ++numerals;
  }
}

// Longest subject before the time of a brief's first sentence.
constexpr std::size_t kMaxBriefSubject = 16;

// True when a paragraph opens as a brief report does: who, then when, in
// the first clause (某国警方四日……, 某国政府日前……), the day written in
// Chinese numerals or as 日前/近日.
bool opens_like_brief(std::u32string_view cps) {
  const std::size_t clause_end = cps.find_first_of(U"，。；：、");
  const std::size_t limit = std::min({clause_end, cps.size(), kMaxBriefSubject + 2});
  for (std::size_t i = 2; i < limit; ++i) {
    if (cps[i] != U'日') continue;
    if (is_chinese_numeral(cps[i - 1]) && !is_chinese_numeral(cps[i - 2])) return true;
    if (i >= 3 && is_chinese_numeral(cps[i - 1]) && is_chinese_numeral(cps[i - 2]) && !is_chinese_numeral(cps[i - 3]))
      return true;
    if (i + 1 < cps.size() && cps[i + 1] == U'前' && i >= 2) return true;
  }
  const std::size_t near = cps.find(U"近日");
  return near != std::u32string_view::npos && near >= 2 && near < limit;
}

// An article whose days are written in figures (3日), followed by
// paragraphs each opening as a brief report does with its day in Chinese
// numerals (某国总统五日……, 某国警方四日……): the paper set those briefs
// below the article without headlines, in another desk's style, and each is
// an article of its own.
void split_off_briefs(ArticleTree& tree) {
  split_into_briefs(tree, [](const Article& a) {
    std::vector<std::size_t> cuts;
    int figures = 0, numerals = 0;
    for (std::size_t p = 0; p < a.body.size(); ++p) {
      const BodyItem& b = a.body[p];
      const std::u32string cps = text::decode(b.text);
      const bool opens = p > 0 && b.type == BodyType::kParagraph && opens_like_brief(cps);
      if (!cuts.empty()) {
        // (After the first, every paragraph opening like a brief is one.)
        if (opens) cuts.push_back(p);
        continue;
      }
      if (opens && figures > 0 && numerals == 0) {
        int f = 0, n = 0;
        count_day_styles(cps, f, n);
        if (f == 0 && n > 0) {
          cuts.push_back(p);
          continue;
        }
      }
      count_day_styles(cps, figures, numerals);
    }
    return cuts;
  });
}

// Longest sign-off of a brief, inside its brackets: the names of up to
// three reporters (（王明）, （李华张强刘洋）).
constexpr std::size_t kMaxSignOff = 8;

// True when a paragraph closes on a sign-off: a sentence ended, then the
// reporter's name alone in brackets (……增长百分之十二。（王明）). A photo
// credit (（王明摄）) signs a picture, not a report.
bool ends_on_sign_off(std::u32string_view cps) {
  if (cps.size() < 5 || cps.back() != U'）') return false;
  const std::size_t open = cps.find_last_of(U'（');
  if (open == std::u32string_view::npos || open == 0) return false;
  const std::u32string_view inside = cps.substr(open + 1, cps.size() - open - 2);
  if (inside.size() < 2 || inside.size() > kMaxSignOff) return false;
  if (!std::all_of(inside.begin(), inside.end(), text::is_han)) return false;
  if (std::u32string_view(U"摄绘图电").find(inside.back()) != std::u32string_view::npos) return false;
  return text::ends_sentence(cps.substr(0, open));
}

// True when a paragraph opens on a bullet mark (●……), as each item of a
// column of briefs does.
bool opens_on_bullet(std::u32string_view cps) {
  return !cps.empty() && std::u32string_view(U"●◆■▲★").find(cps.front()) != std::u32string_view::npos;
}

// A sign-off closes a brief: where an article holds two or more paragraphs
// signed so (a column of briefs with no headline above it, or bulleted
// briefs set under an article), the text after each sign-off up to the
// next one is a brief of its own. A signed paragraph opening on a bullet
// where the one before it opens on none starts its brief there too.
void split_signed_briefs(ArticleTree& tree) {
  split_into_briefs(tree, [](const Article& a) {
    std::vector<std::size_t> signed_at, cuts;
    for (std::size_t p = 0; p < a.body.size(); ++p)
      if (a.body[p].type == BodyType::kParagraph && ends_on_sign_off(text::decode(a.body[p].text)))
        signed_at.push_back(p);
    if (signed_at.size() < 2) return cuts;
    // Where each brief after the first piece opens (in order). Under a
    // headline, text after a sign-off opens a brief only on a bullet (or
    // after a brief split off already): else it is more likely the
    // article's own text, or another's set there. (Cuts never fall on the
    // first paragraph: the first piece keeps the headline and bylines.)
    const bool headed = has_heading(a.headline);
    for (std::size_t i = 0; i < signed_at.size(); ++i) {
      const std::size_t q = signed_at[i];
      const std::size_t from = i == 0 ? 0 : signed_at[i - 1] + 1;
      if (i > 0 && (!headed || !cuts.empty() || opens_on_bullet(text::decode(a.body[from].text))))
        cuts.push_back(from);
      if (q > from && opens_on_bullet(text::decode(a.body[q].text)) &&
          !opens_on_bullet(text::decode(a.body[q - 1].text)))
        cuts.push_back(q);
    }
    return cuts;
  });
}

// Drops the articles marked emptied (their text went elsewhere), keeping
// the ids of the others in order.
void drop_emptied(ArticleTree& tree, const std::vector<char>& emptied) {
  auto& articles = tree.articles;
  if (std::none_of(emptied.begin(), emptied.end(), [](char e) { return e != 0; })) return;
  std::vector<int> new_id(articles.size() + 2, 0);
  std::vector<Article> kept;
  for (std::size_t k = 0; k < articles.size(); ++k)
    if (!emptied[k]) keep_article(kept, std::move(articles[k]), new_id);
  replace_articles(tree, std::move(kept), new_id);
}

// Most topic similarity of an unheaded brief to the report above it, and
// to each other brief set with it: a brief reports something else.
constexpr double kBriefToReportSimilarity = 0.1;
// Most unheaded briefs read at an article's foot (each weighed against the
// others): a longer run of such paragraphs is one report's, a round-up.
constexpr std::size_t kMaxUnheadedBriefs = 12;
// Fewest unheaded briefs set in a row under a report (one paragraph alone
// may be the report's last, set apart).
constexpr std::size_t kMinUnheadedBriefs = 2;
// Longest subject before the day of a wire brief: it may name two people
// (某国外长某某同来访的某国外长某某5日……).
constexpr std::size_t kMaxWireSubject = 24;

// True when a paragraph opens as a wire brief does: who, then the day, then
// what, in its first clause (某国外长5日在……, 某国总理4日说……): a subject of
// Chinese characters, a day of one or two figures or numerals (not a date,
// 1月5日, which opens a feature) and a word right after it. A subject
// pointing back (此间, 该……) or a word after the day tying it to the text
// above (5日也说, 5日又称) opens a paragraph of the same report.
bool opens_who_when(std::u32string_view cps) {
  const std::size_t clause_end = std::min(cps.find_first_of(U"，。；：、“（"), cps.size());
  const std::size_t limit = std::min(clause_end, kMaxWireSubject + 3);
  const auto day = [](char32_t c) { return is_figure(c) || is_chinese_numeral(c); };
  for (std::size_t i = 3; i < limit; ++i) {
    if (cps[i] != U'日') continue;
    if (!day(cps[i - 1])) return false;
    std::size_t d = i - 1;
    if (day(cps[d - 1])) --d;
    if (d < 2 || !std::all_of(cps.begin(), cps.begin() + static_cast<std::ptrdiff_t>(d), text::is_han)) return false;
    const std::u32string_view subject = cps.substr(0, d);
    if (std::u32string_view(U"月年至到和及与").find(subject.back()) != std::u32string_view::npos) return false;
    if (std::u32string_view(U"此该其这").find(subject.front()) != std::u32string_view::npos ||
        subject.find(U"此间") != std::u32string_view::npos)
      return false;
    return i + 1 < cps.size() && text::is_han(cps[i + 1]) &&
           std::u32string_view(U"电讯也又还亦则再均都").find(cps[i + 1]) == std::u32string_view::npos;
  }
  return false;
}

// A report opening on its dateline, then two or more paragraphs to its end,
// each a block of its own (no other paragraph read from it), complete, and
// opening as a wire brief does (who, when, what), on topics of their own
// (unlike the report and each other): briefs the paper set below the report
// with no headline, dateline or sign-off, each an article of its own. A
// report's roundup of what each official said runs on from the report's
// own blocks, shares its topic or ties back to it (5日也说, 此间), or closes
// on the report's sign-off.
void split_unheaded_briefs(ArticleTree& tree, const flow::TopicModel& model) {
  split_into_briefs(tree, [&](const Article& a) {
    std::vector<std::size_t> cuts;
    if (!opens_with_dateline(a) || a.body.size() < 3) return cuts;
    const auto own_block = [&](std::size_t p) {
      const BodyItem& b = a.body[p];
      if (b.type != BodyType::kParagraph || b.sources.size() != 1 || (b.flags & (kIncompleteStart | kIncompleteEnd)))
        return false;
      for (std::size_t q = 0; q < a.body.size(); ++q)
        if (q != p && std::find(a.body[q].sources.begin(), a.body[q].sources.end(), b.sources.front()) !=
                          a.body[q].sources.end())
          return false;
      const std::u32string cps = text::decode(b.text);
      return flow::ends_complete(cps) && opens_who_when(cps);
    };
    std::size_t first = a.body.size();
    while (first > 1 && a.body.size() - first <= kMaxUnheadedBriefs && own_block(first - 1)) --first;
    if (a.body.size() - first < kMinUnheadedBriefs || a.body.size() - first > kMaxUnheadedBriefs) return cuts;
    if (a.body[first - 1].flags & kIncompleteEnd) return cuts;
    std::string report;
    for (std::size_t p = 0; p < first; ++p) report += a.body[p].text;
    const auto report_vector = model.vector(report);
    std::vector<flow::TopicVector> briefs;
    for (std::size_t p = first; p < a.body.size(); ++p) {
      briefs.push_back(model.vector(a.body[p].text));
      if (flow::TopicModel::cosine(briefs.back(), report_vector) >= kBriefToReportSimilarity) return cuts;
      for (std::size_t q = 0; q + 1 < briefs.size(); ++q)
        if (flow::TopicModel::cosine(briefs.back(), briefs[q]) >= kBriefToReportSimilarity) return cuts;
    }
    for (std::size_t p = first; p < a.body.size(); ++p) cuts.push_back(p);
    return cuts;
  });
}

// Least topic similarity of a stray tail to the article it joins, and the
// most dangling articles one stray text is shared out among (the search
// goes over every subset of them).
constexpr double kTailToArticleSimilarity = 0.05;
constexpr std::size_t kMaxDanglingArticles = 8;
// Most runs one stray text may be cut into: the search weighs every stretch
// of runs (quadratic in their number), so a longer stray text stays as it is.
constexpr std::size_t kMaxStrayRuns = 16;
// Most stray texts weighed on one page (each search costs up to
// kMaxStrayRuns² × 2^kMaxDanglingArticles steps).
constexpr std::size_t kMaxStrayTexts = 64;

// True when an article is text with nothing of its own around it: no
// heading, dateline, byline, caption or series, and no brief (a signed or
// bulleted item, or one split off as such): text the extractor printed
// apart from its article.
bool is_stray_text(const Article& a) {
  if (has_heading(a.headline) || a.dateline || !a.bylines.empty() || !a.captions.empty() || a.series ||
      a.kind == ArticleKind::kBrief || a.body.empty() || a.body.front().type != BodyType::kParagraph)
    return false;
  for (const BodyItem& b : a.body) {
    if (b.type != BodyType::kParagraph) continue;
    const std::u32string cps = text::decode(b.text);
    if (ends_on_sign_off(cps) || opens_on_bullet(cps) || opens_numbered_item(b.text)) return false;
  }
  return true;
}

// True when an article's text stops mid-sentence: its last body item is a
// paragraph that ends no sentence.
bool dangles(const Article& a) {
  if (a.body.empty() || a.body.back().type != BodyType::kParagraph) return false;
  const std::u32string cps = text::decode(a.body.back().text);
  return !cps.empty() && !flow::ends_complete(cps);
}

// Text printed apart from its article (is_stray_text) after the joins is
// made of column tails: where titled articles stop mid-sentence, the stray
// text is shared out among them. It is cut into runs of body items, each
// opening on a paragraph after one that ends a sentence (a tail ends where
// its article ends), and each run goes to a different dangling article;
// of all such ways, the one where the items fit their articles best (the
// topic similarity of each item to its article's whole text, weighted by
// the item's length: a run of two tails is split where each fits its own
// article) is taken, every run as a whole fitting its article at least
// kTailToArticleSimilarity. A run's first paragraph joins the article's
// last one.
void adopt_stray_tails(ArticleTree& tree, const flow::TopicModel& model) {
  auto& articles = tree.articles;
  std::vector<std::size_t> dangling;
  for (std::size_t k = 0; k < articles.size(); ++k)
    if (has_heading(articles[k].headline) && dangles(articles[k])) dangling.push_back(k);
  if (dangling.empty() || dangling.size() > kMaxDanglingArticles) return;
  std::vector<char> emptied(articles.size(), 0);
  std::size_t weighed = 0;
  for (std::size_t s = 0; s < articles.size() && weighed < kMaxStrayTexts; ++s) {
    Article& stray = articles[s];
    if (!is_stray_text(stray)) continue;
    ++weighed;
    const std::vector<BodyItem>& body = stray.body;
    // Where a run may open.
    std::vector<std::size_t> opens;
    for (std::size_t i = 0; i < body.size(); ++i) {
      if (body[i].type != BodyType::kParagraph) continue;
      if (i > 0 && body[i - 1].type == BodyType::kParagraph && !flow::ends_complete(text::decode(body[i - 1].text)))
        continue;
      opens.push_back(i);
    }
    if (opens.size() > kMaxStrayRuns) continue;
    opens.push_back(body.size());
    const std::size_t m = dangling.size(), q = opens.size();
    // (An article that took a tail of an earlier stray text dangles no more.)
    std::vector<flow::TopicVector> own(m);
    std::vector<char> open(m, 0);
    for (std::size_t d = 0; d < m; ++d) {
      const Article& a = articles[dangling[d]];
      open[d] = dangles(a);
      if (open[d]) own[d] = model.vector(heading_text(a.headline) + body_text(a));
    }
    // How each item fits each dangling article, times its length.
    std::vector<std::vector<double>> item_fit(body.size(), std::vector<double>(m, 0));
    for (std::size_t i = 0; i < body.size(); ++i) {
      const flow::TopicVector v = model.vector(body[i].text);
      for (std::size_t d = 0; d < m; ++d)
        item_fit[i][d] = flow::TopicModel::cosine(v, own[d]) * static_cast<double>(text::length(body[i].text));
    }
    // fit[x][y][d]: how the items from opens[x] up to opens[y] fit article
    // d (the sum of their fits), or -1 where the run as a whole fits it
    // less than kTailToArticleSimilarity.
    std::vector<std::vector<std::vector<double>>> fit(
        q, std::vector<std::vector<double>>(q, std::vector<double>(m, -1)));
    for (std::size_t x = 0; x + 1 < q; ++x)
      for (std::size_t y = x + 1; y < q; ++y) {
        std::string run;
        for (std::size_t i = opens[x]; i < opens[y]; ++i) run += body[i].text;
        const flow::TopicVector v = model.vector(run);
        for (std::size_t d = 0; d < m; ++d) {
          if (!open[d]) continue;
          const double sim = flow::TopicModel::cosine(v, own[d]);
          if (sim < kTailToArticleSimilarity) continue;
          double sum = 0;
          for (std::size_t i = opens[x]; i < opens[y]; ++i) sum += item_fit[i][d];
          fit[x][y][d] = sum;
        }
      }
    // best[x][used]: the best total for the items from opens[x] on, given
    // the dangling articles already used; -1 where none.
    const std::size_t subsets = std::size_t{1} << m;
    std::vector<std::vector<double>> best(q, std::vector<double>(subsets, -1));
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> choice(
        q, std::vector<std::pair<std::size_t, std::size_t>>(subsets, {0, 0}));
    for (std::size_t used = 0; used < subsets; ++used) best[q - 1][used] = 0;
    for (std::size_t x = q - 1; x-- > 0;)
      for (std::size_t used = 0; used < subsets; ++used)
        for (std::size_t y = x + 1; y < q; ++y)
          for (std::size_t d = 0; d < m; ++d) {
            if ((used >> d) & 1 || fit[x][y][d] < 0) continue;
            const double rest = best[y][used | (std::size_t{1} << d)];
            if (rest < 0) continue;
            if (fit[x][y][d] + rest > best[x][used]) {
              best[x][used] = fit[x][y][d] + rest;
              choice[x][used] = {y, d};
            }
          }
    if (q < 2 || best[0][0] < 0) continue;
    // Hand the runs out.
    std::size_t used = 0;
    for (std::size_t x = 0; x + 1 < q;) {
      const auto [y, d] = choice[x][used];
      Article& a = articles[dangling[d]];
      std::vector<int> sources = a.body.back().sources;
      for (std::size_t i = opens[x]; i < opens[y]; ++i) {
        BodyItem item = body[i];
        if (i == opens[x]) {
          BodyItem& last = a.body.back();
          last.text += item.text;
          append_sources(last.sources, item.sources);
          const unsigned kept_flags = (last.flags & ~static_cast<unsigned>(kIncompleteEnd)) |
                                      (item.flags & ~static_cast<unsigned>(kIncompleteStart));
          last.flags = kept_flags | kJoined | kMoved;
          for (int src : item.sources) sources.push_back(src);
          continue;
        }
        item.flags |= kMoved;
        a.body.push_back(std::move(item));
      }
      Repair r;
      r.op = "join";
      r.sources = std::move(sources);
      r.article = a.id;
      r.score = 0.5;
      r.why = "text printed apart from its article, a tail that fits this article's text, which stops mid-sentence";
      tree.repairs.push_back(std::move(r));
      used |= std::size_t{1} << d;
      x = y;
    }
    emptied[s] = 1;
  }
  drop_emptied(tree, emptied);
}

// Least topic similarity of stray text (is_stray_text) that no dangling
// article takes to the titled article it goes to, and how many times better
// it must fit that article than any other.
constexpr double kStrayToArticleSimilarity = 0.1;
constexpr double kStrayFitMargin = 2.0;

// Stray text left after adopt_stray_tails, printed before the headline of
// the titled article it fits clearly best: whole paragraphs of that
// article's end carried to another column, as tails are; they go to its
// end. (Stray text printed under that headline, above its text, may be
// its deck or its opening paragraphs: it stays where it is.)
void adopt_stray_paragraphs(ArticleTree& tree, const flow::TopicModel& model) {
  auto& articles = tree.articles;
  std::vector<char> emptied(articles.size(), 0);
  // Each titled article's whole text as a vector (again after it takes text).
  std::vector<flow::TopicVector> whole(articles.size());
  auto whole_text = [&](std::size_t k) {
    return model.vector(heading_text(articles[k].headline) + body_text(articles[k]));
  };
  for (std::size_t k = 0; k < articles.size(); ++k)
    if (has_heading(articles[k].headline)) whole[k] = whole_text(k);
  std::size_t weighed = 0;
  for (std::size_t s = 0; s < articles.size() && weighed < kMaxStrayTexts; ++s) {
    const Article& stray = articles[s];
    if (!is_stray_text(stray)) continue;
    ++weighed;
    const flow::TopicVector v = model.vector(body_text(stray));
    double best = 0, second = 0;
    std::size_t target = articles.size();
    for (std::size_t k = 0; k < articles.size(); ++k) {
      if (k == s || emptied[k] || !has_heading(articles[k].headline)) continue;
      const double sim = flow::TopicModel::cosine(v, whole[k]);
      if (sim > best) {
        second = best;
        best = sim;
        target = k;
      } else if (sim > second) {
        second = sim;
      }
    }
    if (target == articles.size() || best < kStrayToArticleSimilarity || best < kStrayFitMargin * second)
      continue;
    const std::vector<int>& heading_sources = articles[target].headline.sources;
    const std::vector<int>& stray_sources = stray.body.front().sources;
    if (heading_sources.empty() || stray_sources.empty() || stray_sources.front() >= heading_sources.front())
      continue;
    Article& a = articles[target];
    std::vector<int> sources;
    for (BodyItem& item : articles[s].body) {
      item.flags |= kMoved;
      sources.insert(sources.end(), item.sources.begin(), item.sources.end());
      a.body.push_back(std::move(item));
    }
    Repair r;
    r.op = "move";
    r.sources = std::move(sources);
    r.article = a.id;
    r.score = std::min(1.0, best);
    r.why = fmt::format("text printed apart before this article's headline fits its text best (topic {:.2f}, "
                        "next {:.2f})",
                        best, second);
    tree.repairs.push_back(std::move(r));
    emptied[s] = 1;
    whole[target] = whole_text(target);
  }
  drop_emptied(tree, emptied);
}

}  // namespace

void retype_punctuated_intertitles(ArticleTree& tree) {
  static constexpr std::u32string_view kClauseMarks = U"，。？！；：,?!;:";
  for (Article& a : tree.articles)
    for (BodyItem& b : a.body) {
      if (b.type != BodyType::kHeading) continue;
      const std::u32string cps = text::decode(b.text);
      if (cps.find_first_of(kClauseMarks) != std::u32string::npos) b.type = BodyType::kParagraph;
    }
}

Headline rank_headline(const std::vector<std::string>& lines, const std::vector<double>& font_sizes) {
  return rank_headline(lines, font_sizes, std::vector<bool>(lines.size(), false));
}

// Most characters two headline lines may differ by and still read as set in
// one size (see rank_headline).
constexpr std::size_t kLengthNoise = 2;

Headline rank_headline(const std::vector<std::string>& lines, const std::vector<double>& font_sizes,
                       const std::vector<bool>& after_title) {
  Headline h;
  if (lines.empty()) return h;
  std::size_t title = 0;
  bool have_fonts = std::all_of(font_sizes.begin(), font_sizes.end(), [](double f) { return f > 0; }) &&
                    font_sizes.size() == lines.size();
  if (have_fonts) {
    for (std::size_t i = 1; i < lines.size(); ++i)
      if (font_sizes[i] > font_sizes[title] + 0.1) title = i;
  } else if (lines.size() >= 2) {
    // A kicker leads into the title (ends with ——) or is the longer line;
    // the title is set larger, so it has fewer characters. Lines within
    // kLengthNoise characters of each other say nothing by their lengths
    // (a kicker set small runs clearly longer): the first line, read first,
    // is the title and the second its deck.
    auto len = [&](std::size_t i) { return text::length(lines[i]); };
    if (classify::leads_into_title(lines[0])) title = 1;
    else if (classify::reads_as_deck(lines[1], lines[0])) title = 0;
    else if (len(0) > len(1) + kLengthNoise) title = 1;
    for (std::size_t i = title; i + 1 < lines.size() && ends_with(lines[i], "——"); ++i) title = i + 1;
  }
  for (std::size_t i = 1; i < lines.size() && i < after_title.size(); ++i)
    if (after_title[i] && !have_fonts) {
      title = i - 1;
      break;
    }
  // A title set over several lines: the lines after it in the same size.
  std::size_t title_end = title + 1;
  if (have_fonts)
    while (title_end < lines.size() && std::abs(font_sizes[title_end] - font_sizes[title]) <= 0.1) ++title_end;
  for (std::size_t i = 0; i < title; ++i) h.kicker += lines[i];
  for (std::size_t i = title; i < title_end; ++i) h.title = join_lines(h.title, lines[i]);
  for (std::size_t i = title_end; i < lines.size(); ++i) h.subtitles.push_back(lines[i]);
  return h;
}

void assemble_tree(const std::vector<Unit>& units, const flow::ReadingOrder& order, ArticleTree& tree) {
  std::vector<Article>& articles = tree.articles;
  std::vector<int> last_body_unit;  // per article: the unit that ended its last paragraph
  std::vector<std::vector<double>> join_scores;  // per article
  // Per article: a picture story whose credit has been read after its text;
  // the credit closes it, so unheadlined text after it is another item
  // (unless it opens as the column's next numbered picture, 2、……).
  std::vector<bool> closed_by_credit;
  struct PendingSeries {
    std::size_t unit;
    int before_article;  // the article the series label was found in front of
    bool under_title = false;  // set under its group's headline lines: that article's
  };
  std::vector<PendingSeries> series;
  struct HeadlineGroup {
    std::vector<std::string> lines;
    std::vector<double> fonts;
    std::vector<bool> after_title;
    std::vector<int> sources;
  };

  auto open_article = [&](ArticleKind kind) -> Article& {
    Article a;
    a.id = static_cast<int>(articles.size()) + 1;
    a.kind = kind;
    articles.push_back(std::move(a));
    last_body_unit.push_back(-1);
    join_scores.emplace_back();
    closed_by_credit.push_back(false);
    return articles.back();
  };
  auto current = [&]() -> Article* { return articles.empty() ? nullptr : &articles.back(); };

  // The article each unit went into (-1: none), and the captions, which are
  // placed last: by the unit before them in the input, since the reading
  // order may have moved that unit's paragraph into another article.
  std::vector<int> article_of_unit(units.size(), -1);
  std::vector<std::size_t> captions;

  const auto& seq = order.order;
  for (std::size_t pos = 0; pos < seq.size(); ++pos) {
    const std::size_t i = static_cast<std::size_t>(seq[pos]);
    const Unit& u = units[i];
    const bool placed = u.role != Role::kQrCaption && u.role != Role::kPhotoCaption &&
                        u.role != Role::kFurniture && u.role != Role::kJump;
    constexpr int kUnplaced = -2;
    // A continuation merged into an earlier article records that article
    // below; everything else lands in the current article, known after the
    // switch (it may open a new one).
    if (placed) article_of_unit[i] = kUnplaced;
    switch (u.role) {
      case Role::kHeadline:
      case Role::kSeries: {
        // Gather the whole group.
        HeadlineGroup g;
        std::vector<std::size_t> group_series, series_under_title;
        std::size_t k = pos;
        bool kicker_first = false;
        for (; k < seq.size(); ++k) {
          const Unit& w = units[static_cast<std::size_t>(seq[k])];
          if (w.role == Role::kHeadline) {
            if (g.lines.empty()) kicker_first = w.kicker_over_title;
            g.lines.push_back(w.text);
            g.fonts.push_back(w.font_size);
            g.after_title.push_back(w.shares_title_line || w.lists_business);
            append_sources(g.sources, w.sources);
          } else if (w.role == Role::kSeries) {
            group_series.push_back(static_cast<std::size_t>(seq[k]));
            if (!g.lines.empty()) series_under_title.push_back(static_cast<std::size_t>(seq[k]));
          } else {
            break;
          }
        }
        for (std::size_t q = pos; q < k; ++q)
          article_of_unit[static_cast<std::size_t>(seq[q])] = static_cast<int>(articles.size()) - (g.lines.empty() ? 1 : 0);
        pos = k - 1;
        if (g.lines.empty()) {
          // A series label alone: it belongs to the article before or after.
          for (auto s : group_series) series.push_back({s, static_cast<int>(articles.size())});
          break;
        }
        // One line right under an intertitle, before any text of the
        // article: the second line of a two-line section head, not the
        // headline of another article (an article's text has not begun).
        if (g.lines.size() == 1 && group_series.empty() && current() && !current()->headline.title.empty() &&
            !current()->body.empty() &&
            std::all_of(current()->body.begin(), current()->body.end(),
                        [](const BodyItem& b) { return b.type == BodyType::kHeading; }) &&
            pos > 0 && units[static_cast<std::size_t>(seq[pos - 1])].role == Role::kIntertitle) {
          current()->body.push_back({BodyType::kHeading, g.lines.front(), g.sources, 0});
          last_body_unit.back() = -1;
          article_of_unit[i] = static_cast<int>(articles.size()) - 1;
          break;
        }
        // Subtitle lines alone (——……): they go under a title, and the
        // heading that ends the article before them is that title, taken
        // for an intertitle (a stray piece of another column printed
        // between them went on to its own paragraph).
        const bool dash_lines_only = std::all_of(g.lines.begin(), g.lines.end(), [](const std::string& l) {
          return l.rfind("——", 0) == 0;
        });
        std::optional<BodyItem> title_above;
        if (dash_lines_only && current() && !current()->body.empty() &&
            current()->body.back().type == BodyType::kHeading) {
          title_above = std::move(current()->body.back());
          current()->body.pop_back();
          last_body_unit.back() = -1;
        }
        Article& a = open_article(ArticleKind::kNews);
        a.headline = rank_headline(g.lines, g.fonts, g.after_title);
        if (title_above) {
          a.headline = Headline{};
          a.headline.title = title_above->text;
          a.headline.subtitles = g.lines;
          std::vector<int> sources = title_above->sources;
          append_sources(sources, g.sources);
          g.sources = std::move(sources);
        }
        if (kicker_first && g.lines.size() == 2) {
          a.headline.kicker = g.lines[0];
          a.headline.title = g.lines[1];
          a.headline.subtitles.clear();
        }
        a.headline.sources = g.sources;
        for (auto s : group_series)
          series.push_back({s, a.id - 1,
                            std::find(series_under_title.begin(), series_under_title.end(), s) != series_under_title.end()});
        break;
      }
      case Role::kByline:
      case Role::kCredit: {
        Article* a = current();
        if (!a) a = &open_article(ArticleKind::kNews);
        if (u.role == Role::kCredit && !a->body.empty() && a->body.size() > 2) {
          a->captions.push_back({CaptionType::kCredit, u.text, u.sources});
          break;
        }
        // Names printed inside an article's text, with its text going on
        // below them (headline / lead / 本报记者X / text; a section's
        // reporters under its heading), set a part of the text apart as an
        // intertitle does: they stay in the text. An article's bylines
        // stand before its text.
        std::size_t after = pos + 1;
        while (after < seq.size() && units[static_cast<std::size_t>(seq[after])].role == Role::kByline) ++after;
        if (u.role == Role::kByline && !a->body.empty() && after < seq.size() &&
            units[static_cast<std::size_t>(seq[after])].role == Role::kBody &&
            !units[static_cast<std::size_t>(seq[after])].dateline) {
          a->body.push_back({BodyType::kHeading, u.text, u.sources, 0});
          last_body_unit.back() = -1;
          break;
        }
        // A line read as a byline only for looking like names, whose names
        // run together past telling apart (李明王华 names no one, see
        // classify), has nothing left that makes it a byline: it stays the
        // text it is, a paragraph of its own.
        if (u.role == Role::kByline && u.byline_role == BylineRole::kOther && u.names.empty()) {
          a->body.push_back({BodyType::kParagraph, u.text, u.sources, 0});
          last_body_unit.back() = -1;
          break;
        }
        Byline b;
        b.text = u.spaced.empty() ? u.text : u.spaced;
        std::replace(b.text.begin(), b.text.end(), '\n', ' ');
        b.role = u.role == Role::kCredit ? BylineRole::kPhotographer : u.byline_role;
        b.names = u.names;
        b.sources = u.sources;
        a->bylines.push_back(std::move(b));
        break;
      }
      case Role::kIntertitle: {
        Article* a = current();
        if (!a) {
          Article& n = open_article(ArticleKind::kNews);
          n.headline.title = u.text;
          n.headline.sources = u.sources;
          break;
        }
        a->body.push_back({BodyType::kHeading, u.text, u.sources, 0});
        last_body_unit.back() = -1;
        break;
      }
      case Role::kBody: {
        Article* a = current();
        int pred = order.predecessor[i];
        std::size_t owner = articles.size();
        // A joined continuation goes into the paragraph it continues.
        if (pred >= 0) {
          const int k = article_of_unit[static_cast<std::size_t>(pred)];
          if (k >= 0 && last_body_unit[static_cast<std::size_t>(k)] == pred) owner = static_cast<std::size_t>(k);
        }
        if (owner < articles.size()) {
          article_of_unit[i] = static_cast<int>(owner);
          Article& o = articles[owner];
          BodyItem& item = o.body.back();
          item.text += u.text;
          append_sources(item.sources, u.sources);
          item.flags |= kJoined;
          if (order.moved[i]) item.flags |= kMoved;
          last_body_unit[owner] = static_cast<int>(i);
          join_scores[owner].push_back(order.join_score[i]);
          break;
        }
        // The last line of a headline's block, split from the headline
        // lines above it (a short quoted phrase, “绿色发展”), with nothing
        // of the article under the headline yet: the title's last line.
        if (a && a->body.empty() && !a->headline.title.empty() && a->headline.subtitles.empty() && !u.dateline &&
            !u.sources.empty() && a->headline.sources.size() == 1 && u.sources.size() == 1 &&
            u.sources.front() == a->headline.sources.front() && text::length(u.text) <= kMaxTitleTail) {
          a->headline.title = join_lines(a->headline.title, u.text);
          article_of_unit[i] = static_cast<int>(articles.size()) - 1;
          break;
        }
        bool new_brief = u.dateline && a && (has_text(*a) || a->dateline) &&
                         !(retold_report(*u.dateline) && u.bbox && !a->headline.title.empty());
        // A byline line printed just above a dateline that names the same
        // reporters in its bracket (记者王明 / 本报北京3月1日电（记者王明）)
        // opens the dateline's article, not the end of the article before.
        std::optional<Byline> carried;
        if (new_brief && pos > 0 && u.dateline_byline && !a->bylines.empty()) {
          const std::size_t prev = static_cast<std::size_t>(seq[pos - 1]);
          const Byline& last = a->bylines.back();
          const auto& named = u.dateline_byline->names;
          if (units[prev].role == Role::kByline && last.sources == units[prev].sources && !last.names.empty() &&
              std::all_of(last.names.begin(), last.names.end(), [&](const std::string& n) {
                return std::find(named.begin(), named.end(), n) != named.end();
              })) {
            carried = std::move(a->bylines.back());
            a->bylines.pop_back();
            article_of_unit[prev] = static_cast<int>(articles.size());
          }
        }
        if (a && closed_by_credit.back() && !u.dateline && !opens_numbered_item(u.text)) {
          a = &open_article(ArticleKind::kBrief);
        } else if (!a || new_brief) {
          a = &open_article(u.dateline ? ArticleKind::kBrief : ArticleKind::kOther);
        }
        if (carried) a->bylines.push_back(std::move(*carried));
        BodyItem item{BodyType::kParagraph, u.text, u.sources, u.flags & kIncompleteStart};
        if (order.moved[i]) item.flags |= kMoved;
        if (u.dateline && !a->dateline && !has_text(*a)) {
          a->dateline = u.dateline;
          // Reporters named in the dateline are bylines too, unless a
          // byline line already names them.
          bool named = u.dateline_byline && std::any_of(a->bylines.begin(), a->bylines.end(), [&](const Byline& b) {
            return std::any_of(u.dateline_byline->names.begin(), u.dateline_byline->names.end(), [&](auto& n) {
              return std::find(b.names.begin(), b.names.end(), n) != b.names.end();
            });
          });
          if (u.dateline_byline && !named && bracket_set_apart(u.spaced)) {
            Byline b = *u.dateline_byline;
            b.sources = u.sources;
            a->bylines.push_back(std::move(b));
          }
        }
        a->body.push_back(std::move(item));
        last_body_unit.back() = static_cast<int>(i);
        break;
      }
      case Role::kQrCaption:
      case Role::kPhotoCaption:
        captions.push_back(i);
        if (u.role == Role::kPhotoCaption && current() && picture_story(*current()) && !current()->body.empty())
          closed_by_credit.back() = true;
        break;
      case Role::kFurniture:
        tree.page_furniture.push_back({u.furniture_type.empty() ? "header" : u.furniture_type, u.text, u.sources});
        break;
      case Role::kJump:
        tree.page_furniture.push_back({"jump", u.text, u.sources});
        break;
    }
    if (placed && article_of_unit[i] == kUnplaced) article_of_unit[i] = static_cast<int>(articles.size()) - 1;
  }

  for (std::size_t i : captions) {
    const Unit& u = units[i];
    CaptionType type = u.role == Role::kQrCaption ? CaptionType::kQr : CaptionType::kPhoto;
    std::string text = u.role == Role::kQrCaption ? u.spaced : u.text;
    std::replace(text.begin(), text.end(), '\n', ' ');
    int target = -1;
    std::string why;
    // A QR code leads to more of an article's text: it belongs to an
    // article that has some, not to headline lines standing alone (a cut
    // line or a signature taken for a headline). A photo caption may head
    // nothing but its picture.
    auto fits = [&](int k) {
      if (k < 0) return false;
      if (type != CaptionType::kQr) return true;
      const Article& a = articles[static_cast<std::size_t>(k)];
      return !a.body.empty() || !a.bylines.empty() || a.dateline.has_value();
    };
    for (std::size_t k = i; k-- > 0;) {
      // A QR caption closes an article's text; a headline line just above
      // it is text misread (a paragraph's cut last line), not its article.
      if (type == CaptionType::kQr && units[k].role == Role::kHeadline) continue;
      if (fits(article_of_unit[k])) {
        target = article_of_unit[k];
        why = fmt::format("follows block {} of article {}", units[k].sources.empty() ? -1 : units[k].sources.back(),
                          target + 1);
        break;
      }
    }
    if (target < 0) {
      for (std::size_t k = i + 1; k < units.size(); ++k)
        if (fits(article_of_unit[k])) {
          target = article_of_unit[k];
          why = fmt::format("stands before article {}", target + 1);
          break;
        }
    }
    if (target < 0) {
      tree.unassigned.push_back({u.text, u.sources, "caption with no article on the page"});
      continue;
    }
    Article& a = articles[static_cast<std::size_t>(target)];
    a.captions.push_back({type, text, u.sources});
    Repair r;
    r.op = "attach_caption";
    r.sources = u.sources;
    r.article = a.id;
    r.score = 0.7;
    r.why = fmt::format("{} caption {}", type == CaptionType::kQr ? "QR" : "photo", why);
    tree.repairs.push_back(std::move(r));
  }

  // Series labels: to the article whose text they share most words with,
  // of the one before and the one after where they stood.
  if (!series.empty() && !articles.empty()) {
    std::vector<std::string> docs;
    for (auto& a : articles) docs.push_back(article_text(a));
    flow::TopicModel model(docs);
    for (auto& s : series) {
      const Unit& u = units[s.unit];
      int after = std::min<int>(s.before_article, static_cast<int>(articles.size()) - 1);
      int before = s.before_article - 1;
      int target = after;
      // (A label set under the headline lines of its group names that
      // article's column; one over them or alone may end the article before.)
      if (before >= 0 && before != after && !s.under_title) {
        auto v = model.vector(u.text);
        double sb = flow::TopicModel::cosine(v, model.vector(docs[static_cast<std::size_t>(before)]));
        double sa = flow::TopicModel::cosine(v, model.vector(docs[static_cast<std::size_t>(after)]));
        if (sb > sa) target = before;
      }
      Article& a = articles[static_cast<std::size_t>(target)];
      if (a.series) *a.series += u.text;
      else a.series = u.text;
      append_sources(a.series_sources, u.sources);
    }
  }

  // Kinds, flags and confidence.
  for (std::size_t k = 0; k < articles.size(); ++k) {
    Article& a = articles[k];
    bool photographer = std::any_of(a.bylines.begin(), a.bylines.end(),
                                    [](const Byline& b) { return b.role == BylineRole::kPhotographer; });
    std::size_t paragraphs = static_cast<std::size_t>(
        std::count_if(a.body.begin(), a.body.end(), [](auto& b) { return b.type == BodyType::kParagraph; }));
    if (photographer && paragraphs <= 2 && !a.headline.title.empty() && text::length(a.headline.title) <= 12)
      a.kind = ArticleKind::kPhoto;
    if (a.kind == ArticleKind::kOther && !a.headline.title.empty()) a.kind = ArticleKind::kNews;
    if (!a.headline.title.empty() && a.kind == ArticleKind::kBrief) a.kind = ArticleKind::kNews;
    double confidence = 0.9;
    for (double s : join_scores[k]) confidence -= (1.0 - s) * 0.2;
    if (a.headline.title.empty()) confidence -= 0.2;
    for (BodyItem& b : a.body) {
      if (b.type != BodyType::kParagraph) continue;
      std::u32string cps = text::decode(b.text);
      // (A label of a few characters, 核心阅读, is complete as it stands.)
      const bool label = cps.size() <= 4 && std::all_of(cps.begin(), cps.end(), text::is_han);
      if (!cps.empty() && !label && !flow::ends_complete(cps)) {
        b.flags |= kIncompleteEnd;
        confidence -= 0.15;
      }
      // Text missing before the paragraph's first words.
      if (b.flags & kIncompleteStart) confidence -= 0.15;
    }
    a.confidence = std::clamp(confidence, 0.05, 0.99);
  }
  fold_empty_articles(tree);
  {
    std::vector<std::string> docs;
    docs.reserve(units.size());
    for (const Unit& u : units) docs.push_back(u.text);
    const flow::TopicModel model(docs);
    give_headlines_their_leads(tree, model);
    gather_reports(tree, model);
    split_off_briefs(tree);
    split_signed_briefs(tree);
    split_unheaded_briefs(tree, model);
    adopt_stray_tails(tree, model);
    adopt_stray_paragraphs(tree, model);
  }
}

}  // namespace banmian::assemble
