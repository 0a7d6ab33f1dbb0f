// One streamed model call over transport::HttpClient, shared by every API kind: it sends the
// request, routes an error status to ClassifyHttpError, feeds an SSE body through the API's
// StreamDecoder, guarantees one completion, and ties cancellation to the upstream socket.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string_view>

#include "server/providers/model_provider.hpp"
#include "server/runtime/sse_parser.hpp"
#include "server/transport/http_client.hpp"

namespace gateway::providers {

// Turns one API's response into events. Used from one thread at a time.
class StreamDecoder {
 public:
  using Emit = std::function<void(StreamEvent)>;
  virtual ~StreamDecoder() = default;

  // One SSE event of a 2xx stream. An error ends the stream with it (an error event, bad JSON).
  virtual std::optional<ProviderError> OnSseEvent(const runtime::SseEvent& event,
                                                  const Emit& emit) = 0;
  // True once the terminal event arrived ("[DONE]", message_stop): Finish() may be called.
  virtual bool finished() const = 0;
  // The result: after the terminal event, or when the body ended without one (then an error
  // unless the API's stream is complete without it).
  virtual StreamOutcome Finish(const Emit& emit) = 0;
  // A 2xx JSON answer instead of a stream (servers that ignore `stream: true`): the whole reply.
  virtual StreamOutcome DecodeWhole(std::string_view body, const Emit& emit) = 0;
};

// Bodies of error answers are read up to this size for their message.
inline constexpr std::size_t kMaxErrorBodyBytes = 64u << 10;
// Non-streamed JSON answers are read up to this size.
inline constexpr std::size_t kMaxJsonBodyBytes = 8u << 20;

StreamHandle StartStreamCall(transport::HttpClient& client, transport::OutboundRequest request,
                             std::unique_ptr<StreamDecoder> decoder, StreamSink sink,
                             runtime::CancellationToken token);

}  // namespace gateway::providers
