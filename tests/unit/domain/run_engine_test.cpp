// The run engine against a real session store and a stand-in OpenAI server: queue modes, the
// concurrency cap, run budgets, aborting queued runs; and the pure pieces (text pacing, /new and
// /reset parsing, history trimming).
#include "server/domain/runs/run_engine.hpp"

#include <catch2/catch.hpp>
#include <condition_variable>
#include <future>
#include <mutex>

#include "server/domain/runs/text_pacer.hpp"
#include "server/providers/provider_cooldowns.hpp"
#include "server/runtime/thread_pool.hpp"
#include "tests/support/fakes.hpp"
#include "tests/support/openai_standin.hpp"
#include "tests/support/run_stack.hpp"
#include "tests/support/temp_dir.hpp"

using namespace gateway;
using namespace gateway::testing;
using namespace std::chrono_literals;
using nlohmann::json;
namespace runs = domain::runs;
namespace ds = domain::sessions;

namespace {

class NoSubscriptions final : public rpc::Subscriptions {
 public:
  void WatchSessions(const std::string&, bool) override {}
  void WatchSessionMessages(const std::string&, const std::string&, bool) override {}
  void SetRunOwner(const std::string&, const std::string&) override {}
  void ClearRunOwner(const std::string&) override {}
};

// Records what one run reports.
class Recorder final : public runs::RunObserver {
 public:
  void OnQueued(const runs::RunInfo&) override {
    std::lock_guard lock(mutex_);
    queued_ = true;
  }
  void OnStarted(const runs::RunInfo&) override {
    std::lock_guard lock(mutex_);
    started_ = true;
    changed_.notify_all();
  }
  void OnText(const runs::RunInfo&, std::string_view delta, const std::string&) override {
    std::lock_guard lock(mutex_);
    text_ += delta;
    changed_.notify_all();
  }
  void OnFinished(const runs::RunInfo&, const runs::RunOutcome& outcome) override {
    std::lock_guard lock(mutex_);
    outcome_ = outcome;
    ++finishes_;
    changed_.notify_all();
  }
  std::optional<runs::RunOutcome> WaitFinished(std::chrono::milliseconds limit = 10s) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, limit, [&] { return outcome_.has_value(); });
    return outcome_;
  }
  bool WaitText(std::chrono::milliseconds limit = 10s) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, limit, [&] { return !text_.empty(); });
  }
  bool queued() {
    std::lock_guard lock(mutex_);
    return queued_;
  }
  bool started() {
    std::lock_guard lock(mutex_);
    return started_;
  }
  int finishes() {
    std::lock_guard lock(mutex_);
    return finishes_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  bool queued_ = false, started_ = false;
  int finishes_ = 0;
  std::string text_;
  std::optional<runs::RunOutcome> outcome_;
};

proto::OpenClawConfig ConfigFor(const OpenAiStandin& standin, int max_concurrent = 0) {
  json config = {{"models",
                  {{"providers",
                    {{"standin",
                      {{"baseUrl", standin.base_url()},
                       {"apiKey", kStandinApiKey},
                       {"models", json::array({{{"id", "m1"}, {"name", "M1"}}})}}}}}}},
                 {"agents", {{"defaults", {{"model", "standin/m1"}}}}}};
  if (max_concurrent > 0) config["agents"]["defaults"]["maxConcurrent"] = max_concurrent;
  return wire::Decode<proto::OpenClawConfig>(config);
}

struct Engine {
  explicit Engine(int max_concurrent = 0) : config(ConfigFor(standin, max_concurrent)) {}
  ~Engine() {
    stack.reset();
    std::promise<void> flushed;
    store->Flush([&] { flushed.set_value(); });
    flushed.get_future().wait();
    pool.Stop();
  }

  runs::RunRequest Request(std::string run_id, std::string key, std::string message,
                           runs::QueueMode mode = runs::QueueMode::kFollowup) {
    runs::RunRequest request;
    request.run_id = std::move(run_id);
    request.session_key = std::move(key);
    request.agent_id = "main";
    request.message = std::move(message);
    request.queue_mode = mode;
    return request;
  }
  runs::Admission Submit(runs::RunRequest request, std::shared_ptr<Recorder> recorder) {
    return stack->engine.Submit(std::move(request), std::move(recorder));
  }

