#include "server/platform/ed25519.hpp"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <stdexcept>

#include "server/platform/text.hpp"

namespace gateway::platform {
namespace {

using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;
using MdContextPtr = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

[[noreturn]] void Fail(const char* what) {
  ERR_clear_error();
  throw std::runtime_error(std::string("openssl: ") + what);
}

// Keeps only Ed25519 keys, and leaves no queued OpenSSL errors behind for unrelated code to trip
// on.
KeyPtr Adopt(EVP_PKEY* key) {
  ERR_clear_error();
  if (key == nullptr) return nullptr;
  KeyPtr owned(key, EVP_PKEY_free);
  if (EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) return nullptr;
  return owned;
}

BioPtr ReadBio(std::string_view text) {
  return BioPtr(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())), BIO_free);
}

std::string Contents(BIO* bio) {
  char* data = nullptr;
  long size = BIO_get_mem_data(bio, &data);
  return std::string(data, static_cast<std::size_t>(size));
}

MdContextPtr NewContext() {
  MdContextPtr context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  if (!context) Fail("cannot allocate a digest context");
  return context;
}

}  // namespace

KeyPtr GenerateEd25519Key() {
  KeyPtr key = Adopt(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
  if (!key) Fail("cannot generate an Ed25519 key");
  return key;
}

KeyPtr Ed25519PrivateKeyFromPem(std::string_view pem) {
  BioPtr bio = ReadBio(pem);
  return bio ? Adopt(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)) : nullptr;
}

KeyPtr Ed25519PublicKeyFromPem(std::string_view pem) {
  BioPtr bio = ReadBio(pem);
  return bio ? Adopt(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr)) : nullptr;
}

KeyPtr Ed25519PublicKeyFromRaw(std::string_view raw) {
  if (raw.size() != 32) return nullptr;
  return Adopt(EVP_PKEY_new_raw_public_key(
      EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(raw.data()), raw.size()));
}

std::string PrivateKeyPem(EVP_PKEY* key) {
  BioPtr bio(BIO_new(BIO_s_mem()), BIO_free);
  if (!bio ||
      PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
    Fail("cannot encode a private key");
  }
  return Contents(bio.get());
}

std::string PublicKeyPem(EVP_PKEY* key) {
  BioPtr bio(BIO_new(BIO_s_mem()), BIO_free);
  if (!bio || PEM_write_bio_PUBKEY(bio.get(), key) != 1) Fail("cannot encode a public key");
  return Contents(bio.get());
}

std::string RawPublicKey(EVP_PKEY* key) {
  std::string raw(32, '\0');
  std::size_t size = raw.size();
  if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(raw.data()), &size) != 1) {
    Fail("cannot read a raw public key");
  }
  raw.resize(size);
  return raw;
}

std::string SignEd25519(EVP_PKEY* key, std::string_view message) {
  MdContextPtr context = NewContext();
  std::string signature(64, '\0');
  std::size_t size = signature.size();
  // Ed25519 hashes internally: no digest is named, and the message goes in one call.
  if (EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key) != 1 ||
      EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &size,
                     reinterpret_cast<const unsigned char*>(message.data()), message.size()) != 1) {
    Fail("cannot sign");
  }
  signature.resize(size);
  return signature;
}

bool VerifyEd25519(EVP_PKEY* key, std::string_view message, std::string_view signature) {
  MdContextPtr context = NewContext();
  bool valid =
      EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key) == 1 &&
      EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                       signature.size(), reinterpret_cast<const unsigned char*>(message.data()),
                       message.size()) == 1;
  ERR_clear_error();
  return valid;
}

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &size, EVP_sha256(), nullptr) != 1) {
    Fail("cannot hash");
  }
  return HexEncode(std::string_view(reinterpret_cast<const char*>(digest), size));
}

}  // namespace gateway::platform
