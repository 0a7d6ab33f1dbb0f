#include "tools/openclaw/rpc_command.hpp"

#include <iostream>

#include "gateway/proto/protocol.hpp"
#include "server/config/gateway_settings.hpp"
#include "server/config/secrets.hpp"
#include "tools/openclaw/exit_codes.hpp"
#include "tools/openclaw/version.hpp"

namespace gateway::cli {
using nlohmann::json;

void AddTargetFlags(CLI::App& command, RpcOptions& o) {
  command.add_option_function<std::string>(
      "--url", [&o](const std::string& v) { o.url = v; }, "Gateway WebSocket URL");
  command.add_option_function<std::string>(
      "--port", [&o](const std::string& v) { o.port = v; }, "Local gateway port");
  command.add_option_function<std::string>(
      "--token", [&o](const std::string& v) { o.token = v; }, "Gateway token");
  command.add_option_function<std::string>(
      "--password", [&o](const std::string& v) { o.password = v; }, "Gateway password");
}

void AddRpcFlags(CLI::App& command, RpcOptions& o, std::int64_t default_timeout_ms) {
  o.timeout_ms = default_timeout_ms;
  AddTargetFlags(command, o);
  command.add_option("--timeout", o.timeout_ms, "Timeout in ms")->check(CLI::PositiveNumber);
  command.add_flag("--json", o.json, "Machine-readable output on stdout");
}

RpcTarget ResolveTarget(CliContext& ctx, const RpcOptions& o) {
  config::Environment& env = ctx.env();
  RpcTarget target;
  if (o.url) {
    target.url = *o.url;
    target.source = "--url";
    target.token = o.token;
    target.password = o.password;
    if (!target.token && !target.password) {
      throw CommandError(kExitUsage,
                         "--url needs --token or --password (credentials are not taken from config "
                         "with an explicit URL)");
    }
    return target;
  }
  config::LoadedConfig loaded;
  try {
    loaded = config::LoadConfig(ctx.paths(), env);
  } catch (const config::ConfigError& e) {
    throw CommandError(kExitFailure, e.what());
  }
  const json& doc = loaded.effective;
  const bool remote = doc.value("/gateway/mode"_json_pointer, "") == "remote";
  auto secret = [&](const char* pointer, const char* key) -> std::optional<std::string> {
    json::json_pointer p(pointer);
    if (!doc.contains(p)) return std::nullopt;
    try {
      return config::ResolveSecret(doc[p], env, ctx.paths(), key, loaded.unresolved);
    } catch (const config::SecretError& e) {
      throw CommandError(kExitFailure, e.what());
    }
  };
  auto local_port = [&](const std::optional<std::string>& flag) {
    try {
      return config::ResolvePort(flag, env, ctx.paths(), doc);
    } catch (const config::StartupRefused& e) {
      throw CommandError(kExitUsage, e.what());
    }
  };
  if (o.port) {
    target.url = "ws://127.0.0.1:" + std::to_string(local_port(o.port)) + "/";
    target.source = "--port";
  } else if (auto env_url = env.GetNonEmpty("OPENCLAW_GATEWAY_URL")) {
    target.url = *env_url;
    target.source = "OPENCLAW_GATEWAY_URL";
  } else if (remote && doc.contains("/gateway/remote/url"_json_pointer)) {
    target.url = doc["/gateway/remote/url"_json_pointer].get<std::string>();
    target.source = "gateway.remote.url";
  } else {
    target.url = "ws://127.0.0.1:" + std::to_string(local_port(std::nullopt)) + "/";
    target.source = "local config";
  }
  target.token = o.token ? o.token : env.GetNonEmpty("OPENCLAW_GATEWAY_TOKEN");
  target.password = o.password ? o.password : env.GetNonEmpty("OPENCLAW_GATEWAY_PASSWORD");
  if (!target.token && !target.password) {
    target.token = remote ? secret("/gateway/remote/token", "gateway.remote.token")
                          : secret("/gateway/auth/token", "gateway.auth.token");
    target.password = remote ? secret("/gateway/remote/password", "gateway.remote.password")
                             : secret("/gateway/auth/password", "gateway.auth.password");
  }
  return target;
}

std::vector<std::string> ScopesFor(const std::string& method) {
  const proto::MethodInfo* info = proto::FindMethod(method);
  if (info && info->scope) return {std::string(proto::ToString(*info->scope))};
  if (info && info->scope_resolver.empty()) return {"operator.read"};
  // Unknown (or params-dependent) methods: the set the real CLI asks for (observed).
  return {"operator.admin",     "operator.read",    "operator.write",       "operator.approvals",
          "operator.questions", "operator.pairing", "operator.talk.secrets"};
}

void FailWith(const client::RpcResult& result, bool json_output) {
  json error = result.error ? json(Write(*result.error)) : json::object();
  const std::string code =
      error.value("code", std::string(proto::ToString(proto::ErrorCode::kUnavailable)));
  json shape = {{"ok", false},
                {"error",
                 {{"type", "gateway_request_error"},
                  {"code", code},
                  {"message", error.value("message", "request failed")},
                  {"retryable", error.value("retryable", false)}}}};
  if (error.contains("details")) shape["error"]["details"] = error["details"];
  if (json_output) std::cout << shape.dump() << "\n";
  throw CommandError(kExitFailure, code + ": " + error.value("message", "request failed"));
}

void ThrowForClientError(const client::GatewayError& e, const std::string& url) {
  using Kind = client::GatewayErrorKind;
  switch (e.kind()) {
    case Kind::kInvalidUrl:
      throw CommandError(kExitUsage, "invalid gateway URL " + url + ": " + e.what());
    case Kind::kUnreachable:
      throw CommandError(kExitUnreachable,
                         "gateway unreachable at " + url + ": " + e.what() +
                             " (is it running? start it with `openclaw gateway`)");
    case Kind::kTimeout:
      throw CommandError(kExitUnreachable, "gateway at " + url + " timed out: " + e.what());
    case Kind::kHandshakeRejected:
      throw CommandError(kExitFailure,
                         "gateway refused the connection: " +
                             (e.error() ? e.error()->message : std::string(e.what())));
    default:
      throw CommandError(kExitFailure, std::string("gateway connection failed: ") + e.what());
  }
}

namespace {

client::ClientOptions ConnectOptions(const RpcTarget& target, std::vector<std::string> scopes,
                                     std::chrono::milliseconds timeout) {
  client::ClientOptions options;
  options.url = target.url;
  options.token = target.token;
  options.password = target.password;
  options.client_version = std::string(kVersion);
  options.scopes = std::move(scopes);
  options.connect_timeout = timeout;
  options.request_timeout = timeout;
  return options;
}

}  // namespace

std::unique_ptr<client::GatewayClient> ConnectTo(const RpcTarget& target,
                                                 std::vector<std::string> scopes,
                                                 std::chrono::milliseconds timeout) {
  try {
    return client::GatewayClient::Connect(ConnectOptions(target, std::move(scopes), timeout));
  } catch (const client::GatewayError& e) {
    ThrowForClientError(e, target.url);
  }
}

std::unique_ptr<client::GatewayClient> ConnectIfRunning(CliContext& ctx, const RpcOptions& rpc,
                                                        std::vector<std::string> scopes,
                                                        std::string* url) {
  const bool explicit_target = rpc.url || rpc.port;
  RpcTarget target;
  try {
    target = ResolveTarget(ctx, rpc);
  } catch (const CommandError&) {
    if (explicit_target) throw;
    return nullptr;  // no loadable config: no gateway of ours can be running on it either
  }
  if (url) *url = target.url;
  const std::chrono::milliseconds timeout(rpc.timeout_ms);
  try {
    return client::GatewayClient::Connect(ConnectOptions(target, std::move(scopes), timeout));
  } catch (const client::GatewayError& e) {
    const bool local = target.source == "local config";
    if (e.kind() == client::GatewayErrorKind::kUnreachable && local && !explicit_target) {
      return nullptr;
    }
    ThrowForClientError(e, target.url);
  }
}

}  // namespace gateway::cli
