// Generated from protocol/methods/config.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/methods_config.hpp"

#include <utility>

namespace gateway::proto {

void Read(const nlohmann::json& j, ConfigDeliveryThreadId& out, std::string_view ptr) {
  if (j.is_string()) {
    std::string alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  if (j.is_number()) {
    double alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  throw wire::DecodeError(std::string(ptr), "must match exactly one schema in oneOf");
}

nlohmann::json Write(const ConfigDeliveryThreadId& value) {
  return std::visit([](const auto& alternative) { return nlohmann::json(Write(alternative)); }, value.value);
}

void Read(const nlohmann::json& j, ConfigDeliveryContext& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"channel", "to", "accountId", "threadId"}, ptr);
  if (auto it = j.find("channel"); it != j.end()) Read(*it, out.channel.emplace(), wire::ChildPointer(ptr, "channel"));
  if (auto it = j.find("to"); it != j.end()) Read(*it, out.to.emplace(), wire::ChildPointer(ptr, "to"));
  if (auto it = j.find("accountId"); it != j.end()) Read(*it, out.account_id.emplace(), wire::ChildPointer(ptr, "accountId"));
  if (auto it = j.find("threadId"); it != j.end()) Read(*it, out.thread_id.emplace(), wire::ChildPointer(ptr, "threadId"));
}

nlohmann::json Write(const ConfigDeliveryContext& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.channel) j["channel"] = Write(*value.channel);
  if (value.to) j["to"] = Write(*value.to);
  if (value.account_id) j["accountId"] = Write(*value.account_id);
  if (value.thread_id) j["threadId"] = Write(*value.thread_id);
  return j;
}

void Read(const nlohmann::json& j, ConfigApplyParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"raw", "baseHash", "sessionKey", "deliveryContext", "note", "restartDelayMs"}, ptr);
  Read(wire::RequiredMember(j, "raw", ptr), out.raw, wire::ChildPointer(ptr, "raw"));
  if (auto it = j.find("baseHash"); it != j.end()) Read(*it, out.base_hash.emplace(), wire::ChildPointer(ptr, "baseHash"));
  if (auto it = j.find("sessionKey"); it != j.end()) Read(*it, out.session_key.emplace(), wire::ChildPointer(ptr, "sessionKey"));
  if (auto it = j.find("deliveryContext"); it != j.end()) Read(*it, out.delivery_context.emplace(), wire::ChildPointer(ptr, "deliveryContext"));
  if (auto it = j.find("note"); it != j.end()) Read(*it, out.note.emplace(), wire::ChildPointer(ptr, "note"));
  if (auto it = j.find("restartDelayMs"); it != j.end()) Read(*it, out.restart_delay_ms.emplace(), wire::ChildPointer(ptr, "restartDelayMs"));
}

nlohmann::json Write(const ConfigApplyParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["raw"] = Write(value.raw);
  if (value.base_hash) j["baseHash"] = Write(*value.base_hash);
  if (value.session_key) j["sessionKey"] = Write(*value.session_key);
  if (value.delivery_context) j["deliveryContext"] = Write(*value.delivery_context);
  if (value.note) j["note"] = Write(*value.note);
  if (value.restart_delay_ms) j["restartDelayMs"] = Write(*value.restart_delay_ms);
  return j;
}

void Read(const nlohmann::json& j, ConfigRestartInfo& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "required", ptr), out.required, wire::ChildPointer(ptr, "required"));
  Read(wire::RequiredMember(j, "scheduled", ptr), out.scheduled, wire::ChildPointer(ptr, "scheduled"));
  Read(wire::RequiredMember(j, "reason", ptr), out.reason, wire::ChildPointer(ptr, "reason"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"required", "scheduled", "reason"});
}

nlohmann::json Write(const ConfigRestartInfo& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["required"] = Write(value.required);
  j["scheduled"] = Write(value.scheduled);
  j["reason"] = Write(value.reason);
  return j;
}

void Read(const nlohmann::json& j, ConfigRestartSentinel& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "persisted", ptr), out.persisted, wire::ChildPointer(ptr, "persisted"));
  Read(wire::RequiredMember(j, "payload", ptr), out.payload, wire::ChildPointer(ptr, "payload"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"persisted", "payload"});
}

nlohmann::json Write(const ConfigRestartSentinel& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["persisted"] = Write(value.persisted);
  j["payload"] = Write(value.payload);
  return j;
}

