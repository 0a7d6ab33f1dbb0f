// Hooks end to end (http.md §7): a real gateway with hooks.* configured, real HTTP requests
// (cpp-httplib), and the stand-in OpenAI server answering the runs that /hooks/agent starts.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <thread>

#include "tests/integration/gateway_fixture.hpp"
#include "tests/support/openai_standin.hpp"
#include "tests/support/raw_http.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

constexpr const char* kHookToken = "hook-secret-5150";

FixtureOptions HooksGateway(const OpenAiStandin& standin, json hooks = json::object(),
                            json extra = json::object()) {
  FixtureOptions options;
  json base_hooks = {{"enabled", true}, {"token", kHookToken}};
  base_hooks.merge_patch(hooks);
  options.config = {{"models",
                     {{"providers",
                       {{"standin",
                         {{"baseUrl", standin.base_url()},
                          {"apiKey", kStandinApiKey},
                          {"api", "openai-completions"},
                          {"models", json::array({{{"id", "m1"}, {"name", "Stand-in One"}}})}}}}}}},
                    {"agents",
                     {{"defaults", {{"model", "standin/m1"}}},
                      {"entries", {{"main", json::object()}, {"ops", json::object()}}}}},
                    {"hooks", base_hooks}};
  for (auto& [key, value] : extra.items()) options.config[key].merge_patch(value);
  return options;
}

httplib::Headers Bearer(const std::string& secret) {
  return {{"Authorization", "Bearer " + secret}};
}

struct Answer {
  int status = 0;
  json body;
  std::string text;
  std::string content_type;
};

Answer Post(int port, const std::string& path, const std::string& body,
            const httplib::Headers& headers = Bearer(kHookToken)) {
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(20, 0);
  auto result = client.Post(path.c_str(), headers, body, "application/json");
  REQUIRE(result);
  Answer answer{result->status, json::parse(result->body, nullptr, false), result->body,
                result->get_header_value("Content-Type")};
  return answer;
}

Answer Post(int port, const std::string& path, const json& body) {
  return Post(port, path, body.dump());
}

void CheckRefusal(const Answer& answer, int status, const std::string& message) {
  INFO(answer.text);
  CHECK(answer.status == status);
  REQUIRE(answer.body.is_object());
  CHECK(answer.body["error"]["message"] == message);
  CHECK(answer.body["error"]["type"] == "invalid_request_error");
}

json OkResult(client::GatewayClient& client, const std::string& method, const json& params) {
  auto r = client.Call(method, params);
  INFO(method << " " << params.dump() << " -> " << (r.error ? Write(*r.error).dump() : ""));
  REQUIRE(r.ok);
  return r.payload;
}

// The transcript of `key` once it has the assistant's reply (runs finish asynchronously).
json HistoryWithReply(client::GatewayClient& client, const std::string& key) {
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  json history;
  while (std::chrono::steady_clock::now() < deadline) {
    history = OkResult(client, "chat.history", {{"sessionKey", key}});
    const auto& messages = history["messages"];
    if (messages.size() >= 2 && messages.back()["role"] == "assistant") break;
    std::this_thread::sleep_for(20ms);
  }
  return history;
}

}  // namespace

TEST_CASE("Hooks: off unless enabled with a token", "[integration][hooks]") {
  OpenAiStandin standin;
  SECTION("hooks not configured") {
    GatewayFixture gw(HooksGateway(standin, {{"enabled", false}}));
    auto refused = Post(gw.port(), "/hooks/wake", json{{"text", "x"}});
    CHECK(refused.status == 404);
    CHECK(refused.text == "Not Found");
    // GET of a hook path while hooks are off is the Control UI's SPA fallback (http.md §1).
    httplib::Client client("127.0.0.1", gw.port());
    auto page = client.Get("/hooks/wake");
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->get_header_value("Content-Type").starts_with("text/html"));
  }
  SECTION("enabled with an empty token") {
    GatewayFixture gw(HooksGateway(standin, {{"token", ""}}));
    CHECK(Post(gw.port(), "/hooks/wake", json{{"text", "x"}}).status == 404);
    CHECK(Post(gw.port(), "/hooks/agent", json{{"message", "x"}}).status == 404);
  }
}

