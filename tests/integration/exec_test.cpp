// The exec and process tools and exec approvals end to end (issue 17): a real gateway, real
// WebSocket clients (an operator with operator.approvals and cap exec-approvals plays the
// approver), real commands in a temporary workspace, and the stand-in OpenAI server scripted to
// call them.
#include <signal.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <thread>

#include "gateway/proto/registry.hpp"
#include "gateway/proto/validators.hpp"
#include "tests/integration/gateway_fixture.hpp"
#include "tests/integration/rpc_expect.hpp"
#include "tests/support/openai_standin.hpp"
#include "tests/support/process.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;
using Behaviour = OpenAiStandin::Behaviour;
namespace fs = std::filesystem;

namespace {

json ExecConfig(const std::string& security, const std::string& ask) {
  return {{"tools", {{"exec", {{"security", security}, {"ask", ask}}}}}};
}

struct ExecGateway {
  OpenAiStandin standin;
  TempDir dir;
  fs::path workspace = dir / "ws";
  std::unique_ptr<GatewayFixture> gw;

  explicit ExecGateway(json extra = json::object(), std::optional<fs::path> home = std::nullopt,
                       std::int64_t approval_timeout_ms = 1800000) {
    fs::create_directories(workspace);
    FixtureOptions options;
    options.config = {
        {"models",
         {{"providers",
           {{"standin",
             {{"baseUrl", standin.base_url()},
              {"apiKey", kStandinApiKey},
              {"api", "openai-completions"},
              {"models", json::array({{{"id", "m1"}, {"name", "Stand-in One"}}})}}}}}}},
        {"agents", {{"defaults", {{"model", "standin/m1"}, {"workspace", workspace.string()}}}}}};
    options.config.merge_patch(extra);
    options.home = std::move(home);
    options.timings.exec_approval_timeout_ms = approval_timeout_ms;
    gw = std::make_unique<GatewayFixture>(options);
  }

  std::unique_ptr<client::GatewayClient> Client(std::vector<std::string> caps = {}) {
    auto options = gw->Cli({"operator.admin"});
    options.caps = std::move(caps);
    return gw->Connect(options);
  }
  // An approval client: operator.approvals only, with cap exec-approvals.
  std::unique_ptr<client::GatewayClient> Approver() {
    auto options = gw->Cli({"operator.approvals"});
    options.caps = {"exec-approvals"};
    return gw->Connect(options);
  }
};

std::string Send(client::GatewayClient& client, const std::string& message,
                 const std::string& key) {
  OkResult(client, "chat.send",
           {{"sessionKey", "main"}, {"message", message}, {"idempotencyKey", key}});
  return key;
}

// The content of the first `tool` message of the model's second request.
std::string ToolResultSeen(OpenAiStandin& standin) {
  const auto requests = standin.requests();
  REQUIRE(requests.size() >= 2);
  for (const auto& message : requests[1]["messages"]) {
    if (message["role"] == "tool") return message["content"].get<std::string>();
  }
  FAIL("no tool message in the second request");
  return "";
}

std::string Args(const json& args) { return args.dump(); }

json WaitRequested(client::GatewayClient& approver) {
  auto event = approver.WaitEvent("exec.approval.requested", 10s);
  REQUIRE(event);
  return (*event)["payload"];
}

bool ProcessGone(pid_t pid) {
  if (::kill(pid, 0) != 0) return true;
  // A killed orphan may linger as a zombie where PID 1 does not reap: that is gone too.
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  const auto close = text.rfind(')');
  return close != std::string::npos && close + 2 < text.size() && text[close + 2] == 'Z';
}

}  // namespace

TEST_CASE("Exec: a command runs in the workspace and its output reaches the model",
          "[integration][tools][exec]") {
  ExecGateway t;
  t.standin.Queue("m1", Behaviour::kToolCalls,
                  {"exec", Args({{"command", "pwd; echo out; echo err 1>&2"}})});
  t.standin.Queue("m1", Behaviour::kReply, {"done"});
  auto client = t.Client();
  CHECK(FinalOf(*client, Send(*client, "run", "e-1"))["state"] == "final");
  const auto requests = t.standin.requests();
  std::vector<std::string> offered;
  for (const auto& tool : requests[0]["tools"]) offered.push_back(tool["function"]["name"]);
  CHECK(std::count(offered.begin(), offered.end(), "exec") == 1);
  CHECK(std::count(offered.begin(), offered.end(), "process") == 1);
  CHECK(ToolResultSeen(t.standin) == fs::canonical(t.workspace).string() + "\nout\nerr\n");
}

