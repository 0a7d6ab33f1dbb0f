// The gateway: one Transport, the handshake (protocol.md §3–§5), the request pipeline (§6),
// the tick and health timers, presence bookkeeping, shutdown. Services implement the generated
// interfaces; this class only connects them to connections.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "gateway/proto/dispatcher.hpp"
#include "server/config/gateway_settings.hpp"
#include "server/config/loader.hpp"
#include "server/gateway/auth.hpp"
#include "server/gateway/gateway_state.hpp"
#include "server/gateway/http_routes.hpp"
#include "server/gateway/session.hpp"
#include "server/gateway/system_service.hpp"
#include "server/system/identity.hpp"
#include "server/transport/transport.hpp"

namespace gateway::server {

struct GatewayOptions {
  config::GatewaySettings settings;
  config::LoadedConfig config;
  config::Paths paths;
  Timings timings;
  std::string version;
  int threads = 0;  // 0 = one per core
};

class GatewayServer : public transport::ConnectionHandler, public transport::HttpHandler {
 public:
  GatewayServer(GatewayOptions options, logging::Logger& log);
  ~GatewayServer() override;

  // Binds and starts serving; throws transport::AddressInUse.
  void Start();
  int port() const;
  int thread_count() const;
  // Broadcasts `shutdown`, closes every socket with 1012 "service restart", stops the transport.
  void Shutdown(const std::string& reason,
                std::optional<std::int64_t> restart_expected_ms = std::nullopt);
  GatewayState& state() { return *state_; }
  std::size_t connection_count() const;

  // transport::ConnectionHandler
  void OnOpen(const std::shared_ptr<transport::Connection>& connection) override;
  void OnMessage(const std::shared_ptr<transport::Connection>& connection,
                 std::string message) override;
  void OnClose(const std::shared_ptr<transport::Connection>& connection) override;
  // transport::HttpHandler
  transport::HttpResponse Handle(const transport::HttpRequest& request) override;
  std::optional<transport::HttpResponse> CheckUpgrade(
      const transport::HttpRequest& request) override;

 private:
  struct Pending;  // a connection before hello

  void HandleConnect(const std::shared_ptr<transport::Connection>& connection, std::string message);
  void HandleRequest(const std::shared_ptr<Session>& session, std::string message);
  // Where a request's responses go; with debug logging on, each is logged as it is sent.
  std::shared_ptr<proto::ResponseSink> SinkFor(const Session& session, std::string_view method,
                                               std::string_view id,
                                               std::chrono::steady_clock::time_point start);
  void LogClose(const transport::Connection& connection, const Session* session);
  void Reject(const std::shared_ptr<transport::Connection>& connection, const std::string& id,
              const proto::ErrorShape& error, int close_code, std::string close_reason);
  void Attach(const std::shared_ptr<transport::Connection>& connection,
              const std::string& request_id, proto::ConnectParams params, std::int64_t protocol,
              std::vector<std::string> scopes);
  proto::HelloOk BuildHello(const Session& session);
  std::vector<std::string> EffectiveScopes(const proto::ConnectParams& params, bool loopback,
                                           bool has_origin) const;
  void OnTick();

  GatewayOptions options_;
  logging::Logger& log_;
  std::unique_ptr<GatewayState> state_;
  system::GatewayIdentity identity_;
  Authenticator auth_;
  SystemServiceImpl system_service_;
  proto::Dispatcher dispatcher_;
  HttpRoutes http_routes_;
  std::unique_ptr<transport::Transport> transport_;
  std::shared_ptr<transport::Timer> tick_timer_;

  mutable std::mutex mutex_;
  std::unordered_map<const transport::Connection*, std::string>
      pending_;  // connection -> challenge nonce
  std::unordered_map<const transport::Connection*, std::shared_ptr<Session>> sessions_;
  bool shutting_down_ = false;
};

}  // namespace gateway::server