  OpenAiStandin standin;
  proto::OpenClawConfig config;
  TempDir dir;
  runtime::ThreadPool pool{"test-runs", 2};
  InlineExecutor blocking;
  NoSubscriptions subscriptions;
  std::unique_ptr<ds::SessionStore> store = [this] {
    ds::StoreOptions options;
    options.path = ds::DefaultStorePath(dir.path());
    auto opened = ds::SessionStore::Open(std::move(options), pool);
    if (!opened) throw std::runtime_error(opened.error());
    return std::move(*opened);
  }();
  std::unique_ptr<RunStack> stack =
      std::make_unique<RunStack>(config, *store, blocking, subscriptions, dir / "workspace");
};

}  // namespace

TEST_CASE("Run engine: interrupt aborts the running turn and runs next", "[runs][engine]") {
  Engine engine;
  auto slow = std::make_shared<Recorder>();
  auto next = std::make_shared<Recorder>();
  CHECK(engine.Submit(engine.Request("r1", "agent:main:main", "slow please"), slow).kind ==
        runs::Admission::Kind::kStarted);
  REQUIRE(slow->WaitText());
  auto admission = engine.Submit(
      engine.Request("r2", "agent:main:main", "now this", runs::QueueMode::kInterrupt), next);
  CHECK(admission.kind == runs::Admission::Kind::kQueued);
  CHECK(admission.interrupted_active_run);
  auto first = slow->WaitFinished();
  REQUIRE(first);
  CHECK(first->status == runs::RunStatus::kAborted);
  CHECK(first->stop_reason == "interrupted");
  auto second = next->WaitFinished();
  REQUIRE(second);
  CHECK(second->status == runs::RunStatus::kOk);
  CHECK(second->text == "Hello there");
}

TEST_CASE("Run engine: collect merges waiting messages into one turn", "[runs][engine]") {
  Engine engine;
  auto slow = std::make_shared<Recorder>();
  auto b = std::make_shared<Recorder>();
  auto c = std::make_shared<Recorder>();
  engine.Submit(engine.Request("r1", "agent:main:main", "slow one"), slow);
  REQUIRE(slow->WaitText());
  CHECK(engine.Submit(engine.Request("r2", "agent:main:main", "two", runs::QueueMode::kCollect), b)
            .kind == runs::Admission::Kind::kQueued);
  CHECK(
      engine.Submit(engine.Request("r3", "agent:main:main", "three", runs::QueueMode::kCollect), c)
          .kind == runs::Admission::Kind::kQueued);
  CHECK(engine.stack->engine.ActiveRuns("agent:main:main") ==
        std::vector<std::string>{"r1", "r2", "r3"});
  CHECK(engine.stack->engine.Abort({.session_key = std::nullopt,
                                    .run_id = std::string("r1"),
                                    .include_queued = false,
                                    .reason = runs::AbortReason::kRpc}) ==
        std::vector<std::string>{"r1"});
  auto merged = b->WaitFinished();
  auto absorbed = c->WaitFinished();
  REQUIRE(merged);
  REQUIRE(absorbed);
  CHECK(merged->status == runs::RunStatus::kOk);
  CHECK(absorbed->text == merged->text);
  const auto requests = engine.standin.requests();
  REQUIRE(requests.size() == 2);
  CHECK(OpenAiStandin::LastUserText(requests[1]) == "two\n\nthree");
}

TEST_CASE("Run engine: the concurrency cap queues runs of other sessions", "[runs][engine]") {
  Engine engine(/*max_concurrent=*/1);
  auto slow = std::make_shared<Recorder>();
  auto waiting = std::make_shared<Recorder>();
  engine.Submit(engine.Request("r1", "agent:main:one", "slow"), slow);
  REQUIRE(slow->WaitText());
  CHECK(engine.Submit(engine.Request("r2", "agent:main:two", "hi"), waiting).kind ==
        runs::Admission::Kind::kQueued);
  std::this_thread::sleep_for(100ms);
  CHECK_FALSE(waiting->started());
  CHECK(engine.stack->engine.running() == 1);
  runs::AbortQuery query;
  query.session_key = "agent:main:one";
  engine.stack->engine.Abort(query);
  auto outcome = waiting->WaitFinished();
  REQUIRE(outcome);
  CHECK(outcome->status == runs::RunStatus::kOk);
}

