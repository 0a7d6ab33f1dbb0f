// The HTTP side of the same port (spec/http.md §1–§2): the liveness probe, a wrong method on it,
// and a disabled OpenAI-compatible endpoint.
#include <httplib.h>

#include <chrono>
#include <memory>
#include <string>

#include "tools/conformance/case_registry.hpp"
#include "tools/conformance/expect.hpp"

namespace gateway::conformance {
namespace {

using nlohmann::json;

std::unique_ptr<httplib::Client> HttpClient(const Target& target) {
  auto http = std::make_unique<httplib::Client>(target.endpoint.host, target.endpoint.port);
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(target.timeout).count();
  const auto micros =
      std::chrono::duration_cast<std::chrono::microseconds>(target.timeout).count() % 1000000;
  http->set_connection_timeout(seconds, micros);
  http->set_read_timeout(seconds, micros);
  http->set_write_timeout(seconds, micros);
  return http;
}

void ExpectAnswered(const httplib::Result& result, const std::string& request) {
  if (!result) Fail(request + " failed: " + httplib::to_string(result.error()));
}

void HealthGet(const Target& target) {
  auto http = HttpClient(target);
  auto result = http->Get("/health");
  ExpectAnswered(result, "GET /health");
  ExpectEqual(result->status, 200, "status");
  const std::string content_type = result->get_header_value("Content-Type");
  Expect(content_type.rfind("application/json", 0) == 0, "Content-Type is '" + content_type + "'");
  const json body = json::parse(result->body, nullptr, false);
  ExpectEqual(body, json{{"ok", true}, {"status", "live"}}, "body " + result->body.substr(0, 200));
}

void HealthPost(const Target& target) {
  auto http = HttpClient(target);
  auto result = http->Post("/health", "", "text/plain");
  ExpectAnswered(result, "POST /health");
  ExpectEqual(result->status, 405, "status");
  ExpectEqual(result->get_header_value("Allow"), "GET, HEAD", "Allow header");
}

void DisabledModelsEndpoint(const Target& target) {
  auto http = HttpClient(target);
  auto result = http->Get("/v1/models");
  ExpectAnswered(result, "GET /v1/models");
  ExpectEqual(result->status, 404, "status (the endpoints are disabled by default)");
  ExpectEqual(result->body, "Not Found", "body");
}

}  // namespace

std::vector<Case> HttpCases() {
  return {
      {"http.health-get", Needs::kNothing, HealthGet},
      {"http.health-post-not-allowed", Needs::kNothing, HealthPost},
      {"http.v1-models-disabled", Needs::kNothing, DisabledModelsEndpoint},
  };
}

}  // namespace gateway::conformance
