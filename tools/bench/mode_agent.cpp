// agent-first-token, agent-fanout, agent-abort: chat.send runs through the gateway against the
// loopback stand-in provider (agent_standin.hpp), watched over WebSocket connections with connect
// cap session-scoped-events, each subscribed (sessions.messages.subscribe) to its own sessions.
#include <algorithm>
#include <atomic>
#include <mutex>
#include <unordered_map>

#include "tools/bench/agent_client.hpp"
#include "tools/bench/agent_standin.hpp"
#include "tools/bench/cpu_meter.hpp"
#include "tools/bench/frame_scan.hpp"
#include "tools/bench/latch.hpp"
#include "tools/bench/modes.hpp"
#include "tools/bench/proc_status.hpp"
#include "tools/bench/stream_watch.hpp"

namespace gateway::bench {
namespace {

constexpr auto kCloseLimit = std::chrono::seconds(10);
constexpr auto kReportLimit = std::chrono::seconds(5);
const std::vector<std::string> kScopes = {"operator.admin"};
const std::vector<std::string> kCaps = {"session-scoped-events"};

std::string Request(const std::string& id, const std::string& method, nlohmann::json params) {
  return nlohmann::json{{"type", "req"}, {"id", id}, {"method", method}, {"params", params}}.dump();
}

std::string ChatSend(const std::string& session_key, const std::string& run_id, int tokens,
                     int interval_ms) {
  return Request("s" + run_id, "chat.send",
                 {{"sessionKey", session_key},
                  {"message", AgentPromptMarker(run_id, tokens, interval_ms)},
                  {"idempotencyKey", run_id}});
}

std::string Subscribe(const std::string& id, const std::string& session_key) {
  return Request(id, "sessions.messages.subscribe", {{"key", session_key}});
}

// The text parts of a chat message, concatenated.
std::string MessageText(const nlohmann::json& payload) {
  std::string text;
  const auto message = payload.find("message");
  if (message == payload.end() || !message->is_object()) return text;
  const auto content = message->find("content");
  if (content == message->end()) return text;
  if (content->is_string()) return content->get<std::string>();
  if (!content->is_array()) return text;
  for (const auto& part : *content) {
    if (part.is_object() && part.value("type", "") == "text") text += part.value("text", "");
  }
  return text;
}

// What the agent modes need from a frame: responses by id, and `chat` events (parsed fully).
struct AgentFrame {
  FrameKind kind = FrameKind::kOther;
  std::string id;  // responses
  bool ok = false;
  std::string error;  // ok:false responses: "CODE: message"
  nlohmann::json result;
  bool chat = false;  // a `chat` event
  std::string run_id, session_key, state, delta_text, message_text;
  bool replace = false;
};

AgentFrame ReadFrame(std::string_view text) {
  AgentFrame frame;
  const FrameFacts facts = ScanFrame(text);
  frame.kind = facts.kind;
  if (facts.kind == FrameKind::kResponse) {
    frame.id = std::string(facts.id);
    frame.ok = facts.ok;
    try {
      const auto json = nlohmann::json::parse(text);
      if (frame.ok) {
        frame.result = json.value("payload", nlohmann::json());
      } else {
        const auto& error = json.at("error");
        frame.error =
            error.value("code", std::string("?")) + ": " + error.value("message", std::string());
      }
    } catch (const std::exception&) {
      frame.error = "undecodable response";
    }
    return frame;
  }
  if (facts.kind != FrameKind::kEvent || facts.event != "chat") return frame;
  try {
    const auto json = nlohmann::json::parse(text);
    const auto& payload = json.at("payload");
    frame.chat = true;
    frame.run_id = payload.value("runId", "");
    frame.session_key = payload.value("sessionKey", "");
    frame.state = payload.value("state", "");
    frame.delta_text = payload.value("deltaText", "");
    frame.replace = payload.value("replace", false);
    if (frame.state != "delta") frame.message_text = MessageText(payload);
  } catch (const std::exception&) {
    frame.chat = false;
  }
  return frame;
}

bool Terminal(const std::string& state) {
  return state == "final" || state == "aborted" || state == "error";
}

// ---------------------------------------------------------------------------------------------
// One run at a time on one connection (agent-first-token, agent-abort). Everything in SeqRun is
// written on the I/O thread and read by the main thread after `done`.
struct SeqRun {
  std::string id;
  Clock::time_point sent, acked, first_delta, abort_sent, abort_acked, ended;
  std::string ack_status, error, end_state, text;
};

class SequentialDriver {
 public:
  SequentialDriver(std::string session_key, bool abort_after_first_delta)
      : session_key_(std::move(session_key)), abort_(abort_after_first_delta) {}

