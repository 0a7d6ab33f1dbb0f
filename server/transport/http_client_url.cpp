// The Beast-free parts of the HTTP client: URLs, redirects' Location, proxy settings, the
// address check of IsPublicAddress, error names.
#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <cstring>

#include "server/platform/ip_address.hpp"
#include "server/platform/text.hpp"
#include "server/transport/http_client.hpp"

namespace gateway::transport {
namespace {

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool ValidHost(std::string_view host) {
  if (host.empty()) return false;
  return std::all_of(host.begin(), host.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == ':' || c == '%';
  });
}

}  // namespace

std::string_view HttpErrorKindName(HttpErrorKind kind) {
  switch (kind) {
    case HttpErrorKind::kInvalidRequest:
      return "invalid_request";
    case HttpErrorKind::kDns:
      return "dns";
    case HttpErrorKind::kConnect:
      return "connect";
    case HttpErrorKind::kTls:
      return "tls";
    case HttpErrorKind::kProxy:
      return "proxy";
    case HttpErrorKind::kConnectTimeout:
      return "connect_timeout";
    case HttpErrorKind::kTlsTimeout:
      return "tls_timeout";
    case HttpErrorKind::kFirstByteTimeout:
      return "first_byte_timeout";
    case HttpErrorKind::kIdleTimeout:
      return "idle_timeout";
    case HttpErrorKind::kCancelled:
      return "cancelled";
    case HttpErrorKind::kRefusedAddress:
      return "refused_address";
    case HttpErrorKind::kTooLarge:
      return "too_large";
    case HttpErrorKind::kTooManyRedirects:
      return "too_many_redirects";
    case HttpErrorKind::kProtocol:
      return "protocol";
  }
  return "unknown";
}

bool IsPublicAddress(std::string_view ip) {
  const auto bytes = platform::ParseIpLiteral(ip);
  return bytes && !platform::SpecialUseRange(*bytes);
}

std::string_view HttpResponseHead::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (platform::AsciiIEquals(key, name)) return value;
  }
  return {};
}

std::optional<Url> ParseUrl(std::string_view text) {
  Url url;
  const std::size_t scheme_end = text.find("://");
  if (scheme_end == std::string_view::npos) return std::nullopt;
  url.scheme = platform::AsciiLower(text.substr(0, scheme_end));
  if (url.scheme != "http" && url.scheme != "https") return std::nullopt;
  std::string_view rest = text.substr(scheme_end + 3);
  if (const std::size_t hash = rest.find('#'); hash != std::string_view::npos) {
    rest = rest.substr(0, hash);
  }
  const std::size_t path_start = rest.find_first_of("/?");
  std::string_view authority = rest.substr(0, path_start);
  url.target = path_start == std::string_view::npos ? "/" : std::string(rest.substr(path_start));
  if (url.target.front() == '?') url.target.insert(0, "/");
  if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) {
    url.userinfo = std::string(authority.substr(0, at));
    authority = authority.substr(at + 1);
  }
  std::string_view port;
  if (!authority.empty() && authority.front() == '[') {
    const std::size_t close = authority.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    url.host = platform::AsciiLower(authority.substr(1, close - 1));
    const std::string_view after = authority.substr(close + 1);
    if (!after.empty()) {
      if (after.front() != ':') return std::nullopt;
      port = after.substr(1);
    }
  } else {
    const std::size_t colon = authority.rfind(':');
    url.host = platform::AsciiLower(authority.substr(0, colon));
    if (colon != std::string_view::npos) port = authority.substr(colon + 1);
    if (url.host.find(':') != std::string::npos) return std::nullopt;
  }
  if (!ValidHost(url.host)) return std::nullopt;
  url.port = url.scheme == "https" ? 443 : 80;
  if (!port.empty()) {
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (ec != std::errc{} || end != port.data() + port.size() || value == 0 || value > 65535) {
      return std::nullopt;
    }
    url.port = static_cast<std::uint16_t>(value);
  }
  for (char c : url.target) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return std::nullopt;
  }
  return url;
}

