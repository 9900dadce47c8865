// Argument parsing for the banmian program: options may come before, between
// or after the files; "--" ends the options; "--name=value" and "--name value"
// are the same.
#include "cli_args.hpp"

#include <nlohmann/json.hpp>

#include <charconv>
#include <thread>

namespace banmian::cli {
namespace {

std::optional<OutputFormat> parse_output(std::string_view name) {
  if (name == "json") return OutputFormat::kJson;
  if (name == "markdown" || name == "md") return OutputFormat::kMarkdown;
  if (name == "text" || name == "txt") return OutputFormat::kText;
  if (name == "html") return OutputFormat::kHtml;
  return std::nullopt;
}

}  // namespace

const char* output_extension(OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson: return "json";
    case OutputFormat::kMarkdown: return "md";
    case OutputFormat::kText: return "txt";
    case OutputFormat::kHtml: return "html";
  }
  return "json";
}

std::string usage() {
  return R"(Usage: banmian [OPTIONS] FILE...

Recovers the articles of Chinese newspaper pages from broken PDF/OCR text.
FILE may be '-' for standard input.

Options:
  --input-format FMT   auto (default: sniffed from the content), text,
                       blocks-json, pdftotext-bbox (the XHTML of
                       `pdftotext -bbox-layout`) or pdf (read through pdftotext)
  --output FMT         json (default), markdown, text or html (the explain view)
  -o DIR               write DIR/NAME.EXT for each input, NAME being the file
                       name without its last extension (page.txt -> DIR/page.json);
                       pages after the first of a multi-page input go to
                       NAME-p2.EXT, NAME-p3.EXT, ...
  -j N                 process N files in parallel (0: one per core; default 1)
  --explain            print the repair log in words: to standard error when
                       the output goes to standard output, else to standard output
  --option KEY=VALUE   set an engine option (repeatable); VALUE is read as JSON
                       when it parses (0.5, true), else as a string
  --options-json JSON  set engine options from a JSON object; --option wins
  -h, --help           print this help and exit
  --version            print the version and exit

Without -o, one input prints its tree to standard output; several inputs (or
pages) print one compact JSON object per line, or for the other outputs each
document after a header line ("==> NAME <==" for text, "<!-- banmian: NAME -->"
for markdown and html).

Options (see banmian.hpp): max_input_bytes, max_blocks, fold_width,
map_radicals, join_continuations, remove_duplicates, attach_captions,
join_threshold, duplicate_threshold, lexicon_path, pdftotext_path,
punctuated_intertitles.

Exit status: 0 when every input succeeded, 1 when some failed (one line per
failed input on standard error; the others are still written), 2 for usage
errors.
)";
}

std::variant<Args, std::string> parse_args(const std::vector<std::string>& argv) {
  Args args;
  nlohmann::json options = nlohmann::json::object();
  bool options_done = false;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    std::string arg = argv[i];
    if (options_done || arg == "-" || arg.empty() || arg[0] != '-') {
      args.files.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    std::string name = arg, value;
    bool has_value = false;
    if (arg.rfind("--", 0) == 0) {
      if (auto eq = arg.find('='); eq != std::string::npos) {
        name = arg.substr(0, eq);
        value = arg.substr(eq + 1);
        has_value = true;
      }
    } else if (arg.size() > 2 && (arg.rfind("-o", 0) == 0 || arg.rfind("-j", 0) == 0)) {
      name = arg.substr(0, 2);  // -oDIR, -j4
      value = arg.substr(2);
      has_value = true;
    }
    auto take_value = [&]() -> bool {
      if (has_value) return true;
      if (i + 1 >= argv.size()) return false;
      value = argv[++i];
      return true;
    };
    auto flag = [&]() -> std::optional<std::string> {
      if (has_value) return "option " + name + " takes no value";
      return std::nullopt;
    };

    if (name == "-h" || name == "--help") {
      if (auto e = flag()) return *e;
      args.help = true;
    } else if (name == "--version") {
      if (auto e = flag()) return *e;
      args.version = true;
    } else if (name == "--explain") {
      if (auto e = flag()) return *e;
      args.explain = true;
    } else if (name == "--input-format") {
      if (!take_value()) return "option --input-format needs a value";
      auto format = parse_input_format(value);
      if (!format) return "unknown input format '" + value + "'";
      args.input_format = *format;
    } else if (name == "--output") {
      if (!take_value()) return "option --output needs a value";
      auto output = parse_output(value);
      if (!output) return "unknown output format '" + value + "'";
      args.output = *output;
    } else if (name == "-o") {
      if (!take_value() || value.empty()) return "option -o needs a directory";
      args.out_dir = value;
    } else if (name == "-j") {
      if (!take_value()) return "option -j needs a number";
      unsigned jobs = 0;
      auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), jobs);
      if (ec != std::errc() || end != value.data() + value.size() || jobs > 1024) {
        return "option -j needs a number from 0 to 1024, not '" + value + "'";
      }
      args.jobs = jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : jobs;
    } else if (name == "--option") {
      if (!take_value()) return "option --option needs KEY=VALUE";
      auto eq = value.find('=');
      if (eq == std::string::npos || eq == 0) return "option --option needs KEY=VALUE, not '" + value + "'";
      std::string key = value.substr(0, eq), text = value.substr(eq + 1);
      nlohmann::json parsed = nlohmann::json::parse(text, nullptr, false);
      options[key] = parsed.is_discarded() || parsed.is_structured() ? nlohmann::json(text) : parsed;
      args.has_options = true;
    } else if (name == "--options-json") {
      if (!take_value()) return "option --options-json needs a JSON object";
      nlohmann::json parsed = nlohmann::json::parse(value, nullptr, false);
      if (parsed.is_discarded() || !parsed.is_object()) {
        return "option --options-json needs a JSON object, not '" + value + "'";
      }
      // Earlier --option values win over a later --options-json as well.
      for (auto it = parsed.begin(); it != parsed.end(); ++it) {
        if (!options.contains(it.key())) options[it.key()] = it.value();
      }
      args.has_options = true;
    } else {
      return "unknown option '" + arg + "'";
    }
  }
  args.options_json = options.dump();
  if (!args.help && !args.version && args.files.empty()) return "no input files";
  return args;
}

}  // namespace banmian::cli
