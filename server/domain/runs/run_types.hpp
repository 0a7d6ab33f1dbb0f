// The vocabulary of agent runs, shared by the engine and every entry point (WebSocket `agent` /
// `chat.send`, later HTTP /v1/*, channels, cron): what a caller asks for (RunRequest), what it
// watches (RunObserver) and how a run ends (RunOutcome).
#pragma once

#include <chrono>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/domain/sessions/session_store.hpp"
#include "server/providers/failover_stream.hpp"
#include "server/providers/model_types.hpp"

namespace gateway::domain::runs {

// What a message does when its session already has a run.
enum class QueueMode {
  kFollowup,   // waits for the runs before it
  kCollect,    // merges with the waiting collect messages into one turn
  kSteer,      // joins the running turn at its next model call; without one, runs next
  kInterrupt,  // aborts the running turn, then runs
};

struct RunRequest {
  std::string run_id;       // the caller's idempotencyKey
  std::string session_key;  // canonical
  std::string agent_id;
  std::string message;
  // "provider/model" or an alias chosen for this run (an operator override): strict, no fallback.
  std::optional<std::string> model_override;
  std::optional<providers::ThinkingLevel> thinking;
  // The run's budget; nullopt: agents.defaults.timeoutSeconds; zero: no limit.
  std::optional<std::chrono::milliseconds> timeout;
  std::string extra_system_prompt;
  // Tools the caller offers the model (OpenAI HTTP clients' `tools`): a call of one ends the turn
  // with the calls in RunOutcome::tool_calls, for the caller to run.
  std::vector<providers::ToolSpec> client_tools;
  providers::ToolChoice tool_choice;
  providers::SamplingOptions sampling;  // the caller's; max_tokens wins over the model's cap
  QueueMode queue_mode = QueueMode::kFollowup;
  bool user_input = true;  // refreshes lastInteractionAt (heartbeats and cron pass false)
  bool persist_prompt = true;
  // The session id a new row gets (`agent` without a sessionKey runs on sessionId = runId).
  std::optional<std::string> session_id;
};

enum class RunStatus { kOk, kError, kTimeout, kAborted };
std::string_view ToString(RunStatus status);  // "ok", "error", "timeout", "aborted"

// Why a run was cancelled before it finished on its own.
enum class AbortReason { kNone, kRpc, kTimeout, kInterrupted, kShutdown };
std::string_view StopReasonOf(AbortReason reason);  // "rpc", "timeout", "interrupted", "shutdown"

// Facts of a run every observer callback gets.
struct RunInfo {
  std::string run_id;
  std::string session_key;
  std::string agent_id;
  std::string session_id;       // known once the turn started
  std::int64_t started_at = 0;  // epoch ms; 0 while queued
};

struct RunOutcome {
  RunStatus status = RunStatus::kOk;
  std::string text;                             // the assistant's text (partial for aborted runs)
  std::vector<providers::ToolCall> tool_calls;  // the client tools the model called
  std::string stop_reason;  // the provider's ("stop", "length", …) or the abort's ("rpc", …)
  std::optional<providers::ProviderError> error;  // kError: what failed
  std::string error_message;                      // kError / kTimeout: for people
  providers::Usage usage;
  std::string provider, model;    // what answered (or was last tried)
  bool provider_started = false;  // a model request was sent
  std::int64_t started_at = 0, ended_at = 0;
  // The stored assistant message (its transcript JSON) and where it went; null when nothing was
  // stored.
  nlohmann::json message;
  std::optional<std::string> message_id;
  std::optional<sessions::SessionRow> row;  // the session after the run
};

// One call of a gateway-owned tool inside a run (the tool loop): what the model asked for and,
// once it ran, what the model is told.
struct ToolActivity {
  std::string call_id;
  std::string name;
  nlohmann::json args;  // the arguments as sent (an object; the raw text when not JSON)
  std::int64_t started_at = 0;
  // Set for OnToolResult:
  std::string text;                             // what the model sees
  std::vector<providers::ImageContent> images;  // … after the text (read of an image file)
  bool is_error = false;
  nlohmann::json details = nlohmann::json::object();
  std::int64_t ended_at = 0;
};

// Watches one run. Callbacks of a run never overlap and arrive in this order: OnQueued?,
// OnStarted, OnUserMessage?, OnModel, (OnText | OnThinking | OnAttemptFailed | OnModel |
// OnToolStart | OnToolResult)*, OnFinished. They run on engine, store or HTTP threads and must not
// block. A run aborted while queued gets only OnFinished.
class RunObserver {
 public:
  virtual ~RunObserver() = default;
  virtual void OnQueued(const RunInfo&) {}
  virtual void OnStarted(const RunInfo&) {}
  // The prompt as stored in the transcript (seq, id) and the row after it.
  virtual void OnUserMessage(const RunInfo&, const sessions::TranscriptEvent&,
                             const std::optional<sessions::SessionRow>&) {}
  virtual void OnModel(const RunInfo&, const std::string& /*provider*/,
                       const std::string& /*model*/) {}
  // `delta` was appended; `text` is the whole reply so far.
  virtual void OnText(const RunInfo&, std::string_view /*delta*/, const std::string& /*text*/) {}
  virtual void OnThinking(const RunInfo&, std::string_view /*delta*/) {}
  virtual void OnAttemptFailed(const RunInfo&, const providers::AttemptReport&) {}
  // A gateway tool call starts (after the model's reply that asked for it was stored) / ended
  // (its toolResult is about to be stored).
  virtual void OnToolStart(const RunInfo&, const ToolActivity&) {}
  virtual void OnToolResult(const RunInfo&, const ToolActivity&) {}
  // A tool call waits for an exec approval (`waiting`), or that wait ended (any outcome).
  virtual void OnApprovalWait(const RunInfo&, const std::string& /*approval_id*/,
                              const std::string& /*tool_call_id*/, bool /*waiting*/) {}
  virtual void OnFinished(const RunInfo&, const RunOutcome&) = 0;
};

}  // namespace gateway::domain::runs
