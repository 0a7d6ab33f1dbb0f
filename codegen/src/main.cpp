// gateway-codegen: reads protocol/ and writes generated/ (or, with --check, reports drift).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>

#include "emitters.hpp"
#include "frontend.hpp"

namespace fs = std::filesystem;
using namespace gateway::codegen;

namespace {

constexpr const char* kUsage =
    "usage: gateway-codegen --protocol <dir> --out <dir> [--check]\n"
    "  Generates C++, TypeScript, Swift and the bundled JSON Schema from protocol/ YAML.\n"
    "  --check  write nothing; list files that differ from <dir> and exit 1 if any do.\n";

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::set<std::string> ExistingFiles(const fs::path& dir) {
  std::set<std::string> files;
  if (!fs::exists(dir)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files.insert(fs::relative(entry.path(), dir).generic_string());
  }
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path protocol, out;
  bool check = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--protocol" && i + 1 < argc) {
      protocol = argv[++i];
    } else if (arg == "--out" && i + 1 < argc) {
      out = argv[++i];
    } else if (arg == "--check") {
      check = true;
    } else {
      std::cerr << kUsage;
      return 2;
    }
  }
  if (protocol.empty() || out.empty()) {
    std::cerr << kUsage;
    return 2;
  }

  Outputs files;
  try {
    files = GenerateAll(LoadProtocol(protocol));
  } catch (const std::exception& e) {
    std::cerr << "gateway-codegen: " << e.what() << "\n";
    return 1;
  }

  std::set<std::string> existing = ExistingFiles(out);
  int differences = 0;
  for (const auto& [path, content] : files) {
    fs::path target = out / path;
    bool same = existing.count(path) && ReadAll(target) == content;
    existing.erase(path);
    if (same) continue;
    ++differences;
    if (check) {
      std::cout << "differs: " << path << "\n";
      continue;
    }
    fs::create_directories(target.parent_path());
    std::ofstream(target, std::ios::binary) << content;
  }
  for (const auto& stale : existing) {
    ++differences;
    if (check) {
      std::cout << "not generated: " << stale << "\n";
    } else {
      fs::remove(out / stale);
    }
  }
  if (check && differences > 0) {
    std::cout << differences << " file(s) differ from a fresh generation: run tools/regen.sh\n";
    return 1;
  }
  if (!check)
    std::cout << "gateway-codegen: " << files.size() << " files, " << differences << " changed\n";
  return 0;
}
