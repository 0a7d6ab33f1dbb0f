// An OpenAI-compatible embeddings client (POST {baseUrl}/embeddings) over the async HttpClient:
// used by /v1/embeddings for the provider memory.search configures. Float vectors are always
// requested (`encoding_format: "float"`); callers re-encode as they need.
#pragma once

#include <cstdint>
#include <expected>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "server/providers/endpoint.hpp"
#include "server/providers/provider_error.hpp"
#include "server/transport/http_client.hpp"

namespace gateway::providers {

struct EmbeddingsRequest {
  std::string model;
  std::vector<std::string> input;
  std::optional<std::int64_t> dimensions;
};

// One vector per input, in input order; values as the provider sent them (each within float32's
// range), so float output echoes them and base64 output is their float32 bytes.
using Embeddings = std::vector<std::vector<double>>;
using EmbeddingsDone = std::function<void(std::expected<Embeddings, ProviderError>)>;

// The largest embeddings response read (128 inputs × 3072 floats as JSON text is ~8 MB).
inline constexpr std::uint64_t kMaxEmbeddingsResponse = 64u << 20;

class EmbeddingsClient {
 public:
  explicit EmbeddingsClient(transport::HttpClient& client) : client_(client) {}

  // `done` runs once on the client's I/O thread: the vectors, or what failed (an HTTP error
  // answer classified, a transport failure, or a response that is not a valid embeddings list
  // for the inputs). Cancel the handle to stop waiting (done then gets a cancelled error).
  transport::HttpRequestHandle Embed(const Endpoint& endpoint, const EmbeddingsRequest& request,
                                     EmbeddingsDone done);

 private:
  transport::HttpClient& client_;
};

// The request body sent upstream.
std::string EmbeddingsBody(const EmbeddingsRequest& request);
// The vectors of an OpenAI embeddings response body for `count` inputs (ordered by `index`), or
// why it is not one.
std::expected<Embeddings, std::string> ParseEmbeddingsResponse(std::string_view body,
                                                               std::size_t count);

}  // namespace gateway::providers