TEST_CASE("Hooks: token auth, query tokens refused, lockout", "[integration][hooks]") {
  OpenAiStandin standin;
  GatewayFixture gw(HooksGateway(standin));
  const json wake = {{"text", "ping"}};

  auto missing = Post(gw.port(), "/hooks/wake", wake.dump(), {});
  CHECK(missing.status == 401);
  CHECK(missing.body["error"]["type"] == "unauthorized");
  CHECK(Post(gw.port(), "/hooks/wake", wake.dump(), Bearer("wrong")).status == 401);
  // The gateway token is not the hook token.
  CHECK(Post(gw.port(), "/hooks/wake", wake.dump(), Bearer(kToken)).status == 401);
  auto query = Post(gw.port(), std::string("/hooks/wake?token=") + kHookToken, wake.dump(), {});
  CHECK(query.status == 400);
  CHECK(Post(gw.port(), "/hooks/wake", wake.dump()).status == 200);
  CHECK(Post(gw.port(), "/hooks/wake", wake.dump(), {{"x-openclaw-token", kHookToken}}).status ==
        200);

  // Wrong method on a hook path.
  httplib::Client client("127.0.0.1", gw.port());
  auto get = client.Get("/hooks/wake", Bearer(kHookToken));
  REQUIRE(get);
  CHECK(get->status == 405);
  CHECK(get->get_header_value("Allow") == "POST");

  // 20 failures a minute lock the address out (loopback included), even for the right token.
  for (int i = 0; i < 20; ++i) Post(gw.port(), "/hooks/wake", wake.dump(), Bearer("wrong"));
  auto limited = Post(gw.port(), "/hooks/wake", wake.dump());
  CHECK(limited.status == 429);
  CHECK(limited.body["error"]["type"] == "rate_limited");
  httplib::Client again("127.0.0.1", gw.port());
  auto head = again.Post("/hooks/wake", Bearer(kHookToken), wake.dump(), "application/json");
  REQUIRE(head);
  CHECK(std::stoi(head->get_header_value("Retry-After")) > 0);
}

TEST_CASE("Hooks: wake queues a system event for the main session, coalescing repeats",
          "[integration][hooks]") {
  OpenAiStandin standin;
  GatewayFixture gw(HooksGateway(standin, {{"allowRequestSessionKey", true}}));

  auto first = Post(gw.port(), "/hooks/wake", json{{"text", "New mail from Ada"}});
  CHECK(first.status == 200);
  CHECK(first.body == json{{"ok", true}, {"mode", "now"}, {"eventOutcome", "queued"}});
  auto repeat = Post(gw.port(), "/hooks/wake",
                     json{{"text", "New mail from Ada"}, {"mode", "next-heartbeat"}});
  CHECK(repeat.body ==
        json{{"ok", true}, {"mode", "next-heartbeat"}, {"eventOutcome", "coalesced"}});
  // Another session's event with the same text is its own event.
  auto other = Post(gw.port(), "/hooks/wake",
                    json{{"text", "New mail from Ada"}, {"sessionKey", "hook:mail"}});
  CHECK(other.body["eventOutcome"] == "queued");
  auto fresh = Post(gw.port(), "/hooks/wake", json{{"text", "Build finished"}, {"agentId", "ops"}});
  CHECK(fresh.body["eventOutcome"] == "queued");

  auto client = gw.ConnectCli({"operator.admin"});
  auto status = OkResult(*client, "status", json::object());
  const json expected = json::array({{{"text", "New mail from Ada"}},
                                     {{"text", "New mail from Ada"}},
                                     {{"text", "Build finished"}}});
  CHECK(status["queuedSystemEvents"] == expected);

  CheckRefusal(Post(gw.port(), "/hooks/wake", json::object()), 400, "text required");
  CheckRefusal(Post(gw.port(), "/hooks/wake", json{{"text", "   "}}), 400, "text required");
  CheckRefusal(Post(gw.port(), "/hooks/wake", json{{"text", 5}}), 400, "text must be a string");
  CheckRefusal(Post(gw.port(), "/hooks/wake", json{{"text", "x"}, {"mode", "later"}}), 400,
               "mode must be \"now\" or \"next-heartbeat\"");
  CheckRefusal(Post(gw.port(), "/hooks/wake", json{{"text", "x"}, {"agentId", "nobody"}}), 400,
               "Unknown agent 'nobody'.");
}

