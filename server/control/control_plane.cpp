#include "server/control/control_plane.hpp"

#include <thread>

#include "server/control/log_text.hpp"
#include "server/platform/ids.hpp"

namespace gateway::control {
namespace {

constexpr std::string_view kSubsystem = "gateway";

}  // namespace

ControlPlane::ControlPlane(ConnectionRegistry& registry, EventBus& bus, Handshake& handshake,
                           RequestPipeline& pipeline, domain::PresenceStore& presence,
                           logging::Logger& log)
    : registry_(registry),
      bus_(bus),
      handshake_(handshake),
      pipeline_(pipeline),
      presence_(presence),
      log_(log) {}

void ControlPlane::OnOpen(const std::shared_ptr<transport::Connection>& connection) {
  // A socket that slips in while the gateway stops is sent where the others went.
  if (shutting_down_) return connection->Close(1012, "service restart");
  handshake_.Open(connection);
}

void ControlPlane::OnMessage(const std::shared_ptr<transport::Connection>& connection,
                             std::string message) {
  if (auto client = registry_.Find(connection.get()))
    return pipeline_.Handle(client, std::move(message));
  handshake_.HandleConnect(connection, std::move(message));
}

void ControlPlane::OnClose(const std::shared_ptr<transport::Connection>& connection) {
  std::shared_ptr<Client> client = registry_.Remove(connection.get());
  if (log_.IsEnabled(logging::Level::kDebug)) LogClose(*connection, client.get());
  if (!client) return;
  client->closed.Cancel();
  bus_.Forget(client->peer->conn_id);
  if (!client->peer->presence_key.empty()) {
    presence_.MarkDisconnected(client->peer->presence_key, NowMs(),
                               domain::PresenceStore::Broadcast::kCoalesced);
  }
}

void ControlPlane::LogClose(const transport::Connection& connection, const Client* client) {
  const auto info = connection.close_info();
  std::string line = client ? "close conn=" + client->peer->conn_id + " client=" +
                                  std::string(proto::ToString(client->peer->connect.client.id))
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

void ControlPlane::Shutdown(const std::string& reason,
                            std::optional<std::int64_t> restart_expected_ms,
                            std::chrono::milliseconds close_wait) {
  if (shutting_down_.exchange(true)) return;
  proto::ShutdownEvent event;
  event.reason = reason;
  event.restart_expected_ms = restart_expected_ms;
  rpc::Emitter(bus_, rpc::Audience::Everyone())->Shutdown(event);
  for (const auto& client : registry_.Clients()) client->connection->Close(1012, "service restart");
  // Let the close handshakes finish (bounded).
  const auto deadline = std::chrono::steady_clock::now() + close_wait;
  while (std::chrono::steady_clock::now() < deadline && registry_.size() > 0) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

}  // namespace gateway::control
