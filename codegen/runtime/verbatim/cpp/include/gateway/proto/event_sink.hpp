// Where the typed event emitters publish.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "gateway/proto/protocol.hpp"

namespace gateway::proto {

// Receives every event the services emit. The payload is serialized once and shared; the
// transport adds each connection's seq and filters by the event's receive scope.
class EventSink {
 public:
  virtual ~EventSink() = default;
  // `target` is empty for broadcasts, else the connection id the event is addressed to.
  // `state_version` is the JSON of the stateVersion member, or null.
  virtual void Publish(const EventInfo& event, std::shared_ptr<const std::string> payload,
                       const nlohmann::json& state_version, std::string_view target) = 0;
};

}  // namespace gateway::proto
