// The sessions and chat methods over real sockets against the real store (methods.md §5, §8):
// every result validated against the schema, events only to the sockets that subscribed.
#include <catch2/catch.hpp>
#include <set>
#include <thread>

#include "gateway/proto/validators.hpp"
#include "tests/integration/gateway_fixture.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

json ErrorOf(const client::RpcResult& r) { return r.error ? json(Write(*r.error)) : json(); }

// A successful call whose payload matches the method's result schema.
json Ok(client::GatewayClient& client, const std::string& method, const json& params) {
  auto r = client.Call(method, params);
  INFO(method << " " << params.dump() << " -> " << ErrorOf(r).dump());
  REQUIRE(r.ok);
  const proto::MethodInfo* info = proto::FindMethod(method);
  REQUIRE(info);
  const auto errors = proto::Validate(proto::FindCheck(info->result), r.payload);
  INFO(r.payload.dump());
  CHECK(errors.empty());
  return r.payload;
}

}  // namespace

TEST_CASE("Sessions: the methods over a socket, with schema-valid results",
          "[integration][sessions]") {
  GatewayFixture gw;
  auto admin = gw.ConnectCli({"operator.admin"});

  // patch creates the row; the request key "main" is the default agent's main session.
  auto patched = Ok(*admin, "sessions.patch", {{"key", "main"}, {"label", "Desk"}});
  CHECK(patched["ok"] == true);
  CHECK(patched["key"] == "agent:main:main");
  CHECK(patched["entry"]["label"] == "Desk");
  const std::string session_id = patched["entry"]["sessionId"];
  CHECK(patched["resolved"]["runtimeSelectionLocked"] == false);

  auto list = Ok(*admin, "sessions.list", json::object());
  CHECK(list["count"] == 1);
  CHECK(list["totalCount"] == 1);
  CHECK(list["limitApplied"] == 100);
  CHECK(list["hasMore"] == false);
  CHECK(list["nextOffset"].is_null());
  CHECK(list["owners"] == json::array());
  CHECK_FALSE(list.contains("offset"));
  CHECK(list["defaults"]["contextTokens"] == 200000);
  CHECK(list["sessions"][0]["key"] == "agent:main:main");
  CHECK(list["sessions"][0]["kind"] == "direct");
  CHECK(list["sessions"][0]["label"] == "Desk");
  CHECK(list["sessions"][0]["sessionId"] == session_id);

  auto resolved = Ok(*admin, "sessions.resolve", {{"label", "Desk"}});
  CHECK(resolved["ok"] == true);
  CHECK(resolved["key"] == "agent:main:main");
  CHECK(resolved["agentId"] == "main");

  // chat.inject appends an assistant message; chat.history shows it with __openclaw.
  auto injected = Ok(*admin, "chat.inject", {{"sessionKey", "main"}, {"message", "hello there"}});
  CHECK(injected["ok"] == true);
  const std::string message_id = injected["messageId"];
  Ok(*admin, "chat.inject", {{"sessionKey", "main"}, {"message", "second"}});
  auto history = Ok(*admin, "chat.history", {{"sessionKey", "main"}});
  CHECK(history["sessionKey"] == "agent:main:main");
  CHECK(history["sessionId"] == session_id);
  REQUIRE(history["messages"].size() == 2);
  CHECK(history["messages"][0]["role"] == "assistant");
  CHECK(history["messages"][0]["content"][0]["text"] == "hello there");
  CHECK(history["messages"][0]["__openclaw"]["id"] == message_id);
  CHECK(history["pendingInputs"] == json::array());
  CHECK(history["defaults"]["contextTokens"] == 200000);
  CHECK(history["sessionInfo"]["key"] == "agent:main:main");
  CHECK_FALSE(history.contains("thinkingLevel"));
  auto tail = Ok(*admin, "chat.history", {{"sessionKey", "main"}, {"limit", 1}});
  REQUIRE(tail["messages"].size() == 1);
  CHECK(tail["messages"][0]["content"][0]["text"] == "second");
  CHECK(tail["hasMore"] == true);
  CHECK(tail["nextOffset"] == 1);

  // A delta since the cursor holds only what came after it.
  Ok(*admin, "chat.inject", {{"sessionKey", "main"}, {"message", "third"}});
  auto delta =
      Ok(*admin, "chat.history", {{"sessionKey", "main"}, {"cursor", history["deltaCursor"]}});
  CHECK(delta["kind"] == "delta");
  REQUIRE(delta["messages"].size() == 1);
  CHECK(delta["messages"][0]["content"][0]["text"] == "third");

  auto preview = Ok(*admin, "sessions.preview", {{"keys", {"main", "nope"}}, {"limit", 2}});
  REQUIRE(preview["previews"].size() == 2);
  CHECK(preview["previews"][0]["key"] == "main");
  CHECK(preview["previews"][0]["status"] == "ok");
  CHECK(preview["previews"][0]["items"] ==
        json::array({{{"role", "assistant"}, {"text", "second"}},
                     {{"role", "assistant"}, {"text", "third"}}}));
  CHECK(preview["previews"][1]["status"] == "missing");

  auto compacted = Ok(*admin, "sessions.compact", {{"key", "main"}, {"maxLines", 1}});
  CHECK(compacted["ok"] == true);
  CHECK(compacted["compacted"] == true);
  CHECK(compacted["kept"] == 1);
  auto summarize = Ok(*admin, "sessions.compact", {{"key", "nobody"}});
  CHECK(summarize == json{{"ok", true},
                          {"key", "agent:main:nobody"},
                          {"compacted", false},
                          {"reason", "no sessionId"}});

  // A manual reset keeps the sessionId; history then holds only the reset marker.
  auto reset = Ok(*admin, "sessions.reset", {{"key", "main"}});
  CHECK(reset["entry"]["sessionId"] == session_id);
  CHECK(reset["entry"]["label"] == "Desk");
  auto after = Ok(*admin, "chat.history", {{"sessionKey", "main"}});
  CHECK(after["messages"] == json::array({{{"role", "system"},
                                           {"content", {{{"type", "text"}, {"text", "Reset"}}}},
                                           {"__openclaw", {{"kind", "reset"}}}}}));
  CHECK(Ok(*admin, "sessions.preview", {{"keys", {"main"}}})["previews"][0]["status"] == "empty");
  CHECK(Ok(*admin, "chat.history",
           {{"sessionKey", "main"}, {"cursor", history["deltaCursor"]}})["kind"] == "reset");

  // Errors.
  CHECK(ErrorOf(admin->Call("sessions.delete", {{"key", "main"}})) ==
        json{{"code", "INVALID_REQUEST"},
             {"message", "Cannot delete the main session (agent:main:main)."}});
  CHECK(ErrorOf(admin->Call("chat.inject", {{"sessionKey", "ghost"}, {"message", "x"}})) ==
        json{{"code", "INVALID_REQUEST"}, {"message", "session not found"}});
  CHECK(ErrorOf(admin->Call("sessions.reset", {{"key", "main"}, {"expectedSessionId", "other"}})) ==
        json{{"code", "INVALID_REQUEST"},
             {"message", "Session agent:main:main changed before reset. Retry."},
             {"details", {{"reason", "session-changed"}}}});
  CHECK(ErrorOf(admin->Call("sessions.preview", {{"keys", json::array()}}))["message"] ==
        "invalid sessions.preview params: at /keys: must not have fewer than 1 items");

  Ok(*admin, "sessions.patch", {{"key", "work"}, {"pinned", true}});
  auto deleted = Ok(*admin, "sessions.delete", {{"key", "work"}});
  CHECK(deleted["deleted"] == true);
  CHECK(deleted["key"] == "agent:main:work");
  CHECK(Ok(*admin, "sessions.delete", {{"key", "work"}})["deleted"] == false);
}

