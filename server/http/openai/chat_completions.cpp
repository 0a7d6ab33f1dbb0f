#include "server/http/openai/chat_completions.hpp"

#include "server/domain/sessions/session_key.hpp"
#include "server/http/openai/chat_completion_json.hpp"
#include "server/http/openai/delta_pump.hpp"
#include "server/http/openai/openai_turn.hpp"
#include "server/platform/ids.hpp"

namespace gateway::http::openai {
namespace {

using domain::runs::RunInfo;
using domain::runs::RunOutcome;
using domain::runs::RunStatus;
using nlohmann::json;

constexpr std::string_view kNotAppendOnly =
    "Assistant output cannot be represented as an append-only response stream.";

// Answers with one chat.completion when the run finishes.
class CompletionObserver final : public domain::runs::RunObserver {
 public:
  CompletionObserver(std::shared_ptr<transport::HttpExchange> exchange, CompletionHeader header,
                     providers::ToolChoice choice)
      : exchange_(std::move(exchange)), header_(std::move(header)), choice_(std::move(choice)) {}

  void OnFinished(const RunInfo&, const RunOutcome& outcome) override {
    if (exchange_->client_gone()) return;
    if (outcome.status != RunStatus::kOk)
      return exchange_->Respond(ErrorResponse(ErrorOfRun(outcome)));
    if (auto unsatisfied = UnsatisfiedToolChoice(choice_, outcome)) {
      return exchange_->Respond(ErrorResponse(*unsatisfied));
    }
    exchange_->Respond(JsonResponse(200, Completion(header_, outcome).dump()));
  }

 private:
  std::shared_ptr<transport::HttpExchange> exchange_;
  CompletionHeader header_;
  providers::ToolChoice choice_;
};

// Streams the run as chat.completion.chunk events: the role chunk at once, content deltas as the
// model writes them (held back until the end under a tool_choice constraint), then the rest of
// the text, tool calls, the finish chunk, usage when asked, and [DONE].
class ChunkStreamObserver final : public domain::runs::RunObserver {
 public:
  ChunkStreamObserver(std::shared_ptr<transport::HttpExchange> exchange, CompletionHeader header,
                      providers::ToolChoice choice, bool include_usage)
      : header_(std::move(header)),
        choice_(std::move(choice)),
        include_usage_(include_usage),
        pump_(std::make_shared<DeltaPump>(std::move(exchange),
                                          [header = header_](std::string_view delta) {
                                            return ChunkEvent(header, {{"content", delta}});
                                          })) {}

  void OnText(const RunInfo&, std::string_view delta, const std::string&) override {
    if (!HoldsTextBack(choice_)) pump_->Add(delta);
  }

  void OnFinished(const RunInfo&, const RunOutcome& outcome) override {
    pump_->Finish(Tail(outcome) + std::string(kDoneEvent));
  }

 private:
  std::string Tail(const RunOutcome& outcome) const {
    if (outcome.status != RunStatus::kOk) {
      OpenAiError error = ErrorOfRun(outcome);
      if (outcome.status == RunStatus::kAborted) {
        error = {499, "agent run aborted", std::string(kApiError), {}};
      }
      return ErrorEvent(error);
    }
    if (auto unsatisfied = UnsatisfiedToolChoice(choice_, outcome)) return ErrorEvent(*unsatisfied);
    const std::string streamed = pump_->streamed();
    if (!outcome.text.starts_with(streamed)) {
      return ErrorEvent({500, std::string(kNotAppendOnly), std::string(kApiError), {}});
    }
    std::string rest = outcome.text.substr(streamed.size());
    if (outcome.text.empty() && outcome.tool_calls.empty()) rest = kNoResponseText;
    std::string tail;
    if (!rest.empty()) tail += ChunkEvent(header_, {{"content", rest}});
    tail += ToolCallEvents(header_, outcome.tool_calls);
    tail += ChunkEvent(header_, json::object(), FinishReason(outcome));
    if (include_usage_) tail += UsageEvent(header_, outcome.usage);
    return tail;
  }

  static std::string ErrorEvent(const OpenAiError& error) {
    return DataEvent({{"error", {{"message", error.message}, {"type", error.type}}}});
  }

  CompletionHeader header_;
  providers::ToolChoice choice_;
  bool include_usage_;
  std::shared_ptr<DeltaPump> pump_;
};

}  // namespace

void ChatCompletionsEndpoint::Handle(std::shared_ptr<transport::HttpExchange> exchange) {
  auto body = ParseJsonBody(exchange->request());
  if (!body) return exchange->Respond(ErrorResponse(body.error()));
  auto chat = ParseChatRequest(*body);
  if (!chat) return exchange->Respond(ErrorResponse(chat.error()));
  const json* model = body->contains("model") ? &(*body)["model"] : nullptr;
  auto target = ResolveTarget(*deps_.config.Typed(), exchange->request(),
                              {.surface = domain::sessions::OpenAiSurface::kChatCompletions,
                               .model = model,
                               .user = chat->turn.user,
                               .auth_mode = deps_.auth_mode});
  if (!target) return exchange->Respond(std::move(target.error()));

  CompletionHeader header{"chatcmpl_" + NewUuid(), UnixSeconds(), chat->model};
  const auto choice = chat->turn.tool_choice;
  std::shared_ptr<domain::runs::RunObserver> observer;
  if (chat->turn.stream) {
    exchange->StartStream(200, "text/event-stream; charset=utf-8",
                          {{"Cache-Control", "no-cache"}, {"Connection", "keep-alive"}});
    exchange->Write(ChunkEvent(header, {{"role", "assistant"}}));
    observer = std::make_shared<ChunkStreamObserver>(exchange, header, choice, chat->include_usage);
  } else {
    observer = std::make_shared<CompletionObserver>(exchange, header, choice);
  }
  SubmitTurn(deps_.runs, MakeRunRequest(header.id, *target, std::move(chat->turn)),
             std::move(observer), exchange);
}

}  // namespace gateway::http::openai
