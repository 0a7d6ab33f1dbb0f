#include "server/gateway/gateway_server.hpp"

#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>

#include "gateway/proto/validators.hpp"
#include "server/gateway/ids.hpp"

namespace gateway::server {
using nlohmann::json;

namespace {

constexpr std::string_view kSubsystem = "gateway";

bool IsLoopbackIp(const std::string& ip) { return ip.rfind("127.", 0) == 0 || ip == "::1"; }

std::string EncodeChallenge(const std::string& nonce) {
  proto::ConnectChallengeEvent challenge;
  challenge.nonce = nonce;
  challenge.ts = NowMs();
  // connect.challenge carries no seq (protocol.md §3).
  return json{{"type", "event"}, {"event", "connect.challenge"}, {"payload", Write(challenge)}}
      .dump();
}

using proto::ErrorCode;
using proto::MakeError;

// Negotiated protocol, or nullopt (protocol.md §3 "Version negotiation", [impl] column).
std::optional<std::int64_t> Negotiate(const proto::ConnectParams& p, bool node) {
  const auto mode = p.client.mode;
  if (p.min_protocol <= proto::kProtocolVersion && proto::kProtocolVersion <= p.max_protocol)
    return proto::kProtocolVersion;
  if (mode == proto::GatewayClientMode::kProbe &&
      p.max_protocol >= proto::constants::kMinProbeProtocol &&
      p.min_protocol <= proto::kProtocolVersion) {
    return proto::kProtocolVersion;
  }
  if (p.max_protocol == 3 && p.min_protocol <= 3)
    return node ? 3 : 3;  // v3 accepted (brief), answered as v3
  return std::nullopt;
}

// Untrusted text (request ids, unknown method names) is cut short in log lines.
std::string_view Clip(std::string_view text, std::size_t limit = 80) {
  return text.substr(0, limit);
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += ',';
    out += item;
  }
  return out.empty() ? "(none)" : out;
}

// Reads `ok` and `error.code` of a response frame; the parse stops as soon as both are known, so
// a large payload (which follows them, see proto::EncodeResponse) is not parsed.
class OutcomeReader : public nlohmann::json_sax<json> {
 public:
  std::optional<bool> ok;
  std::string code;

  bool null() override { return true; }
  bool boolean(bool value) override {
    if (depth_ == 1 && key_ == "ok") ok = value;
    return !Done();
  }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t& value) override {
    if (depth_ == 2 && top_key_ == "error" && key_ == "code") code = value;
    return !Done();
  }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return ++depth_, true; }
  bool end_object() override { return --depth_, true; }
  bool start_array(std::size_t) override { return ++depth_, true; }
  bool end_array() override { return --depth_, true; }
  bool key(string_t& name) override {
    if (depth_ == 1) top_key_ = name;
    key_ = name;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  bool Done() const { return ok && (*ok || !code.empty()); }
  int depth_ = 0;
  std::string top_key_;
  std::string key_;
};

// Where one request's responses go.
struct ConnectionSink : proto::ResponseSink {
  std::shared_ptr<transport::Connection> connection;
  void SendFrame(std::string frame) override { connection->Send(std::move(frame)); }
};

// With debug logging on, each response is also logged: method, id, outcome, time since the
// request arrived. Logged before it is sent, so the line is there once the caller has its answer.
struct LoggingSink : ConnectionSink {
  logging::Logger* log = nullptr;
  std::string conn_id;
  std::string method;
  std::string id;
  std::chrono::steady_clock::time_point start;

  void SendFrame(std::string frame) override {
    OutcomeReader outcome;
    json::sax_parse(frame, &outcome, json::input_format_t::json, false);
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::steady_clock::now() - start)
                            .count();
    char duration[32];
    std::snprintf(duration, sizeof duration, "%.1fms", static_cast<double>(micros) / 1000.0);
    log->Debug(kSubsystem,
               "request conn=" + conn_id + " method=" + method + " id=" + id + " " +
                   (outcome.ok.value_or(false) ? std::string("ok") : "error " + outcome.code) +
                   " " + duration);
    ConnectionSink::SendFrame(std::move(frame));
  }
};

bool EphemeralMode(proto::GatewayClientMode mode) {
  return mode == proto::GatewayClientMode::kCli || mode == proto::GatewayClientMode::kBackend ||
         mode == proto::GatewayClientMode::kProbe;
}

}  // namespace

