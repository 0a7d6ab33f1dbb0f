// Generated from protocol/methods/channels.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/methods_channels.hpp"

#include <utility>

namespace gateway::proto {

void Read(const nlohmann::json& j, ChannelAccountParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "channel", ptr), out.channel, wire::ChildPointer(ptr, "channel"));
  if (auto it = j.find("accountId"); it != j.end()) Read(*it, out.account_id.emplace(), wire::ChildPointer(ptr, "accountId"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"channel", "accountId"});
}

nlohmann::json Write(const ChannelAccountParams& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["channel"] = Write(value.channel);
  if (value.account_id) j["accountId"] = Write(*value.account_id);
  return j;
}

void Read(const nlohmann::json& j, ChannelsLogoutResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"channel", "accountId", "cleared", "loggedOut"}, ptr);
  Read(wire::RequiredMember(j, "channel", ptr), out.channel, wire::ChildPointer(ptr, "channel"));
  Read(wire::RequiredMember(j, "accountId", ptr), out.account_id, wire::ChildPointer(ptr, "accountId"));
  Read(wire::RequiredMember(j, "cleared", ptr), out.cleared, wire::ChildPointer(ptr, "cleared"));
  Read(wire::RequiredMember(j, "loggedOut", ptr), out.logged_out, wire::ChildPointer(ptr, "loggedOut"));
}

nlohmann::json Write(const ChannelsLogoutResult& value) {
  nlohmann::json j = nlohmann::json::object();
  j["channel"] = Write(value.channel);
  j["accountId"] = Write(value.account_id);
  j["cleared"] = Write(value.cleared);
  j["loggedOut"] = Write(value.logged_out);
  return j;
}

void Read(const nlohmann::json& j, ChannelsPairingApproveParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"channel", "accountId", "requestId", "notify", "bootstrapCommandOwner"}, ptr);
  Read(wire::RequiredMember(j, "channel", ptr), out.channel, wire::ChildPointer(ptr, "channel"));
  Read(wire::RequiredMember(j, "accountId", ptr), out.account_id, wire::ChildPointer(ptr, "accountId"));
  Read(wire::RequiredMember(j, "requestId", ptr), out.request_id, wire::ChildPointer(ptr, "requestId"));
  if (auto it = j.find("notify"); it != j.end()) Read(*it, out.notify.emplace(), wire::ChildPointer(ptr, "notify"));
  if (auto it = j.find("bootstrapCommandOwner"); it != j.end()) Read(*it, out.bootstrap_command_owner.emplace(), wire::ChildPointer(ptr, "bootstrapCommandOwner"));
}

nlohmann::json Write(const ChannelsPairingApproveParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["channel"] = Write(value.channel);
  j["accountId"] = Write(value.account_id);
  j["requestId"] = Write(value.request_id);
  if (value.notify) j["notify"] = Write(*value.notify);
  if (value.bootstrap_command_owner) j["bootstrapCommandOwner"] = Write(*value.bootstrap_command_owner);
  return j;
}

std::string_view ToString(ChannelsPairingApproveResultNotification value) {
  switch (value) {
    case ChannelsPairingApproveResultNotification::kNotRequested:
      return "not-requested";
    case ChannelsPairingApproveResultNotification::kSent:
      return "sent";
    case ChannelsPairingApproveResultNotification::kUnsupported:
      return "unsupported";
    case ChannelsPairingApproveResultNotification::kFailed:
      return "failed";
  }
  return {};
}

