// The `anthropic-messages` API: POST {baseUrl}/v1/messages with `stream: true`, `x-api-key` and
// `anthropic-version: 2023-06-01` (Anthropic, MiniMax's /anthropic endpoint). Streams the named
// SSE events message_start, content_block_start/delta/stop (text_delta, thinking_delta,
// input_json_delta), message_delta (stop_reason, cumulative output usage), message_stop, ping and
// error (e.g. overloaded_error mid-stream).
#pragma once

#include <memory>
#include <nlohmann/json.hpp>

#include "server/providers/endpoint.hpp"
#include "server/providers/model_provider.hpp"
#include "server/providers/stream_call.hpp"

namespace gateway::providers {

inline constexpr std::string_view kAnthropicVersion = "2023-06-01";
// Anthropic requires max_tokens; this is sent when neither the request nor the model sets it.
inline constexpr int kAnthropicDefaultMaxTokens = 4096;

// Thinking budget (budget_tokens) per level; 0 for kOff.
int AnthropicThinkingBudget(ThinkingLevel level);

// The JSON body of a streamed Messages request.
nlohmann::json BuildAnthropicMessagesBody(const ModelRequest& request);

// The decoder of a Messages stream (exposed for tests).
std::unique_ptr<StreamDecoder> MakeAnthropicMessagesDecoder();

class AnthropicMessagesProvider final : public ModelProvider {
 public:
  AnthropicMessagesProvider(transport::HttpClient& client, Endpoint endpoint)
      : client_(client), endpoint_(std::move(endpoint)) {}

  StreamHandle Stream(ModelRequest request, StreamSink sink,
                      runtime::CancellationToken token) override;

 private:
  transport::HttpClient& client_;
  Endpoint endpoint_;
};

}  // namespace gateway::providers
