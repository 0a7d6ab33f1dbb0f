// The socket-free pieces of the OpenAI-compatible endpoints: model naming, the failover-reason
// error table (spec/http.md §4), usage, argument fragments by UTF-16 units, and the delta pump's
// merging while a reader is slow.
#include <catch2/catch.hpp>
#include <mutex>

#include "server/http/openai/agent_target.hpp"
#include "server/http/openai/chat_completion_json.hpp"
#include "server/http/openai/delta_pump.hpp"
#include "server/http/openai/openai_error.hpp"

using namespace gateway;
using namespace gateway::http::openai;
using providers::ProviderErrorKind;

namespace {

// An exchange that records writes and reports as many buffered bytes as the test says.
class FakeExchange final : public transport::HttpExchange {
 public:
  const transport::HttpRequest& request() const override { return request_; }
  void Respond(transport::HttpResponse) override {}
  void StartStream(int, std::string, std::vector<std::pair<std::string, std::string>>) override {}
  bool Write(std::string chunk) override {
    std::lock_guard lock(mutex_);
    writes.push_back(std::move(chunk));
    return true;
  }
  void End() override { ended = true; }
  std::size_t buffered_bytes() const override { return buffered; }
  void WhenWritable(std::function<void()> callback) override { writable = std::move(callback); }
  void OnClientGone(std::function<void()>) override {}
  bool client_gone() const override { return false; }

  std::vector<std::string> writes;
  std::size_t buffered = 0;
  std::function<void()> writable;
  bool ended = false;

 private:
  transport::HttpRequest request_;
  std::mutex mutex_;
};

domain::runs::RunOutcome Failed(ProviderErrorKind kind, int status, std::string message = "why") {
  domain::runs::RunOutcome outcome;
  outcome.status = domain::runs::RunStatus::kError;
  providers::ProviderError error;
  error.kind = kind;
  error.http_status = status;
  error.message = std::move(message);
  outcome.error = error;
  return outcome;
}

}  // namespace

TEST_CASE("OpenAI pieces: model names that address agents", "[unit][openai]") {
  CHECK(AgentOfModelName("openclaw") == "");
  CHECK(AgentOfModelName("OpenClaw/Default") == "");
  CHECK(AgentOfModelName("openclaw/ops") == "ops");
  CHECK(AgentOfModelName("openclaw:Ops") == "ops");
  CHECK(AgentOfModelName("agent:work_2") == "work_2");
  CHECK_FALSE(AgentOfModelName("gpt-4o"));
  CHECK_FALSE(AgentOfModelName("openclaw/"));
  CHECK_FALSE(AgentOfModelName("openclaw/-x"));
  CHECK_FALSE(AgentOfModelName("openclaw/" + std::string(65, 'a')));
}

TEST_CASE("OpenAI pieces: failed runs map by failover reason", "[unit][openai]") {
  auto check = [](ProviderErrorKind kind, int status, int want_status, const char* type,
                  const char* message) {
    const auto error = ErrorOfRun(Failed(kind, status));
    INFO(static_cast<int>(kind) << " " << status);
    CHECK(error.status == want_status);
    CHECK(error.type == type);
    CHECK(error.message == message);
  };
  check(ProviderErrorKind::kAuth, 0, 401, "authentication_error", "why");
  check(ProviderErrorKind::kAuth, 403, 403, "authentication_error", "why");
  check(ProviderErrorKind::kAuthPermanent, 0, 403, "permission_error", "why");
  check(ProviderErrorKind::kBadRequest, 422, 422, "invalid_request_error", "why");
  check(ProviderErrorKind::kContextOverflow, 0, 413, "invalid_request_error", "why");
  check(ProviderErrorKind::kModelNotFound, 0, 404, "invalid_request_error", "why");
  check(ProviderErrorKind::kRateLimit, 0, 429, "rate_limit_error", "why");
  check(ProviderErrorKind::kBilling, 0, 402, "insufficient_quota", "why");
  check(ProviderErrorKind::kOverloaded, 529, 529, "api_error", "upstream provider overloaded");
  check(ProviderErrorKind::kServerError, 500, 502, "api_error", "upstream provider error");
  check(ProviderErrorKind::kServerError, 409, 409, "api_error", "upstream provider error");
  check(ProviderErrorKind::kTimeout, 0, 504, "api_error", "upstream provider timeout");
  check(ProviderErrorKind::kEmptyResponse, 0, 500, "api_error", "internal error");
  check(ProviderErrorKind::kMalformedResponse, 0, 500, "api_error", "internal error");
}

TEST_CASE("OpenAI pieces: usage and argument fragments", "[unit][openai]") {
  providers::Usage usage{.input = 10, .output = 5, .cache_read = 3, .reasoning = 2, .total = 0};
  CHECK(ChatUsage(usage) ==
        nlohmann::json{{"prompt_tokens", 13},
                       {"completion_tokens", 5},
                       {"total_tokens", 18},
                       {"prompt_tokens_details", {{"cached_tokens", 3}}},
                       {"completion_tokens_details", {{"reasoning_tokens", 2}}}});
  usage.total = 40;
  CHECK(ChatUsage(usage)["total_tokens"] == 40);

  CHECK(SplitUtf16Units("abcdef", 4) == std::vector<std::string>{"abcd", "ef"});
  CHECK(SplitUtf16Units("", 4).empty());
  // "é" is one unit in two bytes; "😀" two units (a surrogate pair) never split.
  CHECK(SplitUtf16Units("aé😀b", 3) == std::vector<std::string>{"aé", "😀b"});
  CHECK(SplitUtf16Units("😀😀", 3) == std::vector<std::string>{"😀", "😀"});
}

TEST_CASE("OpenAI pieces: a slow reader gets the deltas merged", "[unit][openai]") {
  auto exchange = std::make_shared<FakeExchange>();
  auto pump = std::make_shared<DeltaPump>(
      exchange, [](std::string_view delta) { return "[" + std::string(delta) + "]"; });
  pump->Add("a");
  CHECK(exchange->writes == std::vector<std::string>{"[a]"});
  exchange->buffered = transport::kStreamHighWater;  // the reader stopped reading
  pump->Add("b");
  pump->Add("c");
  CHECK(exchange->writes.size() == 1);
  REQUIRE(exchange->writable);
  exchange->buffered = 0;
  exchange->writable();
  CHECK(exchange->writes == std::vector<std::string>{"[a]", "[bc]"});
  pump->Add("d");
  pump->Finish("tail");
  CHECK(exchange->writes == std::vector<std::string>{"[a]", "[bc]", "[d]", "tail"});
  CHECK(exchange->ended);
  CHECK(pump->streamed() == "abcd");
}
