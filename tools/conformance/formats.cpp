#include "tools/conformance/formats.hpp"

#include <cstdint>

namespace gateway::conformance {
namespace {

constexpr std::size_t kMaxCloseReasonBytes = 123;

bool IsHexDigit(char c, bool lower_only) {
  if (c >= '0' && c <= '9') return true;
  if (c >= 'a' && c <= 'f') return true;
  return !lower_only && c >= 'A' && c <= 'F';
}

}  // namespace

bool IsUuid(std::string_view text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool dash_position = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash_position ? text[i] != '-' : !IsHexDigit(text[i], false)) return false;
  }
  return true;
}

bool IsUuidV4(std::string_view text) {
  if (!IsUuid(text) || text[14] != '4') return false;
  const char variant = text[19];
  return variant == '8' || variant == '9' || variant == 'a' || variant == 'b' || variant == 'A' ||
         variant == 'B';
}

bool IsLowerHex(std::string_view text, std::size_t length) {
  if (text.size() != length) return false;
  for (char c : text) {
    if (!IsHexDigit(c, true)) return false;
  }
  return true;
}

bool IsBase64Url(std::string_view text) {
  for (char c : text) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

std::string CloseReasonOf(std::string_view message) {
  return std::string(message.substr(0, kMaxCloseReasonBytes));
}

}  // namespace gateway::conformance
