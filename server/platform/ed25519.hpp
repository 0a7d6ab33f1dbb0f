// Thin, exception-safe wrappers over OpenSSL's Ed25519 and SHA-256.
#pragma once

#include <openssl/types.h>

#include <memory>
#include <string>
#include <string_view>

namespace gateway::platform {

using KeyPtr = std::shared_ptr<EVP_PKEY>;

// Throws std::runtime_error if OpenSSL cannot make a key (out of entropy or memory).
KeyPtr GenerateEd25519Key();

// nullptr unless the input holds an Ed25519 key of the right kind.
KeyPtr Ed25519PrivateKeyFromPem(std::string_view pem);
KeyPtr Ed25519PublicKeyFromPem(std::string_view pem);
KeyPtr Ed25519PublicKeyFromRaw(std::string_view raw);

std::string PrivateKeyPem(EVP_PKEY* key);  // PKCS#8
std::string PublicKeyPem(EVP_PKEY* key);   // SPKI
std::string RawPublicKey(EVP_PKEY* key);   // 32 bytes

std::string SignEd25519(EVP_PKEY* key, std::string_view message);  // 64 raw bytes
bool VerifyEd25519(EVP_PKEY* key, std::string_view message, std::string_view signature);

std::string Sha256Hex(std::string_view bytes);  // lowercase

}  // namespace gateway::platform