TEST_CASE("Run engine: a run's budget ends it as a timeout", "[runs][engine]") {
  Engine engine;
  auto slow = std::make_shared<Recorder>();
  auto request = engine.Request("r1", "agent:main:main", "slow forever");
  request.timeout = 150ms;
  const auto started = std::chrono::steady_clock::now();
  engine.Submit(std::move(request), slow);
  auto outcome = slow->WaitFinished();
  REQUIRE(outcome);
  CHECK(outcome->status == runs::RunStatus::kTimeout);
  CHECK(outcome->stop_reason == "timeout");
  CHECK(outcome->provider_started);
  CHECK(std::chrono::steady_clock::now() - started < 3s);
}

TEST_CASE("Run engine: aborting a queued run never calls the model; waits see the end",
          "[runs][engine]") {
  Engine engine;
  auto slow = std::make_shared<Recorder>();
  auto queued = std::make_shared<Recorder>();
  engine.Submit(engine.Request("r1", "agent:main:main", "slow"), slow);
  REQUIRE(slow->WaitText());
  engine.Submit(engine.Request("r2", "agent:main:main", "later"), queued);
  CHECK(queued->queued());

  std::promise<runs::WaitOutcome> pending;
  engine.stack->engine.Wait("r2", 1s, [&](runs::WaitOutcome w) { pending.set_value(w); });
  CHECK(pending.get_future().get().kind == runs::WaitOutcome::Kind::kPending);

  std::promise<runs::WaitOutcome> finished;
  engine.stack->engine.Wait("r1", 5s, [&](runs::WaitOutcome w) { finished.set_value(w); });
  runs::AbortQuery query;
  query.session_key = "agent:main:main";
  auto ids = engine.stack->engine.Abort(query);
  CHECK(ids == std::vector<std::string>{"r1", "r2"});
  auto waited = finished.get_future().get();
  CHECK(waited.kind == runs::WaitOutcome::Kind::kFinished);
  CHECK(waited.outcome->status == runs::RunStatus::kAborted);
  auto outcome = queued->WaitFinished();
  REQUIRE(outcome);
  CHECK(outcome->status == runs::RunStatus::kAborted);
  CHECK_FALSE(queued->started());
  CHECK(engine.standin.requests().size() == 1);
  CHECK(queued->finishes() == 1);

  // A duplicate run id after the end is the cached outcome.
  auto again =
      engine.Submit(engine.Request("r2", "agent:main:main", "later"), std::make_shared<Recorder>());
  CHECK(again.kind == runs::Admission::Kind::kFinished);
  CHECK(again.outcome->status == runs::RunStatus::kAborted);
}

TEST_CASE("Run engine: /new resets the session before the turn", "[runs][engine]") {
  Engine engine;
  auto first = std::make_shared<Recorder>();
  engine.Submit(engine.Request("r1", "agent:main:main", "remember me"), first);
  REQUIRE(first->WaitFinished());
  auto second = std::make_shared<Recorder>();
  engine.Submit(engine.Request("r2", "agent:main:main", "/NEW what now?"), second);
  REQUIRE(second->WaitFinished());
  const auto requests = engine.standin.requests();
  REQUIRE(requests.size() == 2);
  // Only the system prompt and the text after the command: the old turn is behind the reset.
  CHECK(requests[1]["messages"].size() == 2);
  CHECK(OpenAiStandin::LastUserText(requests[1]) == "what now?");
}

