// The tool loop end to end (issue 17): a real gateway, real WebSocket clients, real files in a
// temporary workspace and the stand-in OpenAI server scripted to call the gateway's tools. Also
// tools.invoke over RPC and POST /tools/invoke over HTTP.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "gateway/proto/registry.hpp"
#include "gateway/proto/validators.hpp"
#include "server/platform/base64url.hpp"
#include "tests/integration/gateway_fixture.hpp"
#include "tests/integration/rpc_expect.hpp"
#include "tests/support/openai_standin.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;
using Behaviour = OpenAiStandin::Behaviour;
namespace fs = std::filesystem;

namespace {

struct ToolsGateway {
  OpenAiStandin standin;
  TempDir dir;
  fs::path workspace = dir / "ws";
  std::unique_ptr<GatewayFixture> gw;

  explicit ToolsGateway(json extra = json::object()) {
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
    gw = std::make_unique<GatewayFixture>(options);
  }

  std::unique_ptr<client::GatewayClient> Client(std::vector<std::string> caps = {}) {
    auto options = gw->Cli({"operator.admin"});
    options.caps = std::move(caps);
    return gw->Connect(options);
  }
};

// The agent events of `stream` already received (the run has ended).
std::vector<json> AgentData(client::GatewayClient& client, const std::string& stream) {
  std::vector<json> out;
  while (auto event = client.WaitEvent("agent", 100ms)) {
    const json& payload = (*event)["payload"];
    CHECK(proto::Validate(proto::FindCheck("AgentEvent"), payload).empty());
    if (payload["stream"] == stream) out.push_back(payload["data"]);
  }
  return out;
}

// The `tool` role messages of a Chat Completions request.
std::vector<json> ToolMessages(const json& request) {
  std::vector<json> out;
  for (const auto& message : request["messages"]) {
    if (message["role"] == "tool") out.push_back(message);
  }
  return out;
}

std::vector<std::string> OfferedTools(const json& request) {
  std::vector<std::string> names;
  if (!request.contains("tools")) return names;
  for (const auto& tool : request["tools"]) names.push_back(tool["function"]["name"]);
  return names;
}

std::string Send(client::GatewayClient& client, const std::string& message,
                 const std::string& key) {
  OkResult(client, "chat.send",
           {{"sessionKey", "main"}, {"message", message}, {"idempotencyKey", key}});
  return key;
}

}  // namespace

