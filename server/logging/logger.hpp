// The gateway log: a JSONL file (tailed by `logs.tail`) plus a console sink (config.md §10).
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gateway::logging {

class Redactor;

enum class Level { kTrace, kDebug, kInfo, kWarn, kError, kFatal, kSilent };

// "trace" … "fatal", "silent" (any case).
std::optional<Level> ParseLevel(std::string_view name);
std::string_view ToString(Level level);

// Appends `text` with control characters (other than newline and tab) shown as \xNN: log text is
// untrusted (chat content, peer errors) and must not drive the terminal it is printed on.
void AppendForTerminal(std::string& out, std::string_view text);

enum class ConsoleStyle { kPretty, kJson };

// "pretty", "json", and the retired "compact" (which now means pretty).
std::optional<ConsoleStyle> ParseConsoleStyle(std::string_view name);

using Clock = std::function<std::chrono::system_clock::time_point()>;

struct LogSettings {
  std::string file;                           // logging.file; "" = the default daily file
  std::string profile;                        // named profile -> openclaw-<profile>-YYYY-MM-DD.log
  std::string default_dir = "/tmp/openclaw";  // overridable for tests
  std::string tmp_dir;                        // fallback root; "" = $TMPDIR, else /tmp
  Level file_level = Level::kInfo;            // logging.level
  Level console_level = Level::kInfo;         // logging.consoleLevel
  ConsoleStyle console_style = ConsoleStyle::kPretty;
  bool verbose = false;                      // console shows debug; the file level is unchanged
  bool color = false;                        // ANSI colours on the pretty console
  std::int64_t max_file_bytes = 104857600;   // <= 0 disables rotation
  std::vector<std::string> redact_patterns;  // replace the built-in patterns when non-empty
  std::FILE* console = stdout;               // nullptr = no console
  Clock clock;                               // empty = the system clock
};

// Thread-safe. Every message is redacted before it reaches any sink, and each sink filters by its
// own level. Nothing here throws: file problems are reported once on stderr and logging goes on.
class Logger {
 public:
  explicit Logger(LogSettings settings);
  ~Logger();
  Logger(const Logger&) = delete;
  Logger& operator=(const Logger&) = delete;

  // Hot-applies levels, console settings, maxFileBytes, redaction patterns and the file location
  // (a new location takes effect with the next line).
  void Reconfigure(LogSettings settings);

  void Log(Level level, std::string_view subsystem, std::string_view message) noexcept;
  void Trace(std::string_view subsystem, std::string_view message) noexcept;
  void Debug(std::string_view subsystem, std::string_view message) noexcept;
  void Info(std::string_view subsystem, std::string_view message) noexcept;
  void Warn(std::string_view subsystem, std::string_view message) noexcept;
  void Error(std::string_view subsystem, std::string_view message) noexcept;
  void Fatal(std::string_view subsystem, std::string_view message) noexcept;

  // True if some sink would write a message of this level (to skip building costly messages).
  // Lock-free: cheap enough for every request.
  bool IsEnabled(Level level) const;

  // Exact strings (resolved tokens, passwords, API keys) masked in every later message. Strings
  // shorter than 4 characters are ignored.
  void AddSecret(std::string secret);

  // The file the next line goes to (for logs.tail); it may not exist yet. "" when no safe
  // directory could be found for the default file.
  std::string CurrentFilePath() const;

 private:
  struct LocalTime;

  static LocalTime ToLocalTime(std::chrono::system_clock::time_point point);
  std::chrono::system_clock::time_point Now() const;
  bool WantsFile(Level level) const;
  bool WantsConsole(Level level) const;
  void UpdateLowestLevel();  // under mutex_
  std::string TargetPath(const LocalTime& time) const;
  bool EnsureFile(const LocalTime& time);
  void OpenFile(const std::string& path, const std::string& date);
  void CloseFile();
  void RotateFile();
  void WriteFile(std::string_view line, const LocalTime& time);
  void WriteConsole(Level level, std::string_view subsystem, std::string_view message,
                    std::string_view json_line, const LocalTime& time);
  void ReportOnce(bool& reported, const std::string& what);
  void WarnInvalidPatterns(const Redactor& redactor);

  mutable std::mutex mutex_;
  LogSettings settings_;
  std::shared_ptr<Redactor> redactor_;

  int fd_ = -1;
  std::string path_;  // of fd_
  std::string date_;  // local date of the open default file; "" for an explicit logging.file
  std::int64_t file_size_ = 0;
  bool file_is_regular_ = false;
  bool line_unterminated_ = false;  // a failed write left part of a line in the file

  bool open_error_reported_ = false;
  bool write_error_reported_ = false;
  std::atomic<bool> internal_error_reported_ = false;
  // The lowest level some sink writes (kSilent: none), for IsEnabled without the lock.
  std::atomic<Level> lowest_level_ = Level::kSilent;
};

}  // namespace gateway::logging