TEST_CASE("Exec: a failing command reports its exit code", "[integration][tools][exec]") {
  ExecGateway t;
  t.standin.Queue("m1", Behaviour::kToolCalls, {"exec", Args({{"command", "echo no; exit 3"}})});
  t.standin.Queue("m1", Behaviour::kReply, {"done"});
  auto client = t.Client();
  FinalOf(*client, Send(*client, "run", "e-2"));
  const auto error = json::parse(ToolResultSeen(t.standin));
  CHECK(error["status"] == "error");
  CHECK(error["tool"] == "exec");
  CHECK(error["error"] == "no\n\n\n(Command exited with code 3)");
}

TEST_CASE("Exec: output beyond the retention cap is dropped from the front",
          "[integration][tools][exec]") {
  ExecGateway t;
  t.standin.Queue("m1", Behaviour::kToolCalls,
                  {"exec", Args({{"command",
                                  "head -c 150000 /dev/zero | tr '\\0' a; "
                                  "head -c 100000 /dev/zero | tr '\\0' b"}})});
  t.standin.Queue("m1", Behaviour::kReply, {"done"});
  auto client = t.Client();
  FinalOf(*client, Send(*client, "run", "e-cap"));
  const auto text = ToolResultSeen(t.standin);
  const std::string notice =
      "[earlier output was discarded at the retention cap and cannot be recovered]\n\n";
  REQUIRE(text.rfind(notice, 0) == 0);
  CHECK(text.size() == notice.size() + 200000);
  CHECK(text.substr(notice.size(), 100000) == std::string(100000, 'a'));
  CHECK(text.substr(notice.size() + 100000) == std::string(100000, 'b'));
}

TEST_CASE("Exec: a command past its timeout is killed", "[integration][tools][exec]") {
  ExecGateway t;
  t.standin.Queue("m1", Behaviour::kToolCalls,
                  {"exec", Args({{"command", "echo started; sleep 30"}, {"timeoutSeconds", 1}})});
  t.standin.Queue("m1", Behaviour::kReply, {"done"});
  auto client = t.Client();
  const auto started = std::chrono::steady_clock::now();
  FinalOf(*client, Send(*client, "run", "e-timeout"));
  CHECK(std::chrono::steady_clock::now() - started < 20s);
  const std::string error = json::parse(ToolResultSeen(t.standin))["error"];
  CHECK(error.rfind("started\n\n\nCommand timed out after 1 seconds.\n\nThe command was terminated",
                    0) == 0);
}

TEST_CASE("Exec: a backgrounded command is followed up with process",
          "[integration][tools][exec]") {
  ExecGateway t;
  t.standin.Queue(
      "m1", Behaviour::kToolCalls,
      {"exec", Args({{"command", "echo first; read line; echo got $line"}, {"background", true}})});
  t.standin.Queue("m1", Behaviour::kReply, {"started"});
  auto client = t.Client();
  FinalOf(*client, Send(*client, "run", "e-bg"));
  const auto text = ToolResultSeen(t.standin);
  REQUIRE(text.rfind("Command still running (session ", 0) == 0);
  const auto id_start = std::string("Command still running (session ").size();
  const std::string id = text.substr(id_start, text.find(',', id_start) - id_start);

  t.standin.Queue("m1", Behaviour::kToolCalls,
                  {"process", Args({{"action", "write"}, {"sessionId", id}, {"data", "hello\n"}}),
                   "process", Args({{"action", "poll"}, {"sessionId", id}, {"timeout", 5000}}),
                   "process", Args({{"action", "list"}})});
  t.standin.Queue("m1", Behaviour::kReply, {"done"});
  FinalOf(*client, Send(*client, "follow up", "e-bg-2"));
  const auto requests = t.standin.requests();
  REQUIRE(requests.size() == 4);
  std::vector<std::string> results;
  for (const auto& message : requests[3]["messages"]) {
    if (message["role"] == "tool") results.push_back(message["content"]);
  }
  REQUIRE(results.size() == 4);  // the exec of the first turn, then the three process calls
  CHECK(results[1] == "Wrote 6 bytes to session " + id + ".");
  CHECK(results[2] == "first\ngot hello\n\n\nProcess exited with code 0.");
  CHECK(results[3].rfind(id + " completed ", 0) == 0);
}

