// The request pipeline without sockets, in front of the generated service double: frame errors,
// the role and scope gates from the method table, unknown methods, and what reaches the service
// (typed params, the caller's peer, the trace id, a token cancelled when the client closes).
#include "server/control/request_pipeline.hpp"

#include <catch2/catch.hpp>

#include "gateway/proto/testing/agent_service_double.hpp"
#include "gateway/proto/testing/approvals_service_double.hpp"
#include "gateway/proto/testing/channels_service_double.hpp"
#include "gateway/proto/testing/chat_service_double.hpp"
#include "gateway/proto/testing/config_service_double.hpp"
#include "gateway/proto/testing/outbound_service_double.hpp"
#include "gateway/proto/testing/sessions_service_double.hpp"
#include "gateway/proto/testing/system_service_double.hpp"
#include "gateway/proto/testing/tools_service_double.hpp"
#include "server/control/control_plane.hpp"
#include "server/services/scope_resolvers.hpp"
#include "tests/support/fakes.hpp"
#include "tests/support/temp_dir.hpp"

using namespace gateway;
using nlohmann::json;

namespace {

// The double, also keeping the CallContext of the last `status` call.
class Services final : public proto::testing::SystemServiceDouble {
 public:
  std::optional<rpc::CallContext> status_context;
  void Status(proto::StatusParams params, rpc::CallContext& context,
              proto::Reply<proto::StatusResult> reply) override {
    status_context = context;
    SystemServiceDouble::Status(std::move(params), context, std::move(reply));
  }
};

struct Pipeline {
  testing::TempDir dir;
  logging::Logger log{testing::FileOnlyLog(dir / "gateway.log")};
  testing::InlineExecutor executor;
  testing::RecordingPublisher publisher;
  Services services;
  proto::testing::AgentServiceDouble agent;
  proto::testing::ChannelsServiceDouble channels;
  proto::testing::OutboundServiceDouble outbound;
  proto::testing::ChatServiceDouble chat;
  proto::testing::ConfigServiceDouble config;
  proto::testing::SessionsServiceDouble sessions;
  proto::testing::ToolsServiceDouble tools;
  proto::testing::ApprovalsServiceDouble approvals;
  services::ScopeResolvers scopes;
  proto::Dispatcher dispatcher{agent,    approvals, channels, chat,  config,
                               outbound, sessions,  services, tools, scopes};
  control::RequestPipeline pipeline{
      dispatcher, {.executor = &executor, .log = &log, .publisher = &publisher}, log};
  control::ConnectionRegistry registry;

  std::pair<std::shared_ptr<control::Client>, std::shared_ptr<testing::RecordingConnection>> Client(
      proto::Role role, std::vector<proto::Scope> scopes) {
    auto connection = std::make_shared<testing::RecordingConnection>("socket");
    auto peer = std::make_shared<rpc::Peer>();
    peer->conn_id = "conn-1";
    peer->role = role;
    peer->scopes = rpc::GrantedScopes(std::vector<proto::Scope>(std::move(scopes)));
    registry.AddPending(connection.get(), "nonce");
    auto client = std::make_shared<control::Client>(connection, peer);
    registry.Promote(client);
    return {client, connection};
  }

  static std::string Request(const std::string& method, json params = json::object(),
                             json extra = json::object()) {
    json frame = {{"type", "req"}, {"id", "r1"}, {"method", method}, {"params", params}};
    frame.update(extra);
    return frame.dump();
  }
};

json LastFrame(const testing::RecordingConnection& connection) {
  auto frames = connection.frames();
  REQUIRE_FALSE(frames.empty());
  return frames.back();
}

std::string Code(proto::ErrorCode code) { return std::string(proto::ToString(code)); }

}  // namespace

TEST_CASE("Pipeline: a permitted call reaches the service with typed params",
          "[pipeline][control]") {
  Pipeline p;
  auto [client, connection] = p.Client(proto::Role::kOperator, {proto::Scope::kOperatorAdmin});
  proto::LogsTailResult result;
  result.file = "/tmp/x.log";
  p.services.logs_tail.Returns(result);
  p.pipeline.Handle(client, Pipeline::Request("logs.tail", {{"limit", 7}}));
  REQUIRE(p.services.logs_tail.call_count() == 1);
  CHECK(p.services.logs_tail.last_call()->limit == 7);
  auto frame = LastFrame(*connection);
  CHECK(frame["id"] == "r1");
  CHECK(frame["ok"] == true);
  CHECK(frame["payload"]["file"] == "/tmp/x.log");
}

TEST_CASE("Pipeline: params that do not match the schema never reach the service",
          "[pipeline][control]") {
  Pipeline p;
  auto [client, connection] = p.Client(proto::Role::kOperator, {proto::Scope::kOperatorAdmin});
  p.pipeline.Handle(client, Pipeline::Request("logs.tail", {{"limit", "many"}}));
  CHECK(p.services.logs_tail.call_count() == 0);
  auto frame = LastFrame(*connection);
  CHECK(frame["error"]["code"] == Code(proto::ErrorCode::kInvalidRequest));
  CHECK(frame["error"]["message"].get<std::string>().rfind("invalid logs.tail params", 0) == 0);
}

