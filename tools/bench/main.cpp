// openclaw-bench: throughput, latency and memory measurements of a gateway, against one it
// starts itself (--openclaw) or a running one (--url/--token/--pid).
#include <CLI/CLI.hpp>
#include <iostream>
#include <thread>

#include "tools/bench/file_limit.hpp"
#include "tools/bench/modes.hpp"
#include "tools/bench/proc_status.hpp"

using namespace gateway::bench;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

std::string CommandLine(int argc, char** argv) {
  std::string line;
  for (int i = 0; i < argc; ++i) {
    if (i > 0) line += ' ';
    const std::string arg = argv[i];
    const bool plain = arg.find_first_of(" \"'{}$") == std::string::npos && !arg.empty();
    line += plain ? arg : "'" + arg + "'";
  }
  return line;
}

void AddCommonOptions(CLI::App& app, BenchOptions& o) {
  app.add_option("--openclaw", o.openclaw,
                 "Start a gateway with this openclaw binary (temp HOME, setup, free port)");
  app.add_option("--url", o.url, "Use a running gateway at this ws:// URL instead");
  app.add_option("--token", o.token, "Its token (with --url)");
  app.add_option("--pid", o.pid, "Its pid, for RSS and thread figures (with --url)");
  app.add_flag("--json", o.json, "Print one JSON object instead of a table");
  app.add_option("--client-threads", o.client_threads, "I/O threads of the bench client")
      ->check(CLI::Range(1, 16));
  app.add_option("--time-limit", o.time_limit_s, "Bound of every measured phase, seconds")
      ->check(CLI::Range(0.1, 3600.0));
  app.add_option("--rounds", o.rounds, "connect, fanout: measured rounds")
      ->check(CLI::Range(1, 1000));
  app.add_option("--method", o.method,
                 "rpc: method to call (default system-presence); cli: the method of `gateway call` "
                 "(default health)");
  app.add_option("--params", o.params, "rpc: params as JSON");
  app.add_option("-c,--connections", o.connections,
                 "rpc: connections; agent-fanout: connections (100); openai-fanout: streams (500)")
      ->check(CLI::Range(1, 10000));
  app.add_option(
         "-n,--requests", o.requests,
         "rpc: requests per connection; agent-first-token, agent-abort, openai-first-chunk: runs "
         "(200)")
      ->check(CLI::Range(1, 10000000));
  app.add_option("-d,--depth", o.depth, "rpc: requests in flight per connection (1 = sequential)")
      ->check(CLI::Range(1, 100000));
  app.add_option(
         "--warmup", o.warmup,
         "rpc: warm-up requests per connection; agent-*, openai-first-chunk: warm-up runs (5) "
         "(not measured)")
      ->check(CLI::Range(0, 10000000));
  app.add_option("--client", o.client, "rpc: raw (lean Beast client) or library (GatewayClient)")
      ->check(CLI::IsMember({"raw", "library"}));
  app.add_option("-k,--count", o.count, "connect, idle, fanout: connections")
      ->check(CLI::Range(1, 100000));
  app.add_option(
         "--concurrency", o.concurrency,
         "connect, idle, fanout: handshakes in flight (default: all for connect, 256 otherwise)")
      ->check(CLI::Range(0, 100000));
  app.add_option("--hold", o.hold_s, "idle: seconds to hold the connections before reading RSS")
      ->check(CLI::Range(0.0, 3600.0));
  app.add_option("--runs", o.runs, "startup: measured starts; cli: measured CLI calls")
      ->check(CLI::Range(1, 100));
  app.add_option(
         "--reply-tokens", o.reply_tokens,
         "agent-first-token, openai-first-chunk, agent-fanout, openai-fanout: tokens per reply "
         "(default 8 / 100)")
      ->check(CLI::Range(1, 100000));
  app.add_option("--max-concurrent", o.max_concurrent,
                 "agent-*, openai-*: the gateway's agents.defaults.maxConcurrent (2000)")
      ->check(CLI::Range(1, 100000));
  app.add_option("--events", o.events, "http-stream: events per stream")
      ->check(CLI::Range(1, 100000));
  app.add_option("--interval-ms", o.interval_ms,
                 "http-stream: milliseconds between events; agent-*, openai-*: between tokens "
                 "(default first-token/first-chunk 1, agent-fanout 10, openai-fanout 30, abort 50)")
      ->check(CLI::Range(0, 60000));
  app.add_option("--state-dir", o.state_dir,
                 "store-*: state dir of the store (kept; store-query reuses a generated one)");
  app.add_option("--synchronous", o.synchronous, "store-*: SQLite synchronous mode")
      ->check(CLI::IsMember({"full", "normal"}));
  app.add_option("--store-threads", o.store_threads, "store-*: threads of the store's executor")
      ->check(CLI::Range(1, 64));
  app.add_option("--sessions", o.store_sessions,
                 "store-append: concurrent sessions (100); store-query: sessions (100000); "
                 "agent-fanout: sessions (one run each) per connection (10)");
  app.add_option("--appends", o.store_appends, "store-append: appends in total")
      ->check(CLI::Range(1, 100000000));
  app.add_option("--messages", o.store_messages, "store-query: messages per session (20)");
  app.add_option("--big-sessions", o.store_big_sessions, "store-query: long sessions (100)");
  app.add_option("--big-messages", o.store_big_messages,
                 "store-query: messages per long session (10000)");
  app.add_option("--queries", o.store_queries, "store-query: measured queries of each kind")
      ->check(CLI::Range(1, 1000000));
}

