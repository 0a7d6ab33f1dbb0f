#include "server/http/embeddings/embeddings_request.hpp"

#include "server/runtime/utf8_json.hpp"

namespace gateway::http::embeddings {

using nlohmann::json;

std::expected<EmbeddingsInput, std::string> ParseEmbeddingsInput(const json& body) {
  EmbeddingsInput out;
  const auto input = body.find("input");
  if (input != body.end() && input->is_string()) {
    out.input.push_back(input->get<std::string>());
  } else if (input != body.end() && input->is_array()) {
    for (const json& item : *input) {
      if (!item.is_string())
        return std::unexpected("`input` must be a string or an array of strings.");
      out.input.push_back(item.get<std::string>());
    }
  } else {
    return std::unexpected("`input` must be a string or an array of strings.");
  }
  bool any = false;
  for (const auto& text : out.input) any = any || !text.empty();
  if (!any) return std::unexpected("`input` must contain at least one non-empty string.");
  if (out.input.size() > kMaxInputs) return std::unexpected("Too many inputs (max 128).");
  std::size_t total = 0;
  for (const auto& text : out.input) {
    const std::size_t length = runtime::Utf16Length(text);
    if (length > kMaxInputChars) return std::unexpected("Input too long (max 8192 chars).");
    total += length;
  }
  if (total > kMaxTotalChars) return std::unexpected("Total input too large (max 65536 chars).");

  if (auto format = body.find("encoding_format"); format != body.end() && !format->is_null()) {
    if (*format == "base64") {
      out.base64 = true;
    } else if (*format != "float") {
      return std::unexpected("`encoding_format` must be \"float\" or \"base64\".");
    }
  }
  if (auto dimensions = body.find("dimensions");
      dimensions != body.end() && !dimensions->is_null()) {
    if (!dimensions->is_number_integer() || dimensions->get<std::int64_t>() <= 0)
      return std::unexpected("`dimensions` must be a positive integer.");
    out.dimensions = dimensions->get<std::int64_t>();
  }
  return out;
}

}  // namespace gateway::http::embeddings
