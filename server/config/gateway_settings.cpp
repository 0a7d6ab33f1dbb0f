#include "server/config/gateway_settings.hpp"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "server/config/secrets.hpp"
#include "server/platform/files.hpp"
#include "server/platform/net_address.hpp"

namespace gateway::config {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const json* At(const json& doc, const char* pointer) {
  json::json_pointer p(pointer);
  return doc.contains(p) ? &doc[p] : nullptr;
}

std::optional<std::string> StringAt(const json& doc, const char* pointer) {
  const json* v = At(doc, pointer);
  return v && v->is_string() ? std::optional<std::string>(v->get<std::string>()) : std::nullopt;
}

int ParsePort(const std::string& text, const std::string& source) {
  int port = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), port);
  if (ec != std::errc() || end != text.data() + text.size() || port < 1 || port > 65535) {
    throw StartupRefused("invalid port '" + text + "' from " + source + " (expected 1-65535)");
  }
  return port;
}

void CheckMode(const GatewayFlags& flags, const LoadedConfig& config) {
  if (flags.allow_unconfigured) return;
  if (!config.exists) {
    throw StartupRefused(
        "Missing config. Run `openclaw setup` or set gateway.mode=local (or pass "
        "--allow-unconfigured).",
        "expected a config file at " + config.path.string());
  }
  auto mode = StringAt(config.effective, "/gateway/mode");
  if (mode == "local") return;
  std::string hint = mode
                         ? "gateway.mode is \"" + *mode + "\" in " + config.path.string() +
                               ": this machine is set up as a client of a remote gateway"
                         : config.path.string() + " has no gateway.mode (a damaged config?): run " +
                               "`openclaw config set gateway.mode local` or `openclaw setup`";
  throw StartupRefused("Gateway start blocked: set gateway.mode=local", hint);
}

std::string ReadSecretFile(const std::string& path) {
  auto text = platform::ReadWholeFile(path);
  if (!text) throw StartupRefused("cannot read --password-file " + path);
  std::string secret = std::move(*text);
  while (!secret.empty() && (secret.back() == '\n' || secret.back() == '\r')) secret.pop_back();
  if (secret.empty()) throw StartupRefused("--password-file " + path + " is empty");
  return secret;
}

void ResolveAuth(const GatewayFlags& flags, const Environment& env, const Paths& paths,
                 const LoadedConfig& config, GatewaySettings& out) {
  const json& doc = config.effective;
  try {
    auto from_config = [&](const char* pointer, const char* key) -> std::optional<std::string> {
      const json* v = At(doc, pointer);
      return v ? ResolveSecret(*v, env, paths, key, config.unresolved) : std::nullopt;
    };
    out.token = flags.token;
    if (!out.token) out.token = from_config("/gateway/auth/token", "gateway.auth.token");
    if (!out.token) out.token = env.GetNonEmpty("OPENCLAW_GATEWAY_TOKEN");
    out.password = flags.password;
    if (!out.password && flags.password_file) out.password = ReadSecretFile(*flags.password_file);
    if (!out.password)
      out.password = from_config("/gateway/auth/password", "gateway.auth.password");
    if (!out.password) out.password = env.GetNonEmpty("OPENCLAW_GATEWAY_PASSWORD");
  } catch (const SecretError& e) {
    throw StartupRefused(e.what(), "a configured secret that cannot be resolved fails closed");
  }
  std::optional<std::string> mode = flags.auth ? flags.auth : StringAt(doc, "/gateway/auth/mode");
  if (mode) {
    auto parsed = proto::ParseGatewayAuthMode(*mode);
    if (!parsed)
      throw StartupRefused("invalid auth mode '" + *mode +
                           "' (expected none, token, password or trusted-proxy)");
    if (*parsed == AuthMode::kTrustedProxy) {
      throw StartupRefused(
          "trusted-proxy auth is not supported by this gateway yet: use token or password");
    }
    out.auth_mode = *parsed;
  } else if (out.token && out.password) {
    throw StartupRefused(
        "a gateway token and a password are both configured: set gateway.auth.mode");
  } else {
    out.auth_mode = out.password ? AuthMode::kPassword : AuthMode::kToken;
  }
}

}  // namespace

