// One turn of a run (private to the engine): the session turn starts (reset policy, /new and
// /reset), the prompt is stored, the history and system prompt are assembled, the model chain
// streams the answer, and the assistant message is stored before the run finishes. Each step is
// a callback of the one before; a cancelled run stops at the next step (or at once, upstream).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "server/domain/runs/run_state.hpp"

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
  void OnStreamEvent(const std::string& ref, providers::StreamEvent event);
  void OnAttemptFailed(const providers::AttemptReport& report);
  void Complete(const std::string& ref, providers::StreamOutcome outcome);
  void StoreReply(RunOutcome outcome, std::optional<sessions::Message> message);
  // Ends the run without a model answer: aborted (the run was cancelled) or `error`.
  void Stop(std::optional<std::string> error = std::nullopt);
  void Finish(RunOutcome outcome);

  bool Cancelled() const { return run_->cancel.cancelled(); }
  RunOutcome AbortedOutcome() const;
  void SetModel(const std::string& ref);

  RunEngine& engine_;
  std::shared_ptr<Run> run_;
  std::string prompt_;  // what the user message says (the /new or /reset remainder)
  sessions::SessionRow row_;
  std::vector<std::string> chain_;
  std::size_t chain_index_ = 0;
  std::string provider_, model_;
  bool provider_started_ = false;
  std::string text_;
};

}  // namespace gateway::domain::runs
