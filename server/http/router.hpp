// The route table of the HTTP surface (spec/http.md): path (exact or prefix), allowed methods,
// auth, body limit and handler. Routes decides everything but the handler's work when the request
// head arrives, so a refused request's body is never read.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gateway/proto/protocol.hpp"
#include "server/transport/transport.hpp"

namespace gateway::http {

enum class RouteAuth {
  kNone,
  kGateway,    // Authorization: Bearer <gateway token or password>, the WebSocket lockout rules
  kHookToken,  // Authorization: Bearer <hooks.token> or x-openclaw-token (http.md §7)
};

struct Route {
  std::string path;
  bool prefix = false;               // matches path itself and everything under path + "/"
  std::vector<std::string> methods;  // "GET" also admits HEAD; empty: any method
  RouteAuth auth = RouteAuth::kNone;
  // The operator scope a kGateway request needs (spec/http.md §3); checked after auth → 403.
  std::optional<proto::Scope> scope = std::nullopt;
  std::size_t max_body = 1 << 20;
  std::function<void(std::shared_ptr<transport::HttpExchange>)> handle;
  // Asked on every request when set: a route the live config switched off is not there (the
  // request is answered as if the route did not exist).
  std::function<bool()> enabled = nullptr;
};

class Router {
 public:
  void Add(Route route);
  // The exact route for `path`, else the longest prefix route, else null; routes that are not
  // enabled now are skipped.
  const Route* Find(std::string_view path) const;

 private:
  std::vector<Route> routes_;
};

// Whether `route` admits `method`.
bool Allows(const Route& route, std::string_view method);
// The Allow header of a 405: "GET, HEAD", "POST".
std::string AllowHeader(const Route& route);

}  // namespace gateway::http
