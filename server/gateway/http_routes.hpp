// The HTTP surface of spec/http.md §1–§3 that this gateway serves today: probes, the Control UI
// placeholder with the reference's SPA fallback rules, 404/405 answers, and Bearer auth for the
// /v1/* routes that later work adds.
#pragma once

#include <optional>

#include "server/gateway/auth.hpp"
#include "server/gateway/gateway_state.hpp"
#include "server/transport/transport.hpp"

namespace gateway::server {

class HttpRoutes {
 public:
  HttpRoutes(GatewayState& state, Authenticator& auth);
  transport::HttpResponse Handle(const transport::HttpRequest& request);
  bool AcceptsUpgrade(std::string_view target) const;

  // For routes behind gateway HTTP auth: nullopt when the request carries the gateway's secret as
  // `Authorization: Bearer <secret>`, else the 401 (or 429 while locked out) to send.
  std::optional<transport::HttpResponse> RequireBearer(const transport::HttpRequest& request);

 private:
  GatewayState& state_;
  Authenticator& auth_;
};

// "/health?x=1" -> "/health"
std::string_view PathOf(std::string_view target);

}  // namespace gateway::server
