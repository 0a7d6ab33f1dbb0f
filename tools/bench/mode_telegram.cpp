// telegram-dms: private messages through the Telegram channel of a gateway the bench started,
// against the bench's Bot API stand-in (apiRoot) and stand-in provider. First `--sessions` DMs
// one at a time (the latency of one inbound message: update handed over by getUpdates → the
// provider request started, and → the reply's sendMessage), then `--requests` DMs from as many
// users at once (dmPolicy open, dmScope per-channel-peer): all answered, wall time, the gateway's
// RSS.
#include <map>

#include "tools/bench/modes.hpp"
#include "tools/bench/proc_status.hpp"
#include "tools/bench/stats.hpp"
#include "tools/bench/stream_watch.hpp"

namespace gateway::bench {
namespace {

constexpr int kBatchQuietMs = 300;  // the gateway's inbound batching window (config.md)

struct Timeline {
  std::map<std::string, std::int64_t> served, sent, requested;  // id → CLOCK_MONOTONIC ns
};

void Absorb(const std::string& line, Timeline& timeline) {
  const auto sp1 = line.find(' ');
  const auto sp2 = line.find(' ', sp1 + 1);
  if (sp1 == std::string::npos || sp2 == std::string::npos) return;
  const std::string kind = line.substr(0, sp1);
  const std::string id = line.substr(sp1 + 1, sp2 - sp1 - 1);
  const std::int64_t ns = std::stoll(line.substr(sp2 + 1));
  auto& into = kind == "served" ? timeline.served : timeline.sent;
  into.try_emplace(id, ns);
}

std::vector<double> Between(const std::map<std::string, std::int64_t>& from,
                            const std::map<std::string, std::int64_t>& to, char prefix) {
  std::vector<double> out;
  for (const auto& [id, start] : from) {
    if (id.empty() || id[0] != prefix) continue;
    if (auto it = to.find(id); it != to.end()) out.push_back(double(it->second - start) / 1e6);
  }
  return out;
}

std::size_t CountOf(const std::map<std::string, std::int64_t>& map, char prefix) {
  return static_cast<std::size_t>(std::count_if(
      map.begin(), map.end(), [prefix](const auto& e) { return e.first[0] == prefix; }));
}

}  // namespace

nlohmann::json TelegramConfigPatch(std::uint16_t agent_port, std::uint16_t telegram_port,
                                   int max_concurrent) {
  auto patch = AgentConfigPatch(agent_port, max_concurrent);
  patch["channels"] = {{"telegram",
                        {{"botToken", kBenchBotToken},
                         {"apiRoot", "http://127.0.0.1:" + std::to_string(telegram_port)},
                         {"dmPolicy", "open"},
                         {"allowFrom", nlohmann::json::array({"*"})},
                         {"streaming", {{"mode", "off"}}}}}};
  patch["session"] = {{"dmScope", "per-channel-peer"}};
  patch["bindings"] = nlohmann::json::array(
      {{{"agentId", "main"}, {"match", {{"channel", "telegram"}, {"accountId", "default"}}}}});
  return patch;
}

Report RunTelegramDmsMode(const BenchOptions& o, Target& target, AgentStandin& agent,
                          TelegramStandin& telegram) {
  Report report;
  report.mode = "telegram-dms";
  const auto sequential = o.store_sessions;
  const auto burst = static_cast<std::size_t>(o.requests);
  report.title = std::to_string(sequential) + " DMs one at a time, then " + std::to_string(burst) +
                 " DMs from as many users at once, " + std::to_string(o.reply_tokens) +
                 "-token replies";
  Timeline timeline;
  std::optional<ProcStatus> before_burst;
  std::int64_t peak_kb = 0;
  const auto deadline = std::chrono::steady_clock::now() + o.time_limit() * 2;
  while (std::chrono::steady_clock::now() < deadline) {
    if (auto line = telegram.NextReport(std::chrono::milliseconds(20))) Absorb(*line, timeline);
    while (auto seen = agent.NextReport(std::chrono::milliseconds(0))) {
      if (seen->kind == "request") timeline.requested.try_emplace(seen->id, seen->ns);
    }
    if (!before_burst && CountOf(timeline.sent, 's') == sequential) {
      before_burst = ReadProcStatus(target.pid);
    }
    if (auto status = ReadProcStatus(target.pid)) peak_kb = std::max(peak_kb, status->rss_kb);
    if (CountOf(timeline.sent, 's') == sequential && CountOf(timeline.sent, 'b') == burst) break;
  }
  while (auto seen = agent.NextReport(std::chrono::milliseconds(50))) {
    if (seen->kind == "request") timeline.requested.try_emplace(seen->id, seen->ns);
  }
  const auto after = ReadProcStatus(target.pid);

  report.AddLatency("dm_to_provider", "one DM: update served → provider request",
                    Summarize(Between(timeline.served, timeline.requested, 's')));
  // The batch of a lone DM is flushed after the quiet time: the rest is store, admission, timer
  // lateness and flush → provider request (an upper bound of the last).
  auto flushed = Between(timeline.served, timeline.requested, 's');
  for (auto& ms : flushed) ms -= double(kBatchQuietMs);
  report.AddLatency("flush_to_provider", "one DM: batch flushed → provider request (≤)",
                    Summarize(std::move(flushed)));
  report.AddLatency("dm_to_reply", "one DM: update served → reply sendMessage",
                    Summarize(Between(timeline.served, timeline.sent, 's')));
  const std::size_t answered = CountOf(timeline.sent, 'b');
  report.Add("burst_answered", "burst DMs answered", answered);
  report.AddLatency("burst_to_provider", "burst: update served → provider request",
                    Summarize(Between(timeline.served, timeline.requested, 'b')));
  std::int64_t first_served = 0, last_sent = 0;
  for (const auto& [id, ns] : timeline.served) {
    if (id[0] == 'b' && (first_served == 0 || ns < first_served)) first_served = ns;
  }
  for (const auto& [id, ns] : timeline.sent) {
    if (id[0] == 'b') last_sent = std::max(last_sent, ns);
  }
  if (first_served > 0 && last_sent > 0) {
    report.Add("burst_wall_ms", "burst: first update served → last reply",
               double(last_sent - first_served) / 1e6, "ms", 1);
  }
  AddServerRssRows(report, target.pid, before_burst, peak_kb, after);
  if (CountOf(timeline.sent, 's') != sequential) {
    report.failures.push_back(std::to_string(CountOf(timeline.sent, 's')) + " of " +
                              std::to_string(sequential) + " sequential DMs answered");
  }
  if (answered != burst) {
    report.failures.push_back(std::to_string(answered) + " of " + std::to_string(burst) +
                              " burst DMs answered");
  }
  report.notes.push_back(
      "'batch flushed → provider request' is 'update served → provider request' less the " +
      std::to_string(kBatchQuietMs) +
      " ms quiet window of inbound batching: it still includes storing the update and the "
      "timer's lateness, so it bounds the flush → provider time from above.");
  return report;
}

}  // namespace gateway::bench