TEST_CASE("Pipeline: the scope gate comes from the method table", "[pipeline][control]") {
  Pipeline p;
  const proto::MethodInfo* status = proto::FindMethod("status");
  REQUIRE(status);
  REQUIRE(status->scope);
  auto [client, connection] = p.Client(proto::Role::kOperator, {});
  p.pipeline.Handle(client, Pipeline::Request("status"));
  CHECK(p.services.status.call_count() == 0);
  auto frame = LastFrame(*connection);
  const std::string scope(proto::ToString(*status->scope));
  CHECK(frame["error"]["code"] == Code(proto::ErrorCode::kForbidden));
  CHECK(frame["error"]["details"] == json{{"code", "MISSING_SCOPE"},
                                          {"missingScope", scope},
                                          {"requiredScopes", json::array({scope})}});
  // health is callable by any role and needs no scope.
  p.services.health.Returns({});
  p.pipeline.Handle(client, Pipeline::Request("health"));
  CHECK(p.services.health.call_count() == 1);
}

TEST_CASE("Pipeline: a node calling operator methods is refused, then disconnected",
          "[pipeline][control]") {
  Pipeline p;
  auto [client, connection] = p.Client(proto::Role::kNode, {proto::Scope::kOperatorAdmin});
  for (int i = 0; i <= proto::constants::kMaxUnauthorizedCalls; ++i) {
    p.pipeline.Handle(client, Pipeline::Request("status"));
    auto frame = LastFrame(*connection);
    CHECK(frame["error"]["code"] == Code(proto::ErrorCode::kInvalidRequest));
    CHECK(frame["error"]["message"] == "unauthorized role: node");
  }
  CHECK(connection->close_info().code == 1008);
  CHECK(p.services.status.call_count() == 0);
}

TEST_CASE("Pipeline: bad frames, unknown methods and a late connect", "[pipeline][control]") {
  Pipeline p;
  auto [client, connection] = p.Client(proto::Role::kOperator, {proto::Scope::kOperatorAdmin});
  p.pipeline.Handle(client, "{not json");
  CHECK(connection->frames().empty());  // ignored after hello (observed)
  p.pipeline.Handle(client, R"({"type":"req","id":"","method":"health"})");
  CHECK(LastFrame(*connection)["error"]["message"].get<std::string>().rfind("invalid request frame",
                                                                            0) == 0);
  CHECK(LastFrame(*connection)["id"] == "invalid");
  p.pipeline.Handle(client, Pipeline::Request("no.such.method"));
  CHECK(LastFrame(*connection)["error"]["message"] == "unknown method: no.such.method");
  p.pipeline.Handle(client, Pipeline::Request("connect"));
  CHECK(LastFrame(*connection)["error"]["message"] == "connect is only valid as the first request");
}

TEST_CASE("Pipeline: the call's context carries the peer, the trace id and the close",
          "[pipeline][control]") {
  Pipeline p;
  auto [client, connection] = p.Client(proto::Role::kOperator, {proto::Scope::kOperatorAdmin});
  p.services.status.Holds();
  p.pipeline.Handle(
      client, Pipeline::Request(
                  "status", json::object(),
                  {{"traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"}}));
  REQUIRE(p.services.status_context);
  const rpc::CallContext& context = *p.services.status_context;
  CHECK(context.peer().conn_id == "conn-1");
  CHECK(context.trace_id() == "4bf92f3577b34da6a3ce929d0e0e4736");
  CHECK_FALSE(context.cancellation().cancelled());
  // The client goes away (the control plane hears it from the transport): work tied to its
  // calls is cancelled, and the client is forgotten.
  control::EventBus bus(p.registry);
  domain::GatewayInfo info("test");
  domain::StateVersions versions;
  domain::PresenceStore presence(proto::PresenceEntry{}, {}, versions, nullptr);
  domain::HealthMonitor health("/s", 60000, versions, nullptr);
  control::Authenticator auth(config::AuthMode::kNone, std::nullopt, std::nullopt, {});
  control::Handshake handshake(
      {}, {info, presence, health, versions}, p.registry, auth, p.log,
      [](std::chrono::milliseconds, std::function<void()> task) { task(); });
  control::ControlPlane plane(p.registry, bus, handshake, p.pipeline, presence, p.log);
  std::shared_ptr<transport::Connection> socket = connection;
  plane.OnClose(socket);
  CHECK(context.cancellation().cancelled());
  CHECK(p.registry.FindById("conn-1") == nullptr);
  for (auto& held : p.services.status.TakeHeld())
    held.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "gone"));
}

TEST_CASE("Pipeline: trace ids come only from well-formed traceparents", "[pipeline][control]") {
  CHECK(control::TraceIdOf("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01") ==
        "4bf92f3577b34da6a3ce929d0e0e4736");
  CHECK(control::TraceIdOf("00-00000000000000000000000000000000-00f067aa0ba902b7-01").empty());
  CHECK(control::TraceIdOf("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01").empty());
  CHECK(control::TraceIdOf("garbage").empty());
  CHECK(control::TraceIdOf("").empty());
}