void Read(const nlohmann::json& j, ConfigApplyResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "ok", ptr), nlohmann::json(true), wire::ChildPointer(ptr, "ok"));
  Read(wire::RequiredMember(j, "path", ptr), out.path, wire::ChildPointer(ptr, "path"));
  if (auto it = j.find("hash"); it != j.end()) Read(*it, out.hash.emplace(), wire::ChildPointer(ptr, "hash"));
  Read(wire::RequiredMember(j, "config", ptr), out.config, wire::ChildPointer(ptr, "config"));
  Read(wire::RequiredMember(j, "restart", ptr), out.restart, wire::ChildPointer(ptr, "restart"));
  Read(wire::RequiredMember(j, "sentinel", ptr), out.sentinel, wire::ChildPointer(ptr, "sentinel"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"ok", "path", "hash", "config", "restart", "sentinel"});
}

nlohmann::json Write(const ConfigApplyResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["ok"] = nlohmann::json(true);
  j["path"] = Write(value.path);
  if (value.hash) j["hash"] = Write(*value.hash);
  j["config"] = Write(value.config);
  j["restart"] = Write(value.restart);
  j["sentinel"] = Write(value.sentinel);
  return j;
}

void Read(const nlohmann::json& j, ConfigGetParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  (void)out;  // a closed empty object: nothing to read
  wire::RejectUnknownKeys(j, {}, ptr);
}

nlohmann::json Write(const ConfigGetParams& value) {
  nlohmann::json j = nlohmann::json::object();
  (void)value;  // a closed empty object
  return j;
}

void Read(const nlohmann::json& j, ConfigIssue& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "path", ptr), out.path, wire::ChildPointer(ptr, "path"));
  Read(wire::RequiredMember(j, "message", ptr), out.message, wire::ChildPointer(ptr, "message"));
  if (auto it = j.find("line"); it != j.end()) Read(*it, out.line.emplace(), wire::ChildPointer(ptr, "line"));
  if (auto it = j.find("column"); it != j.end()) Read(*it, out.column.emplace(), wire::ChildPointer(ptr, "column"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"path", "message", "line", "column"});
}

nlohmann::json Write(const ConfigIssue& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["path"] = Write(value.path);
  j["message"] = Write(value.message);
  if (value.line) j["line"] = Write(*value.line);
  if (value.column) j["column"] = Write(*value.column);
  return j;
}

void Read(const nlohmann::json& j, ConfigGetResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "path", ptr), out.path, wire::ChildPointer(ptr, "path"));
  Read(wire::RequiredMember(j, "exists", ptr), out.exists, wire::ChildPointer(ptr, "exists"));
  Read(wire::RequiredMember(j, "valid", ptr), out.valid, wire::ChildPointer(ptr, "valid"));
  Read(wire::RequiredMember(j, "raw", ptr), out.raw, wire::ChildPointer(ptr, "raw"));
  Read(wire::RequiredMember(j, "parsed", ptr), out.parsed, wire::ChildPointer(ptr, "parsed"));
  Read(wire::RequiredMember(j, "config", ptr), out.config, wire::ChildPointer(ptr, "config"));
  Read(wire::RequiredMember(j, "resolved", ptr), out.resolved, wire::ChildPointer(ptr, "resolved"));
  Read(wire::RequiredMember(j, "sourceConfig", ptr), out.source_config, wire::ChildPointer(ptr, "sourceConfig"));
  Read(wire::RequiredMember(j, "runtimeConfig", ptr), out.runtime_config, wire::ChildPointer(ptr, "runtimeConfig"));
  Read(wire::RequiredMember(j, "issues", ptr), out.issues, wire::ChildPointer(ptr, "issues"));
  Read(wire::RequiredMember(j, "warnings", ptr), out.warnings, wire::ChildPointer(ptr, "warnings"));
  Read(wire::RequiredMember(j, "legacyIssues", ptr), out.legacy_issues, wire::ChildPointer(ptr, "legacyIssues"));
  Read(wire::RequiredMember(j, "hash", ptr), out.hash, wire::ChildPointer(ptr, "hash"));
  Read(wire::RequiredMember(j, "configRevisionHash", ptr), out.config_revision_hash, wire::ChildPointer(ptr, "configRevisionHash"));
  Read(wire::RequiredMember(j, "appliedConfigHash", ptr), out.applied_config_hash, wire::ChildPointer(ptr, "appliedConfigHash"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"path", "exists", "valid", "raw", "parsed", "config", "resolved", "sourceConfig", "runtimeConfig", "issues", "warnings", "legacyIssues", "hash", "configRevisionHash", "appliedConfigHash"});
}

