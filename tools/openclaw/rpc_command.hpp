// What the commands that talk to a running gateway share (spec/cli.md §1): target and credential
// resolution, least-privilege connect, and exit codes for transport failures.
#pragma once

#include <CLI/CLI.hpp>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gateway/client/gateway_client.hpp"
#include "tools/openclaw/cli_context.hpp"

namespace gateway::cli {

struct RpcOptions {
  std::optional<std::string> url;
  std::optional<std::string> port;
  std::optional<std::string> token;
  std::optional<std::string> password;
  std::int64_t timeout_ms = 10000;
  bool json = false;
};

// Adds --url, --port, --token and --password to a command.
void AddTargetFlags(CLI::App& command, RpcOptions& options);

// Adds --url, --port, --token, --password, --timeout and --json to a command.
void AddRpcFlags(CLI::App& command, RpcOptions& options, std::int64_t default_timeout_ms = 10000);

struct RpcTarget {
  std::string url;
  std::optional<std::string> token;
  std::optional<std::string> password;
  std::string source;  // where the URL came from, for `gateway status`
};

// --url > --port > OPENCLAW_GATEWAY_URL > gateway.remote.url (mode remote) > ws://127.0.0.1:<port>.
// Credentials: --token/--password > OPENCLAW_GATEWAY_TOKEN/_PASSWORD > config (auth.* locally,
// remote.* for a remote gateway). An explicit --url never falls back to env or config credentials.
RpcTarget ResolveTarget(CliContext& ctx, const RpcOptions& options);

// The scopes the CLI asks for to call `method`: its own scope when known, else the full set.
std::vector<std::string> ScopesFor(const std::string& method);

// Connects as the real CLI does; throws CommandError with exit 3 (unreachable, timeout) or 1.
std::unique_ptr<client::GatewayClient> ConnectTo(const RpcTarget& target,
                                                 std::vector<std::string> scopes,
                                                 std::chrono::milliseconds timeout);

// For commands that work on the files when no gateway runs: the gateway at `rpc`'s target, or
// nullptr when none answers at the local config's address. An explicit --url/--port must answer
// (exit 3 otherwise). `url`, if given, receives the address tried.
std::unique_ptr<client::GatewayClient> ConnectIfRunning(CliContext& ctx, const RpcOptions& rpc,
                                                        std::vector<std::string> scopes,
                                                        std::string* url = nullptr);

// Maps a client error to the CLI's exit codes and message.
[[noreturn]] void ThrowForClientError(const client::GatewayError& e, const std::string& url);

// Prints the error shape of an ok:false response as the real CLI does (with --json, on stdout) and
// throws CommandError(1).
[[noreturn]] void FailWith(const client::RpcResult& result, bool json_output);

// Runs one typed call of a generated stub (e.g. proto::SystemClient), e.g.
// `Typed([&] { return system.Health(); }, json_output)`; the result is ok, else this throws
// (FailWith for an error answer, ThrowForClientError for a transport failure).
template <class TypedCall>
auto Typed(TypedCall&& call, bool json_output) -> decltype(call()) {
  try {
    auto result = call();
    if (!result.ok()) FailWith(result.raw(), json_output);
    return result;
  } catch (const client::GatewayError& e) {
    ThrowForClientError(e, "the gateway");
  }
}

}  // namespace gateway::cli
