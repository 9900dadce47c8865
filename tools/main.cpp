// banmian: the command-line program. A thin main over the library: parse the
// arguments, build one Engine, read each input, recover its pages, write the
// trees. Files are processed by a small pool of threads sharing the const
// Engine; results are printed in input order.
#include <banmian/banmian.hpp>

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cli_args.hpp"

namespace fs = std::filesystem;
using namespace banmian;

namespace {

// One rendered page.
struct Document {
  std::string label;   // "page.txt" or "page.pdf (page 2)"
  std::string output;  // the rendering, when printed to stdout
  std::string repairs; // explain() text
  std::size_t repair_count = 0;
};

// What became of one input file.
struct FileResult {
  std::vector<Document> documents;
  std::optional<Status> error;
};

std::string display_name(const std::string& file) { return file == "-" ? "(stdin)" : file; }

Result<std::string> read_all(const std::string& file, std::size_t limit) {
  std::string content;
  if (file == "-") {
    char buffer[65536];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) {
      content.append(buffer, n);
      if (content.size() > limit) break;  // the reader reports kTooLarge
    }
    if (std::ferror(stdin)) return Status(StatusCode::kIoError, "cannot read standard input");
    return content;
  }
  std::error_code ec;
  if (fs::is_directory(file, ec)) return Status(StatusCode::kIoError, "is a directory");
  auto size = fs::file_size(file, ec);
  if (!ec && size > limit) {
    return Status(StatusCode::kTooLarge, "file is " + std::to_string(size) +
                                             " bytes; the limit (max_input_bytes) is " +
                                             std::to_string(limit));
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status(StatusCode::kIoError, std::string("cannot open: ") + std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status(StatusCode::kIoError, "cannot read the file");
  return std::move(buffer).str();
}

bool file_starts_with_pdf(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  char head[5] = {};
  in.read(head, 5);
  return in.gcount() == 5 && std::string_view(head, 5) == "%PDF-";
}

std::string render(const ArticleTree& tree, const Page& page, cli::OutputFormat format,
                   bool pretty) {
  switch (format) {
    case cli::OutputFormat::kJson: return to_json(tree, pretty) + "\n";
    case cli::OutputFormat::kMarkdown: return to_markdown(tree);
    case cli::OutputFormat::kText: return to_text(tree);
    case cli::OutputFormat::kHtml: return to_html(tree, page);
  }
  return {};
}

std::string output_stem(const std::string& file) {
  if (file == "-") return "stdin";
  return fs::path(file).stem().string();
}

// Reads, recovers and renders one input; writes the files when -o is given.
FileResult process(const std::string& file, const cli::Args& args, const Engine& engine) {
  FileResult result;
  const Options& options = engine.options();
  Result<std::vector<Page>> pages = Status(StatusCode::kInternal, "not read");
  bool pdf_file = file != "-" && (args.input_format == InputFormat::kPdf ||
                                  (args.input_format == InputFormat::kAuto &&
                                   file_starts_with_pdf(file)));
  if (pdf_file) {
    pages = read_pdf(file, options);
  } else {
    Result<std::string> content = read_all(file, options.max_input_bytes);
    if (!content.ok()) {
      result.error = content.status();
      return result;
    }
    pages = read_pages(*content, args.input_format, options);
  }
  if (!pages.ok()) {
    result.error = pages.status();
    return result;
  }

  const std::string name = file == "-" ? "" : fs::path(file).filename().string();
  // JSON files and a single document on stdout are pretty-printed; several
  // documents on stdout are one compact object per line.
  const bool pretty = !args.out_dir.empty() || (args.files.size() == 1 && pages->size() == 1);
  for (std::size_t p = 0; p < pages->size(); ++p) {
    Page& page = (*pages)[p];
    page.name = name;
    Result<ArticleTree> tree = engine.recover(page);
    if (!tree.ok()) {
      result.error = tree.status();
      return result;
    }
    if (tree->source.name.empty()) tree->source.name = name;
    Document doc;
    doc.label = display_name(file) + (pages->size() > 1 ? " (page " + std::to_string(p + 1) + ")" : "");
    doc.output = render(*tree, page, args.output, pretty);
    doc.repair_count = tree->repairs.size();
    if (args.explain) doc.repairs = explain(*tree);
    if (!args.out_dir.empty()) {
      std::string base = output_stem(file) + (p > 0 ? "-p" + std::to_string(p + 1) : "");
      fs::path target = fs::path(args.out_dir) / (base + "." + cli::output_extension(args.output));
      std::ofstream out(target, std::ios::binary | std::ios::trunc);
      out << doc.output;
      out.close();
      if (!out) {
        result.error = Status(StatusCode::kIoError, "cannot write " + target.string());
        return result;
      }
      doc.output.clear();
    }
    result.documents.push_back(std::move(doc));
  }
  return result;
}

// A progress bar on standard error, drawn only when it is a terminal.
class Progress {
 public:
  Progress(std::size_t total, bool enabled) : total_(total), enabled_(enabled) {}
  void update(std::size_t done) {
    if (!enabled_) return;
    constexpr std::size_t kWidth = 30;
    std::size_t filled = total_ ? done * kWidth / total_ : kWidth;
    std::string bar(filled, '#');
    bar.resize(kWidth, '.');
    std::fprintf(stderr, "\r[%s] %zu/%zu files\033[K", bar.c_str(), done, total_);
    std::fflush(stderr);
  }
  void clear() {
    if (enabled_) std::fputs("\r\033[K", stderr);
  }

 private:
  std::size_t total_;
  bool enabled_;
};

void print_explain(const Document& doc, std::FILE* stream) {
  std::fprintf(stream, "%s: %zu repair%s\n", doc.label.c_str(), doc.repair_count,
               doc.repair_count == 1 ? "" : "s");
  std::string_view text = doc.repairs;
  while (!text.empty()) {
    auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    std::fprintf(stream, "  %.*s\n", static_cast<int>(line.size()), line.data());
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
}

int run(const cli::Args& args) {
  Options options;
  if (args.has_options) {
    Result<Options> parsed = options_from_json(args.options_json);
    if (!parsed.ok()) {
      std::fprintf(stderr, "banmian: %s\n", parsed.status().to_string().c_str());
      return 2;
    }
    options = *parsed;
  }
  Result<Engine> engine = Engine::create(options);
  if (!engine.ok()) {
    std::fprintf(stderr, "banmian: %s\n", engine.status().to_string().c_str());
    return 2;
  }
  if (!args.out_dir.empty()) {
    std::error_code ec;
    fs::create_directories(args.out_dir, ec);
    if (ec || !fs::is_directory(args.out_dir)) {
      std::fprintf(stderr, "banmian: cannot create the directory %s\n", args.out_dir.c_str());
      return 2;
    }
  }

  const std::size_t n = args.files.size();
  const bool to_stdout = args.out_dir.empty();
  std::vector<std::optional<FileResult>> results(n);
  std::size_t done = 0;
  std::mutex mutex;
  std::condition_variable ready;
  std::atomic<std::size_t> next{0};

  auto worker = [&]() {
    for (std::size_t i; (i = next.fetch_add(1)) < n;) {
      FileResult r;
      try {
        r = process(args.files[i], args, *engine);
      } catch (const std::exception& e) {
        r.error = Status(StatusCode::kInternal, e.what());
      }
      std::lock_guard<std::mutex> lock(mutex);
      results[i] = std::move(r);
      ++done;
      ready.notify_one();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < std::min<std::size_t>(args.jobs, n); ++t) pool.emplace_back(worker);

  Progress progress(n, n > 1 && ::isatty(STDERR_FILENO));
  std::FILE* explain_stream = to_stdout ? stderr : stdout;
  int failed = 0;
  std::size_t documents_printed = 0;
  for (std::size_t i = 0; i < n; ++i) {
    FileResult r;
    {
      std::unique_lock<std::mutex> lock(mutex);
      ready.wait(lock, [&] {
        progress.update(done);
        return results[i].has_value();
      });
      r = std::move(*results[i]);
      results[i].reset();
    }
    progress.clear();
    if (r.error) {
      ++failed;
      std::fprintf(stderr, "banmian: %s: %s\n", display_name(args.files[i]).c_str(),
                   r.error->to_string().c_str());
    }
    const bool several = n > 1 || r.documents.size() > 1;
    for (Document& doc : r.documents) {
      if (to_stdout) {
        if (args.output == cli::OutputFormat::kJson) {
          std::fwrite(doc.output.data(), 1, doc.output.size(), stdout);
        } else {
          if (several) {
            if (args.output == cli::OutputFormat::kText) {
              std::fprintf(stdout, "%s==> %s <==\n", documents_printed ? "\n" : "", doc.label.c_str());
            } else {
              std::fprintf(stdout, "%s<!-- banmian: %s -->\n", documents_printed ? "\n" : "",
                           doc.label.c_str());
            }
          }
          std::fwrite(doc.output.data(), 1, doc.output.size(), stdout);
        }
        ++documents_printed;
      }
      if (args.explain) print_explain(doc, explain_stream);
    }
    std::fflush(stdout);
  }
  progress.clear();
  for (std::thread& t : pool) t.join();
  return failed ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> arguments(argv + 1, argv + argc);
  auto parsed = cli::parse_args(arguments);
  if (auto* message = std::get_if<std::string>(&parsed)) {
    std::fprintf(stderr, "banmian: %s\nTry 'banmian --help'.\n", message->c_str());
    return 2;
  }
  const cli::Args& args = std::get<cli::Args>(parsed);
  if (args.help) {
    std::fputs(cli::usage().c_str(), stdout);
    return 0;
  }
  if (args.version) {
    std::printf("banmian %s\n", BANMIAN_VERSION_STRING);
    return 0;
  }
  return run(args);
}
