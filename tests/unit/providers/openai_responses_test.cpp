// The openai-responses provider against a loopback stand-in speaking Responses API SSE.
#include "server/providers/openai_responses.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "server/providers/provider_registry.hpp"
#include "tests/unit/providers/provider_standin.hpp"

using namespace gateway;
using namespace gateway::testing;
using providers::ProviderErrorKind;
using Json = nlohmann::json;

namespace {

int sequence = 0;

std::string Event(const std::string& type, Json data) {
  data["type"] = type;
  data["sequence_number"] = sequence++;
  return "event: " + type + "\ndata: " + data.dump() + "\n\n";
}

Json Response(const std::string& status, const Json& extra = Json::object()) {
  Json response = {{"id", "resp_1"},
                   {"object", "response"},
                   {"model", "gpt-6-astra-2026"},
                   {"status", status},
                   {"output", Json::array()}};
  response.update(extra);
  return response;
}

const Json kUsage = {{"input_tokens", 40},
                     {"input_tokens_details", {{"cached_tokens", 30}}},
                     {"output_tokens", 12},
                     {"output_tokens_details", {{"reasoning_tokens", 4}}},
                     {"total_tokens", 52}};

providers::Endpoint EndpointFor(const ModelStandin& standin) {
  providers::Endpoint endpoint;
  endpoint.base_url = standin.BaseUrl("/v1");
  endpoint.api_key = "sk-resp";
  return endpoint;
}

}  // namespace

TEST_CASE("OpenAI Responses: text and reasoning summaries stream, usage at completion",
          "[providers][responses]") {
  const std::string body =
      Event("response.created", {{"response", Response("in_progress")}}) +
      Event("response.output_item.added",
            {{"output_index", 0}, {"item", {{"type", "reasoning"}, {"id", "rs_1"}}}}) +
      Event(
          "response.reasoning_summary_text.delta",
          {{"item_id", "rs_1"}, {"output_index", 0}, {"summary_index", 0}, {"delta", "Thinking"}}) +
      Event("response.output_item.added", {{"output_index", 1},
                                           {"item",
                                            {{"type", "message"},
                                             {"id", "msg_1"},
                                             {"role", "assistant"},
                                             {"content", Json::array()}}}}) +
      Event("response.output_text.delta", {{"item_id", "msg_1"},
                                           {"output_index", 1},
                                           {"content_index", 0},
                                           {"delta", "Bonjour "}}) +
      Event(
          "response.output_text.delta",
          {{"item_id", "msg_1"}, {"output_index", 1}, {"content_index", 0}, {"delta", "à tous"}}) +
      Event("response.output_text.done",
            {{"item_id", "msg_1"}, {"output_index", 1}, {"text", "Bonjour à tous"}}) +
      Event("response.completed", {{"response", Response("completed", {{"usage", kUsage}})}});
  const std::size_t cut = GENERATE(1, 11, 100000);
  ModelStandin standin([&](int fd, const CapturedRequest&) { WriteSse(fd, CutEvery(body, cut)); });
  transport::HttpClient client(ClientOptions());
  providers::OpenAiResponsesProvider provider(client, EndpointFor(standin));

  providers::ModelRequest request;
  request.model = "gpt-6-astra";
  request.system_prompt = "Be kind.";
  request.sampling.max_tokens = 300;
  request.thinking = providers::ThinkingLevel::kMedium;
  request.messages = {
      providers::Message::User("salut"),
      providers::Message::Assistant("", {{.id = "call_1", .name = "clock", .arguments = "{}"}}),
      providers::Message::ToolResult("call_1", "clock", "12:00")};
  SinkRecorder recorder;
  provider.Stream(request, recorder.Sink(), {});
  REQUIRE(recorder.Wait());
  REQUIRE(recorder.outcome->has_value());
  const auto& result = recorder.Result();
  CHECK(recorder.Text() == "Bonjour à tous");
  CHECK(result.thinking == "Thinking");
  CHECK(result.stop_reason == providers::StopReason::kStop);
  CHECK(result.response_id == "resp_1");
  CHECK(result.usage ==
        providers::Usage{.input = 10, .output = 12, .cache_read = 30, .reasoning = 4, .total = 52});

  const auto sent = standin.requests().at(0);
  CHECK(sent.target == "/v1/responses");
  CHECK(sent.headers.at("authorization") == "Bearer sk-resp");
  CHECK(Json::parse(sent.body) == Json::parse(R"({"model":"gpt-6-astra","stream":true,"store":false,
      "instructions":"Be kind.","max_output_tokens":300,
      "reasoning":{"effort":"medium","summary":"auto"},
      "input":[{"role":"user","content":"salut"},
               {"type":"function_call","call_id":"call_1","name":"clock","arguments":"{}"},
               {"type":"function_call_output","call_id":"call_1","output":"12:00"}]})"));
}

