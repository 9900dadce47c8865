// Throughput of Engine::recover_text in input bytes per second, on the
// example page and on a synthetic large page built from it (many articles,
// column breaks, duplicates), so that costs that grow faster than the input
// show up.

#include <benchmark/benchmark.h>

#include <banmian/banmian.hpp>

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

void recover(benchmark::State& state, const std::string& input) {
  const banmian::Engine& e = engine();
  for (auto _ : state) {
    auto tree = e.recover_text(input, banmian::InputFormat::kText);
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

// A const Engine is shared by threads; throughput should grow with them.
void BM_RecoverExamplePageThreads(benchmark::State& state) { recover(state, example_page()); }
BENCHMARK(BM_RecoverExamplePageThreads)->Threads(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