TEST_CASE("Tool loop: the model writes a file, sees the result, then answers",
          "[integration][tools]") {
  ToolsGateway t;
  t.standin.Queue("m1", Behaviour::kToolCalls,
                  {"write", R"({"path":"notes/todo.txt","content":"buy milk"})", "read",
                   R"({"path":"notes/todo.txt"})"});
  t.standin.Queue("m1", Behaviour::kReply, {"Saved ", "it."});
  auto owner = t.Client({"tool-events"});
  auto watcher = t.Client();

  const auto final_event = FinalOf(*owner, Send(*owner, "remember milk", "t-1"));
  CHECK(final_event["state"] == "final");
  CHECK(final_event["message"]["content"][0]["text"] == "Saved it.");
  CHECK(ReadFile(t.workspace / "notes/todo.txt") == "buy milk");

  // Request 1 offered the tools with their schemas; request 2 carried the calls and results.
  const auto requests = t.standin.requests();
  REQUIRE(requests.size() == 2);
  CHECK(OfferedTools(requests[0]) == std::vector<std::string>{"read", "write", "edit", "ls",
                                                              "apply_patch", "exec", "process",
                                                              "web_fetch"});
  CHECK(requests[0]["tools"][1]["function"]["parameters"]["required"] ==
        json::array({"path", "content"}));
  const auto results = ToolMessages(requests[1]);
  REQUIRE(results.size() == 2);
  CHECK(results[0]["tool_call_id"] == "call_1_0");
  CHECK(results[0]["content"] == "Successfully wrote 8 bytes to notes/todo.txt");
  CHECK(results[1]["tool_call_id"] == "call_1_1");
  CHECK(results[1]["content"] == "buy milk");

  // The transcript: prompt, assistant with the calls, two toolResults, the answer.
  auto history = OkResult(*owner, "chat.history", {{"sessionKey", "main"}});
  const auto& messages = history["messages"];
  REQUIRE(messages.size() == 5);
  CHECK(messages[1]["role"] == "assistant");
  CHECK(messages[1]["stopReason"] == "toolUse");
  REQUIRE(messages[1]["content"].size() == 2);
  CHECK(messages[1]["content"][0].value("type", "") == "toolCall");
  CHECK(messages[1]["content"][0].value("name", "") == "write");
  CHECK(messages[1]["content"][0].value("id", "") == "call_1_0");
  CHECK(messages[2]["role"] == "toolResult");
  CHECK(messages[2]["toolCallId"] == "call_1_0");
  CHECK(messages[2]["toolName"] == "write");
  CHECK(messages[2]["isError"] == false);
  CHECK(messages[2]["content"][0]["text"] == "Successfully wrote 8 bytes to notes/todo.txt");
  CHECK(messages[3]["toolName"] == "read");
  CHECK(messages[4]["content"][0]["text"] == "Saved it.");

  // The owner (cap tool-events) got the tool stream; both got the item stream.
  const auto tool_events = AgentData(*owner, "tool");
  REQUIRE(tool_events.size() == 4);
  CHECK(tool_events[0]["phase"] == "start");
  CHECK(tool_events[0]["name"] == "write");
  CHECK(tool_events[0]["toolCallId"] == "call_1_0");
  CHECK(tool_events[0]["args"]["path"] == "notes/todo.txt");
  CHECK(tool_events[1]["phase"] == "result");
  CHECK(tool_events[1]["isError"] == false);
  CHECK(tool_events[1]["result"]["content"][0]["text"] ==
        "Successfully wrote 8 bytes to notes/todo.txt");
  CHECK(tool_events[3]["name"] == "read");
  CHECK(AgentData(*watcher, "tool").empty());
  while (watcher->WaitEvent("agent", 50ms)) {
  }
}

TEST_CASE("Tool loop: an image the model reads reaches it, now and in later turns",
          "[integration][tools][images]") {
  ToolsGateway t;
  const std::string png_base64 =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+"
      "M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
  std::string url_safe = png_base64;
  for (char& c : url_safe) c = c == '+' ? '-' : c == '/' ? '_' : c;
  WriteFile(t.workspace / "pixel.png", platform::DecodeBase64Url(url_safe).value());
  t.standin.Queue("m1", Behaviour::kToolCalls, {"read", R"({"path":"pixel.png"})"});
  t.standin.Queue("m1", Behaviour::kReply, {"A single pixel."});
  t.standin.Queue("m1", Behaviour::kReply, {"Still a pixel."});
  auto owner = t.Client();
  CHECK(FinalOf(*owner, Send(*owner, "what is in pixel.png?", "img-1"))["state"] == "final");

  // The request after the call: the tool message says what was read, and the image follows it
  // in a user message as a data URL.
  const std::string url = "data:image/png;base64," + png_base64;
  auto requests = t.standin.requests();
  REQUIRE(requests.size() == 2);
  const auto results = ToolMessages(requests[1]);
  REQUIRE(results.size() == 1);
  CHECK(results[0]["content"] == "Read image file [image/png]");
  const json& after_call = requests[1]["messages"].back();
  CHECK(after_call["role"] == "user");
  REQUIRE(after_call["content"].size() == 2);
  CHECK(after_call["content"][1] == json({{"type", "image_url"}, {"image_url", {{"url", url}}}}));

  // The transcript keeps the image block; the next turn replays it from there.
  auto history = OkResult(*owner, "chat.history", {{"sessionKey", "main"}});
  const auto& messages = history["messages"];
  REQUIRE(messages.size() == 4);
  CHECK(messages[2]["role"] == "toolResult");
  CHECK(messages[2]["content"] ==
        json::parse(R"([{"type":"text","text":"Read image file [image/png]"},
                        {"type":"image","data":")" +
                    png_base64 + R"(","mimeType":"image/png"}])"));
  CHECK(FinalOf(*owner, Send(*owner, "and now?", "img-2"))["state"] == "final");
  requests = t.standin.requests();
  REQUIRE(requests.size() == 3);
  bool replayed = false;
  for (const auto& message : requests[2]["messages"]) {
    if (message["role"] == "user" && message["content"].is_array() &&
        message["content"].size() == 2 && message["content"][1]["image_url"]["url"] == url) {
      replayed = true;
    }
  }
  CHECK(replayed);
}

