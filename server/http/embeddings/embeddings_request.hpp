// The body of POST /v1/embeddings (http.md §4), checked with the spec's exact messages:
// `input` (a string or strings; at most 128, each at most 8192 and together at most 65536
// characters, counted as UTF-16 code units like the reference), `encoding_format` and
// `dimensions`. `model` is checked by the route (it selects the agent).
#pragma once

#include <cstdint>
#include <expected>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace gateway::http::embeddings {

inline constexpr std::size_t kMaxInputs = 128;
inline constexpr std::size_t kMaxInputChars = 8192;
inline constexpr std::size_t kMaxTotalChars = 65536;

struct EmbeddingsInput {
  std::vector<std::string> input;
  bool base64 = false;  // encoding_format "base64"
  std::optional<std::int64_t> dimensions;
};

// The 400 message when the body is wrong.
std::expected<EmbeddingsInput, std::string> ParseEmbeddingsInput(const nlohmann::json& body);

}  // namespace gateway::http::embeddings