std::optional<ChannelsPairingApproveResultNotification> ParseChannelsPairingApproveResultNotification(std::string_view text) {
  if (text == "not-requested") return ChannelsPairingApproveResultNotification::kNotRequested;
  if (text == "sent") return ChannelsPairingApproveResultNotification::kSent;
  if (text == "unsupported") return ChannelsPairingApproveResultNotification::kUnsupported;
  if (text == "failed") return ChannelsPairingApproveResultNotification::kFailed;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ChannelsPairingApproveResultNotification& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseChannelsPairingApproveResultNotification(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ChannelsPairingApproveResultNotification value) { return std::string(ToString(value)); }

std::string_view ToString(ChannelsPairingApproveResultCommandOwnerBootstrap value) {
  switch (value) {
    case ChannelsPairingApproveResultCommandOwnerBootstrap::kNotRequested:
      return "not-requested";
    case ChannelsPairingApproveResultCommandOwnerBootstrap::kConfigured:
      return "configured";
    case ChannelsPairingApproveResultCommandOwnerBootstrap::kAlreadyConfigured:
      return "already-configured";
    case ChannelsPairingApproveResultCommandOwnerBootstrap::kUnavailable:
      return "unavailable";
  }
  return {};
}

std::optional<ChannelsPairingApproveResultCommandOwnerBootstrap> ParseChannelsPairingApproveResultCommandOwnerBootstrap(std::string_view text) {
  if (text == "not-requested") return ChannelsPairingApproveResultCommandOwnerBootstrap::kNotRequested;
  if (text == "configured") return ChannelsPairingApproveResultCommandOwnerBootstrap::kConfigured;
  if (text == "already-configured") return ChannelsPairingApproveResultCommandOwnerBootstrap::kAlreadyConfigured;
  if (text == "unavailable") return ChannelsPairingApproveResultCommandOwnerBootstrap::kUnavailable;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ChannelsPairingApproveResultCommandOwnerBootstrap& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseChannelsPairingApproveResultCommandOwnerBootstrap(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ChannelsPairingApproveResultCommandOwnerBootstrap value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ChannelsPairingApproveResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"requestId", "senderId", "notification", "commandOwnerBootstrap"}, ptr);
  Read(wire::RequiredMember(j, "requestId", ptr), out.request_id, wire::ChildPointer(ptr, "requestId"));
  Read(wire::RequiredMember(j, "senderId", ptr), out.sender_id, wire::ChildPointer(ptr, "senderId"));
  Read(wire::RequiredMember(j, "notification", ptr), out.notification, wire::ChildPointer(ptr, "notification"));
  Read(wire::RequiredMember(j, "commandOwnerBootstrap", ptr), out.command_owner_bootstrap, wire::ChildPointer(ptr, "commandOwnerBootstrap"));
}

nlohmann::json Write(const ChannelsPairingApproveResult& value) {
  nlohmann::json j = nlohmann::json::object();
  j["requestId"] = Write(value.request_id);
  j["senderId"] = Write(value.sender_id);
  j["notification"] = Write(value.notification);
  j["commandOwnerBootstrap"] = Write(value.command_owner_bootstrap);
  return j;
}

void Read(const nlohmann::json& j, ChannelsPairingDismissParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"channel", "accountId", "requestId"}, ptr);
  Read(wire::RequiredMember(j, "channel", ptr), out.channel, wire::ChildPointer(ptr, "channel"));
  Read(wire::RequiredMember(j, "accountId", ptr), out.account_id, wire::ChildPointer(ptr, "accountId"));
  Read(wire::RequiredMember(j, "requestId", ptr), out.request_id, wire::ChildPointer(ptr, "requestId"));
}

nlohmann::json Write(const ChannelsPairingDismissParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["channel"] = Write(value.channel);
  j["accountId"] = Write(value.account_id);
  j["requestId"] = Write(value.request_id);
  return j;
}

void Read(const nlohmann::json& j, ChannelsPairingDismissResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"requestId", "senderId"}, ptr);
  Read(wire::RequiredMember(j, "requestId", ptr), out.request_id, wire::ChildPointer(ptr, "requestId"));
  Read(wire::RequiredMember(j, "senderId", ptr), out.sender_id, wire::ChildPointer(ptr, "senderId"));
}

nlohmann::json Write(const ChannelsPairingDismissResult& value) {
  nlohmann::json j = nlohmann::json::object();
  j["requestId"] = Write(value.request_id);
  j["senderId"] = Write(value.sender_id);
  return j;
}

void Read(const nlohmann::json& j, ChannelsPairingListParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"channel", "accountId"}, ptr);
  if (auto it = j.find("channel"); it != j.end()) Read(*it, out.channel.emplace(), wire::ChildPointer(ptr, "channel"));
  if (auto it = j.find("accountId"); it != j.end()) Read(*it, out.account_id.emplace(), wire::ChildPointer(ptr, "accountId"));
}