TEST_CASE("Exec approvals: allow-once runs the command exactly once",
          "[integration][tools][exec][approvals]") {
  ExecGateway t(ExecConfig("allowlist", "on-miss"));
  const auto marker = t.workspace / "marker.txt";
  const std::string command = "printf x | tee -a " + marker.string();
  t.standin.Queue("m1", Behaviour::kToolCalls, {"exec", Args({{"command", command}})});
  t.standin.Queue("m1", Behaviour::kReply, {"done"});
  auto approver = t.Approver();
  auto client = t.Client();
  Send(*client, "run", "a-1");

  const auto requested = WaitRequested(*approver);
  CHECK(requested["approvalKind"] == "exec");
  CHECK(requested["request"]["command"] == command);
  CHECK(requested["request"]["allowedDecisions"] ==
        json::array({"allow-once", "allow-always", "deny"}));
  const std::string id = requested["id"];
  CHECK_FALSE(fs::exists(marker));  // waits for the decision

  auto pending = OkResult(*approver, "exec.approval.list", json::object());
  REQUIRE(pending.size() == 1);
  CHECK(pending[0]["id"] == id);
  auto got = OkResult(*approver, "exec.approval.get", {{"id", id.substr(0, 8)}});
  CHECK(got["commandText"] == command);
  CHECK(got["host"] == "gateway");

  OkResult(*approver, "exec.approval.resolve",
           {{"id", id.substr(0, 8)}, {"decision", "allow-once"}});
  auto resolved = approver->WaitEvent("exec.approval.resolved", 5s);
  REQUIRE(resolved);
  CHECK((*resolved)["payload"]["decision"] == "allow-once");
  CHECK(FinalOf(*client, "a-1")["state"] == "final");
  CHECK(ReadFile(marker) == "x");
  // The wait is bracketed by lifecycle events of the run.
  std::vector<json> phases;
  while (auto event = client->WaitEvent("agent", 100ms)) {
    const json& payload = (*event)["payload"];
    if (payload["stream"] == "lifecycle" && payload["data"].contains("approvalId")) {
      phases.push_back(payload["data"]);
    }
  }
  REQUIRE(phases.size() == 2);
  CHECK(phases[0] ==
        json({{"phase", "waiting-approval"}, {"approvalId", id}, {"toolCallId", "call_1_0"}}));
  CHECK(phases[1]["phase"] == "approval-resolved");
  CHECK(ToolResultSeen(t.standin) == "x");
  // Same decision again: idempotent; another decision: refused.
  OkResult(*approver, "exec.approval.resolve", {{"id", id}, {"decision", "allow-once"}});
  auto again = approver->Call("exec.approval.resolve", {{"id", id}, {"decision", "deny"}});
  REQUIRE_FALSE(again.ok);
  CHECK(again.error->message == "approval already resolved");
  CHECK(OkResult(*approver, "exec.approval.list", json::object()).empty());
  // A plain CLI socket (no approvals cap) was never told.
  CHECK_FALSE(client->WaitEvent("exec.approval.requested", 50ms));
}

TEST_CASE("Exec approvals: deny reaches the model as the tool result",
          "[integration][tools][exec][approvals]") {
  ExecGateway t(ExecConfig("allowlist", "on-miss"));
  const auto marker = t.workspace / "denied.txt";
  const std::string command = "touch " + marker.string();
  t.standin.Queue("m1", Behaviour::kToolCalls, {"exec", Args({{"command", command}})});
  t.standin.Queue("m1", Behaviour::kReply, {"ok"});
  auto approver = t.Approver();
  auto client = t.Client();
  Send(*client, "run", "a-deny");
  const std::string id = WaitRequested(*approver)["id"];
  auto bad = approver->Call("exec.approval.resolve", {{"id", id}, {"decision", "maybe"}});
  REQUIRE_FALSE(bad.ok);
  CHECK(bad.error->message == "invalid decision");
  OkResult(*approver, "exec.approval.resolve", {{"id", id}, {"decision", "deny"}});
  FinalOf(*client, "a-deny");
  CHECK_FALSE(fs::exists(marker));
  CHECK(ToolResultSeen(t.standin).find("Exec denied (gateway id=" + id +
                                       ", user-denied): " + command) != std::string::npos);
  auto unknown = approver->Call("exec.approval.resolve", {{"id", "nope"}, {"decision", "deny"}});
  REQUIRE_FALSE(unknown.ok);
  CHECK(unknown.error->message == "unknown or expired approval id");
  CHECK(Write(*unknown.error)["details"]["reason"] == "APPROVAL_NOT_FOUND");
}

