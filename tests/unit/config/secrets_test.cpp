// .env files, ${VAR} substitution and SecretRef resolution (spec/config.md §1, §3; auth.md §1).
#include "server/config/secrets.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>

#include "tests/support/temp_dir.hpp"

using namespace gateway::config;
using gateway::testing::TempDir;
using gateway::testing::WriteFile;

TEST_CASE("Env: .env lines, quotes, comments and export", "[config][env]") {
  TempDir dir;
  WriteFile(dir / ".env",
            "# comment\n"
            "PLAIN=value # trailing comment\n"
            "export EXPORTED=yes\n"
            "DOUBLE=\"a b\\nc\"\n"
            "SINGLE='raw \\n'\n"
            "EMPTY=\n"
            "not a line\n");
  Environment env;
  auto loaded = LoadDotEnv(dir / ".env", env);
  CHECK(loaded.size() == 5);
  CHECK(env.Get("PLAIN") == "value");
  CHECK(env.Get("EXPORTED") == "yes");
  CHECK(env.Get("DOUBLE") == "a b\nc");
  CHECK(env.Get("SINGLE") == "raw \\n");
  CHECK(env.Get("EMPTY") == "");
}

TEST_CASE("Env: .env never overrides and the working directory comes first", "[config][env]") {
  TempDir dir;
  WriteFile(dir / "cwd" / ".env", "A=from-cwd\nB=from-cwd\n");
  WriteFile(dir / "state" / ".env", "B=from-state\nC=from-state\nSET=from-state\n");
  Environment env({{"SET", "from-process"}});
  Paths paths;
  paths.state_dir = dir / "state";
  auto previous = std::filesystem::current_path();
  std::filesystem::current_path(dir / "cwd");
  LoadDotEnvFiles(paths, env);
  std::filesystem::current_path(previous);
  CHECK(env.Get("A") == "from-cwd");
  CHECK(env.Get("B") == "from-cwd");
  CHECK(env.Get("C") == "from-state");
  CHECK(env.Get("SET") == "from-process");
}

TEST_CASE("Env: ${VAR} substitution", "[config][env]") {
  Environment env({{"BASE", "https://api.example"}, {"TOKEN", "t0k"}, {"EMPTY", ""}});
  std::vector<std::string> missing;
  CHECK(SubstituteVariables("${BASE}/v1", env, &missing) == "https://api.example/v1");
  CHECK(SubstituteVariables("${TOKEN}", env, &missing) == "t0k");
  CHECK(missing.empty());
  CHECK(SubstituteVariables("$${TOKEN} stays", env, &missing) == "${TOKEN} stays");
  CHECK(SubstituteVariables("${lower} ${1X} ${ open", env, &missing) == "${lower} ${1X} ${ open");
  CHECK(missing.empty());
  CHECK(SubstituteVariables("a ${NOPE} b ${EMPTY}", env, &missing) == "a ${NOPE} b ${EMPTY}");
  CHECK(missing == std::vector<std::string>{"NOPE", "EMPTY"});
}

TEST_CASE("Env: documents substitute string values and report where", "[config][env]") {
  nlohmann::ordered_json doc = {{"gateway", {{"auth", {{"token", "${TOKEN}"}}}}},
                                {"list", {"${NOPE}", 3}},
                                {"${TOKEN}", "keys are not substituted"}};
  Environment env({{"TOKEN", "abc"}});
  UnresolvedReferences by_path;
  auto unresolved = SubstituteDocument(doc, env, &by_path);
  CHECK(doc["gateway"]["auth"]["token"] == "abc");
  CHECK(doc.contains("${TOKEN}"));
  CHECK(unresolved == std::vector<std::string>{"list[0]: ${NOPE} is not set"});
  CHECK(by_path == UnresolvedReferences{{"list[0]", {"NOPE"}}});
}

TEST_CASE("Secrets: an escaped $${VAR} is a literal secret, an unset ${VAR} fails closed",
          "[config][secrets]") {
  nlohmann::ordered_json doc = {
      {"gateway",
       {{"auth", {{"token", "$${NOT_SET}"}, {"password", "${NOT_SET} and $${NOT_SET}"}}}}}};
  Environment env;
  Paths paths;
  UnresolvedReferences unresolved;
  SubstituteDocument(doc, env, &unresolved);
  CHECK(unresolved == UnresolvedReferences{{"gateway.auth.password", {"NOT_SET"}}});
  nlohmann::json effective = nlohmann::json::parse(doc.dump());
  CHECK(ResolveSecret(effective["gateway"]["auth"]["token"], env, paths, "gateway.auth.token",
                      unresolved) == "${NOT_SET}");
  CHECK_THROWS_WITH(ResolveSecret(effective["gateway"]["auth"]["password"], env, paths,
                                  "gateway.auth.password", unresolved),
                    "gateway.auth.password refers to ${NOT_SET}, which is not set");
}

TEST_CASE("Secrets: strings and SecretRefs resolve or fail closed", "[config][secrets]") {
  TempDir dir;
  Paths paths;
  paths.home = dir.path();
  paths.state_dir = dir / "state";
  WriteFile(dir / "state" / "gw.token", "from-file\n");
  Environment env({{"GW_TOKEN", "from-env"}});
  const std::string key = "gateway.auth.token";
  const UnresolvedReferences none;

  CHECK(ResolveSecret("plain", env, paths, key, none) == "plain");
  CHECK(ResolveSecret(nullptr, env, paths, key, none) == std::nullopt);
  CHECK(ResolveSecret({{"source", "env"}, {"provider", "default"}, {"id", "GW_TOKEN"}}, env, paths,
                      key, none) == "from-env");
  CHECK(ResolveSecret({{"source", "file"}, {"id", "gw.token"}}, env, paths, key, none) ==
        "from-file");
  CHECK(ResolveSecret({{"source", "file"}, {"id", (dir / "state" / "gw.token").string()}}, env,
                      paths, key, none) == "from-file");

  auto message = [&](const nlohmann::json& v) {
    try {
      ResolveSecret(v, env, paths, key, {{key, {"MISSING_TOKEN"}}});
    } catch (const SecretError& e) {
      return std::string(e.what());
    }
    return std::string("resolved");
  };
  CHECK(message("${MISSING_TOKEN}") ==
        "gateway.auth.token refers to ${MISSING_TOKEN}, which is not set");
  CHECK(message({{"source", "env"}, {"id", "NOPE"}}) ==
        "gateway.auth.token: environment variable NOPE (SecretRef source env) is not set");
  CHECK(message({{"source", "exec"}, {"provider", "vault"}, {"id", "x"}}) ==
        "gateway.auth.token: SecretRef source 'exec' is not supported by this gateway (use source "
        "env or file)");
  CHECK(message({{"source", "store"}, {"id", "x"}}).find("'store' is not supported") !=
        std::string::npos);
  CHECK(message({{"source", "file"}, {"id", "absent"}}).find("cannot read secret file") !=
        std::string::npos);
}
