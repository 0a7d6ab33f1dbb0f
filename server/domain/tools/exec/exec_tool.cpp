#include <chrono>
#include <cstdlib>

#include "server/domain/tools/exec/approvals_store.hpp"
#include "server/domain/tools/exec/command_analysis.hpp"
#include "server/domain/tools/exec/exec_policy.hpp"
#include "server/domain/tools/exec/exec_tools.hpp"
#include "server/domain/tools/exec/process_sessions.hpp"
#include "server/platform/child_process.hpp"
#include "server/platform/text.hpp"

namespace gateway::domain::tools {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string PathEnv(const ExecConfig& config, const std::map<std::string, std::string>& env) {
  std::string path;
  if (auto it = env.find("PATH"); it != env.end()) {
    path = it->second;
  } else if (const char* inherited = std::getenv("PATH")) {
    path = inherited;
  }
  for (auto it = config.path_prepend.rbegin(); it != config.path_prepend.rend(); ++it) {
    path = *it + (path.empty() ? "" : ":") + path;
  }
  return path;
}

std::string HeadlessDenial(const ExecPolicy& policy, const ApprovalsStore* approvals) {
  const std::string where = approvals ? "the exec approvals file" : "the approvals document";
  return "exec denied: Headless runs cannot wait for interactive exec approval.\n"
         "Effective host exec policy: security=" +
         std::string(ToString(policy.security)) + " ask=" + std::string(ToString(policy.ask)) +
         " askFallback=" + std::string(ToString(policy.ask_fallback)) +
         "\nStricter values from tools.exec and " + where +
         " both apply.\n"
         "Fix one of these:\n"
         "- align both files to security=\"full\" and ask=\"off\" for trusted local automation\n"
         "- keep allowlist mode and add an explicit allowlist entry for this command\n"
         "- rerun interactively and approve when prompted (Control UI, TUI, or a chat channel "
         "with exec approvals)\n"
         "Tip: run \"openclaw doctor\" and \"openclaw approvals get --gateway\" to inspect the "
         "effective policy.";
}

// The model-visible text of a finished command; failures throw (the model sees them as errors).
ToolResult Finished(const ProcessSession::Snapshot& s, std::int64_t timeout_seconds, json details) {
  const std::string output = s.output;
  const std::string shown = output.empty() ? "" : output + "\n\n";
  details["exitCode"] = s.exit_code ? json(*s.exit_code) : json(nullptr);
  if (s.exit_signal) details["exitSignal"] = platform::SignalName(*s.exit_signal);
  details["aggregated"] = output;
  if (s.timed_out) {
    throw ToolFailure(shown + "Command timed out after " + std::to_string(timeout_seconds) +
                      " seconds.\n\nThe command was terminated, but external side effects may "
                      "already have completed. Verify the resulting state before retrying. If "
                      "it needs more time, run it with background=true or a larger yieldMs and "
                      "follow up with process.");
  }
  if (s.exit_signal) {
    throw ToolFailure(shown + "Command aborted by signal " + platform::SignalName(*s.exit_signal));
  }
  const int code = s.exit_code.value_or(-1);
  if (code == 127) throw ToolFailure(shown + "Command not found");
  if (code == 126) throw ToolFailure(shown + "Command not executable (permission denied)");
  if (code != 0)
    throw ToolFailure(shown + "(Command exited with code " + std::to_string(code) + ")");
  details["status"] = "completed";
  return {output.empty() ? "(no output)" : output, false, std::move(details)};
}

class ExecTool final : public Tool {
 public:
  std::string_view name() const override { return "exec"; }
  std::string_view description() const override {
    return "Execute a shell command (/bin/sh -c) in the workspace. Long commands are moved to "
           "the background after yieldMs; follow up with the process tool.";
  }
  const json& parameters() const override {
    static const json schema = {
        {"type", "object"},
        {"required", {"command"}},
        {"properties",
         {{"command", {{"type", "string"}, {"description", "Shell command to execute"}}},
          {"title", {{"type", "string"}, {"maxLength", 120}, {"description", "Short purpose"}}},
          {"workdir",
           {{"type", "string"}, {"description", "Working directory (default: workspace)"}}},
          {"env",
           {{"type", "object"},
            {"additionalProperties", {{"type", "string"}}},
            {"description", "Environment overrides"}}},
          {"yieldMs",
           {{"type", "number"}, {"description", "Milliseconds before moving to the background"}}},
          {"background", {{"type", "boolean"}, {"description", "Run in the background at once"}}},
          {"timeoutSeconds",
           {{"type", "number"}, {"description", "Kill after this many seconds (0 = none)"}}},
          {"pty", {{"type", "boolean"}, {"description", "Run in a pseudo-terminal"}}},
          {"elevated", {{"type", "boolean"}, {"description", "Run with host elevation"}}},
          {"host",
           {{"type", "string"},
            {"enum", {"auto", "sandbox", "gateway", "node"}},
            {"description", "Where to run"}}},
          {"ask",
           {{"type", "string"},
            {"enum", {"off", "on-miss", "always"}},
            {"description", "Ask for approval (may only be stricter)"}}},
          {"node", {{"type", "string"}, {"description", "Node id or name for host=node"}}}}}};
    return schema;
  }

