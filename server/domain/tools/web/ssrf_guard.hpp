// web_fetch's private-network guard (methods.md §12.1, `tools.web.fetch.ssrfPolicy`): host names
// and literal addresses are checked before a request starts, every resolved address when the
// client connects (so the connection is pinned to an address that passed), and both again on
// every redirect hop.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gateway::domain::tools::web {

struct SsrfPolicy {
  bool allow_private_network = false;  // dangerouslyAllowPrivateNetwork: no private checks at all
  bool allow_benchmark_range = false;  // 198.18.0.0/15
  bool allow_unique_local_range = false;  // fc00::/7 (the cloud metadata address stays refused)
  std::vector<std::string> allowed_hostnames;  // exact hosts exempt from the checks
  std::vector<std::string> blocked_hostnames;  // "host" or "*.suffix"
};

class SsrfGuard {
 public:
  explicit SsrfGuard(SsrfPolicy policy);

  // The refusal text for a URL's host (name or literal address), or nullopt when it may be tried.
  std::optional<std::string> CheckHost(std::string_view host) const;
  // Whether a connection for `host` may go to the resolved address `ip`.
  bool AddressAllowed(std::string_view host, std::string_view ip) const;

  static constexpr std::string_view kBlockedHost =
      "Blocked hostname or private/internal/special-use IP address";
  static constexpr std::string_view kBlockedResolution =
      "Blocked: resolves to private/internal/special-use IP address";

 private:
  bool Exempt(const std::string& host) const;
  bool RangeAllowed(std::string_view range) const;
  SsrfPolicy policy_;
};

}  // namespace gateway::domain::tools::web
