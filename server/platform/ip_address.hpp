// IP address literals as bytes, CIDR matching and the special-use ranges an outbound fetch must
// not reach (loopback, private, link-local, CGNAT, multicast, documentation, NAT64, …). Used by
// the outbound HTTP client (no_proxy, IsPublicAddress) and web_fetch's private-network guard.
#pragma once

#include <arpa/inet.h>

#include <array>
#include <charconv>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace gateway::platform {

// 16 bytes; an IPv4 address is held as ::ffff:a.b.c.d so IPv4-mapped IPv6 text compares equal.
using IpBytes = std::array<unsigned char, 16>;

// A canonical IPv4 (dotted quad) or IPv6 literal; nullopt for anything else.
inline std::optional<IpBytes> ParseIpLiteral(std::string_view text) {
  IpBytes bytes{};
  const std::string s(text);
  in_addr v4{};
  if (::inet_pton(AF_INET, s.c_str(), &v4) == 1) {
    bytes[10] = bytes[11] = 0xff;
    std::memcpy(&bytes[12], &v4, 4);
    return bytes;
  }
  in6_addr v6{};
  if (::inet_pton(AF_INET6, s.c_str(), &v6) == 1) {
    std::memcpy(bytes.data(), &v6, 16);
    return bytes;
  }
  return std::nullopt;
}

// "a.b.c.d/n" or "x::/n" (an IPv4 prefix matches the mapped form: n + 96); no "/n" = one address.
inline bool InCidr(const IpBytes& ip, std::string_view cidr) {
  const std::size_t slash = cidr.find('/');
  const std::string_view base = cidr.substr(0, slash);
  const auto net = ParseIpLiteral(base);
  if (!net) return false;
  const bool v4 = base.find(':') == std::string_view::npos;
  int bits = v4 ? 32 : 128;
  if (slash != std::string_view::npos) {
    const std::string_view n = cidr.substr(slash + 1);
    if (std::from_chars(n.data(), n.data() + n.size(), bits).ec != std::errc{}) return false;
  }
  if (bits < 0 || bits > (v4 ? 32 : 128)) return false;
  bits = v4 ? bits + 96 : bits;
  for (int i = 0; i < 16 && bits > 0; ++i, bits -= 8) {
    const int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((ip[i] & mask) != ((*net)[i] & mask)) return false;
  }
  return true;
}

// The special-use range `ip` falls in (its CIDR text), or nullopt for a public address. The cloud
// metadata addresses come before the wider ranges holding them, so callers can tell them apart.
inline std::optional<std::string_view> SpecialUseRange(const IpBytes& ip) {
  static constexpr std::string_view kRanges[] = {"100.100.100.200/32",
                                                 "fd00:ec2::254/128",
                                                 "0.0.0.0/8",
                                                 "10.0.0.0/8",
                                                 "100.64.0.0/10",
                                                 "127.0.0.0/8",
                                                 "169.254.0.0/16",
                                                 "172.16.0.0/12",
                                                 "192.0.0.0/24",
                                                 "192.0.2.0/24",
                                                 "192.88.99.0/24",
                                                 "192.168.0.0/16",
                                                 "198.18.0.0/15",
                                                 "198.51.100.0/24",
                                                 "203.0.113.0/24",
                                                 "224.0.0.0/4",
                                                 "240.0.0.0/4",
                                                 "::/128",
                                                 "::1/128",
                                                 "64:ff9b::/96",
                                                 "64:ff9b:1::/48",
                                                 "100::/64",
                                                 "2001:db8::/32",
                                                 "2001:2::/48",
                                                 "2001:10::/28",
                                                 "2001:20::/28",
                                                 "fc00::/7",
                                                 "fe80::/10",
                                                 "fec0::/10",
                                                 "ff00::/8",
                                                 "2002::/16",
                                                 "2001::/32",
                                                 "::/96"};
  for (std::string_view cidr : kRanges) {
    if (InCidr(ip, cidr)) return cidr;
  }
  return std::nullopt;
}

}  // namespace gateway::platform
