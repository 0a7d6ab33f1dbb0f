// Crash-safe writes: modes, backup, and a writer that dies between write and rename.
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "server/config/atomic_file.hpp"
#include "tests/support/temp_dir.hpp"

using namespace gateway::config;
using gateway::testing::FileMode;
using gateway::testing::ReadFile;
using gateway::testing::TempDir;
using gateway::testing::WriteFile;

namespace fs = std::filesystem;

namespace {

std::size_t EntriesIn(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("Atomic write: new files are private and existing ones keep their mode", "[config][atomic]") {
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

TEST_CASE("Atomic write: a writer that dies before the rename leaves the old file whole", "[config][atomic]") {
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