TEST_CASE("Hooks: agent runs a turn in the hook session", "[integration][hooks]") {
  OpenAiStandin standin;

  SECTION("a fresh hook:<uuid> session per request, answered at admission") {
    GatewayFixture gw(HooksGateway(standin));
    auto client = gw.ConnectCli({"operator.admin"});
    auto accepted = Post(gw.port(), "/hooks/agent", json{{"message", "Summarize the alert"}});
    INFO(accepted.text);
    REQUIRE(accepted.status == 200);
    CHECK(accepted.body["ok"] == true);
    const std::string run_id = accepted.body["runId"];
    CHECK(accepted.body.size() == 2);

    auto waited = OkResult(*client, "agent.wait", {{"runId", run_id}, {"timeoutMs", 10000}});
    CHECK(waited["status"] == "ok");
    auto list = OkResult(*client, "sessions.list", json::object());
    std::string key;
    for (const auto& row : list["sessions"]) {
      if (row["key"].get<std::string>().starts_with("agent:main:hook:")) key = row["key"];
    }
    REQUIRE(key.size() == std::string("agent:main:hook:").size() + 36);
    auto history = HistoryWithReply(*client, key);
    REQUIRE(history["messages"].size() == 2);
    CHECK(history["messages"][0]["role"] == "user");
    CHECK(history["messages"][1]["content"][0]["text"] == "Hello there");
    CHECK(standin.requests().back()["messages"].back()["content"] == "Summarize the alert");

    // A second request gets a session of its own.
    auto second =
        Post(gw.port(), "/hooks/agent", json{{"message", "again"}, {"waitForCompletion", true}});
    REQUIRE(second.status == 200);
    CHECK(second.body["completion"]["sessionKey"] != key);
  }

  SECTION("hooks.defaultSessionKey, waiting for completion") {
    GatewayFixture gw(HooksGateway(standin, {{"defaultSessionKey", "hook:ingress"}}));
    auto done = Post(gw.port(), "/hooks/agent",
                     json{{"message", "Deploy status?"}, {"waitForCompletion", true}});
    INFO(done.text);
    REQUIRE(done.status == 200);
    CHECK(done.body["ok"] == true);
    CHECK(done.body["runId"].is_string());
    const json& completion = done.body["completion"];
    CHECK(completion["status"] == "ok");
    CHECK(completion["text"] == "Hello there");
    CHECK(completion["provider"] == "standin");
    CHECK(completion["model"] == "m1");
    CHECK(completion["sessionKey"] == "agent:main:hook:ingress");

    auto client = gw.ConnectCli({"operator.admin"});
    auto history = HistoryWithReply(*client, "agent:main:hook:ingress");
    REQUIRE(history["messages"].size() == 2);
    CHECK(history["messages"][1]["content"][0]["text"] == "Hello there");
  }

  SECTION("a failing model: the completion says so") {
    standin.Set("m1", OpenAiStandin::Behaviour::kUnauthorized);
    GatewayFixture gw(HooksGateway(standin));
    auto done =
        Post(gw.port(), "/hooks/agent", json{{"message", "hello"}, {"waitForCompletion", true}});
    REQUIRE(done.status == 200);
    CHECK(done.body["completion"]["status"] == "error");
    CHECK(!done.body["completion"]["error"].get<std::string>().empty());
  }
}

