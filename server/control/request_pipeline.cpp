#include "server/control/request_pipeline.hpp"

#include <chrono>

#include "gateway/proto/validators.hpp"
#include "server/control/response_sinks.hpp"

namespace gateway::control {
using nlohmann::json;
using proto::ErrorCode;
using proto::MakeError;

namespace {

constexpr std::string_view kSubsystem = "gateway";

bool IsLowerHex(std::string_view text) {
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

// The frame as the generated RequestFrame, its members moved out of the JSON: it has passed
// CheckRequestFrame, so the generic decoder's second round of checks (and its allocations on the
// hot path) is not needed. The params go to `params`, moved, never copied.
proto::RequestFrame TakeRequest(json& frame, json& params) {
  auto take = [&frame](const char* key) -> std::optional<std::string> {
    auto it = frame.find(key);
    if (it == frame.end()) return std::nullopt;
    return std::move(it->get_ref<std::string&>());
  };
  proto::RequestFrame request;
  request.id = *take("id");
  request.method = *take("method");
  request.traceparent = take("traceparent");
  request.expected_profile_id = take("expectedProfileId");
  if (auto it = frame.find("params"); it != frame.end()) params = std::move(*it);
  return request;
}

}  // namespace

std::string TraceIdOf(std::string_view traceparent) {
  // version "-" trace-id "-" parent-id "-" flags; an all-zero trace id is invalid.
  if (traceparent.size() < 55 || traceparent[2] != '-' || traceparent[35] != '-' ||
      traceparent[52] != '-') {
    return {};
  }
  std::string_view trace_id = traceparent.substr(3, 32);
  if (!IsLowerHex(traceparent.substr(0, 2)) || !IsLowerHex(trace_id) ||
      trace_id.find_first_not_of('0') == std::string_view::npos) {
    return {};
  }
  return std::string(trace_id);
}

RequestPipeline::RequestPipeline(proto::Dispatcher& dispatcher,
                                 rpc::CallContext::Environment environment, logging::Logger& log)
    : dispatcher_(dispatcher), environment_(environment), log_(log) {}

void RequestPipeline::Handle(const std::shared_ptr<Client>& client, std::string message) {
  const auto start = std::chrono::steady_clock::now();
  const rpc::Peer& peer = *client->peer;
  json frame;
  try {
    frame = wire::ParseUntrusted(message);
  } catch (const wire::DecodeError&) {
    return;  // unparseable JSON after hello is ignored (observed)
  }
  auto errors = proto::Validate(&proto::CheckRequestFrame, frame);
  if (!errors.empty()) {
    std::string id = frame.is_object() && frame.contains("id") && frame["id"].is_string() &&
                             !frame["id"].get_ref<const std::string&>().empty()
                         ? frame["id"].get<std::string>()
                         : "invalid";
    auto error = MakeError(ErrorCode::kInvalidRequest,
                           "invalid request frame: " + wire::FormatErrors(errors));
    return proto::SendError(
        *MakeResponseSink(client->connection, log_, peer.conn_id, "(invalid frame)", id, start), id,
        error);
  }
  json params;
  const proto::RequestFrame request = TakeRequest(frame, params);
  const std::string& id = request.id;
  const proto::MethodInfo* method = proto::FindMethod(request.method);
  const std::shared_ptr<proto::ResponseSink> sink =
      MakeResponseSink(client->connection, log_, peer.conn_id, request.method, id, start);

  if (!method || method->role) {  // methods the table lets any role call skip both gates
    // Role: node-only methods need a node; everything else, unknown methods included, an operator.
    proto::Role needed = method && method->role ? *method->role : proto::Role::kOperator;
    if (peer.role != needed) {
      auto error = MakeError(ErrorCode::kInvalidRequest,
                             "unauthorized role: " + std::string(proto::ToString(peer.role)));
      proto::SendError(*sink, id, error);
      if (++client->unauthorized_role_calls > proto::constants::kMaxUnauthorizedCalls) {
        client->connection->Close(1008, "repeated unauthorized calls");
      }
      return;
    }
    client->unauthorized_role_calls = 0;
    if (peer.role == proto::Role::kOperator) {
      std::optional<proto::Scope> required =
          method ? dispatcher_.RequiredScope(*method, params)
                 : std::optional<proto::Scope>(proto::Scope::kOperatorAdmin);
      if (required && !peer.HasScope(*required)) {
        std::string scope(proto::ToString(*required));
        auto error = MakeError(
            ErrorCode::kForbidden, "missing scope: " + scope,
            proto::MissingScopeDetails{.missing_scope = scope, .required_scopes = {scope}});
        return proto::SendError(*sink, id, error);
      }
    }
  }
  if (!method) {
    auto error =
        MakeError(ErrorCode::kInvalidRequest, request.method == "connect"
                                                  ? "connect is only valid as the first request"
                                                  : "unknown method: " + request.method);
    return proto::SendError(*sink, id, error);
  }
  rpc::CallContext context(client->peer, environment_,
                           request.traceparent ? TraceIdOf(*request.traceparent) : std::string(),
                           client->closed.token());
  try {
    dispatcher_.Dispatch(*method, params, context, sink, id);
  } catch (const std::exception& e) {
    // The Reply inside the dispatch has already answered UNAVAILABLE when it was dropped.
    log_.Error(kSubsystem, "handler for " + request.method + " failed: " + e.what());
  }
}

}  // namespace gateway::control
