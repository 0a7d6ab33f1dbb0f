#include "tools/openclaw/secret_token.hpp"

#include <openssl/rand.h>

#include "tools/openclaw/cli_context.hpp"
#include "tools/openclaw/exit_codes.hpp"

namespace gateway::cli {

std::string GenerateToken() {
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof bytes) != 1)
    throw CommandError(kExitFailure, "cannot generate a random token");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string token;
  for (unsigned char b : bytes) {
    token.push_back(kHex[b >> 4]);
    token.push_back(kHex[b & 15]);
  }
  return token;
}

}  // namespace gateway::cli
