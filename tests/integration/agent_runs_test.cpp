// Agent runs end to end (methods.md §7–§8, protocol.md §9): a real gateway, real WebSocket clients
// and a stand-in OpenAI Chat Completions server on loopback (cpp-httplib) that streams SSE, fails
// with the API's error bodies, or streams slowly until the gateway hangs up.
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include "gateway/proto/registry.hpp"
#include "gateway/proto/validators.hpp"
#include "tests/integration/gateway_fixture.hpp"
#include "tests/integration/rpc_expect.hpp"
#include "tests/support/openai_standin.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

FixtureOptions WithStandin(const OpenAiStandin& standin, json extra = json::object()) {
  FixtureOptions options;
  options.config = {{"models",
                     {{"providers",
                       {{"standin",
                         {{"baseUrl", standin.base_url()},
                          {"apiKey", kStandinApiKey},
                          {"api", "openai-completions"},
                          {"models", json::array({{{"id", "m1"}, {"name", "Stand-in One"}},
                                                  {{"id", "m2"}, {"name", "Stand-in Two"}}})}}}}}}},
                    {"agents", {{"defaults", {{"model", "standin/m1"}}}}}};
  for (auto& [key, value] : extra.items()) options.config[key].merge_patch(value);
  return options;
}

void CheckSchema(const std::string& definition, const json& value) {
  const auto check = proto::FindCheck(definition);
  REQUIRE(check);
  const auto errors = proto::Validate(check, value);
  INFO(definition << ": " << value.dump());
  CHECK(errors.empty());
}

// The chat events of one run, up to its terminal state.
std::vector<json> ChatEventsOf(client::GatewayClient& client, const std::string& run_id,
                               std::chrono::milliseconds timeout = 10s) {
  std::vector<json> events;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    auto event = client.WaitEvent("chat", 200ms);
    if (!event) continue;
    const json& payload = (*event)["payload"];
    CheckSchema("ChatEvent", payload);
    if (payload["runId"] != run_id) continue;
    events.push_back(payload);
    const std::string state = payload["state"];
    if (state == "final" || state == "aborted" || state == "error") break;
  }
  return events;
}