TEST_CASE("Exec approvals: an unanswered approval expires into askFallback",
          "[integration][tools][exec][approvals]") {
  ExecGateway t(ExecConfig("allowlist", "on-miss"), std::nullopt, 300);
  const std::string command = "touch expired.txt";
  t.standin.Queue("m1", Behaviour::kToolCalls, {"exec", Args({{"command", command}})});
  t.standin.Queue("m1", Behaviour::kReply, {"ok"});
  auto approver = t.Approver();
  auto client = t.Client();
  Send(*client, "run", "a-expire");
  const std::string id = WaitRequested(*approver)["id"];
  auto waited = approver->Call("exec.approval.waitDecision", {{"id", id}});
  REQUIRE(waited.ok);
  CHECK(waited.payload["decision"].is_null());
  FinalOf(*client, "a-expire");
  CHECK_FALSE(fs::exists(t.workspace / "expired.txt"));
  CHECK(ToolResultSeen(t.standin).find("Exec denied (gateway id=" + id +
                                       ", approval-timeout): " + command) != std::string::npos);
}

TEST_CASE("Exec approvals: with no approval client the fallback applies at once",
          "[integration][tools][exec][approvals]") {
  ExecGateway t(ExecConfig("allowlist", "on-miss"));
  t.standin.Queue("m1", Behaviour::kToolCalls, {"exec", Args({{"command", "touch nobody.txt"}})});
  t.standin.Queue("m1", Behaviour::kReply, {"ok"});
  auto client = t.Client();  // admin, but no approvals cap: not an approval client
  const auto started = std::chrono::steady_clock::now();
  CHECK(FinalOf(*client, Send(*client, "run", "a-none"))["state"] == "final");
  CHECK(std::chrono::steady_clock::now() - started < 10s);
  CHECK_FALSE(fs::exists(t.workspace / "nobody.txt"));
  const auto text = ToolResultSeen(t.standin);
  CHECK(text.find("exec denied: Headless runs cannot wait for interactive exec approval.") !=
        std::string::npos);
  CHECK(text.find("security=allowlist ask=on-miss askFallback=deny") != std::string::npos);
}

TEST_CASE("Exec approvals: security deny and an allowlist miss without ask are refused",
          "[integration][tools][exec][approvals]") {
  SECTION("deny") {
    ExecGateway t(ExecConfig("deny", "off"));
    t.standin.Queue("m1", Behaviour::kToolCalls, {"exec", Args({{"command", "echo hi"}})});
    t.standin.Queue("m1", Behaviour::kReply, {"ok"});
    auto client = t.Client();
    FinalOf(*client, Send(*client, "run", "a-sd"));
    CHECK(ToolResultSeen(t.standin).find("exec denied: host=gateway security=deny") !=
          std::string::npos);
  }
  SECTION("allowlist miss") {
    ExecGateway t(ExecConfig("allowlist", "off"));
    t.standin.Queue("m1", Behaviour::kToolCalls, {"exec", Args({{"command", "echo hi"}})});
    t.standin.Queue("m1", Behaviour::kReply, {"ok"});
    auto client = t.Client();
    FinalOf(*client, Send(*client, "run", "a-miss"));
    CHECK(ToolResultSeen(t.standin).find("exec denied: allowlist miss") != std::string::npos);
  }
}

TEST_CASE("Exec: an abort kills the running command's process group",
          "[integration][tools][exec]") {
  ExecGateway t;
  const auto pid_file = t.workspace / "child.pid";
  t.standin.Queue(
      "m1", Behaviour::kToolCalls,
      {"exec", Args({{"command", "sleep 60 & echo $! > child.pid; wait"}, {"yieldMs", 60000}})});
  auto client = t.Client();
  Send(*client, "run", "e-abort");
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  std::string pid_text;
  while (std::chrono::steady_clock::now() < deadline) {
    if (fs::exists(pid_file)) pid_text = ReadFile(pid_file);
    if (!pid_text.empty() && pid_text.back() == '\n') break;
    std::this_thread::sleep_for(10ms);
  }
  REQUIRE_FALSE(pid_text.empty());
  const pid_t child = std::stoi(pid_text);
  REQUIRE_FALSE(ProcessGone(child));
  OkResult(*client, "chat.abort", {{"sessionKey", "main"}});
  CHECK(FinalOf(*client, "e-abort")["state"] == "aborted");
  const auto gone_by = std::chrono::steady_clock::now() + 5s;
  while (!ProcessGone(child) && std::chrono::steady_clock::now() < gone_by) {
    std::this_thread::sleep_for(10ms);
  }
  CHECK(ProcessGone(child));
}

