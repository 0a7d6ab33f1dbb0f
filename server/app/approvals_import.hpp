// `openclaw approvals import`: brings the reference gateway's exec approvals document into ours
// (methods.md §13.2), read-only on the source: the `current` row of the exec_approvals_config table
// in <from>/state/openclaw.sqlite (opened read-only), or, when there is none, the legacy
// <from>/exec-approvals.json. The reference document is merged into ours (see
// domain/tools/exec/approvals_merge.hpp) or replaces it; our socket is always kept.
//
// A running gateway serves its document from memory, so the CLI imports through
// exec.approvals.get/set then (PlanApprovalsImport on the document it returns); with no gateway
// running, ImportApprovalsLocally writes our file directly.
#pragma once

#include <cstdint>
#include <expected>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "server/config/paths.hpp"

namespace gateway::app {

struct ReferenceApprovals {
  std::string source;  // <db>#exec_approvals_config or the legacy file's path
  nlohmann::json document;
};

// The reference document of the state dir `from`; an error names what was looked at and why it
// cannot be used (nothing there, no such table, malformed JSON, unreadable database).
std::expected<ReferenceApprovals, std::string> ReadReferenceApprovals(
    const std::filesystem::path& from);

struct ApprovalsImportPlan {
  nlohmann::json document;  // ours after the import
  bool changed = false;     // differs from ours: there is something to write
  std::int64_t entries_added = 0;
  std::int64_t entries_removed = 0;  // replace only
  std::int64_t agents_added_to = 0;
  std::int64_t fields_filled = 0;
  std::int64_t mcp_tools_added = 0;
};

// The import applied to `ours` (the `file` of an approvals snapshot).
ApprovalsImportPlan PlanApprovalsImport(const nlohmann::json& ours,
                                        const ReferenceApprovals& reference, bool replace);

struct ApprovalsImportOptions {
  std::filesystem::path from;  // the reference gateway's state dir
  bool replace = false;
  bool dry_run = false;
};

struct ApprovalsImportReport {
  std::string source;
  std::filesystem::path target;  // our approvals file
  ApprovalsImportPlan plan;
  bool written = false;
};

// Without a running gateway: reads and writes <stateDir>/gateway-cpp/exec-approvals.json through
// the approvals store (atomic replace). A dry run writes nothing. Blocking.
std::expected<ApprovalsImportReport, std::string> ImportApprovalsLocally(
    const config::Paths& paths, const ApprovalsImportOptions& options);

}  // namespace gateway::app
