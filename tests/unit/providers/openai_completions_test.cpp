// The openai-completions provider against a loopback stand-in speaking Chat Completions SSE.
#include "server/providers/openai_completions.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/unit/providers/provider_standin.hpp"

using namespace gateway;
using namespace gateway::testing;
using namespace std::chrono_literals;
using providers::ProviderErrorKind;
using Json = nlohmann::json;

namespace {

std::string Chunk(const Json& chunk) { return "data: " + chunk.dump() + "\n\n"; }

Json Delta(const Json& delta, const Json& finish = nullptr) {
  return {{"id", "chatcmpl-1"},
          {"object", "chat.completion.chunk"},
          {"created", 1},
          {"model", "gpt-test-2026"},
          {"choices", Json::array({{{"index", 0}, {"delta", delta}, {"finish_reason", finish}}})}};
}

providers::Endpoint EndpointFor(const ModelStandin& standin) {
  providers::Endpoint endpoint;
  endpoint.base_url = standin.BaseUrl("/v1");
  endpoint.api_key = "sk-test-key";
  endpoint.headers = {{"X-Extra", "yes"}};
  return endpoint;
}

providers::ModelRequest HelloRequest() {
  providers::ModelRequest request;
  request.model = "gpt-test";
  request.system_prompt = "You are terse.";
  request.sampling.max_tokens = 256;
  request.sampling.temperature = 0.5;
  request.messages.push_back(providers::Message::User("hi"));
  return request;
}

}  // namespace

TEST_CASE("OpenAI: a streamed answer cut at awkward edges, with usage", "[providers][openai]") {
  const std::string body =
      ": keep-alive comment\n\n" + Chunk(Delta({{"role", "assistant"}, {"content", ""}})) +
      Chunk(Delta({{"content", "Héllo, "}})) + Chunk(Delta({{"content", "wörld ✓"}})) +
      Chunk(Delta(Json::object(), "stop")) + "data: " +
      Json{{"id", "chatcmpl-1"},
           {"choices", Json::array()},
           {"usage",
            {{"prompt_tokens", 20},
             {"completion_tokens", 7},
             {"total_tokens", 27},
             {"prompt_tokens_details", {{"cached_tokens", 5}}}}}}
          .dump() +
      "\r\n\r\ndata: [DONE]\n\n";
  const std::size_t cut = GENERATE(1, 3, 7, 64, 100000);
  ModelStandin standin([&](int fd, const CapturedRequest&) { WriteSse(fd, CutEvery(body, cut)); });
  transport::HttpClient client(ClientOptions());
  providers::OpenAiCompletionsProvider provider(client, EndpointFor(standin));

  SinkRecorder recorder;
  provider.Stream(HelloRequest(), recorder.Sink(), {});
  REQUIRE(recorder.Wait());
  REQUIRE(recorder.outcome->has_value());
  CHECK(recorder.Text() == "Héllo, wörld ✓");
  const auto& result = recorder.Result();
  CHECK(result.text == "Héllo, wörld ✓");
  CHECK(result.stop_reason == providers::StopReason::kStop);
  CHECK(result.raw_stop_reason == "stop");
  CHECK(result.response_id == "chatcmpl-1");
  CHECK(result.response_model == "gpt-test-2026");
  CHECK(result.usage == providers::Usage{.input = 15, .output = 7, .cache_read = 5, .total = 27});
  CHECK(recorder.Of<providers::UsageUpdate>().size() == 1);
  CHECK(recorder.completions == 1);

  const auto requests = standin.requests();
  REQUIRE(requests.size() == 1);
  const auto& sent = requests[0];
  CHECK(sent.method == "POST");
  CHECK(sent.target == "/v1/chat/completions");
  CHECK(sent.headers.at("authorization") == "Bearer sk-test-key");
  CHECK(sent.headers.at("content-type") == "application/json");
  CHECK(sent.headers.at("x-extra") == "yes");
  const Json sent_body = Json::parse(sent.body);
  CHECK(sent_body["model"] == "gpt-test");
  CHECK(sent_body["stream"] == true);
  CHECK(sent_body["stream_options"] == Json{{"include_usage", true}});
  CHECK(sent_body["max_completion_tokens"] == 256);
  CHECK(sent_body["temperature"] == 0.5);
  CHECK(sent_body["messages"] == Json::parse(R"([{"role":"system","content":"You are terse."},
                                                 {"role":"user","content":"hi"}])"));
}

