// Reload planning (spec/config.md §7): which changed paths apply live, which need the in-process
// restart, which are ignored.
#include "server/config/reload_plan.hpp"

#include <catch2/catch.hpp>

using namespace gateway::config;
using nlohmann::json;

TEST_CASE("Reload plan: hot paths this gateway applies live", "[config][reload]") {
  for (const char* path :
       {"gateway.auth.token", "gateway.auth.rateLimit.maxAttempts", "gateway.trustedProxies",
        "gateway.http.endpoints.chatCompletions.enabled", "logging.level", "models.providers.x",
        "agents.defaults.model", "agents.entries.ops.name", "session.dmScope", "bindings",
        "tools.exec.security", "hooks.enabled", "hooks.token", "hooks.mappings",
        "channels.telegram.botToken"}) {
    INFO(path);
    CHECK(AppliesLive(path));
  }
  for (const char* path :
       {"gateway.port", "gateway.auth.mode", "agents.defaults.workspace", "session.store",
        "tools.web.fetch.maxChars", "hooks.path", "gateway.controlUi.enabled", "plugins.entries"}) {
    INFO(path);
    CHECK_FALSE(AppliesLive(path));
  }
}

TEST_CASE("Reload plan: changes classified leaf by leaf", "[config][reload]") {
  const json before = {{"gateway", {{"port", 18789}, {"auth", {{"token", "a"}}}}},
                       {"agents", {{"defaults", {{"model", "x/y"}}}}},
                       {"meta", {{"lastTouchedAt", "then"}}}};
  SECTION("live only") {
    json after = before;
    after["gateway"]["auth"]["token"] = "b";
    after["agents"]["defaults"]["model"] = "x/z";
    after["meta"]["lastTouchedAt"] = "now";  // bookkeeping: never a reason to act
    const auto plan = PlanReload(before, after);
    CHECK(plan.live == std::vector<std::string>{"agents.defaults.model", "gateway.auth.token"});
    CHECK(plan.restart.empty());
  }
  SECTION("an object added whole counts by its leaves") {
    json after = before;
    after["hooks"] = {{"enabled", true}, {"path", "/in"}, {"token", "t"}};
    const auto plan = PlanReload(before, after);
    CHECK(plan.restart == std::vector<std::string>{"hooks.path"});
    CHECK(plan.live == std::vector<std::string>{"hooks.enabled", "hooks.token"});
  }
  SECTION("a restart-class change") {
    json after = before;
    after["gateway"]["port"] = 18790;
    CHECK(PlanReload(before, after).restart == std::vector<std::string>{"gateway.port"});
  }
  SECTION("gateway.reload is none") {
    json after = before;
    after["gateway"]["reload"] = {{"mode", "off"}};
    const auto plan = PlanReload(before, after);
    CHECK(plan.changed == std::vector<std::string>{"gateway.reload.mode"});
    CHECK(plan.empty());
  }
}
