// The hook rules without sockets: body checks, agent/session policy, mappings and templates, and
// the system event queue's coalescing.
#include <catch2/catch.hpp>

#include "gateway/wire/json_io.hpp"
#include "server/domain/system/system_event_queue.hpp"
#include "server/http/hooks/hook_mappings.hpp"
#include "server/http/hooks/hook_payloads.hpp"
#include "server/http/hooks/hook_settings.hpp"
#include "server/http/hooks/hook_targets.hpp"

using namespace gateway;
using namespace gateway::http::hooks;
using nlohmann::json;

namespace {

proto::OpenClawConfig Config(json config) { return wire::Decode<proto::OpenClawConfig>(config); }

TargetQuery Query(std::optional<std::string> agent, std::optional<std::string> key = std::nullopt,
                  KeySource source = KeySource::kRequest) {
  return {.agent_id = std::move(agent), .session_key = std::move(key), .key_source = source};
}

HookSettings Settings(const proto::OpenClawConfig& config) {
  auto settings = HookSettingsOf(config, std::string("t0k"));
  REQUIRE(settings);
  REQUIRE(*settings);
  return **settings;
}

}  // namespace

TEST_CASE("Hooks: settings need enabled and a token; the path is normalized", "[hooks]") {
  std::string problem;
  CHECK(!*HookSettingsOf(Config({{"hooks", {{"enabled", false}}}}), std::string("t")));
  CHECK(!*HookSettingsOf(Config({{"hooks", {{"enabled", true}}}}), std::nullopt, &problem));
  CHECK(problem.find("hooks.token is empty") != std::string::npos);
  CHECK(!*HookSettingsOf(Config({{"hooks", {{"enabled", true}}}}), std::string("  ")));
  auto settings = HookSettingsOf(Config({{"hooks",
                                          {{"enabled", true},
                                           {"path", "/in/hooks/"},
                                           {"allowedAgentIds", {"Ops", "*", " "}},
                                           {"allowedSessionKeyPrefixes", {"Hook:A:"}}}}}),
                                 std::string("t"));
  REQUIRE(*settings);
  CHECK((*settings)->base_path == "/in/hooks");
  CHECK(*(*settings)->allowed_agent_ids == std::vector<std::string>{"ops", "*"});
  CHECK((*settings)->allowed_session_key_prefixes == std::vector<std::string>{"hook:a:"});
  CHECK(!HookSettingsOf(Config({{"hooks", {{"enabled", true}, {"path", "/"}}}}), std::string("t")));
  CHECK(!HookSettingsOf(Config({{"hooks", {{"enabled", true}, {"path", "hooks"}}}}),
                        std::string("t")));
}

TEST_CASE("Hooks: wake and agent bodies", "[hooks]") {
  CHECK(ParseHookBody("").value() == json::object());
  CHECK(ParseHookBody("nope").error() == "Request body must be valid JSON.");
  CHECK(ParseHookBody("\"x\"").error() == "Request body must be a JSON object.");

  auto wake = ParseWakePayload({{"text", "  hi  "}, {"mode", "next-heartbeat"}, {"agentId", " "}});
  REQUIRE(wake);
  CHECK(wake->text == "hi");
  CHECK(wake->mode == proto::HookWakeMode::kNextHeartbeat);
  CHECK(!wake->agent_id);
  CHECK(ParseWakePayload({{"text", nullptr}}).error() == "text required");
  CHECK(ParseWakePayload({{"text", "x"}, {"sessionKey", 3}}).error() ==
        "sessionKey must be a string");

  auto agent = ParseAgentPayload({{"message", "run"},
                                  {"deliver", true},
                                  {"channel", "telegram"},
                                  {"to", "42"},
                                  {"thinking", "low"},
                                  {"timeoutSeconds", 30},
                                  {"name", "Gmail"},
                                  {"unknownField", {1, 2}}});
  REQUIRE(agent);
  CHECK(agent->message == "run");
  CHECK(agent->deliver);
  CHECK(agent->channel == "telegram");
  CHECK(agent->to == "42");
  CHECK(agent->thinking == providers::ThinkingLevel::kLow);
  CHECK(agent->timeout_seconds == 30);
  CHECK(agent->name == "Gmail");
  CHECK(!agent->wait_for_completion);
  CHECK(ParseAgentPayload({{"message", "x"}, {"timeoutSeconds", 0}}).error() ==
        "timeoutSeconds must be a positive integer");
  CHECK(ParseAgentPayload({{"message", "x"}, {"timeoutSeconds", 18446744073709551615u}}).error() ==
        "timeoutSeconds must be a positive integer");
  CHECK(ParseAgentPayload({{"message", "x"}, {"wakeMode", "soon"}}).error() ==
        "wakeMode must be \"now\" or \"next-heartbeat\"");
}

