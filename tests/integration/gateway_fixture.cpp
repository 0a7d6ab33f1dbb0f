#include "tests/integration/gateway_fixture.hpp"

namespace gateway::testing {

GatewayFixture::GatewayFixture(FixtureOptions options) {
  log_file_ = dir_ / "gateway.log";
  logging::LogSettings log_settings;
  log_settings.file = log_file_.string();
  log_settings.console = nullptr;
  log_settings.file_level = options.log_level;
  log_ = std::make_unique<logging::Logger>(log_settings);

  app::GatewayOptions o;
  home_ = options.home ? *options.home : dir_.path();
  config::Environment env({{"HOME", home_.string()}});
  o.paths = config::ResolvePaths({}, env);
  config::EnsureStateDir(o.paths);
  config_path_ = o.paths.config_path;
  if (options.config_file) {
    WriteFile(o.paths.config_path, *options.config_file);
    o.config = config::LoadConfig(o.paths, env);
  } else {
    o.config.exists = true;
    o.config.effective = options.config;
    o.config.typed = wire::Decode<proto::OpenClawConfig>(options.config);
  }
  o.settings.port = 0;
  o.settings.listen_hosts = {"127.0.0.1"};
  o.settings.auth_mode = options.auth_mode;
  o.settings.token = options.token;
  o.settings.password = options.password;
  o.timings = options.timings;
  o.version = "2026.9.6";
  o.threads = 2;
  server_ = std::make_unique<app::Gateway>(o, *log_);
  server_->Start();
}

GatewayFixture::~GatewayFixture() { server_->Shutdown("test over"); }

client::ClientOptions GatewayFixture::Cli(std::vector<std::string> scopes) const {
  client::ClientOptions options;
  options.url = url();
  options.token = kToken;
  options.scopes = std::move(scopes);
  options.connect_timeout = std::chrono::milliseconds(5000);
  options.request_timeout = std::chrono::milliseconds(5000);
  return options;
}

std::unique_ptr<client::GatewayClient> GatewayFixture::Connect(
    const client::ClientOptions& options) const {
  return client::GatewayClient::Connect(options);
}

std::unique_ptr<client::GatewayClient> GatewayFixture::ConnectCli(
    std::vector<std::string> scopes) const {
  return Connect(Cli(std::move(scopes)));
}

std::unique_ptr<client::WsConnection> GatewayFixture::Raw(client::Headers headers) const {
  auto parsed = client::ParseUrl(url());
  auto ws = client::WsConnection::Open(parsed.value(), std::chrono::milliseconds(5000), headers);
  auto challenge = ws->Receive(std::chrono::milliseconds(5000));
  if (!challenge || challenge->find("connect.challenge") == std::string::npos) {
    throw std::runtime_error("no connect.challenge");
  }
  return ws;
}

nlohmann::json ConnectFrame(const std::string& id, nlohmann::json overrides) {
  nlohmann::json params = {{"minProtocol", 4},
                           {"maxProtocol", 4},
                           {"client",
                            {{"id", "cli"},
                             {"version", "2026.9.6"},
                             {"platform", "linux"},
                             {"deviceFamily", "Linux"},
                             {"mode", "cli"},
                             {"instanceId", "e3d0b8cb-5d1f-4c1e-9a51-0c7f4a6d2b11"}}},
                           {"caps", nlohmann::json::array()},
                           {"auth", {{"token", kToken}}},
                           {"role", "operator"},
                           {"scopes", {"operator.read"}}};
  params.merge_patch(overrides);
  return {{"type", "req"}, {"id", id}, {"method", "connect"}, {"params", params}};
}

}  // namespace gateway::testing