TEST_CASE("OpenAI Responses: function calls stream as items with argument deltas",
          "[providers][responses]") {
  const std::string body =
      Event("response.created", {{"response", Response("in_progress")}}) +
      Event("response.output_item.added", {{"output_index", 0},
                                           {"item",
                                            {{"type", "function_call"},
                                             {"id", "fc_1"},
                                             {"call_id", "call_w"},
                                             {"name", "weather"},
                                             {"arguments", ""}}}}) +
      Event("response.function_call_arguments.delta",
            {{"item_id", "fc_1"}, {"output_index", 0}, {"delta", "{\"city\":"}}) +
      Event("response.function_call_arguments.delta",
            {{"item_id", "fc_1"}, {"output_index", 0}, {"delta", "\"Lyon\"}"}}) +
      Event("response.function_call_arguments.done",
            {{"item_id", "fc_1"}, {"output_index", 0}, {"arguments", "{\"city\":\"Lyon\"}"}}) +
      Event("response.output_item.done", {{"output_index", 0},
                                          {"item",
                                           {{"type", "function_call"},
                                            {"id", "fc_1"},
                                            {"call_id", "call_w"},
                                            {"name", "weather"},
                                            {"arguments", "{\"city\":\"Lyon\"}"}}}}) +
      Event("response.output_item.done", {{"output_index", 1},
                                          {"item",
                                           {{"type", "function_call"},
                                            {"id", "fc_2"},
                                            {"call_id", "call_t"},
                                            {"name", "time"},
                                            {"arguments", "{\"tz\":\"UTC\"}"}}}}) +
      Event("response.completed", {{"response", Response("completed", {{"usage", kUsage}})}});
  ModelStandin standin([&](int fd, const CapturedRequest&) { WriteSse(fd, CutEvery(body, 7)); });
  transport::HttpClient client(ClientOptions());
  providers::OpenAiResponsesProvider provider(client, EndpointFor(standin));
  SinkRecorder recorder;
  provider.Stream({}, recorder.Sink(), {});
  REQUIRE(recorder.Wait());
  REQUIRE(recorder.outcome->has_value());
  const auto& result = recorder.Result();
  CHECK(result.stop_reason == providers::StopReason::kToolCalls);
  REQUIRE(result.tool_calls.size() == 2);
  CHECK(result.tool_calls[0].id == "call_w");
  CHECK(result.tool_calls[0].arguments == "{\"city\":\"Lyon\"}");
  CHECK(result.tool_calls[1].id == "call_t");
  CHECK(result.tool_calls[1].arguments == "{\"tz\":\"UTC\"}");
  CHECK(recorder.Of<providers::ToolCallEnd>().size() == 2);
}