GatewayServer::GatewayServer(GatewayOptions options, logging::Logger& log)
    : options_(std::move(options)),
      log_(log),
      state_(std::make_unique<GatewayState>(options_.version, options_.paths,
                                            options_.settings.auth_mode, options_.timings, log)),
      identity_([this] {
        config::EnsureStateDir(options_.paths);  // 0700 when this is the first thing to create it
        return system::GatewayIdentity::LoadOrCreate(options_.paths.state_dir);
      }()),
      auth_(options_.settings.auth_mode, options_.settings.token, options_.settings.password,
            [&] {
              RateLimit limit;
              const json& rl = options_.config.effective.value(
                  "/gateway/auth/rateLimit"_json_pointer, json::object());
              limit.max_attempts = rl.value("maxAttempts", limit.max_attempts);
              limit.window_ms = rl.value("windowMs", limit.window_ms);
              limit.lockout_ms = rl.value("lockoutMs", limit.lockout_ms);
              limit.exempt_loopback = rl.value("exemptLoopback", limit.exempt_loopback);
              return limit;
            }()),
      system_service_(*state_, identity_),
      dispatcher_(system_service_),
      http_routes_(*state_, auth_, [&] {
        const json& proxies =
            options_.config.effective.value("/gateway/trustedProxies"_json_pointer, json::array());
        return proxies.is_array() && !proxies.empty();
      }()) {
  for (const auto& secret : {options_.settings.token, options_.settings.password}) {
    if (secret) log_.AddSecret(*secret);
  }
}

GatewayServer::~GatewayServer() {
  if (tick_timer_) tick_timer_->Cancel();
  if (transport_) transport_->Stop();
}

void GatewayServer::Start() {
  // glibc raises its mmap threshold to the size of each large block freed, after which a 20 MB
  // message lives in the heap and RSS stays at its peak. A fixed threshold keeps large buffers
  // in their own mappings, returned to the system when freed.
  mallopt(M_MMAP_THRESHOLD, 256 * 1024);
  transport::TransportOptions t;
  t.hosts = options_.settings.listen_hosts;
  t.port = options_.settings.port;
  t.threads = options_.threads;
  t.preauth_max_payload = static_cast<std::size_t>(proto::constants::kPreAuthMaxPayload);
  t.max_buffered_bytes = options_.timings.max_buffered_bytes;
  t.handshake_timeout = options_.timings.handshake;
  t.ping_interval = options_.timings.ping;
  t.max_connections = options_.timings.max_connections;
  t.http_read_timeout = options_.timings.http_read_timeout;
  t.report_error = [this](const std::string& text) { log_.Error("transport", text); };
  transport_ = transport::Transport::Create(t, *this, *this);
  transport_->Listen();
  state_->run_after = [this](std::chrono::milliseconds delay, std::function<void()> task) {
    transport_->RunAfter(delay, std::move(task));
  };
  transport_->Start();
  state_->health.Get(NowMs());
  tick_timer_ = transport_->RunEvery(options_.timings.tick, [this] { OnTick(); });
  log_.Info(kSubsystem, "listening on ws://" + options_.settings.listen_hosts.front() + ":" +
                            std::to_string(port()) + " (auth " +
                            std::string(config::ToString(options_.settings.auth_mode)) + ")");
}

int GatewayServer::port() const { return transport_ ? transport_->port() : 0; }
int GatewayServer::thread_count() const { return transport_ ? transport_->thread_count() : 0; }

std::size_t GatewayServer::connection_count() const {
  std::lock_guard lock(mutex_);
  return pending_.size() + sessions_.size();
}

void GatewayServer::OnTick() {
  proto::TickEvent tick;
  tick.ts = NowMs();
  state_->emit.Tick(tick);
  state_->health.Get(tick.ts);  // refreshes (and broadcasts) once the cached snapshot is stale
}

void GatewayServer::Shutdown(const std::string& reason,
                             std::optional<std::int64_t> restart_expected_ms) {
  std::vector<std::shared_ptr<transport::Connection>> connections;
  {
    std::lock_guard lock(mutex_);
    if (shutting_down_) return;
    shutting_down_ = true;
  }
  if (!transport_) return;
  transport_->StopAccepting();
  if (tick_timer_) tick_timer_->Cancel();
  proto::ShutdownEvent event;
  event.reason = reason.empty() ? "gateway stopping" : reason;
  event.restart_expected_ms = restart_expected_ms;
  state_->emit.Shutdown(event);
  {
    std::lock_guard lock(mutex_);
    for (const auto& [ptr, session] : sessions_) connections.push_back(session->connection);
  }
  for (const auto& c : connections) c->Close(1012, "service restart");
  // Let the close handshakes finish (bounded), then stop the I/O threads.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
  while (std::chrono::steady_clock::now() < deadline && connection_count() > 0) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  transport_->Stop();
  log_.Info(kSubsystem, "stopped (" + event.reason + ")");
}