TEST_CASE("Exec approvals: allow-always persists across a gateway restart",
          "[integration][tools][exec][approvals]") {
  TempDir home;
  const auto& workspace_dir = home / "shared-ws";
  fs::create_directories(workspace_dir);
  const std::string command = "printf y | tee -a always.txt";
  json config = ExecConfig("allowlist", "on-miss");
  config["agents"] = {{"defaults", {{"workspace", workspace_dir.string()}}}};
  {
    ExecGateway t(config, home.path());
    t.standin.Queue("m1", Behaviour::kToolCalls, {"exec", Args({{"command", command}})});
    t.standin.Queue("m1", Behaviour::kReply, {"ok"});
    auto approver = t.Approver();
    auto client = t.Client();
    Send(*client, "run", "a-always");
    const std::string id = WaitRequested(*approver)["id"];
    OkResult(*approver, "exec.approval.resolve", {{"id", id}, {"decision", "allow-always"}});
    FinalOf(*client, "a-always");
    CHECK(ReadFile(workspace_dir / "always.txt") == "y");
    auto snapshot = OkResult(*client, "exec.approvals.get", json::object());
    const auto& list = snapshot["file"]["agents"]["main"]["allowlist"];
    REQUIRE(list.size() == 2);  // printf and tee
    CHECK(list[0]["source"] == "allow-always");
    CHECK_FALSE(snapshot["file"]["socket"].contains("token"));
  }
  const auto file = home.path() / ".openclaw" / "gateway-cpp" / "exec-approvals.json";
  CHECK(fs::exists(file));
  {
    // No approval client this time: the same command runs on the persisted allowlist.
    ExecGateway t(config, home.path());
    t.standin.Queue("m1", Behaviour::kToolCalls, {"exec", Args({{"command", command}})});
    t.standin.Queue("m1", Behaviour::kReply, {"ok"});
    auto client = t.Client();
    FinalOf(*client, Send(*client, "again", "a-always-2"));
    CHECK(ReadFile(workspace_dir / "always.txt") == "yy");
    CHECK(ToolResultSeen(t.standin) == "y");
  }
}

TEST_CASE("exec.approvals.set: the base hash guards against lost updates",
          "[integration][tools][approvals]") {
  ExecGateway t;
  auto client = t.Client();
  auto first = OkResult(*client, "exec.approvals.get", json::object());
  CHECK(first["exists"] == true);  // get writes the socket path and token
  CHECK(first["resolvedDefaults"] == json({{"security", "full"},
                                           {"ask", "off"},
                                           {"askFallback", "deny"},
                                           {"autoAllowSkills", false}}));
  const json file = {{"version", 1},
                     {"defaults", {{"security", "allowlist"}, {"ask", "on-miss"}}},
                     {"agents", {{"*", {{"allowlist", json::array({{{"pattern", "echo"}}})}}}}}};
  auto missing = client->Call("exec.approvals.set", {{"file", file}});
  REQUIRE_FALSE(missing.ok);
  CHECK(missing.error->message ==
        "exec approvals base hash required; re-run exec.approvals.get and retry");
  auto stale = client->Call("exec.approvals.set", {{"file", file}, {"baseHash", "abc"}});
  REQUIRE_FALSE(stale.ok);
  CHECK(stale.error->message ==
        "exec approvals changed since last load; re-run exec.approvals.get and retry");
  auto set = OkResult(*client, "exec.approvals.set", {{"file", file}, {"baseHash", first["hash"]}});
  CHECK(set["hash"] != first["hash"]);
  CHECK(set["file"]["socket"].contains("path"));  // kept from the stored document
  CHECK(set["resolvedDefaults"]["security"] == "allowlist");
  CHECK(set["file"]["agents"]["*"]["allowlist"][0].contains("id"));

  // The document now governs exec: echo is allowlisted, anything else needs an approval.
  t.standin.Queue("m1", Behaviour::kToolCalls,
                  {"exec", Args({{"command", "echo listed"}}), "exec",
                   Args({{"command", "touch unlisted.txt"}})});
  t.standin.Queue("m1", Behaviour::kReply, {"ok"});
  FinalOf(*client, Send(*client, "run", "a-doc"));
  const auto requests = t.standin.requests();
  std::vector<std::string> results;
  for (const auto& message : requests[1]["messages"]) {
    if (message["role"] == "tool") results.push_back(message["content"]);
  }
  REQUIRE(results.size() == 2);
  CHECK(results[0] == "listed\n");
  CHECK(results[1].find("Headless runs cannot wait") != std::string::npos);
}

