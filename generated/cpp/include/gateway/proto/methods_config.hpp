// Generated from protocol/methods/config.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

using wire::Read;
using wire::Write;

struct ConfigDeliveryThreadId {
  std::variant<std::string, double> value;

  bool operator==(const ConfigDeliveryThreadId&) const = default;
};
void Read(const nlohmann::json& j, ConfigDeliveryThreadId& out, std::string_view ptr);
nlohmann::json Write(const ConfigDeliveryThreadId& value);
inline void from_json(const nlohmann::json& j, ConfigDeliveryThreadId& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigDeliveryThreadId& value) { j = Write(value); }

// Where to report the outcome of an apply.
struct ConfigDeliveryContext {
  std::optional<std::string> channel{};
  std::optional<std::string> to{};
  std::optional<std::string> account_id{};
  std::optional<ConfigDeliveryThreadId> thread_id{};

  bool operator==(const ConfigDeliveryContext&) const = default;
};
void Read(const nlohmann::json& j, ConfigDeliveryContext& out, std::string_view ptr);
nlohmann::json Write(const ConfigDeliveryContext& value);
inline void from_json(const nlohmann::json& j, ConfigDeliveryContext& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigDeliveryContext& value) { j = Write(value); }

struct ConfigApplyParams {
  // The full config as JSON5 text.
  std::string raw{};
  // The hash from config.get; required once a config file exists.
  std::optional<std::string> base_hash{};
  std::optional<std::string> session_key{};
  std::optional<ConfigDeliveryContext> delivery_context{};
  std::optional<std::string> note{};
  std::optional<std::int64_t> restart_delay_ms{};

  bool operator==(const ConfigApplyParams&) const = default;
};
void Read(const nlohmann::json& j, ConfigApplyParams& out, std::string_view ptr);
nlohmann::json Write(const ConfigApplyParams& value);
inline void from_json(const nlohmann::json& j, ConfigApplyParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigApplyParams& value) { j = Write(value); }

// How the write reaches the running gateway. This gateway has no hot reload yet, so every write needs a restart.
struct ConfigRestartInfo {
  // Whether the running gateway must restart to use the new config.
  bool required{};
  // Whether the gateway scheduled that restart itself (never, for now).
  bool scheduled{};
  std::string reason{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ConfigRestartInfo&) const = default;
};
void Read(const nlohmann::json& j, ConfigRestartInfo& out, std::string_view ptr);
nlohmann::json Write(const ConfigRestartInfo& value);
inline void from_json(const nlohmann::json& j, ConfigRestartInfo& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigRestartInfo& value) { j = Write(value); }

// The restart sentinel (the note delivered after a restart); not persisted while no restart is scheduled.
struct ConfigRestartSentinel {
  bool persisted{};
  // {kind, status, ts, sessionKey?, deliveryContext?, message?}
  nlohmann::json payload{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ConfigRestartSentinel&) const = default;
};
void Read(const nlohmann::json& j, ConfigRestartSentinel& out, std::string_view ptr);
nlohmann::json Write(const ConfigRestartSentinel& value);
inline void from_json(const nlohmann::json& j, ConfigRestartSentinel& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigRestartSentinel& value) { j = Write(value); }

struct ConfigApplyResult {
  // "ok" is always true.
  std::string path{};
  std::optional<std::string> hash{};
  // The config as written (an object), secrets redacted.
  nlohmann::json config{};
  ConfigRestartInfo restart{};
  ConfigRestartSentinel sentinel{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ConfigApplyResult&) const = default;
};
void Read(const nlohmann::json& j, ConfigApplyResult& out, std::string_view ptr);
nlohmann::json Write(const ConfigApplyResult& value);
inline void from_json(const nlohmann::json& j, ConfigApplyResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigApplyResult& value) { j = Write(value); }

struct ConfigGetParams {

  bool operator==(const ConfigGetParams&) const = default;
};
void Read(const nlohmann::json& j, ConfigGetParams& out, std::string_view ptr);
nlohmann::json Write(const ConfigGetParams& value);
inline void from_json(const nlohmann::json& j, ConfigGetParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigGetParams& value) { j = Write(value); }

// One problem or notice about the config document.
struct ConfigIssue {
  // Dotted key path ("" = the whole document).
  std::string path{};
  std::string message{};
  // Line in the file, when known.
  std::optional<std::int64_t> line{};
  // Column in the file, when known.
  std::optional<std::int64_t> column{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ConfigIssue&) const = default;
};
void Read(const nlohmann::json& j, ConfigIssue& out, std::string_view ptr);
nlohmann::json Write(const ConfigIssue& value);
inline void from_json(const nlohmann::json& j, ConfigIssue& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigIssue& value) { j = Write(value); }