  void Attach(AgentClient& client) { client_ = &client; }

  // Main thread: starts `run` and waits for its end (ack, terminal chat event and, when aborting,
  // the chat.abort response). False when the time limit passed.
  bool Run(SeqRun& run, int tokens, int interval_ms, std::chrono::milliseconds limit) {
    done_.Reset(abort_ ? 3 : 2);
    const std::string frame = ChatSend(session_key_, run.id, tokens, interval_ms);
    client_->Post(0, [this, &run, frame] {
      current_ = &run;
      run.sent = client_->Send(0, frame);
    });
    const bool finished = done_.WaitUntil(Clock::now() + limit);
    Latch detached;  // the I/O thread stops touching `run` once current_ is cleared there
    detached.Reset(1);
    client_->Post(0, [this, &detached] {
      current_ = nullptr;
      detached.CountDown();
    });
    detached.WaitUntil(Clock::now() + kCloseLimit);
    return finished;
  }

  // I/O thread.
  void OnFrame(std::string_view text, Clock::time_point at) {
    SeqRun* run = current_;
    if (!run) return;
    const AgentFrame frame = ReadFrame(text);
    if (frame.kind == FrameKind::kResponse) {
      if (frame.id == "s" + run->id) {
        run->acked = at;
        run->ack_status = frame.ok ? frame.result.value("status", "") : "";
        if (!frame.ok) {
          run->error = "chat.send: " + frame.error;
          FinishAll();
        } else {
          done_.CountDown();
        }
      } else if (frame.id == "a" + run->id) {
        run->abort_acked = at;
        if (!frame.ok) run->error = "chat.abort: " + frame.error;
        done_.CountDown();
      }
      return;
    }
    if (!frame.chat || frame.run_id != run->id) return;
    if (frame.state == "delta") {
      run->text = frame.replace ? frame.delta_text : run->text + frame.delta_text;
      if (run->first_delta != Clock::time_point{}) return;
      run->first_delta = at;
      if (abort_) {
        run->abort_sent =
            client_->Send(0, Request("a" + run->id, "chat.abort",
                                     {{"sessionKey", session_key_}, {"runId", run->id}}));
      }
    } else if (Terminal(frame.state) && run->end_state.empty()) {
      run->ended = at;
      run->end_state = frame.state;
      if (abort_ && run->abort_sent == Clock::time_point{}) {
        done_.CountDown();  // ended before any delta: no abort to wait for
      }
      done_.CountDown();
    }
  }

 private:
  void FinishAll() {
    for (int i = 0; i < 3; ++i) done_.CountDown();
  }

