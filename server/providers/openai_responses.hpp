// The `openai-responses` API: POST {baseUrl}/responses with `stream: true` (OpenAI, xAI). Named
// semantic SSE events: response.output_text.delta, response.reasoning_summary_text.delta /
// reasoning_text.delta, response.output_item.added / done (function_call items),
// response.function_call_arguments.delta, and the terminal response.completed /
// response.incomplete / response.failed (no [DONE]); `error` events carry code and message.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>

#include "server/providers/endpoint.hpp"
#include "server/providers/model_provider.hpp"
#include "server/providers/stream_call.hpp"

namespace gateway::providers {

// The JSON body of a streamed Responses request (`store: false`: the turn keeps no server state).
nlohmann::json BuildOpenAiResponsesBody(const ModelRequest& request);

std::unique_ptr<StreamDecoder> MakeOpenAiResponsesDecoder();

class OpenAiResponsesProvider final : public ModelProvider {
 public:
  OpenAiResponsesProvider(transport::HttpClient& client, Endpoint endpoint)
      : client_(client), endpoint_(std::move(endpoint)) {}

  StreamHandle Stream(ModelRequest request, StreamSink sink,
                      runtime::CancellationToken token) override;

 private:
  transport::HttpClient& client_;
  Endpoint endpoint_;
};

}  // namespace gateway::providers
