// The human renderings of the tree (docs/article-tree.md, "Renderings"):
// plain text, Markdown, and the repair log in words.
//
// Both text and Markdown print, per article in order: the headline lines;
// the bylines and the series label; the body items; the captions; each
// section and each body item separated by a blank line, articles by a line
// holding only `---` (with blank lines around it, so that Markdown does not
// read it as a heading underline). Furniture, unassigned and dropped text are
// not printed.
#include <cstdio>
#include <string>
#include <vector>

#include <banmian/banmian.hpp>

#include "write/writers.hpp"

namespace banmian {
namespace {

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

// Escapes characters that Markdown would read as markup, and a leading
// block marker (#, >, -, +, 1.) that would turn a line into something else.
std::string escape_markdown(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<') {
      out += '\\';
    }
    out += c;
  }
  if (!out.empty() && (out[0] == '#' || out[0] == '>' || out[0] == '-' || out[0] == '+' ||
                       out[0] == '=' || out[0] == '|')) {
    out.insert(out.begin(), '\\');
  }
  std::size_t digits = 0;
  while (digits < out.size() && out[digits] >= '0' && out[digits] <= '9') ++digits;
  if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')')) {
    out.insert(out.begin() + static_cast<std::ptrdiff_t>(digits), '\\');
  }
  // A line break inside an item would start a new Markdown block.
  for (std::size_t i = 0; (i = out.find('\n', i)) != std::string::npos; i += 3) {
    out.replace(i, 1, "  \n");
  }
  return out;
}

// The sections of one article; `markdown` selects the markup.
std::vector<std::string> article_sections(const Article& a, bool markdown) {
  auto plain = [&](const std::string& s) { return markdown ? escape_markdown(s) : s; };
  auto emphasis = [&](const std::string& s) {
    if (s.empty() || !markdown) return s;
    std::string out(1, '*');
    out += escape_markdown(s);
    out += '*';
    return out;
  };
  std::vector<std::string> sections;

  std::vector<std::string> headline;
  headline.push_back(emphasis(a.headline.kicker));
  if (!a.headline.title.empty()) {
    headline.push_back(markdown ? "# " + escape_markdown(a.headline.title) : a.headline.title);
  }
  for (const std::string& subtitle : a.headline.subtitles) headline.push_back(emphasis(subtitle));
  // Markdown needs a blank line around the # heading line.
  sections.push_back(join(headline, markdown ? "\n\n" : "\n"));

  std::vector<std::string> credits;
  for (const Byline& byline : a.bylines) credits.push_back(plain(byline.text));
  if (a.series) credits.push_back(plain(*a.series));
  sections.push_back(join(credits, markdown ? "  \n" : "\n"));

  for (const BodyItem& item : a.body) {
    if (item.type == BodyType::kHeading && markdown) {
      sections.push_back(item.text.empty() ? "" : "## " + escape_markdown(item.text));
    } else {
      sections.push_back(plain(item.text));
    }
  }

  std::vector<std::string> captions;
  for (const Caption& caption : a.captions) {
    captions.push_back(markdown && !caption.text.empty() ? "> " + escape_markdown(caption.text)
                                                         : caption.text);
  }
  sections.push_back(join(captions, markdown ? "\n\n" : "\n"));
  return sections;
}

std::string render(const ArticleTree& tree, bool markdown) {
  std::vector<std::string> articles;
  for (const Article& a : tree.articles) articles.push_back(join(article_sections(a, markdown), "\n\n"));
  std::string out;
  for (const std::string& article : articles) {
    if (!out.empty()) out += "\n\n---\n\n";
    out += article;
  }
  if (!out.empty()) out += '\n';
  return out;
}

std::string format_score(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", score);
  return buffer;
}

std::string join_ids(const std::vector<int>& ids, std::string_view separator) {
  std::string out;
  for (int id : ids) {
    if (!out.empty()) out += separator;
    out += std::to_string(id);
  }
  return out;
}

}  // namespace

std::string to_text(const ArticleTree& tree) { return render(tree, false); }

std::string to_markdown(const ArticleTree& tree) { return render(tree, true); }

std::string explain(const ArticleTree& tree) {
  std::string out;
  for (const Repair& r : tree.repairs) out += detail::describe_repair(r) + '\n';
  return out;
}

std::string detail::describe_repair(const Repair& r) {
  std::string out = r.op;
  if (!r.sources.empty()) {
    out += ' ';
    out += join_ids(r.sources, r.op == "join" ? " -> " : ", ");
  }
  if (r.article != 0) out += " (article " + std::to_string(r.article) + ")";
  out += " (score " + format_score(r.score) + ")";
  if (!r.why.empty()) out += ": " + r.why;
  for (char& c : out) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

}  // namespace banmian
