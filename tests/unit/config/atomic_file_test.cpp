// Crash-safe writes: modes, backup, a writer that dies between write and rename, a full disk,
// and a target changed by someone else.
#include "server/config/atomic_file.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <functional>
#include <system_error>

#include "tests/support/temp_dir.hpp"

using namespace gateway::config;
using gateway::testing::FileMode;
using gateway::testing::ReadFile;
using gateway::testing::TempDir;
using gateway::testing::WriteFile;

namespace fs = std::filesystem;

namespace {

std::size_t EntriesIn(const fs::path& dir) {
  return static_cast<std::size_t>(
      std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("Atomic write: new files are private and existing ones keep their mode",
          "[config][atomic]") {
  TempDir dir;
  AtomicWriteFile(dir / "a.json", "one");
  CHECK(ReadFile(dir / "a.json") == "one");
  CHECK(FileMode(dir / "a.json") == 0600);
  fs::permissions(dir / "a.json", fs::perms(0640));
  AtomicWriteFile(dir / "a.json", "two");
  CHECK(ReadFile(dir / "a.json") == "two");
  CHECK(FileMode(dir / "a.json") == 0640);
  CHECK(EntriesIn(dir.path()) == 1);
}

TEST_CASE("Atomic write: one backup of the previous version", "[config][atomic]") {
  TempDir dir;
  AtomicWriteOptions options;
  options.keep_backup = true;
  AtomicWriteFile(dir / "c.json", "v1", options);
  CHECK_FALSE(fs::exists(dir / "c.json.bak"));
  AtomicWriteFile(dir / "c.json", "v2", options);
  AtomicWriteFile(dir / "c.json", "v3", options);
  CHECK(ReadFile(dir / "c.json") == "v3");
  CHECK(ReadFile(dir / "c.json.bak") == "v2");
  CHECK(FileMode(dir / "c.json.bak") == 0600);
}

TEST_CASE("Atomic write: a writer that dies before the rename leaves the old file whole",
          "[config][atomic]") {
  TempDir dir;
  WriteFile(dir / "c.json", "{\"old\": true}\n");
  pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    AtomicWriteOptions options;
    options.before_rename = [](const fs::path&) { _exit(9); };  // the process dies right here
    AtomicWriteFile(dir / "c.json", std::string(1 << 20, 'x'), options);
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) == 9);
  CHECK(ReadFile(dir / "c.json") == "{\"old\": true}\n");
  CHECK(EntriesIn(dir.path()) == 2);  // the target and the dead writer's temp file
  AtomicWriteFile(dir / "c.json", "newer");
  CHECK(EntriesIn(dir.path()) == 2);  // a fresh temp may be a writer still at work: kept
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    if (entry.path().filename() != "c.json") {
      fs::last_write_time(entry.path(), fs::file_time_type::clock::now() - std::chrono::hours(1));
    }
  }
  AtomicWriteFile(dir / "c.json", "new");
  CHECK(ReadFile(dir / "c.json") == "new");
  CHECK(EntriesIn(dir.path()) == 1);  // the next writer removed the leftover
}

TEST_CASE("Atomic write: failure leaves the target unchanged", "[config][atomic]") {
  TempDir dir;
  WriteFile(dir / "c.json", "keep");
  AtomicWriteOptions options;
  options.before_rename = [](const fs::path&) { throw std::runtime_error("disk full"); };
  CHECK_THROWS_AS(AtomicWriteFile(dir / "c.json", "lost", options), std::runtime_error);
  CHECK(ReadFile(dir / "c.json") == "keep");
  CHECK(EntriesIn(dir.path()) == 1);
  CHECK_THROWS_AS(AtomicWriteFile(dir / "missing-dir" / "c.json", "x"), std::system_error);
}

namespace {

// Runs `write` in a child whose files may not grow past `limit` bytes, so a write fails with
// EFBIG the way a full disk fails with ENOSPC. Returns the child's exit code: 0 when `write`
// threw std::system_error, 1 when it did not throw.
int WriteWithFileSizeLimit(rlim_t limit, const std::function<void()>& write) {
  pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    signal(SIGXFSZ, SIG_IGN);  // else the write kills the process instead of failing
    rlimit small{limit, limit};
    if (setrlimit(RLIMIT_FSIZE, &small) != 0) _exit(3);
    try {
      write();
    } catch (const std::system_error&) {
      _exit(0);
    } catch (...) {
      _exit(2);
    }
    _exit(1);
  }
  int status = 0;
  waitpid(child, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST_CASE("Atomic write: a full disk leaves no temp file behind", "[config][atomic]") {
  TempDir dir;
  const std::string old_content(4000, 'o');
  WriteFile(dir / "c.json", old_content);
  SECTION("while backing up the previous version") {
    AtomicWriteOptions options;
    options.keep_backup = true;
    CHECK(WriteWithFileSizeLimit(1000, [&] { AtomicWriteFile(dir / "c.json", "new", options); }) ==
          0);
  }
  SECTION("while writing the new version") {
    std::string big(4000, 'n');
    CHECK(WriteWithFileSizeLimit(1000, [&] { AtomicWriteFile(dir / "c.json", big); }) == 0);
  }
  CHECK(ReadFile(dir / "c.json") == old_content);
  CHECK(EntriesIn(dir.path()) == 1);
}

TEST_CASE("Atomic write: the target is replaced only if it still is what was read",
          "[config][atomic]") {
  TempDir dir;
  WriteFile(dir / "c.json", "read");
  AtomicWriteOptions options;
  options.keep_backup = true;
  options.expected = ReadSnapshot(dir / "c.json");
  REQUIRE(options.expected == FileSnapshot("read"));
  WriteFile(dir / "c.json", "written by someone else");
  CHECK_THROWS_AS(AtomicWriteFile(dir / "c.json", "mine", options), ConcurrentModification);
  CHECK(ReadFile(dir / "c.json") == "written by someone else");
  CHECK(EntriesIn(dir.path()) == 1);  // no temp file, no backup

  options.expected = ReadSnapshot(dir / "c.json");
  AtomicWriteFile(dir / "c.json", "mine", options);
  CHECK(ReadFile(dir / "c.json") == "mine");
  CHECK(ReadFile(dir / "c.json.bak") == "written by someone else");

  options.expected = FileSnapshot{};  // "the file did not exist"
  CHECK_THROWS_AS(AtomicWriteFile(dir / "c.json", "again", options), ConcurrentModification);
  CHECK(ReadSnapshot(dir / "missing.json") == std::nullopt);
  AtomicWriteFile(dir / "missing.json", "created", options);
  CHECK(ReadFile(dir / "missing.json") == "created");
}
