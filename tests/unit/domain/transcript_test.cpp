#include "server/domain/sessions/transcript.hpp"

#include <catch2/catch.hpp>

using namespace gateway::domain::sessions;

TEST_CASE("Transcript: ISO timestamps", "[sessions][transcript]") {
  CHECK(IsoTimestamp(0) == "1970-01-01T00:00:00.000Z");
  CHECK(IsoTimestamp(1764000000123) == "2025-11-24T16:00:00.123Z");
  CHECK(ParseIsoTimestamp("2025-11-24T16:00:00.123Z") == 1764000000123);
  CHECK(ParseIsoTimestamp("2025-11-24T16:00:00Z") == 1764000000000);
  CHECK_FALSE(ParseIsoTimestamp("yesterday").has_value());
}

TEST_CASE("Transcript: v4 event shapes round-trip", "[sessions][transcript]") {
  Usage usage;
  usage.input = 10;
  usage.output = 5;
  usage.total_tokens = 15;
  usage.cost.total = 0.25;
  Message assistant = AssistantMessage("hi there", 1764000000000, StopReason::kToolUse, usage);
  assistant.api = "openai-completions";
  assistant.provider = "openai";
  assistant.model = "gpt-x";
  TranscriptEvent event = MessageEvent(assistant);
  event.id = "e2";
  event.parent_id = "e1";
  const auto json = ToJson(event);
  CHECK(json["type"] == "message");
  CHECK(json["id"] == "e2");
  CHECK(json["parentId"] == "e1");
  CHECK(json["timestamp"] == "2025-11-24T16:00:00.000Z");
  CHECK(json["message"]["role"] == "assistant");
  CHECK(json["message"]["stopReason"] == "toolUse");
  CHECK(json["message"]["usage"]["totalTokens"] == 15);
  CHECK(json["message"]["usage"]["cost"]["total"] == 0.25);
  CHECK(json["message"]["content"][0]["text"] == "hi there");
  const auto back = EventFromJson(json);
  CHECK(back.id == "e2");
  CHECK(back.parent_id == std::optional<std::string>("e1"));
  REQUIRE(back.message);
  CHECK(back.message->stop_reason == StopReason::kToolUse);
  CHECK(back.message->usage->total_tokens == 15);
  CHECK(MessageText(*back.message) == "hi there");
  CHECK(ToJson(back) == json);

  TranscriptEvent first = MessageEvent(UserMessage("hello", 1, "k1:user"));
  first.id = "e1";
  CHECK(ToJson(first)["parentId"].is_null());
  CHECK(ToJson(first)["message"]["idempotencyKey"] == "k1:user");

  Message tool;
  tool.role = MessageRole::kToolResult;
  tool.tool_call_id = "call1";
  tool.tool_name = "read";
  tool.content = nlohmann::json::array({{{"type", "text"}, {"text", "file"}}});
  tool.is_error = true;
  const auto tool_json = ToJson(MessageEvent(tool))["message"];
  CHECK(tool_json["role"] == "toolResult");
  CHECK(tool_json["toolCallId"] == "call1");
  CHECK(tool_json["isError"] == true);

  TranscriptEvent header;
  header.type = "session";
  header.id = "sess-1";
  header.fields = {{"cwd", "/tmp"}};
  const auto header_json = ToJson(header);
  CHECK(header_json["version"] == 4);
  CHECK(header_json["cwd"] == "/tmp");
  CHECK_FALSE(header_json.contains("parentId"));

  const auto reset = ToJson(ResetEvent("new"));
  CHECK(reset["type"] == "reset");
  CHECK(reset["reason"] == "new");
}
