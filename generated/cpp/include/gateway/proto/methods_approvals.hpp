// Generated from protocol/methods/approvals.yaml.
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

// Exec ask mode.
enum class ExecApprovalAsk {
  kOff,
  kOnMiss,
  kAlways,
};
std::string_view ToString(ExecApprovalAsk value);
std::optional<ExecApprovalAsk> ParseExecApprovalAsk(std::string_view text);
void Read(const nlohmann::json& j, ExecApprovalAsk& out, std::string_view ptr);
nlohmann::json Write(ExecApprovalAsk value);
inline void from_json(const nlohmann::json& j, ExecApprovalAsk& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalAsk& value) { j = Write(value); }

enum class ExecApprovalErrorReason {
  kApprovalNotFound,
  kApprovalAlreadyResolved,
  kApprovalAllowAlwaysUnavailable,
};
std::string_view ToString(ExecApprovalErrorReason value);
std::optional<ExecApprovalErrorReason> ParseExecApprovalErrorReason(std::string_view text);
void Read(const nlohmann::json& j, ExecApprovalErrorReason& out, std::string_view ptr);
nlohmann::json Write(ExecApprovalErrorReason value);
inline void from_json(const nlohmann::json& j, ExecApprovalErrorReason& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalErrorReason& value) { j = Write(value); }

// Details of an INVALID_REQUEST about an approval (the 2026.9.6 gateway reports these as details.reason, not as error.code).
struct ExecApprovalErrorDetails {
  ExecApprovalErrorReason reason{};
  std::optional<std::string> remediation{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ExecApprovalErrorDetails&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalErrorDetails& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalErrorDetails& value);
inline void from_json(const nlohmann::json& j, ExecApprovalErrorDetails& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalErrorDetails& value) { j = Write(value); }

struct ExecApprovalGetParams {
  std::string id{};

  bool operator==(const ExecApprovalGetParams&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalGetParams& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalGetParams& value);
inline void from_json(const nlohmann::json& j, ExecApprovalGetParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalGetParams& value) { j = Write(value); }

struct ExecApprovalGetResult {
  std::string id{};
  std::string command_text{};
  std::string command_preview{};
  std::vector<std::string> allowed_decisions{};
  std::optional<std::string> host{};
  std::optional<std::string> node_id{};
  std::optional<std::string> agent_id{};
  std::int64_t expires_at_ms{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ExecApprovalGetResult&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalGetResult& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalGetResult& value);
inline void from_json(const nlohmann::json& j, ExecApprovalGetResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalGetResult& value) { j = Write(value); }

struct ExecApprovalListParams {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ExecApprovalListParams&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalListParams& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalListParams& value);
inline void from_json(const nlohmann::json& j, ExecApprovalListParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalListParams& value) { j = Write(value); }

struct ExecApprovalListItemRequest {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ExecApprovalListItemRequest&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalListItemRequest& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalListItemRequest& value);
inline void from_json(const nlohmann::json& j, ExecApprovalListItemRequest& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalListItemRequest& value) { j = Write(value); }

struct ExecApprovalListItem {
  std::string id{};
  ExecApprovalListItemRequest request{};
  std::int64_t created_at_ms{};
  std::int64_t expires_at_ms{};
  // "approvalKind" is always "exec".
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ExecApprovalListItem&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalListItem& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalListItem& value);
inline void from_json(const nlohmann::json& j, ExecApprovalListItem& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalListItem& value) { j = Write(value); }

using ExecApprovalListResult = std::vector<ExecApprovalListItem>;

struct ExecApprovalReviewer {
  std::optional<std::string> channel{};
  std::optional<std::string> account_id{};
  std::optional<std::string> sender_id{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ExecApprovalReviewer&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalReviewer& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalReviewer& value);
inline void from_json(const nlohmann::json& j, ExecApprovalReviewer& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalReviewer& value) { j = Write(value); }

struct ExecApprovalResolveParams {
  std::string id{};
  // allow-once | allow-always | deny; anything else is refused with "invalid decision".
  std::string decision{};
  std::optional<ExecApprovalReviewer> reviewer{};
  std::optional<std::int64_t> grant_expires_in_days{};

  bool operator==(const ExecApprovalResolveParams&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalResolveParams& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalResolveParams& value);
inline void from_json(const nlohmann::json& j, ExecApprovalResolveParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalResolveParams& value) { j = Write(value); }

struct ExecApprovalResolveResult {
  // "ok" is always true.

  bool operator==(const ExecApprovalResolveResult&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalResolveResult& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalResolveResult& value);
inline void from_json(const nlohmann::json& j, ExecApprovalResolveResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalResolveResult& value) { j = Write(value); }

// Exec security mode.
enum class ExecApprovalSecurity {
  kDeny,
  kAllowlist,
  kFull,
};
std::string_view ToString(ExecApprovalSecurity value);
std::optional<ExecApprovalSecurity> ParseExecApprovalSecurity(std::string_view text);
void Read(const nlohmann::json& j, ExecApprovalSecurity& out, std::string_view ptr);
nlohmann::json Write(ExecApprovalSecurity value);
inline void from_json(const nlohmann::json& j, ExecApprovalSecurity& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalSecurity& value) { j = Write(value); }

struct ExecApprovalWaitDecisionParams {
  std::optional<std::string> id{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ExecApprovalWaitDecisionParams&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalWaitDecisionParams& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalWaitDecisionParams& value);
inline void from_json(const nlohmann::json& j, ExecApprovalWaitDecisionParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalWaitDecisionParams& value) { j = Write(value); }

struct ExecApprovalWaitDecisionResult {
  std::string id{};
  std::optional<std::string> decision{};
  std::int64_t created_at_ms{};
  std::int64_t expires_at_ms{};
  std::optional<std::string> terminal_reason{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ExecApprovalWaitDecisionResult&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalWaitDecisionResult& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalWaitDecisionResult& value);
inline void from_json(const nlohmann::json& j, ExecApprovalWaitDecisionResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalWaitDecisionResult& value) { j = Write(value); }

// pattern: a glob on the resolved path (when it holds /, \ or ~) or on the executable name; argPattern: a glob on the arguments joined by spaces.
struct ExecApprovalsAllowlistEntry {
  std::optional<std::string> id{};
  std::string pattern{};
  std::optional<std::string> arg_pattern{};
  std::optional<std::string> source{};
  std::optional<std::int64_t> last_used_at{};
  std::optional<std::string> last_used_command{};
  std::optional<std::string> last_resolved_path{};