std::string FileText(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("Agent runs: chat.send streams deltas and a final, and the turn is stored",
          "[integration][runs]") {
  OpenAiStandin standin;
  GatewayFixture gw(WithStandin(standin));
  auto client = gw.ConnectCli({"operator.admin"});

  auto ack = OkResult(*client, "chat.send",
                      {{"sessionKey", "main"}, {"message", "hi there"}, {"idempotencyKey", "c-1"}});
  CHECK(ack["runId"] == "c-1");
  CHECK(ack["status"] == "started");

  auto events = ChatEventsOf(*client, "c-1");
  REQUIRE(!events.empty());
  CHECK(events.back()["state"] == "final");
  std::string streamed;
  std::int64_t last_seq = 0;
  for (const auto& event : events) {
    CHECK(event["sessionKey"] == "agent:main:main");
    CHECK(event["seq"].get<std::int64_t>() > last_seq);  // per-run seq only grows
    last_seq = event["seq"];
    if (event["state"] == "delta") streamed += event["deltaText"].get<std::string>();
  }
  CHECK(streamed == "Hello there");
  const json& final_message = events.back()["message"];
  CHECK(final_message["role"] == "assistant");
  CHECK(final_message["content"][0]["text"] == "Hello there");
  CHECK(final_message["__openclaw"]["runId"] == "c-1");
  CHECK(final_message["api"] == "openai-completions");
  CHECK(final_message["provider"] == "standin");
  CHECK(final_message["model"] == "m1");
  CHECK(events.back()["usage"]["output"] == 3);

  // agent events: lifecycle start, model, assistant text, end; each schema-valid.
  std::vector<std::string> phases;
  while (auto event = client->WaitEvent("agent", 100ms)) {
    CheckSchema("AgentEvent", (*event)["payload"]);
    const json& data = (*event)["payload"]["data"];
    if ((*event)["payload"]["stream"] == "lifecycle") phases.push_back(data["phase"]);
  }
  CHECK(phases == std::vector<std::string>{"start", "model", "finishing", "end"});

  // The request the model got: the configured model, streamed usage, the user's text.
  auto requests = standin.requests();
  REQUIRE(requests.size() == 1);
  CHECK(requests[0]["model"] == "m1");
  CHECK(requests[0]["stream"] == true);
  CHECK(requests[0]["stream_options"]["include_usage"] == true);
  CHECK(requests[0]["messages"].back()["content"] == "hi there");
  CHECK(standin.auth_headers()[0] == std::string("Bearer ") + kStandinApiKey);

  // Stored: the prompt (idempotencyKey "<key>:user") and the reply.
  auto history = OkResult(*client, "chat.history", {{"sessionKey", "main"}});
  REQUIRE(history["messages"].size() == 2);
  CHECK(history["messages"][0]["role"] == "user");
  CHECK(history["messages"][0]["__openclaw"]["idempotencyKey"] == "c-1:user");
  CHECK(history["messages"][1]["role"] == "assistant");
  CHECK(history["messages"][1]["content"][0]["text"] == "Hello there");
  CHECK(history["sessionInfo"]["outputTokens"] == 3);
  CHECK(history["sessionInfo"]["model"] == "m1");  // the model that answered
  CHECK(history["sessionInfo"]["modelProvider"] == "standin");

  // A second turn sends the history.
  OkResult(*client, "chat.send",
           {{"sessionKey", "main"}, {"message", "again"}, {"idempotencyKey", "c-2"}});
  CHECK(ChatEventsOf(*client, "c-2").back()["state"] == "final");
  requests = standin.requests();
  REQUIRE(requests.size() == 2);
  CHECK(requests[1]["messages"].size() >= 4);  // system, user, assistant, user

  // A duplicate key after the run: the outcome, not a new run.
  auto again =
      OkResult(*client, "chat.send",
               {{"sessionKey", "main"}, {"message", "hi there"}, {"idempotencyKey", "c-1"}});
  CHECK(again["status"] == "ok");
  CHECK(standin.requests().size() == 2);

  // The API key never reaches the log.
  CHECK(FileText(gw.log_file()).find(kStandinApiKey) == std::string::npos);
}

TEST_CASE("Agent runs: agent is two-phase, de-duplicated, and agent.wait sees the end",
          "[integration][runs]") {
  OpenAiStandin standin;
  GatewayFixture gw(WithStandin(standin));
  auto client = gw.ConnectCli({"operator.admin"});

  client->SendRaw(json{{"type", "req"},
                       {"id", "a-req"},
                       {"method", "agent"},
                       {"params", {{"message", "hello"}, {"idempotencyKey", "run-7"}}}}
                      .dump());
  auto accepted = client->WaitResponse("a-req", 5s);
  REQUIRE(accepted);
  CHECK((*accepted)["ok"] == true);
  CHECK((*accepted)["payload"]["status"] == "accepted");
  CHECK((*accepted)["payload"]["runId"] == "run-7");
  CHECK_FALSE((*accepted)["payload"].contains("sessionKey"));  // not given: not echoed
  auto final_frame = client->WaitResponse("a-req", 10s);
  REQUIRE(final_frame);
  CHECK((*final_frame)["ok"] == true);
  const json& result = (*final_frame)["payload"];
  CheckSchema("AgentResult", result);
  CHECK(result["status"] == "ok");
  CHECK(result["summary"] == "completed");
  CHECK(result["result"]["payloads"][0]["text"] == "Hello there");

  // The run used agent:main:explicit:<key> with sessionId = the key.
  auto row = OkResult(*client, "sessions.resolve", {{"sessionId", "run-7"}});
  CHECK(row["key"] == "agent:main:explicit:run-7");

  // A duplicate after the end: the cached final, no new model call.
  auto dup = client->Call("agent", {{"message", "hello"}, {"idempotencyKey", "run-7"}}, true);
  REQUIRE(dup.ok);
  CHECK(dup.payload == result);
  CHECK(standin.requests().size() == 1);

  auto waited = OkResult(*client, "agent.wait", {{"runId", "run-7"}, {"timeoutMs", 1000}});
  CHECK(waited["status"] == "ok");
  CHECK(waited.contains("endedAt"));
  auto unknown = OkResult(*client, "agent.wait", {{"runId", "nope"}, {"timeoutMs", 0}});
  CHECK(unknown == json{{"runId", "nope"}, {"status", "timeout"}});

  // Overrides need operator.admin.
  auto writer = gw.ConnectCli({"operator.write"});
  auto refused =
      writer->Call("agent", {{"message", "x"}, {"idempotencyKey", "k2"}, {"model", "m2"}});
  REQUIRE_FALSE(refused.ok);
  CHECK(refused.error->message == "provider/model overrides are not authorized for this caller.");
  // /new needs operator.admin too.
  auto reset = writer->Call("agent", {{"message", "/new"}, {"idempotencyKey", "k3"}});
  REQUIRE_FALSE(reset.ok);
  CHECK(reset.error->code == "FORBIDDEN");
}

TEST_CASE("Agent runs: chat.abort closes the upstream stream at once", "[integration][runs]") {
  OpenAiStandin standin;
  standin.Set("m1", OpenAiStandin::Behaviour::kSlowForever);
  GatewayFixture gw(WithStandin(standin));
  auto client = gw.ConnectCli({"operator.admin"});

  OkResult(*client, "chat.send",
           {{"sessionKey", "main"}, {"message", "go"}, {"idempotencyKey", "slow-1"}});
  // Wait for the first delta, then abort.
  bool streaming = false;
  for (int i = 0; i < 50 && !streaming; ++i) {
    auto event = client->WaitEvent("chat", 200ms);
    streaming = event && (*event)["payload"]["state"] == "delta";
  }
  REQUIRE(streaming);
  const auto abort_at = std::chrono::steady_clock::now();
  auto aborted = OkResult(*client, "chat.abort", {{"sessionKey", "main"}});
  CHECK(aborted == json{{"ok", true}, {"aborted", true}, {"runIds", {"slow-1"}}});

  auto events = ChatEventsOf(*client, "slow-1");
  REQUIRE(!events.empty());
  CHECK(events.back()["state"] == "aborted");
  CHECK(events.back()["stopReason"] == "rpc");
  CHECK(events.back()["message"]["content"][0]["text"].get<std::string>().starts_with("Working"));

  for (int i = 0; i < 100 && !standin.hung_up_at(); ++i) std::this_thread::sleep_for(10ms);
  REQUIRE(standin.hung_up_at());
  CHECK(*standin.hung_up_at() - abort_at < 500ms);

  // Nothing left to abort; the partial reply is stored.
  CHECK(OkResult(*client, "chat.abort", {{"sessionKey", "main"}}) ==
        json{{"ok", true}, {"aborted", false}, {"runIds", json::array()}});
  auto history = OkResult(*client, "chat.history", {{"sessionKey", "main"}});
  REQUIRE(history["messages"].size() == 2);
  CHECK(history["messages"][1]["content"][0]["text"].get<std::string>().starts_with("Working"));
}

TEST_CASE("Agent runs: a failed model falls back; a strict choice reports the error",
          "[integration][runs]") {
  OpenAiStandin standin;
  standin.Set("m1", OpenAiStandin::Behaviour::kUnauthorized);
  standin.Set("m2", OpenAiStandin::Behaviour::kReply, {"from ", "m2"});
  GatewayFixture gw(WithStandin(
      standin,
      {{"agents",
        {{"defaults", {{"model", {{"primary", "standin/m1"}, {"fallbacks", {"standin/m2"}}}}}}}}}));
  auto client = gw.ConnectCli({"operator.admin"});

  OkResult(*client, "chat.send",
           {{"sessionKey", "main"}, {"message", "hi"}, {"idempotencyKey", "f-1"}});
  auto events = ChatEventsOf(*client, "f-1");
  REQUIRE(!events.empty());
  CHECK(events.back()["state"] == "final");
  CHECK(events.back()["message"]["content"][0]["text"] == "from m2");
  auto requests = standin.requests();
  REQUIRE(requests.size() == 2);
  CHECK(requests[0]["model"] == "m1");
  CHECK(requests[1]["model"] == "m2");

  // An explicit model (operator.admin) is strict: the 401 is the answer.
  auto failed = client->Call(
      "agent", {{"message", "hi"}, {"idempotencyKey", "f-2"}, {"model", "standin/m1"}}, true);
  REQUIRE_FALSE(failed.ok);
  CHECK(failed.error->code == "UNAVAILABLE");
  CHECK(failed.error->message == "Incorrect API key provided");
  CHECK(failed.payload["status"] == "error");
  auto chat_error = ChatEventsOf(*client, "f-2");
  REQUIRE(!chat_error.empty());
  CHECK(chat_error.back()["state"] == "error");
  CHECK(chat_error.back()["errorDetail"]["httpStatus"] == 401);
  CHECK(chat_error.back()["errorDetail"]["failoverReason"] == "auth");
  CHECK(standin.requests().size() == 3);
  CHECK(FileText(gw.log_file()).find(kStandinApiKey) == std::string::npos);
}

TEST_CASE("Agent runs: one run at a time per session, the next one queued", "[integration][runs]") {
  OpenAiStandin standin;
  GatewayFixture gw(WithStandin(standin));
  auto client = gw.ConnectCli({"operator.admin"});

  OkResult(*client, "chat.send",
           {{"sessionKey", "main"}, {"message", "one"}, {"idempotencyKey", "q-1"}});
  OkResult(*client, "chat.send",
           {{"sessionKey", "main"}, {"message", "two"}, {"idempotencyKey", "q-2"}});
  std::vector<std::string> finals;
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (finals.size() < 2 && std::chrono::steady_clock::now() < deadline) {
    auto event = client->WaitEvent("chat", 200ms);
    if (event && (*event)["payload"]["state"] == "final")
      finals.push_back((*event)["payload"]["runId"]);
  }
  CHECK(finals == std::vector<std::string>{"q-1", "q-2"});
  // The second turn saw the first one's reply.
  auto requests = standin.requests();
  REQUIRE(requests.size() == 2);
  CHECK(requests[1]["messages"].size() >= 4);

  auto agents = OkResult(*client, "agents.list", json::object());
  CHECK(agents["defaultId"] == "main");
  CHECK(agents["agents"][0]["model"]["primary"] == "standin/m1");
  auto models = OkResult(*client, "models.list", json::object());
  REQUIRE(models["models"].size() == 2);
  CHECK(models["models"][0]["id"] == "m1");
  CHECK(models["models"][0]["name"] == "Stand-in One");
  CHECK(models["models"][0]["available"] == true);
  auto identity = OkResult(*client, "agent.identity.get", json::object());
  CHECK(identity["agentId"] == "main");
  CHECK(identity["name"] == "Assistant");
}

TEST_CASE("Agent runs: sessions.compact summarizes with the model and later turns use it",
          "[integration][runs][compact]") {
  OpenAiStandin standin;
  GatewayFixture gw(WithStandin(standin));
  auto client = gw.ConnectCli({"operator.admin"});

  // Nothing yet; then too little to summarize.
  CHECK(OkResult(*client, "sessions.compact", {{"key", "main"}})["reason"] == "no sessionId");
  OkResult(*client, "chat.send",
           {{"sessionKey", "main"}, {"message", "one"}, {"idempotencyKey", "s-1"}});
  REQUIRE(ChatEventsOf(*client, "s-1").back()["state"] == "final");
  auto early = OkResult(*client, "sessions.compact", {{"key", "main"}});
  CHECK(early["ok"] == false);
  CHECK(early["compacted"] == false);
  CHECK(early["reason"] == "nothing to compact");

  OkResult(*client, "chat.send",
           {{"sessionKey", "main"}, {"message", "two"}, {"idempotencyKey", "s-2"}});
  REQUIRE(ChatEventsOf(*client, "s-2").back()["state"] == "final");
  auto compacted = OkResult(*client, "sessions.compact", {{"key", "main"}});
  CHECK(compacted["ok"] == true);
  CHECK(compacted["compacted"] == true);
  CHECK(compacted["result"]["tokensBefore"].get<std::int64_t>() > 0);
  auto requests = standin.requests();
  REQUIRE(requests.size() == 3);
  CHECK(OpenAiStandin::LastUserText(requests[2]).starts_with("Summarize the conversation"));

  // The next turn sends the summary instead of the old messages.
  OkResult(*client, "chat.send",
           {{"sessionKey", "main"}, {"message", "three"}, {"idempotencyKey", "s-3"}});
  REQUIRE(ChatEventsOf(*client, "s-3").back()["state"] == "final");
  requests = standin.requests();
  REQUIRE(requests.size() == 4);
  const json& messages = requests[3]["messages"];
  REQUIRE(messages.size() == 3);  // system, summary, the new message
  CHECK(messages[1]["content"].get<std::string>().starts_with(
      "[Summary of the earlier conversation]\nHello there"));
  CHECK(messages[2]["content"] == "three");

  // Not while a run is going.
  OkResult(*client, "chat.send",
           {{"sessionKey", "main"}, {"message", "slow"}, {"idempotencyKey", "s-4"}});
  for (int i = 0; i < 50 && !standin.requests().empty() && standin.requests().size() < 5; ++i) {
    std::this_thread::sleep_for(20ms);
  }
  auto busy = client->Call("sessions.compact", {{"key", "main"}});
  REQUIRE_FALSE(busy.ok);
  CHECK(busy.error->message ==
        "Session agent:main:main has an active run; retry after it finishes.");
  OkResult(*client, "chat.abort", {{"sessionKey", "main"}});
}
