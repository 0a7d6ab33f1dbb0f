#include "tools/openclaw/query_commands.hpp"

#include <signal.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <memory>
#include <thread>

#include "gateway/proto/protocol.hpp"
#include "server/config/json5.hpp"
#include "server/config/loader.hpp"
#include "tools/openclaw/exit_codes.hpp"
#include "tools/openclaw/rpc_command.hpp"

namespace gateway::cli {
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

struct CallOptions {
  RpcOptions rpc;
  std::string method;
  std::string params = "{}";
  bool expect_final = false;
};

struct LogsOptions {
  RpcOptions rpc;
  std::int64_t limit = 200;
  std::int64_t max_bytes = 250000;
  std::int64_t interval_ms = 1000;
  bool follow = false;
  bool plain = false;
};

struct StatusOptions {
  RpcOptions rpc;
  bool deep = false;
  bool all = false;
};

// Calls one method and returns its payload; an error response throws CommandError(1) after
// printing the error shape as the real CLI does.
json CallOrThrow(client::GatewayClient& client, const std::string& method, const json& params,
                 bool json_output, bool expect_final = false) {
  client::RpcResult result;
  try {
    result = client.Call(method, params, expect_final);
  } catch (const client::GatewayError& e) {
    ThrowForClientError(e, "the gateway");
  }
  if (result.ok) return result.payload;
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

int Call(CliContext& ctx, const CallOptions& o) {
  json params;
  try {
    params = config::UnorderedJson(config::ParseJson5(o.params).value);
  } catch (const config::Json5Error& e) {
    throw CommandError(kExitUsage, std::string("--params is not valid JSON: ") + e.what());
  }
  RpcTarget target = ResolveTarget(ctx, o.rpc);
  auto client = ConnectTo(target, ScopesFor(o.method), std::chrono::milliseconds(o.rpc.timeout_ms));
  json payload = CallOrThrow(*client, o.method, params, true, o.expect_final);
  std::cout << payload.dump(o.rpc.json ? -1 : 2) << "\n";
  return kExitOk;
}

int Health(CliContext& ctx, const RpcOptions& o) {
  RpcTarget target = ResolveTarget(ctx, o);
  auto started = std::chrono::steady_clock::now();
  auto client = ConnectTo(target, ScopesFor("health"), std::chrono::milliseconds(o.timeout_ms));
  json health = CallOrThrow(*client, "health", json::object(), o.json);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  started)
                .count();
  if (o.json) {
    std::cout << health.dump() << "\n";
    return kExitOk;
  }
  std::cout << "Gateway      " << (health.value("ok", false) ? "ok" : "not ok") << " ("
            << target.url << ", " << ms << " ms)\n"
            << "Agent        " << health.value("defaultAgentId", "main") << " (default)\n"
            << "Channels     "
            << (health.value("channelOrder", json::array()).empty() ? "none configured"
                                                                    : health["channelOrder"].dump())
            << "\n"
            << "Heartbeat    every " << health.value("heartbeatSeconds", 0) / 60 << " min\n";
  return kExitOk;
}

std::string Row(const std::string& label, const std::string& value) {
  std::string padded = label;
  padded.resize(std::max<std::size_t>(label.size() + 1, 13), ' ');
  return padded + value + "\n";
}

int Status(CliContext& ctx, const StatusOptions& o) {
  RpcTarget target = ResolveTarget(ctx, o.rpc);
  auto client = ConnectTo(target, {"operator.read"}, std::chrono::milliseconds(o.rpc.timeout_ms));
  json status = CallOrThrow(*client, "status", json::object(), o.rpc.json);
  json health = o.deep ? CallOrThrow(*client, "health", {{"probe", true}}, o.rpc.json) : json();
  json presence =
      o.all ? CallOrThrow(*client, "system-presence", json::object(), o.rpc.json) : json();
  if (o.rpc.json) {
    json out = status;
    if (o.deep) out["health"] = health;
    if (o.all) out["presence"] = presence;
    std::cout << out.dump() << "\n";
    return kExitOk;
  }
  std::string heartbeat;
  for (const auto& a : status["heartbeat"]["agents"]) {
    heartbeat +=
        (heartbeat.empty() ? "" : ", ") + a.value("agentId", "?") + ": " +
        (a.value("enabled", false) ? "every " + a.value("every", "?") : std::string("off"));
  }
  std::cout << Row("Gateway", target.url + " (reachable)")
            << Row("Version", status.value("runtimeVersion", "?"))
            << Row("PID", std::to_string(status.value("pid", 0))) << Row("Heartbeat", heartbeat)
            << Row("Sessions", std::to_string(status["sessions"].value("count", 0)))
            << Row("Tasks", std::to_string(status["tasks"].value("active", 0)) + " active, " +
                                std::to_string(status["tasks"].value("total", 0)) + " total")
            << Row("Channels", status["channelSummary"].empty()
                                   ? "none configured"
                                   : std::to_string(status["channelSummary"].size()));
  if (o.deep) std::cout << Row("Health", health.value("ok", false) ? "ok" : "not ok");
  if (o.all) {
    std::cout << "Presence\n";
    for (const auto& e : presence) {
      std::cout << "  " << e.value("mode", "?") << "  " << e.value("host", "?") << "  "
                << e.value("reason", "") << "\n";
    }
  }
  return kExitOk;
}

// "2026-11-23T08:15:02.123+00:00" -> "08:15:02".
std::string ClockOf(const std::string& iso) { return iso.size() >= 19 ? iso.substr(11, 8) : iso; }

void PrintLogLine(const std::string& line, const LogsOptions& o, bool color) {
  if (o.rpc.json || o.plain) {
    std::cout << line << "\n";
    return;
  }
  json record = json::parse(line, nullptr, false);
  std::string out;
  if (!record.is_object()) {
    logging::AppendForTerminal(out, line);
    std::cout << out << "\n";
    return;
  }
  std::string level =
      record.value("level", record.value("/_meta/logLevelName"_json_pointer, std::string("info")));
  for (auto& c : level) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string subsystem = record.value("subsystem", "");
  std::string message = record.value("message", record.value("1", ""));
  const char* paint = !color                                 ? ""
                      : level == "error" || level == "fatal" ? "\033[31m"
                      : level == "warn"                      ? "\033[33m"
                                                             : "";
  logging::AppendForTerminal(out, ClockOf(record.value("time", "")));
  out += ' ';
  out += paint;
  logging::AppendForTerminal(out, level);
  if (color && *paint) out += "\033[0m";
  out += " [";
  logging::AppendForTerminal(out, subsystem);
  out += "] ";
  logging::AppendForTerminal(out, message);
  std::cout << out << "\n";
}

std::atomic<bool> g_stop_follow{false};

int Logs(CliContext& ctx, const LogsOptions& o) {
  RpcTarget target = ResolveTarget(ctx, o.rpc);
  auto client =
      ConnectTo(target, ScopesFor("logs.tail"), std::chrono::milliseconds(o.rpc.timeout_ms));
  json params = {{"limit", o.limit}, {"maxBytes", o.max_bytes}};
  json tail = CallOrThrow(*client, "logs.tail", params, o.rpc.json);
  for (const auto& line : tail["lines"]) PrintLogLine(line.get<std::string>(), o, ctx.color());
  std::cout << std::flush;
  if (!o.follow) return kExitOk;
  signal(SIGINT, [](int) { g_stop_follow = true; });
  signal(SIGTERM, [](int) { g_stop_follow = true; });
  std::int64_t cursor = tail["cursor"].get<std::int64_t>();
  int failures = 0;
  while (!g_stop_follow) {
    std::this_thread::sleep_for(std::chrono::milliseconds(o.interval_ms));
    try {
      if (!client)
        client =
            ConnectTo(target, ScopesFor("logs.tail"), std::chrono::milliseconds(o.rpc.timeout_ms));
      json next =
          CallOrThrow(*client, "logs.tail",
                      {{"cursor", cursor}, {"limit", 5000}, {"maxBytes", o.max_bytes}}, o.rpc.json);
      if (next.value("reset", false) && !o.rpc.json)
        std::cerr << "-- log file rotated: reading from its start --\n";
      for (const auto& line : next["lines"]) PrintLogLine(line.get<std::string>(), o, ctx.color());
      std::cout << std::flush;
      cursor = next["cursor"].get<std::int64_t>();
      failures = 0;
    } catch (const CommandError& e) {
      client.reset();
      if (++failures > 8) throw;  // reconnect with backoff, then give up
      std::this_thread::sleep_for(
          std::chrono::milliseconds(std::min<std::int64_t>(30000, 500LL << failures)));
    }
  }
  return kExitOk;
}

}  // namespace

