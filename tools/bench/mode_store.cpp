// The session store without a gateway: acknowledged transcript appends per second over N
// concurrent sessions (store-append), and sessions.list / history query latency on a generated
// database (store-query). Both drive SessionStore directly, through its asynchronous API.
#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <thread>

#include "server/domain/sessions/session_store.hpp"
#include "server/runtime/thread_pool.hpp"
#include "tools/bench/modes.hpp"
#include "tools/bench/proc_status.hpp"

namespace gateway::bench {
namespace {

using namespace domain::sessions;
using Clock = std::chrono::steady_clock;

double MsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The state dir: --state-dir, or a temporary one removed at the end.
class BenchDir {
 public:
  explicit BenchDir(const std::string& given) {
    if (!given.empty()) {
      path_ = given;
      std::filesystem::create_directories(path_);
      return;
    }
    char pattern[] = "/tmp/openclaw-bench-store-XXXXXX";
    if (!::mkdtemp(pattern)) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
    owned_ = true;
  }
  ~BenchDir() {
    std::error_code ec;
    if (owned_) std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  bool owned_ = false;
};

template <typename T, typename Start>
StoreResult<T> Wait(Start&& start) {
  std::mutex mutex;
  std::condition_variable cv;
  std::optional<StoreResult<T>> result;
  start([&](StoreResult<T> r) {
    std::lock_guard lock(mutex);
    result.emplace(std::move(r));
    cv.notify_one();
  });
  std::unique_lock lock(mutex);
  cv.wait(lock, [&] { return result.has_value(); });
  return std::move(*result);
}

std::unique_ptr<SessionStore> OpenStore(const BenchOptions& o, const std::filesystem::path& dir,
                                        runtime::Executor& executor, Report& report) {
  StoreOptions options;
  options.path = DefaultStorePath(dir);
  options.synchronous =
      o.synchronous == "normal" ? storage::Synchronous::kNormal : storage::Synchronous::kFull;
  auto store = SessionStore::Open(options, executor);
  if (!store) {
    report.failures.push_back(store.error());
    return nullptr;
  }
  return std::move(*store);
}

Message BenchMessage(std::int64_t i, std::int64_t now) {
  const std::string text = "message " + std::to_string(i) +
                           ": the quick brown fox jumps over the lazy dog, twice, and then "
                           "asks for a summary of everything that happened so far.";
  if (i % 2 == 0) return UserMessage(text, now, "bench-" + std::to_string(i) + ":user");
  Message m = AssistantMessage(text, now, StopReason::kStop, Usage{120, 40, 0, 0, 160, {}});
  m.api = "openai-completions";
  m.provider = "bench";
  m.model = "bench-model";
  return m;
}

std::int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

double ProcessCpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

std::string SessionKey(std::size_t i) { return "agent:main:bench:direct:s" + std::to_string(i); }

}  // namespace

Report RunStoreAppendMode(const BenchOptions& o) {
  Report report;
  report.mode = "store-append";
  report.title = std::to_string(o.store_appends) + " transcript appends over " +
                 std::to_string(o.store_sessions) + " sessions, " + std::to_string(o.depth) +
                 " in flight per session, synchronous=" + o.synchronous + ", acknowledged";
  BenchDir dir(o.state_dir);
  runtime::ThreadPool pool("bench-store", o.store_threads);
  auto store = OpenStore(o, dir.path(), pool, report);
  if (!store) return report;

  const std::size_t sessions = o.store_sessions;
  for (std::size_t s = 0; s < sessions; ++s) {
    CreateParams params;
    params.key = SessionKey(s);
    if (!Wait<CreateOutcome>([&](auto done) { store->GetOrCreate(params, done); })) {
      report.failures.push_back("cannot create the sessions");
      return report;
    }
  }
  const auto before = store->writer_stats();

  std::atomic<std::size_t> issued{0};
  std::atomic<std::size_t> acked{0};
  std::atomic<std::size_t> failed{0};
  std::mutex mutex;
  std::condition_variable finished;
  std::vector<double> latencies;
  latencies.reserve(o.store_appends);
  const std::size_t total = o.store_appends;
  const std::string load_before = LoadAverage();
  const double cpu_before = ProcessCpuSeconds();
  const auto start = Clock::now();
  const auto deadline = start + o.time_limit();

  // Each session runs `depth` chains: an acknowledgement issues that chain's next append, on the
  // producer thread (building the next message is the caller's work, not the store's).
  runtime::ThreadPool producer("bench-producer", 1);
  std::function<void(std::size_t)> issue = [&](std::size_t session) {
    const std::size_t n = issued.fetch_add(1);
    if (n >= total || Clock::now() > deadline) return;
    const auto sent = Clock::now();
    AppendOptions options;
    options.user_input = n % 2 == 0;
    store->Append(SessionKey(session),
                  MessageEvent(BenchMessage(static_cast<std::int64_t>(n), NowMs())), options,
                  [&, session, sent](StoreResult<AppendResult> result) {
                    const double ms = MsSince(sent);
                    if (!result) ++failed;
                    {
                      std::lock_guard lock(mutex);
                      latencies.push_back(ms);
                    }
                    const std::size_t done = acked.fetch_add(1) + 1;
                    if (done >= total || (Clock::now() > deadline && done >= issued.load())) {
                      std::lock_guard lock(mutex);
                      finished.notify_all();
                    }
                    // Like a real caller, hand the follow-up off the writer strand.
                    producer.Post([&issue, session] { issue(session); });
                  });
  };
  for (std::size_t d = 0; d < o.depth; ++d) {
    for (std::size_t s = 0; s < sessions; ++s) issue(s);
  }
  {
    std::unique_lock lock(mutex);
    finished.wait(lock, [&] {
      const std::size_t done = acked.load();
      return done >= total || (Clock::now() > deadline && done >= std::min(issued.load(), total));
    });
  }
  const double elapsed_s = MsSince(start) / 1000.0;
  const double cpu_s = ProcessCpuSeconds() - cpu_before;
  // Let the last chains see `issued >= total` and stop before the store goes away.
  while (acked.load() < std::min(issued.load(), total)) std::this_thread::yield();
  producer.Stop();
  const auto after = store->writer_stats();
  std::vector<double> samples;
  {
    std::lock_guard lock(mutex);
    samples = latencies;
  }
  report.Add("appends", "acknowledged appends", acked.load());
  report.Add("appends_per_s", "appends/s", static_cast<double>(acked.load()) / elapsed_s, "", 0);
  report.AddLatency("append", "append → ack", Summarize(samples));
  report.Add("cpu_us_per_append", "process CPU per append (store + bench)",
             acked.load() ? cpu_s * 1e6 / static_cast<double>(acked.load()) : 0.0, "µs", 1);
  report.Add("cpu_cores", "process CPU over the run", cpu_s / elapsed_s, "cores", 2);
  report.Add("load_average", "machine load average (1 min) at start", load_before);
  const std::size_t batches = after.batches - before.batches;
  report.Add("batches", "write transactions (group commits)", batches);
  report.Add("mean_batch", "appends per commit (mean)",
             batches ? static_cast<double>(after.writes - before.writes) / batches : 0.0, "", 1);
  report.Add("largest_batch", "largest commit", after.largest_batch);
  report.Add("db_mb", "database + WAL",
             static_cast<double>(std::filesystem::file_size(store->path()) +
                                 (std::filesystem::exists(store->path().string() + "-wal")
                                      ? std::filesystem::file_size(store->path().string() + "-wal")
                                      : 0)) /
                 1e6,
             "MB", 1);
  if (failed.load() > 0)
    report.failures.push_back(std::to_string(failed.load()) + " appends failed");
  report.notes.push_back("durability: WAL, synchronous=" + o.synchronous +
                         (o.synchronous == "normal"
                              ? " (an ack survives kill -9, not a power loss)"
                              : " (an ack is fsynced: survives kill -9 and power loss)"));
  store.reset();
  pool.Stop();
  return report;
}

Report RunStoreQueryMode(const BenchOptions& o) {
  Report report;
  report.mode = "store-query";
  report.title = std::to_string(o.store_sessions) + " sessions × " +
                 std::to_string(o.store_messages) + " messages + " +
                 std::to_string(o.store_big_sessions) + " × " +
                 std::to_string(o.store_big_messages) + "; " + std::to_string(o.store_queries) +
                 " queries each";
  BenchDir dir(o.state_dir);
  runtime::ThreadPool pool("bench-store", o.store_threads);
  auto store = OpenStore(o, dir.path(), pool, report);
  if (!store) return report;

  const std::size_t wanted = o.store_sessions + o.store_big_sessions;
  auto count = Wait<std::int64_t>([&](auto done) { store->Count(done); });
  if (!count) {
    report.failures.push_back(count.error().message);
    return report;
  }
  const std::int64_t base = NowMs() - static_cast<std::int64_t>(wanted) * 1000;
  if (static_cast<std::size_t>(*count) < wanted) {
    // Generate: sessions with their transcripts, imported in batches with a few in flight.
    const auto start = Clock::now();
    std::atomic<std::size_t> in_flight{0};
    std::atomic<std::size_t> failures{0};
    std::mutex mutex;
    std::condition_variable slot;
    auto submit = [&](std::vector<ImportedSession> batch) {
      {
        std::unique_lock lock(mutex);
        slot.wait(lock, [&] { return in_flight.load() < 4; });
        ++in_flight;
      }
      store->Import(std::move(batch), [&](StoreResult<std::size_t> r) {
        if (!r) ++failures;
        std::lock_guard lock(mutex);
        --in_flight;
        slot.notify_all();
      });
    };
    std::vector<ImportedSession> batch;
    std::size_t batch_events = 0;
    for (std::size_t i = 0; i < wanted; ++i) {
      const bool big = i < o.store_big_sessions;
      const std::size_t messages = big ? o.store_big_messages : o.store_messages;
      ImportedSession session;
      const std::int64_t t = base + static_cast<std::int64_t>(i) * 1000;
      session.row.key = big ? "agent:main:bench:big:" + std::to_string(i) : SessionKey(i);
      session.row.session_id = NewUuid();
      session.row.agent_id = "main";
      session.row.kind = SessionKind::kDirect;
      session.row.created_at = session.row.session_started_at = t;
      session.row.updated_at = t + 500;
      session.row.last_activity_at = t + 500;
      session.row.last_interaction_at = t + 400;
      session.row.label = "bench session " + std::to_string(i);
      TranscriptEvent header;
      header.type = "session";
      header.id = session.row.session_id;
      header.timestamp_ms = t;
      header.fields = {{"cwd", "/bench"}};
      session.events.push_back(std::move(header));
      std::string parent;
      for (std::size_t m = 0; m < messages; ++m) {
        TranscriptEvent event = MessageEvent(BenchMessage(static_cast<std::int64_t>(m), t));
        event.id = NewUuid();
        event.timestamp_ms = t;
        if (!parent.empty()) event.parent_id = parent;
        parent = event.id;
        session.events.push_back(std::move(event));
      }
      batch_events += session.events.size();
      batch.push_back(std::move(session));
      if (batch_events >= 20000) {
        submit(std::move(batch));
        batch.clear();
        batch_events = 0;
      }
    }
    if (!batch.empty()) submit(std::move(batch));
    {
      std::unique_lock lock(mutex);
      slot.wait(lock, [&] { return in_flight.load() == 0; });
    }
    if (failures.load() > 0) {
      report.failures.push_back("generation failed");
      return report;
    }
    report.Add("generate_s", "generation", MsSince(start) / 1000.0, "s", 1);
  } else {
    report.notes.push_back("reused the existing database in --state-dir");
  }
  report.Add("sessions", "sessions in the store",
             *Wait<std::int64_t>([&](auto done) { store->Count(done); }));
  report.Add("db_mb", "database size",
             static_cast<double>(std::filesystem::file_size(store->path())) / 1e6, "MB", 0);

  std::mt19937_64 random(42);
  auto measure = [&](const std::string& key, const std::string& label, auto&& one) {
    std::vector<double> samples;
    for (std::size_t i = 0; i < 10; ++i) one();  // warm-up
    for (std::size_t i = 0; i < o.store_queries; ++i) {
      const auto start = Clock::now();
      if (!one()) {
        report.failures.push_back(label + " failed");
        return;
      }
      samples.push_back(MsSince(start));
    }
    report.AddLatency(key, label, Summarize(samples));
  };
  measure("list", "sessions.list limit 100 (updatedAt)", [&] {
    ListQuery query;
    query.limit = 100;
    auto page = Wait<ListPage>([&](auto done) { store->List(query, done); });
    return page && page->rows.size() == std::min<std::size_t>(100, wanted);
  });
  measure("list_offset", "sessions.list limit 100, offset 5000", [&] {
    ListQuery query;
    query.limit = 100;
    query.offset = 5000;
    auto page = Wait<ListPage>([&](auto done) { store->List(query, done); });
    return page.has_value();
  });
  measure("list_interaction", "sessions.list limit 100 (lastInteractionAt)", [&] {
    ListQuery query;
    query.limit = 100;
    query.sort = ListSort::kLastInteractionAt;
    auto page = Wait<ListPage>([&](auto done) { store->List(query, done); });
    return page.has_value();
  });
  if (o.store_big_sessions > 0) {
    measure(
        "history_big",
        "history limit 200 of a " + std::to_string(o.store_big_messages) + "-message session", [&] {
          const std::size_t i = random() % o.store_big_sessions;
          HistoryQuery query;
          query.limit = 200;
          auto page = Wait<HistoryPage>([&](auto done) {
            store->History("agent:main:bench:big:" + std::to_string(i), query, done);
          });
          return page && page->events.size() == std::min<std::size_t>(200, o.store_big_messages);
        });
  }
  if (o.store_sessions > 0) {
    measure("history_small",
            "history limit 200 of a " + std::to_string(o.store_messages) + "-message session", [&] {
              const std::size_t i = o.store_big_sessions + random() % o.store_sessions;
              HistoryQuery query;
              query.limit = 200;
              auto page =
                  Wait<HistoryPage>([&](auto done) { store->History(SessionKey(i), query, done); });
              return page.has_value();
            });
  }
  store.reset();
  pool.Stop();
  return report;
}

}  // namespace gateway::bench
