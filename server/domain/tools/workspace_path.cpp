#include "server/domain/tools/workspace_path.hpp"

#include <system_error>

#include "server/domain/tools/tool.hpp"

namespace gateway::domain::tools {
namespace {

namespace fs = std::filesystem;

// Symlink hops followed through dangling links before giving up (Linux's own limit).
constexpr int kMaxLinkHops = 40;

fs::path Expand(const PathRequest& request) {
  std::string raw = request.raw;
  if (raw.rfind("file://", 0) == 0) raw = raw.substr(7);
  fs::path path;
  if (raw == "~") {
    path = request.home;
  } else if (raw.rfind("~/", 0) == 0) {
    path = request.home / raw.substr(2);
  } else {
    path = raw;
  }
  if (path.is_relative()) path = request.workspace / path;
  return path.lexically_normal();
}

// The real path: symlinks of the existing prefix resolved, `..` collapsed; a dangling symlink
// (which weakly_canonical leaves in place) is followed by hand, so a later create cannot land
// outside through it.
fs::path RealPath(fs::path path) {
  for (int hop = 0; hop < kMaxLinkHops; ++hop) {
    std::error_code error;
    fs::path real = fs::weakly_canonical(path, error);
    if (error) real = path.lexically_normal();
    // Find the first component that does not exist (weakly_canonical stopped there).
    fs::path prefix;
    fs::path dangling;
    fs::path rest;
    for (const auto& part : real) {
      if (!dangling.empty()) {
        rest /= part;
        continue;
      }
      prefix /= part;
      if (fs::exists(fs::status(prefix, error))) continue;
      if (fs::is_symlink(fs::symlink_status(prefix, error))) {
        dangling = prefix;
      } else {
        return real;  // plain missing component: nothing below it can be a link
      }
    }
    if (dangling.empty()) return real;
    fs::path target = fs::read_symlink(dangling, error);
    if (error) return real;
    path = (target.is_absolute() ? target : dangling.parent_path() / target) / rest;
  }
  throw ToolFailure("Too many levels of symbolic links: " + path.string());
}

bool Inside(const fs::path& root, const fs::path& path) {
  auto r = root.begin();
  auto p = path.begin();
  for (; r != root.end(); ++r, ++p) {
    if (r->empty()) continue;  // a trailing separator
    if (p == path.end() || *p != *r) return false;
  }
  return true;
}

}  // namespace

fs::path ResolveToolPath(const PathRequest& request) {
  const fs::path path = Expand(request);
  if (!request.confined) return path;
  const fs::path root = RealPath(request.workspace.lexically_normal());
  const fs::path real = RealPath(path);
  if (!Inside(root, real)) {
    throw ToolFailure("Path escapes sandbox root (" + request.workspace.string() +
                      "): " + request.raw);
  }
  return real;
}

}  // namespace gateway::domain::tools