TEST_CASE("Run engine: text pacing sends the first piece at once and merges the rest",
          "[runs][pacer]") {
  runtime::TimerQueue timers("test-pacer");
  std::mutex mutex;
  std::vector<std::pair<std::string, int>> sent;
  auto pacer = runs::TextPacer::Create(timers, 50ms, [&](const std::string& delta, int pieces) {
    std::lock_guard lock(mutex);
    sent.emplace_back(delta, pieces);
  });
  pacer->Add("a");
  {
    std::lock_guard lock(mutex);
    REQUIRE(sent.size() == 1);  // at once
    CHECK(sent[0] == std::make_pair(std::string("a"), 1));
  }
  pacer->Add("b");
  pacer->Add("c");
  {
    std::lock_guard lock(mutex);
    CHECK(sent.size() == 1);  // held for the interval
  }
  std::this_thread::sleep_for(120ms);
  {
    std::lock_guard lock(mutex);
    REQUIRE(sent.size() == 2);
    CHECK(sent[1] == std::make_pair(std::string("bc"), 2));
  }
  pacer->Add("d");  // the interval has passed: at once
  pacer->Add("e");
  pacer->Close();   // flushes what is held
  pacer->Add("f");  // dropped after Close
  std::lock_guard lock(mutex);
  REQUIRE(sent.size() == 4);
  CHECK(sent[2].first == "d");
  CHECK(sent[3].first == "e");
}

TEST_CASE("Run engine: /new and /reset commands, history within the budget", "[runs][planner]") {
  CHECK(runs::ParseResetCommand("/new")->reason == "new");
  CHECK(runs::ParseResetCommand("  /Reset  keep going ")->rest == "keep going");
  CHECK_FALSE(runs::ParseResetCommand("/newish"));
  CHECK_FALSE(runs::ParseResetCommand("say /new"));

  std::vector<ds::TranscriptEvent> events;
  for (int i = 0; i < 10; ++i) {
    events.push_back(ds::MessageEvent(ds::UserMessage(std::string(400, 'u'), i)));
    events.push_back(
        ds::MessageEvent(ds::AssistantMessage(std::string(400, 'a'), i, ds::StopReason::kStop)));
  }
  events.push_back(ds::MessageEvent(ds::UserMessage("latest", 99)));
  const auto all = runs::HistoryForModel(events, 1'000'000);
  CHECK(all.size() == 21);
  const auto trimmed = runs::HistoryForModel(events, 500);
  REQUIRE(!trimmed.empty());
  CHECK(trimmed.size() < 21);
  CHECK(trimmed.back().text == "latest");
  CHECK(runs::HistoryForModel(events, 1).size() == 1);  // the newest message always stays
}

TEST_CASE("Run engine: a tool call nobody answered reaches the model as text", "[runs][engine]") {
  // An OpenAI HTTP client's tool call: its result comes back as the next prompt's text, so the
  // stored call has no toolResult after it, which providers would refuse.
  std::vector<ds::TranscriptEvent> events;
  events.push_back(ds::MessageEvent(ds::UserMessage("weather?", 1)));
  auto call = ds::AssistantMessage("", 2, ds::StopReason::kToolUse);
  call.content.push_back({{"type", "toolCall"},
                          {"id", "call_1"},
                          {"name", "get_weather"},
                          {"arguments", {{"city", "Paris"}}}});
  events.push_back(ds::MessageEvent(call));
  events.push_back(ds::MessageEvent(ds::UserMessage("Tool:call_1: sunny", 3)));
  const auto messages = runs::HistoryForModel(events, 1'000'000);
  REQUIRE(messages.size() == 3);
  CHECK(messages[1].tool_calls.empty());
  CHECK(messages[1].text == "tool_call id=call_1 name=get_weather arguments={\"city\":\"Paris\"}");
}