TEST_CASE("Hooks: which agent and session a request runs in", "[hooks]") {
  const auto config =
      Config({{"agents", {{"entries", {{"main", json::object()}, {"ops", json::object()}}}}},
              {"hooks", {{"enabled", true}}}});
  auto settings = Settings(config);

  auto fresh = AgentHookTarget(config, settings, {}, "abc");
  REQUIRE(fresh);
  CHECK(fresh->agent_id == "main");
  CHECK(fresh->session_key == "agent:main:hook:abc");
  CHECK(AgentHookTarget(config, settings, Query(std::nullopt, "hook:x"), "abc")
            .error()
            .starts_with("sessionKey is disabled"));
  // A configured (mapping) key needs no allowRequestSessionKey.
  auto mapped = AgentHookTarget(config, settings,
                                Query(std::nullopt, "hook:gmail", KeySource::kConfig), "abc");
  REQUIRE(mapped);
  CHECK(mapped->session_key == "agent:main:hook:gmail");

  settings.default_session_key = "hook:ingress";
  CHECK(AgentHookTarget(config, settings, Query("OPS"), "abc")->session_key ==
        "agent:ops:hook:ingress");

  settings.allow_request_session_key = true;
  settings.allowed_session_key_prefixes = {"hook:"};
  CHECK(
      AgentHookTarget(config, settings, Query(std::nullopt, "agent:ops:hook:a"), "abc")->agent_id ==
      "ops");
  CHECK(AgentHookTarget(config, settings, Query(std::nullopt, "other"), "abc").error() ==
        "sessionKey must start with one of: hook:");
  CHECK(AgentHookTarget(config, settings, Query(std::nullopt, "agent:main:subagent:x"), "abc")
            .error() == "sessionKey cannot use reserved internal session namespaces");

  settings.allowed_agent_ids = std::vector<std::string>{"ops"};
  CHECK(AgentHookTarget(config, settings, Query("main"), "abc").error() ==
        "agentId is not allowed by hooks.allowedAgentIds");
  CHECK(AgentHookTarget(config, settings, {}, "abc")->agent_id == "main");
  CHECK(AgentHookTarget(config, settings, Query("nobody"), "abc").error() ==
        "Unknown agent 'nobody'.");

  auto wake = WakeHookTarget(config, settings, Query("ops"));
  REQUIRE(wake);
  CHECK(wake->session_key == "agent:ops:main");
}

TEST_CASE("Hooks: mappings match in order and render templates", "[hooks]") {
  std::vector<proto::HookMappingConfig> mappings(3);
  mappings[0].id = "gmail";
  mappings[0].match.emplace();
  mappings[0].match->source = "gmail";
  mappings[0].action = proto::HookAction::kAgent;
  mappings[0].message_template = "From {{ payload.from.name }}: {{subject}} #{{items.1}} {{nope}}";
  mappings[1].match.emplace();
  mappings[1].match->path = "/gmail/";
  mappings[2].match.emplace();
  mappings[2].match->path = "other";

  const json body = {
      {"source", "gmail"}, {"from", {{"name", "Ada"}}}, {"subject", "Hi"}, {"items", {1, 2}}};
  CHECK(FindMapping(mappings, "gmail", body) == &mappings[0]);
  CHECK(FindMapping(mappings, "gmail", {{"source", "x"}}) == &mappings[1]);
  CHECK(FindMapping(mappings, "nothing", body) == nullptr);
  CHECK(RenderTemplate(*mappings[0].message_template, "gmail", body) == "From Ada: Hi #2 ");
  CHECK(RenderTemplate("{{path}} {{payload}} {{", "p", json{{"a", 1}}) == "p {\"a\":1} {{");

  const json mapped = MappedBody(mappings[0], "gmail", body);
  CHECK(mapped == json{{"message", "From Ada: Hi #2 "}});
  // Rendering stops at the cap, on a code-point boundary.
  const std::string big(kMaxRendered - 1, 'a');
  const std::string rendered = RenderTemplate("{{t}}", "p", json{{"t", big + "\xC3\xA9"}});
  CHECK(rendered == big);
}

TEST_CASE("System events: a session's repeated newest text coalesces", "[hooks]") {
  domain::SystemEventQueue queue;
  using Outcome = domain::SystemEventQueue::Outcome;
  CHECK(queue.Enqueue("agent:main:main", "a") == Outcome::kQueued);
  CHECK(queue.Enqueue("agent:main:main", "a") == Outcome::kCoalesced);
  CHECK(queue.Enqueue("agent:ops:main", "a") == Outcome::kQueued);
  CHECK(queue.Enqueue("agent:main:main", "b") == Outcome::kQueued);
  CHECK(queue.Enqueue("agent:main:main", "a") == Outcome::kQueued);
  queue.Push("a");
  CHECK(queue.List() == std::vector<std::string>{"a", "a", "b", "a", "a"});
  for (int i = 0; i < 30; ++i) queue.Enqueue("k", std::to_string(i));
  CHECK(queue.List().size() == domain::SystemEventQueue::kCapacity);
}
