// The anthropic-messages provider against a loopback stand-in speaking the Messages SSE stream.
#include "server/providers/anthropic_messages.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/unit/providers/provider_standin.hpp"

using namespace gateway;
using namespace gateway::testing;
using namespace std::chrono_literals;
using providers::ProviderErrorKind;
using Json = nlohmann::json;

namespace {

std::string Event(const std::string& name, const Json& data) {
  return "event: " + name + "\ndata: " + data.dump() + "\n\n";
}

std::string MessageStart() {
  return Event("message_start", {{"type", "message_start"},
                                 {"message",
                                  {{"id", "msg_01"},
                                   {"type", "message"},
                                   {"role", "assistant"},
                                   {"content", Json::array()},
                                   {"model", "claude-test-5"},
                                   {"stop_reason", nullptr},
                                   {"stop_sequence", nullptr},
                                   {"usage",
                                    {{"input_tokens", 25},
                                     {"output_tokens", 1},
                                     {"cache_read_input_tokens", 10},
                                     {"cache_creation_input_tokens", 0}}}}}});
}

std::string BlockStart(int index, const Json& block) {
  return Event("content_block_start",
               {{"type", "content_block_start"}, {"index", index}, {"content_block", block}});
}
std::string BlockDelta(int index, const Json& delta) {
  return Event("content_block_delta",
               {{"type", "content_block_delta"}, {"index", index}, {"delta", delta}});
}
std::string BlockStop(int index) {
  return Event("content_block_stop", {{"type", "content_block_stop"}, {"index", index}});
}
std::string MessageEnd(const std::string& stop_reason, int output_tokens) {
  return Event("message_delta",
               {{"type", "message_delta"},
                {"delta", {{"stop_reason", stop_reason}, {"stop_sequence", nullptr}}},
                {"usage", {{"output_tokens", output_tokens}}}}) +
         Event("message_stop", {{"type", "message_stop"}});
}

providers::Endpoint EndpointFor(const ModelStandin& standin) {
  providers::Endpoint endpoint;
  endpoint.base_url = standin.BaseUrl();
  endpoint.api_key = "sk-ant-api-test";
  return endpoint;
}

providers::ModelRequest Request() {
  providers::ModelRequest request;
  request.model = "claude-test";
  request.system_prompt = "Be brief.";
  request.messages.push_back(providers::Message::User("hello"));
  return request;
}

}  // namespace

TEST_CASE("Anthropic: text and thinking stream at awkward edges, usage adds up",
          "[providers][anthropic]") {
  const std::string body =
      MessageStart() + Event("ping", {{"type", "ping"}}) +
      BlockStart(0, {{"type", "thinking"}, {"thinking", ""}}) +
      BlockDelta(0, {{"type", "thinking_delta"}, {"thinking", "Let me think… "}}) +
      BlockDelta(0, {{"type", "thinking_delta"}, {"thinking", "done."}}) +
      BlockDelta(0, {{"type", "signature_delta"}, {"signature", "EqQBCgIYAhIM"}}) + BlockStop(0) +
      BlockStart(1, {{"type", "text"}, {"text", ""}}) +
      BlockDelta(1, {{"type", "text_delta"}, {"text", "Grüße, "}}) +
      BlockDelta(1, {{"type", "text_delta"}, {"text", "world 🌍"}}) + BlockStop(1) +
      MessageEnd("end_turn", 15);
  const std::size_t cut = GENERATE(1, 2, 13, 100000);
  ModelStandin standin([&](int fd, const CapturedRequest&) { WriteSse(fd, CutEvery(body, cut)); });
  transport::HttpClient client(ClientOptions());
  providers::AnthropicMessagesProvider provider(client, EndpointFor(standin));

  auto request = Request();
  request.thinking = providers::ThinkingLevel::kLow;
  request.sampling.temperature = 0.2;  // not sent with thinking
  SinkRecorder recorder;
  provider.Stream(request, recorder.Sink(), {});
  REQUIRE(recorder.Wait());
  REQUIRE(recorder.outcome->has_value());
  const auto& result = recorder.Result();
  CHECK(recorder.Text() == "Grüße, world 🌍");
  CHECK(result.text == "Grüße, world 🌍");
  CHECK(result.thinking == "Let me think… done.");
  CHECK(recorder.Of<providers::ThinkingDelta>().size() == 2);
  CHECK(result.stop_reason == providers::StopReason::kStop);
  CHECK(result.raw_stop_reason == "end_turn");
  CHECK(result.response_id == "msg_01");
  CHECK(result.response_model == "claude-test-5");
  CHECK(result.usage == providers::Usage{.input = 25, .output = 15, .cache_read = 10, .total = 50});
  const auto usage_updates = recorder.Of<providers::UsageUpdate>();
  REQUIRE(usage_updates.size() == 2);
  CHECK(usage_updates[0].usage.output == 1);

  const auto sent = standin.requests().at(0);
  CHECK(sent.target == "/v1/messages");
  CHECK(sent.headers.at("x-api-key") == "sk-ant-api-test");
  CHECK(sent.headers.at("anthropic-version") == "2023-06-01");
  CHECK(sent.headers.count("authorization") == 0);
  const Json sent_body = Json::parse(sent.body);
  CHECK(sent_body["model"] == "claude-test");
  CHECK(sent_body["stream"] == true);
  CHECK(sent_body["system"] == "Be brief.");
  CHECK(sent_body["max_tokens"] == providers::kAnthropicDefaultMaxTokens);
  CHECK(sent_body["thinking"] == Json{{"type", "enabled"}, {"budget_tokens", 2048}});
  CHECK_FALSE(sent_body.contains("temperature"));
  CHECK(sent_body["messages"] ==
        Json::parse(R"([{"role":"user","content":[{"type":"text","text":"hello"}]}])"));
}

