// The `openai-completions` API: POST {baseUrl}/chat/completions with `stream: true` (OpenAI,
// OpenRouter, vLLM, LM Studio, Ollama's /v1, most local servers). Streams text, reasoning
// (`reasoning_content` / `reasoning`), tool calls assembled from `tool_calls` deltas by index,
// usage from the final chunk (`stream_options.include_usage`) and the finish reason; the stream
// ends at `data: [DONE]`.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>

#include "server/providers/endpoint.hpp"
#include "server/providers/model_provider.hpp"
#include "server/providers/stream_call.hpp"

namespace gateway::providers {

// The JSON body of a streamed Chat Completions request.
nlohmann::json BuildOpenAiCompletionsBody(const ModelRequest& request, const OpenAiCompat& compat);

// The decoder of a Chat Completions stream (exposed for tests).
std::unique_ptr<StreamDecoder> MakeOpenAiCompletionsDecoder();

class OpenAiCompletionsProvider final : public ModelProvider {
 public:
  OpenAiCompletionsProvider(transport::HttpClient& client, Endpoint endpoint)
      : client_(client), endpoint_(std::move(endpoint)) {}

  StreamHandle Stream(ModelRequest request, StreamSink sink,
                      runtime::CancellationToken token) override;

 private:
  transport::HttpClient& client_;
  Endpoint endpoint_;
};

}  // namespace gateway::providers