TEST_CASE("OpenAI: tool calls are assembled from deltas by index", "[providers][openai]") {
  auto call_delta = [](int index, Json fields) {
    fields["index"] = index;
    return Delta({{"tool_calls", Json::array({fields})}});
  };
  const std::string body =
      Chunk(Delta({{"role", "assistant"}, {"content", nullptr}})) +
      Chunk(call_delta(0, {{"id", "call_a"},
                           {"type", "function"},
                           {"function", {{"name", "get_weather"}, {"arguments", ""}}}})) +
      Chunk(call_delta(0, {{"function", {{"arguments", "{\"city\":"}}}})) +
      Chunk(call_delta(1, {{"id", "call_b"},
                           {"type", "function"},
                           {"function", {{"name", "get_time"}, {"arguments", "{\"tz\""}}}})) +
      Chunk(call_delta(0, {{"function", {{"arguments", "\"Paris\"}"}}}})) +
      Chunk(call_delta(1, {{"function", {{"arguments", ":\"CET\"}"}}}})) +
      Chunk(Delta(Json::object(), "tool_calls")) + "data: [DONE]\n\n";
  ModelStandin standin([&](int fd, const CapturedRequest&) { WriteSse(fd, CutEvery(body, 5)); });
  transport::HttpClient client(ClientOptions());
  providers::OpenAiCompletionsProvider provider(client, EndpointFor(standin));

  auto request = HelloRequest();
  request.tools.push_back(
      {.name = "get_weather",
       .description = "Weather by city",
       .parameters = Json::parse(R"({"type":"object","properties":{"city":{"type":"string"}}})")});
  request.messages.push_back(providers::Message::Assistant(
      "", {{.id = "call_0", .name = "get_weather", .arguments = "{\"city\":\"Rome\"}"}}));
  request.messages.push_back(providers::Message::ToolResult("call_0", "get_weather", "sunny"));
  SinkRecorder recorder;
  provider.Stream(request, recorder.Sink(), {});
  REQUIRE(recorder.Wait());
  REQUIRE(recorder.outcome->has_value());
  const auto& result = recorder.Result();
  CHECK(result.stop_reason == providers::StopReason::kToolCalls);
  REQUIRE(result.tool_calls.size() == 2);
  CHECK(result.tool_calls[0].id == "call_a");
  CHECK(result.tool_calls[0].name == "get_weather");
  CHECK(Json::parse(result.tool_calls[0].arguments) == Json{{"city", "Paris"}});
  CHECK(result.tool_calls[1].id == "call_b");
  CHECK(Json::parse(result.tool_calls[1].arguments) == Json{{"tz", "CET"}});

  const auto starts = recorder.Of<providers::ToolCallStart>();
  REQUIRE(starts.size() == 2);
  CHECK(starts[0].index == 0);
  CHECK(starts[1].name == "get_time");
  const auto ends = recorder.Of<providers::ToolCallEnd>();
  REQUIRE(ends.size() == 2);
  CHECK(ends[0].call.arguments == "{\"city\":\"Paris\"}");
  std::string fragments;
  for (const auto& delta : recorder.Of<providers::ToolCallArgsDelta>()) {
    if (delta.index == 1) fragments += delta.json_fragment;
  }
  CHECK(fragments == "{\"tz\":\"CET\"}");

  const Json sent = Json::parse(standin.requests().at(0).body);
  CHECK(sent["tools"][0] == Json::parse(R"({"type":"function","function":{"name":"get_weather",
      "description":"Weather by city","parameters":{"type":"object","properties":{"city":{"type":"string"}}}}})"));
  CHECK(sent["messages"][2] == Json::parse(R"({"role":"assistant","content":null,"tool_calls":[
      {"id":"call_0","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Rome\"}"}}]})"));
  CHECK(sent["messages"][3] ==
        Json::parse(R"({"role":"tool","tool_call_id":"call_0","content":"sunny"})"));
}