nlohmann::json Write(const ConfigGetResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["path"] = Write(value.path);
  j["exists"] = Write(value.exists);
  j["valid"] = Write(value.valid);
  j["raw"] = Write(value.raw);
  j["parsed"] = Write(value.parsed);
  j["config"] = Write(value.config);
  j["resolved"] = Write(value.resolved);
  j["sourceConfig"] = Write(value.source_config);
  j["runtimeConfig"] = Write(value.runtime_config);
  j["issues"] = Write(value.issues);
  j["warnings"] = Write(value.warnings);
  j["legacyIssues"] = Write(value.legacy_issues);
  j["hash"] = Write(value.hash);
  j["configRevisionHash"] = Write(value.config_revision_hash);
  j["appliedConfigHash"] = Write(value.applied_config_hash);
  return j;
}

void Read(const nlohmann::json& j, ConfigPatchParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"raw", "baseHash", "sessionKey", "deliveryContext", "note", "restartDelayMs", "replacePaths"}, ptr);
  Read(wire::RequiredMember(j, "raw", ptr), out.raw, wire::ChildPointer(ptr, "raw"));
  if (auto it = j.find("baseHash"); it != j.end()) Read(*it, out.base_hash.emplace(), wire::ChildPointer(ptr, "baseHash"));
  if (auto it = j.find("sessionKey"); it != j.end()) Read(*it, out.session_key.emplace(), wire::ChildPointer(ptr, "sessionKey"));
  if (auto it = j.find("deliveryContext"); it != j.end()) Read(*it, out.delivery_context.emplace(), wire::ChildPointer(ptr, "deliveryContext"));
  if (auto it = j.find("note"); it != j.end()) Read(*it, out.note.emplace(), wire::ChildPointer(ptr, "note"));
  if (auto it = j.find("restartDelayMs"); it != j.end()) Read(*it, out.restart_delay_ms.emplace(), wire::ChildPointer(ptr, "restartDelayMs"));
  if (auto it = j.find("replacePaths"); it != j.end()) Read(*it, out.replace_paths.emplace(), wire::ChildPointer(ptr, "replacePaths"));
}

nlohmann::json Write(const ConfigPatchParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["raw"] = Write(value.raw);
  if (value.base_hash) j["baseHash"] = Write(*value.base_hash);
  if (value.session_key) j["sessionKey"] = Write(*value.session_key);
  if (value.delivery_context) j["deliveryContext"] = Write(*value.delivery_context);
  if (value.note) j["note"] = Write(*value.note);
  if (value.restart_delay_ms) j["restartDelayMs"] = Write(*value.restart_delay_ms);
  if (value.replace_paths) j["replacePaths"] = Write(*value.replace_paths);
  return j;
}

void Read(const nlohmann::json& j, ConfigPatchResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "ok", ptr), nlohmann::json(true), wire::ChildPointer(ptr, "ok"));
  if (auto it = j.find("noop"); it != j.end()) Read(*it, out.noop.emplace(), wire::ChildPointer(ptr, "noop"));
  Read(wire::RequiredMember(j, "path", ptr), out.path, wire::ChildPointer(ptr, "path"));
  if (auto it = j.find("hash"); it != j.end()) Read(*it, out.hash.emplace(), wire::ChildPointer(ptr, "hash"));
  Read(wire::RequiredMember(j, "config", ptr), out.config, wire::ChildPointer(ptr, "config"));
  Read(wire::RequiredMember(j, "changedPaths", ptr), out.changed_paths, wire::ChildPointer(ptr, "changedPaths"));
  if (auto it = j.find("restart"); it != j.end()) Read(*it, out.restart.emplace(), wire::ChildPointer(ptr, "restart"));
  if (auto it = j.find("sentinel"); it != j.end()) Read(*it, out.sentinel.emplace(), wire::ChildPointer(ptr, "sentinel"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"ok", "noop", "path", "hash", "config", "changedPaths", "restart", "sentinel"});
}

nlohmann::json Write(const ConfigPatchResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["ok"] = nlohmann::json(true);
  if (value.noop) j["noop"] = Write(*value.noop);
  j["path"] = Write(value.path);
  if (value.hash) j["hash"] = Write(*value.hash);
  j["config"] = Write(value.config);
  j["changedPaths"] = Write(value.changed_paths);
  if (value.restart) j["restart"] = Write(*value.restart);
  if (value.sentinel) j["sentinel"] = Write(*value.sentinel);
  return j;
}

std::string_view ToString(ConfigReloadKind value) {
  switch (value) {
    case ConfigReloadKind::kRestart:
      return "restart";
    case ConfigReloadKind::kHot:
      return "hot";
    case ConfigReloadKind::kNone:
      return "none";
  }
  return {};
}