void GatewayServer::OnOpen(const std::shared_ptr<transport::Connection>& connection) {
  std::string nonce = NewUuid();
  {
    std::lock_guard lock(mutex_);
    pending_[connection.get()] = nonce;
  }
  connection->Send(EncodeChallenge(nonce));
}

void GatewayServer::OnClose(const std::shared_ptr<transport::Connection>& connection) {
  std::shared_ptr<Session> session;
  {
    std::lock_guard lock(mutex_);
    pending_.erase(connection.get());
    auto it = sessions_.find(connection.get());
    if (it != sessions_.end()) {
      session = it->second;
      sessions_.erase(it);
    }
  }
  if (log_.IsEnabled(logging::Level::kDebug)) LogClose(*connection, session.get());
  if (!session) return;
  state_->bus.Remove(session.get());
  if (!session->presence_key.empty()) {
    if (state_->presence.MarkDisconnected(session->presence_key, NowMs()))
      state_->BroadcastPresenceCoalesced();
  }
}

void GatewayServer::LogClose(const transport::Connection& connection, const Session* session) {
  const auto info = connection.close_info();
  std::string line = session
                         ? "close conn=" + session->conn_id +
                               " client=" + std::string(proto::ToString(session->connect.client.id))
                         : "close before hello socket=" + connection.id();
  line += " ip=" + connection.remote_ip();
  if (info.code == 0) {
    line += " without a close frame";
  } else {
    line += " code=" + std::to_string(info.code);
    if (!info.reason.empty()) line += " reason=\"" + std::string(Clip(info.reason)) + "\"";
    line += info.by_peer ? " (by the client)" : " (by the gateway)";
  }
  log_.Debug(kSubsystem, line);
}

void GatewayServer::OnMessage(const std::shared_ptr<transport::Connection>& connection,
                              std::string message) {
  std::shared_ptr<Session> session;
  {
    std::lock_guard lock(mutex_);
    auto it = sessions_.find(connection.get());
    if (it != sessions_.end()) session = it->second;
  }
  if (session) return HandleRequest(session, std::move(message));
  HandleConnect(connection, std::move(message));
}

void GatewayServer::Reject(const std::shared_ptr<transport::Connection>& connection,
                           const std::string& id, const proto::ErrorShape& error, int close_code,
                           std::string close_reason) {
  {
    std::lock_guard lock(mutex_);
    pending_.erase(connection.get());  // nothing more is read from this connection
  }
  if (log_.IsEnabled(logging::Level::kDebug)) {
    log_.Debug(kSubsystem, "handshake refused ip=" + connection->remote_ip() + " " + error.code +
                               ": " + std::string(Clip(error.message)));
  }
  connection->Send(proto::EncodeResponse(id, false, nullptr, &error));
  connection->Close(close_code, std::move(close_reason));
}