TEST_CASE("OpenAI Responses: failures, error events and incomplete answers",
          "[providers][responses][errors]") {
  SECTION("response.failed") {
    ModelStandin standin([](int fd, const CapturedRequest&) {
      WriteSse(fd,
               {Event("response.created", {{"response", Response("in_progress")}}) +
                Event("response.failed",
                      {{"response", Response("failed", {{"error",
                                                         {{"code", "server_error"},
                                                          {"message", "The model failed"}}}})}})},
               /*end=*/false);
    });
    transport::HttpClient client(ClientOptions());
    providers::OpenAiResponsesProvider provider(client, EndpointFor(standin));
    SinkRecorder recorder;
    provider.Stream({}, recorder.Sink(), {});
    REQUIRE(recorder.Wait());
    REQUIRE_FALSE(recorder.outcome->has_value());
    CHECK(recorder.Error().kind == ProviderErrorKind::kServerError);
    CHECK(recorder.Error().message == "The model failed");
  }
  SECTION("an error event") {
    ModelStandin standin([](int fd, const CapturedRequest&) {
      WriteSse(
          fd,
          {Event("error",
                 {{"code", "rate_limit_exceeded"}, {"message", "Slow down"}, {"param", nullptr}})});
    });
    transport::HttpClient client(ClientOptions());
    providers::OpenAiResponsesProvider provider(client, EndpointFor(standin));
    SinkRecorder recorder;
    provider.Stream({}, recorder.Sink(), {});
    REQUIRE(recorder.Wait());
    REQUIRE_FALSE(recorder.outcome->has_value());
    CHECK(recorder.Error().kind == ProviderErrorKind::kRateLimit);
    CHECK(recorder.Error().message == "Slow down");
  }
  SECTION("response.incomplete at the output budget") {
    ModelStandin standin([](int fd, const CapturedRequest&) {
      WriteSse(
          fd,
          {Event("response.output_text.delta", {{"output_index", 0}, {"delta", "cut"}}) +
           Event("response.incomplete",
                 {{"response", Response("incomplete", {{"incomplete_details",
                                                        {{"reason", "max_output_tokens"}}}})}})});
    });
    transport::HttpClient client(ClientOptions());
    providers::OpenAiResponsesProvider provider(client, EndpointFor(standin));
    SinkRecorder recorder;
    provider.Stream({}, recorder.Sink(), {});
    REQUIRE(recorder.Wait());
    REQUIRE(recorder.outcome->has_value());
    CHECK(recorder.Result().stop_reason == providers::StopReason::kLength);
    CHECK(recorder.Result().raw_stop_reason == "max_output_tokens");
    CHECK(recorder.Result().text == "cut");
  }
}

TEST_CASE("OpenAI Responses: the default model resolves through the bundled openai provider",
          "[providers][responses][registry]") {
  ModelStandin standin([](int fd, const CapturedRequest&) {
    WriteSse(fd, {Event("response.output_text.delta", {{"output_index", 0}, {"delta", "hi"}}) +
                  Event("response.completed", {{"response", Response("completed")}})});
  });
  transport::HttpClient client(ClientOptions());
  auto config = providers::ParseModelsConfig(
      {{"providers", {{"openai", {{"baseUrl", standin.BaseUrl("/v1")}}}}}},
      [](const Json& value, const std::string&) {
        return std::optional(value.get<std::string>());
      });
  REQUIRE(config.has_value());
  providers::ProviderRegistry registry(client, *config, [](const std::string& name) {
    return name == "OPENAI_API_KEY" ? std::optional<std::string>("sk-env") : std::nullopt;
  });
  auto resolved = registry.Resolve("openai/gpt-6-astra");
  REQUIRE(resolved.has_value());
  CHECK(resolved->api == providers::ApiKind::kOpenAiResponses);
  CHECK(registry.Resolve("openai/gpt-foo").error().kind == ProviderErrorKind::kModelNotFound);
  SinkRecorder recorder;
  resolved->provider->Stream(resolved->Prepare({}), recorder.Sink(), {});
  REQUIRE(recorder.Wait());
  REQUIRE(recorder.outcome->has_value());
  CHECK(recorder.Text() == "hi");
  const auto sent = standin.requests().at(0);
  CHECK(sent.target == "/v1/responses");
  CHECK(sent.headers.at("authorization") == "Bearer sk-env");
  CHECK(Json::parse(sent.body)["model"] == "gpt-6-astra");
}