  const std::string session_key_;
  const bool abort_;
  AgentClient* client_ = nullptr;
  SeqRun* current_ = nullptr;
  Latch done_;
};

// Opens one connection with session-scoped-events and subscribes it to `session_key` (the
// response is not a run's: the driver ignores it; the runs' events show it took effect).
bool OpenSubscribed(AgentClient& client, const std::string& session_key, Report& report,
                    std::chrono::milliseconds limit) {
  const ErrorTally open = client.Open(1, kScopes, kCaps, limit);
  if (!open.empty()) {
    report.FailOn("handshake", open);
    return false;
  }
  Latch sent;
  sent.Reset(1);
  client.Post(0, [&] {
    client.Send(0, Subscribe("sub", session_key));
    sent.CountDown();
  });
  return sent.WaitUntil(Clock::now() + limit);
}

struct Subscription {
  Latch done;
  std::atomic<std::size_t> failed{0};
  std::mutex mutex;
  std::string error;
};

}  // namespace

nlohmann::json AgentConfigPatch(std::uint16_t standin_port, int max_concurrent) {
  return {{"models",
           {{"providers",
             {{"bench",
               {{"baseUrl", "http://127.0.0.1:" + std::to_string(standin_port) + "/v1"},
                {"apiKey", "bench-key"},
                {"api", "openai-completions"},
                {"models", nlohmann::json::array({{{"id", "m"}, {"name", "m"}}})}}}}}}},
          {"agents", {{"defaults", {{"model", "bench/m"}, {"maxConcurrent", max_concurrent}}}}}};
}

// ---------------------------------------------------------------------------------------------
Report RunAgentFirstTokenMode(const BenchOptions& o, Target& target, AgentStandin& standin) {
  Report report;
  report.mode = "agent-first-token";
  report.title = std::to_string(o.requests) + " sequential chat.send runs on one session, " +
                 std::to_string(o.reply_tokens) + " tokens every " + std::to_string(o.interval_ms) +
                 " ms, warm-up " + std::to_string(o.warmup) + " runs";
  const std::string session_key = "agent:main:bench-first-token";
  SequentialDriver driver(session_key, false);
  AgentClient client(target.fleet, 1,
                     [&driver](std::size_t, std::string_view text, Clock::time_point at) {
                       driver.OnFrame(text, at);
                     });
  driver.Attach(client);
  if (!OpenSubscribed(client, session_key, report, o.time_limit())) return report;

  const std::string load = LoadAverage();
  std::vector<double> first_token_ms, ack_ms, send_to_first_ms, send_to_upstream_ms, run_ms;
  std::size_t failed = 0, text_wrong = 0;
  ErrorTally errors;
  const std::string expected = ReplyText(o.reply_tokens);
  const auto deadline = Clock::now() + o.time_limit();
  const long total = static_cast<long>(o.warmup + o.requests);
  for (long i = 0; i < total && Clock::now() < deadline; ++i) {
    const bool warm = i < static_cast<long>(o.warmup);
    SeqRun run;
    run.id = (warm ? "w" : "r") + std::to_string(i);
    const bool finished =
        driver.Run(run, o.reply_tokens, static_cast<int>(o.interval_ms),
                   std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()));
    const auto request = standin.AwaitReport("request", run.id, kReportLimit);
    const auto first = standin.AwaitReport("first", run.id, kReportLimit);
    const std::string problem = !run.error.empty()         ? run.error
                                : !finished                ? "run did not end within the time limit"
                                : run.end_state != "final" ? "run ended " + run.end_state
                                : !request || !first       ? "stand-in never sent the first chunk"
                                : run.first_delta == Clock::time_point{} ? "no delta event"
                                                                         : "";
    if (!problem.empty()) {
      ++failed;
      ++errors[(warm ? "warm-up: " : "") + problem];
      continue;
    }
    if (warm) continue;
    if (run.ack_status != "started") ++errors["ack status " + run.ack_status];
    if (run.text != expected) ++text_wrong;
    first_token_ms.push_back(double(SteadyNs(run.first_delta) - first->ns) / 1e6);
    ack_ms.push_back(MsBetween(run.sent, run.acked));
    send_to_first_ms.push_back(MsBetween(run.sent, run.first_delta));
    send_to_upstream_ms.push_back(double(request->ns - SteadyNs(run.sent)) / 1e6);
    run_ms.push_back(MsBetween(run.sent, run.ended));
  }
  report.Add("load_average", "machine load average (1 min) at start", load);
  report.Add("runs", "runs measured", first_token_ms.size());
  report.Add("failed", "failed runs", failed);
  report.Add("text_mismatch", "runs whose deltas ≠ the reply", text_wrong);
  report.AddLatency("first_token", "first token: stand-in chunk → chat delta",
                    Summarize(first_token_ms));
  report.AddLatency("ack", "chat.send → ack", Summarize(ack_ms));
  report.AddLatency("send_to_upstream", "chat.send → stand-in has the model request",
                    Summarize(send_to_upstream_ms));
  report.AddLatency("send_to_first_delta", "chat.send → first delta", Summarize(send_to_first_ms));
  report.AddLatency("run", "chat.send → final", Summarize(run_ms));
  report.notes.push_back(
      "first token = bench reads the first chat delta − stand-in writes the first SSE chunk "
      "(both CLOCK_MONOTONIC, same machine); targets: p50 < 1 ms, ack p50 < 0.5 ms");
  report.FailOn("runs", errors);
  if (text_wrong > 0) report.failures.push_back("deltas of some runs did not add up to the reply");
  report.FailOn("connection dropped", client.Dropped());
  client.CloseAll(kCloseLimit);
  return report;
}