  bool operator==(const ExecApprovalsAllowlistEntry&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalsAllowlistEntry& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalsAllowlistEntry& value);
inline void from_json(const nlohmann::json& j, ExecApprovalsAllowlistEntry& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalsAllowlistEntry& value) { j = Write(value); }

struct ExecApprovalsAgentMcpToolsItem {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ExecApprovalsAgentMcpToolsItem&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalsAgentMcpToolsItem& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalsAgentMcpToolsItem& value);
inline void from_json(const nlohmann::json& j, ExecApprovalsAgentMcpToolsItem& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalsAgentMcpToolsItem& value) { j = Write(value); }

// One agent's approvals policy and allowlist.
struct ExecApprovalsAgent {
  std::optional<ExecApprovalSecurity> security{};
  std::optional<ExecApprovalAsk> ask{};
  std::optional<ExecApprovalSecurity> ask_fallback{};
  std::optional<bool> auto_allow_skills{};
  std::optional<std::vector<ExecApprovalsAllowlistEntry>> allowlist{};
  std::optional<std::vector<ExecApprovalsAgentMcpToolsItem>> mcp_tools{};

  bool operator==(const ExecApprovalsAgent&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalsAgent& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalsAgent& value);
inline void from_json(const nlohmann::json& j, ExecApprovalsAgent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalsAgent& value) { j = Write(value); }

struct ExecApprovalsSocket {
  std::optional<std::string> path{};
  std::optional<std::string> token{};

  bool operator==(const ExecApprovalsSocket&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalsSocket& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalsSocket& value);
inline void from_json(const nlohmann::json& j, ExecApprovalsSocket& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalsSocket& value) { j = Write(value); }

struct ExecApprovalsDefaults {
  std::optional<ExecApprovalSecurity> security{};
  std::optional<ExecApprovalAsk> ask{};
  std::optional<ExecApprovalSecurity> ask_fallback{};
  std::optional<bool> auto_allow_skills{};

  bool operator==(const ExecApprovalsDefaults&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalsDefaults& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalsDefaults& value);
inline void from_json(const nlohmann::json& j, ExecApprovalsDefaults& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalsDefaults& value) { j = Write(value); }

// The approvals document (methods.md §13.2).
struct ExecApprovalsFile {
  // "version" is always 1.
  std::optional<ExecApprovalsSocket> socket{};
  std::optional<ExecApprovalsDefaults> defaults{};
  // Keyed by agent id or "*".
  std::optional<std::map<std::string, ExecApprovalsAgent>> agents{};

  bool operator==(const ExecApprovalsFile&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalsFile& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalsFile& value);
inline void from_json(const nlohmann::json& j, ExecApprovalsFile& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalsFile& value) { j = Write(value); }

struct ExecApprovalsGetParams {

  bool operator==(const ExecApprovalsGetParams&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalsGetParams& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalsGetParams& value);
inline void from_json(const nlohmann::json& j, ExecApprovalsGetParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalsGetParams& value) { j = Write(value); }

struct ExecApprovalsSetParams {
  ExecApprovalsFile file{};
  std::optional<std::string> base_hash{};

  bool operator==(const ExecApprovalsSetParams&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalsSetParams& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalsSetParams& value);
inline void from_json(const nlohmann::json& j, ExecApprovalsSetParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalsSetParams& value) { j = Write(value); }

struct ExecApprovalsResolvedDefaults {
  ExecApprovalSecurity security{};
  ExecApprovalAsk ask{};
  ExecApprovalSecurity ask_fallback{};
  bool auto_allow_skills{};

  bool operator==(const ExecApprovalsResolvedDefaults&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalsResolvedDefaults& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalsResolvedDefaults& value);
inline void from_json(const nlohmann::json& j, ExecApprovalsResolvedDefaults& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalsResolvedDefaults& value) { j = Write(value); }

// The approvals document as stored, with its hash (lower-case hex SHA-256 of the stored text, or "missing:<sha256 of nothing>").
struct ExecApprovalsSnapshot {
  std::string path{};
  bool exists{};
  std::string hash{};
  ExecApprovalsFile file{};
  std::optional<ExecApprovalsResolvedDefaults> resolved_defaults{};

  bool operator==(const ExecApprovalsSnapshot&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalsSnapshot& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalsSnapshot& value);
inline void from_json(const nlohmann::json& j, ExecApprovalsSnapshot& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalsSnapshot& value) { j = Write(value); }

}  // namespace gateway::proto
