// Gateway-invoked tools (methods.md §12, http.md §6): run-only tools are never invocable, the
// default deny list and its gateway.tools edits, owner-only tools, and session/agent mismatch.
#include "server/domain/tools/gateway_invoke.hpp"

#include <catch2/catch.hpp>

using namespace gateway;
using namespace gateway::domain::tools;
using nlohmann::json;

namespace {

proto::OpenClawConfig Config(const json& j) {
  proto::OpenClawConfig config;
  proto::Read(j, config, "");
  return config;
}

InvokeDecision::Kind Decide(const json& config, const std::string& name, bool owner,
                            const std::vector<std::string>& invocable) {
  InvokeRequest request;
  request.name = name;
  request.owner = owner;
  return DecideInvoke(Config(config), request, invocable).kind;
}

}  // namespace

TEST_CASE("Gateway invoke: the default deny list and its edits", "[tools][invoke]") {
  const auto none = Config(json::object());
  CHECK(DeniedForGatewayInvoke(none, "exec", true));
  CHECK(DeniedForGatewayInvoke(none, "apply_patch", true));
  CHECK_FALSE(DeniedForGatewayInvoke(none, "web_fetch", true));
  CHECK_FALSE(DeniedForGatewayInvoke(none, "sessions", true));
  CHECK(DeniedForGatewayInvoke(none, "sessions", false));  // owner-only
  CHECK(DeniedForGatewayInvoke(none, "conversations_list", false));
  const auto edited =
      Config({{"gateway", {{"tools", {{"allow", {"exec"}}, {"deny", {"web_fetch"}}}}}}});
  CHECK_FALSE(DeniedForGatewayInvoke(edited, "exec", true));
  CHECK(DeniedForGatewayInvoke(edited, "web_fetch", true));
}

TEST_CASE("Gateway invoke: decisions", "[tools][invoke]") {
  const std::vector<std::string> invocable = {"web_fetch", "read", "exec", "gateway"};
  CHECK(Decide(json::object(), "web_fetch", true, invocable) == InvokeDecision::Kind::kAllowed);
  CHECK(Decide(json::object(), "web_fetch", true, {}) == InvokeDecision::Kind::kNotFound);
  // Run-only tools are never invocable, whatever the lists say.
  CHECK(Decide(json::object(), "read", true, invocable) == InvokeDecision::Kind::kNotFound);
  CHECK(Decide({{"gateway", {{"tools", {{"allow", {"exec"}}}}}}}, "bash", true, invocable) ==
        InvokeDecision::Kind::kNotFound);
  CHECK(Decide(json::object(), "gateway", true, invocable) == InvokeDecision::Kind::kNotFound);
  CHECK(Decide({{"gateway", {{"tools", {{"allow", {"gateway"}}}}}}}, "gateway", true, invocable) ==
        InvokeDecision::Kind::kAllowed);
  CHECK(Decide({{"gateway", {{"tools", {{"allow", {"gateway"}}}}}}}, "gateway", false, invocable) ==
        InvokeDecision::Kind::kNotFound);

  InvokeRequest request;
  request.name = " Web_Fetch ";
  request.session_key = "agent:ops:main";
  request.agent_id = "main";
  auto decision = DecideInvoke(Config(json::object()), request, invocable);
  CHECK(decision.kind == InvokeDecision::Kind::kInvalid);
  CHECK(decision.message == "agent id \"main\" does not match session agent \"ops\"");
  request.agent_id = "ops";
  decision = DecideInvoke(Config(json::object()), request, invocable);
  CHECK(decision.kind == InvokeDecision::Kind::kAllowed);
  CHECK(decision.tool_name == "web_fetch");
}
