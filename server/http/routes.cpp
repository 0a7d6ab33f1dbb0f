#include "server/http/routes.hpp"

#include <algorithm>

#include "server/http/http_scopes.hpp"
#include "server/platform/ids.hpp"
#include "server/platform/net_address.hpp"
#include "server/platform/text.hpp"

namespace gateway::http {
using nlohmann::json;
using transport::HttpRequest;
using transport::HttpResponse;

namespace {

constexpr const char* kJson = "application/json; charset=utf-8";
constexpr const char* kText = "text/plain; charset=utf-8";

HttpResponse JsonResponse(int status, const json& body) {
  return {status, kJson, {{"Cache-Control", "no-store"}}, body.dump()};
}

HttpResponse NotFound() { return {404, kText, {}, "Not Found"}; }

HttpResponse MethodNotAllowed(const std::string& allow) {
  return {405, kText, {{"Allow", allow}}, "Method Not Allowed"};
}

HttpResponse ErrorBody(int status, std::string_view message, std::string_view type) {
  return {status, kJson, {}, json{{"error", {{"message", message}, {"type", type}}}}.dump()};
}

constexpr std::string_view kProbes[] = {"/health", "/healthz", "/ready",
                                        "/readyz", "/startup", "/startupz"};

bool IsProbe(std::string_view path) {
  return std::find(std::begin(kProbes), std::end(kProbes), path) != std::end(kProbes);
}

// The secret of `Authorization: Bearer <secret>`, or "".
std::string BearerOf(const HttpRequest& request) {
  auto it = request.headers.find("authorization");
  if (it == request.headers.end()) return {};
  const std::string& value = it->second;
  if (value.size() > 7 && platform::AsciiLower(value.substr(0, 7)) == "bearer ")
    return value.substr(7);
  return {};
}

bool HasQueryToken(std::string_view target) {
  auto q = target.find('?');
  if (q == std::string_view::npos) return false;
  std::string_view query = target.substr(q + 1);
  return query.starts_with("token=") || query.find("&token=") != std::string_view::npos;
}

// Sub-paths of a probe root are reserved (observed: /health/x, /readyz/ -> 404).
bool UnderProbe(std::string_view path) {
  for (std::string_view probe :
       {"/health/", "/healthz/", "/ready/", "/readyz/", "/startup/", "/startupz/"}) {
    if (path.rfind(probe, 0) == 0) return true;
  }
  return false;
}

bool HasFileExtension(std::string_view path) {
  auto slash = path.rfind('/');
  auto dot = path.rfind('.');
  return dot != std::string_view::npos && (slash == std::string_view::npos || dot > slash);
}

// Forwarded, X-Forwarded-* or X-Real-IP (header names are lowercase).
bool HasForwardingHeader(const HttpRequest& request) {
  for (const auto& [name, value] : request.headers) {
    if (name == "forwarded" || name == "x-real-ip" || name.rfind("x-forwarded-", 0) == 0)
      return true;
  }
  return false;
}

constexpr const char* kControlUiPlaceholder = R"(<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>OpenClaw Gateway</title></head>
<body>
<h1>OpenClaw Gateway</h1>
<p>The gateway is running. The Control UI is not bundled with this build yet; use the
<code>openclaw</code> CLI or connect a client to this address over WebSocket.</p>
</body>
</html>
)";

}  // namespace

std::string_view PathOf(std::string_view target) {
  auto q = target.find_first_of("?#");
  return q == std::string_view::npos ? target : target.substr(0, q);
}

namespace {

// http.md §7: hook token failures are limited per client address, loopback included.
constexpr control::RateLimit kHookTokenLimit{
    .max_attempts = 20, .window_ms = 60000, .lockout_ms = 60000, .exempt_loopback = false};

}  // namespace

Routes::Routes(Settings settings, const domain::GatewayInfo& info, control::Authenticator& auth,
               logging::Logger& log)
    : settings_(std::move(settings)),
      trusted_proxies_(settings_.trusted_proxies),
      hooks_token_set_(settings_.hooks_token.has_value()),
      info_(info),
      auth_(auth),
      hook_auth_(config::AuthMode::kToken, settings_.hooks_token, std::nullopt, kHookTokenLimit),
      log_(log) {
  AddProbes();  // POST /tools/invoke: http/tools/tools_invoke_route.cpp
}

void Routes::SetHooksToken(std::optional<std::string> token) {
  hooks_token_set_ = token.has_value();
  hook_auth_.Update(std::move(token), std::nullopt, kHookTokenLimit);
}

void Routes::AddProbes() {
  auto live = [](std::shared_ptr<transport::HttpExchange> exchange) {
    exchange->Respond(JsonResponse(200, {{"ok", true}, {"status", "live"}}));
  };
  auto ready = [this](std::shared_ptr<transport::HttpExchange> exchange) {
    exchange->Respond(JsonResponse(
        200, {{"ready", true}, {"failing", json::array()}, {"uptimeMs", info_.UptimeMs()}}));
  };
  auto started = [this](std::shared_ptr<transport::HttpExchange> exchange) {
    json body = {{"ok", true}, {"status", "started"}};
    if (platform::IsLoopbackIp(exchange->request().remote_ip)) {
      body["version"] = info_.version();
      body["uptimeMs"] = info_.UptimeMs();
    }
    exchange->Respond(JsonResponse(200, body));
  };
  for (const char* path : {"/health", "/healthz"})
    Add({.path = path, .methods = {"GET"}, .handle = live});
  for (const char* path : {"/ready", "/readyz"})
    Add({.path = path, .methods = {"GET"}, .handle = ready});
  for (const char* path : {"/startup", "/startupz"})
    Add({.path = path, .methods = {"GET"}, .handle = started});
}

