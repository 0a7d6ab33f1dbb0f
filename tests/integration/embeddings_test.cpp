// POST /v1/embeddings end to end (http.md §4): a real gateway, real HTTP requests (cpp-httplib)
// and a stand-in OpenAI embeddings server on loopback as the memory.search provider.
#include <httplib.h>

#include <bit>
#include <catch2/catch.hpp>
#include <cstring>
#include <string>
#include <thread>

#include "server/platform/base64url.hpp"
#include "tests/integration/gateway_fixture.hpp"
#include "tests/support/embeddings_standin.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;

namespace {

FixtureOptions EmbeddingsGateway(const EmbeddingsStandin& standin, bool enabled = true) {
  FixtureOptions options;
  options.config = {
      {"gateway", {{"http", {{"endpoints", {{"chatCompletions", {{"enabled", enabled}}}}}}}}},
      {"memory",
       {{"search",
         {{"provider", "openai"},
          {"remote", {{"baseUrl", standin.base_url()}, {"apiKey", kEmbeddingsApiKey}}}}}}},
      {"agents",
       {{"entries",
         {{"main", json::object()},
          {"ops",
           {{"memory", {{"search", {{"model", "ops-embed"}, {"outputDimensionality", 5}}}}}}}}}}}};
  return options;
}

struct Answer {
  int status = 0;
  json body;
  std::string text;
  std::string content_type;
};

Answer Post(int port, const std::string& body, httplib::Headers headers = {}) {
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(20, 0);
  headers.emplace("Authorization", std::string("Bearer ") + kToken);
  auto result = client.Post("/v1/embeddings", headers, body, "application/json");
  REQUIRE(result);
  return {result->status, json::parse(result->body, nullptr, false), result->body,
          result->get_header_value("Content-Type")};
}

Answer Post(int port, const json& body, httplib::Headers headers = {}) {
  return Post(port, body.dump(), std::move(headers));
}

void CheckInvalid(const Answer& answer, const std::string& message) {
  INFO(answer.text);
  CHECK(answer.status == 400);
  CHECK(answer.body == json{{"error", {{"message", message}, {"type", "invalid_request_error"}}}});
}

void CheckInternal(const Answer& answer) {
  INFO(answer.text);
  CHECK(answer.status == 500);
  CHECK(answer.body == json{{"error", {{"message", "internal error"}, {"type", "api_error"}}}});
}

std::vector<double> DecodeFloats(const std::string& base64) {
  std::string url = base64;
  for (char& c : url) {
    if (c == '+') c = '-';
    if (c == '/') c = '_';
  }
  auto bytes = platform::DecodeBase64Url(url);
  REQUIRE(bytes);
  REQUIRE(bytes->size() % 4 == 0);
  std::vector<double> values;
  for (std::size_t i = 0; i < bytes->size(); i += 4) {
    std::uint32_t bits = 0;
    for (int b = 0; b < 4; ++b)
      bits |= static_cast<std::uint32_t>(static_cast<unsigned char>((*bytes)[i + b])) << (8 * b);
    values.push_back(std::bit_cast<float>(bits));
  }
  return values;
}

}  // namespace

TEST_CASE("Embeddings: off unless an OpenAI endpoint is enabled", "[integration][embeddings]") {
  EmbeddingsStandin standin;
  GatewayFixture gw(EmbeddingsGateway(standin, false));
  auto off = Post(gw.port(), json{{"model", "openclaw"}, {"input", "x"}});
  CHECK(off.status == 404);
  CHECK(off.text == "Not Found");
  CHECK(off.content_type.starts_with("text/plain"));
  CHECK(standin.requests().empty());
}

TEST_CASE("Embeddings: gateway auth", "[integration][embeddings]") {
  EmbeddingsStandin standin;
  GatewayFixture gw(EmbeddingsGateway(standin));
  httplib::Client client("127.0.0.1", gw.port());
  const std::string body = json{{"model", "openclaw"}, {"input", "x"}}.dump();
  auto missing = client.Post("/v1/embeddings", body, "application/json");
  REQUIRE(missing);
  CHECK(missing->status == 401);
  CHECK(json::parse(missing->body) ==
        json{{"error", {{"message", "Unauthorized"}, {"type", "unauthorized"}}}});
  auto wrong =
      client.Post("/v1/embeddings", {{"Authorization", "Bearer nope"}}, body, "application/json");
  REQUIRE(wrong);
  CHECK(wrong->status == 401);
  auto get = client.Get("/v1/embeddings", {{"Authorization", std::string("Bearer ") + kToken}});
  REQUIRE(get);
  CHECK(get->status == 405);
  CHECK(standin.requests().empty());
}

