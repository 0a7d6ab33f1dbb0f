// The one registry of control-plane connections: sockets waiting for their `connect` (with the
// challenge nonce) and authenticated clients, found by socket or by connection id.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "server/rpc/peer.hpp"
#include "server/runtime/cancellation.hpp"
#include "server/transport/transport.hpp"

namespace gateway::control {

// One authenticated connection.
struct Client {
  Client(std::shared_ptr<transport::Connection> connection_in,
         std::shared_ptr<const rpc::Peer> peer_in)
      : connection(std::move(connection_in)), peer(std::move(peer_in)) {}

  const std::shared_ptr<transport::Connection> connection;
  const std::shared_ptr<const rpc::Peer> peer;
  runtime::CancellationSource closed;  // cancelled when the connection goes away
  std::atomic<int> unauthorized_role_calls{0};
  // Set once hello-ok is queued: events reach the client only after its hello.
  std::atomic<bool> ready{false};
};

class ConnectionRegistry {
 public:
  void AddPending(const transport::Connection* connection, std::string nonce);
  // True when the socket was still waiting for its connect (it is not any more).
  bool RemovePending(const transport::Connection* connection);
  bool IsPending(const transport::Connection* connection) const;

  // Moves a pending socket to the clients; false when it is no longer pending (closed meanwhile
  // or refused).
  bool Promote(std::shared_ptr<Client> client);
  // Forgets the socket, pending or client; returns the client it was, if any.
  std::shared_ptr<Client> Remove(const transport::Connection* connection);

  std::shared_ptr<Client> Find(const transport::Connection* connection) const;
  std::shared_ptr<Client> FindById(std::string_view conn_id) const;
  // Calls `visit` for each client under a shared lock: it must not call back into the registry.
  void ForEachClient(const std::function<void(const Client&)>& visit) const;
  std::vector<std::shared_ptr<Client>> Clients() const;
  // Pending sockets and clients.
  std::size_t size() const;

 private:
  mutable std::shared_mutex mutex_;
  std::unordered_map<const transport::Connection*, std::string> pending_;  // -> challenge nonce
  std::unordered_map<const transport::Connection*, std::shared_ptr<Client>> clients_;
  std::unordered_map<std::string_view, std::shared_ptr<Client>>
      by_id_;  // keys view the peer's conn_id
};

}  // namespace gateway::control