TEST_CASE("Anthropic: tool_use blocks stream their input as JSON fragments",
          "[providers][anthropic]") {
  const std::string body =
      MessageStart() + BlockStart(0, {{"type", "text"}, {"text", ""}}) +
      BlockDelta(0, {{"type", "text_delta"}, {"text", "Checking."}}) + BlockStop(0) +
      BlockStart(1, {{"type", "tool_use"},
                     {"id", "toolu_01"},
                     {"name", "get_weather"},
                     {"input", Json::object()}}) +
      BlockDelta(1, {{"type", "input_json_delta"}, {"partial_json", ""}}) +
      BlockDelta(1, {{"type", "input_json_delta"}, {"partial_json", "{\"city\": \"San"}}) +
      BlockDelta(1, {{"type", "input_json_delta"}, {"partial_json", " Francisco\"}"}}) +
      BlockStop(1) +
      BlockStart(
          2,
          {{"type", "tool_use"}, {"id", "toolu_02"}, {"name", "now"}, {"input", Json::object()}}) +
      BlockStop(2) + MessageEnd("tool_use", 40);
  ModelStandin standin([&](int fd, const CapturedRequest&) { WriteSse(fd, CutEvery(body, 9)); });
  transport::HttpClient client(ClientOptions());
  providers::AnthropicMessagesProvider provider(client, EndpointFor(standin));

  auto request = Request();
  request.sampling.max_tokens = 1000;
  request.tools.push_back(
      {.name = "get_weather", .description = "", .parameters = {{"type", "object"}}});
  request.messages.push_back(providers::Message::Assistant(
      "Let me look.", {{.id = "toolu_a", .name = "get_weather", .arguments = "{\"city\":\"Oslo\"}"},
                       {.id = "toolu_b", .name = "now", .arguments = ""}}));
  request.messages.push_back(providers::Message::ToolResult("toolu_a", "get_weather", "rain"));
  request.messages.push_back(
      providers::Message::ToolResult("toolu_b", "now", "no clock", /*is_error=*/true));
  request.messages.push_back(providers::Message::User("and SF?"));
  SinkRecorder recorder;
  provider.Stream(request, recorder.Sink(), {});
  REQUIRE(recorder.Wait());
  REQUIRE(recorder.outcome->has_value());
  const auto& result = recorder.Result();
  CHECK(result.stop_reason == providers::StopReason::kToolCalls);
  CHECK(result.text == "Checking.");
  REQUIRE(result.tool_calls.size() == 2);
  CHECK(result.tool_calls[0].id == "toolu_01");
  CHECK(Json::parse(result.tool_calls[0].arguments) == Json{{"city", "San Francisco"}});
  CHECK(result.tool_calls[1].name == "now");
  CHECK(result.tool_calls[1].arguments == "{}");
  const auto ends = recorder.Of<providers::ToolCallEnd>();
  REQUIRE(ends.size() == 2);
  CHECK(ends[0].index == 0);
  CHECK(ends[1].index == 1);

  const Json sent = Json::parse(standin.requests().at(0).body);
  CHECK(sent["max_tokens"] == 1000);
  CHECK(sent["tools"] ==
        Json::parse(R"([{"name":"get_weather","input_schema":{"type":"object"}}])"));
  CHECK(sent["messages"] == Json::parse(R"([
    {"role":"user","content":[{"type":"text","text":"hello"}]},
    {"role":"assistant","content":[{"type":"text","text":"Let me look."},
      {"type":"tool_use","id":"toolu_a","name":"get_weather","input":{"city":"Oslo"}},
      {"type":"tool_use","id":"toolu_b","name":"now","input":{}}]},
    {"role":"user","content":[
      {"type":"tool_result","tool_use_id":"toolu_a","content":"rain"},
      {"type":"tool_result","tool_use_id":"toolu_b","content":"no clock","is_error":true},
      {"type":"text","text":"and SF?"}]}])"));
}

