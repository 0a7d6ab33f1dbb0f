// Where config and state live (spec/config.md §1).
#include "server/config/paths.hpp"

#include <catch2/catch.hpp>

#include "tests/support/temp_dir.hpp"

using namespace gateway::config;
using gateway::testing::FileMode;
using gateway::testing::TempDir;

TEST_CASE("Paths: defaults under the home directory", "[config][paths]") {
  Environment env({{"HOME", "/home/ann"}});
  Paths p = ResolvePaths({}, env);
  CHECK(p.state_dir == "/home/ann/.openclaw");
  CHECK(p.config_path == "/home/ann/.openclaw/openclaw.json");
  CHECK(p.workspace_dir == "/home/ann/.openclaw/workspace");
  CHECK(p.default_port == 18789);
  CHECK(p.profile.empty());
}

TEST_CASE("Paths: OPENCLAW_HOME wins over HOME", "[config][paths]") {
  Environment env({{"HOME", "/home/ann"}, {"OPENCLAW_HOME", "/srv/claw"}});
  CHECK(ResolvePaths({}, env).state_dir == "/srv/claw/.openclaw");
}

TEST_CASE("Paths: profiles and --dev", "[config][paths]") {
  Environment env({{"HOME", "/h"}});
  SECTION("--profile") {
    Paths p = ResolvePaths({false, "work"}, env);
    CHECK(p.state_dir == "/h/.openclaw-work");
    CHECK(p.config_path == "/h/.openclaw-work/openclaw.json");
    CHECK(p.default_port == 18789);
  }
  SECTION("OPENCLAW_PROFILE") {
    Environment with_env({{"HOME", "/h"}, {"OPENCLAW_PROFILE", "lab"}});
    CHECK(ResolvePaths({}, with_env).state_dir == "/h/.openclaw-lab");
    CHECK(ResolvePaths({false, "work"}, with_env).state_dir == "/h/.openclaw-work");
  }
  SECTION("--dev: isolated state and port 19001") {
    Paths p = ResolvePaths({true, ""}, env);
    CHECK(p.state_dir == "/h/.openclaw-dev");
    CHECK(p.default_port == 19001);
    CHECK(p.dev);
  }
  SECTION("bad names and conflicts are usage errors") {
    CHECK_THROWS_AS(ResolvePaths({false, "../etc"}, env), UsageError);
    CHECK_THROWS_AS(ResolvePaths({true, "work"}, env), UsageError);
  }
}

TEST_CASE("Paths: explicit state dir and config path win over the profile", "[config][paths]") {
  Environment env({{"HOME", "/h"},
                   {"OPENCLAW_STATE_DIR", "~/state"},
                   {"OPENCLAW_CONFIG_PATH", "/etc/claw.json"}});
  Paths p = ResolvePaths({false, "work"}, env);
  CHECK(p.state_dir == "/h/state");
  CHECK(p.config_path == "/etc/claw.json");
  CHECK(p.workspace_dir == "/h/state/workspace");
}

TEST_CASE("Paths: the state directory is created private", "[config][paths]") {
  TempDir dir;
  Environment env({{"HOME", dir.path().string()}});
  Paths p = ResolvePaths({}, env);
  EnsureStateDir(p);
  CHECK(std::filesystem::is_directory(p.state_dir));
  CHECK(FileMode(p.state_dir) == 0700);
  EnsureStateDir(p);  // idempotent
}
