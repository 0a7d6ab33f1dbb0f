#include "server/control/event_bus.hpp"

#include <mutex>
#include <vector>

#include "server/control/approval_clients.hpp"

namespace gateway::control {
namespace {

constexpr std::string_view kToolEventsCap = "tool-events";
constexpr std::string_view kSessionScopedEventsCap = "session-scoped-events";

// The frame around the payload: `prefix + ,"seq":N + suffix`, shared by every recipient.
struct Frame {
  std::shared_ptr<const std::string> prefix;
  std::shared_ptr<const std::string> suffix;
};

Frame BuildFrame(const proto::EventInfo& event, const std::string& payload,
                 const nlohmann::json& state_version) {
  auto prefix = std::make_shared<std::string>();
  prefix->reserve(payload.size() + event.name.size() + 40);
  *prefix += R"({"type":"event","event":")";
  *prefix += event.name;  // event names are plain ASCII from the YAML
  *prefix += R"(","payload":)";
  *prefix += payload;
  auto suffix = std::make_shared<std::string>();
  if (!state_version.is_null()) {
    *suffix += ",\"stateVersion\":";
    *suffix += state_version.dump();
  }
  *suffix += '}';
  return {std::move(prefix), std::move(suffix)};
}

void Deliver(const Client& client, const proto::EventInfo& event, const Frame& frame) {
  if (!client.ready.load(std::memory_order_acquire)) return;
  if (!EventBus::Receives(*client.peer, event)) return;
  client.connection->SendEvent(frame.prefix, frame.suffix, event.drop_if_slow);
}

}  // namespace

bool EventBus::Receives(const rpc::Peer& peer, const proto::EventInfo& event) {
  if (!event.scope) return true;
  return peer.role == proto::Role::kOperator && peer.HasScope(*event.scope);
}

void EventBus::Publish(const proto::EventInfo& event, std::shared_ptr<const std::string> payload,
                       const nlohmann::json& state_version, const rpc::Audience& audience) {
  const Frame frame = BuildFrame(event, *payload, state_version);
  using Kind = rpc::Audience::Kind;
  switch (audience.kind) {
    case Kind::kEveryone:
      return registry_.ForEachClient([&](const Client& c) { Deliver(c, event, frame); });
    case Kind::kConnection:
      if (auto client = registry_.FindById(audience.key)) Deliver(*client, event, frame);
      return;
    case Kind::kRunOwner: {
      std::string owner;
      {
        std::shared_lock lock(mutex_);
        auto it = run_owners_.find(audience.key);
        if (it == run_owners_.end()) return;
        owner = it->second;
      }
      auto client = registry_.FindById(owner);
      if (client && client->peer->HasCap(kToolEventsCap)) Deliver(*client, event, frame);
      return;
    }
    case Kind::kSessionWatchers:
    case Kind::kSessionMessages: {
      std::vector<std::string> targets;
      {
        std::shared_lock lock(mutex_);
        if (audience.kind == Kind::kSessionWatchers) {
          targets.assign(session_watchers_.begin(), session_watchers_.end());
        } else if (auto it = message_subscribers_.find(audience.key);
                   it != message_subscribers_.end()) {
          targets.assign(it->second.begin(), it->second.end());
        }
      }
      for (const auto& conn_id : targets) {
        if (auto client = registry_.FindById(conn_id)) Deliver(*client, event, frame);
      }
      return;
    }
    case Kind::kApprovalClients:
      return registry_.ForEachClient([&](const Client& c) {
        if (IsApprovalClient(*c.peer)) Deliver(c, event, frame);
      });
    case Kind::kSessionEvents:
      return registry_.ForEachClient([&](const Client& c) {
        if (c.peer->HasCap(kSessionScopedEventsCap) &&
            !SubscribedToMessages(c.peer->conn_id, audience.key)) {
          return;
        }
        Deliver(c, event, frame);
      });
  }
}

bool EventBus::SubscribedToMessages(const std::string& conn_id,
                                    const std::string& session_key) const {
  std::shared_lock lock(mutex_);
  auto it = messages_by_conn_.find(conn_id);
  return it != messages_by_conn_.end() && it->second.count(session_key) > 0;
}

void EventBus::WatchSessions(const std::string& conn_id, bool on) {
  std::unique_lock lock(mutex_);
  if (on) {
    session_watchers_.insert(conn_id);
  } else {
    session_watchers_.erase(conn_id);
  }
}

void EventBus::WatchSessionMessages(const std::string& conn_id, const std::string& session_key,
                                    bool on) {
  std::unique_lock lock(mutex_);
  if (on) {
    message_subscribers_[session_key].insert(conn_id);
    messages_by_conn_[conn_id].insert(session_key);
    return;
  }
  if (auto it = message_subscribers_.find(session_key); it != message_subscribers_.end()) {
    it->second.erase(conn_id);
    if (it->second.empty()) message_subscribers_.erase(it);
  }
  if (auto it = messages_by_conn_.find(conn_id); it != messages_by_conn_.end()) {
    it->second.erase(session_key);
    if (it->second.empty()) messages_by_conn_.erase(it);
  }
}

void EventBus::SetRunOwner(const std::string& run_id, const std::string& conn_id) {
  std::unique_lock lock(mutex_);
  run_owners_[run_id] = conn_id;
}

void EventBus::ClearRunOwner(const std::string& run_id) {
  std::unique_lock lock(mutex_);
  run_owners_.erase(run_id);
}

void EventBus::Forget(const std::string& conn_id) {
  std::unique_lock lock(mutex_);
  session_watchers_.erase(conn_id);
  if (auto it = messages_by_conn_.find(conn_id); it != messages_by_conn_.end()) {
    for (const auto& key : it->second) {
      auto subscribers = message_subscribers_.find(key);
      if (subscribers == message_subscribers_.end()) continue;
      subscribers->second.erase(conn_id);
      if (subscribers->second.empty()) message_subscribers_.erase(subscribers);
    }
    messages_by_conn_.erase(it);
  }
  std::erase_if(run_owners_, [&](const auto& entry) { return entry.second == conn_id; });
}

}  // namespace gateway::control
