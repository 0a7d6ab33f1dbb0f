// The HTTP surface this gateway serves today (spec/http.md §1–§3, §7): the probes, the Control UI
// placeholder with the reference's SPA fallback, 404/405 answers, and auth for the routes that
// need it (gateway Bearer with the WebSocket lockout rules, the hooks token). Features add routes
// through Add(); the transport calls Admit when a request head arrives and Handle once its body
// has.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "server/control/authenticator.hpp"
#include "server/domain/system/gateway_info.hpp"
#include "server/http/router.hpp"
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
    // hooks.token when hooks are enabled: routes with RouteAuth::kHookToken accept it.
    std::optional<std::string> hooks_token;
  };
  Routes(Settings settings, const domain::GatewayInfo& info, control::Authenticator& auth,
         logging::Logger& log);

  // A feature's route; matched before the built-in fallbacks. Not once serving has begun.
  void Add(Route route) { router_.Add(std::move(route)); }
  // A config change applied live: gateway.trustedProxies and the resolved hooks.token (nullopt:
  // hook routes refuse every request).
  void SetTrustedProxies(bool configured) { trusted_proxies_ = configured; }
  void SetHooksToken(std::optional<std::string> token);

  transport::BodyPolicy Admit(const transport::HttpRequest& head) override;
  void Handle(std::shared_ptr<transport::HttpExchange> exchange) override;
  // nullopt accepts the WebSocket upgrade; else the response that refuses it.
  std::optional<transport::HttpResponse> CheckUpgrade(
      const transport::HttpRequest& request) override;

 private:
  void AddProbes();
  // The answer to a request no route takes: reserved paths 404, the Control UI page for other
  // GET/HEAD paths without a file extension.
  transport::HttpResponse Fallback(const transport::HttpRequest& head) const;
  // auth.md §7: a loopback request carrying Forwarded / X-Forwarded-* / X-Real-IP came through a
  // same-host proxy and cannot be attributed to a client without gateway.trustedProxies, so it
  // must not count as local: the 403 to send, or nullopt.
  std::optional<transport::HttpResponse> RefuseUnattributedProxy(
      const transport::HttpRequest& request) const;
  // nullopt when the request carries the right secret for `auth`, else the 400/401/429 to send.
  std::optional<transport::HttpResponse> Authenticate(const transport::HttpRequest& request,
                                                      RouteAuth auth);
  std::optional<transport::HttpResponse> CheckSecret(const transport::HttpRequest& request,
                                                     control::Authenticator& authenticator,
                                                     const std::string& secret);

  const Settings settings_;
  std::atomic<bool> trusted_proxies_;
  std::atomic<bool> hooks_token_set_;
  const domain::GatewayInfo& info_;
  control::Authenticator& auth_;
  control::Authenticator hook_auth_;  // hooks.token, 20 failures / 60 s per IP
  logging::Logger& log_;
  Router router_;
};

// "/health?x=1" -> "/health"
std::string_view PathOf(std::string_view target);

}  // namespace gateway::http
