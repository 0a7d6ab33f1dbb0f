// Generated from protocol/config/openclaw.yaml, protocol/errors.yaml, protocol/events/agent.yaml, protocol/events/approvals.yaml, protocol/events/chat.yaml, protocol/events/config.yaml, protocol/events/sessions.yaml, protocol/events/system.yaml, protocol/frames.yaml, protocol/methods/agent.yaml, protocol/methods/approvals.yaml, protocol/methods/channels.yaml, protocol/methods/chat.yaml, protocol/methods/config.yaml, protocol/methods/outbound.yaml, protocol/methods/sessions.yaml, protocol/methods/system.yaml, protocol/methods/tools.yaml, protocol/version.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "gateway/proto/protocol.hpp"
#include "gateway/proto/agent_service.hpp"
#include "gateway/proto/approvals_service.hpp"
#include "gateway/proto/channels_service.hpp"
#include "gateway/proto/chat_service.hpp"
#include "gateway/proto/config_service.hpp"
#include "gateway/proto/outbound_service.hpp"
#include "gateway/proto/sessions_service.hpp"
#include "gateway/proto/system_service.hpp"
#include "gateway/proto/tools_service.hpp"

namespace gateway::proto {

// Decides the scope of methods whose scope depends on their params (checked before params are
// validated, so `params` is raw JSON).
class ScopeResolvers {
 public:
  virtual ~ScopeResolvers() = default;
  virtual Scope Agent(const nlohmann::json& params) const = 0;
  virtual Scope ChannelsPairingApprove(const nlohmann::json& params) const = 0;
  virtual Scope SessionsDelete(const nlohmann::json& params) const = 0;
  virtual Scope SessionsPatch(const nlohmann::json& params) const = 0;
};

// Validates a request's params, decodes them and calls the domain service. The server runs the
// frame, role and scope checks first (see RequiredScope).
class Dispatcher {
 public:
  Dispatcher(AgentService& agent, ApprovalsService& approvals, ChannelsService& channels, ChatService& chat, ConfigService& config, OutboundService& outbound, SessionsService& sessions, SystemService& system, ToolsService& tools, const ScopeResolvers& resolvers);

  // The scope a call needs: fixed, resolved from the params, or none.
  std::optional<Scope> RequiredScope(const MethodInfo& method, const nlohmann::json& params) const;

  // Answers INVALID_REQUEST "invalid <method> params: …" when params do not match the schema;
  // absent or null params count as {}. Otherwise the service answers through the sink. The
  // typed params are decoded straight from `params`; the JSON tree is never copied.
  void Dispatch(const MethodInfo& method, const nlohmann::json& params, rpc::CallContext& context,
                std::shared_ptr<ResponseSink> sink, std::string id);

 private:
  AgentService& agent_;
  ApprovalsService& approvals_;
  ChannelsService& channels_;
  ChatService& chat_;
  ConfigService& config_;
  OutboundService& outbound_;
  SessionsService& sessions_;
  SystemService& system_;
  ToolsService& tools_;
  const ScopeResolvers& resolvers_;
};

}  // namespace gateway::proto
