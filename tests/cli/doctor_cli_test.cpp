// openclaw doctor: findings on a real state directory, and what --fix repairs.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/gateway_process.hpp"

using namespace gateway::testing;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

json Doctor(const Home& home, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"doctor", "--json"};
  args.insert(args.end(), extra.begin(), extra.end());
  auto r = home.Run(args);
  json out = json::parse(r.out);
  out["exit"] = r.exit_code;
  return out;
}

std::string StatusOf(const json& report, const std::string& check) {
  std::string status;
  for (const auto& f : report["findings"]) {
    if (f["check"] == check && (status.empty() || f["status"] != "ok")) status = f["status"];
  }
  return status;
}

}  // namespace

TEST_CASE("Doctor: a fresh setup is healthy", "[cli][doctor]") {
  Home home;
  home.env["OPENCLAW_GATEWAY_PORT"] = std::to_string(FreePort());
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  json report = Doctor(home);
  CHECK(report["exit"] == 0);
  CHECK(report["ok"] == true);
  for (const char* check : {"config", "auth", "state", "logs", "service"})
    CHECK(StatusOf(report, check) == "ok");
  auto human = home.Run({"doctor"});
  CHECK(human.out.find("ok     config   valid") != std::string::npos);
}

TEST_CASE("Doctor: problems are reported and --fix repairs them", "[cli][doctor]") {
  Home home;
  home.env["OPENCLAW_SYSTEMCTL"] = "/bin/false";
  CHECK(Doctor(home)["exit"] == 1);  // no config at all
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  fs::path config = home.dir / ".openclaw/openclaw.json";
  WriteFile(config, "{gateway: {mode: 'local', reload: {mode: 'hot'}}}");
  ::chmod((home.dir / ".openclaw").c_str(), 0755);
  REQUIRE(home.Run({"gateway", "install"}).exit_code == 0);
  fs::path unit = home.dir / ".config/systemd/user/openclaw-gateway.service";
  WriteFile(unit, ReadFile(unit) + "# edited by hand\n");

  json before = Doctor(home);
  CHECK(before["exit"] == 1);
  CHECK(StatusOf(before, "config") == "warn");
  CHECK(StatusOf(before, "auth") == "error");
  CHECK(StatusOf(before, "state") == "error");
  CHECK(StatusOf(before, "service") == "warn");

  json fixed = Doctor(home, {"--fix"});
  CHECK(fixed["exit"] == 0);
  for (const char* check : {"config", "auth", "state", "service"})
    CHECK(StatusOf(fixed, check) == "fixed");
  json after = json::parse(ReadFile(config));
  CHECK(after["gateway"]["reload"]["mode"] == "hybrid");
  CHECK(after["gateway"]["auth"]["token"].get<std::string>().size() == 64);
  CHECK(FileMode(home.dir / ".openclaw") == 0700);
  CHECK(ReadFile(unit).find("# edited by hand") == std::string::npos);
  CHECK(Doctor(home)["exit"] == 0);
}

TEST_CASE("Doctor: a port held by another program is an error", "[cli][doctor]") {
  Home home;
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  SilentListener other;
  REQUIRE(home.Run({"config", "set", "gateway.port", std::to_string(other.port())}).exit_code == 0);
  json report = Doctor(home);
  CHECK(StatusOf(report, "port") == "error");
}

TEST_CASE("Doctor: OPENCLAW_GATEWAY_PORT wins over gateway.port", "[cli][doctor]") {
  Home home;
  home.env["OPENCLAW_SYSTEMCTL"] = "/bin/false";
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  SilentListener other;
  REQUIRE(home.Run({"config", "set", "gateway.port", std::to_string(other.port())}).exit_code == 0);
  const std::string free_port = std::to_string(FreePort());
  home.env["OPENCLAW_GATEWAY_PORT"] = free_port;
  auto message_of = [](const json& report, const std::string& check) {
    for (const auto& f : report["findings"])
      if (f["check"] == check) return f["message"].get<std::string>();
    return std::string();
  };
  json report = Doctor(home);
  CHECK(StatusOf(report, "port") == "ok");
  CHECK(message_of(report, "port") == free_port + " is free");
  // `gateway install` writes the unit for the same port, so doctor finds it current.
  REQUIRE(home.Run({"gateway", "install"}).exit_code == 0);
  CHECK(StatusOf(Doctor(home), "service") == "ok");

  home.env["OPENCLAW_GATEWAY_PORT"] = std::to_string(other.port());
  CHECK(StatusOf(Doctor(home), "port") == "error");
  home.env["OPENCLAW_GATEWAY_PORT"] = "http";
  report = Doctor(home);
  CHECK(report["exit"] == 1);
  CHECK(message_of(report, "port") ==
        "invalid port 'http' from OPENCLAW_GATEWAY_PORT (expected 1-65535)");
}
