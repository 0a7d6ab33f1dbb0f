#include "server/logging/logger.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/temp_dir.hpp"

namespace gateway::logging {
namespace {

namespace fs = std::filesystem;
using std::chrono::system_clock;
using testing::FileMode;
using testing::ReadFile;
using testing::TempDir;

// Sends stderr to a file until Finish() returns what was written.
class StderrCapture {
 public:
  explicit StderrCapture(std::string path) : path_(std::move(path)) {
    std::fflush(stderr);
    saved_ = ::dup(2);
    int fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::dup2(fd, 2);
    ::close(fd);
  }
  ~StderrCapture() { Restore(); }
  StderrCapture(const StderrCapture&) = delete;
  StderrCapture& operator=(const StderrCapture&) = delete;

  std::string Finish() {
    Restore();
    std::ifstream in(path_);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

 private:
  void Restore() {
    if (saved_ < 0) return;
    std::fflush(stderr);
    ::dup2(saved_, 2);
    ::close(saved_);
    saved_ = -1;
  }

  std::string path_;
  int saved_ = -1;
};

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string ReadStream(std::FILE* stream) {
  std::fflush(stream);
  std::rewind(stream);
  std::string text;
  for (int c = std::fgetc(stream); c != EOF; c = std::fgetc(stream)) {
    text.push_back(static_cast<char>(c));
  }
  return text;
}

std::string LocalDate(system_clock::time_point point) {
  std::time_t t = system_clock::to_time_t(point);
  std::tm tm{};
  ::localtime_r(&t, &tm);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
  return buffer;
}

// A clock the test moves by hand.
struct ManualClock {
  std::shared_ptr<std::atomic<system_clock::time_point>> now =
      std::make_shared<std::atomic<system_clock::time_point>>(system_clock::now());
  Clock AsClock() const {
    return [now = now] { return now->load(); };
  }
  void Set(system_clock::time_point point) const { now->store(point); }
};

LogSettings FileOnly(const std::string& file) {
  LogSettings settings;
  settings.file = file;
  settings.console = nullptr;
  return settings;
}

LogSettings DefaultDirOnly(const TempDir& tmp, const std::string& dir_name) {
  LogSettings settings;
  settings.default_dir = tmp / dir_name;
  settings.tmp_dir = tmp / "fallback-root";
  settings.console = nullptr;
  return settings;
}

std::string FallbackFileDir(const TempDir& tmp) {
  return tmp / ("fallback-root/openclaw-" + std::to_string(::geteuid()));
}

TEST_CASE("Logging: level and console style names", "[logging]") {
  CHECK(ParseLevel("trace") == Level::kTrace);
  CHECK(ParseLevel("WARN") == Level::kWarn);
  CHECK(ParseLevel("silent") == Level::kSilent);
  CHECK_FALSE(ParseLevel("warning").has_value());
  CHECK(ToString(Level::kFatal) == "fatal");
  for (Level level : {Level::kTrace, Level::kDebug, Level::kInfo, Level::kWarn, Level::kError,
                      Level::kFatal, Level::kSilent}) {
    CHECK(ParseLevel(ToString(level)) == level);
  }
  CHECK(ParseConsoleStyle("json") == ConsoleStyle::kJson);
  CHECK(ParseConsoleStyle("compact") == ConsoleStyle::kPretty);
  CHECK_FALSE(ParseConsoleStyle("fancy").has_value());
}

TEST_CASE("Logging: each file line is one complete JSON object", "[logging]") {
  TempDir tmp;
  ManualClock clock;
  clock.Set(std::chrono::floor<std::chrono::seconds>(system_clock::now()) +
            std::chrono::milliseconds(123));
  LogSettings settings = FileOnly(tmp / "gateway.log");
  settings.clock = clock.AsClock();
  Logger logger(settings);

  logger.Info("gateway", "listening on port 18789");
  logger.Warn("ws", "line one\nline \"two\"");
  logger.Error("chat", "bad \xff byte");

  std::vector<std::string> lines = Lines(ReadFile(tmp / "gateway.log"));
  REQUIRE(lines.size() == 3);
  for (const std::string& line : lines) {
    CHECK(line.rfind(R"({"time":")", 0) == 0);
    nlohmann::json record = nlohmann::json::parse(line);
    CHECK(record.size() == 4);
    std::string time = record["time"];
    CHECK(std::regex_match(
        time, std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.123[+-]\d{2}:\d{2})")));
    CHECK(time.substr(0, 10) == LocalDate(clock.now->load()));
  }
  nlohmann::json first = nlohmann::json::parse(lines[0]);
  CHECK(first["level"] == "info");
  CHECK(first["subsystem"] == "gateway");
  CHECK(first["message"] == "listening on port 18789");
  CHECK(nlohmann::json::parse(lines[1])["message"] == "line one\nline \"two\"");
  CHECK(nlohmann::json::parse(lines[2])["message"] == "bad \xEF\xBF\xBD byte");
  CHECK(logger.CurrentFilePath() == tmp / "gateway.log");
}

TEST_CASE("Logging: each sink filters by its own level", "[logging]") {
  TempDir tmp;
  std::FILE* console = std::tmpfile();
  REQUIRE(console != nullptr);
  LogSettings settings = FileOnly(tmp / "gateway.log");
  settings.console = console;

  auto log_all = [](Logger& logger) {
    logger.Trace("t", "trace-line");
    logger.Debug("t", "debug-line");
    logger.Info("t", "info-line");
    logger.Warn("t", "warn-line");
    logger.Error("t", "error-line");
    logger.Fatal("t", "fatal-line");
  };
  auto count = [](const std::string& text, const std::string& word) {
    return text.find(word) != std::string::npos;
  };

  SECTION("file warn and console error") {
    settings.file_level = Level::kWarn;
    settings.console_level = Level::kError;
    Logger logger(settings);
    log_all(logger);
    std::string file = ReadFile(tmp / "gateway.log");
    std::string out = ReadStream(console);
    CHECK(Lines(file).size() == 3);
    CHECK_FALSE(count(file, "info-line"));
    CHECK(count(file, "warn-line"));
    CHECK(Lines(out).size() == 2);
    CHECK_FALSE(count(out, "warn-line"));
    CHECK(count(out, "error-line"));
    CHECK(logger.IsEnabled(Level::kWarn));
    CHECK_FALSE(logger.IsEnabled(Level::kInfo));
  }
  SECTION("verbose lowers the console to debug but not the file") {
    settings.verbose = true;
    Logger logger(settings);
    log_all(logger);
    std::string file = ReadFile(tmp / "gateway.log");
    std::string out = ReadStream(console);
    CHECK_FALSE(count(file, "debug-line"));
    CHECK(count(out, "debug-line"));
    CHECK_FALSE(count(out, "trace-line"));
  }
  SECTION("silent disables a sink") {
    settings.file_level = Level::kSilent;
    settings.console_level = Level::kTrace;
    Logger logger(settings);
    log_all(logger);
    CHECK_FALSE(fs::exists(tmp / "gateway.log"));
    CHECK(Lines(ReadStream(console)).size() == 6);
    logger.Log(Level::kSilent, "t", "never");
    CHECK(Lines(ReadStream(console)).size() == 6);
  }
  std::fclose(console);
}

TEST_CASE("Logging: console pretty and json styles", "[logging]") {
  TempDir tmp;
  std::FILE* console = std::tmpfile();
  REQUIRE(console != nullptr);
  LogSettings settings = FileOnly(tmp / "gateway.log");
  settings.console = console;

  SECTION("pretty") {
    Logger logger(settings);
    logger.Info("gateway", "ready \x1b[2J now");
    CHECK(std::regex_match(
        ReadStream(console),
        std::regex(R"(\d{2}:\d{2}:\d{2} info \[gateway\] ready \\x1b\[2J now\n)")));
  }
  SECTION("pretty with colour") {
    settings.color = true;
    Logger logger(settings);
    logger.Error("gateway", "boom");
    std::string out = ReadStream(console);
    CHECK(out.find("\x1b[31merror\x1b[0m [gateway] boom\n") != std::string::npos);
  }
  SECTION("json is the file line") {
    settings.console_style = ConsoleStyle::kJson;
    Logger logger(settings);
    logger.Info("gateway", "ready");
    CHECK(ReadStream(console) == ReadFile(tmp / "gateway.log"));
  }
  std::fclose(console);
}

TEST_CASE("Logging: default file is named by local date and profile", "[logging]") {
  TempDir tmp;
  ManualClock clock;
  std::string date = LocalDate(clock.now->load());

  SECTION("plain") {
    LogSettings settings = DefaultDirOnly(tmp, "logs");
    settings.clock = clock.AsClock();
    Logger logger(settings);
    CHECK(logger.CurrentFilePath() == tmp / ("logs/openclaw-" + date + ".log"));
    logger.Info("gateway", "hello");
    CHECK(Lines(ReadFile(tmp / ("logs/openclaw-" + date + ".log"))).size() == 1);
  }
  SECTION("named profile") {
    LogSettings settings = DefaultDirOnly(tmp, "logs");
    settings.clock = clock.AsClock();
    settings.profile = "work";
    Logger logger(settings);
    logger.Info("gateway", "hello");
    CHECK(logger.CurrentFilePath() == tmp / ("logs/openclaw-work-" + date + ".log"));
    CHECK(fs::exists(tmp / ("logs/openclaw-work-" + date + ".log")));
  }
}

TEST_CASE("Logging: a new local date switches to a new file", "[logging]") {
  TempDir tmp;
  ManualClock clock;
  system_clock::time_point today = clock.now->load();
  system_clock::time_point earlier = today - std::chrono::hours(48);
  clock.Set(earlier);
  LogSettings settings = DefaultDirOnly(tmp, "logs");
  settings.clock = clock.AsClock();
  Logger logger(settings);

  logger.Info("gateway", "before midnight");
  std::string first = tmp / ("logs/openclaw-" + LocalDate(earlier) + ".log");
  CHECK(logger.CurrentFilePath() == first);
  clock.Set(today);
  std::string second = tmp / ("logs/openclaw-" + LocalDate(today) + ".log");
  CHECK(logger.CurrentFilePath() == second);
  logger.Info("gateway", "after midnight");

  std::string old_text = ReadFile(first);
  std::string new_text = ReadFile(second);
  CHECK(old_text.find("before midnight") != std::string::npos);
  CHECK(old_text.find("after midnight") == std::string::npos);
  CHECK(new_text.find("after midnight") != std::string::npos);
}

TEST_CASE("Logging: rotation keeps at most five old files", "[logging]") {
  TempDir tmp;
  std::string path = tmp / "app.log";
  LogSettings settings = FileOnly(path);
  settings.max_file_bytes = 300;
  Logger logger(settings);

  for (int i = 0; i < 60; ++i) logger.Info("gateway", "message number " + std::to_string(i));

  CHECK_FALSE(fs::exists(path + ".6"));
  std::vector<int> order;
  for (std::string suffix : {".5", ".4", ".3", ".2", ".1", ""}) {
    INFO("file " << path + suffix);
    REQUIRE(fs::exists(path + suffix));
    std::string text = ReadFile(path + suffix);
    CHECK(text.size() <= 300);
    for (const std::string& line : Lines(text)) {
      std::string message = nlohmann::json::parse(line)["message"];
      order.push_back(std::stoi(message.substr(std::string("message number ").size())));
    }
  }
  // The kept files hold the newest lines, oldest in .5, with nothing missing in between.
  REQUIRE_FALSE(order.empty());
  CHECK(order.back() == 59);
  for (std::size_t i = 1; i < order.size(); ++i) CHECK(order[i] == order[i - 1] + 1);
}

TEST_CASE("Logging: an unsafe default directory falls back to a per-user temp dir", "[logging]") {
  TempDir tmp;
  LogSettings settings = DefaultDirOnly(tmp, "logs");

  SECTION("symlink") {
    fs::create_directory(tmp / "real");
    fs::permissions(tmp / "real", fs::perms::owner_all);
    fs::create_directory_symlink(tmp / "real", tmp / "logs");
  }
  SECTION("world-writable") {
    fs::create_directory(tmp / "logs");
    fs::permissions(tmp / "logs", fs::perms::all);
  }
  SECTION("group-writable") {
    fs::create_directory(tmp / "logs");
    fs::permissions(tmp / "logs", fs::perms::owner_all | fs::perms::group_all);
  }
  SECTION("a regular file") { std::ofstream(tmp / "logs") << "not a directory"; }

  Logger logger(settings);
  logger.Info("gateway", "hello");
  std::string path = logger.CurrentFilePath();
  CHECK(fs::path(path).parent_path() == FallbackFileDir(tmp));
  CHECK(Lines(ReadFile(path)).size() == 1);
  CHECK(FileMode(FallbackFileDir(tmp)) == 0700);
  CHECK_FALSE(fs::exists(tmp / "real" / fs::path(path).filename()));
}

TEST_CASE("Logging: no safe directory at all never throws", "[logging]") {
  TempDir tmp;
  LogSettings settings = DefaultDirOnly(tmp, "logs");
  fs::create_directory(tmp / "logs");
  fs::permissions(tmp / "logs", fs::perms::all);
  fs::create_directories(tmp / "fallback-root");
  fs::create_directory_symlink(tmp / "logs", FallbackFileDir(tmp));

  StderrCapture capture(tmp / "stderr.txt");
  Logger logger(settings);
  logger.Info("gateway", "one");
  logger.Info("gateway", "two");
  std::string errors = capture.Finish();

  CHECK(logger.CurrentFilePath().empty());
  CHECK(fs::is_empty(tmp / "logs"));
  CHECK(Lines(errors).size() == 1);
  CHECK(errors.find("no safe log directory") != std::string::npos);
}

TEST_CASE("Logging: directory is 0700 and files are 0600", "[logging]") {
  TempDir tmp;
  ManualClock clock;
  LogSettings settings = DefaultDirOnly(tmp, "state/logs");
  settings.clock = clock.AsClock();

  SECTION("new directory and file") {
    Logger logger(settings);
    logger.Info("gateway", "hello");
    CHECK(FileMode(tmp / "state/logs") == 0700);
    CHECK(FileMode(logger.CurrentFilePath()) == 0600);
  }
  SECTION("an existing readable file is tightened") {
    fs::create_directories(tmp / "state/logs");
    fs::permissions(tmp / "state/logs", fs::perms::owner_all);
    std::string path = tmp / ("state/logs/openclaw-" + LocalDate(clock.now->load()) + ".log");
    std::ofstream(path) << "";
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                              fs::perms::others_read);
    Logger logger(settings);
    logger.Info("gateway", "hello");
    CHECK(logger.CurrentFilePath() == path);
    CHECK(FileMode(path) == 0600);
  }
  SECTION("rotated files keep the mode") {
    settings.max_file_bytes = 150;
    Logger logger(settings);
    for (int i = 0; i < 5; ++i) logger.Info("gateway", "a line long enough to rotate the file");
    CHECK(FileMode(logger.CurrentFilePath()) == 0600);
    CHECK(FileMode(logger.CurrentFilePath() + ".1") == 0600);
  }
}

TEST_CASE("Logging: dated files older than a day are pruned", "[logging]") {
  TempDir tmp;
  fs::create_directory(tmp / "logs");
  fs::permissions(tmp / "logs", fs::perms::owner_all);
  system_clock::time_point now = system_clock::now();

  auto make_file = [&](const std::string& name, std::chrono::hours age) {
    std::string path = tmp / ("logs/" + name);
    std::ofstream(path) << "{}\n";
    std::time_t mtime = system_clock::to_time_t(now - age);
    timespec times[2] = {{mtime, 0}, {mtime, 0}};
    REQUIRE(::utimensat(AT_FDCWD, path.c_str(), times, 0) == 0);
    return path;
  };
  std::string old_daily = make_file("openclaw-2020-01-01.log", std::chrono::hours(48));
  std::string old_profile = make_file("openclaw-work-2020-01-01.log", std::chrono::hours(30));
  std::string old_rotated = make_file("openclaw-2020-01-01.log.3", std::chrono::hours(72));
  std::string recent = make_file("openclaw-2020-01-02.log", std::chrono::hours(1));
  std::string unrelated = make_file("notes.txt", std::chrono::hours(100));
  std::string undated = make_file("openclaw-latest.log", std::chrono::hours(100));

  LogSettings settings = DefaultDirOnly(tmp, "logs");
  Logger logger(settings);
  logger.Info("gateway", "hello");

  CHECK_FALSE(fs::exists(old_daily));
  CHECK_FALSE(fs::exists(old_profile));
  CHECK_FALSE(fs::exists(old_rotated));
  CHECK(fs::exists(recent));
  CHECK(fs::exists(unrelated));
  CHECK(fs::exists(undated));
  CHECK(fs::exists(logger.CurrentFilePath()));
}

TEST_CASE("Logging: reconfigure hot-applies levels file and size", "[logging]") {
  TempDir tmp;
  LogSettings settings = FileOnly(tmp / "a.log");
  Logger logger(settings);
  logger.Debug("gateway", "hidden");

  settings.file_level = Level::kDebug;
  logger.Reconfigure(settings);
  logger.Debug("gateway", "shown");
  CHECK(Lines(ReadFile(tmp / "a.log")).size() == 1);

  settings.file = tmp / "nested/b.log";
  settings.max_file_bytes = 200;
  logger.Reconfigure(settings);
  CHECK(logger.CurrentFilePath() == tmp / "nested/b.log");
  for (int i = 0; i < 6; ++i)
    logger.Info("gateway", "moved to the other file " + std::to_string(i));
  CHECK(Lines(ReadFile(tmp / "a.log")).size() == 1);
  CHECK(fs::exists(tmp / "nested/b.log.1"));
  CHECK(FileMode(tmp / "nested") == 0700);

  settings.redact_patterns = {"other-[0-9]+"};
  logger.AddSecret("registered-secret");
  logger.Reconfigure(settings);
  logger.Info("gateway", "other-42 and registered-secret");
  std::string last = Lines(ReadFile(tmp / "nested/b.log")).back();
  CHECK(nlohmann::json::parse(last)["message"] == "*** and ***");
}

TEST_CASE("Logging: write failures never throw and are reported once", "[logging]") {
  TempDir tmp;
  fs::create_directory(tmp / "is-a-directory");
  StderrCapture capture(tmp / "stderr.txt");
  {
    Logger logger(FileOnly(tmp / "is-a-directory"));
    for (int i = 0; i < 3; ++i) logger.Error("gateway", "cannot land anywhere");
  }
  std::string errors = capture.Finish();
  CHECK(Lines(errors).size() == 1);
  CHECK(errors.find("cannot open log file") != std::string::npos);
}

TEST_CASE("Logging: invalid redact patterns give one warning", "[logging]") {
  TempDir tmp;
  LogSettings settings = FileOnly(tmp / "gateway.log");
  settings.redact_patterns = {"(unclosed", "internal-[0-9]+"};
  Logger logger(settings);
  logger.Info("gateway", "id internal-42");

  std::vector<std::string> lines = Lines(ReadFile(tmp / "gateway.log"));
  REQUIRE(lines.size() == 2);
  nlohmann::json warning = nlohmann::json::parse(lines[0]);
  CHECK(warning["level"] == "warn");
  CHECK(warning["subsystem"] == "logging");
  CHECK(warning["message"].get<std::string>().find("(unclosed") != std::string::npos);
  CHECK(nlohmann::json::parse(lines[1])["message"] == "id ***");
}

TEST_CASE("Logging: secrets never reach the log file or console", "[logging]") {
  TempDir tmp;
  std::FILE* console = std::tmpfile();
  REQUIRE(console != nullptr);
  const std::string gateway_token = "gw-9f8e7d6c5b4a-tok";
  const std::string password = "correct-horse-battery";
  const std::string api_key = "sk-proj-Q1w2E3r4T5y6U7i8O9p0";  // caught by pattern only
  const std::string bot_token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";

  LogSettings settings = DefaultDirOnly(tmp, "logs");
  settings.console = console;
  settings.verbose = true;
  settings.file_level = Level::kTrace;
  Logger logger(settings);
  logger.AddSecret(gateway_token);
  logger.AddSecret(password);

  logger.Info("ws", "client connected with " + gateway_token);
  logger.Warn("auth", "login failed for password=" + password);
  logger.Debug("config", R"({"gateway":{"auth":{"token":")" + gateway_token +
                             R"("}},"models":{"apiKey":")" + api_key + R"("}})");
  logger.Info("models", "POST /v1/responses Authorization: Bearer " + api_key);
  logger.Error("env", "OPENAI_API_KEY=" + api_key + " PASSWORD " + password);
  logger.Info("telegram", "GET https://api.telegram.org/bot" + bot_token + "/getMe");
  logger.Trace("agent", "prompt mentions " + api_key + " inline");

