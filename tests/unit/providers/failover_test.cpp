// The fallback chain, the retry budget, and FailoverRunner over stand-in providers.
#include <atomic>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "server/providers/failover_stream.hpp"
#include "tests/unit/providers/provider_standin.hpp"

using namespace gateway;
using namespace gateway::testing;
using namespace std::chrono_literals;
using providers::AttemptReport;
using providers::ProviderErrorKind;
using Json = nlohmann::json;

namespace {

providers::ProviderError Error(ProviderErrorKind kind,
                               std::optional<std::chrono::milliseconds> retry_after = {}) {
  auto error = providers::MakeError(kind, "x");
  error.retry_after = retry_after;
  return error;
}

const std::string kOkStream =
    "data: "
    "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"answer\"},\"finish_reason\":null}]}\n\n"
    "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: "
    "[DONE]\n\n";

Json Provider(const ModelStandin& standin) {
  return {{"baseUrl", standin.BaseUrl("/v1")},
          {"api", "openai-completions"},
          {"models", Json::array({{{"id", "m"}, {"name", "M"}}})}};
}

providers::ModelsConfig Config(const Json& providers) {
  auto config = providers::ParseModelsConfig(
      {{"providers", providers}},
      [](const Json& value, const std::string&) -> std::optional<std::string> {
        return value.get<std::string>();
      });
  REQUIRE(config.has_value());
  return *config;
}

struct Outcome {
  std::mutex mutex;
  std::vector<AttemptReport> attempts;
  std::string ref;
  std::optional<providers::StreamOutcome> outcome;
  std::string text;
  std::chrono::steady_clock::time_point completed_at;
  Signal done;
  Signal attempt_failed;

  providers::FailoverSink Sink() {
    return {.on_event =
                [this](const std::string&, providers::StreamEvent event) {
                  std::lock_guard lock(mutex);
                  if (auto* delta = std::get_if<providers::TextDelta>(&event)) text += delta->text;
                },
            .on_attempt_failed =
                [this](const AttemptReport& report) {
                  {
                    std::lock_guard lock(mutex);
                    attempts.push_back(report);
                  }
                  attempt_failed.Notify();
                },
            .on_complete =
                [this](const std::string& answered, providers::StreamOutcome result) {
                  {
                    std::lock_guard lock(mutex);
                    ref = answered;
                    outcome = std::move(result);
                    completed_at = std::chrono::steady_clock::now();
                  }
                  done.Notify();
                }};
  }
};

providers::FailoverOptions FastOptions() {
  providers::FailoverOptions options;
  options.limits.base_delay = 5ms;
  options.jitter = [] { return 0.0; };
  return options;
}

providers::ModelRequest Hi() {
  providers::ModelRequest request;
  request.messages.push_back(providers::Message::User("hi"));
  return request;
}

}  // namespace

TEST_CASE("Failover: the chain is requested, fallbacks, primary; strict is alone",
          "[providers][failover]") {
  using Chain = std::vector<std::string>;
  CHECK(providers::BuildFallbackChain("a/x", "p/y", Chain{"b/z", "a/x", "c/w", "b/z"}, false) ==
        Chain{"a/x", "b/z", "c/w", "p/y"});
  CHECK(providers::BuildFallbackChain("p/y", "p/y", Chain{"b/z"}, false) == Chain{"p/y", "b/z"});
  CHECK(providers::BuildFallbackChain("a/x", "p/y", std::nullopt, false) == Chain{"a/x", "p/y"});
  CHECK(providers::BuildFallbackChain("a/x", "p/y", Chain{}, false) == Chain{"a/x"});
  CHECK(providers::BuildFallbackChain("a/x", "p/y", Chain{"b/z"}, true) == Chain{"a/x"});
}

TEST_CASE("Failover: which errors move on to the next model", "[providers][failover]") {
  using K = ProviderErrorKind;
  for (K kind :
       {K::kAuth, K::kAuthPermanent, K::kBilling, K::kRateLimit, K::kOverloaded, K::kServerError,
        K::kTimeout, K::kNetwork, K::kModelNotFound, K::kEmptyResponse, K::kMalformedResponse}) {
    CHECK(providers::ShouldFallBack(Error(kind)));
  }
  for (K kind : {K::kCancelled, K::kContextOverflow, K::kBadRequest}) {
    CHECK_FALSE(providers::ShouldFallBack(Error(kind)));
  }
}

