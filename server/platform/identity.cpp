#include "server/platform/identity.hpp"

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "server/config/atomic_file.hpp"
#include "server/platform/base64url.hpp"
#include "server/platform/ed25519.hpp"
#include "server/platform/files.hpp"

namespace gateway::platform {
namespace fs = std::filesystem;
using nlohmann::json;
namespace {

constexpr int kFileVersion = 1;

[[noreturn]] void Reject(const fs::path& file, const std::string& reason) {
  throw IdentityFileError("gateway identity file " + file.string() + " " + reason +
                          " (fix or move it away; it is never replaced automatically)");
}

std::string StringField(const json& stored, const char* name, const fs::path& file) {
  auto field = stored.find(name);
  if (field == stored.end() || !field->is_string()) Reject(file, std::string("has no ") + name);
  return field->get<std::string>();
}

KeyPtr LoadKey(const fs::path& file) {
  auto text = ReadWholeFile(file);
  if (!text) Reject(file, "cannot be read");
  json stored = json::parse(*text, nullptr, false);
  if (!stored.is_object()) Reject(file, "is not a JSON object");
  if (stored.value("version", json()) != kFileVersion) Reject(file, "has an unsupported version");

  KeyPtr key = Ed25519PrivateKeyFromPem(StringField(stored, "privateKeyPem", file));
  if (!key) Reject(file, "has no Ed25519 private key");
  KeyPtr public_key = Ed25519PublicKeyFromPem(StringField(stored, "publicKeyPem", file));
  std::string raw = RawPublicKey(key.get());
  if (!public_key || RawPublicKey(public_key.get()) != raw) {
    Reject(file, "has a public key that does not match its private key");
  }
  if (StringField(stored, "deviceId", file) != Sha256Hex(raw)) {
    Reject(file, "has a deviceId that does not match its key");
  }
  return key;
}

void SaveKey(const fs::path& file, EVP_PKEY* key) {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  json stored = {
      {"version", kFileVersion},
      {"deviceId", Sha256Hex(RawPublicKey(key))},
      {"publicKeyPem", PublicKeyPem(key)},
      {"privateKeyPem", PrivateKeyPem(key)},
      {"createdAtMs", std::chrono::duration_cast<std::chrono::milliseconds>(now).count()},
  };
  config::AtomicWriteOptions options;
  options.mode_if_new = 0600;
  config::AtomicWriteFile(file, stored.dump(2) + "\n", options);
}

}  // namespace

GatewayIdentity GatewayIdentity::LoadOrCreate(const fs::path& state_dir) {
  fs::path dir = state_dir / "identity";
  fs::create_directories(dir);
  // It holds a private key: owner only, even when something else created it with a looser mode.
  fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace);
  fs::path file = dir / "device.json";
  std::error_code ec;
  if (fs::symlink_status(file, ec).type() != fs::file_type::not_found) {
    return GatewayIdentity(LoadKey(file));
  }
  KeyPtr key = GenerateEd25519Key();
  SaveKey(file, key.get());
  return GatewayIdentity(std::move(key));
}

GatewayIdentity::GatewayIdentity(KeyPtr key) : key_(std::move(key)) {
  std::string raw = RawPublicKey(key_.get());
  device_id_ = Sha256Hex(raw);
  public_key_ = EncodeBase64Url(raw);
}

std::string GatewayIdentity::Sign(std::string_view message) const {
  return EncodeBase64Url(SignEd25519(key_.get(), message));
}

bool GatewayIdentity::Verify(std::string_view public_key_b64url, std::string_view message,
                             std::string_view signature_b64url) {
  std::optional<std::string> raw = DecodeBase64Url(public_key_b64url);
  std::optional<std::string> signature = DecodeBase64Url(signature_b64url);
  if (!raw || !signature || signature->size() != 64) return false;
  KeyPtr key = Ed25519PublicKeyFromRaw(*raw);
  return key && VerifyEd25519(key.get(), message, *signature);
}

std::optional<std::string> GatewayIdentity::DeviceIdFor(std::string_view public_key_b64url) {
  std::optional<std::string> raw = DecodeBase64Url(public_key_b64url);
  if (!raw || raw->size() != 32) return std::nullopt;
  return Sha256Hex(*raw);
}

}  // namespace gateway::platform
