// The exec tool's running and recently finished commands (methods.md §12.1 `exec` / `process`):
// each command runs in its own process group, one watcher thread per command drains its output
// into a capped buffer (the oldest output dropped past the retention cap), enforces the timeout
// by killing the group, and reaps it. Sessions belong to the agent session that started them;
// finished ones are kept for cleanupMs. Destruction kills every command still running.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace gateway::domain::tools {

// Retained output per command (OPENCLAW_BASH_MAX_OUTPUT_CHARS, clamped 1000–200000).
inline constexpr std::size_t kDefaultMaxOutputChars = 200000;
// What one poll returns at most (OPENCLAW_BASH_PENDING_MAX_OUTPUT_CHARS).
inline constexpr std::size_t kPendingMaxOutputChars = 30000;
inline constexpr std::int64_t kDefaultCleanupMs = 1800000;
inline constexpr std::string_view kDiscardedNotice =
    "[earlier output was discarded at the retention cap and cannot be recovered]\n\n";

struct ProcessStart {
  std::string owner;  // the agent session key
  std::string command;
  std::string cwd;
  std::map<std::string, std::string> env;
  std::int64_t timeout_seconds = 0;  // 0 = none
};

enum class ProcessStatus { kRunning, kCompleted, kFailed };

class ProcessSession {
 public:
  const std::string& id() const { return id_; }
  const std::string& owner() const { return owner_; }
  const std::string& command() const { return command_; }
  const std::string& cwd() const { return cwd_; }
  pid_t pid() const { return pid_; }
  std::int64_t started_ms() const { return started_ms_; }

  // Waits until the command ends or `deadline` passes; true when it ended.
  bool WaitExit(std::chrono::steady_clock::time_point deadline);
  bool WaitExit(std::chrono::milliseconds timeout) {
    return WaitExit(std::chrono::steady_clock::now() + timeout);
  }
  void Kill();  // the whole process group, at once

  struct Snapshot {
    ProcessStatus status = ProcessStatus::kRunning;
    std::optional<int> exit_code;
    std::optional<int> exit_signal;
    bool timed_out = false;
    bool killed = false;  // Kill() was called
    std::string output;   // retained output (with the discard notice when output was dropped)
    std::int64_t ended_ms = 0;
    bool backgrounded = false;
  };
  Snapshot Get() const;
  // Output since the last poll (at most kPendingMaxOutputChars, the newest kept).
  std::string TakePending();
  void MarkBackgrounded();
  // stdin; false when it is closed.
  bool Write(const std::string& data, bool close_after);

  ~ProcessSession();

 private:
  friend class ProcessSessions;
  ProcessSession() = default;
  void Watch(std::int64_t timeout_seconds, std::size_t cap);
  void Append(const char* data, std::size_t size, std::size_t cap);

  std::string id_, owner_, command_, cwd_;
  pid_t pid_ = -1;
  int output_fd_ = -1;
  int stdin_fd_ = -1;
  std::int64_t started_ms_ = 0;
  mutable std::mutex mutex_;
  std::condition_variable exited_cv_;
  Snapshot state_;
  bool discarded_ = false;
  std::string pending_;
  std::thread watcher_;
};

class ProcessSessions {
 public:
  explicit ProcessSessions(std::size_t max_output_chars = kDefaultMaxOutputChars,
                           std::int64_t cleanup_ms = kDefaultCleanupMs);
  ~ProcessSessions();  // kills every running command, joins the watchers
  ProcessSessions(const ProcessSessions&) = delete;
  ProcessSessions& operator=(const ProcessSessions&) = delete;

  // Throws std::system_error when the command cannot be started.
  std::shared_ptr<ProcessSession> Start(ProcessStart start);
  // Only the owner's sessions are visible.
  std::shared_ptr<ProcessSession> Find(const std::string& owner, const std::string& id);
  std::vector<std::shared_ptr<ProcessSession>> List(const std::string& owner);
  void Remove(const std::string& id);

 private:
  void Prune();
  std::string NewId();

  std::size_t max_output_chars_;
  std::int64_t cleanup_ms_;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<ProcessSession>> sessions_;
};

// The retention cap from OPENCLAW_BASH_MAX_OUTPUT_CHARS (default 200000, clamped 1000–200000).
std::size_t MaxOutputCharsFromEnv();

}  // namespace gateway::domain::tools