std::optional<HttpResponse> Routes::CheckUpgrade(const HttpRequest& request) {
  std::string_view path = PathOf(request.target);
  if (IsProbe(path) || UnderProbe(path) || path.rfind("/__openclaw__/worker", 0) == 0)
    return NotFound();
  return RefuseUnattributedProxy(request);
}

std::optional<HttpResponse> Routes::RefuseUnattributedProxy(const HttpRequest& request) const {
  if (trusted_proxies_ || !platform::IsLoopbackIp(request.remote_ip) ||
      !HasForwardingHeader(request))
    return std::nullopt;
  log_.Warn("gateway", "refused a forwarded request from " + request.remote_ip + " to " +
                           std::string(PathOf(request.target)) +
                           ": proxy headers without gateway.trustedProxies");
  return ErrorBody(403,
                   "Proxy client attribution is required. Configure gateway.trustedProxies "
                   "narrowly and make the proxy overwrite or safely rebuild forwarded client "
                   "headers.",
                   "proxy_attribution_required");
}

transport::BodyPolicy Routes::Admit(const HttpRequest& head) {
  transport::BodyPolicy policy;
  const Route* route = router_.Find(PathOf(head.target));
  if (!route) {
    policy.answer = Fallback(head);
  } else if (!Allows(*route, head.method)) {
    policy.answer = MethodNotAllowed(AllowHeader(*route));
  } else if (auto refused = Authenticate(head, route->auth)) {
    policy.answer = std::move(*refused);
  } else if (route->scope && !HttpScopes(auth_.mode(), head).Grants(*route->scope)) {
    policy.answer = MissingScopeResponse(*route->scope);
  } else {
    policy.max_bytes = route->max_body;
  }
  return policy;
}

void Routes::Handle(std::shared_ptr<transport::HttpExchange> exchange) {
  const Route* route = router_.Find(PathOf(exchange->request().target));
  if (!route) return exchange->Respond(Fallback(exchange->request()));
  route->handle(std::move(exchange));
}

HttpResponse Routes::Fallback(const HttpRequest& head) const {
  std::string_view path = PathOf(head.target);
  const bool read = head.method == "GET" || head.method == "HEAD";
  if (UnderProbe(path) || path == "/v1" || path.rfind("/v1/", 0) == 0 || path == "/api" ||
      path.rfind("/api/", 0) == 0) {
    return NotFound();
  }
  // The Control UI's SPA fallback: any other GET/HEAD without a file extension gets the page.
  if (!read || HasFileExtension(path)) return NotFound();
  return {200, "text/html; charset=utf-8", {{"Cache-Control", "no-cache"}}, kControlUiPlaceholder};
}

std::optional<HttpResponse> Routes::Authenticate(const HttpRequest& request, RouteAuth auth) {
  if (auth == RouteAuth::kNone) return std::nullopt;
  if (auto refused = RefuseUnattributedProxy(request)) return refused;
  if (auth == RouteAuth::kGateway) {
    if (auth_.mode() == config::AuthMode::kNone) return std::nullopt;
    return CheckSecret(request, auth_, BearerOf(request));
  }
  // Hooks: only with a configured token; never from the query string (http.md §7).
  if (!hooks_token_set_) return NotFound();
  if (HasQueryToken(request.target))
    return ErrorBody(400, "Hook token must be sent in a header, not the query string.",
                     "invalid_request_error");
  std::string secret = BearerOf(request);
  if (secret.empty()) {
    if (auto it = request.headers.find("x-openclaw-token"); it != request.headers.end())
      secret = it->second;
  }
  return CheckSecret(request, hook_auth_, secret);
}

std::optional<HttpResponse> Routes::CheckSecret(const HttpRequest& request,
                                                control::Authenticator& authenticator,
                                                const std::string& secret) {
  proto::ConnectParams params;
  if (!secret.empty()) {
    params.auth.emplace();
    params.auth->token = secret;
    params.auth->password = secret;
  }
  params.client.mode = proto::GatewayClientMode::kBackend;
  auto origin = request.headers.find("origin");
  auto failure = authenticator.Check(
      params, request.remote_ip, platform::IsLoopbackIp(request.remote_ip),
      origin == request.headers.end() ? std::string() : origin->second, NowMs());
  if (!failure) return std::nullopt;
  control::LogAuthFailure(log_, "HTTP " + std::string(PathOf(request.target)), request.remote_ip,
                          failure->error);
  if (failure->error.retry_after_ms) {
    std::int64_t seconds = (*failure->error.retry_after_ms + 999) / 1000;
    HttpResponse limited = ErrorBody(
        429, "Too many failed authentication attempts. Please try again later.", "rate_limited");
    limited.headers.emplace_back("Retry-After", std::to_string(seconds));
    return limited;
  }
  HttpResponse unauthorized = ErrorBody(401, "Unauthorized", "unauthorized");
  // A wrong secret is answered after the same pause as on the WebSocket (a missing one is not).
  if (failure->delay) unauthorized.delay = settings_.auth_failure_delay;
  return unauthorized;
}

}  // namespace gateway::http