  ToolResult Run(const json& args, const ToolContext& context) const override {
    static const ExecConfig kDefaults;
    const ExecConfig& config = context.exec_config ? *context.exec_config : kDefaults;
    const std::string command = args.at("command").get<std::string>();
    if (platform::TrimAsciiSpace(command).empty()) throw ToolFailure("Provide a command to start.");
    if (args.value("elevated", false)) {
      throw ToolFailure("elevated is not available right now (runtime=direct).");
    }
    if (auto host = args.find("host"); host != args.end()) {
      const std::string requested = host->get<std::string>();
      if (config.host != "auto" && requested != config.host) {
        throw ToolFailure("exec host not allowed (requested " + requested +
                          "; configured host is " + config.host +
                          "; set tools.exec.host=" + requested + " to allow this override).");
      }
    }

    fs::path cwd = context.workspace;
    if (auto workdir = args.find("workdir"); workdir != args.end()) {
      const std::string raw = workdir->get<std::string>();
      if (platform::TrimAsciiSpace(raw).empty()) throw ToolFailure("workdir must not be blank");
      fs::path dir = raw.rfind("~/", 0) == 0 ? context.home / raw.substr(2) : fs::path(raw);
      if (raw == "~") dir = context.home;
      cwd = dir.is_absolute() ? dir : context.workspace / dir;
    }
    std::error_code ec;
    if (!fs::is_directory(cwd, ec)) {
      return {"workdir \"" + cwd.string() +
                  "\" is unavailable or not a directory: command was not executed.",
              true};
    }

    std::map<std::string, std::string> env;
    if (auto given = args.find("env"); given != args.end()) {
      for (const auto& [key, value] : given->items()) env[key] = value.get<std::string>();
    }
    const std::string path_env = PathEnv(config, env);
    if (!config.path_prepend.empty()) env["PATH"] = path_env;

    // The exec security and ask modes (methods.md §13.1).
    const ApprovalsPolicy document =
        context.approvals ? context.approvals->PolicyFor(context.agent_id) : ApprovalsPolicy{};
    std::optional<ExecAsk> call_ask;
    if (auto ask = args.find("ask"); ask != args.end())
      call_ask = ParseExecAsk(ask->get<std::string>());
    const ExecPolicy policy = EffectiveExecPolicy(config, document, call_ask);
    if (policy.security == ExecSecurity::kDeny) {
      throw ToolFailure("exec denied: host=gateway security=deny");
    }
    const CommandAnalysis analysis = AnalyzeCommand(command, cwd, path_env);
    const auto allowlist =
        context.approvals ? context.approvals->AllowlistFor(context.agent_id) : std::vector<json>{};
    const bool satisfied =
        policy.security == ExecSecurity::kFull ||
        AllowlistSatisfied(analysis, {&allowlist, &config.safe_bins, context.home});
    const bool needs_approval = policy.ask == ExecAsk::kAlways ||
                                (policy.ask == ExecAsk::kOnMiss &&
                                 policy.security == ExecSecurity::kAllowlist && !satisfied);
    if (!needs_approval && !satisfied) throw ToolFailure("exec denied: allowlist miss");
    if (needs_approval) {
      if (!context.approval) {
        if (!analysis.bindable) {
          throw ToolFailure("SYSTEM_RUN_DENIED: approval cannot safely bind this command");
        }
        return AskFor(command, cwd, policy, analysis, context);
      }
      Decide(*context.approval, command, policy, satisfied, analysis, context);
    }
    return Execute(command, cwd, std::move(env), args, config, context);
  }

 private:
  static ToolResult AskFor(const std::string& command, const fs::path& cwd,
                           const ExecPolicy& policy, const CommandAnalysis& analysis,
                           const ToolContext& context) {
    json argv = json::array();
    std::string resolved;
    if (!analysis.segments.empty()) {
      for (const auto& arg : analysis.segments.front().argv) argv.push_back(arg);
      resolved = analysis.segments.front().resolved;
    }
    json allowed = policy.ask == ExecAsk::kAlways
                       ? json::array({"allow-once", "deny"})
                       : json::array({"allow-once", "allow-always", "deny"});
    json request = {{"command", command},
                    {"commandArgv", argv},
                    {"cwd", cwd.string()},
                    {"nodeId", nullptr},
                    {"host", "gateway"},
                    {"security", ToString(policy.security)},
                    {"ask", ToString(policy.ask)},
                    {"askFallback", ToString(policy.ask_fallback)},
                    {"agentId", context.agent_id},
                    {"sessionKey", context.session_key},
                    {"resolvedPath", resolved.empty() ? json(nullptr) : json(resolved)},
                    {"allowedDecisions", allowed}};
    if (policy.ask == ExecAsk::kAlways) request["unavailableDecisions"] = {"allow-always"};
    ToolResult result{"approval required", false, {{"status", "approval-pending"}}};
    result.approval_request = std::move(request);
    return result;
  }

