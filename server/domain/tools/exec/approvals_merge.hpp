// Bringing the reference gateway's exec approvals document into ours (`openclaw approvals
// import`). The reference document is first reduced to what our document holds (ExecApprovalsFile:
// unknown keys and ill-typed values are dropped, its socket never comes along), then either merged
// into ours or put in its place. Both are idempotent: applied to their own result they change
// nothing, so a second import writes nothing.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>

namespace gateway::domain::tools {

struct ApprovalsMerge {
  nlohmann::json document;           // ours after the import (our socket kept)
  std::int64_t entries_added = 0;    // allowlist entries that were not in ours
  std::int64_t entries_removed = 0;  // replace only: entries of ours the reference lacks
  std::int64_t agents_added_to = 0;  // agents that received allowlist entries
  std::int64_t fields_filled = 0;    // defaults and agent settings ours lacked (merge only)
  std::int64_t mcp_tools_added = 0;  // agents' mcpTools entries that were not in ours
  bool changed = false;              // `document` differs from ours
};

// Per agent, allowlist entries are unioned by (pattern, argPattern) and mcpTools by (server,
// tool); the reference's defaults and agent settings (security, ask, askFallback,
// autoAllowSkills) fill the ones ours lacks and never override ours.
ApprovalsMerge MergeReferenceApprovals(const nlohmann::json& ours, const nlohmann::json& theirs);

// Ours becomes the reference's document; our socket is kept, and an entry both hold keeps our id.
ApprovalsMerge ReplaceWithReferenceApprovals(const nlohmann::json& ours,
                                             const nlohmann::json& theirs);

}  // namespace gateway::domain::tools
