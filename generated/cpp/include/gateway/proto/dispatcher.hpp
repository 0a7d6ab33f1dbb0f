// Generated from protocol/config/openclaw.yaml, protocol/errors.yaml, protocol/events/system.yaml, protocol/frames.yaml, protocol/methods/system.yaml, protocol/version.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "gateway/proto/protocol.hpp"
#include "gateway/proto/system_service.hpp"

namespace gateway::proto {

// Validates a request's params, decodes them and calls the domain service. The server runs the
// frame, role and scope checks first (see RequiredScope).
class Dispatcher {
 public:
  explicit Dispatcher(SystemService& system);

  // The scope a call needs: fixed, resolved from the params, or none.
  std::optional<Scope> RequiredScope(const MethodInfo& method, const nlohmann::json& params) const;

  // Answers INVALID_REQUEST "invalid <method> params: …" when params do not match the schema;
  // absent or null params count as {}. Otherwise the service answers through the sink. The
  // typed params are decoded straight from `params`; the JSON tree is never copied.
  void Dispatch(const MethodInfo& method, const nlohmann::json& params, rpc::CallContext& context,
                std::shared_ptr<ResponseSink> sink, std::string id);

 private:
  SystemService& system_;
};

}  // namespace gateway::proto