TEST_CASE("Sessions: patch and delete scopes follow the params",
          "[integration][sessions][scopes]") {
  GatewayFixture gw;
  auto reader = gw.ConnectCli({"operator.read"});
  auto writer = gw.ConnectCli({"operator.write"});
  CHECK(ErrorOf(reader->Call("sessions.patch", {{"key", "main"}, {"label", "x"}}))["message"] ==
        "missing scope: operator.write");
  CHECK(Ok(*writer, "sessions.patch", {{"key", "main"}, {"label", "x"}, {"pinned", true}})["ok"] ==
        true);
  CHECK(ErrorOf(
            writer->Call("sessions.patch", {{"key", "main"}, {"verboseLevel", "on"}}))["message"] ==
        "missing scope: operator.admin");
  CHECK(ErrorOf(writer->Call("sessions.patch",
                             {{"key", "main"}, {"permissionMode", "full"}}))["message"] ==
        "missing scope: operator.admin");
  CHECK(ErrorOf(writer->Call("sessions.delete", {{"key", "main"}}))["message"] ==
        "missing scope: operator.admin");
  Ok(*writer, "sessions.patch", {{"key", "work"}});
  CHECK(ErrorOf(writer->Call("sessions.delete",
                             {{"key", "work"}, {"archivedOnly", true}}))["message"] ==
        "Session agent:main:work is not archived. Archive it first, then delete it.");
  Ok(*writer, "sessions.patch", {{"key", "work"}, {"archived", true}});
  CHECK(Ok(*writer, "sessions.delete", {{"key", "work"}, {"archivedOnly", true}})["deleted"] ==
        true);
  CHECK(ErrorOf(writer->Call("sessions.reset", {{"key", "main"}}))["message"] ==
        "missing scope: operator.admin");
  CHECK(Ok(*reader, "sessions.list", json::object())["count"] == 1);
  CHECK(Ok(*reader, "status", json::object())["sessions"]["count"] == 1);
}

