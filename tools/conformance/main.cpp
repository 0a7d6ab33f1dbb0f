// openclaw-conformance: black-box checks of a running gateway against the spec.
// Exit codes: 0 every case passed, 1 some case failed, 2 usage error, 3 gateway unreachable.
#include <CLI/CLI.hpp>
#include <iostream>
#include <optional>
#include <string>

#include "gateway/client/ws_connection.hpp"
#include "tools/conformance/case_registry.hpp"
#include "tools/conformance/runner.hpp"

using namespace gateway;
using namespace gateway::conformance;

namespace {

constexpr int kExitPassed = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
constexpr int kExitUnreachable = 3;

struct Options {
  std::string url;
  std::optional<std::string> token;
  std::optional<std::string> password;
  long timeout_ms = 5000;
  std::string only;
  bool list = false;
};

// Opens (and drops) one WebSocket, so that an unreachable gateway is reported once, not as a
// failure of every case.
std::optional<std::string> Unreachable(const Target& target) {
  try {
    auto ws = client::WsConnection::Open(target.endpoint, target.timeout);
    ws->Close();
    return std::nullopt;
  } catch (const client::WsOpenError& e) {
    return std::string(e.what());
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Black-box conformance checks of a running OpenClaw gateway (protocol v4).",
               "openclaw-conformance"};
  app.footer(
      "Prints PASS/FAIL per case and a closing 'N passed, M failed'.\n"
      "Exit codes: 0 all passed, 1 some failed, 2 usage error, 3 gateway unreachable.");
  Options options;
  app.add_option("--url", options.url, "Gateway WebSocket URL, e.g. ws://127.0.0.1:18789/");
  app.add_option("--token", options.token, "Shared gateway token (gateway.auth.token)");
  app.add_option("--password", options.password, "Shared gateway password (gateway.auth.password)");
  app.add_option("--timeout-ms", options.timeout_ms, "Deadline for each wait inside a case")
      ->capture_default_str()
      ->check(CLI::Range(1L, 600000L));
  app.add_option("--only", options.only, "Run only the cases whose name contains this text");
  app.add_flag("--list", options.list, "List the case names and exit");
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }

  const std::vector<Case> all = AllCases();
  const std::vector<const Case*> selected = SelectCases(all, options.only);
  if (options.list) {
    for (const Case* c : selected) std::cout << c->name << "\n";
    return kExitPassed;
  }
  if (options.url.empty()) {
    std::cerr << "openclaw-conformance: --url is required (e.g. --url ws://127.0.0.1:18789/)\n";
    return kExitUsage;
  }
  auto endpoint = client::ParseUrl(options.url);
  if (!endpoint) {
    std::cerr << "openclaw-conformance: invalid --url '" << options.url << "': " << endpoint.error()
              << "\n";
    return kExitUsage;
  }
  if (selected.empty()) {
    std::cerr << "openclaw-conformance: no case name contains '" << options.only
              << "' (see --list)\n";
    return kExitUsage;
  }

  Target target{.url = options.url,
                .endpoint = *endpoint,
                .token = options.token,
                .password = options.password,
                .timeout = std::chrono::milliseconds(options.timeout_ms)};
  if (auto why = Unreachable(target)) {
    std::cerr << "openclaw-conformance: gateway unreachable at " << options.url << ": " << *why
              << "\n";
    return kExitUnreachable;
  }

  const Tally tally = RunCases(selected, target, std::cout, std::cerr);
  std::cout << tally.passed << " passed, " << tally.failed << " failed" << std::endl;
  return tally.failed == 0 ? kExitPassed : kExitFailed;
}