void AddQueryCommands(CLI::App& app, CLI::App& gateway, Action& action) {
  auto call_options = std::make_shared<CallOptions>();
  auto* call =
      gateway.add_subcommand("call", "Call any gateway method and print its payload as JSON");
  call->add_option("method", call_options->method, "Method name, e.g. health or system-presence")
      ->required();
  call->add_option("--params", call_options->params, "Params as JSON (default {})");
  call->add_flag("--expect-final", call_options->expect_final,
                 "For two-phase methods: wait for the final response");
  AddRpcFlags(*call, call_options->rpc);
  call->callback([&action, call_options] {
    action = [call_options](CliContext& ctx) { return Call(ctx, *call_options); };
  });

  for (CLI::App* cmd :
       {app.add_subcommand("health", "Ask the gateway for its health snapshot"),
        gateway.add_subcommand("health", "Ask the gateway for its health snapshot")}) {
    auto health_options = std::make_shared<RpcOptions>();  // one each: the default timeouts differ
    AddRpcFlags(*cmd, *health_options, cmd->get_parent() == &app ? 60000 : 10000);
    cmd->callback([&action, health_options] {
      action = [health_options](CliContext& ctx) { return Health(ctx, *health_options); };
    });
  }

  auto status_options = std::make_shared<StatusOptions>();
  auto* status = app.add_subcommand("status", "Summarise the running gateway");
  AddRpcFlags(*status, status_options->rpc, 60000);
  status->add_flag("--deep", status_options->deep, "Also run a live health probe");
  status->add_flag("--all", status_options->all, "Also list presence");
  status->callback([&action, status_options] {
    action = [status_options](CliContext& ctx) { return Status(ctx, *status_options); };
  });

  auto logs_options = std::make_shared<LogsOptions>();
  auto* logs = app.add_subcommand(
      "logs", "Print the gateway's log (through logs.tail); --follow keeps reading");
  AddRpcFlags(*logs, logs_options->rpc, 30000);
  logs->add_option("--limit", logs_options->limit, "Lines to show first (1-5000)")
      ->check(CLI::Range(1, 5000));
  logs->add_option("--max-bytes", logs_options->max_bytes, "Most bytes per read")
      ->check(CLI::Range(1, 1000000));
  logs->add_option("--interval", logs_options->interval_ms, "Poll interval in ms with --follow")
      ->check(CLI::PositiveNumber);
  logs->add_flag("-f,--follow", logs_options->follow, "Keep printing new lines (Ctrl-C stops)");
  logs->add_flag("--plain", logs_options->plain, "Print the raw JSON lines");
  logs->callback([&action, logs_options] {
    action = [logs_options](CliContext& ctx) { return Logs(ctx, *logs_options); };
  });
}

}  // namespace gateway::cli