// The config file: as written (raw, parsed, sourceConfig), as loaded (config, resolved) and as the running gateway uses it (runtimeConfig); secrets are replaced by "__OPENCLAW_REDACTED__".
struct ConfigGetResult {
  // The config file.
  std::string path{};
  bool exists{};
  // Whether the file loads (schema and refusals).
  bool valid{};
  // The document as JSON text, redacted (comments are not kept); null when there is no file.
  std::optional<std::string> raw{};
  // The document as written (before migrations and ${VAR} substitution), redacted.
  nlohmann::json parsed{};
  // The effective document (migrated, substituted), redacted.
  nlohmann::json config{};
  // Same as config.
  nlohmann::json resolved{};
  // Same as parsed.
  nlohmann::json source_config{};
  // The effective config the running gateway loaded at start, redacted (writes apply after a restart).
  nlohmann::json runtime_config{};
  // Why the file does not load (empty when valid).
  std::vector<ConfigIssue> issues{};
  // Unresolved ${VAR}s and keys this gateway does not implement yet.
  std::vector<ConfigIssue> warnings{};
  // Retired values that loading migrates.
  std::vector<ConfigIssue> legacy_issues{};
  // Opaque revision of the file bytes; pass as baseHash to writes.
  std::string hash{};
  // Same as hash (no included files).
  std::optional<std::string> config_revision_hash{};
  // Revision the running gateway loaded at start; null when it started without a file.
  std::optional<std::string> applied_config_hash{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ConfigGetResult&) const = default;
};
void Read(const nlohmann::json& j, ConfigGetResult& out, std::string_view ptr);
nlohmann::json Write(const ConfigGetResult& value);
inline void from_json(const nlohmann::json& j, ConfigGetResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigGetResult& value) { j = Write(value); }

struct ConfigPatchParams {
  // A JSON5 merge patch (an object).
  std::string raw{};
  // The hash from config.get; required once a config file exists.
  std::optional<std::string> base_hash{};
  std::optional<std::string> session_key{};
  std::optional<ConfigDeliveryContext> delivery_context{};
  std::optional<std::string> note{};
  std::optional<std::int64_t> restart_delay_ms{};
  // Array paths replaced wholesale, e.g. bindings or models.providers.custom.models[].input.
  std::optional<std::vector<std::string>> replace_paths{};

  bool operator==(const ConfigPatchParams&) const = default;
};
void Read(const nlohmann::json& j, ConfigPatchParams& out, std::string_view ptr);
nlohmann::json Write(const ConfigPatchParams& value);
inline void from_json(const nlohmann::json& j, ConfigPatchParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigPatchParams& value) { j = Write(value); }

struct ConfigPatchResult {
  // "ok" is always true.
  // The patch changed nothing; nothing was written.
  std::optional<bool> noop{};
  std::string path{};
  std::optional<std::string> hash{};
  // The config as written (an object), secrets redacted.
  nlohmann::json config{};
  // Dotted paths the patch changed (no values).
  std::vector<std::string> changed_paths{};
  std::optional<ConfigRestartInfo> restart{};
  std::optional<ConfigRestartSentinel> sentinel{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ConfigPatchResult&) const = default;
};
void Read(const nlohmann::json& j, ConfigPatchResult& out, std::string_view ptr);
nlohmann::json Write(const ConfigPatchResult& value);
inline void from_json(const nlohmann::json& j, ConfigPatchResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigPatchResult& value) { j = Write(value); }

// How a change at the path is applied by the reload plan (config.md §7).
enum class ConfigReloadKind {
  kRestart,
  kHot,
  kNone,
};
std::string_view ToString(ConfigReloadKind value);
std::optional<ConfigReloadKind> ParseConfigReloadKind(std::string_view text);
void Read(const nlohmann::json& j, ConfigReloadKind& out, std::string_view ptr);
nlohmann::json Write(ConfigReloadKind value);
inline void from_json(const nlohmann::json& j, ConfigReloadKind& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigReloadKind& value) { j = Write(value); }

struct ConfigSchemaChild {
  std::string key{};
  std::string path{};
  std::optional<std::string> type{};
  bool required{};
  bool has_children{};
  std::optional<ConfigReloadKind> reload_kind{};
  std::optional<std::string> hint{};
  std::optional<std::string> hint_path{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ConfigSchemaChild&) const = default;
};
void Read(const nlohmann::json& j, ConfigSchemaChild& out, std::string_view ptr);
nlohmann::json Write(const ConfigSchemaChild& value);
inline void from_json(const nlohmann::json& j, ConfigSchemaChild& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigSchemaChild& value) { j = Write(value); }