TEST_CASE("Embeddings: request validation with the spec's messages", "[integration][embeddings]") {
  EmbeddingsStandin standin;
  GatewayFixture gw(EmbeddingsGateway(standin));
  const int port = gw.port();
  CheckInvalid(Post(port, std::string("{nope")), "Invalid JSON body.");
  CheckInvalid(Post(port, std::string("[]")), "Request body must be a JSON object.");
  CheckInvalid(Post(port, json{{"input", "x"}}), "Missing `model`.");
  CheckInvalid(Post(port, json{{"model", ""}, {"input", "x"}}), "Missing `model`.");
  CheckInvalid(Post(port, json{{"model", "text-embedding-3-small"}, {"input", "x"}}),
               "Invalid `model`. Use `openclaw` or `openclaw/<agentId>`.");
  CheckInvalid(Post(port, json{{"model", 7}, {"input", "x"}}),
               "Invalid `model`. Use `openclaw` or `openclaw/<agentId>`.");
  CheckInvalid(Post(port, json{{"model", "openclaw/ghost"}, {"input", "x"}}),
               "Unknown agent 'ghost'.");
  CheckInvalid(
      Post(port, json{{"model", "openclaw"}, {"input", "x"}}, {{"x-openclaw-agent-id", "ghost"}}),
      "Unknown agent 'ghost'.");
  const std::string not_strings = "`input` must be a string or an array of strings.";
  CheckInvalid(Post(port, json{{"model", "openclaw"}}), not_strings);
  CheckInvalid(Post(port, json{{"model", "openclaw"}, {"input", 3}}), not_strings);
  CheckInvalid(Post(port, json{{"model", "openclaw"}, {"input", {"a", 1}}}), not_strings);
  const std::string empty = "`input` must contain at least one non-empty string.";
  CheckInvalid(Post(port, json{{"model", "openclaw"}, {"input", ""}}), empty);
  CheckInvalid(Post(port, json{{"model", "openclaw"}, {"input", json::array()}}), empty);
  CheckInvalid(
      Post(port, json{{"model", "openclaw"}, {"input", std::vector<std::string>(129, "a")}}),
      "Too many inputs (max 128).");
  CheckInvalid(Post(port, json{{"model", "openclaw"}, {"input", std::string(8193, 'a')}}),
               "Input too long (max 8192 chars).");
  // Characters are UTF-16 code units: 4097 two-byte-in-UTF-16 emoji are 8194 units.
  std::string emoji;
  for (int i = 0; i < 4097; ++i) emoji += "\xF0\x9F\x98\x80";
  CheckInvalid(Post(port, json{{"model", "openclaw"}, {"input", emoji}}),
               "Input too long (max 8192 chars).");
  CheckInvalid(Post(port, json{{"model", "openclaw"},
                               {"input", std::vector<std::string>(9, std::string(8000, 'a'))}}),
               "Total input too large (max 65536 chars).");
  CheckInvalid(Post(port, json{{"model", "openclaw"}, {"input", "x"}, {"encoding_format", "hex"}}),
               "`encoding_format` must be \"float\" or \"base64\".");
  CheckInvalid(Post(port, json{{"model", "openclaw"}, {"input", "x"}, {"dimensions", 0}}),
               "`dimensions` must be a positive integer.");
  CheckInvalid(Post(port, json{{"model", "openclaw"}, {"input", "x"}},
                    {{"x-openclaw-model", "cohere/embed-v4"}}),
               "This agent does not allow that embedding provider on `/v1/embeddings`.");
  CHECK(standin.requests().empty());
}