TEST_CASE("Tool loop: item events reach clients without tool-events", "[integration][tools]") {
  ToolsGateway t;
  t.standin.Queue("m1", Behaviour::kToolCalls, {"ls", "{}"});
  auto watcher = t.Client();
  FinalOf(*watcher, Send(*watcher, "list", "t-items"));
  std::vector<json> items;
  bool saw_tool = false;
  while (auto event = watcher->WaitEvent("agent", 100ms)) {
    const json& payload = (*event)["payload"];
    if (payload["stream"] == "item") items.push_back(payload["data"]);
    if (payload["stream"] == "tool") saw_tool = true;
  }
  CHECK_FALSE(saw_tool);
  REQUIRE(items.size() == 2);
  CHECK(items[0]["itemId"] == "tool:call_1_0");
  CHECK(items[0]["phase"] == "start");
  CHECK(items[0]["status"] == "running");
  CHECK(items[1]["phase"] == "end");
  CHECK(items[1]["status"] == "completed");
}

TEST_CASE("Tool loop: bad arguments and unknown tools come back to the model as errors",
          "[integration][tools]") {
  ToolsGateway t;
  t.standin.Queue("m1", Behaviour::kToolCalls,
                  {"read", R"({"offset":0})", "teleport", R"({"to":"mars"})"});
  auto client = t.Client();
  CHECK(FinalOf(*client, Send(*client, "go", "t-bad"))["state"] == "final");
  const auto requests = t.standin.requests();
  REQUIRE(requests.size() == 2);
  const auto results = ToolMessages(requests[1]);
  REQUIRE(results.size() == 2);
  const std::string validation = results[0]["content"];
  CHECK(validation.rfind("Validation failed for tool \"read\":\n  - ", 0) == 0);
  CHECK(validation.find("\n\nReceived arguments:\n{\n  \"offset\": 0\n}") != std::string::npos);
  CHECK(results[1]["content"] == "Tool teleport not found");
  auto history = OkResult(*client, "chat.history", {{"sessionKey", "main"}});
  CHECK(history["messages"][2]["isError"] == true);
}

TEST_CASE("Tool loop: a denied tool is not offered and a call to it is refused",
          "[integration][tools]") {
  ToolsGateway t(json{{"tools", {{"deny", {"write"}}}}});
  t.standin.Queue("m1", Behaviour::kToolCalls, {"write", R"({"path":"x.txt","content":"x"})"});
  auto client = t.Client();
  CHECK(FinalOf(*client, Send(*client, "write it", "t-deny"))["state"] == "final");
  const auto requests = t.standin.requests();
  REQUIRE(requests.size() == 2);
  CHECK(OfferedTools(requests[0]) == std::vector<std::string>{"read", "edit", "ls", "apply_patch",
                                                              "exec", "process", "web_fetch"});
  CHECK(ToolMessages(requests[1])[0]["content"] == "Tool write not found");
  CHECK_FALSE(fs::exists(t.workspace / "x.txt"));
}

TEST_CASE("Tool loop: a profile without file tools offers none", "[integration][tools]") {
  ToolsGateway t(json{{"tools", {{"profile", "messaging"}}}});
  auto client = t.Client();
  CHECK(FinalOf(*client, Send(*client, "hi", "t-prof"))["state"] == "final");
  const auto requests = t.standin.requests();
  REQUIRE(requests.size() == 1);
  CHECK_FALSE(requests[0].contains("tools"));
}