nlohmann::json Write(const ChannelsPairingListParams& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.channel) j["channel"] = Write(*value.channel);
  if (value.account_id) j["accountId"] = Write(*value.account_id);
  return j;
}

void Read(const nlohmann::json& j, PairingAccount& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"channel", "channelLabel", "accountId", "accountLabel", "notifySupported"}, ptr);
  Read(wire::RequiredMember(j, "channel", ptr), out.channel, wire::ChildPointer(ptr, "channel"));
  Read(wire::RequiredMember(j, "channelLabel", ptr), out.channel_label, wire::ChildPointer(ptr, "channelLabel"));
  Read(wire::RequiredMember(j, "accountId", ptr), out.account_id, wire::ChildPointer(ptr, "accountId"));
  if (auto it = j.find("accountLabel"); it != j.end()) Read(*it, out.account_label.emplace(), wire::ChildPointer(ptr, "accountLabel"));
  Read(wire::RequiredMember(j, "notifySupported", ptr), out.notify_supported, wire::ChildPointer(ptr, "notifySupported"));
}

nlohmann::json Write(const PairingAccount& value) {
  nlohmann::json j = nlohmann::json::object();
  j["channel"] = Write(value.channel);
  j["channelLabel"] = Write(value.channel_label);
  j["accountId"] = Write(value.account_id);
  if (value.account_label) j["accountLabel"] = Write(*value.account_label);
  j["notifySupported"] = Write(value.notify_supported);
  return j;
}

void Read(const nlohmann::json& j, PairingRequestEntry& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"requestId", "channel", "channelLabel", "accountId", "accountLabel", "senderId", "senderLabel", "metadata", "createdAt", "lastSeenAt", "expiresAt", "notifySupported"}, ptr);
  Read(wire::RequiredMember(j, "requestId", ptr), out.request_id, wire::ChildPointer(ptr, "requestId"));
  Read(wire::RequiredMember(j, "channel", ptr), out.channel, wire::ChildPointer(ptr, "channel"));
  Read(wire::RequiredMember(j, "channelLabel", ptr), out.channel_label, wire::ChildPointer(ptr, "channelLabel"));
  Read(wire::RequiredMember(j, "accountId", ptr), out.account_id, wire::ChildPointer(ptr, "accountId"));
  if (auto it = j.find("accountLabel"); it != j.end()) Read(*it, out.account_label.emplace(), wire::ChildPointer(ptr, "accountLabel"));
  Read(wire::RequiredMember(j, "senderId", ptr), out.sender_id, wire::ChildPointer(ptr, "senderId"));
  Read(wire::RequiredMember(j, "senderLabel", ptr), out.sender_label, wire::ChildPointer(ptr, "senderLabel"));
  if (auto it = j.find("metadata"); it != j.end()) Read(*it, out.metadata.emplace(), wire::ChildPointer(ptr, "metadata"));
  Read(wire::RequiredMember(j, "createdAt", ptr), out.created_at, wire::ChildPointer(ptr, "createdAt"));
  Read(wire::RequiredMember(j, "lastSeenAt", ptr), out.last_seen_at, wire::ChildPointer(ptr, "lastSeenAt"));
  Read(wire::RequiredMember(j, "expiresAt", ptr), out.expires_at, wire::ChildPointer(ptr, "expiresAt"));
  Read(wire::RequiredMember(j, "notifySupported", ptr), out.notify_supported, wire::ChildPointer(ptr, "notifySupported"));
}

nlohmann::json Write(const PairingRequestEntry& value) {
  nlohmann::json j = nlohmann::json::object();
  j["requestId"] = Write(value.request_id);
  j["channel"] = Write(value.channel);
  j["channelLabel"] = Write(value.channel_label);
  j["accountId"] = Write(value.account_id);
  if (value.account_label) j["accountLabel"] = Write(*value.account_label);
  j["senderId"] = Write(value.sender_id);
  j["senderLabel"] = Write(value.sender_label);
  if (value.metadata) j["metadata"] = Write(*value.metadata);
  j["createdAt"] = Write(value.created_at);
  j["lastSeenAt"] = Write(value.last_seen_at);
  j["expiresAt"] = Write(value.expires_at);
  j["notifySupported"] = Write(value.notify_supported);
  return j;
}