TEST_CASE("OpenAI: error answers become typed errors with the provider's message",
          "[providers][openai][errors]") {
  struct Case {
    int status;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    ProviderErrorKind kind;
    std::string message;
  };
  const Case c = GENERATE(
      Case{
          401,
          R"({"error":{"message":"Incorrect API key provided: sk-test***","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})",
          {},
          ProviderErrorKind::kAuth,
          "Incorrect API key provided: sk-test***"},
      Case{
          429,
          R"({"error":{"message":"Rate limit reached for requests","type":"requests","param":null,"code":"rate_limit_exceeded"}})",
          {{"Retry-After", "2"}},
          ProviderErrorKind::kRateLimit,
          "Rate limit reached for requests"},
      Case{
          429,
          R"({"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}})",
          {},
          ProviderErrorKind::kBilling,
          "You exceeded your current quota, please check your plan and billing details."},
      Case{
          500,
          R"({"error":{"message":"The server had an error while processing your request.","type":"server_error"}})",
          {},
          ProviderErrorKind::kServerError,
          "The server had an error while processing your request."},
      Case{503, "upstream unavailable", {}, ProviderErrorKind::kOverloaded, "upstream unavailable"},
      Case{
          400,
          R"({"error":{"message":"This model's maximum context length is 128000 tokens. However, your messages resulted in 130000 tokens.","type":"invalid_request_error","param":"messages","code":"context_length_exceeded"}})",
          {},
          ProviderErrorKind::kContextOverflow,
          "This model's maximum context length is 128000 tokens. However, your messages resulted "
          "in 130000 tokens."},
      Case{
          404,
          R"({"error":{"message":"The model `gpt-nope` does not exist or you do not have access to it.","type":"invalid_request_error","param":null,"code":"model_not_found"}})",
          {},
          ProviderErrorKind::kModelNotFound,
          "The model `gpt-nope` does not exist or you do not have access to it."},
      Case{400,
           R"({"error":"invalid temperature"})",
           {},
           ProviderErrorKind::kBadRequest,
           "invalid temperature"});
  ModelStandin standin([&](int fd, const CapturedRequest&) {
    WriteResponse(fd, c.status, "application/json", c.body, c.headers);
  });
  transport::HttpClient client(ClientOptions());
  providers::OpenAiCompletionsProvider provider(client, EndpointFor(standin));
  SinkRecorder recorder;
  provider.Stream(HelloRequest(), recorder.Sink(), {});
  REQUIRE(recorder.Wait());
  REQUIRE_FALSE(recorder.outcome->has_value());
  const auto& error = recorder.Error();
  CHECK(error.kind == c.kind);
  CHECK(error.http_status == c.status);
  CHECK(error.message == c.message);
  if (c.status == 429 && c.kind == ProviderErrorKind::kRateLimit) {
    CHECK(error.retry_after == std::chrono::milliseconds(2000));
    CHECK(error.code == "rate_limit_exceeded");
  } else {
    CHECK_FALSE(error.retry_after);
  }
  CHECK(recorder.events.empty());
}

TEST_CASE("OpenAI: a stream that breaks off, or reports an error, fails typed",
          "[providers][openai][errors]") {
  SECTION("the connection drops mid-answer") {
    ModelStandin standin([](int fd, const CapturedRequest&) {
      WriteSse(fd, {Chunk(Delta({{"content", "partial "}})), "data: {\"choi"}, /*end=*/false);
    });
    transport::HttpClient client(ClientOptions());
    providers::OpenAiCompletionsProvider provider(client, EndpointFor(standin));
    SinkRecorder recorder;
    provider.Stream(HelloRequest(), recorder.Sink(), {});
    REQUIRE(recorder.Wait());
    REQUIRE_FALSE(recorder.outcome->has_value());
    CHECK(recorder.Error().kind == ProviderErrorKind::kNetwork);
    CHECK(recorder.Text() == "partial ");
  }
  SECTION("the body ends cleanly but without a finish reason or [DONE]") {
    ModelStandin standin([](int fd, const CapturedRequest&) {
      WriteSse(fd, {Chunk(Delta({{"content", "partial"}}))});
    });
    transport::HttpClient client(ClientOptions());
    providers::OpenAiCompletionsProvider provider(client, EndpointFor(standin));
    SinkRecorder recorder;
    provider.Stream(HelloRequest(), recorder.Sink(), {});
    REQUIRE(recorder.Wait());
    REQUIRE_FALSE(recorder.outcome->has_value());
    CHECK(recorder.Error().kind == ProviderErrorKind::kNetwork);
  }
  SECTION("an error object inside the stream") {
    ModelStandin standin([](int fd, const CapturedRequest&) {
      WriteSse(
          fd,
          {Chunk(Delta({{"content", "a"}})),
           R"(data: {"error":{"message":"The server is overloaded","type":"server_error","code":null}})"
           "\n\n"});
    });
    transport::HttpClient client(ClientOptions());
    providers::OpenAiCompletionsProvider provider(client, EndpointFor(standin));
    SinkRecorder recorder;
    provider.Stream(HelloRequest(), recorder.Sink(), {});
    REQUIRE(recorder.Wait());
    REQUIRE_FALSE(recorder.outcome->has_value());
    CHECK(recorder.Error().kind == ProviderErrorKind::kServerError);
    CHECK(recorder.Error().message == "The server is overloaded");
  }
  SECTION("nothing listens") {
    transport::HttpClient client(ClientOptions());
    providers::Endpoint endpoint;
    endpoint.base_url = "http://127.0.0.1:1/v1";
    providers::OpenAiCompletionsProvider provider(client, endpoint);
    SinkRecorder recorder;
    provider.Stream(HelloRequest(), recorder.Sink(), {});
    REQUIRE(recorder.Wait());
    REQUIRE_FALSE(recorder.outcome->has_value());
    CHECK(recorder.Error().kind == ProviderErrorKind::kNetwork);
  }
}

