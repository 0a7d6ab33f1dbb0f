#include "server/services/scope_resolvers.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "server/domain/runs/turn_planner.hpp"

namespace gateway::services {
namespace {

template <std::size_t N>
bool OnlyKeys(const nlohmann::json& params, const std::array<std::string_view, N>& allowed) {
  if (!params.is_object()) return params.is_null();
  for (const auto& [key, value] : params.items()) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) return false;
  }
  return true;
}

constexpr std::array<std::string_view, 21> kPatchWriteKeys = {"key",
                                                              "agentId",
                                                              "expectedSessionId",
                                                              "expectedLifecycleRevision",
                                                              "expectedPermissionMode",
                                                              "expectedMarkedUnreadAt",
                                                              "label",
                                                              "autoLabel",
                                                              "icon",
                                                              "color",
                                                              "category",
                                                              "boardFace",
                                                              "boardPresentation",
                                                              "pinned",
                                                              "archived",
                                                              "unread",
                                                              "model",
                                                              "agentRuntime",
                                                              "thinkingLevel",
                                                              "fastMode",
                                                              "permissionMode"};

constexpr std::array<std::string_view, 5> kDeleteWriteKeys = {"key", "agentId", "deleteTranscript",
                                                              "expectedSessionId", "archivedOnly"};

}  // namespace

proto::Scope ScopeResolvers::SessionsPatch(const nlohmann::json& params) const {
  if (!OnlyKeys(params, kPatchWriteKeys)) return proto::Scope::kOperatorAdmin;
  if (params.is_object()) {
    auto mode = params.find("permissionMode");
    if (mode != params.end() && mode->is_string() && *mode == "full") {
      return proto::Scope::kOperatorAdmin;
    }
  }
  return proto::Scope::kOperatorWrite;
}

proto::Scope ScopeResolvers::SessionsDelete(const nlohmann::json& params) const {
  if (!params.is_object() || !OnlyKeys(params, kDeleteWriteKeys)) {
    return proto::Scope::kOperatorAdmin;
  }
  auto archived_only = params.find("archivedOnly");
  if (archived_only != params.end() && archived_only->is_boolean() && archived_only->get<bool>()) {
    return proto::Scope::kOperatorWrite;
  }
  return proto::Scope::kOperatorAdmin;
}

proto::Scope ScopeResolvers::Agent(const nlohmann::json& params) const {
  auto message = params.find("message");
  if (params.is_object() && message != params.end() && message->is_string() &&
      domain::runs::ParseResetCommand(message->get_ref<const std::string&>())) {
    return proto::Scope::kOperatorAdmin;
  }
  return proto::Scope::kOperatorWrite;
}

proto::Scope ScopeResolvers::ChannelsPairingApprove(const nlohmann::json& params) const {
  const auto bootstrap = params.is_object() ? params.find("bootstrapCommandOwner") : params.end();
  if (params.is_object() && bootstrap != params.end() && bootstrap->is_boolean() &&
      bootstrap->get<bool>()) {
    return proto::Scope::kOperatorAdmin;
  }
  return proto::Scope::kOperatorPairing;
}

}  // namespace gateway::services
