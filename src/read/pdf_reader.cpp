// The PDF reader runs `pdftotext -bbox-layout FILE -` as a child process
// (posix_spawnp with pipes, no shell) and reads its XHTML. banmian never links
// poppler; pdftotext is an ordinary program found on PATH or at
// Options::pdftotext_path.
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <string>
#include <vector>

#include "read/readers.hpp"

extern char** environ;

namespace banmian {
namespace {

constexpr std::size_t kStderrKeep = 4096;

// Closes a file descriptor on scope exit.
class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }
  int get() const { return fd_; }
  void reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_;
};

std::string first_lines(std::string s, std::size_t max_bytes) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
  if (s.size() > max_bytes) {
    s.resize(max_bytes);
    s += "...";
  }
  for (char& c : s) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

}  // namespace

Result<std::vector<Page>> read_pdf(const std::string& path, const Options& options) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) {
    return Status(StatusCode::kIoError, "cannot open " + path + ": " + std::strerror(errno));
  }
  std::string program = options.pdftotext_path.empty() ? std::string("pdftotext")
                                                              : options.pdftotext_path;
  // A file name starting with '-' would be taken for an option.
  std::string file = !path.empty() && path[0] == '-' ? "./" + path : path;

  int out_pipe[2], err_pipe[2];
  if (::pipe2(out_pipe, O_CLOEXEC) != 0) {
    return Status(StatusCode::kIoError, std::string("pipe: ") + std::strerror(errno));
  }
  Fd out_read(out_pipe[0]), out_write(out_pipe[1]);
  if (::pipe2(err_pipe, O_CLOEXEC) != 0) {
    return Status(StatusCode::kIoError, std::string("pipe: ") + std::strerror(errno));
  }
  Fd err_read(err_pipe[0]), err_write(err_pipe[1]);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out_write.get(), 1);
  posix_spawn_file_actions_adddup2(&actions, err_write.get(), 2);

  std::vector<std::string> args = {program, "-bbox-layout", "-enc", "UTF-8", file, "-"};
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);

  pid_t pid = 0;
  int spawn_error = ::posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  out_write.reset();
  err_write.reset();
  if (spawn_error == ENOENT) {
    return Status(StatusCode::kUnavailable,
                  program + " not found; install poppler-utils (or set pdftotext_path)");
  }
  if (spawn_error != 0) {
    return Status(StatusCode::kUnavailable,
                  "cannot run " + program + ": " + std::strerror(spawn_error));
  }

  std::string output, errors;
  bool too_large = false;
  pollfd fds[2] = {{out_read.get(), POLLIN, 0}, {err_read.get(), POLLIN, 0}};
  char buffer[65536];
  while (fds[0].fd >= 0 || fds[1].fd >= 0) {
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        fds[i].fd = -1;
        continue;
      }
      if (i == 0) {
        if (output.size() + static_cast<std::size_t>(n) > options.max_input_bytes) {
          too_large = true;
          fds[0].fd = fds[1].fd = -1;
          ::kill(pid, SIGKILL);
          break;
        }
        output.append(buffer, static_cast<std::size_t>(n));
      } else if (errors.size() < kStderrKeep) {
        errors.append(buffer, static_cast<std::size_t>(n));
      }
    }
  }
  out_read.reset();
  err_read.reset();

  int wait_status = 0;
  while (::waitpid(pid, &wait_status, 0) < 0) {
    if (errno != EINTR) {
      return Status(StatusCode::kIoError, std::string("waitpid: ") + std::strerror(errno));
    }
  }
  if (too_large) {
    return Status(StatusCode::kTooLarge, "the output of " + program + " on " + path +
                                             " exceeds max_input_bytes (" +
                                             std::to_string(options.max_input_bytes) + ")");
  }
  if (!WIFEXITED(wait_status) || WEXITSTATUS(wait_status) != 0) {
    std::string how = WIFEXITED(wait_status)
                          ? "exit " + std::to_string(WEXITSTATUS(wait_status))
                          : "signal " + std::to_string(WTERMSIG(wait_status));
    // posix_spawnp reports a missing program as a child that exits 127.
    if (WIFEXITED(wait_status) && WEXITSTATUS(wait_status) == 127 && output.empty() &&
        errors.empty()) {
      return Status(StatusCode::kUnavailable,
                    program + " not found; install poppler-utils (or set pdftotext_path)");
    }
    std::string message = program + " failed on " + path + " (" + how + ")";
    if (!errors.empty()) message += ": " + first_lines(errors, 300);
    return Status(StatusCode::kIoError, message);
  }

  Result<std::vector<Page>> pages = detail::read_pdftotext_bbox(output, options);
  if (!pages.ok()) {
    return Status(pages.status().code(),
                  "reading the output of " + program + ": " + pages.status().message());
  }
  std::string name = path.substr(path.find_last_of('/') == std::string::npos
                                     ? 0
                                     : path.find_last_of('/') + 1);
  for (Page& page : pages.value()) {
    page.format = InputFormat::kPdf;
    page.name = name;
  }
  return pages;
}

}  // namespace banmian