HostFacts DetectHost() {
  HostFacts facts;
  std::error_code ec;
  facts.in_container = fs::exists("/.dockerenv", ec) || fs::exists("/run/.containerenv", ec);
  ifaddrs* list = nullptr;
  if (getifaddrs(&list) == 0) {
    for (ifaddrs* a = list; a; a = a->ifa_next) {
      if (!a->ifa_addr || a->ifa_addr->sa_family != AF_INET) continue;
      std::uint32_t ip = ntohl(reinterpret_cast<sockaddr_in*>(a->ifa_addr)->sin_addr.s_addr);
      if ((ip & 0xFFC00000u) == 0x64400000u) {  // 100.64.0.0/10, Tailscale's CGNAT range
        char text[INET_ADDRSTRLEN] = {};
        inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(a->ifa_addr)->sin_addr, text,
                  sizeof text);
        facts.tailnet_ipv4 = text;
        break;
      }
    }
    freeifaddrs(list);
  }
  return facts;
}

int ResolvePort(const std::optional<std::string>& flag, const Environment& env, const Paths& paths,
                const json& effective) {
  if (flag) return ParsePort(*flag, "--port");
  if (auto env_port = env.GetNonEmpty("OPENCLAW_GATEWAY_PORT"))
    return ParsePort(*env_port, "OPENCLAW_GATEWAY_PORT");
  if (const json* p = At(effective, "/gateway/port"); p && p->is_number_integer())
    return static_cast<int>(p->get<std::int64_t>());
  return paths.default_port;
}

GatewaySettings ResolveGatewaySettings(const GatewayFlags& flags, const Environment& env,
                                       const Paths& paths, const LoadedConfig& config,
                                       const HostFacts& host) {
  CheckMode(flags, config);
  const json& doc = config.effective;
  GatewaySettings out;

  out.port = ResolvePort(flags.port, env, paths, doc);

  std::optional<std::string> custom_host = StringAt(doc, "/gateway/customBindHost");
  std::string bind_text =
      flags.bind ? *flags.bind
                 : StringAt(doc, "/gateway/bind").value_or(host.in_container ? "auto" : "loopback");
  if (auto mode = proto::ParseGatewayBindMode(bind_text)) {
    out.bind = *mode;
  } else if (flags.bind && platform::IsIpv4(bind_text)) {
    out.bind = BindMode::kCustom;
    custom_host = bind_text;
  } else {
    throw StartupRefused("invalid bind '" + bind_text +
                         "' (expected loopback, lan, tailnet, auto, custom or an IPv4 address)");
  }
  switch (out.bind) {
    case BindMode::kLoopback:
      out.listen_hosts = {"127.0.0.1"};
      break;
    case BindMode::kLan:
      out.listen_hosts = {"0.0.0.0"};
      break;
    case BindMode::kTailnet:
      out.listen_hosts = host.tailnet_ipv4
                             ? std::vector<std::string>{*host.tailnet_ipv4, "127.0.0.1"}
                             : std::vector<std::string>{"127.0.0.1"};
      break;
    case BindMode::kAuto:
      out.listen_hosts = {host.in_container ? "0.0.0.0" : "127.0.0.1"};
      break;
    case BindMode::kCustom:
      if (!custom_host || !platform::IsIpv4(*custom_host)) {
        throw StartupRefused(
            "gateway.bind is custom but gateway.customBindHost is not an IPv4 address");
      }
      out.listen_hosts = {*custom_host};
      if (*custom_host != "127.0.0.1" && *custom_host != "0.0.0.0")
        out.listen_hosts.push_back("127.0.0.1");
      break;
  }
  out.loopback_only =
      std::all_of(out.listen_hosts.begin(), out.listen_hosts.end(),
                  [](const std::string& host) { return platform::IsLoopbackIp(host); });

  ResolveAuth(flags, env, paths, config, out);
  bool has_secret = (out.auth_mode == AuthMode::kToken && out.token) ||
                    (out.auth_mode == AuthMode::kPassword && out.password);
  if (!out.loopback_only && !has_secret) {
    throw StartupRefused("refusing to bind gateway to " + out.listen_hosts.front() + ":" +
                             std::to_string(out.port) + " without auth",
                         "set gateway.auth.token (openclaw setup writes one) or "
                         "gateway.auth.password, or bind loopback");
  }
  return out;
}

}  // namespace gateway::config
