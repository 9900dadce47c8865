// Command-line arguments of the banmian program.
#pragma once

#include <banmian/banmian.hpp>

#include <string>
#include <variant>
#include <vector>

namespace banmian::cli {

enum class OutputFormat { kJson, kMarkdown, kText, kHtml };

struct Args {
  std::vector<std::string> files;  // "-" is stdin
  InputFormat input_format = InputFormat::kAuto;
  OutputFormat output = OutputFormat::kJson;
  std::string out_dir;             // "" prints to stdout
  unsigned jobs = 1;
  bool explain = false;
  bool help = false;
  bool version = false;
  bool has_options = false;
  std::string options_json;        // the merged --options-json and --option values
};

// Parses the arguments after argv[0]; returns a message on a usage error.
std::variant<Args, std::string> parse_args(const std::vector<std::string>& argv);

// Returns the --help text.
std::string usage();

// Returns the file extension of an output format ("json", "md", "txt", "html").
const char* output_extension(OutputFormat format);

}  // namespace banmian::cli