void Read(const nlohmann::json& j, ChannelsPairingListResultLimits& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"pendingPerAccount", "ttlMs"}, ptr);
  Read(wire::RequiredMember(j, "pendingPerAccount", ptr), out.pending_per_account, wire::ChildPointer(ptr, "pendingPerAccount"));
  Read(wire::RequiredMember(j, "ttlMs", ptr), out.ttl_ms, wire::ChildPointer(ptr, "ttlMs"));
}

nlohmann::json Write(const ChannelsPairingListResultLimits& value) {
  nlohmann::json j = nlohmann::json::object();
  j["pendingPerAccount"] = Write(value.pending_per_account);
  j["ttlMs"] = Write(value.ttl_ms);
  return j;
}

void Read(const nlohmann::json& j, ChannelsPairingListResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"accounts", "requests", "commandOwnerConfigured", "limits"}, ptr);
  Read(wire::RequiredMember(j, "accounts", ptr), out.accounts, wire::ChildPointer(ptr, "accounts"));
  Read(wire::RequiredMember(j, "requests", ptr), out.requests, wire::ChildPointer(ptr, "requests"));
  Read(wire::RequiredMember(j, "commandOwnerConfigured", ptr), out.command_owner_configured, wire::ChildPointer(ptr, "commandOwnerConfigured"));
  Read(wire::RequiredMember(j, "limits", ptr), out.limits, wire::ChildPointer(ptr, "limits"));
}

nlohmann::json Write(const ChannelsPairingListResult& value) {
  nlohmann::json j = nlohmann::json::object();
  j["accounts"] = Write(value.accounts);
  j["requests"] = Write(value.requests);
  j["commandOwnerConfigured"] = Write(value.command_owner_configured);
  j["limits"] = Write(value.limits);
  return j;
}

std::string_view ToString(ChannelStartOutcomeStatus value) {
  switch (value) {
    case ChannelStartOutcomeStatus::kHandedOff:
      return "handed-off";
    case ChannelStartOutcomeStatus::kRetry:
      return "retry";
    case ChannelStartOutcomeStatus::kSkipped:
      return "skipped";
  }
  return {};
}

std::optional<ChannelStartOutcomeStatus> ParseChannelStartOutcomeStatus(std::string_view text) {
  if (text == "handed-off") return ChannelStartOutcomeStatus::kHandedOff;
  if (text == "retry") return ChannelStartOutcomeStatus::kRetry;
  if (text == "skipped") return ChannelStartOutcomeStatus::kSkipped;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ChannelStartOutcomeStatus& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseChannelStartOutcomeStatus(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ChannelStartOutcomeStatus value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ChannelStartOutcome& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"status", "reason"}, ptr);
  Read(wire::RequiredMember(j, "status", ptr), out.status, wire::ChildPointer(ptr, "status"));
  if (auto it = j.find("reason"); it != j.end()) Read(*it, out.reason.emplace(), wire::ChildPointer(ptr, "reason"));
}

nlohmann::json Write(const ChannelStartOutcome& value) {
  nlohmann::json j = nlohmann::json::object();
  j["status"] = Write(value.status);
  if (value.reason) j["reason"] = Write(*value.reason);
  return j;
}

void Read(const nlohmann::json& j, ChannelsStartResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"channel", "accountId", "started", "outcome"}, ptr);
  Read(wire::RequiredMember(j, "channel", ptr), out.channel, wire::ChildPointer(ptr, "channel"));
  Read(wire::RequiredMember(j, "accountId", ptr), out.account_id, wire::ChildPointer(ptr, "accountId"));
  Read(wire::RequiredMember(j, "started", ptr), out.started, wire::ChildPointer(ptr, "started"));
  Read(wire::RequiredMember(j, "outcome", ptr), out.outcome, wire::ChildPointer(ptr, "outcome"));
}