struct ConfigSchemaLookupParams {
  // Dotted path; "[]" or "*" for array items and map entries, e.g. agents.list[].id, models.providers.*.
  std::string path{};

  bool operator==(const ConfigSchemaLookupParams&) const = default;
};
void Read(const nlohmann::json& j, ConfigSchemaLookupParams& out, std::string_view ptr);
nlohmann::json Write(const ConfigSchemaLookupParams& value);
inline void from_json(const nlohmann::json& j, ConfigSchemaLookupParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigSchemaLookupParams& value) { j = Write(value); }

struct ConfigSchemaLookupResult {
  std::string path{};
  // The node (an object), $refs resolved, without its children's schemas.
  nlohmann::json schema{};
  std::optional<ConfigReloadKind> reload_kind{};
  std::optional<std::string> hint{};
  std::optional<std::string> hint_path{};
  std::vector<ConfigSchemaChild> children{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ConfigSchemaLookupResult&) const = default;
};
void Read(const nlohmann::json& j, ConfigSchemaLookupResult& out, std::string_view ptr);
nlohmann::json Write(const ConfigSchemaLookupResult& value);
inline void from_json(const nlohmann::json& j, ConfigSchemaLookupResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigSchemaLookupResult& value) { j = Write(value); }

struct ConfigSchemaParams {

  bool operator==(const ConfigSchemaParams&) const = default;
};
void Read(const nlohmann::json& j, ConfigSchemaParams& out, std::string_view ptr);
nlohmann::json Write(const ConfigSchemaParams& value);
inline void from_json(const nlohmann::json& j, ConfigSchemaParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigSchemaParams& value) { j = Write(value); }

struct ConfigUiHint {
  std::optional<std::string> label{};
  std::optional<std::string> help{};
  std::optional<std::string> docs_url{};
  std::optional<std::vector<std::string>> tags{};
  std::optional<std::string> group{};
  std::optional<double> order{};
  std::optional<bool> advanced{};
  std::optional<bool> sensitive{};
  std::optional<std::string> placeholder{};
  std::optional<std::string> presentation{};
  std::optional<nlohmann::json> item_template{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ConfigUiHint&) const = default;
};
void Read(const nlohmann::json& j, ConfigUiHint& out, std::string_view ptr);
nlohmann::json Write(const ConfigUiHint& value);
inline void from_json(const nlohmann::json& j, ConfigUiHint& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigUiHint& value) { j = Write(value); }

struct ConfigSchemaResponse {
  // The JSON Schema (draft-07) of openclaw.json.
  nlohmann::json schema{};
  // By dotted path.
  std::map<std::string, ConfigUiHint> ui_hints{};
  // The gateway version the schema belongs to.
  std::string version{};
  // When this gateway process built the response (ISO 8601).
  std::string generated_at{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ConfigSchemaResponse&) const = default;
};
void Read(const nlohmann::json& j, ConfigSchemaResponse& out, std::string_view ptr);
nlohmann::json Write(const ConfigSchemaResponse& value);
inline void from_json(const nlohmann::json& j, ConfigSchemaResponse& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigSchemaResponse& value) { j = Write(value); }

struct ConfigSetParams {
  // The full config as JSON5 text.
  std::string raw{};
  // The hash from config.get; a mismatch is refused (re-read and retry).
  std::optional<std::string> base_hash{};

  bool operator==(const ConfigSetParams&) const = default;
};
void Read(const nlohmann::json& j, ConfigSetParams& out, std::string_view ptr);
nlohmann::json Write(const ConfigSetParams& value);
inline void from_json(const nlohmann::json& j, ConfigSetParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigSetParams& value) { j = Write(value); }

struct ConfigSetResult {
  // "ok" is always true.
  // The config file.
  std::string path{};
  // The new revision hash.
  std::optional<std::string> hash{};
  // The config as written (an object), secrets redacted.
  nlohmann::json config{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ConfigSetResult&) const = default;
};
void Read(const nlohmann::json& j, ConfigSetResult& out, std::string_view ptr);
nlohmann::json Write(const ConfigSetResult& value);
inline void from_json(const nlohmann::json& j, ConfigSetResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigSetResult& value) { j = Write(value); }

}  // namespace gateway::proto