TEST_CASE("Tool loop: tools.fs.workspaceOnly keeps the model inside the workspace",
          "[integration][tools]") {
  ToolsGateway t(json{{"tools", {{"fs", {{"workspaceOnly", true}}}}}});
  WriteFile(t.dir / "secret.txt", "hunter2");
  fs::create_symlink(t.dir / "secret.txt", t.workspace / "innocent.txt");
  t.standin.Queue("m1", Behaviour::kToolCalls,
                  {"read", R"({"path":"../secret.txt"})", "read", R"({"path":"innocent.txt"})",
                   "read", json({{"path", (t.dir / "secret.txt").string()}}).dump()});
  auto client = t.Client();
  CHECK(FinalOf(*client, Send(*client, "peek", "t-escape"))["state"] == "final");
  const auto results = ToolMessages(t.standin.requests().at(1));
  REQUIRE(results.size() == 3);
  for (const auto& result : results) {
    const std::string text = result["content"];
    CHECK(text.find("Path escapes sandbox root (" + t.workspace.string() + ")") !=
          std::string::npos);
    CHECK(text.find("hunter2") == std::string::npos);
  }
}

TEST_CASE("Tool loop: tools.maxSteps ends a run that keeps calling tools", "[integration][tools]") {
  ToolsGateway t(json{{"tools", {{"maxSteps", 3}}}});
  t.standin.Set("m1", Behaviour::kToolCalls, {"ls", "{}"});
  auto client = t.Client();
  const auto end = FinalOf(*client, Send(*client, "loop forever", "t-cap"));
  CHECK(end["state"] == "error");
  CHECK(end["errorMessage"] ==
        "the run stopped after 3 model calls that all asked for tools (tools.maxSteps)");
  CHECK(t.standin.requests().size() == 3);
}

TEST_CASE("Tool loop: chat.abort stops the loop", "[integration][tools]") {
  ToolsGateway t;
  t.standin.Queue("m1", Behaviour::kToolCalls, {"write", R"({"path":"a.txt","content":"A"})"});
  t.standin.Queue("m1", Behaviour::kSlowForever);
  auto client = t.Client({"tool-events"});
  Send(*client, "work", "t-abort");
  // Wait until the second model call is streaming, then abort.
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (t.standin.requests().size() < 2 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(5ms);
  }
  REQUIRE(t.standin.requests().size() == 2);
  OkResult(*client, "chat.abort", {{"sessionKey", "main"}});
  CHECK(FinalOf(*client, "t-abort")["state"] == "aborted");
  CHECK(ReadFile(t.workspace / "a.txt") == "A");
  CHECK(t.standin.requests().size() == 2);
  auto history = OkResult(*client, "chat.history", {{"sessionKey", "main"}});
  bool stored_result = false;
  for (const auto& message : history["messages"]) {
    if (message["role"] == "toolResult") stored_result = true;
  }
  CHECK(stored_result);
}

TEST_CASE("tools.invoke: run-only tools are not available, bad requests are refused",
          "[integration][tools][invoke]") {
  ToolsGateway t;
  auto client = t.Client();
  auto r = OkResult(*client, "tools.invoke", {{"name", "read"}, {"args", {{"path", "x"}}}});
  CHECK(r == json{{"ok", false},
                  {"toolName", "read"},
                  {"error", {{"code", "not_found"}, {"message", "Tool not available: read"}}}});
  r = OkResult(*client, "tools.invoke", {{"name", "bash"}});
  CHECK(r["error"]["message"] == "Tool not available: exec");
  r = OkResult(*client, "tools.invoke",
               {{"name", "web_fetch"}, {"sessionKey", "agent:ops:main"}, {"agentId", "main"}});
  CHECK(r["error"]["code"] == "validation_error");
  CHECK(r["error"]["message"] == "agent id \"main\" does not match session agent \"ops\"");

  auto blank = client->Call("tools.invoke", {{"name", "  "}});
  REQUIRE_FALSE(blank.ok);
  CHECK(blank.error->code == "INVALID_REQUEST");
  CHECK(blank.error->message == "invalid tools.invoke params: name required");
  auto unknown_field = client->Call("tools.invoke", {{"name", "read"}, {"bogus", 1}});
  REQUIRE_FALSE(unknown_field.ok);
  CHECK(unknown_field.error->code == "INVALID_REQUEST");

  auto reader = t.gw->Connect([&] {
    auto options = t.gw->Cli({"operator.read"});
    return options;
  }());
  auto refused = reader->Call("tools.invoke", {{"name", "read"}});
  REQUIRE_FALSE(refused.ok);  // operator.write is required
}

