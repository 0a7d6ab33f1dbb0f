// The outbound HTTP client (server/transport/http_client.hpp) against a loopback stand-in in a
// child process: cancel latency, and many concurrent streaming requests.
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "server/runtime/sse_parser.hpp"
#include "server/transport/http_client.hpp"
#include "tools/bench/bench_clock.hpp"
#include "tools/bench/http_standin.hpp"
#include "tools/bench/modes.hpp"
#include "tools/bench/proc_status.hpp"

namespace gateway::bench {
namespace {

using transport::ChunkAction;
using transport::HttpCallbacks;
using transport::HttpClient;
using transport::HttpError;
using transport::OutboundRequest;

HttpClient::Options ClientOptions(const BenchOptions& o) {
  HttpClient::Options options;
  options.threads = o.client_threads;
  options.proxy = transport::ProxySettings{};  // loopback: never through a proxy
  return options;
}

// Waits for a count to reach a target, with a deadline.
class Countdown {
 public:
  void Add(std::size_t n = 1) {
    std::lock_guard lock(mutex_);
    count_ += n;
    cv_.notify_all();
  }
  bool WaitFor(std::size_t target, std::chrono::milliseconds limit) {
    std::unique_lock lock(mutex_);
    return cv_.wait_for(lock, limit, [&] { return count_ >= target; });
  }

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  std::size_t count_ = 0;
};

}  // namespace

Report RunHttpCancelMode(const BenchOptions& o) {
  Report report;
  report.mode = "http-cancel";
  report.title = std::to_string(o.count) +
                 " requests to a silent loopback server, each cancelled once the server has it";
  HttpStandin standin;  // forked before the client starts its threads
  HttpClient client(ClientOptions(o));
  const std::string base = "http://127.0.0.1:" + std::to_string(standin.port()) + "/silent/";
  std::vector<double> to_completion, to_close;
  std::size_t wrong_kind = 0;
  const auto deadline = Clock::now() + o.time_limit();
  for (std::size_t i = 0; i < o.count && Clock::now() < deadline; ++i) {
    std::mutex mutex;
    std::condition_variable cv;
    std::optional<Clock::time_point> completed;
    std::optional<HttpError> error;
    HttpCallbacks callbacks;
    callbacks.on_complete = [&](std::optional<HttpError> e) {
      const auto now = Clock::now();
      std::lock_guard lock(mutex);
      completed = now;
      error = std::move(e);
      cv.notify_all();
    };
    OutboundRequest request;
    request.url = base + std::to_string(i);
    auto handle = client.Start(request, std::move(callbacks));
    const auto arrived = standin.NextReport(std::chrono::seconds(10));
    if (!arrived || *arrived != "req " + std::to_string(i)) {
      report.failures.push_back("the stand-in did not get request " + std::to_string(i));
      break;
    }
    const auto cancelled_at = Clock::now();
    handle.Cancel();
    {
      std::unique_lock lock(mutex);
      if (!cv.wait_for(lock, std::chrono::seconds(10), [&] { return completed.has_value(); })) {
        report.failures.push_back("no completion after Cancel");
        break;
      }
      if (!error || error->kind != transport::HttpErrorKind::kCancelled) ++wrong_kind;
      to_completion.push_back(MsBetween(cancelled_at, *completed));
    }
    const auto closed = standin.NextReport(std::chrono::seconds(10));
    const std::string prefix = "close " + std::to_string(i) + " ";
    if (!closed || !closed->starts_with(prefix)) {
      report.failures.push_back("the stand-in did not see request " + std::to_string(i) + " close");
      break;
    }
    const Clock::time_point closed_at{
        std::chrono::nanoseconds(std::stoll(closed->substr(prefix.size())))};
    to_close.push_back(MsBetween(cancelled_at, closed_at));
  }
  report.Add("cancels", "cancels measured", to_completion.size());
  report.AddLatency("cancel_to_completion", "Cancel → on_complete", Summarize(to_completion));
  report.AddLatency("cancel_to_server_close", "Cancel → server sees close", Summarize(to_close));
  report.Add("wrong_kind", "completions not kCancelled", wrong_kind);
  if (wrong_kind > 0) report.failures.push_back("completions with another error than cancelled");
  return report;
}

Report RunHttpStreamMode(const BenchOptions& o) {
  Report report;
  report.mode = "http-stream";
  report.title = std::to_string(o.count) + " concurrent SSE streams of " +
                 std::to_string(o.events) + " events every " + std::to_string(o.interval_ms) +
                 " ms from a loopback stand-in";
  HttpStandin standin;
  const auto before = ReadSelfStatus();
  const auto cpu_before = ReadSelfCpuSeconds();
  HttpClient client(ClientOptions(o));
  const std::string url = "http://127.0.0.1:" + std::to_string(standin.port()) +
                          "/stream?events=" + std::to_string(o.events) +
                          "&interval_ms=" + std::to_string(o.interval_ms) + "&bytes=64";
  struct Stream {
    runtime::SseParser parser;
    std::size_t events = 0;
  };
  std::vector<std::unique_ptr<Stream>> streams;
  std::atomic<std::size_t> events{0}, errors{0};
  std::mutex error_mutex;
  std::string first_error;
  Countdown heads, done;
  const auto started = Clock::now();
  for (std::size_t i = 0; i < o.count; ++i) {
    streams.push_back(std::make_unique<Stream>());
    Stream* stream = streams.back().get();
    HttpCallbacks callbacks;
    callbacks.on_head = [&](const transport::HttpResponseHead&) { heads.Add(); };
    callbacks.on_chunk = [&, stream](std::string_view chunk) {
      stream->parser.Feed(chunk, [&](runtime::SseEvent&&) {
        ++stream->events;
        ++events;
      });
      return ChunkAction::kContinue;
    };
    callbacks.on_complete = [&](std::optional<HttpError> error) {
      if (error) {
        ++errors;
        std::lock_guard lock(error_mutex);
        if (first_error.empty()) {
          first_error =
              std::string(transport::HttpErrorKindName(error->kind)) + ": " + error->message;
        }
      }
      done.Add();
    };
    OutboundRequest request;
    request.url = url;
    client.Start(request, std::move(callbacks));
  }
  const bool all_heads = heads.WaitFor(o.count, o.time_limit());
  const double heads_ms = MsBetween(started, Clock::now());
  // Mid-stream: every request open, events flowing.
  std::this_thread::sleep_for(std::chrono::milliseconds(o.events * o.interval_ms / 2));
  const auto during = ReadSelfStatus();
  const auto stats_during = client.stats();
  const bool all_done = done.WaitFor(o.count, o.time_limit());
  const double total_ms = MsBetween(started, Clock::now());
  const auto cpu_after = ReadSelfCpuSeconds();

  report.Add("streams", "streams", o.count);
  report.Add("all_heads_ms", "start → all response heads", heads_ms, "ms", 1);
  report.Add("total_ms", "start → all streams complete", total_ms, "ms", 1);
  report.Add("events", "events parsed", events.load());
  report.Add("events_expected", "events expected", o.count * o.events);
  report.Add("errors", "errors", errors.load());
  report.Add("active_mid", "active requests (mid-stream)", stats_during.active_requests);
  report.Add("connections", "connections opened", client.stats().connections_opened);
  if (before && during) {
    report.Add("rss_before_mb", "bench RSS before the client", KbToMb(before->rss_kb), "MB", 1);
    report.Add("rss_during_mb", "bench RSS mid-stream", KbToMb(during->rss_kb), "MB", 1);
    report.Add("rss_per_stream_kb", "RSS per stream",
               double(during->rss_kb - before->rss_kb) / double(o.count), "KB", 1);
    report.Add("threads_during", "bench threads mid-stream (main + client pool)", during->threads);
  }
  if (cpu_before && cpu_after) {
    report.Add("client_cpu_s", "bench CPU (client + parsing)", *cpu_after - *cpu_before, "s", 2);
  }
  if (!all_heads) report.failures.push_back("not every stream got its response head in time");
  if (!all_done) report.failures.push_back("not every stream completed in time");
  if (errors > 0)
    report.failures.push_back(std::to_string(errors.load()) +
                              " streams failed, first: " + first_error);
  if (events != o.count * o.events) report.failures.push_back("events missing");
  report.context.push_back({"standin_pid", "stand-in pid (child process)", standin.pid(), "", 0});
  return report;
}

}  // namespace gateway::bench