Report RunMode(const BenchOptions& o, Target& target, AgentStandin* standin,
               TelegramStandin* telegram) {
  if (o.mode == "telegram-dms") return RunTelegramDmsMode(o, target, *standin, *telegram);
  if (o.mode == "agent-first-token") return RunAgentFirstTokenMode(o, target, *standin);
  if (o.mode == "agent-fanout") return RunAgentFanoutMode(o, target, *standin);
  if (o.mode == "agent-abort") return RunAgentAbortMode(o, target, *standin);
  if (o.mode == "openai-first-chunk") return RunOpenAiFirstChunkMode(o, target, *standin);
  if (o.mode == "openai-fanout") return RunOpenAiFanoutMode(o, target, *standin);
  if (o.mode == "rpc")
    return o.client == "library" ? RunRpcLibraryMode(o, target) : RunRpcMode(o, target);
  if (o.mode == "connect") return RunConnectMode(o, target);
  if (o.mode == "idle") return RunIdleMode(o, target);
  if (o.mode == "cli") return RunCliMode(o, target);
  return RunFanoutMode(o, target);
}

// The agent-* and openai-* modes: answered by the stand-in provider.
bool UsesStandin(const std::string& mode) {
  return mode.starts_with("agent-") || mode.starts_with("openai-") || mode == "telegram-dms";
}