TEST_CASE("Hooks: agent and session policies", "[integration][hooks]") {
  OpenAiStandin standin;

  SECTION("request session keys are refused unless allowed") {
    GatewayFixture gw(HooksGateway(standin));
    CheckRefusal(Post(gw.port(), "/hooks/agent", json{{"message", "x"}, {"sessionKey", "hook:a"}}),
                 400,
                 "sessionKey is disabled for externally supplied hooks payloads. Set "
                 "hooks.allowRequestSessionKey=true to enable it.");
  }
  SECTION("allowed prefixes") {
    GatewayFixture gw(HooksGateway(standin, {{"allowRequestSessionKey", true},
                                             {"allowedSessionKeyPrefixes", {"hook:gmail:"}}}));
    auto done = Post(
        gw.port(), "/hooks/agent",
        json{{"message", "mail"}, {"sessionKey", "hook:gmail:inbox"}, {"waitForCompletion", true}});
    REQUIRE(done.status == 200);
    CHECK(done.body["completion"]["sessionKey"] == "agent:main:hook:gmail:inbox");
    CheckRefusal(
        Post(gw.port(), "/hooks/agent", json{{"message", "x"}, {"sessionKey", "hook:other"}}), 400,
        "sessionKey must start with one of: hook:gmail:");
    CheckRefusal(
        Post(gw.port(), "/hooks/agent", json{{"message", "x"}, {"sessionKey", "cron:job"}}), 400,
        "sessionKey cannot use reserved internal session namespaces");
  }
  SECTION("allowed agents") {
    GatewayFixture gw(HooksGateway(standin, {{"allowedAgentIds", {"ops"}}}));
    // A request that chooses no agent runs on the default agent.
    auto plain =
        Post(gw.port(), "/hooks/agent", json{{"message", "x"}, {"waitForCompletion", true}});
    REQUIRE(plain.status == 200);
    CHECK(
        plain.body["completion"]["sessionKey"].get<std::string>().starts_with("agent:main:hook:"));
    auto done = Post(gw.port(), "/hooks/agent",
                     json{{"message", "x"}, {"agentId", "OPS"}, {"waitForCompletion", true}});
    REQUIRE(done.status == 200);
    CHECK(done.body["completion"]["sessionKey"].get<std::string>().starts_with("agent:ops:hook:"));
    CheckRefusal(Post(gw.port(), "/hooks/agent", json{{"message", "x"}, {"agentId", "main"}}), 400,
                 "agentId is not allowed by hooks.allowedAgentIds");
    CheckRefusal(Post(gw.port(), "/hooks/agent", json{{"message", "x"}, {"agentId", "ghost"}}), 400,
                 "Unknown agent 'ghost'.");
    CHECK(standin.requests().size() == 2);
  }
  SECTION("an agent:<id>: session key chooses its agent too") {
    GatewayFixture gw(
        HooksGateway(standin, {{"allowedAgentIds", {"ops"}}, {"allowRequestSessionKey", true}}));
    CheckRefusal(Post(gw.port(), "/hooks/agent",
                      json{{"message", "x"}, {"sessionKey", "agent:main:hook:x"}}),
                 400, "agentId is not allowed by hooks.allowedAgentIds");
    CheckRefusal(
        Post(gw.port(), "/hooks/agent",
             json{{"message", "x"}, {"agentId", "ops"}, {"sessionKey", "agent:main:hook:x"}}),
        400, "sessionKey belongs to agent 'main', not 'ops'");
  }
}

