// The sessions and chat methods without sockets: each through the generated dispatcher (params
// validated, results encoded as on the wire) against a real SessionStore in a temporary directory,
// with a hand-built CallContext. Answers arrive from the store's threads; the test waits for them.
#include "server/services/sessions/sessions_service.hpp"

#include <catch2/catch.hpp>
#include <condition_variable>
#include <future>
#include <mutex>

#include "gateway/proto/dispatcher.hpp"
#include "gateway/proto/testing/agent_service_double.hpp"
#include "gateway/proto/testing/approvals_service_double.hpp"
#include "gateway/proto/testing/channels_service_double.hpp"
#include "gateway/proto/testing/config_service_double.hpp"
#include "gateway/proto/testing/outbound_service_double.hpp"
#include "gateway/proto/testing/system_service_double.hpp"
#include "gateway/proto/testing/tools_service_double.hpp"
#include "gateway/proto/validators.hpp"
#include "server/runtime/thread_pool.hpp"
#include "server/services/chat/chat_service.hpp"
#include "server/services/scope_resolvers.hpp"
#include "tests/support/fakes.hpp"
#include "tests/support/run_stack.hpp"
#include "tests/support/temp_dir.hpp"

using namespace gateway;
using nlohmann::json;

namespace {

// Collects response frames from any thread.
struct WaitingSink : proto::ResponseSink {
  std::mutex mutex;
  std::condition_variable cv;
  std::vector<json> frames;
  void SendFrame(std::string frame) override {
    std::lock_guard lock(mutex);
    frames.push_back(json::parse(frame));
    cv.notify_all();
  }
  std::optional<json> Wait() {
    std::unique_lock lock(mutex);
    if (!cv.wait_for(lock, std::chrono::seconds(5), [&] { return !frames.empty(); })) {
      return std::nullopt;
    }
    return frames.front();
  }
};

class RecordingSubscriptions final : public rpc::Subscriptions {
 public:
  std::vector<std::string> calls;
  void WatchSessions(const std::string& conn_id, bool on) override {
    calls.push_back("sessions " + conn_id + (on ? " on" : " off"));
  }
  void WatchSessionMessages(const std::string& conn_id, const std::string& key, bool on) override {
    calls.push_back("messages " + conn_id + " " + key + (on ? " on" : " off"));
  }
  void SetRunOwner(const std::string&, const std::string&) override {}
  void ClearRunOwner(const std::string&) override {}
};

std::unique_ptr<domain::sessions::SessionStore> OpenStore(const std::filesystem::path& dir,
                                                          runtime::Executor& executor) {
  domain::sessions::StoreOptions options;
  options.path = domain::sessions::DefaultStorePath(dir);
  options.archive_dir = dir / "archive";
  auto opened = domain::sessions::SessionStore::Open(std::move(options), executor);
  if (!opened) throw std::runtime_error(opened.error());
  return std::move(*opened);
}

struct SessionsFixture {
  testing::TempDir dir;
  logging::Logger log{[this] {
    logging::LogSettings s;
    s.file = (dir / "gateway.log").string();
    s.console = nullptr;
    return s;
  }()};
  testing::InlineExecutor executor;
  testing::RecordingPublisher publisher;
  RecordingSubscriptions subscriptions;
  proto::OpenClawConfig config = [] {
    proto::OpenClawConfig c;
    proto::Read(json{{"agents", {{"defaults", {{"model", "anthropic/claude-sonnet-4-5"}}}}}}, c,
                "");
    return c;
  }();
  runtime::ThreadPool pool{"test-sessions", 2};
  std::unique_ptr<domain::sessions::SessionStore> store = OpenStore(dir.path(), pool);
  testing::RunStack runs{config, *store, executor, subscriptions, dir / "workspace"};
  services::SessionsService sessions{{.store = *store,
                                      .subscriptions = subscriptions,
                                      .config = runs.config,
                                      .runs = runs.access,
                                      .now_ms = {}}};
  services::ChatService chat{
      {.store = *store, .config = runs.config, .runs = runs.access, .now_ms = {}}};
  proto::testing::AgentServiceDouble agent;
  proto::testing::ChannelsServiceDouble channels;
  proto::testing::OutboundServiceDouble outbound;
  proto::testing::SystemServiceDouble system_double;
  proto::testing::ConfigServiceDouble config_double;
  proto::testing::ToolsServiceDouble tools;
  proto::testing::ApprovalsServiceDouble approvals;
  services::ScopeResolvers scopes;
  proto::Dispatcher dispatcher{agent,    approvals, channels,      chat,  config_double,
                               outbound, sessions,  system_double, tools, scopes};

