#include "server/http/openai/responses_endpoint.hpp"

#include <functional>

#include "server/domain/sessions/session_key.hpp"
#include "server/http/openai/delta_pump.hpp"
#include "server/http/openai/openai_turn.hpp"
#include "server/http/openai/responses_json.hpp"
#include "server/http/openai/responses_request.hpp"
#include "server/platform/ids.hpp"

namespace gateway::http::openai {
namespace {

using domain::runs::RunInfo;
using domain::runs::RunOutcome;
using domain::runs::RunStatus;
using nlohmann::json;

constexpr std::string_view kNotAppendOnly =
    "Assistant output cannot be represented as an append-only response stream.";

// The error a failed run reports in a response object.
std::optional<OpenAiError> FailureOf(const RunOutcome& outcome,
                                     const providers::ToolChoice& choice) {
  if (outcome.status == RunStatus::kAborted) {
    return OpenAiError{500, "agent run aborted", "server_error", {}};
  }
  if (outcome.status != RunStatus::kOk) return ErrorOfRun(outcome);
  return UnsatisfiedToolChoice(choice, outcome);
}

class ResponseObserver final : public domain::runs::RunObserver {
 public:
  ResponseObserver(std::shared_ptr<transport::HttpExchange> exchange, ResponseHeader header,
                   providers::ToolChoice choice)
      : exchange_(std::move(exchange)), header_(std::move(header)), choice_(std::move(choice)) {}

  void OnFinished(const RunInfo&, const RunOutcome& outcome) override {
    if (exchange_->client_gone()) return;
    if (auto failure = FailureOf(outcome, choice_)) {
      return exchange_->Respond(
          JsonResponse(failure->status, FailedResponse(header_, *failure).dump()));
    }
    exchange_->Respond(JsonResponse(200, FinishedResponse(header_, outcome, false).dump()));
  }

 private:
  std::shared_ptr<transport::HttpExchange> exchange_;
  ResponseHeader header_;
  providers::ToolChoice choice_;
};

// Streams response.* events: created, in_progress, the message item and its text part at once,
// text deltas, then the done events, the function calls and the terminal event.
class ResponseStreamObserver final : public domain::runs::RunObserver {
 public:
  ResponseStreamObserver(std::shared_ptr<transport::HttpExchange> exchange, ResponseHeader header,
                         providers::ToolChoice choice)
      : header_(std::move(header)),
        choice_(std::move(choice)),
        pump_(std::make_shared<DeltaPump>(
            std::move(exchange), [header = header_](std::string_view delta) {
              return ResponseEvent("response.output_text.delta", {{"item_id", header.message_id},
                                                                  {"output_index", 0},
                                                                  {"content_index", 0},
                                                                  {"delta", delta}});
            })) {}

  static std::string Opening(const ResponseHeader& header) {
    const json pending = ResponseObject(header, "in_progress", json::array(), ResponsesUsage({}));
    return ResponseEvent("response.created", {{"response", pending}}) +
           ResponseEvent("response.in_progress", {{"response", pending}}) +
           ResponseEvent(
               "response.output_item.added",
               {{"output_index", 0}, {"item", MessageItem(header, "", "", "in_progress")}}) +
           ResponseEvent(
               "response.content_part.added",
               {{"item_id", header.message_id},
                {"output_index", 0},
                {"content_index", 0},
                {"part", {{"type", "output_text"}, {"text", ""}, {"annotations", json::array()}}}});
  }

  void OnText(const RunInfo&, std::string_view delta, const std::string&) override {
    if (!HoldsTextBack(choice_)) pump_->Add(delta);
  }

  void OnFinished(const RunInfo&, const RunOutcome& outcome) override {
    pump_->Finish(Tail(outcome) + "data: [DONE]\n\n");
  }

 private:
  std::string Failed(const OpenAiError& error) const {
    return ResponseEvent("response.failed", {{"response", FailedResponse(header_, error)}});
  }