TEST_CASE("openclaw approvals: pending and resolve from a terminal, document edits",
          "[integration][tools][approvals][cli]") {
  ExecGateway t(ExecConfig("allowlist", "on-miss"));
  const auto marker = t.workspace / "cli.txt";
  const std::string command = "printf z | tee -a " + marker.string();
  t.standin.Queue("m1", Behaviour::kToolCalls, {"exec", Args({{"command", command}})});
  t.standin.Queue("m1", Behaviour::kReply, {"ok"});
  auto approver = t.Approver();  // an approvals UI is connected, so the run waits
  auto client = t.Client();
  Send(*client, "run", "a-cli");
  const std::string id = WaitRequested(*approver)["id"];

  const std::map<std::string, std::string> env{{"PATH", "/usr/bin:/bin"},
                                               {"HOME", t.gw->home().string()}};
  auto run = [&](std::vector<std::string> args, const std::string& input = "") {
    args.insert(args.begin(), OPENCLAW_BIN);
    args.insert(args.end(), {"--url", t.gw->url(), "--token", kToken});
    return RunProcess(args, env, input);
  };
  auto pending = run({"approvals", "pending", "--json"});
  INFO(pending.out << pending.err);
  REQUIRE(pending.exit_code == 0);
  const auto listed = json::parse(pending.out)["approvals"];
  REQUIRE(listed.size() == 1);
  CHECK(listed[0]["id"] == id);
  CHECK(listed[0]["kind"] == "exec");
  CHECK(listed[0]["summary"] == command);
  auto table = run({"approvals", "pending"});
  CHECK_THAT(table.out, Catch::Contains(id));

  auto bad = run({"approvals", "resolve", id, "maybe"});
  CHECK(bad.exit_code == 2);
  auto resolved = run({"approvals", "resolve", id.substr(0, 8), "allow-once"});
  INFO(resolved.out << resolved.err);
  REQUIRE(resolved.exit_code == 0);
  CHECK(resolved.out == "Approval " + id + " resolved allow-once by cli.\n");
  CHECK(FinalOf(*client, "a-cli")["state"] == "final");
  CHECK(ReadFile(marker) == "z");
  CHECK(json::parse(run({"approvals", "pending", "--json"}).out)["approvals"].empty());
  auto gone = run({"approvals", "resolve", id, "deny"});
  CHECK(gone.exit_code == 1);

  // The document through the gateway: allowlist add/remove, set from stdin with the hash read.
  auto added = run({"approvals", "allowlist", "add", "/usr/bin/git", "--agent", "main", "--json"});
  INFO(added.out << added.err);
  REQUIRE(added.exit_code == 0);
  CHECK(json::parse(added.out)["file"]["agents"]["main"]["allowlist"][0]["pattern"] ==
        "/usr/bin/git");
  auto removed =
      run({"approvals", "allowlist", "remove", "/usr/bin/git", "--agent", "main", "--json"});
  REQUIRE(removed.exit_code == 0);
  const json after_remove = json::parse(removed.out)["file"];
  CHECK(after_remove.value("agents", json::object()).count("main") == 0);
  auto set =
      run({"approvals", "set", "--stdin", "--json"}, "{defaults: {security: 'deny'}, // JSON5\n}");
  INFO(set.out << set.err);
  REQUIRE(set.exit_code == 0);
  CHECK(json::parse(set.out)["resolvedDefaults"]["security"] == "deny");
  auto shown = run({"approvals", "get"});
  CHECK_THAT(shown.out, Catch::Contains("Defaults: security=deny ask=off askFallback=deny"));
}
