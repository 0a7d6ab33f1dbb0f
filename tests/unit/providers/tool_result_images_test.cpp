// A tool result that carries images (a `read` of a picture), as each provider API spells it in its
// request body: Anthropic and Responses put the images in the result itself; Chat Completions,
// whose tool messages are text only, adds them to a user message after the run of tool messages.
#include <catch2/catch.hpp>

#include "server/providers/anthropic_messages.hpp"
#include "server/providers/openai_completions.hpp"
#include "server/providers/openai_responses.hpp"

using namespace gateway::providers;
using nlohmann::json;

namespace {

// The assistant calls two tools; the first answers with an image, the second with text only.
ModelRequest WithImageResult() {
  ModelRequest request;
  request.model = "m";
  request.messages.push_back(Message::User("what is in pic.png?"));
  request.messages.push_back(Message::Assistant(
      "", {{.id = "call_1", .name = "read", .arguments = R"({"path":"pic.png"})"},
           {.id = "call_2", .name = "ls", .arguments = "{}"}}));
  request.messages.push_back(Message::ToolResult("call_1", "read", "Read image file [image/png]",
                                                 false, {{"image/png", "iVBORw0K"}}));
  request.messages.push_back(Message::ToolResult("call_2", "ls", "pic.png"));
  return request;
}

}  // namespace

TEST_CASE("Tool result images: Anthropic sends image blocks inside the tool_result",
          "[providers][images]") {
  const json body = BuildAnthropicMessagesBody(WithImageResult());
  CHECK(body["messages"].back() == json::parse(R"({"role":"user","content":[
    {"type":"tool_result","tool_use_id":"call_1","content":[
      {"type":"text","text":"Read image file [image/png]"},
      {"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBORw0K"}}]},
    {"type":"tool_result","tool_use_id":"call_2","content":"pic.png"}]})"));
}

TEST_CASE("Tool result images: Responses sends an input_text/input_image output list",
          "[providers][images]") {
  const json body = BuildOpenAiResponsesBody(WithImageResult());
  const json& input = body["input"];
  REQUIRE(input.size() == 5);
  CHECK(input[3] == json::parse(R"({"type":"function_call_output","call_id":"call_1","output":[
    {"type":"input_text","text":"Read image file [image/png]"},
    {"type":"input_image","image_url":"data:image/png;base64,iVBORw0K"}]})"));
  CHECK(input[4] ==
        json::parse(R"({"type":"function_call_output","call_id":"call_2","output":"pic.png"})"));
}

TEST_CASE("Tool result images: Chat Completions adds a user message after the tool messages",
          "[providers][images]") {
  auto request = WithImageResult();
  request.messages.push_back(Message::Assistant("A red pixel."));
  const json body = BuildOpenAiCompletionsBody(request, {});
  const json& messages = body["messages"];
  REQUIRE(messages.size() == 6);
  CHECK(messages[2] == json::parse(R"({"role":"tool","tool_call_id":"call_1",
                                       "content":"Read image file [image/png]"})"));
  CHECK(messages[3] ==
        json::parse(R"({"role":"tool","tool_call_id":"call_2","content":"pic.png"})"));
  CHECK(messages[4] == json::parse(R"({"role":"user","content":[
    {"type":"text","text":"Images from the tool results above:"},
    {"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0K"}}]})"));
  CHECK(messages[5]["role"] == "assistant");

  // The last message may be the tool result itself (the turn right after the call).
  const json next = BuildOpenAiCompletionsBody(WithImageResult(), {});
  REQUIRE(next["messages"].size() == 5);
  CHECK(next["messages"].back()["content"][1]["image_url"]["url"] ==
        "data:image/png;base64,iVBORw0K");

  // Text-only tool results add nothing.
  request.messages[2].images.clear();
  CHECK(BuildOpenAiCompletionsBody(request, {})["messages"].size() == 5);
}