TEST_CASE("Sessions: events reach only the sockets that subscribed", "[integration][sessions]") {
  GatewayFixture gw;
  auto admin = gw.ConnectCli({"operator.admin"});
  auto watcher = gw.ConnectCli({"operator.read"});
  auto bystander = gw.ConnectCli({"operator.read"});

  auto subscribed = Ok(*watcher, "sessions.subscribe", json::object());
  CHECK(subscribed == json{{"subscribed", true}});
  auto with_list = Ok(*watcher, "sessions.subscribe", {{"limit", 5}});
  CHECK(with_list["list"]["count"] == 0);
  CHECK(Ok(*watcher, "sessions.messages.subscribe", {{"key", "main"}}) ==
        json{{"subscribed", true}, {"key", "agent:main:main"}});

  Ok(*admin, "sessions.patch", {{"key", "main"}, {"label", "L"}});
  auto changed = watcher->WaitEvent("sessions.changed", 3000ms);
  REQUIRE(changed);
  CHECK(proto::Validate(&proto::CheckSessionsChangedEvent, (*changed)["payload"]).empty());
  CHECK((*changed)["payload"]["reason"] == "patch");
  CHECK((*changed)["payload"]["sessionKey"] == "agent:main:main");
  CHECK((*changed)["payload"]["session"]["label"] == "L");

  auto injected = Ok(*admin, "chat.inject", {{"sessionKey", "main"}, {"message", "hi"}});
  auto message = watcher->WaitEvent("session.message", 3000ms);
  REQUIRE(message);
  CHECK(proto::Validate(&proto::CheckSessionMessageEvent, (*message)["payload"]).empty());
  CHECK((*message)["payload"]["sessionKey"] == "agent:main:main");
  CHECK((*message)["payload"]["message"]["content"][0]["text"] == "hi");
  CHECK((*message)["payload"]["messageId"] == injected["messageId"]);
  auto chat = bystander->WaitEvent("chat", 3000ms);
  REQUIRE(chat);
  CHECK((*chat)["payload"]["runId"] == "inject-" + injected["messageId"].get<std::string>());
  CHECK(proto::Validate(&proto::CheckChatEvent, (*chat)["payload"]).empty());
  CHECK((*chat)["payload"]["state"] == "final");
  CHECK((*chat)["payload"]["seq"] == 0);

  Ok(*admin, "sessions.patch", {{"key", "other"}});
  Ok(*admin, "sessions.delete", {{"key", "other"}});
  std::vector<json> reasons;
  for (int i = 0; i < 3; ++i) {
    auto e = watcher->WaitEvent("sessions.changed", 3000ms);
    REQUIRE(e);
    CHECK(proto::Validate(&proto::CheckSessionsChangedEvent, (*e)["payload"]).empty());
    reasons.push_back((*e)["payload"]);
  }
  CHECK(reasons[0]["reason"] == "patch");
  CHECK(reasons[1]["reason"] == "delete");
  CHECK(reasons[1]["sessionKey"] == "agent:main:other");
  CHECK(reasons[2].contains("sessionKey") == false);

  CHECK(Ok(*watcher, "sessions.messages.unsubscribe", {{"key", "main"}}) ==
        json{{"subscribed", false}, {"key", "agent:main:main"}});
  Ok(*admin, "chat.inject", {{"sessionKey", "main"}, {"message", "again"}});
  CHECK(bystander->WaitEvent("chat", 3000ms));                // the broadcast went out…
  CHECK_FALSE(watcher->WaitEvent("session.message", 200ms));  // …but no longer to the watcher

  CHECK_FALSE(bystander->WaitEvent("sessions.changed", 100ms));
  CHECK_FALSE(bystander->WaitEvent("session.message", 100ms));
  CHECK_FALSE(admin->WaitEvent("sessions.changed", 100ms));
}

TEST_CASE("Sessions: session.maintenance caps the store at maxEntries, oldest first",
          "[integration][sessions][maintenance]") {
  for (const bool enforce : {true, false}) {
    FixtureOptions options;
    options.config = {
        {"session",
         {{"maintenance", {{"mode", enforce ? "enforce" : "warn"}, {"maxEntries", 2}}}}}};
    options.timings.session_maintenance = 200ms;
    GatewayFixture gw(options);
    auto admin = gw.ConnectCli({"operator.admin"});
    Ok(*admin, "sessions.patch", {{"key", "main"}, {"label", "protected"}});
    for (const char* key : {"agent:main:a", "agent:main:b", "agent:main:c", "agent:main:d"}) {
      Ok(*admin, "sessions.patch", {{"key", key}, {"label", key}});
      std::this_thread::sleep_for(5ms);  // distinct updatedAt, oldest first
    }
    auto keys = [&] {
      std::set<std::string> found;
      const json list = Ok(*admin, "sessions.list", json::object());
      for (const auto& row : list["sessions"]) {
        found.insert(row["key"].get<std::string>());
      }
      return found;
    };
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    if (enforce) {
      while (keys().size() > 2 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(50ms);
      }
      // The main session (never removed; it counts toward the cap) and the most recent one.
      CHECK(keys() == std::set<std::string>{"agent:main:main", "agent:main:d"});
    } else {
      std::this_thread::sleep_for(600ms);  // three passes
      CHECK(keys().size() == 5);
      CHECK(ReadFile(gw.log_file()).find("session maintenance would remove") != std::string::npos);
    }
  }
}