  // Throws when the verdict does not let the command run.
  static void Decide(const ApprovalVerdict& verdict, const std::string& command,
                     const ExecPolicy& policy, bool satisfied, const CommandAnalysis& analysis,
                     const ToolContext& context) {
    if (verdict.decision == "allow-once") return;
    if (verdict.decision == "allow-always") {
      if (context.approvals && policy.ask != ExecAsk::kAlways) {
        for (const auto& segment : analysis.segments) {
          if (segment.resolved.empty()) continue;
          context.approvals->AddAllowAlways(context.agent_id, segment.resolved,
                                            EscapeGlob(JoinArguments(segment)), command);
        }
      }
      return;
    }
    if (verdict.decision == "deny") {
      throw ToolFailure("Exec denied (gateway id=" + verdict.id + ", user-denied): " + command);
    }
    if (verdict.reason == "run-aborted") throw ToolFailure("aborted");
    // No decision (expired, or nobody could be asked): askFallback.
    if (policy.ask_fallback == ExecSecurity::kFull) return;
    if (policy.ask_fallback == ExecSecurity::kAllowlist && satisfied) return;
    if (verdict.reason == "no-route") {
      throw ToolFailure(policy.ask_fallback == ExecSecurity::kDeny
                            ? HeadlessDenial(policy, context.approvals)
                            : "exec denied: allowlist miss");
    }
    throw ToolFailure("Exec denied (gateway id=" + verdict.id + ", approval-timeout): " + command);
  }

  static ToolResult Execute(const std::string& command, const fs::path& cwd,
                            std::map<std::string, std::string> env, const json& args,
                            const ExecConfig& config, const ToolContext& context) {
    if (!context.processes) throw ToolFailure("exec is not available");
    std::int64_t timeout_seconds = config.timeout_seconds;
    if (auto given = args.find("timeoutSeconds"); given != args.end()) {
      timeout_seconds = std::max<std::int64_t>(0, given->get<std::int64_t>());
    }
    std::shared_ptr<ProcessSession> session;
    try {
      session = context.processes->Start(
          {context.session_key, command, cwd.string(), std::move(env), timeout_seconds});
    } catch (const std::exception& error) {
      throw ToolFailure(std::string("Failed to start the command: ") + error.what());
    }
    // An abort of the run kills the command's process group at once.
    auto on_abort = context.cancel.OnCancel([session] { session->Kill(); });

    const auto started = std::chrono::steady_clock::now();
    std::optional<std::chrono::milliseconds> yield;
    if (context.process_available) {
      if (args.value("background", false)) {
        yield = std::chrono::milliseconds(0);
      } else {
        std::int64_t ms = config.background_ms;
        if (auto given = args.find("yieldMs"); given != args.end()) {
          ms = std::clamp<std::int64_t>(given->get<std::int64_t>(), 10, 120000);
        }
        yield = std::chrono::milliseconds(ms);
      }
    }
    bool ended = false;
    if (yield) {
      ended = session->WaitExit(started + *yield);
    } else {
      while (!session->WaitExit(std::chrono::hours(1))) {
      }
      ended = true;
    }
    const auto duration_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::steady_clock::now() - started)
                                 .count();
    json details = {{"durationMs", duration_ms}, {"cwd", cwd.string()}, {"pid", session->pid()}};
    if (!ended) {
      on_abort.Reset();
      session->MarkBackgrounded();
      details["status"] = "running";
      details["sessionId"] = session->id();
      details["exitCode"] = nullptr;
      return {"Command still running (session " + session->id() + ", pid " +
                  std::to_string(session->pid()) +
                  "). Use process (list/poll/log/write/send-keys/submit/paste/kill/clear/remove) "
                  "for follow-up.",
              false, std::move(details)};
    }
    on_abort.Reset();
    session->TakePending();
    const auto snapshot = session->Get();
    context.processes->Remove(session->id());
    if (snapshot.killed && context.cancel.cancelled()) throw ToolFailure("aborted");
    return Finished(snapshot, timeout_seconds, std::move(details));
  }
};

}  // namespace

std::unique_ptr<Tool> MakeExecTool() { return std::make_unique<ExecTool>(); }

}  // namespace gateway::domain::tools
