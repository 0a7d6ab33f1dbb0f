#include "server/control/connection_registry.hpp"

#include <mutex>

namespace gateway::control {

void ConnectionRegistry::AddPending(const transport::Connection* connection, std::string nonce) {
  std::unique_lock lock(mutex_);
  pending_[connection] = std::move(nonce);
}

bool ConnectionRegistry::RemovePending(const transport::Connection* connection) {
  std::unique_lock lock(mutex_);
  return pending_.erase(connection) > 0;
}

bool ConnectionRegistry::IsPending(const transport::Connection* connection) const {
  std::shared_lock lock(mutex_);
  return pending_.count(connection) > 0;
}

bool ConnectionRegistry::Promote(std::shared_ptr<Client> client) {
  std::unique_lock lock(mutex_);
  const transport::Connection* key = client->connection.get();
  if (!pending_.erase(key)) return false;
  by_id_[client->peer->conn_id] = client;
  clients_[key] = std::move(client);
  return true;
}

std::shared_ptr<Client> ConnectionRegistry::Remove(const transport::Connection* connection) {
  std::unique_lock lock(mutex_);
  pending_.erase(connection);
  auto it = clients_.find(connection);
  if (it == clients_.end()) return nullptr;
  std::shared_ptr<Client> client = std::move(it->second);
  clients_.erase(it);
  by_id_.erase(client->peer->conn_id);
  return client;
}

std::shared_ptr<Client> ConnectionRegistry::Find(const transport::Connection* connection) const {
  std::shared_lock lock(mutex_);
  auto it = clients_.find(connection);
  return it == clients_.end() ? nullptr : it->second;
}

std::shared_ptr<Client> ConnectionRegistry::FindById(std::string_view conn_id) const {
  std::shared_lock lock(mutex_);
  auto it = by_id_.find(conn_id);
  return it == by_id_.end() ? nullptr : it->second;
}

void ConnectionRegistry::ForEachClient(const std::function<void(const Client&)>& visit) const {
  std::shared_lock lock(mutex_);
  for (const auto& [key, client] : clients_) visit(*client);
}

std::vector<std::shared_ptr<Client>> ConnectionRegistry::Clients() const {
  std::shared_lock lock(mutex_);
  std::vector<std::shared_ptr<Client>> out;
  out.reserve(clients_.size());
  for (const auto& [key, client] : clients_) out.push_back(client);
  return out;
}

std::size_t ConnectionRegistry::size() const {
  std::shared_lock lock(mutex_);
  return pending_.size() + clients_.size();
}

}  // namespace gateway::control
