// The gateway's own Ed25519 device identity (auth.md §9, `gateway.identity.get`).
#pragma once

#include <openssl/types.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace gateway::platform {

// The identity file exists but cannot be used (unreadable, corrupt, keys that do not match). It is
// never overwritten: replacing it would silently change the gateway's identity for paired peers.
class IdentityFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Copies share one immutable key; Sign is safe to call from several threads.
class GatewayIdentity {
 public:
  // Loads <state_dir>/identity/device.json or creates it (directory 0700, file 0600, written
  // atomically). The file has the same shape the reference gateway and CLI use, so an existing
  // OpenClaw state dir keeps its identity: {version:1, deviceId, publicKeyPem, privateKeyPem,
  // createdAtMs} with PKCS#8 / SPKI PEM keys.
  static GatewayIdentity LoadOrCreate(const std::filesystem::path& state_dir);

  // 64 lowercase hex chars: SHA-256 of the raw 32-byte public key.
  const std::string& device_id() const { return device_id_; }
  // Unpadded base64url of the raw public key (43 chars).
  const std::string& public_key() const { return public_key_; }

  // Unpadded base64url Ed25519 signature of the message.
  std::string Sign(std::string_view message) const;

  // False for a malformed key or signature as well as for a wrong one.
  static bool Verify(std::string_view public_key_b64url, std::string_view message,
                     std::string_view signature_b64url);

  // The device id a base64url raw public key must come with (auth.md §8); nullopt if malformed.
  static std::optional<std::string> DeviceIdFor(std::string_view public_key_b64url);

 private:
  explicit GatewayIdentity(std::shared_ptr<EVP_PKEY> key);

  std::shared_ptr<EVP_PKEY> key_;
  std::string device_id_;
  std::string public_key_;
};

}  // namespace gateway::platform
