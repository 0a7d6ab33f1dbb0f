// Fan-out of events to authenticated connections: the payload is serialized once and shared;
// each connection adds its own seq; receive scopes and targets come from the generated tables.
#pragma once

#include <memory>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

#include "gateway/proto/events.hpp"
#include "server/gateway/session.hpp"

namespace gateway::server {

class EventBus : public proto::EventSink {
 public:
  void Add(std::shared_ptr<Session> session);
  void Remove(const Session* session);
  std::vector<std::shared_ptr<Session>> Sessions() const;
  std::size_t size() const;

  void Publish(const proto::EventInfo& event, std::shared_ptr<const std::string> payload,
               const nlohmann::json& state_version, std::string_view target) override;

  // Whether `session` may receive `event` (protocol.md §9: scope-gated events go to operators
  // holding the scope; nodes get only ungated ones).
  static bool Receives(const Session& session, const proto::EventInfo& event);

 private:
  mutable std::shared_mutex mutex_;
  std::unordered_map<const Session*, std::shared_ptr<Session>> sessions_;
};

}  // namespace gateway::server