// ---------------------------------------------------------------------------------------------
Report RunAgentAbortMode(const BenchOptions& o, Target& target, AgentStandin& standin) {
  Report report;
  report.mode = "agent-abort";
  report.title = std::to_string(o.requests) +
                 " runs one after the other, each streaming a token every " +
                 std::to_string(o.interval_ms) +
                 " ms without end; chat.abort after the first delta; warm-up " +
                 std::to_string(o.warmup) + " runs";
  const std::string session_key = "agent:main:bench-abort";
  SequentialDriver driver(session_key, true);
  AgentClient client(target.fleet, 1,
                     [&driver](std::size_t, std::string_view text, Clock::time_point at) {
                       driver.OnFrame(text, at);
                     });
  driver.Attach(client);
  if (!OpenSubscribed(client, session_key, report, o.time_limit())) return report;

  const std::string load = LoadAverage();
  std::vector<double> upstream_ms, event_ms, ack_ms;
  std::size_t failed = 0;
  ErrorTally errors;
  const auto deadline = Clock::now() + o.time_limit();
  const long total = static_cast<long>(o.warmup + o.requests);
  for (long i = 0; i < total && Clock::now() < deadline; ++i) {
    const bool warm = i < static_cast<long>(o.warmup);
    SeqRun run;
    run.id = (warm ? "w" : "r") + std::to_string(i);
    const bool finished =
        driver.Run(run, 0, static_cast<int>(o.interval_ms),
                   std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()));
    const auto closed = standin.AwaitReport("close", run.id, kReportLimit);
    const std::string problem = !run.error.empty() ? run.error
                                : !finished        ? "run did not end within the time limit"
                                : run.end_state != "aborted" ? "run ended " + run.end_state
                                : !closed ? "the stand-in never saw the upstream close"
                                : run.abort_sent == Clock::time_point{} ? "no abort sent"
                                                                        : "";
    if (!problem.empty()) {
      ++failed;
      ++errors[(warm ? "warm-up: " : "") + problem];
      continue;
    }
    if (warm) continue;
    upstream_ms.push_back(double(closed->ns - SteadyNs(run.abort_sent)) / 1e6);
    event_ms.push_back(MsBetween(run.abort_sent, run.ended));
    ack_ms.push_back(MsBetween(run.abort_sent, run.abort_acked));
  }
  report.Add("load_average", "machine load average (1 min) at start", load);
  report.Add("runs", "runs measured", upstream_ms.size());
  report.Add("failed", "failed runs", failed);
  report.AddLatency("abort_to_upstream_close", "chat.abort → stand-in sees the socket close",
                    Summarize(upstream_ms));
  report.AddLatency("abort_to_aborted_event", "chat.abort → chat aborted event",
                    Summarize(event_ms));
  report.AddLatency("abort_ack", "chat.abort → response", Summarize(ack_ms));
  report.notes.push_back(
      "abort → close = the stand-in's read of EOF/reset on the provider socket − the bench writing "
      "chat.abort (both CLOCK_MONOTONIC); goal p99 < 100 ms");
  report.FailOn("runs", errors);
  report.FailOn("connection dropped", client.Dropped());
  client.CloseAll(kCloseLimit);
  return report;
}

// ---------------------------------------------------------------------------------------------
namespace {

// One run of agent-fanout. Touched only by its connection's I/O thread until `ended` counts down.
struct FanRun {
  std::string id, session_key;
  std::size_t conn = 0;
  bool acked = false, ack_ok = false;
  std::string ack_error, end_state, deltas, final_text;
  std::size_t delta_events = 0;
  Clock::time_point sent, ended;
};

}  // namespace

