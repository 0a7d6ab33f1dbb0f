// The WebSocket control plane as the transport sees it: new sockets go to the handshake, messages
// from authenticated clients to the request pipeline; closes update the registry, subscriptions,
// cancellation of the client's calls and presence. Shutdown tells every client and closes them.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "server/control/connection_registry.hpp"
#include "server/control/event_bus.hpp"
#include "server/control/handshake.hpp"
#include "server/control/request_pipeline.hpp"
#include "server/domain/presence/presence_store.hpp"
#include "server/logging/logger.hpp"
#include "server/transport/transport.hpp"

namespace gateway::control {

class ControlPlane final : public transport::ConnectionHandler {
 public:
  ControlPlane(ConnectionRegistry& registry, EventBus& bus, Handshake& handshake,
               RequestPipeline& pipeline, domain::PresenceStore& presence, logging::Logger& log);

  void OnOpen(const std::shared_ptr<transport::Connection>& connection) override;
  void OnMessage(const std::shared_ptr<transport::Connection>& connection,
                 std::string message) override;
  void OnClose(const std::shared_ptr<transport::Connection>& connection) override;

  // Broadcasts `shutdown` and closes every client with 1012 "service restart"; waits (bounded)
  // for the closes to finish. Later calls do nothing.
  void Shutdown(const std::string& reason, std::optional<std::int64_t> restart_expected_ms,
                std::chrono::milliseconds close_wait);

 private:
  void LogClose(const transport::Connection& connection, const Client* client);

  ConnectionRegistry& registry_;
  EventBus& bus_;
  Handshake& handshake_;
  RequestPipeline& pipeline_;
  domain::PresenceStore& presence_;
  logging::Logger& log_;
  std::atomic<bool> shutting_down_{false};
};

}  // namespace gateway::control
