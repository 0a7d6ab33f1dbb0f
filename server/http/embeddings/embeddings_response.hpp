// The 200 body of /v1/embeddings (http.md §4): {"object":"list","data":[{"object":"embedding",
// "index":i,"embedding":[floats] | "<base64 of little-endian float32>"}],"model":<request model>,
// "usage":{"prompt_tokens":0,"total_tokens":0}}.
#pragma once

#include <string>

#include "server/providers/embeddings_client.hpp"

namespace gateway::http::embeddings {

std::string EmbeddingsResponseBody(const std::string& request_model,
                                   const providers::Embeddings& vectors, bool base64);

// The vector's float32 values as little-endian bytes, base64 encoded (OpenAI's base64 format).
std::string Float32Base64(const std::vector<double>& vector);

}  // namespace gateway::http::embeddings