TEST_CASE("POST /tools/invoke: statuses and bodies", "[integration][tools][invoke]") {
  ToolsGateway t;
  httplib::Client http("127.0.0.1", t.gw->port());
  const httplib::Headers auth = {{"Authorization", std::string("Bearer ") + kToken}};

  auto res = http.Post("/tools/invoke", auth, R"({"tool":"exec","args":{"command":"id"}})",
                       "application/json");
  REQUIRE(res);
  CHECK(res->status == 404);
  CHECK(json::parse(res->body) ==
        json{{"ok", false},
             {"error", {{"type", "not_found"}, {"message", "Tool not available: exec"}}}});

  res = http.Post("/tools/invoke", auth, R"({"name":"read","tool":"exec"})", "application/json");
  REQUIRE(res);
  CHECK(json::parse(res->body)["error"]["message"] == "Tool not available: read");  // name wins

  res = http.Post("/tools/invoke", auth, R"({"args":{}})", "application/json");
  REQUIRE(res);
  CHECK(res->status == 400);
  CHECK(json::parse(res->body) ==
        json{{"ok", false},
             {"error", {{"type", "invalid_request"}, {"message", "tools.invoke requires name"}}}});

  res = http.Post("/tools/invoke", auth, "{nope", "application/json");
  REQUIRE(res);
  CHECK(res->status == 400);

  res = http.Post("/tools/invoke", R"({"tool":"read"})", "application/json");
  REQUIRE(res);
  CHECK(res->status == 401);

  res = http.Get("/tools/invoke", auth);
  REQUIRE(res);
  CHECK(res->status == 405);
  CHECK(res->get_header_value("Allow") == "POST");
}

TEST_CASE("Tool loop: an OpenAI HTTP turn runs gateway tools and answers with the final text",
          "[integration][tools][openai]") {
  ToolsGateway t(
      json{{"gateway", {{"http", {{"endpoints", {{"chatCompletions", {{"enabled", true}}}}}}}}}});
  t.standin.Queue("m1", Behaviour::kToolCalls,
                  {"write", R"({"path":"h.txt","content":"via http"})"});
  t.standin.Queue("m1", Behaviour::kReply, {"Written."});
  httplib::Client http("127.0.0.1", t.gw->port());
  http.set_read_timeout(10, 0);
  auto res = http.Post(
      "/v1/chat/completions", {{"Authorization", std::string("Bearer ") + kToken}},
      json{{"model", "openclaw"}, {"messages", {{{"role", "user"}, {"content", "write h.txt"}}}}}
          .dump(),
      "application/json");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  const json completion = json::parse(res->body);
  CHECK(completion["choices"][0]["finish_reason"] == "stop");
  CHECK(completion["choices"][0]["message"]["content"] == "Written.");
  CHECK_FALSE(completion["choices"][0]["message"].contains("tool_calls"));
  CHECK(ReadFile(t.workspace / "h.txt") == "via http");
  CHECK(t.standin.requests().size() == 2);
}

namespace {

// A loopback page for web_fetch.
struct Page {
  httplib::Server server;
  std::thread thread;
  int port = 0;
  Page() {
    server.Get("/doc", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(
          "<html><head><title>Doc</title></head><body><main><h2>Answer</h2>"
          "<p>The value is 42.</p></main></body></html>",
          "text/html");
    });
    port = server.bind_to_any_port("127.0.0.1");
    thread = std::thread([this] { server.listen_after_bind(); });
    while (!server.is_running()) std::this_thread::sleep_for(1ms);
  }
  ~Page() {
    server.stop();
    thread.join();
  }
  std::string Url() const { return "http://127.0.0.1:" + std::to_string(port) + "/doc"; }
};

const json kAllowLoopback = {
    {"tools", {{"web", {{"fetch", {{"ssrfPolicy", {{"allowedHostnames", {"127.0.0.1"}}}}}}}}}}};

}  // namespace

