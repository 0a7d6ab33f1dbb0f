// The generator's output for each fixture protocol must equal the checked-in expected tree byte
// for byte. After an intended generator change, refresh with `tools/regen.sh --golden` and review
// the diff.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "emitters.hpp"
#include "frontend.hpp"
#include "verbatim.hpp"

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
    if (entry.is_regular_file())
      expected.insert(fs::relative(entry.path(), expected_dir).generic_string());
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
    // Fixed text copied from codegen/runtime/verbatim/ names that file instead of protocol/.
    const bool copied =
        content.find("Copied from codegen/runtime/verbatim/" + path + ".") == 3 &&
        content.find("Do not edit: change that file and run tools/regen.sh.") != std::string::npos;
    CHECK((copied || content.find("Do not edit: change protocol/ and run tools/regen.sh.") !=
                         std::string::npos));
  }
  CHECK(roots == std::set<std::string>{"cpp", "schema", "swift", "ts"});
}

TEST_CASE("Golden: codegen/runtime/verbatim/ files are copied unchanged", "[codegen][golden]") {
  Outputs generated = GenerateAll(LoadProtocol(fs::path(FIXTURES_DIR) / "features" / "protocol"));
  const fs::path verbatim_dir = fs::path(CODEGEN_DIR) / "runtime" / "verbatim";
  std::size_t on_disk = 0;
  for (const auto& entry : fs::recursive_directory_iterator(verbatim_dir)) {
    if (!entry.is_regular_file()) continue;
    ++on_disk;
    const std::string path = fs::relative(entry.path(), verbatim_dir).generic_string();
    INFO(path);
    REQUIRE(VerbatimFiles().count(path) == 1);
    CHECK(VerbatimFiles().at(path) == ReadAll(entry.path()));  // the embedded copy is current
    REQUIRE(generated.count(path) == 1);
    CHECK(generated.at(path).ends_with(ReadAll(entry.path())));
  }
  CHECK(on_disk == VerbatimFiles().size());
  CHECK(on_disk >= 3);  // rpc.hpp, rpc.cpp, JSONValue.swift at least
}

TEST_CASE("Golden: one field edited in YAML changes every target consistently",
          "[codegen][golden]") {
  fs::path source = fs::path(FIXTURES_DIR) / "features" / "protocol";
  fs::path copy = fs::temp_directory_path() / ("codegen-edit-" + std::to_string(::getpid()));
  fs::remove_all(copy);
  fs::copy(source, copy, fs::copy_options::recursive);
  Outputs before = GenerateAll(LoadProtocol(copy));
  {
    std::string frames = ReadAll(copy / "frames.yaml");
    std::string anchor = "      things: {type: integer, minimum: 0}\n";
    REQUIRE(frames.find(anchor) != std::string::npos);
    frames.replace(frames.find(anchor), anchor.size(),
                   anchor + "      widgets: {type: integer, minimum: 0}\n");
    std::ofstream(copy / "frames.yaml", std::ios::binary) << frames;
  }
  Outputs after = GenerateAll(LoadProtocol(copy));
  fs::remove_all(copy);

  std::set<std::string> changed;
  for (const auto& [path, content] : after) {
    if (before[path] != content) changed.insert(path);
  }
  for (const char* path :
       {"cpp/include/gateway/proto/frames.hpp", "cpp/src/frames.cpp", "cpp/src/frames_validate.cpp",
        "ts/types.ts", "swift/Types.swift", "schema/protocol.schema.json"}) {
    INFO(path);
    CHECK(changed.count(path) == 1);
  }
  CHECK(after["ts/types.ts"].find("readonly widgets?: number;") != std::string::npos);
  CHECK(after["swift/Types.swift"].find("public let widgets: Int64?") != std::string::npos);
  CHECK(after["cpp/include/gateway/proto/frames.hpp"].find(
            "std::optional<std::int64_t> widgets{};") != std::string::npos);
}
