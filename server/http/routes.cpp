#include "server/http/routes.hpp"

#include "server/platform/ids.hpp"
#include "server/platform/net_address.hpp"

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

HttpResponse MethodNotAllowed(const char* allow) {
  return {405, kText, {{"Allow", allow}}, "Method Not Allowed"};
}

bool IsProbe(std::string_view path) {
  for (std::string_view probe :
       {"/health", "/healthz", "/ready", "/readyz", "/startup", "/startupz"}) {
    if (path == probe) return true;
  }
  return false;
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

Routes::Routes(Settings settings, const domain::GatewayInfo& info, control::Authenticator& auth,
               logging::Logger& log)
    : settings_(settings), info_(info), auth_(auth), log_(log) {}

std::optional<HttpResponse> Routes::CheckUpgrade(const HttpRequest& request) {
  std::string_view path = PathOf(request.target);
  if (IsProbe(path) || UnderProbe(path) || path.rfind("/__openclaw__/worker", 0) == 0)
    return NotFound();
  return RefuseUnattributedProxy(request);
}

std::optional<HttpResponse> Routes::RefuseUnattributedProxy(const HttpRequest& request) const {
  if (settings_.trusted_proxies || !platform::IsLoopbackIp(request.remote_ip) ||
      !HasForwardingHeader(request))
    return std::nullopt;
  log_.Warn("gateway", "refused a forwarded request from " + request.remote_ip + " to " +
                           std::string(PathOf(request.target)) +
                           ": proxy headers without gateway.trustedProxies");
  return HttpResponse{
      403,
      kJson,
      {},
      json{{"error",
            {{"message",
              "Proxy client attribution is required. Configure gateway.trustedProxies narrowly "
              "and make the proxy overwrite or safely rebuild forwarded client headers."},
             {"type", "proxy_attribution_required"}}}}
          .dump()};
}

HttpResponse Routes::Handle(const HttpRequest& request) {
  std::string_view path = PathOf(request.target);
  const bool read = request.method == "GET" || request.method == "HEAD";
  if (IsProbe(path)) {
    if (!read) return MethodNotAllowed("GET, HEAD");
    if (path == "/health" || path == "/healthz")
      return JsonResponse(200, {{"ok", true}, {"status", "live"}});
    if (path == "/ready" || path == "/readyz") {
      return JsonResponse(
          200, {{"ready", true}, {"failing", json::array()}, {"uptimeMs", info_.UptimeMs()}});
    }
    json started = {{"ok", true}, {"status", "started"}};
    if (platform::IsLoopbackIp(request.remote_ip)) {
      started["version"] = info_.version();
      started["uptimeMs"] = info_.UptimeMs();
    }
    return JsonResponse(200, started);
  }
  if (path == "/tools/invoke") {
    if (request.method != "POST") return MethodNotAllowed("POST");
    if (auto denied = RequireBearer(request)) return *denied;
    return NotFound();  // tool invocation arrives with the tools work; the route and its auth are
                        // here
  }
  if (UnderProbe(path) || path == "/v1" || path.rfind("/v1/", 0) == 0 || path == "/api" ||
      path.rfind("/api/", 0) == 0) {
    return NotFound();
  }
  // The Control UI's SPA fallback: any other GET/HEAD without a file extension gets the page.
  if (!read || HasFileExtension(path)) return NotFound();
  return {200, "text/html; charset=utf-8", {{"Cache-Control", "no-cache"}}, kControlUiPlaceholder};
}

std::optional<HttpResponse> Routes::RequireBearer(const HttpRequest& request) {
  if (auto refused = RefuseUnattributedProxy(request)) return refused;
  if (auth_.mode() == config::AuthMode::kNone) return std::nullopt;
  std::string secret;
  if (auto it = request.headers.find("authorization"); it != request.headers.end()) {
    const std::string& value = it->second;
    if (value.size() > 7 &&
        (value.compare(0, 7, "Bearer ") == 0 || value.compare(0, 7, "bearer ") == 0)) {
      secret = value.substr(7);
    }
  }
  proto::ConnectParams params;
  if (!secret.empty()) {
    params.auth.emplace();
    params.auth->token = secret;
    params.auth->password = secret;
  }
  params.client.mode = proto::GatewayClientMode::kBackend;
  auto origin = request.headers.find("origin");
  auto failure =
      auth_.Check(params, request.remote_ip, platform::IsLoopbackIp(request.remote_ip),
                  origin == request.headers.end() ? std::string() : origin->second, NowMs());
  if (!failure) return std::nullopt;
  control::LogAuthFailure(log_, "HTTP " + std::string(PathOf(request.target)), request.remote_ip,
                          failure->error);
  if (failure->error.retry_after_ms) {
    std::int64_t seconds = (*failure->error.retry_after_ms + 999) / 1000;
    return HttpResponse{
        429,
        kJson,
        {{"Retry-After", std::to_string(seconds)}},
        json{{"error",
              {{"message", "Too many failed authentication attempts. Please try again later."},
               {"type", "rate_limited"}}}}
            .dump()};
  }
  HttpResponse unauthorized{
      401,
      kJson,
      {},
      json{{"error", {{"message", "Unauthorized"}, {"type", "unauthorized"}}}}.dump()};
  // A wrong secret is answered after the same pause as on the WebSocket (a missing one is not).
  if (failure->delay) unauthorized.delay = settings_.auth_failure_delay;
  return unauthorized;
}

}  // namespace gateway::http
