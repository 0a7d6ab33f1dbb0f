// Unpadded base64url (RFC 4648 §5), the encoding of keys and signatures on the wire; and padded
// standard base64 (RFC 4648 §4) for payloads that use it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gateway::platform {

std::string EncodeBase64Url(std::string_view bytes);
// Standard alphabet (+ /) with '=' padding.
std::string EncodeBase64(std::string_view bytes);

// Accepts optional '=' padding (some clients send it); nullopt for any other character outside
// the alphabet or an impossible length.
std::optional<std::string> DecodeBase64Url(std::string_view text);

}  // namespace gateway::platform