std::optional<ConfigReloadKind> ParseConfigReloadKind(std::string_view text) {
  if (text == "restart") return ConfigReloadKind::kRestart;
  if (text == "hot") return ConfigReloadKind::kHot;
  if (text == "none") return ConfigReloadKind::kNone;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ConfigReloadKind& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseConfigReloadKind(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ConfigReloadKind value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ConfigSchemaChild& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "key", ptr), out.key, wire::ChildPointer(ptr, "key"));
  Read(wire::RequiredMember(j, "path", ptr), out.path, wire::ChildPointer(ptr, "path"));
  if (auto it = j.find("type"); it != j.end()) Read(*it, out.type.emplace(), wire::ChildPointer(ptr, "type"));
  Read(wire::RequiredMember(j, "required", ptr), out.required, wire::ChildPointer(ptr, "required"));
  Read(wire::RequiredMember(j, "hasChildren", ptr), out.has_children, wire::ChildPointer(ptr, "hasChildren"));
  if (auto it = j.find("reloadKind"); it != j.end()) Read(*it, out.reload_kind.emplace(), wire::ChildPointer(ptr, "reloadKind"));
  if (auto it = j.find("hint"); it != j.end()) Read(*it, out.hint.emplace(), wire::ChildPointer(ptr, "hint"));
  if (auto it = j.find("hintPath"); it != j.end()) Read(*it, out.hint_path.emplace(), wire::ChildPointer(ptr, "hintPath"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"key", "path", "type", "required", "hasChildren", "reloadKind", "hint", "hintPath"});
}

nlohmann::json Write(const ConfigSchemaChild& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["key"] = Write(value.key);
  j["path"] = Write(value.path);
  if (value.type) j["type"] = Write(*value.type);
  j["required"] = Write(value.required);
  j["hasChildren"] = Write(value.has_children);
  if (value.reload_kind) j["reloadKind"] = Write(*value.reload_kind);
  if (value.hint) j["hint"] = Write(*value.hint);
  if (value.hint_path) j["hintPath"] = Write(*value.hint_path);
  return j;
}

void Read(const nlohmann::json& j, ConfigSchemaLookupParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"path"}, ptr);
  Read(wire::RequiredMember(j, "path", ptr), out.path, wire::ChildPointer(ptr, "path"));
}

nlohmann::json Write(const ConfigSchemaLookupParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["path"] = Write(value.path);
  return j;
}

void Read(const nlohmann::json& j, ConfigSchemaLookupResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "path", ptr), out.path, wire::ChildPointer(ptr, "path"));
  Read(wire::RequiredMember(j, "schema", ptr), out.schema, wire::ChildPointer(ptr, "schema"));
  if (auto it = j.find("reloadKind"); it != j.end()) Read(*it, out.reload_kind.emplace(), wire::ChildPointer(ptr, "reloadKind"));
  if (auto it = j.find("hint"); it != j.end()) Read(*it, out.hint.emplace(), wire::ChildPointer(ptr, "hint"));
  if (auto it = j.find("hintPath"); it != j.end()) Read(*it, out.hint_path.emplace(), wire::ChildPointer(ptr, "hintPath"));
  Read(wire::RequiredMember(j, "children", ptr), out.children, wire::ChildPointer(ptr, "children"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"path", "schema", "reloadKind", "hint", "hintPath", "children"});
}

nlohmann::json Write(const ConfigSchemaLookupResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["path"] = Write(value.path);
  j["schema"] = Write(value.schema);
  if (value.reload_kind) j["reloadKind"] = Write(*value.reload_kind);
  if (value.hint) j["hint"] = Write(*value.hint);
  if (value.hint_path) j["hintPath"] = Write(*value.hint_path);
  j["children"] = Write(value.children);
  return j;
}

void Read(const nlohmann::json& j, ConfigSchemaParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  (void)out;  // a closed empty object: nothing to read
  wire::RejectUnknownKeys(j, {}, ptr);
}

nlohmann::json Write(const ConfigSchemaParams& value) {
  nlohmann::json j = nlohmann::json::object();
  (void)value;  // a closed empty object
  return j;
}

