// The generator's output for each fixture protocol must equal the checked-in expected tree byte
// for byte. After an intended generator change, refresh with `tools/regen.sh --golden` and review
// the diff.
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>

#include "emitters.hpp"
#include "frontend.hpp"

namespace fs = std::filesystem;
using namespace gateway::codegen;

namespace {

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Names every file that differs, is missing or is extra; empty when the trees match.
std::vector<std::string> CompareTree(const Outputs& generated, const fs::path& expected_dir) {
  std::vector<std::string> problems;
  std::set<std::string> expected;
  for (const auto& entry : fs::recursive_directory_iterator(expected_dir)) {
    if (entry.is_regular_file()) expected.insert(fs::relative(entry.path(), expected_dir).generic_string());
  }
  for (const auto& [path, content] : generated) {
    if (!expected.erase(path)) {
      problems.push_back("missing from expected: " + path);
    } else if (ReadAll(expected_dir / path) != content) {
      problems.push_back("differs: " + path);
    }
  }
  for (const auto& extra : expected) problems.push_back("not generated: " + extra);
  return problems;
}

}  // namespace

TEST_CASE("Golden: every fixture generates its expected tree", "[codegen][golden]") {
  int fixtures = 0;
  for (const auto& entry : fs::directory_iterator(FIXTURES_DIR)) {
    if (!entry.is_directory()) continue;
    ++fixtures;
    SECTION(entry.path().filename().string()) {
      Outputs generated = GenerateAll(LoadProtocol(entry.path() / "protocol"));
      auto problems = CompareTree(generated, entry.path() / "expected");
      INFO("refresh with tools/regen.sh --golden after an intended change");
      CHECK(problems == std::vector<std::string>{});
    }
  }
  CHECK(fixtures > 0);
}

TEST_CASE("Golden: generation is deterministic", "[codegen][golden]") {
  fs::path fixture = fs::path(FIXTURES_DIR) / "features" / "protocol";
  CHECK(GenerateAll(LoadProtocol(fixture)) == GenerateAll(LoadProtocol(fixture)));
}

TEST_CASE("Golden: every target is emitted with a banner naming its source", "[codegen][golden]") {
  Outputs generated = GenerateAll(LoadProtocol(fs::path(FIXTURES_DIR) / "features" / "protocol"));
  std::set<std::string> roots;
  for (const auto& [path, content] : generated) {
    roots.insert(path.substr(0, path.find('/')));
    if (path.ends_with(".json")) continue;  // JSON has no comments
    INFO(path);
    CHECK(content.find("Do not edit: change protocol/ and run tools/regen.sh.") != std::string::npos);
  }
  CHECK(roots == std::set<std::string>{"cpp", "schema", "swift", "ts"});
}
