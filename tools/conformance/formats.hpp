// Shape checks for identifiers the spec pins down (UUIDs, hex ids, base64url keys); the random
// ids the runner sends come from the client library.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "gateway/client/random_uuid.hpp"

namespace gateway::conformance {

using client::RandomUuid;

// 8-4-4-4-12 hex digits, either case.
bool IsUuid(std::string_view text);
// A UUID whose version nibble is 4 and variant is RFC 4122.
bool IsUuidV4(std::string_view text);
bool IsLowerHex(std::string_view text, std::size_t length);
// Unpadded base64url: A-Z a-z 0-9 - _ only.
bool IsBase64Url(std::string_view text);

// A WebSocket close reason is at most 123 bytes; servers cut longer messages to fit.
std::string CloseReasonOf(std::string_view message);

}  // namespace gateway::conformance
