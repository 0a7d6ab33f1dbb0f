// The HTTP surface of spec/http.md §1–§3 that this gateway serves today: probes, the Control UI
// placeholder with the reference's SPA fallback rules, 404/405 answers, and Bearer auth for the
// /v1/* routes that later work adds.
#pragma once

#include <chrono>
#include <optional>

#include "server/control/authenticator.hpp"
#include "server/domain/system/gateway_info.hpp"
#include "server/logging/logger.hpp"
#include "server/transport/transport.hpp"

namespace gateway::http {

class Routes final : public transport::HttpHandler {
 public:
  struct Settings {
    // gateway.trustedProxies is configured (a proxy's forwarded headers are then not refused
    // here; trusted-proxy auth itself is not implemented yet).
    bool trusted_proxies = false;
    std::chrono::milliseconds auth_failure_delay{260};
  };
  Routes(Settings settings, const domain::GatewayInfo& info, control::Authenticator& auth,
         logging::Logger& log);
  transport::HttpResponse Handle(const transport::HttpRequest& request) override;
  // nullopt accepts the WebSocket upgrade; else the response that refuses it.
  std::optional<transport::HttpResponse> CheckUpgrade(
      const transport::HttpRequest& request) override;

  // auth.md §7: a loopback request carrying Forwarded / X-Forwarded-* / X-Real-IP came through a
  // same-host proxy and cannot be attributed to a client without gateway.trustedProxies, so it
  // must not count as local: the 403 to send, or nullopt.
  std::optional<transport::HttpResponse> RefuseUnattributedProxy(
      const transport::HttpRequest& request) const;

  // For routes behind gateway HTTP auth: nullopt when the request carries the gateway's secret as
  // `Authorization: Bearer <secret>`, else the 401 (or 429 while locked out) to send.
  std::optional<transport::HttpResponse> RequireBearer(const transport::HttpRequest& request);

 private:
  const Settings settings_;
  const domain::GatewayInfo& info_;
  control::Authenticator& auth_;
  logging::Logger& log_;
};

// "/health?x=1" -> "/health"
std::string_view PathOf(std::string_view target);

}  // namespace gateway::http