TEST_CASE("Anthropic: error answers and error events are typed", "[providers][anthropic][errors]") {
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
          R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_1"})",
          {},
          ProviderErrorKind::kAuth,
          "invalid x-api-key"},
      Case{
          403,
          R"({"type":"error","error":{"type":"permission_error","message":"Your API key does not have permission to use the specified resource."}})",
          {},
          ProviderErrorKind::kAuthPermanent,
          "Your API key does not have permission to use the specified resource."},
      Case{
          429,
          R"({"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit"}})",
          {{"retry-after", "17"}, {"anthropic-ratelimit-requests-remaining", "0"}},
          ProviderErrorKind::kRateLimit,
          "Number of request tokens has exceeded your per-minute rate limit"},
      Case{529,
           R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})",
           {},
           ProviderErrorKind::kOverloaded,
           "Overloaded"},
      Case{500,
           R"({"type":"error","error":{"type":"api_error","message":"Internal server error"}})",
           {},
           ProviderErrorKind::kServerError,
           "Internal server error"},
      Case{
          400,
          R"({"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 208310 tokens > 200000 maximum"}})",
          {},
          ProviderErrorKind::kContextOverflow,
          "prompt is too long: 208310 tokens > 200000 maximum"},
      Case{404,
           R"({"type":"error","error":{"type":"not_found_error","message":"model: claude-nope"}})",
           {},
           ProviderErrorKind::kModelNotFound,
           "model: claude-nope"},
      Case{
          400,
          R"({"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: Field required"}})",
          {},
          ProviderErrorKind::kBadRequest,
          "max_tokens: Field required"});
  ModelStandin standin([&](int fd, const CapturedRequest&) {
    WriteResponse(fd, c.status, "application/json", c.body, c.headers);
  });
  transport::HttpClient client(ClientOptions());
  providers::AnthropicMessagesProvider provider(client, EndpointFor(standin));
  SinkRecorder recorder;
  provider.Stream(Request(), recorder.Sink(), {});
  REQUIRE(recorder.Wait());
  REQUIRE_FALSE(recorder.outcome->has_value());
  CHECK(recorder.Error().kind == c.kind);
  CHECK(recorder.Error().http_status == c.status);
  CHECK(recorder.Error().message == c.message);
  if (c.status == 429) CHECK(recorder.Error().retry_after == std::chrono::milliseconds(17000));
}

TEST_CASE("Anthropic: an overloaded_error event mid-stream ends the stream",
          "[providers][anthropic][errors]") {
  ModelStandin* self = nullptr;
  ModelStandin standin([&](int fd, const CapturedRequest&) {
    WriteSse(
        fd,
        {MessageStart() + BlockStart(0, {{"type", "text"}, {"text", ""}}) +
         BlockDelta(0, {{"type", "text_delta"}, {"text", "Hel"}}) +
         Event("error", {{"type", "error"},
                         {"error", {{"type", "overloaded_error"}, {"message", "Overloaded"}}}})},
        /*end=*/false);
    if (WaitForPeerClose(fd, 20s)) self->peer_closed().Notify();
  });
  self = &standin;
  transport::HttpClient client(ClientOptions());
  providers::AnthropicMessagesProvider provider(client, EndpointFor(standin));
  SinkRecorder recorder;
  provider.Stream(Request(), recorder.Sink(), {});
  REQUIRE(recorder.Wait());
  REQUIRE_FALSE(recorder.outcome->has_value());
  CHECK(recorder.Error().kind == ProviderErrorKind::kOverloaded);
  CHECK(recorder.Error().message == "Overloaded");
  CHECK(recorder.Error().http_status == 0);
  CHECK(recorder.Text() == "Hel");
  CHECK(standin.peer_closed().Wait(5s));  // the failed stream's connection is not kept
}

TEST_CASE("Anthropic: a dropped stream is a network error; an OAuth token is a Bearer",
          "[providers][anthropic]") {
  ModelStandin standin([](int fd, const CapturedRequest&) {
    WriteSse(fd, {MessageStart(), BlockStart(0, {{"type", "text"}, {"text", ""}})}, /*end=*/false);
  });
  transport::HttpClient client(ClientOptions());
  auto endpoint = EndpointFor(standin);
  endpoint.api_key = "sk-ant-oat01-token";
  endpoint.base_url = standin.BaseUrl("/v1/");
  providers::AnthropicMessagesProvider provider(client, endpoint);
  SinkRecorder recorder;
  provider.Stream(Request(), recorder.Sink(), {});
  REQUIRE(recorder.Wait());
  REQUIRE_FALSE(recorder.outcome->has_value());
  CHECK(recorder.Error().kind == ProviderErrorKind::kNetwork);
  const auto sent = standin.requests().at(0);
  CHECK(sent.target == "/v1/messages");
  CHECK(sent.headers.at("authorization") == "Bearer sk-ant-oat01-token");
  CHECK(sent.headers.count("x-api-key") == 0);
}