  std::string Tail(const RunOutcome& outcome) const {
    if (outcome.status == RunStatus::kError || outcome.status == RunStatus::kTimeout) {
      OpenAiError error = ErrorOfRun(outcome);
      if (error.type == kApiError && error.status == 500) {
        error = {500,
                 outcome.error_message.empty() ? "Agent run failed" : outcome.error_message,
                 "server_error",
                 {}};
      }
      return Failed(error);
    }
    if (auto failure = FailureOf(outcome, choice_)) return Failed(*failure);
    const std::string streamed = pump_->streamed();
    if (!outcome.text.starts_with(streamed)) {
      return Failed({500, std::string(kNotAppendOnly), "server_error", {}});
    }
    std::string text = outcome.text;
    std::string tail;
    if (text.empty() && outcome.tool_calls.empty()) text = kNoResponseText;
    if (text.size() > streamed.size()) {
      tail +=
          ResponseEvent("response.output_text.delta", {{"item_id", header_.message_id},
                                                       {"output_index", 0},
                                                       {"content_index", 0},
                                                       {"delta", text.substr(streamed.size())}});
    }
    const json part = {{"type", "output_text"}, {"text", text}, {"annotations", json::array()}};
    const std::string_view phase = outcome.tool_calls.empty() ? "final_answer" : "commentary";
    tail += ResponseEvent("response.output_text.done", {{"item_id", header_.message_id},
                                                        {"output_index", 0},
                                                        {"content_index", 0},
                                                        {"text", text}});
    tail += ResponseEvent("response.content_part.done", {{"item_id", header_.message_id},
                                                         {"output_index", 0},
                                                         {"content_index", 0},
                                                         {"part", part}});
    tail += ResponseEvent(
        "response.output_item.done",
        {{"output_index", 0}, {"item", MessageItem(header_, text, phase, "completed")}});
    json output = json::array({MessageItem(header_, text, phase, "completed")});
    for (std::size_t i = 0; i < outcome.tool_calls.size(); ++i) {
      const json item = FunctionCallItem(outcome.tool_calls[i], true);
      tail +=
          ResponseEvent("response.output_item.added", {{"output_index", i + 1}, {"item", item}});
      tail += ResponseEvent("response.output_item.done", {{"output_index", i + 1}, {"item", item}});
      output.push_back(item);
    }
    const std::string_view status = FinishedStatus(outcome);
    json response =
        ResponseObject(header_, status, std::move(output), ResponsesUsage(outcome.usage));
    if (status == "incomplete") response["incomplete_details"] = {{"reason", "max_output_tokens"}};
    tail += ResponseEvent(status == "incomplete" ? "response.incomplete" : "response.completed",
                          {{"response", std::move(response)}});
    return tail;
  }

  ResponseHeader header_;
  providers::ToolChoice choice_;
  std::shared_ptr<DeltaPump> pump_;
};

std::string HeaderValue(const transport::HttpRequest& request, const std::string& name) {
  auto it = request.headers.find(name);
  return it == request.headers.end() ? std::string() : it->second;
}

// Who asked, for previous_response_id: the bearer secret (hashed, never kept) or nobody.
std::string SubjectOf(const transport::HttpRequest& request) {
  const std::string authorization = HeaderValue(request, "authorization");
  if (authorization.empty()) return {};
  return std::to_string(std::hash<std::string>{}(authorization));
}

}  // namespace

void ResponsesEndpoint::Handle(std::shared_ptr<transport::HttpExchange> exchange) {
  auto body = ParseJsonBody(exchange->request());
  if (!body) return exchange->Respond(ErrorResponse(body.error()));
  auto parsed = ParseResponsesRequest(*body);
  if (!parsed) return exchange->Respond(ErrorResponse(parsed.error()));
  const json* model = body->contains("model") ? &(*body)["model"] : nullptr;
  auto target = ResolveTarget(*deps_.config.Typed(), exchange->request(),
                              {.surface = domain::sessions::OpenAiSurface::kResponses,
                               .model = model,
                               .user = parsed->turn.user,
                               .auth_mode = deps_.auth_mode});
  if (!target) return exchange->Respond(std::move(target.error()));

  const ResponseScope scope{SubjectOf(exchange->request()), target->agent_id,
                            HeaderValue(exchange->request(), "x-openclaw-session-key")};
  if (parsed->previous_response_id) {
    if (auto session = sessions_.Find(*parsed->previous_response_id, scope)) {
      target->session_key = *session;
    }
  }
  ResponseHeader header{"resp_" + NewUuid(), UnixSeconds(), parsed->model, "msg_" + NewUuid()};
  sessions_.Remember(header.id, scope, target->session_key);

  const auto choice = parsed->turn.tool_choice;
  std::shared_ptr<domain::runs::RunObserver> observer;
  if (parsed->turn.stream) {
    exchange->StartStream(200, "text/event-stream; charset=utf-8",
                          {{"Cache-Control", "no-cache"}, {"Connection", "keep-alive"}});
    exchange->Write(ResponseStreamObserver::Opening(header));
    observer = std::make_shared<ResponseStreamObserver>(exchange, header, choice);
  } else {
    observer = std::make_shared<ResponseObserver>(exchange, header, choice);
  }
  SubmitTurn(deps_.runs, MakeRunRequest(header.id, *target, std::move(parsed->turn)),
             std::move(observer), exchange);
}

}  // namespace gateway::http::openai
