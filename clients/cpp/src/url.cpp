#include "gateway/client/url.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace gateway::client {
namespace {

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Printable ASCII without space; anything else must be percent-encoded by the caller.
bool IsUrlChar(char c) { return c > 0x20 && c < 0x7f; }

bool IsHostNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_';
}

bool IsIpv6Char(char c) {
  return std::isxdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.';
}

std::expected<std::uint16_t, std::string> ParsePort(std::string_view text) {
  if (text.empty() || text.size() > 5)
    return std::unexpected("invalid port '" + std::string(text) + "'");
  unsigned value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value == 0 || value > 65535) {
    return std::unexpected("invalid port '" + std::string(text) + "'");
  }
  return static_cast<std::uint16_t>(value);
}

}  // namespace

std::string Url::Authority() const {
  bool ipv6 = host.find(':') != std::string::npos;
  std::string out = ipv6 ? "[" + host + "]" : host;
  return out + ":" + std::to_string(port);
}

std::string Url::ToString() const { return "ws://" + Authority() + target; }

std::expected<Url, std::string> ParseUrl(std::string_view text) {
  if (text.empty()) return std::unexpected("empty URL");
  if (!std::all_of(text.begin(), text.end(), IsUrlChar)) {
    return std::unexpected("URL contains spaces or non-ASCII characters");
  }
  auto scheme_end = text.find("://");
  if (scheme_end == std::string_view::npos) return std::unexpected("URL must start with ws://");
  std::string scheme = Lower(text.substr(0, scheme_end));
  if (scheme == "wss") return std::unexpected("wss:// (TLS) is not supported yet");
  if (scheme != "ws") return std::unexpected("unsupported URL scheme '" + scheme + "' (use ws://)");
  std::string_view rest = text.substr(scheme_end + 3);
  if (rest.find('#') != std::string_view::npos)
    return std::unexpected("URL must not have a fragment");

  auto authority_end = rest.find_first_of("/?");
  std::string_view authority = rest.substr(0, authority_end);
  std::string_view target =
      authority_end == std::string_view::npos ? "" : rest.substr(authority_end);
  if (authority.find('@') != std::string_view::npos) {
    return std::unexpected("URL must not carry user info");
  }

  Url url;
  std::string_view port_text;
  bool has_port = false;
  if (authority.starts_with('[')) {
    auto close = authority.find(']');
    if (close == std::string_view::npos) return std::unexpected("unterminated IPv6 address");
    std::string_view host = authority.substr(1, close - 1);
    if (host.empty() || !std::all_of(host.begin(), host.end(), IsIpv6Char)) {
      return std::unexpected("invalid IPv6 address");
    }
    url.host = Lower(host);
    std::string_view after = authority.substr(close + 1);
    if (!after.empty()) {
      if (after.front() != ':') return std::unexpected("unexpected text after IPv6 address");
      port_text = after.substr(1);
      has_port = true;
    }
  } else {
    auto colon = authority.find(':');
    std::string_view host = authority.substr(0, colon);
    if (colon != std::string_view::npos) {
      port_text = authority.substr(colon + 1);
      has_port = true;
    }
    if (host.empty()) return std::unexpected("URL has no host");
    if (!std::all_of(host.begin(), host.end(), IsHostNameChar)) {
      return std::unexpected("invalid host '" + std::string(host) + "'");
    }
    url.host = Lower(host);
  }
  if (has_port) {
    auto port = ParsePort(port_text);
    if (!port) return std::unexpected(port.error());
    url.port = *port;
  }
  if (target.empty()) {
    url.target = "/";
  } else if (target.front() == '?') {
    url.target = "/" + std::string(target);
  } else {
    url.target = std::string(target);
  }
  return url;
}

}  // namespace gateway::client
