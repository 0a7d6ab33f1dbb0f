#include "server/logging/logger.hpp"

#include <fcntl.h>
#include <re2/re2.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <system_error>

#include "server/logging/redact.hpp"
#include "server/platform/text.hpp"

namespace gateway::logging {

struct Logger::LocalTime {
  std::chrono::system_clock::time_point point;
  std::tm tm{};
  int millis = 0;
};

namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 7> kLevelNames = {"trace", "debug", "info",  "warn",
                                                         "error", "fatal", "silent"};
constexpr int kKeptRotations = 5;
constexpr auto kDatedFileMaxAge = std::chrono::hours(24);

bool Passes(Level threshold, Level level) {
  return threshold != Level::kSilent && level != Level::kSilent && level >= threshold;
}

std::string ErrnoText(int error) {
  return std::error_code(error, std::system_category()).message();
}

std::string FormatTime(const std::tm& tm, const char* format) {
  std::array<char, 64> buffer{};
  std::size_t size = std::strftime(buffer.data(), buffer.size(), format, &tm);
  return std::string(buffer.data(), size);
}

// 2026-11-23T08:15:02.123+01:00
std::string IsoTime(const std::tm& tm, int millis) {
  long offset_minutes = tm.tm_gmtoff / 60;
  char sign = offset_minutes < 0 ? '-' : '+';
  offset_minutes = std::labs(offset_minutes);
  std::array<char, 32> suffix{};
  std::snprintf(suffix.data(), suffix.size(), ".%03d%c%02ld:%02ld", millis, sign,
                offset_minutes / 60, offset_minutes % 60);
  return FormatTime(tm, "%Y-%m-%dT%H:%M:%S") + suffix.data();
}

std::string JsonLine(const std::string& time, Level level, std::string_view subsystem,
                     std::string_view message) {
  nlohmann::ordered_json record;
  record["time"] = time;
  record["level"] = ToString(level);
  record["subsystem"] = subsystem;
  record["message"] = message;
  return record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string_view LevelColor(Level level) {
  switch (level) {
    case Level::kTrace:
      return "\x1b[90m";
    case Level::kDebug:
      return "\x1b[36m";
    case Level::kInfo:
      return "\x1b[32m";
    case Level::kWarn:
      return "\x1b[33m";
    case Level::kError:
      return "\x1b[31m";
    case Level::kFatal:
      return "\x1b[1;31m";
    case Level::kSilent:
      break;
  }
  return "";
}

std::string PrettyLine(const std::tm& tm, Level level, std::string_view subsystem,
                       std::string_view message, bool color) {
  constexpr std::string_view kGray = "\x1b[90m";
  constexpr std::string_view kReset = "\x1b[0m";
  std::string out;
  out.reserve(message.size() + subsystem.size() + 40);
  if (color) out += kGray;
  out += FormatTime(tm, "%H:%M:%S");
  if (color) out += kReset;
  out += ' ';
  if (color) out += LevelColor(level);
  out += ToString(level);
  if (color) out += kReset;
  out += " [";
  out += subsystem;
  out += "] ";
  AppendForTerminal(out, message);
  out += '\n';
  return out;
}

// Creates each missing component of `dir` with mode 0700; existing ones are left alone.
void MakeDirs(const fs::path& dir) {
  fs::path partial;
  for (const fs::path& part : dir) {
    partial /= part;
    ::mkdir(partial.c_str(), 0700);
  }
}

// A directory other users cannot plant files or links in.
bool IsSafeDir(const std::string& dir) {
  struct stat st {};
  if (::lstat(dir.c_str(), &st) != 0) return false;
  return S_ISDIR(st.st_mode) && st.st_uid == ::geteuid() && (st.st_mode & (S_IWGRP | S_IWOTH)) == 0;
}

std::string FallbackDir(const LogSettings& settings) {
  std::string root = settings.tmp_dir;
  if (root.empty()) {
    const char* tmpdir = std::getenv("TMPDIR");
    root = tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp";
  }
  return (fs::path(root) / ("openclaw-" + std::to_string(::geteuid()))).string();
}

std::optional<std::string> ResolveLogDir(const LogSettings& settings) {
  for (const std::string& dir : {settings.default_dir, FallbackDir(settings)}) {
    MakeDirs(dir);
    if (IsSafeDir(dir)) return dir;
  }
  return std::nullopt;
}

std::string DailyFileName(const std::string& profile, const std::string& date) {
  return "openclaw-" + (profile.empty() ? "" : profile + "-") + date + ".log";
}

void PruneOldFiles(const fs::path& dir, const std::string& keep_name,
                   std::chrono::system_clock::time_point now) {
  static const re2::RE2 kDatedName(
      R"(openclaw-(?:.+-)?[0-9]{4}-[0-9]{2}-[0-9]{2}\.log(?:\.[0-9]+)?)");
  auto cutoff = now - kDatedFileMaxAge;
  std::error_code error;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    std::string name = it->path().filename().string();
    if (name == keep_name || !re2::RE2::FullMatch(name, kDatedName)) continue;
    struct stat st {};
    if (::lstat(it->path().c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    if (std::chrono::system_clock::from_time_t(st.st_mtime) < cutoff) ::unlink(it->path().c_str());
  }
}

// Returns the number of bytes written; less than `data.size()` means errno says why.
std::size_t WriteAll(int fd, std::string_view data) {
  std::size_t written = 0;
  while (written < data.size()) {
    ssize_t n = ::write(fd, data.data() + written, data.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  return written;
}

}  // namespace

void AppendForTerminal(std::string& out, std::string_view text) {
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && c != '\n' && c != '\t') || byte == 0x7f) {
      std::array<char, 8> escaped{};
      std::snprintf(escaped.data(), escaped.size(), "\\x%02x", byte);
      out += escaped.data();
    } else {
      out.push_back(c);
    }
  }
}

std::optional<Level> ParseLevel(std::string_view name) {
  const std::string lower = platform::AsciiLower(name);
  for (std::size_t i = 0; i < kLevelNames.size(); ++i) {
    if (kLevelNames[i] == lower) return static_cast<Level>(i);
  }
  return std::nullopt;
}

std::string_view ToString(Level level) { return kLevelNames[static_cast<std::size_t>(level)]; }

std::optional<ConsoleStyle> ParseConsoleStyle(std::string_view name) {
  if (name == "pretty" || name == "compact") return ConsoleStyle::kPretty;
  if (name == "json") return ConsoleStyle::kJson;
  return std::nullopt;
}

Logger::Logger(LogSettings settings)
    : settings_(std::move(settings)),
      redactor_(std::make_shared<Redactor>(settings_.redact_patterns)) {
  ::tzset();
  UpdateLowestLevel();
  WarnInvalidPatterns(*redactor_);
}

Logger::~Logger() { CloseFile(); }

void Logger::Reconfigure(LogSettings settings) {
  std::shared_ptr<Redactor> new_redactor;
  {
    std::lock_guard lock(mutex_);
    if (settings.redact_patterns != settings_.redact_patterns) {
      new_redactor = std::make_shared<Redactor>(settings.redact_patterns);
      for (std::string& secret : redactor_->Secrets()) new_redactor->AddSecret(std::move(secret));
      redactor_ = new_redactor;
    }
    if (settings.file != settings_.file || settings.profile != settings_.profile ||
        settings.default_dir != settings_.default_dir || settings.tmp_dir != settings_.tmp_dir) {
      CloseFile();
    }
    settings_ = std::move(settings);
    UpdateLowestLevel();
  }
  if (new_redactor) WarnInvalidPatterns(*new_redactor);
}

void Logger::Log(Level level, std::string_view subsystem, std::string_view message) noexcept {
  try {
    std::shared_ptr<const Redactor> redactor;
    {
      std::lock_guard lock(mutex_);
      if (!WantsFile(level) && !WantsConsole(level)) return;
      redactor = redactor_;
    }
    // Redaction is the costly part; it runs outside the lock.
    std::string redacted = redactor->Redact(message);

    std::lock_guard lock(mutex_);
    LocalTime time = ToLocalTime(Now());

    bool to_file = WantsFile(level);
    bool to_console = WantsConsole(level);
    std::string json_line;
    if (to_file || (to_console && settings_.console_style == ConsoleStyle::kJson)) {
      json_line = JsonLine(IsoTime(time.tm, time.millis), level, subsystem, redacted);
    }
    if (to_file) WriteFile(json_line, time);
    if (to_console) WriteConsole(level, subsystem, redacted, json_line, time);
  } catch (const std::exception& error) {
    if (!internal_error_reported_.exchange(true)) {
      std::fprintf(stderr, "openclaw: logging failed: %s\n", error.what());
    }
  } catch (...) {
    if (!internal_error_reported_.exchange(true)) {
      std::fprintf(stderr, "openclaw: logging failed\n");
    }
  }
}

void Logger::Trace(std::string_view subsystem, std::string_view message) noexcept {
  Log(Level::kTrace, subsystem, message);
}
void Logger::Debug(std::string_view subsystem, std::string_view message) noexcept {
  Log(Level::kDebug, subsystem, message);
}
void Logger::Info(std::string_view subsystem, std::string_view message) noexcept {
  Log(Level::kInfo, subsystem, message);
}
void Logger::Warn(std::string_view subsystem, std::string_view message) noexcept {
  Log(Level::kWarn, subsystem, message);
}
void Logger::Error(std::string_view subsystem, std::string_view message) noexcept {
  Log(Level::kError, subsystem, message);
}
void Logger::Fatal(std::string_view subsystem, std::string_view message) noexcept {
  Log(Level::kFatal, subsystem, message);
}

bool Logger::IsEnabled(Level level) const {
  const Level lowest = lowest_level_.load(std::memory_order_relaxed);
  return lowest != Level::kSilent && level != Level::kSilent && level >= lowest;
}

void Logger::UpdateLowestLevel() {
  Level lowest = Level::kSilent;
  for (int l = static_cast<int>(Level::kTrace); l < static_cast<int>(Level::kSilent); ++l) {
    const auto level = static_cast<Level>(l);
    if (WantsFile(level) || WantsConsole(level)) {
      lowest = level;
      break;
    }
  }
  lowest_level_.store(lowest, std::memory_order_relaxed);
}

void Logger::AddSecret(std::string secret) {
  std::lock_guard lock(mutex_);
  redactor_->AddSecret(std::move(secret));
}

std::string Logger::CurrentFilePath() const {
  std::lock_guard lock(mutex_);
  LocalTime time = ToLocalTime(Now());
  std::string date = settings_.file.empty() ? FormatTime(time.tm, "%Y-%m-%d") : "";
  if (fd_ >= 0 && date == date_) return path_;
  return TargetPath(time);
}

Logger::LocalTime Logger::ToLocalTime(std::chrono::system_clock::time_point point) {
  LocalTime time;
  time.point = point;
  auto seconds = std::chrono::floor<std::chrono::seconds>(point);
  std::time_t time_t_value = std::chrono::system_clock::to_time_t(seconds);
  ::localtime_r(&time_t_value, &time.tm);
  time.millis = static_cast<int>(
      std::chrono::duration_cast<std::chrono::milliseconds>(point - seconds).count());
  return time;
}

std::chrono::system_clock::time_point Logger::Now() const {
  return settings_.clock ? settings_.clock() : std::chrono::system_clock::now();
}

bool Logger::WantsFile(Level level) const { return Passes(settings_.file_level, level); }

bool Logger::WantsConsole(Level level) const {
  if (settings_.console == nullptr) return false;
  Level threshold = settings_.console_level;
  if (settings_.verbose) threshold = std::min(threshold, Level::kDebug);
  return Passes(threshold, level);
}

std::string Logger::TargetPath(const LocalTime& time) const {
  if (!settings_.file.empty()) return settings_.file;
  std::optional<std::string> dir = ResolveLogDir(settings_);
  if (!dir) return "";
  return (fs::path(*dir) / DailyFileName(settings_.profile, FormatTime(time.tm, "%Y-%m-%d")))
      .string();
}

bool Logger::EnsureFile(const LocalTime& time) {
  std::string date = settings_.file.empty() ? FormatTime(time.tm, "%Y-%m-%d") : "";
  if (fd_ >= 0 && date == date_) return true;
  CloseFile();
  std::string path = TargetPath(time);
  if (path.empty()) {
    ReportOnce(open_error_reported_, "no safe log directory (" + settings_.default_dir + " and " +
                                         FallbackDir(settings_) + " are unusable)");
    return false;
  }
  OpenFile(path, date);
  if (fd_ < 0) return false;
  if (!date.empty()) {
    fs::path opened(path);
    PruneOldFiles(opened.parent_path(), opened.filename().string(), time.point);
  }
  return true;
}

void Logger::OpenFile(const std::string& path, const std::string& date) {
  int flags = O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC;
  if (date.empty()) {
    fs::path parent = fs::path(path).parent_path();
    if (!parent.empty()) MakeDirs(parent);
  } else {
    // Our own directory: the file itself must not be a planted link.
    flags |= O_NOFOLLOW;
  }
  int fd = ::open(path.c_str(), flags, 0600);
  if (fd < 0) {
    ReportOnce(open_error_reported_, "cannot open log file " + path + ": " + ErrnoText(errno));
    return;
  }
  struct stat st {};
  ::fstat(fd, &st);
  file_is_regular_ = S_ISREG(st.st_mode);
  file_size_ = file_is_regular_ ? static_cast<std::int64_t>(st.st_size) : 0;
  // Log lines hold conversation content: an existing file readable by others is tightened.
  if (file_is_regular_ && st.st_uid == ::geteuid() && (st.st_mode & 077) != 0) ::fchmod(fd, 0600);
  fd_ = fd;
  path_ = path;
  date_ = date;
  open_error_reported_ = false;
}

void Logger::CloseFile() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  line_unterminated_ = false;
}