  ~SessionsFixture() {
    std::promise<void> flushed;
    store->Flush([&] { flushed.set_value(); });
    flushed.get_future().wait();
    pool.Stop();
  }

  // The response frame of one call; an ok payload is checked against the result schema.
  json Call(const std::string& method, json params = json::object()) {
    const proto::MethodInfo* info = proto::FindMethod(method);
    REQUIRE(info);
    auto sink = std::make_shared<WaitingSink>();
    auto peer = std::make_shared<rpc::Peer>();
    peer->conn_id = "conn-1";
    peer->scopes = rpc::GrantedScopes(std::vector<proto::Scope>{proto::Scope::kOperatorAdmin});
    rpc::CallContext context(peer, {.executor = &executor, .log = &log, .publisher = &publisher});
    dispatcher.Dispatch(*info, params, context, sink, "req-1");
    auto frame = sink->Wait();
    REQUIRE(frame);
    if ((*frame)["ok"] == true) {
      INFO((*frame)["payload"].dump());
      CHECK(proto::Validate(proto::FindCheck(info->result), (*frame)["payload"]).empty());
    }
    return *frame;
  }
  json Payload(const std::string& method, json params = json::object()) {
    auto frame = Call(method, std::move(params));
    INFO(frame.dump());
    REQUIRE(frame["ok"] == true);
    return frame["payload"];
  }
};

}  // namespace

TEST_CASE("Sessions service: list names the configured model and pages", "[sessions][services]") {
  SessionsFixture f;
  for (const char* key : {"a", "b", "c"}) f.Payload("sessions.patch", {{"key", key}});
  auto page = f.Payload("sessions.list", {{"limit", 2}});
  CHECK(page["count"] == 2);
  CHECK(page["totalCount"] == 3);
  CHECK(page["hasMore"] == true);
  CHECK(page["nextOffset"] == 2);
  CHECK(page["defaults"]["modelProvider"] == "anthropic");
  CHECK(page["defaults"]["model"] == "claude-sonnet-4-5");
  auto rest = f.Payload("sessions.list", {{"limit", 2}, {"offset", 2}});
  CHECK(rest["count"] == 1);
  CHECK(rest["offset"] == 2);
  CHECK(rest["nextOffset"].is_null());
  CHECK(f.Payload("sessions.list", {{"search", "agent:main:b"}})["count"] == 1);
  CHECK(f.Call("sessions.list", {{"limit", 0}})["error"]["message"] ==
        "invalid sessions.list params: at /limit: must be >= 1");
}

TEST_CASE("Sessions service: patch publishes sessions.changed to session watchers",
          "[sessions][services]") {
  SessionsFixture f;
  auto patched = f.Payload(
      "sessions.patch",
      {{"key", "main"}, {"label", "Desk"}, {"model", "openai/gpt-5"}, {"thinkingLevel", "high"}});
  CHECK(patched["resolved"]["modelProvider"] == "openai");
  CHECK(patched["resolved"]["model"] == "gpt-5");
  CHECK(patched["resolved"]["thinkingLevel"] == "high");
  auto events = f.publisher.Named("sessions.changed");
  REQUIRE(events.size() == 1);
  CHECK(events[0].audience.kind == rpc::Audience::Kind::kSessionWatchers);
  CHECK(events[0].payload["reason"] == "patch");
  CHECK(events[0].payload["catalogChanged"] == true);
  CHECK(events[0].payload["session"]["thinkingLevel"] == "high");

  auto cleared = f.Payload("sessions.patch", {{"key", "main"}, {"label", nullptr}});
  CHECK_FALSE(cleared["entry"].contains("label"));
  CHECK(f.Call("sessions.patch", {{"key", "agent:x"}})["error"]["code"] == "INVALID_REQUEST");
}

TEST_CASE("Sessions service: subscriptions are recorded for the calling connection",
          "[sessions][services]") {
  SessionsFixture f;
  CHECK(f.Payload("sessions.subscribe") == json{{"subscribed", true}});
  CHECK(f.Payload("sessions.messages.subscribe", {{"key", "Work"}}) ==
        json{{"subscribed", true}, {"key", "agent:main:work"}});
  CHECK(f.Payload("sessions.messages.unsubscribe", {{"key", "work"}}) ==
        json{{"subscribed", false}, {"key", "agent:main:work"}});
  CHECK(f.subscriptions.calls == std::vector<std::string>{"sessions conn-1 on",
                                                          "messages conn-1 agent:main:work on",
                                                          "messages conn-1 agent:main:work off"});
}

