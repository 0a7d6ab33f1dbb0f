// What the process tests do to a Home as an operator would: run a CLI command for its --json
// answer, and edit openclaw.json in place or by an editor's rename (the config watcher's input).
#pragma once

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/support/gateway_process.hpp"

namespace gateway::testing {

// `openclaw <args> --json`, which must succeed.
inline nlohmann::json RunJson(const Home& home, std::vector<std::string> args) {
  args.push_back("--json");
  auto run = home.Run(args);
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  return nlohmann::json::parse(run.out);
}

inline std::filesystem::path ConfigPath(const Home& home) {
  return home.dir.path() / ".openclaw/openclaw.json";
}

inline nlohmann::json ReadConfig(const Home& home) {
  return nlohmann::json::parse(ReadFile(ConfigPath(home)));
}

// As editors do: a new file renamed over the old one.
inline void WriteByRename(const Home& home, const nlohmann::json& config) {
  const std::filesystem::path temp = ConfigPath(home).string() + ".tmp-edit";
  std::ofstream(temp) << config.dump(2);
  std::filesystem::rename(temp, ConfigPath(home));
}

// As `echo > file` does.
inline void WriteInPlace(const Home& home, const std::string& text) {
  std::ofstream(ConfigPath(home), std::ios::trunc) << text;
}

}  // namespace gateway::testing
