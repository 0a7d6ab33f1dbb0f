// Exec security: the effective policy (config ∩ approvals document), the document's
// normalisation and resolution, allowlist matching on real executables, and the approvals file
// with its hash guard (a real file in a temporary directory).
#include "server/domain/tools/exec/exec_policy.hpp"

#include <catch2/catch.hpp>

#include "server/domain/tools/exec/approvals_store.hpp"
#include "server/domain/tools/exec/command_analysis.hpp"
#include "tests/support/temp_dir.hpp"

using namespace gateway::domain::tools;
using gateway::testing::TempDir;
using nlohmann::json;

namespace {

gateway::proto::OpenClawConfig ConfigWith(const json& exec, const json& agent_exec = nullptr) {
  gateway::proto::OpenClawConfig config;
  json raw = {{"tools", {{"exec", exec}}}};
  if (!agent_exec.is_null()) {
    raw["agents"] = {{"entries", {{"ops", {{"tools", {{"exec", agent_exec}}}}}}}};
  }
  gateway::proto::Read(raw, config, "");
  return config;
}

bool Satisfied(const std::string& command, const std::vector<json>& allowlist) {
  static const std::vector<std::string> kSafeBins = {"cut", "uniq", "head", "tail", "tr", "wc"};
  const auto analysis = AnalyzeCommand(command, "/", "/usr/bin:/bin");
  return AllowlistSatisfied(analysis, {&allowlist, &kSafeBins, "/root"});
}

}  // namespace

TEST_CASE("Exec policy: config layers, mode and the approvals document", "[tools][exec]") {
  SECTION("defaults: full, off, fallback deny") {
    const auto policy = EffectiveExecPolicy(ResolveExecConfig({}, "main"), {}, std::nullopt);
    CHECK(policy.security == ExecSecurity::kFull);
    CHECK(policy.ask == ExecAsk::kOff);
    CHECK(policy.ask_fallback == ExecSecurity::kDeny);
  }
  SECTION("mode replaces security and ask; the agent layer wins") {
    const auto config = ConfigWith({{"mode", "ask"}}, {{"security", "deny"}});
    CHECK(ResolveExecConfig(config, "main").security == ExecSecurity::kAllowlist);
    CHECK(ResolveExecConfig(config, "main").ask == ExecAsk::kOnMiss);
    CHECK(ResolveExecConfig(config, "ops").security == ExecSecurity::kDeny);
  }
  SECTION("a layer's legacy pair; the other fields field by field") {
    const auto config = ConfigWith({{"security", "allowlist"}, {"timeoutSeconds", 5}},
                                   {{"ask", "always"}, {"backgroundMs", 1}});
    const auto mine = ResolveExecConfig(config, "ops");
    CHECK_FALSE(mine.security);  // the agent's layer sets ask: it decides both fields
    CHECK(mine.ask == ExecAsk::kAlways);
    CHECK(mine.timeout_seconds == 5);
    CHECK(mine.background_ms == 10);  // clamped
  }
  SECTION("security is the stricter, ask the more demanding, fallback no looser than security") {
    ExecConfig config;
    config.security = ExecSecurity::kFull;
    config.ask = ExecAsk::kOnMiss;
    ApprovalsPolicy document{ExecSecurity::kAllowlist, ExecAsk::kOff, ExecSecurity::kFull, false};
    auto policy = EffectiveExecPolicy(config, document, std::nullopt);
    CHECK(policy.security == ExecSecurity::kAllowlist);
    CHECK(policy.ask == ExecAsk::kOnMiss);
    CHECK(policy.ask_fallback == ExecSecurity::kAllowlist);
    CHECK(EffectiveExecPolicy(config, document, ExecAsk::kAlways).ask == ExecAsk::kAlways);
    CHECK(EffectiveExecPolicy(config, document, ExecAsk::kOff).ask == ExecAsk::kOnMiss);
  }
}

TEST_CASE("Approvals document: normalisation and per-agent resolution", "[tools][exec]") {
  const json document = NormalizeApprovalsDocument(
      {{"version", 1},
       {"defaults", {{"security", "allowlist"}, {"ask", "bogus"}}},
       {"agents",
        {{"default", {{"ask", "always"}, {"allowlist", {"ls"}}}},
         {"*",
          {{"askFallback", "full"},
           {"allowlist", {{{"pattern", "echo"}, {"commandText", "x"}}}}}}}}});
  CHECK_FALSE(document["defaults"].contains("ask"));
  REQUIRE(document["agents"].contains("main"));
  CHECK_FALSE(document["agents"].contains("default"));
  CHECK(document["agents"]["main"]["allowlist"][0]["pattern"] == "ls");
  CHECK(document["agents"]["main"]["allowlist"][0].contains("id"));
  CHECK_FALSE(document["agents"]["*"]["allowlist"][0].contains("commandText"));

  const auto main = ResolveApprovalsPolicy(document, "main");
  CHECK(main.security == ExecSecurity::kAllowlist);  // defaults
  CHECK(main.ask == ExecAsk::kAlways);               // agents.main
  CHECK(main.ask_fallback == ExecSecurity::kFull);   // agents["*"]
  const auto other = ResolveApprovalsPolicy(document, "other");
  CHECK(other.ask == ExecAsk::kOff);  // built-in
  const auto list = AllowlistOf(document, "main");
  REQUIRE(list.size() == 2);
  CHECK(list[0]["pattern"] == "echo");  // "*" first
  CHECK(list[1]["pattern"] == "ls");
}

