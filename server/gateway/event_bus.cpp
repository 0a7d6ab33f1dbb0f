#include "server/gateway/event_bus.hpp"

#include <mutex>

namespace gateway::server {

void EventBus::Add(std::shared_ptr<Session> session) {
  std::unique_lock lock(mutex_);
  sessions_[session.get()] = std::move(session);
}

void EventBus::Remove(const Session* session) {
  std::unique_lock lock(mutex_);
  sessions_.erase(session);
}

std::vector<std::shared_ptr<Session>> EventBus::Sessions() const {
  std::shared_lock lock(mutex_);
  std::vector<std::shared_ptr<Session>> out;
  out.reserve(sessions_.size());
  for (const auto& [key, session] : sessions_) out.push_back(session);
  return out;
}

std::size_t EventBus::size() const {
  std::shared_lock lock(mutex_);
  return sessions_.size();
}

bool EventBus::Receives(const Session& session, const proto::EventInfo& event) {
  if (!event.scope) return true;
  return session.role == proto::Role::kOperator && session.HasScope(*event.scope);
}

void EventBus::Publish(const proto::EventInfo& event, std::shared_ptr<const std::string> payload,
                       const nlohmann::json& state_version, std::string_view target) {
  auto prefix = std::make_shared<std::string>();
  prefix->reserve(payload->size() + event.name.size() + 40);
  *prefix += R"({"type":"event","event":")";
  *prefix += event.name;  // event names are plain ASCII from the YAML
  *prefix += R"(","payload":)";
  *prefix += *payload;
  auto suffix = std::make_shared<std::string>(
      state_version.is_null() ? "}" : ",\"stateVersion\":" + state_version.dump() + "}");
  std::shared_ptr<const std::string> shared_prefix = std::move(prefix);
  std::shared_ptr<const std::string> shared_suffix = std::move(suffix);
  std::shared_lock lock(mutex_);
  for (const auto& [key, session] : sessions_) {
    if (!target.empty() && session->conn_id != target) continue;
    if (!Receives(*session, event)) continue;
    session->connection->SendEvent(shared_prefix, shared_suffix, event.drop_if_slow);
  }
}

}  // namespace gateway::server