TEST_CASE("OpenAI: a silent server is cancelled at once, or times out",
          "[providers][openai][cancel]") {
  Signal arrived;
  ModelStandin* self = nullptr;
  ModelStandin standin([&](int fd, const CapturedRequest&) {
    arrived.Notify();
    if (WaitForPeerClose(fd, 20s)) self->peer_closed().Notify();
  });
  self = &standin;
  transport::HttpClient client(ClientOptions());

  SECTION("cancelled through the token") {
    providers::OpenAiCompletionsProvider provider(client, EndpointFor(standin));
    runtime::CancellationSource source;
    SinkRecorder recorder;
    provider.Stream(HelloRequest(), recorder.Sink(), source.token());
    REQUIRE(arrived.Wait());
    const auto cancelled_at = std::chrono::steady_clock::now();
    source.Cancel();
    REQUIRE(recorder.Wait(5s));
    CHECK(recorder.completed_at - cancelled_at < 500ms);
    REQUIRE_FALSE(recorder.outcome->has_value());
    CHECK(recorder.Error().kind == ProviderErrorKind::kCancelled);
    CHECK(standin.peer_closed().Wait(5s));  // the upstream socket was closed
  }
  SECTION("cancelled through the handle") {
    providers::OpenAiCompletionsProvider provider(client, EndpointFor(standin));
    SinkRecorder recorder;
    auto handle = provider.Stream(HelloRequest(), recorder.Sink(), {});
    REQUIRE(arrived.Wait());
    handle.Cancel();
    REQUIRE(recorder.Wait(5s));
    CHECK(recorder.Error().kind == ProviderErrorKind::kCancelled);
    CHECK(standin.peer_closed().Wait(5s));
  }
  SECTION("a token cancelled before the call sends nothing") {
    providers::OpenAiCompletionsProvider provider(client, EndpointFor(standin));
    runtime::CancellationSource source;
    source.Cancel();
    SinkRecorder recorder;
    provider.Stream(HelloRequest(), recorder.Sink(), source.token());
    REQUIRE(recorder.Wait(1s));
    CHECK(recorder.Error().kind == ProviderErrorKind::kCancelled);
    CHECK(standin.accepted() == 0);
  }
  SECTION("the provider timeout bounds the silence") {
    auto endpoint = EndpointFor(standin);
    endpoint.timeout = 300ms;
    providers::OpenAiCompletionsProvider provider(client, endpoint);
    SinkRecorder recorder;
    provider.Stream(HelloRequest(), recorder.Sink(), {});
    REQUIRE(recorder.Wait(10s));
    CHECK(recorder.Error().kind == ProviderErrorKind::kTimeout);
  }
}

TEST_CASE("OpenAI: a server that ignores stream:true answers with one JSON reply",
          "[providers][openai]") {
  ModelStandin standin([](int fd, const CapturedRequest&) {
    WriteResponse(fd, 200, "application/json", R"({"id":"chatcmpl-9","object":"chat.completion",
      "model":"local-model","choices":[{"index":0,"message":{"role":"assistant","content":"whole reply"},
      "finish_reason":"length"}],"usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}})");
  });
  transport::HttpClient client(ClientOptions());
  auto endpoint = EndpointFor(standin);
  endpoint.compat.supports_usage_in_streaming = false;
  endpoint.compat.max_tokens_field = "max_tokens";
  providers::OpenAiCompletionsProvider provider(client, endpoint);
  SinkRecorder recorder;
  provider.Stream(HelloRequest(), recorder.Sink(), {});
  REQUIRE(recorder.Wait());
  REQUIRE(recorder.outcome->has_value());
  CHECK(recorder.Text() == "whole reply");
  CHECK(recorder.Result().stop_reason == providers::StopReason::kLength);
  CHECK(recorder.Result().usage == providers::Usage{.input = 3, .output = 2, .total = 5});
  const Json sent = Json::parse(standin.requests().at(0).body);
  CHECK_FALSE(sent.contains("stream_options"));
  CHECK(sent["max_tokens"] == 256);
}
