// logs.tail slices: tail without a cursor, follow with a cursor, partial lines, rotation, limits.
#include "server/platform/log_tail.hpp"

#include <catch2/catch.hpp>
#include <fstream>

#include "tests/support/temp_dir.hpp"

using namespace gateway::platform;
using gateway::testing::TempDir;
using gateway::testing::WriteFile;

namespace {

using Lines = std::vector<std::string>;

void Append(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::app) << text;
}

LogTailResponse Tail(const std::filesystem::path& path, std::optional<std::int64_t> cursor,
                     std::int64_t limit = 500, std::int64_t max_bytes = 250000) {
  return TailLogFile(path, {cursor, limit, max_bytes});
}

}  // namespace

TEST_CASE("System: log tail of a missing file is empty", "[system]") {
  TempDir dir;
  auto response = Tail(dir / "none.log", std::nullopt);
  CHECK(response.file == (dir / "none.log").string());
  CHECK(response.lines.empty());
  CHECK(response.cursor == 0);
  CHECK(response.size == 0);
  CHECK_FALSE(response.truncated);
  CHECK_FALSE(response.reset);
}

TEST_CASE("System: log tail returns an absolute path", "[system]") {
  TempDir dir;
  WriteFile(dir / "a.log", "x\n");
  auto relative = std::filesystem::relative(dir / "a.log");
  auto response = Tail(relative, std::nullopt);
  CHECK(std::filesystem::path(response.file).is_absolute());
  CHECK(response.file == (dir / "a.log").string());
}

TEST_CASE("System: log tail without a cursor returns the last lines", "[system]") {
  TempDir dir;
  WriteFile(dir / "a.log", "one\ntwo\nthree\n");

  SECTION("all of them when they fit") {
    auto response = Tail(dir / "a.log", std::nullopt);
    CHECK(response.lines == Lines{"one", "two", "three"});
    CHECK(response.cursor == 14);
    CHECK(response.size == 14);
    CHECK_FALSE(response.truncated);
    CHECK_FALSE(response.skipped_bytes);
  }
  SECTION("the newest when the limit cuts") {
    auto response = Tail(dir / "a.log", std::nullopt, 2);
    CHECK(response.lines == Lines{"two", "three"});
    CHECK(response.cursor == 14);
    CHECK(response.truncated);
    CHECK_FALSE(response.skipped_bytes);
  }
  SECTION("whole lines only when max bytes cuts into a line") {
    auto response = Tail(dir / "a.log", std::nullopt, 500, 8);  // "o\nthree\n"
    CHECK(response.lines == Lines{"three"});
    CHECK(response.cursor == 14);
    CHECK(response.truncated);
  }
  SECTION("a window that starts exactly on a line keeps that line") {
    auto response = Tail(dir / "a.log", std::nullopt, 500, 10);  // "two\nthree\n"
    CHECK(response.lines == Lines{"two", "three"});
    CHECK(response.truncated);
  }
}

TEST_CASE("System: log tail follows with a cursor", "[system]") {
  TempDir dir;
  auto path = dir / "a.log";
  WriteFile(path, "one\ntwo\n");
  auto first = Tail(path, std::nullopt);
  REQUIRE(first.cursor == 8);

  auto idle = Tail(path, first.cursor);
  CHECK(idle.lines.empty());
  CHECK(idle.cursor == 8);
  CHECK_FALSE(idle.truncated);
  CHECK_FALSE(idle.reset);

  Append(path, "three\nfour\n");
  auto next = Tail(path, first.cursor);
  CHECK(next.lines == Lines{"three", "four"});
  CHECK(next.cursor == 19);
  CHECK(next.size == 19);
  CHECK_FALSE(next.truncated);
  CHECK_FALSE(next.skipped_bytes);
}

TEST_CASE("System: log tail leaves a partial last line for the next call", "[system]") {
  TempDir dir;
  auto path = dir / "a.log";
  WriteFile(path, "one\ntw");

  auto first = Tail(path, std::nullopt);
  CHECK(first.lines == Lines{"one"});
  CHECK(first.cursor == 4);
  CHECK(first.size == 6);

  auto waiting = Tail(path, first.cursor);
  CHECK(waiting.lines.empty());
  CHECK(waiting.cursor == 4);

  Append(path, "o\n");
  auto done = Tail(path, first.cursor);
  CHECK(done.lines == Lines{"two"});
  CHECK(done.cursor == 8);
}

TEST_CASE("System: log tail with a cursor keeps the newest lines and reports skipped bytes",
          "[system]") {
  TempDir dir;
  auto path = dir / "a.log";
  WriteFile(path, "one\n");
  Append(path, "aaa\nbbb\nccc\n");

  SECTION("limit") {
    auto response = Tail(path, 4, 1);
    CHECK(response.lines == Lines{"ccc"});
    CHECK(response.cursor == 16);
    CHECK(response.truncated);
    CHECK(response.skipped_bytes == 8);
  }
  SECTION("max bytes") {
    auto response = Tail(path, 4, 500, 6);  // "b\nccc\n"
    CHECK(response.lines == Lines{"ccc"});
    CHECK(response.cursor == 16);
    CHECK(response.truncated);
    CHECK(response.skipped_bytes == 8);
  }
  SECTION("a single line longer than max bytes is skipped") {
    WriteFile(path, "one\n" + std::string(100, 'x') + "\n");
    auto response = Tail(path, 4, 500, 10);
    CHECK(response.lines.empty());
    CHECK(response.cursor == 105);
    CHECK(response.truncated);
    CHECK(response.skipped_bytes == 101);
  }
}

TEST_CASE("System: log tail resets when the cursor is past the end", "[system]") {
  TempDir dir;
  auto path = dir / "a.log";
  WriteFile(path, "old line one\nold line two\n");
  auto first = Tail(path, std::nullopt);
  WriteFile(path, "new\n");

  auto response = Tail(path, first.cursor);
  CHECK(response.reset);
  CHECK(response.lines == Lines{"new"});
  CHECK(response.cursor == 4);
  CHECK_FALSE(response.truncated);
}

TEST_CASE("System: log tail keeps lines verbatim", "[system]") {
  TempDir dir;
  std::string record =
      R"({"0":"hello","_meta":{"logLevelName":"INFO"},"time":"2026-01-01T00:00:00Z"})";
  WriteFile(dir / "a.log", record + "\n\n  spaced \r\n");
  auto response = Tail(dir / "a.log", std::nullopt);
  CHECK(response.lines == Lines{record, "", "  spaced \r"});
}

TEST_CASE("System: log tail reads only the window of a large file", "[system]") {
  TempDir dir;
  auto path = dir / "big.log";
  {
    std::ofstream out(path, std::ios::binary);
    for (int i = 0; i < 200000; ++i) out << "line " << i << "\n";
  }
  auto response = Tail(path, std::nullopt, 3, 1000);
  CHECK(response.lines == Lines{"line 199997", "line 199998", "line 199999"});
  CHECK(response.cursor == response.size);
  CHECK(response.truncated);
}
