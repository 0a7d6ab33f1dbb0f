#include "server/domain/tools/exec/process_sessions.hpp"

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <random>
#include <utility>

#include "server/platform/child_process.hpp"

namespace gateway::domain::tools {
namespace {

std::int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Drops whole UTF-8 sequences from the front so that `text` keeps its last `cap` bytes or fewer.
void KeepTail(std::string& text, std::size_t cap) {
  if (text.size() <= cap) return;
  std::size_t cut = text.size() - cap;
  while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
  text.erase(0, cut);
}

constexpr const char* kAdjectives[] = {"amber",  "brisk",  "calm",  "dusty", "eager", "fuzzy",
                                       "gentle", "hazy",   "icy",   "jolly", "keen",  "lucky",
                                       "mellow", "nimble", "odd",   "plain", "quiet", "rapid",
                                       "sunny",  "tidy",   "urban", "vivid", "warm",  "young"};
constexpr const char* kNouns[] = {"badger", "cedar",  "dune",    "ember",  "falcon", "grove",
                                  "harbor", "iris",   "juniper", "kelp",   "lagoon", "meadow",
                                  "nebula", "otter",  "pebble",  "quartz", "river",  "summit",
                                  "tundra", "valley", "willow",  "yarrow", "zephyr", "canyon"};

}  // namespace

std::size_t MaxOutputCharsFromEnv() {
  const char* raw = std::getenv("OPENCLAW_BASH_MAX_OUTPUT_CHARS");
  if (!raw || !*raw) return kDefaultMaxOutputChars;
  char* end = nullptr;
  const long long value = std::strtoll(raw, &end, 10);
  if (!end || *end != '\0') return kDefaultMaxOutputChars;
  return static_cast<std::size_t>(std::clamp<long long>(value, 1000, 200000));
}

ProcessSession::~ProcessSession() {
  {
    std::lock_guard lock(mutex_);
    if (state_.status == ProcessStatus::kRunning) platform::KillProcessGroup(pid_);
  }
  if (watcher_.joinable()) watcher_.join();
  if (output_fd_ >= 0) ::close(output_fd_);
  if (stdin_fd_ >= 0) ::close(stdin_fd_);
}

bool ProcessSession::WaitExit(std::chrono::steady_clock::time_point deadline) {
  std::unique_lock lock(mutex_);
  return exited_cv_.wait_until(lock, deadline,
                               [&] { return state_.status != ProcessStatus::kRunning; });
}

void ProcessSession::Kill() {
  std::lock_guard lock(mutex_);
  if (state_.status != ProcessStatus::kRunning) return;
  state_.killed = true;
  platform::KillProcessGroup(pid_);
}

ProcessSession::Snapshot ProcessSession::Get() const {
  std::lock_guard lock(mutex_);
  Snapshot copy = state_;
  if (discarded_) copy.output = std::string(kDiscardedNotice) + copy.output;
  return copy;
}

std::string ProcessSession::TakePending() {
  std::lock_guard lock(mutex_);
  return std::exchange(pending_, {});
}

void ProcessSession::MarkBackgrounded() {
  std::lock_guard lock(mutex_);
  state_.backgrounded = true;
}

bool ProcessSession::Write(const std::string& data, bool close_after) {
  std::lock_guard lock(mutex_);
  if (stdin_fd_ < 0) return false;
  std::size_t written = 0;
  while (written < data.size()) {
    const ssize_t n = ::write(stdin_fd_, data.data() + written, data.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    written += static_cast<std::size_t>(n);
  }
  if (close_after) {
    ::close(stdin_fd_);
    stdin_fd_ = -1;
  }
  return true;
}

void ProcessSession::Append(const char* data, std::size_t size, std::size_t cap) {
  std::lock_guard lock(mutex_);
  state_.output.append(data, size);
  if (state_.output.size() > cap) {
    KeepTail(state_.output, cap);
    discarded_ = true;
  }
  pending_.append(data, size);
  KeepTail(pending_, kPendingMaxOutputChars);
}

void ProcessSession::Watch(std::int64_t timeout_seconds, std::size_t cap) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = timeout_seconds > 0 ? Clock::now() + std::chrono::seconds(timeout_seconds)
                                            : Clock::time_point::max();
  std::optional<platform::ChildExit> exit;
  bool eof = false;
  bool timed_out = false;
  char buffer[16384];
  while (true) {
    if (!eof) {
      pollfd fd{output_fd_, POLLIN, 0};
      ::poll(&fd, 1, exit ? 0 : 50);
      while (true) {
        const ssize_t n = ::read(output_fd_, buffer, sizeof buffer);
        if (n > 0) {
          Append(buffer, static_cast<std::size_t>(n), cap);
          continue;
        }
        if (n == 0) eof = true;
        if (n < 0 && errno == EINTR) continue;
        break;
      }
    }
    // A command that left a background child holding the pipe ends with its shell.
    if (exit) break;
    exit = platform::TryReap(pid_);
    if (exit) continue;  // one last drain
    if (eof) {
      exit = platform::Reap(pid_);
      break;
    }
    if (!timed_out && Clock::now() >= deadline) {
      timed_out = true;
      platform::KillProcessGroup(pid_);
    }
  }
  std::lock_guard lock(mutex_);
  state_.exit_code = exit->code;
  state_.exit_signal = exit->signal;
  state_.timed_out = timed_out;
  state_.ended_ms = NowMs();
  state_.status = (exit->code && *exit->code == 0 && !timed_out) ? ProcessStatus::kCompleted
                                                                 : ProcessStatus::kFailed;
  if (stdin_fd_ >= 0) {
    ::close(stdin_fd_);
    stdin_fd_ = -1;
  }
  exited_cv_.notify_all();
}

ProcessSessions::ProcessSessions(std::size_t max_output_chars, std::int64_t cleanup_ms)
    : max_output_chars_(max_output_chars), cleanup_ms_(cleanup_ms) {}

ProcessSessions::~ProcessSessions() {
  std::map<std::string, std::shared_ptr<ProcessSession>> sessions;
  {
    std::lock_guard lock(mutex_);
    sessions.swap(sessions_);
  }
  for (auto& [id, session] : sessions) session->Kill();
}

std::string ProcessSessions::NewId() {
  thread_local std::mt19937 random{std::random_device{}()};
  std::uniform_int_distribution<std::size_t> adjective(0, std::size(kAdjectives) - 1);
  std::uniform_int_distribution<std::size_t> noun(0, std::size(kNouns) - 1);
  std::string base = std::string(kAdjectives[adjective(random)]) + "-" + kNouns[noun(random)];
  std::string id = base;
  for (int n = 2; sessions_.count(id); ++n) id = base + "-" + std::to_string(n);
  return id;
}

std::shared_ptr<ProcessSession> ProcessSessions::Start(ProcessStart start) {
  Prune();
  const auto child = platform::SpawnShell({start.command, start.cwd, start.env});
  auto session = std::shared_ptr<ProcessSession>(new ProcessSession());
  session->owner_ = std::move(start.owner);
  session->command_ = std::move(start.command);
  session->cwd_ = std::move(start.cwd);
  session->pid_ = child.pid;
  session->output_fd_ = child.output_fd;
  session->stdin_fd_ = child.stdin_fd;
  session->started_ms_ = NowMs();
  {
    std::lock_guard lock(mutex_);
    session->id_ = NewId();
    sessions_[session->id_] = session;
  }
  session->watcher_ = std::thread([raw = session.get(), timeout = start.timeout_seconds,
                                   cap = max_output_chars_] { raw->Watch(timeout, cap); });
  return session;
}

std::shared_ptr<ProcessSession> ProcessSessions::Find(const std::string& owner,
                                                      const std::string& id) {
  Prune();
  std::lock_guard lock(mutex_);
  auto it = sessions_.find(id);
  if (it == sessions_.end() || it->second->owner() != owner) return nullptr;
  return it->second;
}

std::vector<std::shared_ptr<ProcessSession>> ProcessSessions::List(const std::string& owner) {
  Prune();
  std::vector<std::shared_ptr<ProcessSession>> out;
  std::lock_guard lock(mutex_);
  for (const auto& [id, session] : sessions_) {
    if (session->owner() == owner) out.push_back(session);
  }
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a->started_ms() < b->started_ms(); });
  return out;
}

void ProcessSessions::Remove(const std::string& id) {
  std::shared_ptr<ProcessSession> removed;
  {
    std::lock_guard lock(mutex_);
    auto it = sessions_.find(id);
    if (it == sessions_.end()) return;
    removed = std::move(it->second);
    sessions_.erase(it);
  }
  removed->Kill();
}

void ProcessSessions::Prune() {
  const std::int64_t now = NowMs();
  std::vector<std::shared_ptr<ProcessSession>> expired;
  std::lock_guard lock(mutex_);
  for (auto it = sessions_.begin(); it != sessions_.end();) {
    const auto snapshot = it->second->Get();
    if (snapshot.status != ProcessStatus::kRunning && now - snapshot.ended_ms > cleanup_ms_) {
      expired.push_back(std::move(it->second));
      it = sessions_.erase(it);
    } else {
      ++it;
    }
  }
}

}  // namespace gateway::domain::tools
