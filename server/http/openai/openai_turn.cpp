#include "server/http/openai/openai_turn.hpp"

#include <algorithm>
#include <chrono>

namespace gateway::http::openai {

using domain::runs::RunEngine;
using Mode = providers::ToolChoice::Mode;

std::expected<nlohmann::json, OpenAiError> ParseJsonBody(const transport::HttpRequest& request) {
  try {
    return nlohmann::json::parse(request.body);
  } catch (const nlohmann::json::parse_error& error) {
    return std::unexpected(OpenAiError::Invalid(std::string("Invalid JSON body: ") + error.what()));
  }
}

domain::runs::RunRequest MakeRunRequest(std::string run_id, const AgentTarget& target,
                                        TurnInput turn) {
  domain::runs::RunRequest request;
  request.run_id = std::move(run_id);
  request.session_key = target.session_key;
  request.agent_id = target.agent_id;
  request.message = std::move(turn.prompt);
  request.model_override = target.model_override;
  request.extra_system_prompt = std::move(turn.extra_system_prompt);
  request.client_tools = std::move(turn.tools);
  request.tool_choice = turn.tool_choice;
  request.sampling = std::move(turn.sampling);
  return request;
}

void SubmitTurn(RunEngine& runs, domain::runs::RunRequest request,
                std::shared_ptr<domain::runs::RunObserver> observer,
                const std::shared_ptr<transport::HttpExchange>& exchange) {
  const std::string run_id = request.run_id;
  runs.Submit(std::move(request), std::move(observer));
  exchange->OnClientGone([&runs, run_id] {
    domain::runs::AbortQuery query;
    query.run_id = run_id;
    runs.Abort(query);
  });
}

std::optional<OpenAiError> UnsatisfiedToolChoice(const providers::ToolChoice& choice,
                                                 const domain::runs::RunOutcome& outcome) {
  if (choice.mode == Mode::kRequired && outcome.tool_calls.empty()) {
    return OpenAiError{502,
                       "tool_choice=required was not satisfied by the agent response",
                       std::string(kApiError),
                       {}};
  }
  if (choice.mode == Mode::kFunction &&
      std::none_of(outcome.tool_calls.begin(), outcome.tool_calls.end(),
                   [&](const auto& call) { return call.name == choice.name; })) {
    return OpenAiError{
        502,
        "tool_choice required a " + choice.name + " tool call, but the agent did not produce one",
        std::string(kApiError),
        {}};
  }
  return std::nullopt;
}

bool HoldsTextBack(const providers::ToolChoice& choice) {
  return choice.mode == Mode::kRequired || choice.mode == Mode::kFunction;
}

std::int64_t UnixSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace gateway::http::openai