// Runs a mode that measures a gateway; adds the figures every result carries. The agent and
// openai modes start their stand-in provider first and configure the gateway to use it.
Report MeasureGateway(const BenchOptions& o) {
  std::unique_ptr<AgentStandin> standin;
  std::unique_ptr<TelegramStandin> telegram;
  nlohmann::json patch;
  if (UsesStandin(o.mode)) {
    try {
      standin = std::make_unique<AgentStandin>();
      if (o.mode == "telegram-dms") {
        telegram = std::make_unique<TelegramStandin>(static_cast<int>(o.store_sessions),
                                                     static_cast<int>(o.requests), o.reply_tokens);
      }
    } catch (const std::exception& e) {
      Report report;
      report.mode = o.mode;
      report.failures.push_back(std::string("bench error: ") + e.what());
      return report;
    }
    patch = o.mode.starts_with("openai-") ? OpenAiConfigPatch(standin->port(), o.max_concurrent)
            : telegram ? TelegramConfigPatch(standin->port(), telegram->port(), o.max_concurrent)
                       : AgentConfigPatch(standin->port(), o.max_concurrent);
  }
  auto target = ResolveTarget(o, patch);
  if (!target) {
    Report report;
    report.mode = o.mode;
    report.title = "no gateway";
    report.failures.push_back(target.error());
    return report;
  }
  Report report;
  try {
    report = RunMode(o, *target, standin.get(), telegram.get());
  } catch (const std::exception& e) {
    report.mode = o.mode;
    report.failures.push_back(std::string("bench error: ") + e.what());
  }
  const auto status = ReadProcStatus(target->pid);
  report.context.push_back({"server_url", "server", target->url, "", 0});
  report.context.push_back({"server_pid", "server pid",
                            target->pid > 0 ? nlohmann::json(target->pid) : nlohmann::json(), "",
                            0});
  report.context.push_back({"server_threads", "server threads",
                            status ? nlohmann::json(status->threads) : nlohmann::json(), "", 0});
  if (const std::string ended = GatewayEnded(*target); !ended.empty()) {
    report.failures.push_back(ended);
  } else if (target->process) {
    const std::string stopped = target->process->Stop();
    if (stopped != "exited with status 0")
      report.failures.push_back("on SIGTERM the gateway " + stopped);
  }
  return report;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"openclaw-bench: load and latency measurements of an OpenClaw gateway.",
               "openclaw-bench"};
  app.require_subcommand(1);
  app.footer(
      "Modes: rpc, connect, idle, fanout, startup, cli, http-cancel, http-stream, store-append, "
      "store-query, agent-first-token, agent-fanout, agent-abort, openai-first-chunk, "
      "openai-fanout, telegram-dms. "
      "Exit codes: 0 "
      "ok, 1 failed measurement "
      "(errors,\n"
      "rejected handshakes, gateway died), 2 usage. Traffic goes to the given gateway only.");
  BenchOptions o;
  AddCommonOptions(app, o);
  for (const char* mode :
       {"rpc", "connect", "idle", "fanout", "startup", "cli", "http-cancel", "http-stream",
        "store-append", "store-query", "agent-first-token", "agent-fanout", "agent-abort",
        "openai-first-chunk", "openai-fanout", "telegram-dms"}) {
    app.add_subcommand(mode, std::string("Run the ") + mode + " measurement")->fallthrough();
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  o.mode = app.get_subcommands().front()->get_name();
  if (o.mode.starts_with("http-") && app.count("--client-threads") == 0)
    o.client_threads = 2;  // the outbound client's default pool
  if (o.mode == "cli" && app.count("--method") == 0)
    o.method = "health";  // the CLI target is stated for health
  if (UsesStandin(o.mode)) {
    const bool fanout = o.mode == "agent-fanout", openai_fanout = o.mode == "openai-fanout";
    if (app.count("--requests") == 0) o.requests = 200;
    if (o.mode == "telegram-dms" && app.count("--sessions") == 0) o.store_sessions = 50;
    if (app.count("--connections") == 0) o.connections = openai_fanout ? 500 : 100;
    if (app.count("--sessions") == 0 && o.mode != "telegram-dms") o.store_sessions = 10;
    if (app.count("--warmup") == 0) o.warmup = 5;
    if (app.count("--reply-tokens") == 0) o.reply_tokens = fanout || openai_fanout ? 100 : 8;
    if (app.count("--interval-ms") == 0)
      o.interval_ms = fanout ? 10 : openai_fanout ? 30 : o.mode == "agent-abort" ? 50 : 1;
    if (o.openclaw.empty()) {
      std::cerr << "openclaw-bench: " << o.mode
                << " needs --openclaw <path> (the gateway is configured for the bench's stand-in "
                   "provider)\n";
      return kExitUsage;
    }
  }
  o.command_line = CommandLine(argc, argv);
  if (!nlohmann::json::accept(o.params)) {
    std::cerr << "openclaw-bench: --params is not valid JSON\n";
    return kExitUsage;
  }
  if (o.mode == "cli" && o.openclaw.empty()) {
    std::cerr << "openclaw-bench: cli needs --openclaw <path> (the CLI it runs)\n";
    return kExitUsage;
  }
  const bool store_mode = o.mode == "store-append" || o.mode == "store-query";
  if (o.mode == "store-query" && app.count("--sessions") == 0) o.store_sessions = 100000;
  const bool standalone = o.mode == "startup" || o.mode.starts_with("http-") || store_mode;
  if (!standalone && o.openclaw.empty() && o.url.empty()) {
    std::cerr << "openclaw-bench: give --openclaw <path> or --url <ws://…> (with --token)\n";
    return kExitUsage;
  }
  RaiseOpenFileLimit();

  Report report;
  if (o.mode == "startup") {
    report = RunStartupMode(o);
  } else if (o.mode.starts_with("http-")) {
    try {
      report = o.mode == "http-cancel" ? RunHttpCancelMode(o) : RunHttpStreamMode(o);
    } catch (const std::exception& e) {
      report.mode = o.mode;
      report.failures.push_back(std::string("bench error: ") + e.what());
    }
  } else if (store_mode) {
    try {
      report = o.mode == "store-append" ? RunStoreAppendMode(o) : RunStoreQueryMode(o);
    } catch (const std::exception& e) {
      report.mode = o.mode;
      report.failures.push_back(std::string("bench error: ") + e.what());
    }
  } else {
    report = MeasureGateway(o);
  }
  report.context.insert(report.context.begin(),
                        {{"command", "command", o.command_line, "", 0},
                         {"cores", "cores", std::thread::hardware_concurrency(), "", 0},
                         {"client_threads", "bench client threads", o.client_threads, "", 0}});
  if (o.json) {
    PrintJson(report, std::cout);
  } else {
    PrintTable(report, std::cout);
  }
  return report.failures.empty() ? kExitOk : kExitFailed;
}
