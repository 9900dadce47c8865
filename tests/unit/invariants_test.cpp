// Property tests of the whole engine: nothing is lost (every non-white-space
// character of the normalised input lands exactly once in the tree), the JSON
// is valid UTF-8, normalisation is idempotent, recovery is deterministic and
// thread-safe, and bad input fails with the documented codes. Run on every
// text page of the shared dev corpus (skipped when absent), the example page
// and random inputs.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <banmian/banmian.hpp>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace banmian {
namespace {

namespace fs = std::filesystem;
using Counts = std::map<char32_t, long>;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const Engine& engine() {
  static const Engine e = Engine::create().value();
  return e;
}

void add(Counts& counts, std::string_view text) {
  for (char32_t c : text::decode(text::strip_space(text))) ++counts[c];
}

// The characters the tree must hold: the whole input normalised, white space removed.
Counts input_counts(std::string_view input) {
  Counts counts;
  add(counts, text::normalize(input));
  return counts;
}

// The characters across the tree. Datelines are left out (they stay at the
// head of the lead paragraph too), and so are the bylines repeated from the
// article's dateline.
Counts tree_counts(const ArticleTree& tree) {
  Counts counts;
  for (const Article& a : tree.articles) {
    add(counts, a.headline.kicker);
    add(counts, a.headline.title);
    for (const auto& s : a.headline.subtitles) add(counts, s);
    if (a.series) add(counts, *a.series);
    // A byline read from the dateline's brackets repeats part of the dateline:
    // it is one whose text lies in the dateline and whose sources are the lead
    // paragraph's (a standalone byline line with the same text still counts).
    const std::string dateline = a.dateline ? text::strip_space(a.dateline->text) : "";
    std::set<int> body_sources;
    for (const BodyItem& b : a.body) body_sources.insert(b.sources.begin(), b.sources.end());
    for (const Byline& b : a.bylines) {
      const std::string t = text::strip_space(b.text);
      const bool from_dateline =
          !t.empty() && dateline.find(t) != std::string::npos && !b.sources.empty() &&
          std::all_of(b.sources.begin(), b.sources.end(), [&](int s) { return body_sources.count(s) > 0; });
      if (!from_dateline) add(counts, b.text);
    }
    for (const BodyItem& b : a.body) add(counts, b.text);
    for (const Caption& c : a.captions) add(counts, c.text);
  }
  for (const Furniture& f : tree.page_furniture) add(counts, f.text);
  for (const Unassigned& u : tree.unassigned) add(counts, u.text);
  for (const Dropped& d : tree.dropped) add(counts, d.text);
  return counts;
}

std::string describe_difference(const Counts& want, const Counts& got) {
  std::string missing, extra;
  for (const auto& [c, n] : want) {
    const auto it = got.find(c);
    const long have = it == got.end() ? 0 : it->second;
    for (long i = have; i < n && missing.size() < 120; ++i) text::append_utf8(missing, c);
  }
  for (const auto& [c, n] : got) {
    const auto it = want.find(c);
    const long need = it == want.end() ? 0 : it->second;
    for (long i = need; i < n && extra.size() < 120; ++i) text::append_utf8(extra, c);
  }
  return "missing from the tree: [" + missing + "]; extra in the tree: [" + extra + "]";
}

// Checks every invariant of one input; `what` names it in failures.
void check_invariants(const std::string& input, const std::string& what) {
  SCOPED_TRACE(what);
  auto tree = engine().recover_text(input, InputFormat::kText, "page.txt");
  ASSERT_TRUE(tree.ok()) << tree.status().to_string();

  const Counts want = input_counts(input), got = tree_counts(*tree);
  EXPECT_TRUE(want == got) << describe_difference(want, got);

  const std::string json = to_json(*tree);
  EXPECT_EQ(text::find_invalid_utf8(json), std::nullopt);
  EXPECT_EQ(text::find_invalid_utf8(to_markdown(*tree)), std::nullopt);

  const std::string once = text::normalize(input);
  EXPECT_EQ(text::normalize(once), once) << "normalisation is not idempotent";

  auto again = engine().recover_text(input, InputFormat::kText, "page.txt");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(to_json(*again), json) << "recover() is not deterministic";
}

std::vector<fs::path> dev_pages() {
  std::vector<fs::path> pages;
  const fs::path dir = fs::path(BANMIAN_SHARED_DIR) / "corpus" / "dev";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return pages;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".txt") pages.push_back(entry.path());
  std::sort(pages.begin(), pages.end());
  return pages;
}

const fs::path kExamplePage =
    fs::path(BANMIAN_SOURCE_DIR) / "examples" / "pages" / "changsha-evening-news-page.txt";

// ---------------------------------------------------------------------------
// Nothing is lost

TEST(Invariants, DevCorpusPages) {
  const auto pages = dev_pages();
  if (pages.empty()) GTEST_SKIP() << "no text pages in " << BANMIAN_SHARED_DIR << "/corpus/dev";
  for (const auto& page : pages) check_invariants(read_file(page), page.filename().string());
}

TEST(Invariants, ExamplePage) {
  ASSERT_TRUE(fs::exists(kExamplePage)) << kExamplePage;
  check_invariants(read_file(kExamplePage), kExamplePage.filename().string());
}

