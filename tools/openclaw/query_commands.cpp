#include "tools/openclaw/query_commands.hpp"

#include <signal.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <memory>
#include <thread>

#include "gateway/proto/protocol.hpp"
#include "gateway/proto/system_client.hpp"
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

// Calls one method (any name, JSON params) and returns its payload; an error response throws
// CommandError(1) after FailWith.
json CallOrThrow(client::GatewayClient& client, const std::string& method, const json& params,
                 bool json_output, bool expect_final = false) {
  client::RpcResult result;
  try {
    result = client.Call(method, params, expect_final);
  } catch (const client::GatewayError& e) {
    ThrowForClientError(e, "the gateway");
  }
  if (!result.ok) FailWith(result, json_output);
  return result.payload;
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
  proto::SystemClient system(*client);
  auto result = Typed([&] { return system.Health(); }, o.json);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  started)
                .count();
  if (o.json) {
    std::cout << result.raw().payload.dump() << "\n";  // the gateway's JSON, unchanged
    return kExitOk;
  }
  const proto::HealthSnapshot& health = result.value();
  const auto& channels = health.channel_order;
  std::cout << "Gateway      " << (health.ok.value_or(false) ? "ok" : "not ok") << " ("
            << target.url << ", " << ms << " ms)\n"
            << "Agent        " << health.default_agent_id.value_or("main") << " (default)\n"
            << "Channels     "
            << (!channels || channels->empty() ? "none configured" : json(*channels).dump()) << "\n"
            << "Heartbeat    every " << health.heartbeat_seconds.value_or(0) / 60 << " min\n";
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
  proto::SystemClient system(*client);
  auto status = Typed([&] { return system.Status(); }, o.rpc.json);
  std::optional<client::TypedResult<proto::HealthSnapshot>> health;
  if (o.deep) {
    proto::HealthParams probe;
    probe.probe = true;
    health = Typed([&] { return system.Health(probe); }, o.rpc.json);
  }
  std::optional<client::TypedResult<proto::SystemPresenceResult>> presence;
  if (o.all) presence = Typed([&] { return system.SystemPresence(); }, o.rpc.json);
  if (o.rpc.json) {
    json out = status.raw().payload;  // the gateway's JSON, unchanged
    if (health) out["health"] = health->raw().payload;
    if (presence) out["presence"] = presence->raw().payload;
    std::cout << out.dump() << "\n";
    return kExitOk;
  }
  const proto::StatusResult& s = status.value();
  std::string heartbeat;
  for (const auto& a : s.heartbeat.agents) {
    heartbeat += (heartbeat.empty() ? "" : ", ") + a.agent_id + ": " +
                 (a.enabled ? "every " + a.every : std::string("off"));
  }
  std::cout << Row("Gateway", target.url + " (reachable)") << Row("Version", s.runtime_version)
            << Row("PID", std::to_string(s.pid)) << Row("Heartbeat", heartbeat)
            << Row("Sessions", std::to_string(s.sessions.count))
            << Row("Tasks", std::to_string(s.tasks.active) + " active, " +
                                std::to_string(s.tasks.total) + " total")
            << Row("Channels", s.channel_summary.empty()
                                   ? "none configured"
                                   : std::to_string(s.channel_summary.size()));
  if (health) std::cout << Row("Health", health->value().ok.value_or(false) ? "ok" : "not ok");
  if (presence) {
    std::cout << "Presence\n";
    for (const auto& e : presence->value()) {
      std::cout << "  " << e.mode.value_or("?") << "  " << e.host.value_or("?") << "  "
                << e.reason.value_or("") << "\n";
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
  proto::SystemClient system(*client);
  proto::LogsTailParams first;
  first.limit = o.limit;
  first.max_bytes = o.max_bytes;
  auto tail = Typed([&] { return system.LogsTail(first); }, o.rpc.json);
  for (const auto& line : tail.value().lines) PrintLogLine(line, o, ctx.color());
  std::cout << std::flush;
  if (!o.follow) return kExitOk;
  signal(SIGINT, [](int) { g_stop_follow = true; });
  signal(SIGTERM, [](int) { g_stop_follow = true; });
  std::int64_t cursor = tail.value().cursor;
  int failures = 0;
  while (!g_stop_follow) {
    std::this_thread::sleep_for(std::chrono::milliseconds(o.interval_ms));
    try {
      if (!client)
        client =
            ConnectTo(target, ScopesFor("logs.tail"), std::chrono::milliseconds(o.rpc.timeout_ms));
      proto::LogsTailParams params;
      params.cursor = cursor;
      params.limit = 5000;
      params.max_bytes = o.max_bytes;
      auto next = Typed([&] { return proto::SystemClient(*client).LogsTail(params); }, o.rpc.json);
      if (next.value().reset.value_or(false) && !o.rpc.json)
        std::cerr << "-- log file rotated: reading from its start --\n";
      for (const auto& line : next.value().lines) PrintLogLine(line, o, ctx.color());
      std::cout << std::flush;
      cursor = next.value().cursor;
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
