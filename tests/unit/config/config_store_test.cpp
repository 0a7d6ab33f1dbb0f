// Editing openclaw.json through the store: validation before writing, and an edit re-applied when
// the file changed on disk under it.
#include "server/config/config_store.hpp"

#include <catch2/catch.hpp>

#include "server/config/atomic_file.hpp"
#include "tests/support/temp_dir.hpp"

using namespace gateway::config;
using gateway::testing::ReadFile;
using gateway::testing::TempDir;
using gateway::testing::WriteFile;
using nlohmann::ordered_json;

namespace {

struct Fixture {
  TempDir dir;
  Paths paths;
  Environment env;
  Fixture() : env({{"HOME", dir.path().string()}}) { paths = ResolvePaths({}, env); }
  ordered_json OnDisk() const { return ordered_json::parse(ReadFile(paths.config_path)); }
};

}  // namespace

TEST_CASE("Config store: an edit is written, with a backup and a lock file", "[config][store]") {
  Fixture f;
  UpdateConfig(f.paths, f.env, [](ordered_json& raw) {
    raw["gateway"]["port"] = 18800;
    return true;
  });
  ordered_json now = UpdateConfig(f.paths, f.env, [](ordered_json& raw) {
    raw["gateway"]["mode"] = "local";
    return true;
  });
  CHECK(now == f.OnDisk());
  CHECK(f.OnDisk() == ordered_json::parse(R"({"gateway": {"port": 18800, "mode": "local"}})"));
  CHECK(ReadFile(f.paths.config_path.string() + ".bak") ==
        "{\n  \"gateway\": {\n    \"port\": 18800\n  }\n}\n");
  CHECK(std::filesystem::exists(f.paths.config_path.string() + ".lock"));
}

TEST_CASE("Config store: an edit that returns false writes nothing", "[config][store]") {
  Fixture f;
  UpdateConfig(f.paths, f.env, [](ordered_json&) { return false; });
  CHECK_FALSE(std::filesystem::exists(f.paths.config_path));
}

TEST_CASE("Config store: an edit that would not load is refused", "[config][store]") {
  Fixture f;
  WriteFile(f.paths.config_path, "{gateway: {port: 1}}");
  auto bad = [](ordered_json& raw) {
    raw["gateway"]["port"] = "abc";
    return true;
  };
  CHECK_THROWS_AS(UpdateConfig(f.paths, f.env, bad), InvalidConfigEdit);
  CHECK(ReadFile(f.paths.config_path) == "{gateway: {port: 1}}");
  WriteFile(f.paths.config_path, "{gateway: ");
  auto unreadable = [](ordered_json&) { return true; };
  try {
    UpdateConfig(f.paths, f.env, unreadable);
    FAIL("an unparseable file was edited");
  } catch (const InvalidConfigEdit&) {
    FAIL("a parse error is not an invalid edit");
  } catch (const ConfigError&) {
  }
}

TEST_CASE("Config store: an edit is re-applied when the file changed under it", "[config][store]") {
  Fixture f;
  WriteFile(f.paths.config_path, "{gateway: {mode: 'local'}}");
  int runs = 0;
  UpdateConfig(f.paths, f.env, [&](ordered_json& raw) {
    // A writer that takes no lock (an editor) saves between our read and our rename, once.
    if (++runs == 1) WriteFile(f.paths.config_path, "{gateway: {mode: 'local', port: 18800}}");
    raw["gateway"]["bind"] = "loopback";
    return true;
  });
  CHECK(runs == 2);
  CHECK(f.OnDisk() == ordered_json::parse(
                          R"({"gateway": {"mode": "local", "port": 18800, "bind": "loopback"}})"));
}

TEST_CASE("Config store: an edit gives up when the file keeps changing under it",
          "[config][store]") {
  Fixture f;
  int runs = 0;
  auto racing = [&](ordered_json& raw) {
    WriteFile(f.paths.config_path,
              R"({"gateway": {"port": )" + std::to_string(18000 + ++runs) + "}}");
    raw["gateway"]["mode"] = "local";
    return true;
  };
  CHECK_THROWS_AS(UpdateConfig(f.paths, f.env, racing), ConcurrentModification);
  CHECK(runs > 1);
  // The last outside write stands.
  CHECK(f.OnDisk() == ordered_json{{"gateway", {{"port", 18000 + runs}}}});
}