nlohmann::json Write(const ChannelsStartResult& value) {
  nlohmann::json j = nlohmann::json::object();
  j["channel"] = Write(value.channel);
  j["accountId"] = Write(value.account_id);
  j["started"] = Write(value.started);
  j["outcome"] = Write(value.outcome);
  return j;
}

void Read(const nlohmann::json& j, ChannelsStatusParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("probe"); it != j.end()) Read(*it, out.probe.emplace(), wire::ChildPointer(ptr, "probe"));
  if (auto it = j.find("timeoutMs"); it != j.end()) Read(*it, out.timeout_ms.emplace(), wire::ChildPointer(ptr, "timeoutMs"));
  if (auto it = j.find("channel"); it != j.end()) Read(*it, out.channel.emplace(), wire::ChildPointer(ptr, "channel"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"probe", "timeoutMs", "channel"});
}

nlohmann::json Write(const ChannelsStatusParams& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.probe) j["probe"] = Write(*value.probe);
  if (value.timeout_ms) j["timeoutMs"] = Write(*value.timeout_ms);
  if (value.channel) j["channel"] = Write(*value.channel);
  return j;
}

void Read(const nlohmann::json& j, ChannelAccountProbe& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "ok", ptr), out.ok, wire::ChildPointer(ptr, "ok"));
  Read(wire::RequiredMember(j, "elapsedMs", ptr), out.elapsed_ms, wire::ChildPointer(ptr, "elapsedMs"));
  if (auto it = j.find("error"); it != j.end()) Read(*it, out.error.emplace(), wire::ChildPointer(ptr, "error"));
  if (auto it = j.find("bot"); it != j.end()) Read(*it, out.bot.emplace(), wire::ChildPointer(ptr, "bot"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"ok", "elapsedMs", "error", "bot"});
}

nlohmann::json Write(const ChannelAccountProbe& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["ok"] = Write(value.ok);
  j["elapsedMs"] = Write(value.elapsed_ms);
  if (value.error) j["error"] = Write(*value.error);
  if (value.bot) j["bot"] = Write(*value.bot);
  return j;
}

void Read(const nlohmann::json& j, ChannelAccountStatus& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "accountId", ptr), out.account_id, wire::ChildPointer(ptr, "accountId"));
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  if (auto it = j.find("configured"); it != j.end()) Read(*it, out.configured.emplace(), wire::ChildPointer(ptr, "configured"));
  if (auto it = j.find("running"); it != j.end()) Read(*it, out.running.emplace(), wire::ChildPointer(ptr, "running"));
  if (auto it = j.find("connected"); it != j.end()) Read(*it, out.connected.emplace(), wire::ChildPointer(ptr, "connected"));
  if (auto it = j.find("reconnectAttempts"); it != j.end()) Read(*it, out.reconnect_attempts.emplace(), wire::ChildPointer(ptr, "reconnectAttempts"));
  if (auto it = j.find("lastError"); it != j.end()) Read(*it, out.last_error.emplace(), wire::ChildPointer(ptr, "lastError"));
  if (auto it = j.find("healthState"); it != j.end()) Read(*it, out.health_state.emplace(), wire::ChildPointer(ptr, "healthState"));
  if (auto it = j.find("lastInboundAt"); it != j.end()) Read(*it, out.last_inbound_at.emplace(), wire::ChildPointer(ptr, "lastInboundAt"));
  if (auto it = j.find("lastOutboundAt"); it != j.end()) Read(*it, out.last_outbound_at.emplace(), wire::ChildPointer(ptr, "lastOutboundAt"));
  if (auto it = j.find("mode"); it != j.end()) Read(*it, out.mode.emplace(), wire::ChildPointer(ptr, "mode"));
  if (auto it = j.find("dmPolicy"); it != j.end()) Read(*it, out.dm_policy.emplace(), wire::ChildPointer(ptr, "dmPolicy"));
  if (auto it = j.find("tokenSource"); it != j.end()) Read(*it, out.token_source.emplace(), wire::ChildPointer(ptr, "tokenSource"));
  if (auto it = j.find("username"); it != j.end()) Read(*it, out.username.emplace(), wire::ChildPointer(ptr, "username"));
  if (auto it = j.find("probe"); it != j.end()) Read(*it, out.probe.emplace(), wire::ChildPointer(ptr, "probe"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"accountId", "enabled", "configured", "running", "connected", "reconnectAttempts", "lastError", "healthState", "lastInboundAt", "lastOutboundAt", "mode", "dmPolicy", "tokenSource", "username", "probe"});
}