TEST_CASE("Sessions service: reset, delete and compact", "[sessions][services]") {
  SessionsFixture f;
  auto created = f.Payload("sessions.reset", {{"key", "main"}, {"reason", "new"}});
  const auto session_id = created["entry"]["sessionId"];
  CHECK(f.publisher.Named("sessions.changed").back().payload["reason"] == "new");
  f.Payload("chat.inject", {{"sessionKey", "main"}, {"message", "one"}});
  f.Payload("chat.inject", {{"sessionKey", "main"}, {"message", "two"}});
  CHECK(f.publisher.Named("session.message").size() == 2);
  CHECK(f.publisher.Named("session.message")[0].audience.kind ==
        rpc::Audience::Kind::kSessionMessages);
  CHECK(f.publisher.Named("chat")[0].audience.kind == rpc::Audience::Kind::kSessionEvents);

  auto compact = f.Payload("sessions.compact", {{"key", "main"}, {"maxLines", 1}});
  CHECK(compact["compacted"] == true);
  auto history = f.Payload("chat.history", {{"sessionKey", "main"}});
  REQUIRE(history["messages"].size() == 1);
  CHECK(history["messages"][0]["content"][0]["text"] == "two");
  // One message left: too little for a model summary (a preflight no-op).
  CHECK(f.Payload("sessions.compact", {{"key", "main"}}) == json{{"ok", false},
                                                                 {"key", "agent:main:main"},
                                                                 {"compacted", false},
                                                                 {"reason", "nothing to compact"}});

  auto reset = f.Payload("sessions.reset", {{"key", "main"}, {"reason", "whatever"}});
  CHECK(reset["entry"]["sessionId"] == session_id);
  CHECK(f.publisher.Named("sessions.changed").back().payload["reason"] == "reset");

  auto main_delete = f.Call("sessions.delete", {{"key", "main"}});
  CHECK(main_delete["error"]["message"] == "Cannot delete the main session (agent:main:main).");
  f.Payload("sessions.patch", {{"key", "scratch"}});
  auto deleted = f.Payload("sessions.delete", {{"key", "scratch"}});
  CHECK(deleted["deleted"] == true);
  auto changed = f.publisher.Named("sessions.changed");
  REQUIRE(changed.size() >= 2);
  CHECK(changed[changed.size() - 2].payload["sessionKey"] == "agent:main:scratch");
  CHECK(changed.back().payload == json{{"reason", "delete"}, {"ts", changed.back().payload["ts"]}});
}

TEST_CASE("Sessions service: scope resolvers", "[sessions][services][scopes]") {
  services::ScopeResolvers scopes;
  CHECK(scopes.SessionsPatch({{"key", "k"}, {"label", "x"}, {"fastMode", "auto"}}) ==
        proto::Scope::kOperatorWrite);
  CHECK(scopes.SessionsPatch({{"key", "k"}, {"permissionMode", "full"}}) ==
        proto::Scope::kOperatorAdmin);
  CHECK(scopes.SessionsPatch({{"key", "k"}, {"sandboxMode", "off"}}) ==
        proto::Scope::kOperatorAdmin);
  CHECK(scopes.SessionsPatch({{"key", "k"}, {"toolOverrides", json::object()}}) ==
        proto::Scope::kOperatorAdmin);
  CHECK(scopes.SessionsDelete({{"key", "k"}}) == proto::Scope::kOperatorAdmin);
  CHECK(scopes.SessionsDelete({{"key", "k"}, {"archivedOnly", true}}) ==
        proto::Scope::kOperatorWrite);
  CHECK(
      scopes.SessionsDelete({{"key", "k"}, {"archivedOnly", true}, {"emitLifecycleHooks", true}}) ==
      proto::Scope::kOperatorAdmin);
}

TEST_CASE("Sessions service: preview cuts text and reports missing keys", "[sessions][services]") {
  SessionsFixture f;
  f.Payload("sessions.patch", {{"key", "main"}});
  f.Payload("chat.inject", {{"sessionKey", "main"}, {"message", std::string(50, 'x')}});
  f.Payload("chat.inject", {{"sessionKey", "main"}, {"message", "NO_REPLY"}});
  auto preview = f.Payload("sessions.preview", {{"keys", {"main", "none"}}, {"maxChars", 20}});
  CHECK(preview["previews"][0]["items"] ==
        json::array({{{"role", "assistant"}, {"text", std::string(17, 'x') + "..."}}}));
  CHECK(preview["previews"][1] ==
        json{{"key", "none"}, {"status", "missing"}, {"items", json::array()}});
}
