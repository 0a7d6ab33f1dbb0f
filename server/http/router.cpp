#include "server/http/router.hpp"

#include <algorithm>

namespace gateway::http {

void Router::Add(Route route) { routes_.push_back(std::move(route)); }

const Route* Router::Find(std::string_view path) const {
  const Route* best = nullptr;
  for (const auto& route : routes_) {
    if (route.enabled && !route.enabled()) continue;
    if (route.path == path) return &route;
    if (!route.prefix) continue;
    const bool under = path.size() > route.path.size() && path.starts_with(route.path) &&
                       (route.path.ends_with('/') || path[route.path.size()] == '/');
    if (under && (!best || route.path.size() > best->path.size())) best = &route;
  }
  return best;
}

bool Allows(const Route& route, std::string_view method) {
  if (route.methods.empty()) return true;
  for (const auto& allowed : route.methods) {
    if (allowed == method || (allowed == "GET" && method == "HEAD")) return true;
  }
  return false;
}

std::string AllowHeader(const Route& route) {
  std::string out;
  for (const auto& method : route.methods) {
    if (!out.empty()) out += ", ";
    out += method;
    if (method == "GET" &&
        std::find(route.methods.begin(), route.methods.end(), "HEAD") == route.methods.end())
      out += ", HEAD";
  }
  return out;
}

}  // namespace gateway::http