Report RunAgentFanoutMode(const BenchOptions& o, Target& target, AgentStandin& standin) {
  const std::size_t connections = o.connections, per_conn = o.store_sessions;
  const std::size_t total = connections * per_conn;
  Report report;
  report.mode = "agent-fanout";
  report.title = std::to_string(total) + " concurrent chat.send runs (" +
                 std::to_string(o.reply_tokens) + " tokens every " + std::to_string(o.interval_ms) +
                 " ms) over " + std::to_string(connections) +
                 " connections (session-scoped-events, " + std::to_string(per_conn) +
                 " subscribed sessions each)";
  std::vector<FanRun> runs(total);
  std::unordered_map<std::string, std::size_t> by_id;
  for (std::size_t c = 0; c < connections; ++c) {
    for (std::size_t s = 0; s < per_conn; ++s) {
      FanRun& run = runs[c * per_conn + s];
      run.id = "f" + std::to_string(c * per_conn + s);
      run.session_key = "agent:main:bench-fan-" + std::to_string(c) + "-" + std::to_string(s);
      run.conn = c;
      by_id.emplace(run.id, c * per_conn + s);
    }
  }
  Subscription subscription;
  subscription.done.Reset(total);
  Latch ended;
  ended.Reset(total);
  std::atomic<std::size_t> foreign{0}, late{0}, ack_failed{0};

  auto on_frame = [&](std::size_t conn, std::string_view text, Clock::time_point at) {
    const AgentFrame frame = ReadFrame(text);
    if (frame.kind == FrameKind::kResponse) {
      if (frame.id.starts_with("u")) {
        if (!frame.ok || !frame.result.value("subscribed", false)) {
          ++subscription.failed;
          std::lock_guard lock(subscription.mutex);
          subscription.error = frame.ok ? "subscribed:false" : frame.error;
        }
        subscription.done.CountDown();
      } else if (frame.id.starts_with("s")) {
        auto it = by_id.find(frame.id.substr(1));
        if (it == by_id.end()) return;
        FanRun& run = runs[it->second];
        run.acked = true;
        run.ack_ok = frame.ok && frame.result.value("status", "") == "started";
        if (!run.ack_ok) {
          run.ack_error = frame.ok ? "status " + frame.result.value("status", "") : frame.error;
          ++ack_failed;
          if (run.end_state.empty()) {
            run.end_state = "rejected";
            ended.CountDown();
          }
        }
      }
      return;
    }
    if (!frame.chat) return;
    auto it = by_id.find(frame.run_id);
    if (it == by_id.end() || runs[it->second].conn != conn) {
      ++foreign;  // a run of a session this connection did not subscribe to
      return;
    }
    FanRun& run = runs[it->second];
    if (!run.end_state.empty()) {
      ++late;
      return;
    }
    if (frame.state == "delta") {
      ++run.delta_events;
      run.deltas = frame.replace ? frame.delta_text : run.deltas + frame.delta_text;
    } else if (Terminal(frame.state)) {
      run.end_state = frame.state;
      run.final_text = frame.message_text;
      run.ended = at;
      ended.CountDown();
    }
  };
  AgentClient client(target.fleet, o.client_threads, on_frame);
  const ErrorTally open = client.Open(connections, kScopes, kCaps, o.time_limit());
  if (!open.empty()) {
    report.FailOn("handshake", open);
    return report;
  }
  for (std::size_t c = 0; c < connections; ++c) {
    client.Post(c, [&, c] {
      for (std::size_t s = 0; s < per_conn; ++s) {
        client.Send(c, Subscribe("u" + std::to_string(c * per_conn + s),
                                 runs[c * per_conn + s].session_key));
      }
    });
  }
  if (!subscription.done.WaitUntil(Clock::now() + o.time_limit()) || subscription.failed > 0) {
    report.failures.push_back("sessions.messages.subscribe failed: " + subscription.error);
    return report;
  }

  const std::string load = LoadAverage();
  const auto rss_before = ReadProcStatus(target.pid);
  CpuMeter cpu(target.pid);
  const auto standin_cpu_before = ReadCpuSeconds(standin.pid());
  const int tokens = o.reply_tokens, interval = static_cast<int>(o.interval_ms);
  const Clock::time_point start = Clock::now();
  for (std::size_t c = 0; c < connections; ++c) {
    client.Post(c, [&, c, tokens, interval] {
      for (std::size_t s = 0; s < per_conn; ++s) {
        FanRun& run = runs[c * per_conn + s];
        run.sent = client.Send(c, ChatSend(run.session_key, run.id, tokens, interval));
      }
    });
  }
  StandinTally tally;
  const StreamWatch watch = WatchStreams(ended, start + o.time_limit(), target.pid,
                                         rss_before ? rss_before->rss_kb : 0, standin, tally);
  cpu.Stop();
  const auto standin_cpu_after = ReadCpuSeconds(standin.pid());
  const auto rss_after = ReadProcStatus(target.pid);

  // Read the runs on their I/O threads' terms: a post to each connection orders the reads.
  Latch settled;
  settled.Reset(connections);
  for (std::size_t c = 0; c < connections; ++c) client.Post(c, [&] { settled.CountDown(); });
  settled.WaitUntil(Clock::now() + kCloseLimit);

  const std::string expected = ReplyText(tokens);
  std::size_t completed = 0, deltas_wrong = 0, final_wrong = 0, delta_events = 0;
  std::vector<double> run_ms;
  ErrorTally errors;
  Clock::time_point last_end = start;
  for (const FanRun& run : runs) {
    if (run.end_state != "final") {
      ++errors[run.end_state.empty()         ? "no final event"
               : run.end_state == "rejected" ? "chat.send: " + run.ack_error
                                             : "run ended " + run.end_state];
      continue;
    }
    ++completed;
    run_ms.push_back(MsBetween(run.sent, run.ended));
    delta_events += run.delta_events;
    last_end = std::max(last_end, run.ended);
    if (run.deltas != expected) ++deltas_wrong;
    if (run.final_text != expected) ++final_wrong;
  }
  report.Add("load_average", "machine load average (1 min) at start", load);
  report.Add("runs", "runs", total);
  report.Add("completed", "runs completed (final received)", completed);
  report.Add("deltas_mismatch", "runs whose deltaText ≠ the reply", deltas_wrong);
  report.Add("final_mismatch", "runs whose final text ≠ the reply", final_wrong);
  report.Add("foreign_events", "chat events of unsubscribed sessions", foreign.load());
  report.Add("late_events", "chat events after a run's end", late.load());
  report.Add("delta_events_per_run", "delta events per run (mean)",
             completed ? double(delta_events) / double(completed) : 0.0, "", 1);
  report.Add("standin_replies_done", "stand-in replies written completely", tally.dones);
  report.Add("wall_ms", "first chat.send → last final", MsBetween(start, last_end), "ms", 1);
  report.Add("last_request_ms", "first chat.send → last model request at the stand-in",
             tally.requests ? double(tally.last_request_ns - SteadyNs(start)) / 1e6 : 0.0, "ms", 1);
  report.AddLatency("run", "run: chat.send → final", Summarize(run_ms));
  report.AddLatency("standin_stream", "stand-in: first chunk → reply written",
                    Summarize(tally.stream_ms));
  AddServerRssRows(report, target.pid, rss_before, watch.peak_rss_kb, rss_after);
  cpu.AddTo(report);
  AddStandinCpuRow(report, standin_cpu_before, standin_cpu_after);
  report.notes.push_back(
      "target: RSS < 150 MB; every run final, its deltas and final text = the "
      "reply the stand-in sent");
  report.FailOn("runs", errors);
  if (deltas_wrong > 0 || final_wrong > 0)
    report.failures.push_back("events lost or altered: some runs' text differs from the reply");
  if (foreign > 0) report.failures.push_back("chat events of unsubscribed sessions were delivered");
  if (!watch.all_ended) report.failures.push_back("not every run ended within --time-limit");
  report.FailOn("connection dropped", client.Dropped());
  client.CloseAll(kCloseLimit);
  return report;
}

}  // namespace gateway::bench
