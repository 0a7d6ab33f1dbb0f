// Unpadded base64url: RFC 4648 vectors, the URL-safe alphabet, and malformed input.
#include "server/platform/base64url.hpp"

#include <catch2/catch.hpp>

using namespace gateway::platform;

TEST_CASE("System: base64url encodes without padding", "[system]") {
  CHECK(EncodeBase64Url("") == "");
  CHECK(EncodeBase64Url("f") == "Zg");
  CHECK(EncodeBase64Url("fo") == "Zm8");
  CHECK(EncodeBase64Url("foo") == "Zm9v");
  CHECK(EncodeBase64Url("foobar") == "Zm9vYmFy");
  CHECK(EncodeBase64Url(std::string("\xfb\xff\xbf", 3)) == "-_-_");
}

TEST_CASE("System: base64url decodes padded and unpadded text", "[system]") {
  CHECK(DecodeBase64Url("Zm9vYg") == "foob");
  CHECK(DecodeBase64Url("Zm9vYg==") == "foob");
  CHECK(DecodeBase64Url("-_-_") == std::string("\xfb\xff\xbf", 3));
  CHECK(DecodeBase64Url("") == "");
}

TEST_CASE("System: base64url rejects malformed text", "[system]") {
  CHECK_FALSE(DecodeBase64Url("Zm9v+g"));  // standard alphabet
  CHECK_FALSE(DecodeBase64Url("Zm9v/g"));
  CHECK_FALSE(DecodeBase64Url("Zm9vY"));  // impossible length
  CHECK_FALSE(DecodeBase64Url("Zm=v"));
  CHECK_FALSE(DecodeBase64Url("Zm9v Yg"));
}

TEST_CASE("System: base64url round trips every byte", "[system]") {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
  for (std::size_t length = 0; length <= bytes.size(); length += 37) {
    std::string slice = bytes.substr(0, length);
    CHECK(DecodeBase64Url(EncodeBase64Url(slice)) == slice);
  }
}
