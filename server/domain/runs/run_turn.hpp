// One turn of a run (private to the engine): the session turn starts (reset policy, /new and
// /reset), the prompt is stored, the history and system prompt are assembled, the model chain
// streams the answer, and the assistant message is stored before the run finishes. When the
// model calls gateway tools (the tool loop, run_tool_loop.cpp), its reply is stored, each tool
// runs on the blocking executor, each result is stored as a toolResult message, and the model is
// asked again — until it answers without tool calls or tools.maxSteps model calls were made.
// Each step is a callback of the one before; a cancelled run stops at the next step (or at once,
// upstream).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "server/domain/runs/run_state.hpp"
#include "server/domain/tools/tool.hpp"
#include "server/domain/tools/tool_policy.hpp"

namespace gateway::domain::runs {

class RunEngine::Turn : public std::enable_shared_from_this<RunEngine::Turn> {
 public:
  static void Start(RunEngine& engine, std::shared_ptr<Run> run);

 private:
  Turn(RunEngine& engine, std::shared_ptr<Run> run);

  void ApplyResetCommand();
  void BeginSession();
  void OnSession(sessions::SessionRow row);
  void StorePrompt();
  void LoadHistory();
  void BuildPrompt(std::vector<sessions::TranscriptEvent> events);
  void Ask(std::vector<sessions::TranscriptEvent> events, std::string system_prompt);
  // The gateway tools offered this turn (policy resolved for the first model of the chain).
  void ResolveTools();
  // One model call over messages_.
  void CallModel();
  void OnStreamEvent(const std::string& ref, providers::StreamEvent event);
  void OnAttemptFailed(const providers::AttemptReport& report);
  void Complete(const std::string& ref, providers::StreamOutcome outcome);
  void StoreReply(RunOutcome outcome, std::optional<sessions::Message> message);
  // The tool loop (run_tool_loop.cpp).
  bool IsClientTool(const std::string& name) const;
  void StoreToolStep(sessions::Message message, std::vector<providers::ToolCall> calls);
  void RunTools(std::vector<providers::ToolCall> calls, std::size_t index);
  void StoreToolResult(std::vector<providers::ToolCall> calls, std::size_t index,
                       ToolActivity activity);
  tools::ToolContext ToolContextFor() const;
  // Runs call `index` on the blocking executor (again with the verdict after an approval).
  void CallTool(std::vector<providers::ToolCall> calls, std::size_t index, ToolActivity activity,
                std::optional<tools::ApprovalVerdict> verdict);
  void AwaitApproval(std::vector<providers::ToolCall> calls, std::size_t index,
                     ToolActivity activity, nlohmann::json request);
  // Ends the run without a model answer: aborted (the run was cancelled) or `error`.
  void Stop(std::optional<std::string> error = std::nullopt);
  void Finish(RunOutcome outcome);

  bool Cancelled() const { return run_->cancel.cancelled(); }
  RunOutcome AbortedOutcome() const;
  void SetModel(const std::string& ref);
  // provider, model and api of an assistant message answered by `ref`.
  void SetApi(sessions::Message& message, const std::string& ref) const;

  RunEngine& engine_;
  std::shared_ptr<Run> run_;
  std::string prompt_;  // what the user message says (the /new or /reset remainder)
  sessions::SessionRow row_;
  std::vector<std::string> chain_;
  std::size_t chain_index_ = 0;
  std::string provider_, model_;
  bool provider_started_ = false;
  std::string text_;  // this model call's text so far

  std::string system_prompt_;
  std::vector<providers::Message> messages_;  // what the next model call sends
  tools::ToolSettings tool_settings_;
  std::vector<providers::ToolSpec> offered_;  // the gateway tools offered to the model
  std::filesystem::path workspace_;
  int model_calls_ = 0;
  providers::Usage usage_;  // summed over the model calls
};

}  // namespace gateway::domain::runs
