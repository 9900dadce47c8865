// Throughput of Engine::recover_text in input bytes per second, on the
// example page and on a synthetic large page built from it (many articles,
// column breaks, duplicates), so that costs that grow faster than the input
// show up; and on inputs built to hit the worst cases: pages of many
// one-character blocks (every block an end and a start), one block of many
// short headline-like lines (every line may merge into the one above), and
// blocks-json boxes strewn over one another (no clean XY-cut anywhere). Compare the time per
// block across the arguments: it should stay flat.

#include <benchmark/benchmark.h>

#include <banmian/banmian.hpp>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <utility>

namespace {

const std::string& example_page() {
  static const std::string page = [] {
    std::ifstream file(BANMIAN_EXAMPLE_PAGE, std::ios::binary);
    if (!file) {
      std::cerr << BANMIAN_EXAMPLE_PAGE << ": cannot open\n";
      std::exit(1);
    }
    std::ostringstream content;
    content << file.rdbuf();
    return content.str();
  }();
  return page;
}

// Returns a page of about `copies` times the example page: the page repeated
// with numbered headlines, so that articles do not collapse into duplicates,
// and every few copies one repeated paragraph that de-duplication drops.
std::string synthetic_page(int copies) {
  const std::string& page = example_page();
  std::string result;
  result.reserve(page.size() * static_cast<std::size_t>(copies) + 4096);
  for (int i = 0; i < copies; ++i) {
    result += "第" + std::to_string(i + 1) + "组报道：长沙产业技术创新战略联盟巡礼\n\n";
    result += page;
    result += "\n\n";
    if (i % 3 == 2) {
      result += "记者近日走访长沙多家产业技术创新战略联盟发现，它们不仅助力科技型企业和项目落地。\n\n";
    }
  }
  return result;
}

const banmian::Engine& engine() {
  static const banmian::Engine engine = [] {
    auto created = banmian::Engine::create();
    if (!created.ok()) {
      std::cerr << created.status().to_string() << "\n";
      std::exit(1);
    }
    return std::move(created).value();
  }();
  return engine;
}

void recover(benchmark::State& state, const std::string& input,
             banmian::InputFormat format = banmian::InputFormat::kText) {
  const banmian::Engine& e = engine();
  for (auto _ : state) {
    auto tree = e.recover_text(input, format);
    if (!tree.ok()) {
      state.SkipWithError(tree.status().to_string().c_str());
      break;
    }
    benchmark::DoNotOptimize(tree);
  }
  state.counters["bytes_per_second"] = benchmark::Counter(
      static_cast<double>(input.size()) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
  state.counters["input_bytes"] = static_cast<double>(input.size());
}

void BM_RecoverExamplePage(benchmark::State& state) { recover(state, example_page()); }
BENCHMARK(BM_RecoverExamplePage)->Unit(benchmark::kMillisecond);

void BM_RecoverSyntheticPage(benchmark::State& state) {
  const std::string input = synthetic_page(static_cast<int>(state.range(0)));
  recover(state, input);
}
BENCHMARK(BM_RecoverSyntheticPage)->Arg(8)->Arg(32)->Unit(benchmark::kMillisecond);

// `blocks` blocks of one character each, drawn from punctuation and particles
// (every block ends mid-sentence and could continue any other).
std::string one_character_blocks(int blocks) {
  static const char* const kPieces[] = {"的", "了", "是", "，", "。", "“", "”", "（", "）", "a", "1"};
  std::uint32_t state = 12345;
  std::string result;
  for (int i = 0; i < blocks; ++i) {
    state = state * 1664525u + 1013904223u;
    result += kPieces[(state >> 16) % (sizeof kPieces / sizeof kPieces[0])];
    result += "\n\n";
  }
  return result;
}

void BM_RecoverOneCharacterBlocks(benchmark::State& state) {
  const std::string input = one_character_blocks(static_cast<int>(state.range(0)));
  recover(state, input);
}
BENCHMARK(BM_RecoverOneCharacterBlocks)->Arg(5000)->Arg(20000)->Unit(benchmark::kMillisecond);

// One block of `lines` short lines with no punctuation, the shape of a
// headline wrapped line by line: every line may merge into the one above.
std::string one_block_of_short_lines(int lines) {
  static const char* const kWords[] = {"产业", "创新", "联盟", "发展", "城市", "项目", "科技", "服务"};
  std::uint32_t state = 777;
  std::string result;
  for (int i = 0; i < lines; ++i) {
    for (int w = 0; w < 4; ++w) {
      state = state * 1664525u + 1013904223u;
      result += kWords[(state >> 16) % (sizeof kWords / sizeof kWords[0])];
    }
    result += '\n';
  }
  return result;
}

void BM_RecoverOneBlockOfShortLines(benchmark::State& state) {
  const std::string input = one_block_of_short_lines(static_cast<int>(state.range(0)));
  recover(state, input);
}
BENCHMARK(BM_RecoverOneBlockOfShortLines)->Arg(2000)->Arg(8000)->Unit(benchmark::kMillisecond);

// blocks-json of `blocks` short clauses in boxes at pseudo-random places on a
// tall page, overlapping one another.
std::string strewn_boxes(int blocks) {
  std::uint32_t state = 54321;
  auto next = [&state](double range) {
    state = state * 1664525u + 1013904223u;
    return static_cast<double>(state >> 8) / static_cast<double>(1u << 24) * range;
  };
  const double height = 2.5 * blocks;
  std::string result = "{\"page\": {\"width\": 1000, \"height\": " + std::to_string(height) + "}, \"blocks\": [";
  for (int i = 0; i < blocks; ++i) {
    const double x = next(900), y = next(height);
    if (i > 0) result += ", ";
    result += "{\"text\": \"随机文字" + std::to_string(i) + "，\", \"bbox\": [" + std::to_string(x) + ", " +
              std::to_string(y) + ", " + std::to_string(x + 1 + next(300)) + ", " + std::to_string(y + 1 + next(50)) +
              "]}";
  }
  return result + "]}";
}

void BM_RecoverStrewnBoxes(benchmark::State& state) {
  recover(state, strewn_boxes(static_cast<int>(state.range(0))), banmian::InputFormat::kBlocksJson);
}
BENCHMARK(BM_RecoverStrewnBoxes)->Arg(2500)->Arg(10000)->Unit(benchmark::kMillisecond);

// A const Engine is shared by threads; throughput should grow with them.
void BM_RecoverExamplePageThreads(benchmark::State& state) { recover(state, example_page()); }
BENCHMARK(BM_RecoverExamplePageThreads)->Threads(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
