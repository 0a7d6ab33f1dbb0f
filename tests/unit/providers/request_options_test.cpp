// A turn's tool choice and sampling options as each provider API spells them in its request body.
#include <catch2/catch.hpp>

#include "server/providers/anthropic_messages.hpp"
#include "server/providers/openai_completions.hpp"
#include "server/providers/openai_responses.hpp"

using namespace gateway::providers;
using nlohmann::json;

namespace {

ModelRequest WithOptions(ToolChoice::Mode mode) {
  ModelRequest request;
  request.model = "m";
  request.messages.push_back(Message::User("hi"));
  request.tools.push_back({"lookup", "Find things", {{"type", "object"}}});
  request.tool_choice = {mode, mode == ToolChoice::Mode::kFunction ? "lookup" : ""};
  request.sampling.top_p = 0.9;
  request.sampling.frequency_penalty = 0.5;
  request.sampling.presence_penalty = -0.5;
  request.sampling.seed = 7;
  request.sampling.stop = {"END"};
  request.sampling.response_format = {{"type", "json_object"}};
  return request;
}

}  // namespace

TEST_CASE("Request options: Chat Completions sends them all", "[providers][options]") {
  const json body = BuildOpenAiCompletionsBody(WithOptions(ToolChoice::Mode::kFunction), {});
  CHECK(body["tool_choice"] == json{{"type", "function"}, {"function", {{"name", "lookup"}}}});
  CHECK(body["top_p"] == 0.9);
  CHECK(body["frequency_penalty"] == 0.5);
  CHECK(body["presence_penalty"] == -0.5);
  CHECK(body["seed"] == 7);
  CHECK(body["stop"] == json{"END"});
  CHECK(body["response_format"] == json{{"type", "json_object"}});
  CHECK(BuildOpenAiCompletionsBody(WithOptions(ToolChoice::Mode::kRequired), {})["tool_choice"] ==
        "required");
  CHECK_FALSE(
      BuildOpenAiCompletionsBody(WithOptions(ToolChoice::Mode::kAuto), {}).contains("tool_choice"));
}

TEST_CASE("Request options: Responses and Anthropic send what their APIs have",
          "[providers][options]") {
  const json responses = BuildOpenAiResponsesBody(WithOptions(ToolChoice::Mode::kFunction));
  CHECK(responses["tool_choice"] == json{{"type", "function"}, {"name", "lookup"}});
  CHECK(responses["top_p"] == 0.9);
  CHECK(responses["text"] == json{{"format", {{"type", "json_object"}}}});
  CHECK_FALSE(responses.contains("stop"));
  CHECK_FALSE(responses.contains("seed"));

  const json anthropic = BuildAnthropicMessagesBody(WithOptions(ToolChoice::Mode::kRequired));
  CHECK(anthropic["tool_choice"] == json{{"type", "any"}});
  CHECK(anthropic["top_p"] == 0.9);
  CHECK(anthropic["stop_sequences"] == json{"END"});
  CHECK_FALSE(anthropic.contains("seed"));
  CHECK(BuildAnthropicMessagesBody(WithOptions(ToolChoice::Mode::kFunction))["tool_choice"] ==
        json{{"type", "tool"}, {"name", "lookup"}});
  CHECK(BuildAnthropicMessagesBody(WithOptions(ToolChoice::Mode::kNone))["tool_choice"] ==
        json{{"type", "none"}});
}