  std::string everything = ReadStream(console);
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(tmp.path())) {
    if (!entry.is_regular_file()) continue;
    ++files;
    everything += ReadFile(entry.path().string());
  }
  CHECK(files >= 1);
  CHECK(Lines(everything).size() == 13);  // 7 file lines and 6 console lines (no trace there)
  for (const std::string& secret : {gateway_token, password, api_key, bot_token,
                                    std::string("Q1w2E3r4"), std::string("AAHdqTcvCH1vGWJx")}) {
    INFO("secret " << secret);
    CHECK(everything.find(secret) == std::string::npos);
  }
  std::fclose(console);
}

TEST_CASE("Logging: concurrent writers produce only complete lines", "[logging]") {
  TempDir tmp;
  constexpr int kThreads = 6;
  constexpr int kLinesPerThread = 300;
  std::string path = tmp / "gateway.log";
  LogSettings settings = FileOnly(path);

  auto run = [&](Logger& logger) {
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&logger, t] {
        for (int i = 0; i < kLinesPerThread; ++i) {
          logger.Info("thread-" + std::to_string(t), std::to_string(i) + " some padding text");
          if (i % 50 == 0)
            logger.AddSecret("secret-" + std::to_string(t) + "-" + std::to_string(i));
        }
      });
    }
    for (std::thread& thread : threads) thread.join();
  };

  SECTION("one file holds every line") {
    Logger logger(settings);
    run(logger);
    std::vector<std::string> lines = Lines(ReadFile(path));
    CHECK(lines.size() == kThreads * kLinesPerThread);
    std::set<std::pair<std::string, int>> seen;
    for (const std::string& line : lines) {
      nlohmann::json record = nlohmann::json::parse(line);
      std::string message = record["message"];
      seen.emplace(record["subsystem"], std::stoi(message));
    }
    CHECK(seen.size() == kThreads * kLinesPerThread);
  }
  SECTION("rotation under load keeps lines whole") {
    settings.max_file_bytes = 4096;
    Logger logger(settings);
    run(logger);
    for (std::string suffix : {"", ".1", ".2", ".3", ".4", ".5"}) {
      std::string text = ReadFile(path + suffix);
      CHECK(text.size() <= 4096);
      CHECK((text.empty() || text.back() == '\n'));
      for (const std::string& line : Lines(text)) {
        CHECK_NOTHROW(nlohmann::json::parse(line).at("message"));
      }
    }
  }
}

}  // namespace
}  // namespace gateway::logging
