// openai-first-chunk, openai-fanout: streaming POST /v1/chat/completions through the gateway's
// OpenAI-compatible HTTP API (http.md §4), answered by the loopback stand-in provider
// (agent_standin.hpp), read over plain sockets by chat_stream_client.hpp.
#include <algorithm>

#include "tools/bench/agent_standin.hpp"
#include "tools/bench/chat_stream_client.hpp"
#include "tools/bench/cpu_meter.hpp"
#include "tools/bench/latch.hpp"
#include "tools/bench/modes.hpp"
#include "tools/bench/proc_status.hpp"
#include "tools/bench/stream_watch.hpp"

namespace gateway::bench {
namespace {

constexpr std::string_view kPath = "/v1/chat/completions";
constexpr auto kReportLimit = std::chrono::seconds(5);
const std::string kFirstChunkUser = "bench-first-chunk";

// The request body: the stand-in's marker as the one user message. `user` selects the session
// (agent:main:openai-user:<user>); the stand-in ignores it and `model`.
std::string ChatBody(const std::string& id, int tokens, int interval_ms, const std::string& user) {
  return nlohmann::json{
      {"model", "openclaw"},
      {"stream", true},
      {"user", user},
      {"messages",
       nlohmann::json::array(
           {{{"role", "user"}, {"content", AgentPromptMarker(id, tokens, interval_ms)}}})}}
      .dump();
}

bool Unset(Clock::time_point at) { return at == Clock::time_point{}; }

// Runs one stream to its end; false when `deadline` passed first (then the client must be
// stopped before `out` is read).
bool RunOne(ChatStreamClient& client, std::uint16_t port, std::string request,
            ChatStreamResult& out, Clock::time_point deadline) {
  Latch ended;
  ended.Reset(1);
  client.Start(port, std::move(request), out, [&ended] { ended.CountDown(); });
  return ended.WaitUntil(deadline);
}

// Why a finished stream does not count ("" when it does): an error, no finish chunk, no content.
std::string StreamProblem(const ChatStreamResult& r, bool expect_role) {
  if (!r.error.empty()) return r.error;
  if (expect_role && Unset(r.role)) return "no role chunk";
  if (r.finish_reason != "stop") return "no finish chunk with finish_reason stop";
  if (Unset(r.first_content)) return "no content chunk";
  return "";
}

// The most streams open at once: between their role chunk and their [DONE].
std::size_t MostHeldAtOnce(const std::vector<ChatStreamResult>& results) {
  std::vector<std::pair<Clock::time_point, int>> edges;
  for (const auto& r : results) {
    if (Unset(r.role) || Unset(r.done)) continue;
    edges.emplace_back(r.role, +1);
    edges.emplace_back(r.done, -1);
  }
  std::sort(edges.begin(), edges.end());  // at equal times a close (-1) sorts first
  long open = 0, most = 0;
  for (const auto& [at, step] : edges) most = std::max(most, open += step);
  return static_cast<std::size_t>(most);
}

}  // namespace

nlohmann::json OpenAiConfigPatch(std::uint16_t standin_port, int max_concurrent) {
  nlohmann::json patch = AgentConfigPatch(standin_port, max_concurrent);
  patch.merge_patch(
      {{"gateway", {{"http", {{"endpoints", {{"chatCompletions", {{"enabled", true}}}}}}}}}});
  return patch;
}

// ---------------------------------------------------------------------------------------------
Report RunOpenAiFirstChunkMode(const BenchOptions& o, Target& target, AgentStandin& standin) {
  Report report;
  report.mode = "openai-first-chunk";
  report.title = std::to_string(o.requests) +
                 " streaming chat completions one after the other on one session (user \"" +
                 kFirstChunkUser + "\"), " + std::to_string(o.reply_tokens) + " tokens every " +
                 std::to_string(o.interval_ms) +
                 " ms, each preceded by the same request straight to the stand-in; warm-up " +
                 std::to_string(o.warmup);
  const int tokens = o.reply_tokens, interval = static_cast<int>(o.interval_ms);
  const std::string expected = ReplyText(tokens);
  const std::string load = LoadAverage();
  std::vector<double> overhead_ms, direct_ms, role_ms, upstream_ms, first_ms, done_ms,
      direct_first_ms;
  std::size_t failed = 0, text_wrong = 0;
  ErrorTally errors;
  ChatStreamClient client;
  const auto deadline = Clock::now() + o.time_limit();
  const long total = static_cast<long>(o.warmup + o.requests);
  for (long i = 0; i < total && Clock::now() < deadline; ++i) {
    const bool warm = i < static_cast<long>(o.warmup);
    const std::string id = (warm ? "w" : "r") + std::to_string(i);
    const std::string direct_id = id + "d", gateway_id = id + "g";
    ChatStreamResult direct, via;
    if (!RunOne(client, standin.port(),
                ChatStreamRequest(standin.port(), kPath, "",
                                  ChatBody(direct_id, tokens, interval, kFirstChunkUser)),
                direct, deadline) ||
        !RunOne(client, target.fleet.port,
                ChatStreamRequest(target.fleet.port, kPath, target.fleet.token,
                                  ChatBody(gateway_id, tokens, interval, kFirstChunkUser)),
                via, deadline)) {
      ++errors["a stream did not end within the time limit"];
      break;
    }
    const auto direct_first = standin.AwaitReport("first", direct_id, kReportLimit);
    const auto request = standin.AwaitReport("request", gateway_id, kReportLimit);
    const auto first = standin.AwaitReport("first", gateway_id, kReportLimit);
    std::string problem = StreamProblem(via, true);
    if (problem.empty() && !StreamProblem(direct, false).empty())
      problem = "direct to the stand-in: " + StreamProblem(direct, false);
    if (problem.empty() && (!direct_first || !request || !first))
      problem = "the stand-in did not report the request or its first chunk";
    if (!problem.empty()) {
      ++failed;
      ++errors[(warm ? "warm-up: " : "") + problem];
      continue;
    }
    if (warm) continue;
    if (via.content != expected || direct.content != expected) ++text_wrong;
    overhead_ms.push_back(double(SteadyNs(via.first_content) - first->ns) / 1e6);
    direct_ms.push_back(double(SteadyNs(direct.first_content) - direct_first->ns) / 1e6);
    role_ms.push_back(MsBetween(via.sent, via.role));
    upstream_ms.push_back(double(request->ns - SteadyNs(via.sent)) / 1e6);
    first_ms.push_back(MsBetween(via.sent, via.first_content));
    done_ms.push_back(MsBetween(via.sent, via.done));
    direct_first_ms.push_back(MsBetween(direct.sent, direct.first_content));
  }
  client.Stop();
  const Summary overhead = Summarize(overhead_ms), direct = Summarize(direct_ms);
  report.Add("load_average", "machine load average (1 min) at start", load);
  report.Add("runs", "completions measured", overhead_ms.size());
  report.Add("failed", "failed completions", failed);
  report.Add("text_mismatch", "completions whose content ≠ the reply", text_wrong);
  report.AddLatency("first_chunk", "first content: stand-in writes it → bench reads the gateway's",
                    overhead);
  report.AddLatency("direct_first_chunk",
                    "first content: stand-in writes it → bench reads it (direct)", direct);
  report.Add("overhead_p50_ms", "gateway overhead to the first content chunk (p50 − direct p50)",
             overhead.p50 - direct.p50, "ms", 3);
  report.AddLatency("role", "request → role chunk", Summarize(role_ms));
  report.AddLatency("request_to_upstream", "request → stand-in has the model request",
                    Summarize(upstream_ms));
  report.AddLatency("request_to_first_chunk", "request → first content chunk", Summarize(first_ms));
  report.AddLatency("request_to_done", "request → [DONE]", Summarize(done_ms));
  report.AddLatency("direct_request_to_first_chunk", "direct: request → first content chunk",
                    Summarize(direct_first_ms));
  report.notes.push_back(
      "first content = the bench reading the first SSE chunk with delta.content − the stand-in "
      "about to write its first content chunk (both CLOCK_MONOTONIC, same machine); the role "
      "chunk does not count; target: p50 < 1 ms");
  report.FailOn("completions", errors);
  if (text_wrong > 0) report.failures.push_back("the content of some completions ≠ the reply");
  return report;
}

// ---------------------------------------------------------------------------------------------
Report RunOpenAiFanoutMode(const BenchOptions& o, Target& target, AgentStandin& standin) {
  const std::size_t streams = o.connections;
  const int tokens = o.reply_tokens, interval = static_cast<int>(o.interval_ms);
  Report report;
  report.mode = "openai-fanout";
  report.title = std::to_string(streams) +
                 " concurrent streaming chat completions, each on its own connection and session "
                 "(user bench-fan-<i>), " +
                 std::to_string(tokens) + " tokens every " + std::to_string(interval) + " ms";
  std::vector<ChatStreamResult> results(streams);
  Latch ended;
  ended.Reset(streams);
  const std::string load = LoadAverage();
  const auto rss_before = ReadProcStatus(target.pid);
  CpuMeter cpu(target.pid);
  const auto standin_cpu_before = ReadCpuSeconds(standin.pid());
  ChatStreamClient client;
  const Clock::time_point start = Clock::now();
  for (std::size_t i = 0; i < streams; ++i) {
    const std::string id = "f" + std::to_string(i);
    client.Start(
        target.fleet.port,
        ChatStreamRequest(target.fleet.port, kPath, target.fleet.token,
                          ChatBody(id, tokens, interval, "bench-fan-" + std::to_string(i))),
        results[i], [&ended] { ended.CountDown(); });
  }
  StandinTally tally;
  const StreamWatch watch = WatchStreams(ended, start + o.time_limit(), target.pid,
                                         rss_before ? rss_before->rss_kb : 0, standin, tally);
  cpu.Stop();
  const auto standin_cpu_after = ReadCpuSeconds(standin.pid());
  const auto rss_after = ReadProcStatus(target.pid);
  client.Stop();  // from here on the results are the main thread's

  const std::string expected = ReplyText(tokens);
  std::size_t completed = 0, text_wrong = 0;
  std::vector<double> role_ms, first_ms, done_ms;
  ErrorTally errors;
  Clock::time_point last_role = start, last_done = start;
  for (const ChatStreamResult& r : results) {
    if (Unset(r.ended)) {
      ++errors["stream still open at the time limit"];
      continue;
    }
    if (const std::string problem = StreamProblem(r, true); !problem.empty()) {
      ++errors[problem];
      continue;
    }
    if (r.content != expected) {
      ++text_wrong;
      continue;
    }
    ++completed;
    role_ms.push_back(MsBetween(r.sent, r.role));
    first_ms.push_back(MsBetween(r.sent, r.first_content));
    done_ms.push_back(MsBetween(r.sent, r.done));
    last_role = std::max(last_role, r.role);
    last_done = std::max(last_done, r.done);
  }
  report.Add("load_average", "machine load average (1 min) at start", load);
  report.Add("streams", "streams", streams);
  report.Add("completed", "streams complete (content = reply, finish chunk, [DONE])", completed);
  report.Add("text_mismatch", "streams whose content ≠ the reply", text_wrong);
  report.Add("held_at_once", "most streams open at once (role chunk → [DONE])",
             MostHeldAtOnce(results));
  report.Add("standin_replies_done", "stand-in replies written completely", tally.dones);
  report.Add("wall_ms", "first request → last [DONE]", MsBetween(start, last_done), "ms", 1);
  report.Add("last_role_ms", "first request → last role chunk", MsBetween(start, last_role), "ms",
             1);
  report.Add("last_request_ms", "first request → last model request at the stand-in",
             tally.requests ? double(tally.last_request_ns - SteadyNs(start)) / 1e6 : 0.0, "ms", 1);
  report.AddLatency("role", "request → role chunk", Summarize(role_ms));
  report.AddLatency("first_chunk", "request → first content chunk", Summarize(first_ms));
  report.AddLatency("stream", "request → [DONE]", Summarize(done_ms));
  report.AddLatency("standin_stream", "stand-in: first chunk → reply written",
                    Summarize(tally.stream_ms));
  AddServerRssRows(report, target.pid, rss_before, watch.peak_rss_kb, rss_after);
  cpu.AddTo(report);
  AddStandinCpuRow(report, standin_cpu_before, standin_cpu_after);
  report.notes.push_back(
      "target: 500 concurrent streams held with server RSS < 150 MB; every stream ends with a "
      "finish chunk and [DONE], its content = the reply the stand-in sent");
  report.FailOn("streams", errors);
  if (text_wrong > 0) report.failures.push_back("the content of some streams ≠ the reply");
  if (!watch.all_ended) report.failures.push_back("not every stream ended within --time-limit");
  return report;
}

}  // namespace gateway::bench