TEST_CASE("Allowlist matching on resolved executables", "[tools][exec]") {
  const std::vector<json> by_name = {{{"pattern", "echo"}}, {{"pattern", "ls"}}};
  CHECK(Satisfied("echo hi", by_name));
  CHECK(Satisfied("FOO=1 echo hi && ls -la", by_name));
  CHECK_FALSE(Satisfied("echo hi; rm -rf x", by_name));
  CHECK_FALSE(Satisfied("/bin/echo hi", by_name));  // typed with a path: names do not match
  CHECK(Satisfied("echo hi | tr a-z A-Z | wc -c", by_name));  // safe bins reading stdin
  CHECK_FALSE(Satisfied("echo hi > out.txt", by_name));       // redirection: not bindable
  CHECK_FALSE(Satisfied("echo $(id)", by_name));
  CHECK_FALSE(Satisfied("no-such-command-xyz", {{{"pattern", "*"}}}));
  CHECK(Satisfied("printf x", {{{"pattern", "*"}}}));

  const std::string printf_path =
      AnalyzeCommand("printf x", "/", "/usr/bin:/bin").segments[0].resolved;
  REQUIRE_FALSE(printf_path.empty());
  const std::vector<json> exact = {{{"pattern", printf_path}, {"argPattern", EscapeGlob("a*b")}}};
  CHECK(Satisfied("printf 'a*b'", exact));
  CHECK_FALSE(Satisfied("printf axb", exact));
  CHECK(Satisfied("/usr/bin/printf x", {{{"pattern", "/usr/*/printf"}}}));

  CHECK_FALSE(AnalyzeCommand("sh -c 'echo hi'", "/", "/usr/bin:/bin").bindable);
  CHECK(AnalyzeCommand("printf x | tee -a file", "/", "/usr/bin:/bin").bindable);
  CHECK_FALSE(AnalyzeCommand("echo 'unterminated", "/", "/usr/bin:/bin").bindable);
}

TEST_CASE("Approvals store: a real file, the hash guard and allow-always", "[tools][exec]") {
  TempDir dir;
  const auto path = ApprovalsStore::DefaultPath(dir.path());
  {
    ApprovalsStore store(path);
    auto first = store.Get();
    CHECK(first.exists);
    CHECK(first.file["socket"].contains("path"));
    CHECK_FALSE(first.file["socket"].contains("token"));
    auto missing = store.Set({{"version", 1}}, std::nullopt);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().error == ApprovalsStore::SetError::kBaseHashRequired);
    auto stale = store.Set({{"version", 1}}, "0000");
    REQUIRE_FALSE(stale);
    CHECK(stale.error().error == ApprovalsStore::SetError::kStale);
    auto set = store.Set({{"version", 1}, {"defaults", {{"security", "allowlist"}}}}, first.hash);
    REQUIRE(set);
    CHECK(set->hash != first.hash);
    CHECK(store.PolicyFor("main").security == ExecSecurity::kAllowlist);
    store.AddAllowAlways("main", "/usr/bin/printf", "x", "printf x");
    store.AddAllowAlways("main", "/usr/bin/printf", "x", "printf x");  // no duplicate
    CHECK(store.AllowlistFor("main").size() == 1);
  }
  ApprovalsStore reopened(path);  // what a restarted gateway sees
  CHECK(reopened.PolicyFor("main").security == ExecSecurity::kAllowlist);
  REQUIRE(reopened.AllowlistFor("main").size() == 1);
  CHECK(reopened.AllowlistFor("main")[0]["source"] == "allow-always");
  const auto text = gateway::testing::ReadFile(path);
  CHECK(json::parse(text)["socket"].contains("token"));  // kept in the file, never sent

  gateway::testing::WriteFile(path, "{not json");
  ApprovalsStore malformed(path);
  CHECK(malformed.PolicyFor("main").security == ExecSecurity::kDeny);  // fails closed
}
