// One gateway-owned agent tool (methods.md §12.1): its name, description and parameter schema as
// offered to the model, and a blocking Run that the tool loop calls on the blocking executor with
// validated arguments. A tool reports failures by throwing ToolFailure (the model then sees the
// spec's `{"status":"error",…}` text); anything else it returns is the model-visible result.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "server/runtime/cancellation.hpp"

namespace gateway::domain::tools {

// An image the model sees after the text: `data` is standard base64 of the file's bytes.
struct ToolImage {
  std::string mime_type;
  std::string data;
};

// What the model sees (`text`, then `images`) and the structured metadata tool events carry
// (`details`).
struct ToolResult {
  ToolResult() = default;
  ToolResult(std::string text_in, bool is_error_in = false,
             nlohmann::json details_in = nlohmann::json::object())
      : text(std::move(text_in)), is_error(is_error_in), details(std::move(details_in)) {}

  std::string text;
  std::vector<ToolImage> images;
  bool is_error = false;
  nlohmann::json details = nlohmann::json::object();
  bool invalid_arguments = false;  // refused before running: unknown tool or arguments
  // Set (by exec) when the call needs an operator's approval first: the pending record's
  // `request` (methods.md §13). The tool loop asks, then calls again with the verdict.
  std::optional<nlohmann::json> approval_request;
};

// An approval's outcome (methods.md §13.1 step 5): `decision` allow-once | allow-always | deny, or
// none with `reason` timeout | no-route | run-aborted.
struct ApprovalVerdict {
  std::string id;
  std::optional<std::string> decision;
  std::string reason;
};

class ProcessSessions;
class ApprovalsStore;
struct ExecConfig;

// The run a call belongs to: its working root and the confinement the policy chose.
struct ToolContext {
  std::filesystem::path workspace;    // the agent workspace (relative paths resolve against it)
  std::filesystem::path home;         // `~` expands to this
  bool fs_workspace_only = false;     // read/write/edit/ls confined (tools.fs.workspaceOnly)
  bool patch_workspace_only = true;   // apply_patch confined (applyPatch.workspaceOnly || fs)
  runtime::CancellationToken cancel;  // the run's
  // exec / process: the agent session that owns process sessions, the agent, its tools.exec
  // settings, and whether `process` is offered (else commands run to completion).
  std::string session_key;
  std::string agent_id;
  const ExecConfig* exec_config = nullptr;
  ProcessSessions* processes = nullptr;
  ApprovalsStore* approvals = nullptr;
  bool process_available = false;
  std::optional<ApprovalVerdict> approval;  // the second call of an exec that was put up
};

// A tool error whose message reaches the model (methods.md §12.1 quotes these texts).
class ToolFailure : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Tool {
 public:
  virtual ~Tool() = default;
  virtual std::string_view name() const = 0;
  virtual std::string_view description() const = 0;
  // The JSON Schema of the arguments (an object schema, draft-07).
  virtual const nlohmann::json& parameters() const = 0;
  // Coerces accepted alternative argument shapes into the schema's before validation.
  virtual void Normalize(nlohmann::json& /*args*/) const {}
  // Blocking; arguments already validated against parameters(). Throws ToolFailure.
  virtual ToolResult Run(const nlohmann::json& args, const ToolContext& context) const = 0;
};

// `{"status":"error","tool":"<name>","error":"<message>"}` with a 2-space indent.
std::string ErrorText(std::string_view tool, std::string_view message);

}  // namespace gateway::domain::tools