TEST_CASE("Run engine: stored tool result images reach the model again", "[runs][planner]") {
  std::vector<ds::TranscriptEvent> events;
  events.push_back(ds::MessageEvent(ds::UserMessage("look at a.png", 1)));
  auto call = ds::AssistantMessage("", 2, ds::StopReason::kToolUse);
  call.content.push_back({{"type", "toolCall"},
                          {"id", "call_1"},
                          {"name", "read"},
                          {"arguments", {{"path", "a.png"}}}});
  events.push_back(ds::MessageEvent(call));
  ds::Message result;
  result.role = ds::MessageRole::kToolResult;
  result.tool_call_id = "call_1";
  result.tool_name = "read";
  result.timestamp_ms = 3;
  // A big image: its base64 size must not count as text against the history budget.
  const std::string data(400'000, 'A');
  result.content = nlohmann::json::array(
      {{{"type", "text"}, {"text", "Read image file [image/png]"}},
       {{"type", "image"}, {"data", data}, {"mimeType", "image/png"}},
       {{"type", "image"}, {"mimeType", "image/png"}}});  // no data: not an image
  events.push_back(ds::MessageEvent(result));
  events.push_back(ds::MessageEvent(ds::UserMessage("and?", 4)));

  const auto messages = runs::HistoryForModel(events, 5'000);
  REQUIRE(messages.size() == 4);
  CHECK(messages[2].text == "Read image file [image/png]");
  REQUIRE(messages[2].images.size() == 1);
  CHECK(messages[2].images[0].mime_type == "image/png");
  CHECK(messages[2].images[0].data == data);
}

TEST_CASE("Run engine: a turn cut off by a crash is marked at startup", "[runs][engine]") {
  Engine engine;
  // What a killed process leaves behind: the prompt stored, no answer.
  std::promise<void> appended;
  ds::AppendOptions options;
  engine.store->Append("agent:main:main", ds::MessageEvent(ds::UserMessage("hello?", 1, "r9:user")),
                       options, [&](ds::StoreResult<ds::AppendResult>) { appended.set_value(); });
  appended.get_future().wait();

  std::promise<std::size_t> marked;
  engine.stack->engine.MarkInterruptedTurns([&](std::size_t n) { marked.set_value(n); });
  CHECK(marked.get_future().get() == 1);

  std::promise<ds::HistoryPage> page;
  engine.store->History("agent:main:main", {},
                        [&](ds::StoreResult<ds::HistoryPage> p) { page.set_value(*p); });
  const auto events = page.get_future().get().events;
  REQUIRE(events.size() == 2);
  REQUIRE(events.back().message);
  CHECK(events.back().message->role == ds::MessageRole::kAssistant);
  CHECK(events.back().message->stop_reason == ds::StopReason::kError);
  CHECK(events.back().message->error_message == std::string(runs::kInterruptedTurnText));

  // Marked once: a second pass finds nothing.
  std::promise<std::size_t> again;
  engine.stack->engine.MarkInterruptedTurns([&](std::size_t n) { again.set_value(n); });
  CHECK(again.get_future().get() == 0);
}

TEST_CASE("Provider cooldowns: 30 s, 1 min, 5 min; billing 10 min; success clears",
          "[runs][cooldowns]") {
  providers::ProviderCooldowns cooldowns;
  const auto t0 = providers::ProviderCooldowns::Clock::now();
  auto error = [](providers::ProviderErrorKind kind) { return providers::MakeError(kind, "x"); };
  cooldowns.RecordFailure("p", error(providers::ProviderErrorKind::kBadRequest), t0);
  CHECK_FALSE(cooldowns.CoolingUntil("p", t0));  // says nothing about the credential
  cooldowns.RecordFailure("p", error(providers::ProviderErrorKind::kAuth), t0);
  CHECK(cooldowns.CoolingUntil("p", t0) == t0 + 30s);
  CHECK_FALSE(cooldowns.CoolingUntil("p", t0 + 31s));
  cooldowns.RecordFailure("p", error(providers::ProviderErrorKind::kRateLimit), t0);
  CHECK(cooldowns.CoolingUntil("p", t0) == t0 + 60s);
  cooldowns.RecordFailure("p", error(providers::ProviderErrorKind::kOverloaded), t0);
  cooldowns.RecordFailure("p", error(providers::ProviderErrorKind::kOverloaded), t0);
  CHECK(cooldowns.CoolingUntil("p", t0) == t0 + 300s);  // capped
  cooldowns.RecordSuccess("p");
  CHECK_FALSE(cooldowns.CoolingUntil("p", t0));
  cooldowns.RecordFailure("q", error(providers::ProviderErrorKind::kBilling), t0);
  CHECK(cooldowns.CoolingUntil("q", t0) == t0 + 600s);
}
