// Delivers events to connections: resolves the audience (everyone, one connection, session
// watchers and message subscribers, a run's owner), applies the event's receive scope
// (protocol.md §9), serializes the frame once and lets each connection add its own seq.
#pragma once

#include <map>
#include <set>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "server/control/connection_registry.hpp"
#include "server/rpc/event_publisher.hpp"
#include "server/rpc/subscriptions.hpp"

namespace gateway::control {

class EventBus final : public rpc::EventPublisher, public rpc::Subscriptions {
 public:
  explicit EventBus(ConnectionRegistry& registry) : registry_(registry) {}

  void Publish(const proto::EventInfo& event, std::shared_ptr<const std::string> payload,
               const nlohmann::json& state_version, const rpc::Audience& audience) override;

  void WatchSessions(const std::string& conn_id, bool on) override;
  void WatchSessionMessages(const std::string& conn_id, const std::string& session_key,
                            bool on) override;
  void SetRunOwner(const std::string& run_id, const std::string& conn_id) override;
  void ClearRunOwner(const std::string& run_id) override;
  // Drops every subscription of a connection that went away.
  void Forget(const std::string& conn_id);

  // Whether `peer` may receive `event` at all (protocol.md §9: scope-gated events go to operators
  // holding the scope; nodes get only ungated ones).
  static bool Receives(const rpc::Peer& peer, const proto::EventInfo& event);

 private:
  bool SubscribedToMessages(const std::string& conn_id, const std::string& session_key) const;

  ConnectionRegistry& registry_;
  mutable std::shared_mutex mutex_;
  std::unordered_set<std::string> session_watchers_;
  std::map<std::string, std::set<std::string>> message_subscribers_;  // session key -> conn ids
  std::unordered_map<std::string, std::set<std::string>> messages_by_conn_;  // conn id -> keys
  std::unordered_map<std::string, std::string> run_owners_;                  // run id -> conn id
};

}  // namespace gateway::control
