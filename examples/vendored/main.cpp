// Recovers a page with a vendored banmian and prints the headlines found.
//
//   banmian_example_vendored page.txt
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

  auto engine = banmian::Engine::create();
  if (!engine.ok()) {
    std::cerr << engine.status().to_string() << "\n";
    return 1;
  }
  auto tree = engine->recover_text(content.str());
  if (!tree.ok()) {
    std::cerr << argv[1] << ": " << tree.status().to_string() << "\n";
    return 1;
  }
  for (const banmian::Article& article : tree->articles) {
    std::cout << article.id << "\t" << article.headline.title << "\n";
  }
  std::cout << tree->articles.size() << " articles\n";
  return 0;
}
