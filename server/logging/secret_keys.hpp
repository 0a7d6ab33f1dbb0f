// The key names whose values are secrets, shared by the log redactor and `config get`/`config set`
// masking so both hide the same things.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "server/platform/text.hpp"

namespace gateway::logging {

inline constexpr std::array<std::string_view, 15> kSecretKeyWords = {
    "token",      "password",    "passwd",      "secret",        "apikey",
    "api_key",    "api-key",     "accesskey",   "access_key",    "access-key",
    "privatekey", "private_key", "private-key", "authorization", "cookie"};

// A key names a secret when it ends in one of the words (ASCII case ignored): `botToken`,
// `refresh_token` and `OPENAI_API_KEY` do, `tokenizer` and `maxTokens` do not.
inline bool IsSecretKeyName(std::string_view key) {
  const std::string lower = platform::AsciiLower(key);
  for (std::string_view word : kSecretKeyWords) {
    if (lower.size() >= word.size() &&
        lower.compare(lower.size() - word.size(), word.size(), word) == 0)
      return true;
  }
  return false;
}

// The words as one regex group, `(?:token|password|…)`, for patterns that find `key=value`.
inline std::string SecretKeyRegexGroup() {
  std::string group = "(?:";
  for (std::string_view word : kSecretKeyWords) {
    if (group.size() > 3) group += '|';
    group += word;
  }
  return group + ")";
}

}  // namespace gateway::logging
