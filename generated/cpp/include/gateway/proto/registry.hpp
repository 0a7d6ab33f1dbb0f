// Generated from protocol/config/openclaw.yaml, protocol/errors.yaml, protocol/events/agent.yaml, protocol/events/approvals.yaml, protocol/events/chat.yaml, protocol/events/config.yaml, protocol/events/sessions.yaml, protocol/events/system.yaml, protocol/frames.yaml, protocol/methods/agent.yaml, protocol/methods/approvals.yaml, protocol/methods/channels.yaml, protocol/methods/chat.yaml, protocol/methods/config.yaml, protocol/methods/outbound.yaml, protocol/methods/sessions.yaml, protocol/methods/system.yaml, protocol/methods/tools.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

namespace gateway::proto {

// Decodes `value` into the C++ type of `definition` and encodes it again. nullopt for an
// unknown definition; throws wire::DecodeError when `value` does not decode.
std::optional<nlohmann::json> RoundTrip(std::string_view definition, const nlohmann::json& value);

}  // namespace gateway::proto
