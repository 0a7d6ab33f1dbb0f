// The tool policy (config.md §6 `tools`): profiles, groups, aliases, deny over allow, the
// per-provider and per-agent layers, apply_patch's own switches and the confinement settings.
#include "server/domain/tools/tool_policy.hpp"

#include <catch2/catch.hpp>

#include "gateway/wire/json_io.hpp"

using namespace gateway;
using namespace gateway::domain::tools;
using nlohmann::json;

namespace {

const std::vector<std::string> kCore = {"read", "write", "edit", "ls", "apply_patch"};

proto::OpenClawConfig Config(const json& j) {
  proto::OpenClawConfig config;
  proto::Read(j, config, "");
  return config;
}

std::vector<std::string> Offered(const json& config, const std::string& agent = "main",
                                 const std::string& provider = "standin",
                                 const std::string& model = "m1") {
  return ResolveToolSettings(Config(config), agent, provider, model, kCore).offered;
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("Tool policy: no tools config offers every core tool, unconfined", "[tools][policy]") {
  const auto settings = ResolveToolSettings(Config(json::object()), "main", "p", "m", kCore);
  CHECK(settings.offered == kCore);
  CHECK_FALSE(settings.fs_workspace_only);
  CHECK(settings.patch_workspace_only);
  CHECK(settings.max_steps == kDefaultMaxSteps);
}

TEST_CASE("Tool policy: profiles", "[tools][policy]") {
  CHECK(Offered({{"tools", {{"profile", "minimal"}}}}).empty());
  CHECK(Offered({{"tools", {{"profile", "messaging"}}}}).empty());
  CHECK(Offered({{"tools", {{"profile", "coding"}}}}) == kCore);
  CHECK(Offered({{"tools", {{"profile", "full"}}}}) == kCore);
  // alsoAllow widens a profile.
  CHECK(Offered({{"tools", {{"profile", "minimal"}, {"alsoAllow", {"read"}}}}}) == Names{"read"});
}

TEST_CASE("Tool policy: allow, deny, groups, globs and aliases", "[tools][policy]") {
  CHECK(Offered({{"tools", {{"allow", {"read", "ls"}}}}}) == Names{"read", "ls"});
  CHECK(Offered({{"tools", {{"deny", {"group:fs"}}}}}).empty());
  CHECK(Offered({{"tools", {{"allow", {"group:fs"}}, {"deny", {"write"}}}}}) ==
        Names{"read", "edit", "ls", "apply_patch"});  // deny write does not deny apply_patch
  CHECK(Offered({{"tools", {{"allow", {"write"}}}}}) == Names{"write", "apply_patch"});
  CHECK(Offered({{"tools", {{"deny", {"e*"}}}}}) == Names{"read", "write", "ls", "apply_patch"});
  CHECK(Offered({{"tools", {{"deny", {" Apply-Patch "}}}}}) ==
        Names{"read", "write", "edit", "ls"});
  CHECK(Offered({{"tools", {{"allow", json::array()}}}}) == kCore);  // empty allow: all
  CHECK(Offered({{"tools", {{"alsoAllow", {"read"}}}}}) == kCore);   // alsoAllow alone: no limit
  CHECK(Offered({{"tools", {{"allow", {"group:runtime"}}}}}).empty());
}

TEST_CASE("Tool policy: provider and agent layers all apply", "[tools][policy]") {
  const json by_provider = {
      {"tools",
       {{"byProvider", {{"standin", {{"deny", {"write"}}}}, {"standin/m2", {{"deny", {"ls"}}}}}}}}};
  CHECK(Offered(by_provider, "main", "standin", "m1") ==
        Names{"read", "edit", "ls", "apply_patch"});
  // "p/m" wins over "p".
  CHECK(Offered(by_provider, "main", "Standin", "m2") ==
        Names{"read", "write", "edit", "apply_patch"});
  CHECK(Offered(by_provider, "main", "other", "m1") == kCore);

  const json agents = {{"tools", {{"deny", {"edit"}}}},
                       {"agents",
                        {{"entries",
                          {{"ops", {{"tools", {{"profile", "minimal"}, {"alsoAllow", {"ls"}}}}}},
                           {"dev", {{"tools", {{"deny", {"read"}}}}}}}}}}};
  CHECK(Offered(agents, "ops") == Names{"ls"});
  CHECK(Offered(agents, "dev") == Names{"write", "ls", "apply_patch"});  // global deny applies too
  CHECK(Offered(agents, "main") == Names{"read", "write", "ls", "apply_patch"});

  const json agent_provider = json::parse(
      R"({"agents": {"entries": {"dev": {"tools": {"byProvider": {"standin": {"profile": "minimal"}}}}}}})");
  CHECK(Offered(agent_provider, "dev").empty());
  CHECK(Offered(agent_provider, "dev", "other") == kCore);
}

TEST_CASE("Tool policy: apply_patch switches and confinement settings", "[tools][policy]") {
  CHECK(Offered({{"tools", {{"exec", {{"applyPatch", {{"enabled", false}}}}}}}}) ==
        Names{"read", "write", "edit", "ls"});
  CHECK(Offered({{"tools", {{"exec", {{"applyPatch", {{"allowModels", {"standin/m2"}}}}}}}}}) ==
        Names{"read", "write", "edit", "ls"});
  CHECK(Offered({{"tools", {{"exec", {{"applyPatch", {{"allowModels", {"standin/m1"}}}}}}}}}) ==
        kCore);

  auto settings =
      ResolveToolSettings(Config({{"tools",
                                   {{"fs", {{"workspaceOnly", true}}},
                                    {"exec", {{"applyPatch", {{"workspaceOnly", false}}}}},
                                    {"maxSteps", 3}}}}),
                          "main", "p", "m", kCore);
  CHECK(settings.fs_workspace_only);
  CHECK(settings.patch_workspace_only);  // fs.workspaceOnly confines apply_patch too
  CHECK(settings.max_steps == 3);

  // The agent's fs/exec fields override the global ones field by field.
  settings = ResolveToolSettings(
      Config({{"tools", {{"fs", {{"workspaceOnly", true}}}}},
              {"agents",
               {{"entries",
                 {{"dev",
                   {{"tools",
                     {{"fs", {{"workspaceOnly", false}}},
                      {"exec", {{"applyPatch", {{"workspaceOnly", false}}}}}}}}}}}}}}),
      "dev", "p", "m", kCore);
  CHECK_FALSE(settings.fs_workspace_only);
  CHECK_FALSE(settings.patch_workspace_only);
}
