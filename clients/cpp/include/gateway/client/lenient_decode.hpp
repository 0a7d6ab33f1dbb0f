// Decoding server frames that may carry members newer than our schema: the generated decoders
// reject unknown keys, so such keys are removed (and reported) until the rest decodes.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "gateway/wire/json_io.hpp"

namespace gateway::client::detail {

// Throws wire::DecodeError for anything other than unknown members. `skipped` receives the
// JSON pointers of the members that were removed.
template <class T>
T DecodeSkippingUnknown(nlohmann::json value, std::vector<std::string>* skipped) {
  static const std::string kPrefix = "unexpected property '";
  constexpr int kMaxSkipped = 256;
  for (int attempt = 0; attempt <= kMaxSkipped; ++attempt) {
    try {
      return wire::Decode<T>(value);
    } catch (const wire::DecodeError& e) {
      const std::string& reason = e.reason();
      if (attempt == kMaxSkipped || !reason.starts_with(kPrefix) || !reason.ends_with('\'')) throw;
      std::string key = reason.substr(kPrefix.size(), reason.size() - kPrefix.size() - 1);
      nlohmann::json& parent = value.at(nlohmann::json::json_pointer(e.pointer()));
      if (!parent.is_object() || parent.erase(key) == 0) throw;
      if (skipped) skipped->push_back(wire::ChildPointer(e.pointer(), key));
    }
  }
  throw wire::DecodeError("", "unreachable");
}

}  // namespace gateway::client::detail