TEST_CASE("Hooks: body validation", "[integration][hooks]") {
  OpenAiStandin standin;
  GatewayFixture gw(HooksGateway(standin));
  const int port = gw.port();
  CheckRefusal(Post(port, "/hooks/agent", std::string("{not json")), 400,
               "Request body must be valid JSON.");
  CheckRefusal(Post(port, "/hooks/agent", std::string("[1,2]")), 400,
               "Request body must be a JSON object.");
  CheckRefusal(Post(port, "/hooks/agent", std::string(std::string(10000, '[') + "]")), 400,
               "Request body must be valid JSON.");
  CheckRefusal(Post(port, "/hooks/agent", json::object()), 400, "message required");
  CheckRefusal(Post(port, "/hooks/agent", json{{"message", ""}}), 400, "message required");
  CheckRefusal(Post(port, "/hooks/agent", json{{"message", "x"}, {"deliver", "yes"}}), 400,
               "deliver must be a boolean");
  CheckRefusal(Post(port, "/hooks/agent", json{{"message", "x"}, {"channel", 7}}), 400,
               "channel must be a string");
  CheckRefusal(Post(port, "/hooks/agent", json{{"message", "x"}, {"to", false}}), 400,
               "to must be a string");
  CheckRefusal(Post(port, "/hooks/agent", json{{"message", "x"}, {"timeoutSeconds", -3}}), 400,
               "timeoutSeconds must be a positive integer");
  CheckRefusal(Post(port, "/hooks/agent", json{{"message", "x"}, {"timeoutSeconds", 1.5}}), 400,
               "timeoutSeconds must be a positive integer");
  CheckRefusal(Post(port, "/hooks/agent", json{{"message", "x"}, {"waitForCompletion", 1}}), 400,
               "waitForCompletion must be a boolean");
  CheckRefusal(Post(port, "/hooks/agent", json{{"message", "x"}, {"thinking", "max"}}), 400,
               "thinking must be one of off, minimal, low, medium, high");
  CheckRefusal(Post(port, "/hooks/agent", json{{"message", "x"}, {"model", "nonesuch"}}), 400,
               "Unknown model 'nonesuch'.");
  CheckRefusal(Post(port, "/hooks/agent", json{{"message", "x"}, {"model", " "}}), 400,
               "model must be a non-empty string");
  // deliver/channel/to of the right types are accepted (delivery itself is not available).
  auto accepted = Post(port, "/hooks/agent",
                       json{{"message", "x"},
                            {"deliver", true},
                            {"channel", "telegram"},
                            {"to", "123"},
                            {"waitForCompletion", true}});
  CHECK(accepted.status == 200);
  CHECK(accepted.body["completion"]["status"] == "ok");
  // Bodies over 256 KiB are refused from the header, before they are read.
  CHECK(
      RawHttp(port, std::string("POST /hooks/agent HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ") +
                        kHookToken + "\r\nContent-Length: " + std::to_string(256 * 1024 + 1) +
                        "\r\n\r\n")
          .rfind("HTTP/1.1 413", 0) == 0);
  // Nothing under the base path but wake, agent and mappings.
  auto unknown = Post(port, "/hooks/nothing", json{{"text", "x"}});
  CHECK(unknown.status == 404);
  CHECK(unknown.text == "Not Found");
  CHECK(Post(port, "/hooks", json{{"text", "x"}}).status == 404);
}

TEST_CASE("Hooks: mappings route named hooks to wake and agent", "[integration][hooks]") {
  OpenAiStandin standin;
  const json mappings =
      json::array({{{"id", "gmail"},
                    {"match", {{"path", "gmail"}}},
                    {"action", "agent"},
                    {"sessionKey", "hook:gmail"},
                    {"messageTemplate", "New email from {{payload.from}}: {{subject}}"}},
                   {{"id", "ping"},
                    {"match", {{"path", "ci"}, {"source", "github"}}},
                    {"action", "wake"},
                    {"textTemplate", "CI {{payload.status}} on {{path}}"}},
                   {{"id", "quiet"}, {"match", {{"path", "ci"}}}}});
  GatewayFixture gw(HooksGateway(standin, {{"mappings", mappings}}));
  const int port = gw.port();

  auto ran =
      Post(port, "/hooks/gmail",
           json{{"from", "ada@example.com"}, {"subject", "Hi"}, {"waitForCompletion", true}});
  INFO(ran.text);
  REQUIRE(ran.status == 200);
  CHECK(ran.body["completion"]["sessionKey"] == "agent:main:hook:gmail");
  CHECK(standin.requests().back()["messages"].back()["content"] ==
        "New email from ada@example.com: Hi");

  auto woke = Post(port, "/hooks/ci", json{{"source", "github"}, {"status", "green"}});
  CHECK(woke.body == json{{"ok", true}, {"mode", "now"}, {"eventOutcome", "queued"}});
  auto client = gw.ConnectCli({"operator.admin"});
  auto status = OkResult(*client, "status", json::object());
  CHECK(status["queuedSystemEvents"] == json::array({{{"text", "CI green on ci"}}}));

  // The second ci mapping matches other sources and has no action.
  auto quiet = Post(port, "/hooks/ci", json{{"source", "gitlab"}});
  CHECK(quiet.status == 204);
  CHECK(quiet.text.empty());
  CHECK(Post(port, "/hooks/unmapped", json::object()).status == 404);
}