TEST_CASE("Tool loop: web_fetch reads a page for the model; a private address is refused",
          "[integration][tools][web]") {
  Page page;
  ToolsGateway t(kAllowLoopback);
  t.standin.Queue("m1", Behaviour::kToolCalls,
                  {"web_fetch", json{{"url", page.Url()}}.dump(), "web_fetch",
                   R"({"url":"http://10.0.0.1/"})"});
  t.standin.Queue("m1", Behaviour::kReply, {"It is 42."});
  auto owner = t.Client();
  const auto final_event = FinalOf(*owner, Send(*owner, "what is the value?", "w-1"));
  CHECK(final_event["message"]["content"][0]["text"] == "It is 42.");
  const auto requests = t.standin.requests();
  REQUIRE(requests.size() == 2);
  const auto results = ToolMessages(requests[1]);
  REQUIRE(results.size() == 2);
  const json fetched = json::parse(results[0]["content"].get<std::string>());
  CHECK(fetched["status"] == 200);
  CHECK(fetched["extractor"] == "readability");
  const std::string text = fetched["text"];
  CHECK(text.find("## Answer\n\nThe value is 42.") != std::string::npos);
  CHECK(text.find("The value is 42.") != std::string::npos);
  CHECK(json::parse(results[1]["content"].get<std::string>()) ==
        json{{"status", "error"},
             {"tool", "web_fetch"},
             {"error", "Blocked hostname or private/internal/special-use IP address"}});
}

TEST_CASE("tools.invoke and POST /tools/invoke run web_fetch",
          "[integration][tools][invoke][web]") {
  Page page;
  ToolsGateway t(kAllowLoopback);
  auto client = t.Client();
  auto r =
      OkResult(*client, "tools.invoke", {{"name", "web_fetch"}, {"args", {{"url", page.Url()}}}});
  CHECK(r["ok"] == true);
  CHECK(r["toolName"] == "web_fetch");
  CHECK(r["source"] == "core");
  CHECK(r["output"]["details"]["status"] == 200);
  const std::string text = r["output"]["content"][0]["text"];
  CHECK(json::parse(text)["finalUrl"] == page.Url());

  r = OkResult(*client, "tools.invoke",
               {{"name", "web_fetch"}, {"args", {{"url", "http://169.254.169.254/latest"}}}});
  CHECK(r == json{{"ok", false},
                  {"toolName", "web_fetch"},
                  {"error", {{"code", "internal_error"}, {"message", "tool execution failed"}}}});
  r = OkResult(*client, "tools.invoke", {{"name", "web_fetch"}, {"args", {{"nope", 1}}}});
  CHECK(r["error"]["code"] == "internal_error");
  CHECK(r["error"]["message"].get<std::string>().starts_with(
      "Validation failed for tool \"web_fetch\""));

  httplib::Client http("127.0.0.1", t.gw->port());
  const httplib::Headers auth = {{"Authorization", std::string("Bearer ") + kToken}};
  auto res = http.Post("/tools/invoke", auth,
                       json{{"tool", "web_fetch"}, {"args", {{"url", page.Url()}}}}.dump(),
                       "application/json");
  REQUIRE(res);
  CHECK(res->status == 200);
  const json body = json::parse(res->body);
  CHECK(body["ok"] == true);
  CHECK(body["result"]["details"]["title"].get<std::string>().find("Doc") != std::string::npos);

  res = http.Post("/tools/invoke", auth,
                  R"({"tool":"web_fetch","args":{"url":"http://localhost/"}})", "application/json");
  REQUIRE(res);
  CHECK(res->status == 500);
  CHECK(json::parse(res->body) ==
        json{{"ok", false},
             {"error", {{"type", "tool_error"}, {"message", "tool execution failed"}}}});
  res = http.Post("/tools/invoke", auth, R"({"tool":"web_fetch","args":{}})", "application/json");
  REQUIRE(res);
  CHECK(res->status == 400);
  CHECK(json::parse(res->body)["error"]["type"] == "tool_error");

  // gateway.tools.deny removes it from both entry points.
  ToolsGateway denied(json{{"gateway", {{"tools", {{"deny", {"web_fetch"}}}}}}});
  auto other = denied.Client();
  CHECK(OkResult(*other, "tools.invoke", {{"name", "web_fetch"}})["error"]["code"] == "not_found");
}