void GatewayServer::HandleConnect(const std::shared_ptr<transport::Connection>& connection,
                                  std::string message) {
  {
    std::lock_guard lock(mutex_);
    if (!pending_.count(connection.get())) return;  // already rejected; its close is under way
  }
  json frame;
  try {
    frame = wire::ParseUntrusted(message);
  } catch (const wire::DecodeError&) {
    connection->Close(1000, "");  // unparseable before the handshake (observed)
    std::lock_guard lock(mutex_);
    pending_.erase(connection.get());
    return;
  }
  if (!proto::Validate(&proto::CheckRequestFrame, frame).empty()) {
    connection->Close(1008, "invalid request frame");
    std::lock_guard lock(mutex_);
    pending_.erase(connection.get());
    return;
  }
  const std::string id = frame["id"].get<std::string>();
  if (frame["method"] != "connect") {
    std::string text = "invalid handshake: first request must be connect";
    return Reject(connection, id, MakeError(ErrorCode::kInvalidRequest, text), 1008, text);
  }
  const json params_json = frame.value("params", json());
  auto errors = proto::Validate(&proto::CheckConnectParams, params_json);
  if (!errors.empty()) {
    std::string text = "invalid connect params: " + wire::FormatErrors(errors);
    return Reject(connection, id, MakeError(ErrorCode::kInvalidRequest, text), 1008, text);
  }
  auto params = wire::Decode<proto::ConnectParams>(params_json);
  const std::string role = params.role.value_or("operator");
  if (role == "worker") {
    connection->Close(1008, "invalid-handshake");  // worker sockets belong on the worker route
    std::lock_guard lock(mutex_);
    pending_.erase(connection.get());
    return;
  }
  if (role != "operator" && role != "node")
    return Reject(connection, id, MakeError(ErrorCode::kInvalidRequest, "invalid role"), 1008,
                  "invalid role");
  const bool node = role == "node";

  auto protocol = Negotiate(params, node && params.client.mode == proto::GatewayClientMode::kNode);
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
  const bool loopback = IsLoopbackIp(connection->remote_ip());
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
    {
      std::lock_guard lock(mutex_);
      pending_.erase(connection.get());
    }
    // A wrong secret is answered after a pause (observed ≈260 ms), which also slows guessing.
    transport_->RunAfter(options_.timings.auth_failure_delay,
                         [connection, id, error = failure->error, text] {
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

std::vector<std::string> GatewayServer::EffectiveScopes(const proto::ConnectParams& params,
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

void GatewayServer::Attach(const std::shared_ptr<transport::Connection>& connection,
                           const std::string& request_id, proto::ConnectParams params,
                           std::int64_t protocol, std::vector<std::string> scopes) {
  auto session = std::make_shared<Session>();
  session->connection = connection;
  session->conn_id = NewUuid();
  session->remote_ip = connection->remote_ip();
  session->loopback = IsLoopbackIp(session->remote_ip);
  session->role =
      params.role.value_or("operator") == "node" ? proto::Role::kNode : proto::Role::kOperator;
  session->protocol = protocol;
  for (const auto& s : scopes) {
    if (auto known = proto::ParseScope(s)) session->known_scopes.push_back(*known);
  }
  session->scopes = std::move(scopes);
  session->connect = std::move(params);

  bool presence_changed = false;
  if (!EphemeralMode(session->connect.client.mode)) {
    const auto& client = session->connect.client;
    proto::PresenceEntry entry;
    const std::int64_t now = NowMs();
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
    entry.roles = std::vector<std::string>{session->connect.role.value_or("operator")};
    entry.text = "Node: " + client.display_name.value_or("unknown") + " · mode " + *entry.mode;
    session->presence_key = "conn:" + session->conn_id;
    state_->presence.Upsert(session->presence_key, std::move(entry));
    presence_changed = true;
  }
  {
    std::lock_guard lock(mutex_);
    if (!pending_.erase(connection.get())) return;  // closed meanwhile
    sessions_[connection.get()] = session;
  }
  proto::HelloOk hello = BuildHello(*session);
  json payload = Write(hello);
  connection->Send(proto::EncodeResponse(request_id, true, &payload, nullptr));
  connection->Promote(static_cast<std::size_t>(proto::constants::kMaxPayload));
  if (log_.IsEnabled(logging::Level::kDebug)) {
    const auto& client = session->connect.client;
    log_.Debug(kSubsystem, "handshake conn=" + session->conn_id +
                               " client=" + std::string(proto::ToString(client.id)) +
                               " mode=" + std::string(proto::ToString(client.mode)) + " version=" +
                               std::string(Clip(client.version)) + " ip=" + session->remote_ip +
                               " protocol=" + std::to_string(session->protocol) +
                               " role=" + std::string(proto::ToString(session->role)) +
                               " scopes=" + std::string(Clip(Join(session->scopes), 400)));
  }
  state_->bus.Add(session);
  if (presence_changed) state_->BroadcastPresenceCoalesced();
}

proto::HelloOk GatewayServer::BuildHello(const Session& session) {
  const std::int64_t now = NowMs();
  proto::HelloOk hello;
  hello.protocol = session.protocol;
  hello.server.version = state_->version;
  hello.server.conn_id = session.conn_id;
  hello.server.boot_id = state_->boot_id;
  hello.features.methods = proto::MethodNames();
  hello.features.events = proto::EventNames();
  const bool reader = session.HasScope(proto::Scope::kOperatorRead);
  hello.snapshot.presence =
      reader ? state_->presence.List(now) : std::vector<proto::PresenceEntry>{};
  hello.snapshot.health = state_->health.Current(now);
  hello.snapshot.state_version = state_->CurrentStateVersion();
  hello.snapshot.uptime_ms = state_->UptimeMs();
  proto::SessionDefaults defaults;
  defaults.default_agent_id = "main";
  defaults.main_key = "main";
  defaults.main_session_key = "agent:main:main";
  defaults.scope = "per-sender";
  hello.snapshot.session_defaults = defaults;
  if (session.IsAdmin()) {
    hello.snapshot.config_path = options_.paths.config_path.string();
    hello.snapshot.state_dir = options_.paths.state_dir.string();
    hello.snapshot.auth_mode =
        proto::ParseSnapshotAuthMode(config::ToString(options_.settings.auth_mode));
  }
  hello.auth.role = std::string(proto::ToString(session.role));
  hello.auth.scopes = session.scopes;
  hello.policy.max_payload = proto::constants::kMaxPayload;
  hello.policy.max_buffered_bytes = proto::constants::kMaxBufferedBytes;
  hello.policy.tick_interval_ms = options_.timings.tick.count();
  return hello;
}

std::shared_ptr<proto::ResponseSink> GatewayServer::SinkFor(
    const Session& session, std::string_view method, std::string_view id,
    std::chrono::steady_clock::time_point start) {
  if (!log_.IsEnabled(logging::Level::kDebug)) {
    auto sink = std::make_shared<ConnectionSink>();
    sink->connection = session.connection;
    return sink;
  }
  auto sink = std::make_shared<LoggingSink>();
  sink->connection = session.connection;
  sink->log = &log_;
  sink->conn_id = session.conn_id;
  sink->method = Clip(method);
  sink->id = Clip(id);
  sink->start = start;
  return sink;
}

void GatewayServer::HandleRequest(const std::shared_ptr<Session>& session, std::string message) {
  const auto start = std::chrono::steady_clock::now();
  auto& connection = session->connection;
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
    return proto::SendError(*SinkFor(*session, "(invalid frame)", id, start), id, error);
  }
  std::string id = frame["id"].get<std::string>();
  std::string method_name = frame["method"].get<std::string>();
  const json params =
      frame.contains("params") ? std::move(frame["params"]) : json();  // moved, not copied
  const proto::MethodInfo* method = proto::FindMethod(method_name);
  const std::shared_ptr<proto::ResponseSink> sink = SinkFor(*session, method_name, id, start);

  if (!method || method->role) {  // methods the table lets any role call skip both gates
    // Role: node-only methods need a node; everything else, unknown methods included, an operator.
    proto::Role needed = method && method->role ? *method->role : proto::Role::kOperator;
    if (session->role != needed) {
      auto error = MakeError(ErrorCode::kInvalidRequest,
                             "unauthorized role: " + std::string(proto::ToString(session->role)));
      proto::SendError(*sink, id, error);
      if (++session->unauthorized_role_calls > proto::constants::kMaxUnauthorizedCalls) {
        connection->Close(1008, "repeated unauthorized calls");
      }
      return;
    }
    session->unauthorized_role_calls = 0;
    if (session->role == proto::Role::kOperator) {
      std::optional<proto::Scope> required =
          method ? dispatcher_.RequiredScope(*method, params)
                 : std::optional<proto::Scope>(proto::Scope::kOperatorAdmin);
      if (required && !session->HasScope(*required)) {
        std::string scope(proto::ToString(*required));
        auto error = MakeError(
            ErrorCode::kForbidden, "missing scope: " + scope,
            proto::MissingScopeDetails{.missing_scope = scope, .required_scopes = {scope}});
        return proto::SendError(*sink, id, error);
      }
    }
  }
  if (!method) {
    auto error = MakeError(ErrorCode::kInvalidRequest,
                           method_name == "connect" ? "connect is only valid as the first request"
                                                    : "unknown method: " + method_name);
    return proto::SendError(*sink, id, error);
  }
  rpc::CallContext context(session);
  try {
    dispatcher_.Dispatch(*method, params, context, sink, id);
  } catch (const std::exception& e) {
    // The Reply inside the dispatch has already answered UNAVAILABLE when it was dropped.
    log_.Error(kSubsystem, "handler for " + method_name + " failed: " + e.what());
  }
}

transport::HttpResponse GatewayServer::Handle(const transport::HttpRequest& request) {
  return http_routes_.Handle(request);
}

std::optional<transport::HttpResponse> GatewayServer::CheckUpgrade(
    const transport::HttpRequest& request) {
  return http_routes_.CheckUpgrade(request);
}

}  // namespace gateway::server
