#include "server/providers/embeddings_client.hpp"

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

namespace gateway::providers {

using nlohmann::json;

std::string EmbeddingsBody(const EmbeddingsRequest& request) {
  json body = {{"model", request.model}, {"input", request.input}, {"encoding_format", "float"}};
  if (request.dimensions) body["dimensions"] = *request.dimensions;
  return body.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::expected<Embeddings, std::string> ParseEmbeddingsResponse(std::string_view body,
                                                               std::size_t count) {
  const json parsed = json::parse(body, nullptr, false);
  if (!parsed.is_object()) return std::unexpected("the response is not a JSON object");
  const auto data = parsed.find("data");
  if (data == parsed.end() || !data->is_array()) return std::unexpected("no `data` array");
  if (data->size() != count)
    return std::unexpected("expected " + std::to_string(count) + " embeddings, got " +
                           std::to_string(data->size()));
  Embeddings vectors(count);
  std::vector<bool> seen(count, false);
  for (std::size_t position = 0; position < data->size(); ++position) {
    const json& item = (*data)[position];
    if (!item.is_object()) return std::unexpected("a `data` item is not an object");
    std::size_t index = position;
    if (auto it = item.find("index"); it != item.end()) {
      if (!it->is_number_unsigned() || it->get<std::uint64_t>() >= count)
        return std::unexpected("a `data` item has an invalid index");
      index = it->get<std::size_t>();
    }
    if (seen[index]) return std::unexpected("two embeddings with index " + std::to_string(index));
    seen[index] = true;
    const auto embedding = item.find("embedding");
    if (embedding == item.end() || !embedding->is_array() || embedding->empty())
      return std::unexpected("a `data` item has no float `embedding`");
    auto& vector = vectors[index];
    vector.reserve(embedding->size());
    for (const json& value : *embedding) {
      if (!value.is_number()) return std::unexpected("an embedding holds a non-number");
      const double number = value.get<double>();
      if (!std::isfinite(number) || std::fabs(number) > std::numeric_limits<float>::max())
        return std::unexpected("an embedding value is out of float range");
      vector.push_back(number);
    }
  }
  return vectors;
}

transport::HttpRequestHandle EmbeddingsClient::Embed(const Endpoint& endpoint,
                                                     const EmbeddingsRequest& request,
                                                     EmbeddingsDone done) {
  transport::HttpHeaders headers = {{"Content-Type", "application/json"},
                                    {"Accept", "application/json"}};
  if (!endpoint.api_key.empty())
    headers.emplace_back("Authorization", "Bearer " + endpoint.api_key);
  auto outbound = MakeStreamRequest(endpoint, JoinUrl(endpoint.base_url, "embeddings"),
                                    EmbeddingsBody(request), std::move(headers));
  outbound.max_body_bytes = kMaxEmbeddingsResponse;
  const std::size_t count = request.input.size();
  return client_.Fetch(std::move(outbound), [count, done = std::move(done)](
                                                transport::HttpClient::FetchResult result) {
    if (result.error) return done(std::unexpected(FromHttpError(*result.error)));
    if (result.head.status >= 300)
      return done(std::unexpected(ClassifyHttpError(result.head, result.body)));
    auto vectors = ParseEmbeddingsResponse(result.body, count);
    if (!vectors) {
      return done(std::unexpected(MakeError(ProviderErrorKind::kServerError,
                                            "invalid embeddings response: " + vectors.error())));
    }
    done(std::move(*vectors));
  });
}

}  // namespace gateway::providers
