// The gateway's own identity: creation, stable reloads, the reference file format, signatures,
// file modes, and files that must not be overwritten.
#include "server/platform/identity.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>

#include "tests/support/temp_dir.hpp"

using namespace gateway::platform;
using gateway::testing::FileMode;
using gateway::testing::ReadFile;
using gateway::testing::TempDir;
using gateway::testing::WriteFile;

namespace {

// A throwaway key written by the reference (Node) implementation, with its signature of "hello".
constexpr const char* kReferenceFile = R"({
  "version": 1,
  "deviceId": "d225e7e26bb93720da4b7e0b0f4a64f045f26104c12b83d77dfaea4d4edb1ba8",
  "publicKeyPem": "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA2JWtlv3ptsFU1WsdiEbNSZmGJDUUwtYMKmbXE+5AB5Y=\n-----END PUBLIC KEY-----\n",
  "privateKeyPem": "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIDSF58nenxQA9q/z5MqCt/iU0WNNwCUXhqYBPM0EVYfn\n-----END PRIVATE KEY-----\n",
  "createdAtMs": 1767225600000
}
)";
constexpr const char* kReferenceDeviceId =
    "d225e7e26bb93720da4b7e0b0f4a64f045f26104c12b83d77dfaea4d4edb1ba8";
constexpr const char* kReferencePublicKey = "2JWtlv3ptsFU1WsdiEbNSZmGJDUUwtYMKmbXE-5AB5Y";
constexpr const char* kReferenceHelloSignature =
    "ZUrfuo1udTu2k34ZRp9XpIwJUVgl6Xt-KaxLuO5sc8EjIAaAKUdy7_w_O8k-FpS7UbO92zU78077SMUUYZScDg";

std::filesystem::path IdentityFile(const TempDir& dir) { return dir / "identity/device.json"; }

}  // namespace

TEST_CASE("System: identity is created with the published formats", "[system]") {
  TempDir dir;
  auto identity = GatewayIdentity::LoadOrCreate(dir.path());
  CHECK(std::regex_match(identity.device_id(), std::regex("[0-9a-f]{64}")));
  CHECK(std::regex_match(identity.public_key(), std::regex("[A-Za-z0-9_-]{43}")));
  CHECK(GatewayIdentity::DeviceIdFor(identity.public_key()) == identity.device_id());

  auto stored = nlohmann::json::parse(ReadFile(IdentityFile(dir)));
  CHECK(stored["version"] == 1);
  CHECK(stored["deviceId"] == identity.device_id());
  CHECK(stored["publicKeyPem"].get<std::string>().rfind("-----BEGIN PUBLIC KEY-----", 0) == 0);
  CHECK(stored["privateKeyPem"].get<std::string>().rfind("-----BEGIN PRIVATE KEY-----", 0) == 0);
  CHECK(stored["createdAtMs"].is_number_integer());
}

TEST_CASE("System: identity is private on disk", "[system]") {
  TempDir dir;
  GatewayIdentity::LoadOrCreate(dir.path());
  CHECK(FileMode(dir / "identity") == 0700);
  CHECK(FileMode(IdentityFile(dir)) == 0600);
}

TEST_CASE("System: identity is stable across loads", "[system]") {
  TempDir dir;
  auto first = GatewayIdentity::LoadOrCreate(dir.path());
  std::string file = ReadFile(IdentityFile(dir));
  auto second = GatewayIdentity::LoadOrCreate(dir.path());
  CHECK(second.device_id() == first.device_id());
  CHECK(second.public_key() == first.public_key());
  CHECK(ReadFile(IdentityFile(dir)) == file);

  TempDir other;
  CHECK(GatewayIdentity::LoadOrCreate(other.path()).device_id() != first.device_id());
}

TEST_CASE("System: identity loads a file written by the reference gateway", "[system]") {
  TempDir dir;
  WriteFile(IdentityFile(dir), kReferenceFile);
  auto identity = GatewayIdentity::LoadOrCreate(dir.path());
  CHECK(identity.device_id() == kReferenceDeviceId);
  CHECK(identity.public_key() == kReferencePublicKey);
  // Ed25519 signatures are deterministic, so both implementations must agree byte for byte.
  CHECK(identity.Sign("hello") == kReferenceHelloSignature);
}

TEST_CASE("System: identity signatures verify", "[system]") {
  TempDir dir;
  auto identity = GatewayIdentity::LoadOrCreate(dir.path());
  std::string message = "v3|device|cli|cli|operator|operator.read|1700000000000||nonce|linux|";
  std::string signature = identity.Sign(message);
  CHECK(std::regex_match(signature, std::regex("[A-Za-z0-9_-]{86}")));
  CHECK(GatewayIdentity::Verify(identity.public_key(), message, signature));

  SECTION("not for another message") {
    CHECK_FALSE(GatewayIdentity::Verify(identity.public_key(), message + "x", signature));
  }
  SECTION("not for another key") {
    CHECK_FALSE(GatewayIdentity::Verify(kReferencePublicKey, message, signature));
  }
  SECTION("not for malformed input") {
    CHECK_FALSE(GatewayIdentity::Verify("not a key", message, signature));
    CHECK_FALSE(GatewayIdentity::Verify(identity.public_key().substr(0, 42), message, signature));
    CHECK_FALSE(GatewayIdentity::Verify(identity.public_key(), message, signature.substr(0, 80)));
    CHECK_FALSE(GatewayIdentity::Verify(identity.public_key(), message, "*"));
    CHECK_FALSE(GatewayIdentity::DeviceIdFor("AAAA"));
  }
  SECTION("with the reference key") {
    CHECK(GatewayIdentity::Verify(kReferencePublicKey, "hello", kReferenceHelloSignature));
  }
}

TEST_CASE("System: an unusable identity file is an error and is kept", "[system]") {
  TempDir dir;
  std::string reference = kReferenceFile;
  auto with = [&](const std::string& from, const std::string& to) {
    std::string text = reference;
    text.replace(text.find(from), from.size(), to);
    return text;
  };
  std::string content;
  SECTION("not JSON") { content = "{ not json"; }
  SECTION("empty") { content = ""; }
  SECTION("wrong version") { content = with("\"version\": 1", "\"version\": 2"); }
  SECTION("missing private key") { content = with("\"privateKeyPem\"", "\"privateKey\""); }
  SECTION("garbled private key") { content = with("MC4CAQAw", "MC4CAQBB"); }
  SECTION("mismatching public key") { content = with("2JWtlv3p", "2JWtlv3q"); }
  SECTION("mismatching device id") { content = with(kReferenceDeviceId, std::string(64, '0')); }
  WriteFile(IdentityFile(dir), content);
  CHECK_THROWS_AS(GatewayIdentity::LoadOrCreate(dir.path()), IdentityFileError);
  CHECK(ReadFile(IdentityFile(dir)) == content);
}
