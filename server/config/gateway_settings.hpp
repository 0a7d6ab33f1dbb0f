// What `openclaw gateway` will listen on and how it authenticates, from flags, environment and
// config (spec/config.md §4, auth.md §1). The server calls this before binding anything.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "gateway/proto/config_openclaw.hpp"
#include "server/config/environment.hpp"
#include "server/config/loader.hpp"
#include "server/config/paths.hpp"

namespace gateway::config {

// The config schema's enums (protocol/config), with their generated ToString/Parse functions.
using BindMode = proto::GatewayBindMode;
using AuthMode = proto::GatewayAuthMode;
using proto::ToString;

struct GatewayFlags {
  std::optional<std::string> port;           // --port (validated here)
  std::optional<std::string> bind;           // --bind
  std::optional<std::string> auth;           // --auth
  std::optional<std::string> token;          // --token
  std::optional<std::string> password;       // --password
  std::optional<std::string> password_file;  // --password-file
  bool allow_unconfigured = false;           // --allow-unconfigured
};

// Facts about the host that change the bind decision; DetectHost() reads them.
struct HostFacts {
  bool in_container = false;
  std::optional<std::string> tailnet_ipv4;  // an address in 100.64.0.0/10, if any
};
HostFacts DetectHost();

struct GatewaySettings {
  int port = kDefaultPort;
  BindMode bind = BindMode::kLoopback;
  std::vector<std::string> listen_hosts;  // IPv4 addresses, primary first
  bool loopback_only = true;
  AuthMode auth_mode = AuthMode::kToken;
  std::optional<std::string> token;  // resolved secrets (never logged)
  std::optional<std::string> password;
};

// Starting would be wrong: the service manager should not restart-loop (exit 78).
class StartupRefused : public std::runtime_error {
 public:
  StartupRefused(std::string message, std::string hint = "")
      : std::runtime_error(std::move(message)), hint_(std::move(hint)) {}
  const std::string& hint() const { return hint_; }

 private:
  std::string hint_;
};

// The gateway port: --port (`flag`) > OPENCLAW_GATEWAY_PORT > gateway.port in `effective` >
// paths.default_port (19001 under --dev). Every command that needs the local gateway's port uses
// this. Throws StartupRefused when the flag or the variable is not a port in 1-65535.
int ResolvePort(const std::optional<std::string>& flag, const Environment& env, const Paths& paths,
                const nlohmann::json& effective);

// Port: ResolvePort.
// Bind: --bind > gateway.bind > loopback (auto inside a container).
// Mode: refuses unless gateway.mode is "local" (or --allow-unconfigured).
// Token: --token > gateway.auth.token > OPENCLAW_GATEWAY_TOKEN; password likewise, with
// --password-file after --password. Refuses a non-loopback bind without a usable secret.
GatewaySettings ResolveGatewaySettings(const GatewayFlags& flags, const Environment& env,
                                       const Paths& paths, const LoadedConfig& config,
                                       const HostFacts& host);

}  // namespace gateway::config
