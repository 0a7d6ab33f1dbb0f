#include "server/http/embeddings/embeddings_response.hpp"

#include <bit>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>

#include "server/platform/base64url.hpp"
#include "server/runtime/utf8_json.hpp"

namespace gateway::http::embeddings {

using nlohmann::json;

std::string Float32Base64(const std::vector<double>& vector) {
  std::string bytes(vector.size() * 4, '\0');
  for (std::size_t i = 0; i < vector.size(); ++i) {
    const auto bits = std::bit_cast<std::uint32_t>(static_cast<float>(vector[i]));
    for (int b = 0; b < 4; ++b) bytes[i * 4 + b] = static_cast<char>((bits >> (8 * b)) & 0xff);
  }
  return platform::EncodeBase64(bytes);
}

std::string EmbeddingsResponseBody(const std::string& request_model,
                                   const providers::Embeddings& vectors, bool base64) {
  json data = json::array();
  for (std::size_t i = 0; i < vectors.size(); ++i) {
    json item = {{"object", "embedding"}, {"index", i}};
    if (base64)
      item["embedding"] = Float32Base64(vectors[i]);
    else
      item["embedding"] = vectors[i];
    data.push_back(std::move(item));
  }
  return runtime::DumpJson({{"object", "list"},
                            {"data", std::move(data)},
                            {"model", request_model},
                            {"usage", {{"prompt_tokens", 0}, {"total_tokens", 0}}}});
}

}  // namespace gateway::http::embeddings