std::optional<Url> ResolveLocation(const Url& base, std::string_view location) {
  location = Trim(location);
  if (location.empty()) return std::nullopt;
  if (location.find("://") != std::string_view::npos &&
      location.find("://") < location.find_first_of("/?")) {
    return ParseUrl(location);
  }
  if (location.starts_with("//")) return ParseUrl(base.scheme + ":" + std::string(location));
  std::string authority =
      base.host.find(':') != std::string::npos ? "[" + base.host + "]" : base.host;
  authority += ":" + std::to_string(base.port);
  const std::string prefix = base.scheme + "://" + authority;
  if (location.front() == '/') return ParseUrl(prefix + std::string(location));
  if (location.front() == '?') {
    return ParseUrl(prefix + base.target.substr(0, base.target.find('?')) + std::string(location));
  }
  // A relative path: replace the last segment of the base path.
  std::string path = base.target.substr(0, base.target.find('?'));
  path = path.substr(0, path.rfind('/') + 1);
  return ParseUrl(prefix + path + std::string(location));
}

ProxySettings ProxySettings::FromEnvironment(
    const std::function<const char*(const char*)>& getenv) {
  const auto get = [&](const char* name) -> std::string {
    const char* value = getenv ? getenv(name) : std::getenv(name);
    return value ? std::string(value) : std::string();
  };
  const auto first = [&](const char* a, const char* b) {
    std::string value = get(a);
    return value.empty() ? get(b) : value;
  };
  ProxySettings settings;
  settings.https_proxy = first("https_proxy", "HTTPS_PROXY");
  settings.http_proxy = get("http_proxy");
  settings.no_proxy = first("no_proxy", "NO_PROXY");
  return settings;
}

std::string ProxySettings::ProxyFor(std::string_view url_text) const {
  const auto url = ParseUrl(url_text);
  if (!url) return {};
  const std::string& proxy = url->scheme == "https" ? https_proxy : http_proxy;
  if (proxy.empty()) return {};
  const auto ip = platform::ParseIpLiteral(url->host);
  std::string_view list = no_proxy;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    std::string_view entry = Trim(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
    if (entry.empty()) continue;
    if (entry == "*") return {};
    // An optional ":port" (not for bare IPv6 literals, which contain colons themselves).
    std::optional<unsigned> port;
    if (entry.front() == '[') {
      const std::size_t close = entry.find(']');
      if (close == std::string_view::npos) continue;
      if (close + 1 < entry.size() && entry[close + 1] == ':') {
        unsigned p = 0;
        const std::string_view ps = entry.substr(close + 2);
        if (std::from_chars(ps.data(), ps.data() + ps.size(), p).ec == std::errc{}) port = p;
      }
      entry = entry.substr(1, close - 1);
    } else if (std::count(entry.begin(), entry.end(), ':') == 1) {
      const std::size_t colon = entry.find(':');
      unsigned p = 0;
      const std::string_view ps = entry.substr(colon + 1);
      if (std::from_chars(ps.data(), ps.data() + ps.size(), p).ec == std::errc{}) port = p;
      entry = entry.substr(0, colon);
    }
    if (port && *port != url->port) continue;
    if (ip) {
      if (entry.find('/') != std::string_view::npos ? platform::InCidr(*ip, entry)
                                                    : platform::ParseIpLiteral(entry) == ip) {
        return {};
      }
      continue;
    }
    if (entry.front() == '.') entry.remove_prefix(1);
    if (entry.front() == '*' && entry.size() > 1 && entry[1] == '.') entry.remove_prefix(2);
    const std::string host = url->host;
    if (platform::AsciiIEquals(host, entry)) return {};
    if (host.size() > entry.size() && host[host.size() - entry.size() - 1] == '.' &&
        platform::AsciiIEquals(std::string_view(host).substr(host.size() - entry.size()), entry)) {
      return {};
    }
  }
  return proxy;
}

}  // namespace gateway::transport
