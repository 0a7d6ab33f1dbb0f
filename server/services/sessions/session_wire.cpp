#include "server/services/sessions/session_wire.hpp"

#include <algorithm>

#include "gateway/proto/errors.hpp"
#include "gateway/proto/rpc.hpp"
#include "server/runtime/utf8_json.hpp"

namespace gateway::services {
namespace {

// "provider/model" → {provider, model}; a bare name has no provider.
std::pair<std::optional<std::string>, std::optional<std::string>> SplitModel(
    const std::optional<std::string>& model) {
  if (!model) return {std::nullopt, std::nullopt};
  const auto slash = model->find('/');
  if (slash == std::string::npos || slash == 0) return {std::nullopt, *model};
  return {model->substr(0, slash), model->substr(slash + 1)};
}

std::optional<std::string> OverrideString(const nlohmann::json& overrides, const char* name) {
  auto it = overrides.find(name);
  if (it == overrides.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

}  // namespace

proto::SessionModelDefaults ModelDefaults(const proto::OpenClawConfig& config,
                                          std::string_view agent_id) {
  proto::SessionModelDefaults defaults;
  auto [provider, model] = SplitModel(ConfiguredModel(config, agent_id));
  defaults.model_provider = provider;
  defaults.model = model;
  defaults.context_tokens = kDefaultContextTokens;
  if (config.agents && config.agents->defaults && config.agents->defaults->thinking_default) {
    defaults.thinking_default = config.agents->defaults->thinking_default;
  }
  return defaults;
}

proto::SessionResolvedModel ResolvedModel(const proto::OpenClawConfig& config,
                                          const sessions::SessionRow& row) {
  proto::SessionResolvedModel resolved;
  if (row.model) {
    resolved.model = row.model;
    resolved.model_provider = row.model_provider;
  } else {
    auto [provider, model] = SplitModel(ConfiguredModel(config, row.agent_id));
    resolved.model_provider = provider;
    resolved.model = model;
  }
  resolved.runtime_selection_locked = false;
  resolved.thinking_level = OverrideString(row.overrides, "thinkingLevel");
  return resolved;
}

proto::SessionRow ToWireRow(const sessions::SessionRow& row) {
  proto::SessionRow wire;
  wire.key = row.key;
  switch (row.kind) {
    case sessions::SessionKind::kDirect:
      wire.kind = proto::SessionRowKind::kDirect;
      break;
    case sessions::SessionKind::kGroup:
      wire.kind = proto::SessionRowKind::kGroup;
      break;
    case sessions::SessionKind::kGlobal:
      wire.kind = proto::SessionRowKind::kGlobal;
      break;
    case sessions::SessionKind::kUnknown:
      wire.kind = proto::SessionRowKind::kUnknown;
      break;
  }
  if (!row.session_id.empty()) wire.session_id = row.session_id;
  wire.label = row.label;
  wire.display_name = row.display_name;
  wire.channel = row.channel;
  wire.agent_id = row.agent_id;
  wire.account_id = row.account_id;
  if (row.chat_type) wire.chat_type = proto::ParseSessionChatType(*row.chat_type);
  wire.updated_at = std::optional<std::int64_t>(row.updated_at);
  wire.created_at = row.created_at;
  wire.session_started_at = row.session_started_at;
  wire.last_activity_at = row.last_activity_at;
  wire.last_interaction_at = row.last_interaction_at;
  wire.archived = row.archived;
  wire.pinned = row.pinned;
  wire.unread = row.unread;
  wire.model = row.model;
  wire.model_provider = row.model_provider;
  wire.input_tokens = row.input_tokens;
  wire.output_tokens = row.output_tokens;
  wire.total_tokens = row.total_tokens;
  wire.context_tokens = row.context_tokens;
  wire.estimated_cost_usd = row.estimated_cost_usd;
  wire.compaction_count = row.compaction_count;
  if (!row.lifecycle_revision.empty()) wire.lifecycle_revision = row.lifecycle_revision;
  wire.spawned_by = row.spawned_by;
  wire.parent_session_key = row.parent_session_key;
  // The other per-session settings keep their wire names: typed where the row schema types them,
  // the rest as the open row's extra members.
  for (const auto& [name, value] : row.overrides.items()) {
    if (value.is_null()) continue;
    if (name == "thinkingLevel" && value.is_string()) {
      wire.thinking_level = value.get<std::string>();
    } else if (name == "permissionMode" && value.is_string()) {
      wire.permission_mode = value.get<std::string>();
    } else if (name == "fastMode") {
      proto::SessionFastMode mode;
      try {
        proto::Read(value, mode, "/fastMode");
        wire.fast_mode = mode;
      } catch (const std::exception&) {
      }
    } else {
      wire.unknown_fields[name] = value;
    }
  }
  return wire;
}

proto::SessionEntry ToWireEntry(const sessions::SessionRow& row) {
  proto::SessionEntry entry;
  entry.session_id = row.session_id;
  entry.updated_at = row.updated_at;
  entry.session_started_at = row.session_started_at;
  if (!row.lifecycle_revision.empty()) entry.lifecycle_revision = row.lifecycle_revision;
  entry.label = row.label;
  entry.display_name = row.display_name;
  entry.channel = row.channel;
  entry.chat_type = row.chat_type;
  entry.last_interaction_at = row.last_interaction_at;
  entry.archived = row.archived;
  entry.pinned = row.pinned;
  entry.unread = row.unread;
  entry.model = row.model;
  entry.model_provider = row.model_provider;
  entry.input_tokens = row.input_tokens;
  entry.output_tokens = row.output_tokens;
  entry.total_tokens = row.total_tokens;
  entry.compaction_count = row.compaction_count;
  entry.spawned_by = row.spawned_by;
  for (const auto& [name, value] : row.overrides.items()) {
    if (!value.is_null()) entry.unknown_fields[name] = value;
  }
  return entry;
}

std::optional<proto::ChatHistoryMessage> ToHistoryMessage(const sessions::TranscriptEvent& event) {
  if (event.type == "reset") {
    // Observed 2026.9.6: {role:"system", content:[{type:"text", text:"Reset"}],
    // __openclaw:{kind:"reset"}}.
    proto::ChatHistoryMessage marker;
    marker.role = "system";
    marker.content = nlohmann::json::array({{{"type", "text"}, {"text", "Reset"}}});
    marker.openclaw = proto::ChatHistoryMeta{};
    marker.openclaw->kind = "reset";
    return marker;
  }
  if (event.type != "message" || !event.message) return std::nullopt;
  nlohmann::json json = sessions::ToJson(*event.message);
  proto::ChatHistoryMessage message;
  proto::Read(json, message, "");
  message.openclaw = proto::ChatHistoryMeta{};
  message.openclaw->id = event.id;
  message.openclaw->seq = event.seq;
  message.openclaw->idempotency_key = event.message->idempotency_key;
  return message;
}

std::optional<std::string> RequestKey(const proto::OpenClawConfig& config, std::string_view key,
                                      const std::optional<std::string>& agent_id) {
  const std::string agent = agent_id && !agent_id->empty() ? sessions::NormalizeAgentId(*agent_id)
                                                           : DefaultAgentId(config);
  auto scoped = sessions::ScopeRequestKey(key, agent);
  if (!scoped) return std::nullopt;
  return *scoped;
}

std::string AgentOfKey(const proto::OpenClawConfig& config, std::string_view key) {
  if (auto parsed = sessions::ParseAgentKey(key)) return parsed->agent_id;
  return DefaultAgentId(config);
}

proto::ErrorShape MalformedKey(std::string_view key) {
  return InvalidRequest("invalid session key: " + std::string(key));
}

proto::ErrorShape InvalidRequest(std::string message) {
  return proto::MakeError(proto::ErrorCode::kInvalidRequest, std::move(message));
}

proto::ErrorShape ToError(const sessions::StoreError& error) {
  switch (error.code) {
    case sessions::StoreErrorCode::kConflict:
      return proto::MakeError(proto::ErrorCode::kInvalidRequest, error.message,
                              proto::SessionChangedDetails{});
    case sessions::StoreErrorCode::kNotFound:
    case sessions::StoreErrorCode::kInvalid:
    case sessions::StoreErrorCode::kMainProtected:
    case sessions::StoreErrorCode::kNotArchived:
      return InvalidRequest(error.message);
    case sessions::StoreErrorCode::kUnavailable:
      break;
  }
  return proto::MakeError(proto::ErrorCode::kUnavailable, error.message);
}

std::string CutUtf16(std::string_view text, std::size_t max_units) {
  if (runtime::Utf16Length(text) <= max_units) return std::string(text);
  return std::string(runtime::Utf16Prefix(text, max_units >= 3 ? max_units - 3 : 0)) + "...";
}

}  // namespace gateway::services