// Random pages: Han characters, punctuation, digits, full-width forms, Kangxi
// and supplement radicals, the words that drive classification, spaces of all
// kinds, line breaks and blank lines.
std::string random_page(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "，", "。", "、", "；", "：", "？", "！", "“", "”", "（", "）", "《", "》", "…", "—", "·",
      "0", "1", "2", "9", "%", ".", "A", "z", " ", "　", "\u00A0", "\t", "\u200B",
      "本报讯", "新华社北京3月7日电", "记者", "通讯员", "摄", "扫二维码", "看详细名单",
      "责任编辑：", "（下转A4版）", "系列报道", "图为", "据了解，", "年", "月", "日"};
  std::uniform_int_distribution<int> kind(0, 11);
  std::uniform_int_distribution<int> han(0x4E00, 0x9FA5);
  std::uniform_int_distribution<int> kangxi(0x2F00, 0x2FD5);
  std::uniform_int_distribution<int> supplement(0x2E80, 0x2EF3);
  std::uniform_int_distribution<int> fullwidth(0xFF01, 0xFF5E);
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 400);
  std::string out;
  const int n = length(rng);
  for (int i = 0; i < n; ++i) {
    switch (kind(rng)) {
      case 0: case 1: case 2: case 3: text::append_utf8(out, static_cast<char32_t>(han(rng))); break;
      case 4: text::append_utf8(out, static_cast<char32_t>(kangxi(rng))); break;
      case 5: {
        const auto c = static_cast<char32_t>(supplement(rng));
        if (c != 0x2E9A) text::append_utf8(out, c);  // U+2E9A is unassigned
        break;
      }
      case 6: text::append_utf8(out, static_cast<char32_t>(fullwidth(rng))); break;
      case 7: case 8: out += pieces[piece(rng)]; break;
      case 9: out += "\n"; break;
      case 10: out += "\n\n"; break;
      default: out += (rng() % 2) ? "\n　　" : " "; break;
    }
  }
  return out;
}

TEST(Invariants, RandomPages) {
  std::mt19937 rng(14052025);
  for (int i = 0; i < 200; ++i) {
    const std::string page = random_page(rng);
    check_invariants(page, "random page " + std::to_string(i));
    if (HasFatalFailure() || HasFailure()) {
      ADD_FAILURE() << "first failing random page:\n" << page;
      return;
    }
  }
}

// ---------------------------------------------------------------------------
// Concurrency

TEST(Invariants, ConstEngineFromFourThreadsGivesIdenticalTrees) {
  std::vector<std::string> inputs;
  if (fs::exists(kExamplePage)) inputs.push_back(read_file(kExamplePage));
  std::mt19937 rng(7);
  for (int i = 0; i < 8; ++i) inputs.push_back(random_page(rng));
  std::vector<std::string> expected;
  for (const auto& in : inputs) expected.push_back(to_json(engine().recover_text(in).value()));

  const Engine& shared = engine();
  std::vector<std::vector<std::string>> results(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 3; ++round)
        for (const auto& in : inputs) {
          auto tree = shared.recover_text(in);
          results[t].push_back(tree.ok() ? to_json(*tree) : tree.status().to_string());
        }
    });
  }
  for (auto& th : threads) th.join();
  for (std::size_t t = 0; t < results.size(); ++t) {
    ASSERT_EQ(results[t].size(), 3 * inputs.size());
    for (std::size_t i = 0; i < results[t].size(); ++i)
      EXPECT_EQ(results[t][i], expected[i % inputs.size()]) << "thread " << t << " input " << i % inputs.size();
  }
}

// ---------------------------------------------------------------------------
// Bad input

TEST(BadInput, InvalidUtf8NamesTheByteOffset) {
  const std::string input = std::string("本报讯 河西镇") + "\xFF" + "春耕。";
  auto tree = engine().recover_text(input, InputFormat::kText);
  ASSERT_FALSE(tree.ok());
  EXPECT_EQ(tree.status().code(), StatusCode::kInvalidInput);
  const std::string offset = std::to_string(std::string("本报讯 河西镇").size());  // 19
  EXPECT_NE(tree.status().message().find(offset), std::string::npos) << tree.status().message();
}

TEST(BadInput, TruncatedSequenceAtTheEnd) {
  const std::string input = "河西镇春耕\xE6\x98";
  auto tree = engine().recover_text(input, InputFormat::kText);
  ASSERT_FALSE(tree.ok());
  EXPECT_EQ(tree.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(tree.status().message().find("15"), std::string::npos) << tree.status().message();
}

TEST(BadInput, EmptyInputGivesAnEmptyTree) {
  for (const std::string input : {"", "\n\n", "   \n\t\n　\n"}) {
    auto tree = engine().recover_text(input, InputFormat::kText);
    ASSERT_TRUE(tree.ok()) << tree.status().to_string();
    EXPECT_TRUE(tree->articles.empty());
    EXPECT_TRUE(tree->page_furniture.empty());
    EXPECT_TRUE(tree->unassigned.empty());
    EXPECT_TRUE(tree->dropped.empty());
  }
}

TEST(BadInput, EmptyInputWithAutoFormat) {
  auto tree = engine().recover_text("", InputFormat::kAuto);
  ASSERT_TRUE(tree.ok()) << tree.status().to_string();
  EXPECT_TRUE(tree->articles.empty());
}

TEST(BadInput, TooLarge) {
  Options options;
  options.max_input_bytes = 64;
  auto small = Engine::create(options);
  ASSERT_TRUE(small.ok());
  const std::string input(65, 'a');
  auto tree = small->recover_text(input, InputFormat::kText);
  ASSERT_FALSE(tree.ok());
  EXPECT_EQ(tree.status().code(), StatusCode::kTooLarge);
  auto fits = small->recover_text(std::string(64, 'a'), InputFormat::kText);
  EXPECT_TRUE(fits.ok()) << fits.status().to_string();
}

}  // namespace
}  // namespace banmian