TEST_CASE("Failover: same-model retries are bounded and honour Retry-After",
          "[providers][failover]") {
  SECTION("rate limits: 10 attempts in all, backoff doubling to the cap, with jitter") {
    providers::RetryBudget budget;
    std::vector<long> delays;
    while (auto delay = budget.NextDelay(Error(ProviderErrorKind::kRateLimit), 0ms, 0.999999)) {
      delays.push_back(static_cast<long>(delay->count()));
    }
    CHECK(budget.attempts() == 10);
    REQUIRE(delays.size() == 9);
    CHECK(delays[0] == 999);
    CHECK(delays[1] == 1999);
    CHECK(delays[5] == 29999);  // 32 s capped at 30 s
    providers::RetryBudget low;
    CHECK(low.NextDelay(Error(ProviderErrorKind::kRateLimit), 0ms, 0.0) == 500ms);
  }
  SECTION("Retry-After is used as given; one beyond the cap moves on at once") {
    providers::RetryBudget budget;
    CHECK(budget.NextDelay(Error(ProviderErrorKind::kRateLimit, 2500ms), 0ms, 0.5) == 2500ms);
    CHECK_FALSE(budget.NextDelay(Error(ProviderErrorKind::kRateLimit, 120s), 0ms, 0.5));
  }
  SECTION("transient errors: 8 retries inside a 90 s window") {
    providers::RetryBudget budget;
    int retries = 0;
    while (budget.NextDelay(Error(ProviderErrorKind::kOverloaded), 0ms, 0.0)) ++retries;
    CHECK(retries == 8);
    providers::RetryBudget late;
    CHECK_FALSE(late.NextDelay(Error(ProviderErrorKind::kServerError), 89'900ms, 0.0));
  }
  SECTION("errors that a retry cannot fix") {
    providers::RetryBudget budget;
    CHECK_FALSE(budget.NextDelay(Error(ProviderErrorKind::kAuth), 0ms, 0.0));
    CHECK_FALSE(budget.NextDelay(Error(ProviderErrorKind::kContextOverflow), 0ms, 0.0));
  }
}

TEST_CASE("Failover: the runner walks the chain in order", "[providers][failover]") {
  ModelStandin unauthorized([](int fd, const CapturedRequest&) {
    WriteResponse(
        fd, 401, "application/json",
        R"({"error":{"message":"Invalid API key","type":"invalid_request_error","code":"invalid_api_key"}})");
  });
  std::atomic<int> busy_calls{0};
  ModelStandin busy([&](int fd, const CapturedRequest&) {
    if (busy_calls++ == 0) {
      WriteResponse(fd, 429, "application/json",
                    R"({"error":{"message":"slow down","type":"rate_limit_error"}})",
                    {{"retry-after-ms", "30"}});
    } else {
      WriteSse(fd, {kOkStream});
    }
  });
  ModelStandin spare([](int fd, const CapturedRequest&) { WriteSse(fd, {kOkStream}); });
  ModelStandin overflow([](int fd, const CapturedRequest&) {
    WriteResponse(
        fd, 400, "application/json",
        R"({"error":{"message":"maximum context length exceeded","code":"context_length_exceeded"}})");
  });
  transport::HttpClient client(ClientOptions());
  runtime::TimerQueue timers;
  providers::ProviderRegistry registry(client,
                                       Config({{"unauthorized", Provider(unauthorized)},
                                               {"busy", Provider(busy)},
                                               {"spare", Provider(spare)},
                                               {"overflow", Provider(overflow)}}),
                                       [](const std::string&) { return std::nullopt; });
  providers::FailoverRunner runner(registry, timers, FastOptions());

  SECTION("auth moves on; a rate limit is retried after Retry-After; the spare is not asked") {
    Outcome outcome;
    runner.Stream({"unauthorized/m", "nowhere/m", "busy/m", "spare/m"}, Hi(), outcome.Sink(), {});
    REQUIRE(outcome.done.Wait());
    REQUIRE(outcome.outcome->has_value());
    CHECK(outcome.ref == "busy/m");
    CHECK(outcome.text == "answer");
    REQUIRE(outcome.attempts.size() == 3);
    CHECK(outcome.attempts[0].ref == "unauthorized/m");
    CHECK(outcome.attempts[0].error.kind == ProviderErrorKind::kAuth);
    CHECK(outcome.attempts[0].next == AttemptReport::Next::kNextModel);
    CHECK(outcome.attempts[1].ref == "nowhere/m");
    CHECK(outcome.attempts[1].error.kind == ProviderErrorKind::kModelNotFound);
    CHECK(outcome.attempts[1].next == AttemptReport::Next::kNextModel);
    CHECK(outcome.attempts[2].ref == "busy/m");
    CHECK(outcome.attempts[2].error.kind == ProviderErrorKind::kRateLimit);
    CHECK(outcome.attempts[2].next == AttemptReport::Next::kRetrySameModel);
    CHECK(outcome.attempts[2].delay == 30ms);
    CHECK(busy_calls == 2);
    CHECK(spare.accepted() == 0);
  }
  SECTION("a context overflow does not fall back") {
    Outcome outcome;
    runner.Stream({"overflow/m", "spare/m"}, Hi(), outcome.Sink(), {});
    REQUIRE(outcome.done.Wait());
    REQUIRE_FALSE(outcome.outcome->has_value());
    CHECK(outcome.outcome->error().kind == ProviderErrorKind::kContextOverflow);
    CHECK(outcome.ref == "overflow/m");
    REQUIRE(outcome.attempts.size() == 1);
    CHECK(outcome.attempts[0].next == AttemptReport::Next::kGiveUp);
    CHECK(spare.accepted() == 0);
  }
  SECTION("the last candidate's error is the final one") {
    Outcome outcome;
    runner.Stream({"unauthorized/m"}, Hi(), outcome.Sink(), {});
    REQUIRE(outcome.done.Wait());
    REQUIRE_FALSE(outcome.outcome->has_value());
    CHECK(outcome.outcome->error().kind == ProviderErrorKind::kAuth);
    CHECK(outcome.outcome->error().message == "Invalid API key");
  }
}

TEST_CASE("Failover: output already streamed is never retried elsewhere; cancel ends a wait",
          "[providers][failover]") {
  ModelStandin breaks([](int fd, const CapturedRequest&) {
    WriteSse(fd, {"data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"half\"}}]}\n\n"},
             /*end=*/false);
  });
  ModelStandin limited([](int fd, const CapturedRequest&) {
    WriteResponse(fd, 429, "application/json", R"({"error":{"message":"later"}})",
                  {{"retry-after", "20"}});
  });
  ModelStandin spare([](int fd, const CapturedRequest&) { WriteSse(fd, {kOkStream}); });
  transport::HttpClient client(ClientOptions());
  runtime::TimerQueue timers;
  providers::ProviderRegistry registry(client,
                                       Config({{"breaks", Provider(breaks)},
                                               {"limited", Provider(limited)},
                                               {"spare", Provider(spare)}}),
                                       [](const std::string&) { return std::nullopt; });
  providers::FailoverRunner runner(registry, timers, FastOptions());

  SECTION("a stream that broke off after output") {
    Outcome outcome;
    runner.Stream({"breaks/m", "spare/m"}, Hi(), outcome.Sink(), {});
    REQUIRE(outcome.done.Wait());
    REQUIRE_FALSE(outcome.outcome->has_value());
    CHECK(outcome.outcome->error().kind == ProviderErrorKind::kNetwork);
    CHECK(outcome.text == "half");
    CHECK(breaks.accepted() == 1);
    CHECK(spare.accepted() == 0);
  }
  SECTION("cancelling during a Retry-After wait completes at once") {
    Outcome outcome;
    runtime::CancellationSource source;
    runner.Stream({"limited/m", "spare/m"}, Hi(), outcome.Sink(), source.token());
    REQUIRE(outcome.attempt_failed.Wait());
    {
      std::lock_guard lock(outcome.mutex);
      REQUIRE(outcome.attempts.size() == 1);
      CHECK(outcome.attempts[0].delay == 20s);
    }
    const auto cancelled_at = std::chrono::steady_clock::now();
    source.Cancel();
    REQUIRE(outcome.done.Wait(5s));
    CHECK(outcome.completed_at - cancelled_at < 500ms);
    CHECK(outcome.outcome->error().kind == ProviderErrorKind::kCancelled);
    CHECK(limited.accepted() == 1);
    CHECK(spare.accepted() == 0);
  }
}
