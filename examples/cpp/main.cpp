// Recovers the articles of a newspaper page and prints them as Markdown.
//
//   banmian_example_cpp page.txt
#include <banmian/banmian.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: " << argv[0] << " PAGE\n";
    return 2;
  }
  std::ifstream file(argv[1], std::ios::binary);
  if (!file) {
    std::cerr << argv[1] << ": cannot open\n";
    return 1;
  }
  std::ostringstream content;
  content << file.rdbuf();

  banmian::Options options;  // every field has a sensible default
  auto engine = banmian::Engine::create(options);
  if (!engine.ok()) {
    std::cerr << engine.status().to_string() << "\n";
    return 1;
  }
  auto tree = engine->recover_text(content.str(), banmian::InputFormat::kAuto, argv[1]);
  if (!tree.ok()) {
    std::cerr << argv[1] << ": " << tree.status().to_string() << "\n";
    return 1;
  }
  std::cout << banmian::to_markdown(*tree);
  return 0;
}