TEST_CASE("Embeddings: float and base64 vectors from the agent's memory.search provider",
          "[integration][embeddings]") {
  EmbeddingsStandin standin;
  GatewayFixture gw(EmbeddingsGateway(standin));
  const int port = gw.port();

  auto floats = Post(port, json{{"model", "openclaw"}, {"input", {"hello", "hi"}}, {"user", "u1"}});
  INFO(floats.text);
  REQUIRE(floats.status == 200);
  CHECK(floats.body == json{{"object", "list"},
                            {"data",
                             {{{"object", "embedding"},
                               {"index", 0},
                               {"embedding", EmbeddingsStandin::VectorFor(0, "hello")}},
                              {{"object", "embedding"},
                               {"index", 1},
                               {"embedding", EmbeddingsStandin::VectorFor(1, "hi")}}}},
                            {"model", "openclaw"},
                            {"usage", {{"prompt_tokens", 0}, {"total_tokens", 0}}}});
  REQUIRE(standin.requests().size() == 1);
  CHECK(standin.requests()[0] == json{{"model", "text-embedding-3-small"},
                                      {"input", {"hello", "hi"}},
                                      {"encoding_format", "float"}});
  CHECK(standin.auth_headers()[0] == std::string("Bearer ") + kEmbeddingsApiKey);

  auto encoded = Post(
      port, json{{"model", "openclaw/default"}, {"input", "hello"}, {"encoding_format", "base64"}});
  REQUIRE(encoded.status == 200);
  CHECK(encoded.body["model"] == "openclaw/default");
  REQUIRE(encoded.body["data"][0]["embedding"].is_string());
  CHECK(DecodeFloats(encoded.body["data"][0]["embedding"]) ==
        EmbeddingsStandin::VectorFor(0, "hello"));

  // The agent's own memory.search overrides the model and the dimensions; the request's
  // dimensions win over outputDimensionality.
  auto ops = Post(port, json{{"model", "openclaw/ops"}, {"input", "x"}});
  REQUIRE(ops.status == 200);
  CHECK(ops.body["data"][0]["embedding"].size() == 5);
  CHECK(standin.requests().back()["model"] == "ops-embed");
  CHECK(standin.requests().back()["dimensions"] == 5);
  auto two = Post(port, json{{"model", "openclaw"}, {"input", "x"}, {"dimensions", 2}},
                  {{"x-openclaw-agent-id", "ops"}});
  REQUIRE(two.status == 200);
  CHECK(two.body["data"][0]["embedding"].size() == 2);
  CHECK(two.body["model"] == "openclaw");
  CHECK(standin.requests().back()["dimensions"] == 2);

  // x-openclaw-model names the upstream model: bare, or with the configured provider.
  REQUIRE(Post(port, json{{"model", "openclaw"}, {"input", "x"}},
               {{"x-openclaw-model", "openai/big-embed"}})
              .status == 200);
  CHECK(standin.requests().back()["model"] == "big-embed");
  REQUIRE(
      Post(port, json{{"model", "openclaw"}, {"input", "x"}}, {{"x-openclaw-model", "bare-embed"}})
          .status == 200);
  CHECK(standin.requests().back()["model"] == "bare-embed");
}

TEST_CASE("Embeddings: an upstream failure is a 500 internal error", "[integration][embeddings]") {
  EmbeddingsStandin standin;
  GatewayFixture gw(EmbeddingsGateway(standin));
  const json body = {{"model", "openclaw"}, {"input", "x"}};
  standin.Set(EmbeddingsStandin::Behaviour::kUnauthorized);
  CheckInternal(Post(gw.port(), body));
  standin.Set(EmbeddingsStandin::Behaviour::kServerError);
  CheckInternal(Post(gw.port(), body));
  standin.Set(EmbeddingsStandin::Behaviour::kGarbage);
  CheckInternal(Post(gw.port(), body));
  CHECK(standin.requests().size() == 3);
}

TEST_CASE("Embeddings: a client that hangs up cancels the provider call",
          "[integration][embeddings]") {
  EmbeddingsStandin standin;
  GatewayFixture gw(EmbeddingsGateway(standin));
  standin.Set(EmbeddingsStandin::Behaviour::kSlowForever);
  {
    httplib::Client client("127.0.0.1", gw.port());
    client.set_read_timeout(0, 300'000);  // gives up (and closes) after 0.3 s
    auto gone = client.Post("/v1/embeddings", {{"Authorization", std::string("Bearer ") + kToken}},
                            json{{"model", "openclaw"}, {"input", "x"}}.dump(), "application/json");
    CHECK(!gone);
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (!standin.hung_up() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  CHECK(standin.hung_up());
}

TEST_CASE("Embeddings: an unreachable provider is a 500 internal error",
          "[integration][embeddings]") {
  std::string base_url;
  {
    EmbeddingsStandin gone;
    base_url = gone.base_url();
  }
  FixtureOptions options;
  options.config = {
      {"gateway", {{"http", {{"endpoints", {{"responses", {{"enabled", true}}}}}}}}},
      {"memory", {{"search", {{"remote", {{"baseUrl", base_url}, {"apiKey", "k"}}}}}}}};
  GatewayFixture gw(options);
  CheckInternal(Post(gw.port(), json{{"model", "openclaw"}, {"input", "x"}}));
}