void Logger::RotateFile() {
  std::string path = path_;
  std::string date = date_;
  CloseFile();
  for (int i = kKeptRotations - 1; i >= 1; --i) {
    std::string from = path + "." + std::to_string(i);
    std::string to = path + "." + std::to_string(i + 1);
    ::rename(from.c_str(), to.c_str());
  }
  bool rotated = ::rename(path.c_str(), (path + ".1").c_str()) == 0;
  int rename_error = errno;
  OpenFile(path, date);
  if (!rotated) {
    ReportOnce(write_error_reported_,
               "cannot rotate log file " + path + ": " + ErrnoText(rename_error));
    // Keep appending; the next attempt comes after another max_file_bytes.
    file_size_ = 0;
  }
}

void Logger::WriteFile(std::string_view line, const LocalTime& time) {
  if (!EnsureFile(time)) return;
  auto size = static_cast<std::int64_t>(line.size());
  if (file_is_regular_ && settings_.max_file_bytes > 0 && file_size_ > 0 &&
      file_size_ + size > settings_.max_file_bytes) {
    RotateFile();
    if (fd_ < 0) return;
  }
  std::string joined;
  if (line_unterminated_) {
    // End the fragment a failed write left behind so this line stays parseable on its own.
    joined = "\n" + std::string(line);
    line = joined;
  }
  std::size_t written = WriteAll(fd_, line);
  file_size_ += static_cast<std::int64_t>(written);
  if (written == line.size()) {
    line_unterminated_ = false;
    write_error_reported_ = false;
    return;
  }
  line_unterminated_ = written > 0 || line_unterminated_;
  ReportOnce(write_error_reported_, "cannot write log file " + path_ + ": " + ErrnoText(errno));
}

void Logger::WriteConsole(Level level, std::string_view subsystem, std::string_view message,
                          std::string_view json_line, const LocalTime& time) {
  std::string pretty;
  std::string_view text = json_line;
  if (settings_.console_style == ConsoleStyle::kPretty) {
    pretty = PrettyLine(time.tm, level, subsystem, message, settings_.color);
    text = pretty;
  }
  std::fwrite(text.data(), 1, text.size(), settings_.console);
  std::fflush(settings_.console);
}

void Logger::ReportOnce(bool& reported, const std::string& what) {
  if (reported) return;
  reported = true;
  std::fprintf(stderr, "openclaw: logging: %s\n", what.c_str());
}

void Logger::WarnInvalidPatterns(const Redactor& redactor) {
  if (redactor.invalid_patterns().empty()) return;
  std::string message = "ignoring invalid logging.redactPatterns entries:";
  for (const InvalidPattern& invalid : redactor.invalid_patterns()) {
    message += " \"" + invalid.pattern + "\" (" + invalid.error + ")";
  }
  if (redactor.using_builtin_patterns()) message += "; using the built-in patterns instead";
  Warn("logging", message);
}

}  // namespace gateway::logging