void Read(const nlohmann::json& j, ConfigUiHint& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("label"); it != j.end()) Read(*it, out.label.emplace(), wire::ChildPointer(ptr, "label"));
  if (auto it = j.find("help"); it != j.end()) Read(*it, out.help.emplace(), wire::ChildPointer(ptr, "help"));
  if (auto it = j.find("docsUrl"); it != j.end()) Read(*it, out.docs_url.emplace(), wire::ChildPointer(ptr, "docsUrl"));
  if (auto it = j.find("tags"); it != j.end()) Read(*it, out.tags.emplace(), wire::ChildPointer(ptr, "tags"));
  if (auto it = j.find("group"); it != j.end()) Read(*it, out.group.emplace(), wire::ChildPointer(ptr, "group"));
  if (auto it = j.find("order"); it != j.end()) Read(*it, out.order.emplace(), wire::ChildPointer(ptr, "order"));
  if (auto it = j.find("advanced"); it != j.end()) Read(*it, out.advanced.emplace(), wire::ChildPointer(ptr, "advanced"));
  if (auto it = j.find("sensitive"); it != j.end()) Read(*it, out.sensitive.emplace(), wire::ChildPointer(ptr, "sensitive"));
  if (auto it = j.find("placeholder"); it != j.end()) Read(*it, out.placeholder.emplace(), wire::ChildPointer(ptr, "placeholder"));
  if (auto it = j.find("presentation"); it != j.end()) Read(*it, out.presentation.emplace(), wire::ChildPointer(ptr, "presentation"));
  if (auto it = j.find("itemTemplate"); it != j.end()) Read(*it, out.item_template.emplace(), wire::ChildPointer(ptr, "itemTemplate"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"label", "help", "docsUrl", "tags", "group", "order", "advanced", "sensitive", "placeholder", "presentation", "itemTemplate"});
}

nlohmann::json Write(const ConfigUiHint& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.label) j["label"] = Write(*value.label);
  if (value.help) j["help"] = Write(*value.help);
  if (value.docs_url) j["docsUrl"] = Write(*value.docs_url);
  if (value.tags) j["tags"] = Write(*value.tags);
  if (value.group) j["group"] = Write(*value.group);
  if (value.order) j["order"] = Write(*value.order);
  if (value.advanced) j["advanced"] = Write(*value.advanced);
  if (value.sensitive) j["sensitive"] = Write(*value.sensitive);
  if (value.placeholder) j["placeholder"] = Write(*value.placeholder);
  if (value.presentation) j["presentation"] = Write(*value.presentation);
  if (value.item_template) j["itemTemplate"] = Write(*value.item_template);
  return j;
}

void Read(const nlohmann::json& j, ConfigSchemaResponse& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "schema", ptr), out.schema, wire::ChildPointer(ptr, "schema"));
  Read(wire::RequiredMember(j, "uiHints", ptr), out.ui_hints, wire::ChildPointer(ptr, "uiHints"));
  Read(wire::RequiredMember(j, "version", ptr), out.version, wire::ChildPointer(ptr, "version"));
  Read(wire::RequiredMember(j, "generatedAt", ptr), out.generated_at, wire::ChildPointer(ptr, "generatedAt"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"schema", "uiHints", "version", "generatedAt"});
}

nlohmann::json Write(const ConfigSchemaResponse& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["schema"] = Write(value.schema);
  j["uiHints"] = Write(value.ui_hints);
  j["version"] = Write(value.version);
  j["generatedAt"] = Write(value.generated_at);
  return j;
}

void Read(const nlohmann::json& j, ConfigSetParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"raw", "baseHash"}, ptr);
  Read(wire::RequiredMember(j, "raw", ptr), out.raw, wire::ChildPointer(ptr, "raw"));
  if (auto it = j.find("baseHash"); it != j.end()) Read(*it, out.base_hash.emplace(), wire::ChildPointer(ptr, "baseHash"));
}

nlohmann::json Write(const ConfigSetParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["raw"] = Write(value.raw);
  if (value.base_hash) j["baseHash"] = Write(*value.base_hash);
  return j;
}

void Read(const nlohmann::json& j, ConfigSetResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "ok", ptr), nlohmann::json(true), wire::ChildPointer(ptr, "ok"));
  Read(wire::RequiredMember(j, "path", ptr), out.path, wire::ChildPointer(ptr, "path"));
  if (auto it = j.find("hash"); it != j.end()) Read(*it, out.hash.emplace(), wire::ChildPointer(ptr, "hash"));
  Read(wire::RequiredMember(j, "config", ptr), out.config, wire::ChildPointer(ptr, "config"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"ok", "path", "hash", "config"});
}

nlohmann::json Write(const ConfigSetResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["ok"] = nlohmann::json(true);
  j["path"] = Write(value.path);
  if (value.hash) j["hash"] = Write(*value.hash);
  j["config"] = Write(value.config);
  return j;
}

}  // namespace gateway::proto
