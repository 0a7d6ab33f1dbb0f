#include "server/domain/tools/web/ssrf_guard.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "server/platform/ip_address.hpp"
#include "server/platform/text.hpp"

namespace gateway::domain::tools::web {
namespace {

// Lower case, no brackets around an IPv6 literal, no trailing dot.
std::string NormalizeHost(std::string_view host) {
  std::string out = platform::AsciiLower(platform::TrimAsciiSpace(host));
  if (out.size() >= 2 && out.front() == '[' && out.back() == ']')
    out = out.substr(1, out.size() - 2);
  while (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

bool EndsWithLabel(std::string_view host, std::string_view suffix) {
  return host.size() > suffix.size() + 1 && host.ends_with(suffix) &&
         host[host.size() - suffix.size() - 1] == '.';
}

bool BuiltInBlockedName(std::string_view host) {
  static constexpr std::array<std::string_view, 3> kNames = {"localhost", "localhost.localdomain",
                                                             "metadata.google.internal"};
  static constexpr std::array<std::string_view, 3> kSuffixes = {"localhost", "local", "internal"};
  if (std::find(kNames.begin(), kNames.end(), host) != kNames.end()) return true;
  return std::any_of(kSuffixes.begin(), kSuffixes.end(),
                     [&](std::string_view suffix) { return EndsWithLabel(host, suffix); });
}

// Labels that only digits or 0x-hex make up: the resolver would read the name as an IPv4 address
// ("0177.1", "0x7f000001", "2130706433"), which only the canonical dotted quad may spell.
bool LooksLikeIpv4Number(std::string_view host) {
  if (host.empty()) return false;
  std::size_t start = 0;
  while (start <= host.size()) {
    const std::size_t dot = std::min(host.find('.', start), host.size());
    std::string_view label = host.substr(start, dot - start);
    if (label.starts_with("0x")) {
      label.remove_prefix(2);
      if (!std::all_of(label.begin(), label.end(),
                       [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); })) {
        return false;
      }
    } else if (label.empty() || !std::all_of(label.begin(), label.end(), [](char c) {
                 return std::isdigit(static_cast<unsigned char>(c));
               })) {
      return false;
    }
    start = dot + 1;
  }
  return true;
}

bool MatchesBlockEntry(std::string_view host, std::string_view entry) {
  if (entry.starts_with("*.")) return EndsWithLabel(host, entry.substr(2));
  return host == entry;
}

}  // namespace

SsrfGuard::SsrfGuard(SsrfPolicy policy) : policy_(std::move(policy)) {
  for (auto* list : {&policy_.allowed_hostnames, &policy_.blocked_hostnames}) {
    for (auto& entry : *list) entry = NormalizeHost(entry);
  }
}

bool SsrfGuard::Exempt(const std::string& host) const {
  return policy_.allow_private_network ||
         std::find(policy_.allowed_hostnames.begin(), policy_.allowed_hostnames.end(), host) !=
             policy_.allowed_hostnames.end();
}

bool SsrfGuard::RangeAllowed(std::string_view range) const {
  return (range == "198.18.0.0/15" && policy_.allow_benchmark_range) ||
         (range == "fc00::/7" && policy_.allow_unique_local_range);
}

std::optional<std::string> SsrfGuard::CheckHost(std::string_view raw_host) const {
  const std::string host = NormalizeHost(raw_host);
  for (const auto& entry : policy_.blocked_hostnames) {
    if (MatchesBlockEntry(host, entry)) {
      return "Domain policy: Blocked hostname (configured blocklist): " + host +
             ". Remove it from tools.web.fetch.ssrfPolicy.blockedHostnames to allow it.";
    }
  }
  if (Exempt(host)) return std::nullopt;
  if (BuiltInBlockedName(host)) return std::string(kBlockedHost);
  if (const auto ip = platform::ParseIpLiteral(host)) {
    const auto range = platform::SpecialUseRange(*ip);
    if (range && !RangeAllowed(*range)) return std::string(kBlockedHost);
    return std::nullopt;
  }
  if (LooksLikeIpv4Number(host)) return std::string(kBlockedHost);
  return std::nullopt;
}

bool SsrfGuard::AddressAllowed(std::string_view host, std::string_view ip) const {
  if (Exempt(NormalizeHost(host))) return true;
  const auto bytes = platform::ParseIpLiteral(ip);
  if (!bytes) return false;
  const auto range = platform::SpecialUseRange(*bytes);
  return !range || RangeAllowed(*range);
}

}  // namespace gateway::domain::tools::web
