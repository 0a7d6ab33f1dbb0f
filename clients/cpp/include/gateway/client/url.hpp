// Gateway URLs: ws://host[:port][/path]. TLS (wss://) is not supported yet.
#pragma once

#include <cstdint>
#include <expected>
#include <string>
#include <string_view>

namespace gateway::client {

struct Url {
  std::string host;  // host name, IPv4 literal, or IPv6 literal without brackets
  std::uint16_t port = 80;
  std::string target = "/";  // path plus query, always starting with '/'

  // "host:port", with brackets around IPv6 literals; the value of the Host header.
  std::string Authority() const;
  // ws://authority/target
  std::string ToString() const;

  bool operator==(const Url&) const = default;
};

// Parses a ws:// URL. Errors (human-readable) for wss://, other schemes, user info, fragments,
// empty or malformed hosts, bad ports and characters that are not allowed in a URL.
std::expected<Url, std::string> ParseUrl(std::string_view text);

}  // namespace gateway::client
