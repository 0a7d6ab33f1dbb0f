#include "server/control/handshake.hpp"

#include "gateway/proto/validators.hpp"
#include "server/control/log_text.hpp"
#include "server/domain/sessions/session_key.hpp"
#include "server/platform/ids.hpp"
#include "server/platform/net_address.hpp"

namespace gateway::control {
using nlohmann::json;
using proto::ErrorCode;
using proto::MakeError;

namespace {

constexpr std::string_view kSubsystem = "gateway";

std::string EncodeChallenge(const std::string& nonce) {
  proto::ConnectChallengeEvent challenge;
  challenge.nonce = nonce;
  challenge.ts = NowMs();
  // connect.challenge carries no seq (protocol.md §3).
  return json{{"type", "event"}, {"event", "connect.challenge"}, {"payload", Write(challenge)}}
      .dump();
}

// Negotiated protocol, or nullopt (protocol.md §3 "Version negotiation", [impl] column): v4, a
// probe's older minimum, or v3 answered as v3.
std::optional<std::int64_t> Negotiate(const proto::ConnectParams& p) {
  if (p.min_protocol <= proto::kProtocolVersion && proto::kProtocolVersion <= p.max_protocol)
    return proto::kProtocolVersion;
  if (p.client.mode == proto::GatewayClientMode::kProbe &&
      p.max_protocol >= proto::constants::kMinProbeProtocol &&
      p.min_protocol <= proto::kProtocolVersion) {
    return proto::kProtocolVersion;
  }
  if (p.max_protocol == 3 && p.min_protocol <= 3) return 3;
  return std::nullopt;
}

bool EphemeralMode(proto::GatewayClientMode mode) {
  return mode == proto::GatewayClientMode::kCli || mode == proto::GatewayClientMode::kBackend ||
         mode == proto::GatewayClientMode::kProbe;
}

proto::PresenceEntry PresenceOf(const rpc::Peer& peer, std::int64_t now) {
  const auto& client = peer.connect.client;
  proto::PresenceEntry entry;
  entry.ts = now;
  entry.online_since = now;
  entry.host = std::string(proto::ToString(client.id));
  entry.version = client.version;
  entry.platform = client.platform;
  entry.device_family = client.device_family;
  entry.model_identifier = client.model_identifier;
  entry.mode = std::string(proto::ToString(client.mode));
  entry.instance_id = client.instance_id;
  entry.reason = "connect";
  entry.roles = std::vector<std::string>{std::string(proto::ToString(peer.role))};
  entry.text = "Node: " + client.display_name.value_or("unknown") + " · mode " + *entry.mode;
  return entry;
}

}  // namespace

Handshake::Handshake(Settings settings, Domain domain, ConnectionRegistry& registry,
                     Authenticator& auth, logging::Logger& log, domain::RunAfter run_after)
    : settings_(std::move(settings)),
      domain_(domain),
      registry_(registry),
      auth_(auth),
      log_(log),
      run_after_(std::move(run_after)) {}

void Handshake::Open(const std::shared_ptr<transport::Connection>& connection) {
  std::string nonce = NewUuid();
  registry_.AddPending(connection.get(), nonce);
  connection->Send(EncodeChallenge(nonce));
}

void Handshake::Drop(const std::shared_ptr<transport::Connection>& connection, int close_code,
                     std::string close_reason) {
  registry_.RemovePending(connection.get());  // nothing more is read from this connection
  connection->Close(close_code, std::move(close_reason));
}

void Handshake::Reject(const std::shared_ptr<transport::Connection>& connection,
                       const std::string& id, const proto::ErrorShape& error, int close_code,
                       std::string close_reason) {
  registry_.RemovePending(connection.get());
  if (log_.IsEnabled(logging::Level::kDebug)) {
    log_.Debug(kSubsystem, "handshake refused ip=" + connection->remote_ip() + " " + error.code +
                               ": " + std::string(Clip(error.message)));
  }
  connection->Send(proto::EncodeResponse(id, false, nullptr, &error));
  connection->Close(close_code, std::move(close_reason));
}

void Handshake::HandleConnect(const std::shared_ptr<transport::Connection>& connection,
                              std::string message) {
  if (!registry_.IsPending(connection.get())) return;  // refused already; its close is under way
  json frame;
  try {
    frame = wire::ParseUntrusted(message);
  } catch (const wire::DecodeError&) {
    return Drop(connection, 1000, "");  // unparseable before the handshake (observed)
  }
  if (!proto::Validate(&proto::CheckRequestFrame, frame).empty())
    return Drop(connection, 1008, "invalid request frame");
  auto request = wire::Decode<proto::RequestFrame>(frame);
  const std::string& id = request.id;
  if (request.method != "connect") {
    std::string text = "invalid handshake: first request must be connect";
    return Reject(connection, id, MakeError(ErrorCode::kInvalidRequest, text), 1008, text);
  }
  const json params_json = request.params.value_or(json());
  auto errors = proto::Validate(&proto::CheckConnectParams, params_json);
  if (!errors.empty()) {
    std::string text = "invalid connect params: " + wire::FormatErrors(errors);
    return Reject(connection, id, MakeError(ErrorCode::kInvalidRequest, text), 1008, text);
  }
  auto params = wire::Decode<proto::ConnectParams>(params_json);
  const std::string role = params.role.value_or("operator");
  // Worker sockets belong on the worker route.
  if (role == "worker") return Drop(connection, 1008, "invalid-handshake");
  if (role != "operator" && role != "node")
    return Reject(connection, id, MakeError(ErrorCode::kInvalidRequest, "invalid role"), 1008,
                  "invalid role");
  const bool node = role == "node";

  auto protocol = Negotiate(params);
  if (!protocol) {
    proto::ProtocolMismatchDetails details;
    details.client_min_protocol = params.min_protocol;
    details.client_max_protocol = params.max_protocol;
    details.expected_protocol = proto::kProtocolVersion;
    details.minimum_probe_protocol = proto::constants::kMinProbeProtocol;
    return Reject(connection, id,
                  MakeError(ErrorCode::kInvalidRequest, "protocol mismatch", details), 1002,
                  "protocol mismatch");
  }

  const std::string origin = connection->header("origin");
  const bool loopback = platform::IsLoopbackIp(connection->remote_ip());
  const auto client_id = params.client.id;
  const bool webchat = client_id == proto::GatewayClientId::kWebchatUi ||
                       client_id == proto::GatewayClientId::kWebchat;
  const bool control_ui = client_id == proto::GatewayClientId::kOpenclawControlUi ||
                          client_id == proto::GatewayClientId::kOpenclawBrowserCopilot;
  if ((webchat || control_ui) && origin.empty()) {
    std::string text =
        "origin not allowed (open the Control UI from the gateway host or allow it in "
        "gateway.controlUi.allowedOrigins)";
    return Reject(
        connection, id,
        MakeError(ErrorCode::kInvalidRequest, text,
                  proto::ControlUiOriginNotAllowedDetails{.reason = "origin missing or invalid"}),
        1008, text);
  }

  auto failure = auth_.Check(params, connection->remote_ip(), loopback, origin, NowMs());
  if (failure) {
    std::string text = failure->error.message;
    LogAuthFailure(log_, "connect", connection->remote_ip(), failure->error);
    if (!failure->delay) return Reject(connection, id, failure->error, 1008, text);
    registry_.RemovePending(connection.get());
    // A wrong secret is answered after a pause (observed ≈260 ms), which also slows guessing.
    run_after_(settings_.auth_failure_delay, [connection, id, error = failure->error, text] {
      connection->Send(proto::EncodeResponse(id, false, nullptr, &error));
      connection->Close(1008, text);
    });
    return;
  }
  // Device identity is not verified yet (a later issue): a `device` field is never trusted.
  if (node) {
    return Reject(connection, id,
                  MakeError(ErrorCode::kNotPaired, "device identity required",
                            proto::DeviceIdentityRequiredDetails{}),
                  1008, "device identity required");
  }
  if (control_ui || client_id == proto::GatewayClientId::kOpenclawTui) {
    std::string text =
        "control ui requires device identity (use HTTPS or localhost secure context)";
    return Reject(connection, id,
                  MakeError(ErrorCode::kInvalidRequest, text,
                            proto::ControlUiDeviceIdentityRequiredDetails{}),
                  1008, text);
  }
  auto scopes = EffectiveScopes(params, loopback, !origin.empty());
  Attach(connection, id, std::move(params), *protocol, std::move(scopes));
}

std::vector<std::string> Handshake::EffectiveScopes(const proto::ConnectParams& params,
                                                    bool loopback, bool has_origin) const {
  std::vector<std::string> requested = params.scopes.value_or(std::vector<std::string>{});
  if (auth_.mode() == config::AuthMode::kNone) return requested;
  const auto id = params.client.id;
  const auto mode = params.client.mode;
  const bool local_cli =
      id == proto::GatewayClientId::kCli && mode == proto::GatewayClientMode::kCli;
  const bool local_backend =
      id == proto::GatewayClientId::kGatewayClient && mode == proto::GatewayClientMode::kBackend;
  // auth.md §4 (a): the local CLI and backend keep what they asked for; other device-less
  // shared-secret clients get nothing until device pairing exists.
  if (loopback && !has_origin && (local_cli || local_backend)) return requested;
  return {};
}

void Handshake::Attach(const std::shared_ptr<transport::Connection>& connection,
                       const std::string& request_id, proto::ConnectParams params,
                       std::int64_t protocol, std::vector<std::string> scopes) {
  auto peer = std::make_shared<rpc::Peer>();
  peer->conn_id = NewUuid();
  peer->remote_ip = connection->remote_ip();
  peer->loopback = platform::IsLoopbackIp(peer->remote_ip);
  peer->role =
      params.role.value_or("operator") == "node" ? proto::Role::kNode : proto::Role::kOperator;
  peer->protocol = protocol;
  peer->scopes = rpc::GrantedScopes(std::move(scopes));
  peer->connect = std::move(params);
  const bool tracked = !EphemeralMode(peer->connect.client.mode);
  if (tracked) peer->presence_key = "conn:" + peer->conn_id;

  // Requests from this socket reach the pipeline from now on (they cannot arrive before this
  // call returns: calls for one connection never overlap), events once hello-ok is queued.
  auto client = std::make_shared<Client>(connection, peer);
  if (!registry_.Promote(client)) return;  // closed meanwhile
  if (tracked) {
    domain_.presence.Upsert(peer->presence_key, PresenceOf(*peer, NowMs()),
                            domain::PresenceStore::Broadcast::kCoalesced);
  }
  json payload = Write(BuildHello(*peer));
  connection->Send(proto::EncodeResponse(request_id, true, &payload, nullptr));
  connection->Promote(static_cast<std::size_t>(proto::constants::kMaxPayload));
  client->ready.store(true, std::memory_order_release);
  if (log_.IsEnabled(logging::Level::kDebug)) {
    const auto& c = peer->connect.client;
    log_.Debug(kSubsystem,
               "handshake conn=" + peer->conn_id + " client=" + std::string(proto::ToString(c.id)) +
                   " mode=" + std::string(proto::ToString(c.mode)) +
                   " version=" + std::string(Clip(c.version)) + " ip=" + peer->remote_ip +
                   " protocol=" + std::to_string(peer->protocol) +
                   " role=" + std::string(proto::ToString(peer->role)) +
                   " scopes=" + std::string(Clip(JoinOrNone(peer->scopes.names()), 400)));
  }
}

proto::HelloOk Handshake::BuildHello(const rpc::Peer& peer) {
  const std::int64_t now = NowMs();
  proto::HelloOk hello;
  hello.protocol = peer.protocol;
  hello.server.version = domain_.info.version();
  hello.server.conn_id = peer.conn_id;
  hello.server.boot_id = domain_.info.boot_id();
  hello.features.methods = proto::MethodNames();
  hello.features.events = proto::EventNames();
  hello.snapshot.health = domain_.health.Current(now);
  if (peer.HasScope(proto::Scope::kOperatorRead)) {
    auto presence = domain_.presence.Read(now);
    hello.snapshot.presence = std::move(presence.list);
  }
  hello.snapshot.state_version = domain_.versions.Current();
  hello.snapshot.uptime_ms = domain_.info.UptimeMs();
  if (domain_.applied_config) hello.snapshot.applied_config_hash = domain_.applied_config->Get();
  proto::SessionDefaults defaults;
  defaults.default_agent_id = "main";
  defaults.main_key = std::string(domain::sessions::kMainKey);
  defaults.main_session_key = "agent:main:main";
  defaults.scope = "per-sender";
  hello.snapshot.session_defaults = defaults;
  if (peer.IsAdmin()) {
    hello.snapshot.config_path = settings_.paths.config_path.string();
    hello.snapshot.state_dir = settings_.paths.state_dir.string();
    hello.snapshot.auth_mode = proto::ParseSnapshotAuthMode(config::ToString(settings_.auth_mode));
  }
  hello.auth.role = std::string(proto::ToString(peer.role));
  hello.auth.scopes = peer.scopes.names();
  hello.policy.max_payload = proto::constants::kMaxPayload;
  hello.policy.max_buffered_bytes = proto::constants::kMaxBufferedBytes;
  hello.policy.tick_interval_ms = settings_.tick_interval.count();
  return hello;
}

}  // namespace gateway::control
