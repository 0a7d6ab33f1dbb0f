// What the OpenAI-compatible endpoints share around a turn: reading the JSON body, the run request
// for a target and turn input, submitting it with the client's disconnect wired to an abort, and
// the tool_choice check of the finished run.
#pragma once

#include <expected>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "server/domain/runs/run_engine.hpp"
#include "server/http/openai/agent_target.hpp"
#include "server/http/openai/chat_request.hpp"
#include "server/http/openai/openai_error.hpp"
#include "server/transport/transport.hpp"

namespace gateway::http::openai {

// The request body as JSON, or 400 with the parser's reason.
std::expected<nlohmann::json, OpenAiError> ParseJsonBody(const transport::HttpRequest& request);

domain::runs::RunRequest MakeRunRequest(std::string run_id, const AgentTarget& target,
                                        TurnInput turn);

// Submits the run; a client that goes away from then on aborts it (and its upstream request).
void SubmitTurn(domain::runs::RunEngine& runs, domain::runs::RunRequest request,
                std::shared_ptr<domain::runs::RunObserver> observer,
                const std::shared_ptr<transport::HttpExchange>& exchange);

// 502 when tool_choice required (or a named function) was not satisfied by the run.
std::optional<OpenAiError> UnsatisfiedToolChoice(const providers::ToolChoice& choice,
                                                 const domain::runs::RunOutcome& outcome);
// Whether the text must be held back until the end (an active tool_choice constraint).
bool HoldsTextBack(const providers::ToolChoice& choice);

// Unix seconds now.
std::int64_t UnixSeconds();

}  // namespace gateway::http::openai
