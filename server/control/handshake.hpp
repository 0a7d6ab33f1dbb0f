// The control plane's handshake (protocol.md §3–§5): the connect.challenge, validation of the
// first `connect` request, version negotiation, origin and shared-secret checks, the granted
// scopes, presence for the new client and hello-ok. A connection it accepts moves from pending
// to a Client in the registry.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "gateway/proto/frames.hpp"
#include "server/config/gateway_settings.hpp"
#include "server/config/paths.hpp"
#include "server/control/authenticator.hpp"
#include "server/control/connection_registry.hpp"
#include "server/domain/health/health_monitor.hpp"
#include "server/domain/presence/presence_store.hpp"
#include "server/domain/state_versions.hpp"
#include "server/domain/system/applied_config.hpp"
#include "server/domain/system/gateway_info.hpp"
#include "server/logging/logger.hpp"

namespace gateway::control {

class Handshake {
 public:
  struct Settings {
    config::Paths paths;  // hello-ok shows the config path and state dir to admins
    config::AuthMode auth_mode = config::AuthMode::kToken;
    std::chrono::milliseconds tick_interval{30000};
    std::chrono::milliseconds auth_failure_delay{260};
  };
  struct Domain {
    const domain::GatewayInfo& info;
    domain::PresenceStore& presence;
    domain::HealthMonitor& health;
    const domain::StateVersions& versions;
    const domain::AppliedConfigRevision* applied_config = nullptr;  // snapshot.appliedConfigHash
  };

  Handshake(Settings settings, Domain domain, ConnectionRegistry& registry, Authenticator& auth,
            logging::Logger& log, domain::RunAfter run_after);

  // A new socket: registers it as pending and sends connect.challenge.
  void Open(const std::shared_ptr<transport::Connection>& connection);
  // A message from a pending socket (its first request must be a valid `connect`).
  void HandleConnect(const std::shared_ptr<transport::Connection>& connection, std::string message);

 private:
  void Reject(const std::shared_ptr<transport::Connection>& connection, const std::string& id,
              const proto::ErrorShape& error, int close_code, std::string close_reason);
  void Drop(const std::shared_ptr<transport::Connection>& connection, int close_code,
            std::string close_reason);
  void Attach(const std::shared_ptr<transport::Connection>& connection,
              const std::string& request_id, proto::ConnectParams params, std::int64_t protocol,
              std::vector<std::string> scopes);
  proto::HelloOk BuildHello(const rpc::Peer& peer);
  std::vector<std::string> EffectiveScopes(const proto::ConnectParams& params, bool loopback,
                                           bool has_origin) const;

  const Settings settings_;
  Domain domain_;
  ConnectionRegistry& registry_;
  Authenticator& auth_;
  logging::Logger& log_;
  domain::RunAfter run_after_;
};

}  // namespace gateway::control