nlohmann::json Write(const ChannelAccountStatus& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["accountId"] = Write(value.account_id);
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  if (value.configured) j["configured"] = Write(*value.configured);
  if (value.running) j["running"] = Write(*value.running);
  if (value.connected) j["connected"] = Write(*value.connected);
  if (value.reconnect_attempts) j["reconnectAttempts"] = Write(*value.reconnect_attempts);
  if (value.last_error) j["lastError"] = Write(*value.last_error);
  if (value.health_state) j["healthState"] = Write(*value.health_state);
  if (value.last_inbound_at) j["lastInboundAt"] = Write(*value.last_inbound_at);
  if (value.last_outbound_at) j["lastOutboundAt"] = Write(*value.last_outbound_at);
  if (value.mode) j["mode"] = Write(*value.mode);
  if (value.dm_policy) j["dmPolicy"] = Write(*value.dm_policy);
  if (value.token_source) j["tokenSource"] = Write(*value.token_source);
  if (value.username) j["username"] = Write(*value.username);
  if (value.probe) j["probe"] = Write(*value.probe);
  return j;
}

void Read(const nlohmann::json& j, ChannelsStatusResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"ts", "channelOrder", "channelLabels", "channels", "channelAccounts", "channelDefaultAccountId", "warnings"}, ptr);
  Read(wire::RequiredMember(j, "ts", ptr), out.ts, wire::ChildPointer(ptr, "ts"));
  Read(wire::RequiredMember(j, "channelOrder", ptr), out.channel_order, wire::ChildPointer(ptr, "channelOrder"));
  Read(wire::RequiredMember(j, "channelLabels", ptr), out.channel_labels, wire::ChildPointer(ptr, "channelLabels"));
  Read(wire::RequiredMember(j, "channels", ptr), out.channels, wire::ChildPointer(ptr, "channels"));
  Read(wire::RequiredMember(j, "channelAccounts", ptr), out.channel_accounts, wire::ChildPointer(ptr, "channelAccounts"));
  Read(wire::RequiredMember(j, "channelDefaultAccountId", ptr), out.channel_default_account_id, wire::ChildPointer(ptr, "channelDefaultAccountId"));
  if (auto it = j.find("warnings"); it != j.end()) Read(*it, out.warnings.emplace(), wire::ChildPointer(ptr, "warnings"));
}

nlohmann::json Write(const ChannelsStatusResult& value) {
  nlohmann::json j = nlohmann::json::object();
  j["ts"] = Write(value.ts);
  j["channelOrder"] = Write(value.channel_order);
  j["channelLabels"] = Write(value.channel_labels);
  j["channels"] = Write(value.channels);
  j["channelAccounts"] = Write(value.channel_accounts);
  j["channelDefaultAccountId"] = Write(value.channel_default_account_id);
  if (value.warnings) j["warnings"] = Write(*value.warnings);
  return j;
}

void Read(const nlohmann::json& j, ChannelsStopResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"channel", "accountId", "stopped"}, ptr);
  Read(wire::RequiredMember(j, "channel", ptr), out.channel, wire::ChildPointer(ptr, "channel"));
  Read(wire::RequiredMember(j, "accountId", ptr), out.account_id, wire::ChildPointer(ptr, "accountId"));
  Read(wire::RequiredMember(j, "stopped", ptr), out.stopped, wire::ChildPointer(ptr, "stopped"));
}

nlohmann::json Write(const ChannelsStopResult& value) {
  nlohmann::json j = nlohmann::json::object();
  j["channel"] = Write(value.channel);
  j["accountId"] = Write(value.account_id);
  j["stopped"] = Write(value.stopped);
  return j;
}

}  // namespace gateway::proto
