// An in-process gateway on 127.0.0.1, port 0, with a temporary state directory and short timers,
// plus helpers to connect real WebSocket clients to it.
#pragma once

#include <memory>
#include <string>

#include "gateway/client/gateway_client.hpp"
#include "gateway/client/ws_connection.hpp"
#include "server/app/gateway.hpp"
#include "tests/support/temp_dir.hpp"

namespace gateway::testing {

inline constexpr const char* kToken = "test-token-0123456789";

struct FixtureOptions {
  config::AuthMode auth_mode = config::AuthMode::kToken;
  std::optional<std::string> token = std::string(kToken);
  std::optional<std::string> password;
  nlohmann::json config = nlohmann::json::object();  // the effective config (e.g. rate limits)
  // When set, written to the config path (HOME/.openclaw/openclaw.json) and loaded from there
  // as `openclaw gateway` would (then `config` is not used).
  std::optional<std::string> config_file;
  logging::Level log_level = logging::Level::kInfo;  // of the log file
  // HOME (and so the state dir) to use instead of a fresh temporary one: a "restart" is a second
  // fixture over the same home.
  std::optional<std::filesystem::path> home;
  app::Timings timings = [] {
    app::Timings t;
    t.handshake = std::chrono::milliseconds(1500);
    t.auth_failure_delay = std::chrono::milliseconds(20);
    return t;
  }();
};

class GatewayFixture {
 public:
  explicit GatewayFixture(FixtureOptions options = {});
  ~GatewayFixture();

  app::Gateway& server() { return *server_; }
  logging::Logger& log() { return *log_; }
  int port() const { return server_->port(); }
  std::string url() const { return "ws://127.0.0.1:" + std::to_string(port()) + "/"; }
  const std::filesystem::path& log_file() const { return log_file_; }
  const std::filesystem::path& home() const { return home_; }
  const std::filesystem::path& config_path() const { return config_path_; }

  // The real CLI's connect (client cli/cli) with the given scopes, authenticated with the token.
  client::ClientOptions Cli(std::vector<std::string> scopes = {"operator.admin"}) const;
  std::unique_ptr<client::GatewayClient> Connect(const client::ClientOptions& options) const;
  std::unique_ptr<client::GatewayClient> ConnectCli(std::vector<std::string> scopes = {
                                                        "operator.admin"}) const;
  // A raw socket that has read the connect.challenge.
  std::unique_ptr<client::WsConnection> Raw(client::Headers headers = {}) const;

 private:
  TempDir dir_;
  std::filesystem::path log_file_;
  std::filesystem::path config_path_;
  std::filesystem::path home_;
  std::unique_ptr<logging::Logger> log_;
  std::unique_ptr<app::Gateway> server_;
};

// A connect request frame as the real CLI sends it.
nlohmann::json ConnectFrame(const std::string& id,
                            nlohmann::json params_overrides = nlohmann::json::object());

}  // namespace gateway::testing
