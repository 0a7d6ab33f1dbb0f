// The embeddings pieces without sockets: input rules, the response body (float and base64), the
// provider response parser and memory.search merging.
#include <catch2/catch.hpp>

#include "gateway/wire/json_io.hpp"
#include "server/domain/agents/memory_search.hpp"
#include "server/http/embeddings/embeddings_request.hpp"
#include "server/http/embeddings/embeddings_response.hpp"
#include "server/providers/embeddings_client.hpp"

using namespace gateway;
using namespace gateway::http::embeddings;
using nlohmann::json;

TEST_CASE("Embeddings: input rules", "[embeddings]") {
  auto one =
      ParseEmbeddingsInput({{"input", "hi"}, {"encoding_format", "base64"}, {"dimensions", 8}});
  REQUIRE(one);
  CHECK(one->input == std::vector<std::string>{"hi"});
  CHECK(one->base64);
  CHECK(one->dimensions == 8);
  auto several = ParseEmbeddingsInput({{"input", {"a", ""}}, {"encoding_format", "float"}});
  REQUIRE(several);
  CHECK(several->input.size() == 2);
  CHECK(!several->base64);
  CHECK(ParseEmbeddingsInput({{"input", {"", ""}}}).error() ==
        "`input` must contain at least one non-empty string.");
  CHECK(ParseEmbeddingsInput({{"input", nullptr}}).error() ==
        "`input` must be a string or an array of strings.");
  CHECK(ParseEmbeddingsInput({{"input", "x"}, {"dimensions", 1.5}}).error() ==
        "`dimensions` must be a positive integer.");
  CHECK(ParseEmbeddingsInput({{"input", "x"}, {"encoding_format", 1}}).error() ==
        "`encoding_format` must be \"float\" or \"base64\".");
  // Exactly at the limits is fine.
  CHECK(ParseEmbeddingsInput({{"input", std::vector<std::string>(128, std::string(512, 'a'))}}));
  CHECK(ParseEmbeddingsInput({{"input", std::vector<std::string>(8, std::string(8192, 'a'))}}));
}

TEST_CASE("Embeddings: response bodies", "[embeddings]") {
  // 1.0f = 0x3F800000 → bytes 00 00 80 3F; -2.0f = 0xC0000000 → 00 00 00 C0.
  CHECK(Float32Base64({1.0, -2.0}) == "AACAPwAAAMA=");
  const json body =
      json::parse(EmbeddingsResponseBody("openclaw/ops", {{0.5}, {1.0, -2.0}}, false));
  CHECK(body == json{{"object", "list"},
                     {"data",
                      {{{"object", "embedding"}, {"index", 0}, {"embedding", {0.5}}},
                       {{"object", "embedding"}, {"index", 1}, {"embedding", {1.0, -2.0}}}}},
                     {"model", "openclaw/ops"},
                     {"usage", {{"prompt_tokens", 0}, {"total_tokens", 0}}}});
  const json encoded = json::parse(EmbeddingsResponseBody("openclaw", {{1.0, -2.0}}, true));
  CHECK(encoded["data"][0]["embedding"] == "AACAPwAAAMA=");
}

TEST_CASE("Embeddings: the provider's response is checked", "[embeddings]") {
  using providers::ParseEmbeddingsResponse;
  auto ordered = ParseEmbeddingsResponse(
      R"({"data":[{"index":1,"embedding":[2]},{"index":0,"embedding":[1,0.5]}]})", 2);
  REQUIRE(ordered);
  CHECK(*ordered == providers::Embeddings{{1.0, 0.5}, {2.0}});
  CHECK(!ParseEmbeddingsResponse("not json", 1));
  CHECK(!ParseEmbeddingsResponse(R"({"data":[]})", 1));
  CHECK(!ParseEmbeddingsResponse(
      R"({"data":[{"index":0,"embedding":[1]},{"index":0,"embedding":[1]}]})", 2));
  CHECK(!ParseEmbeddingsResponse(R"({"data":[{"index":5,"embedding":[1]}]})", 1));
  CHECK(!ParseEmbeddingsResponse(R"({"data":[{"index":0,"embedding":["x"]}]})", 1));
  CHECK(!ParseEmbeddingsResponse(R"({"data":[{"index":0,"embedding":[1e300]}]})", 1));
  CHECK(!ParseEmbeddingsResponse(R"({"data":[{"index":0,"embedding":"AAAA"}]})", 1));

  const json sent =
      json::parse(providers::EmbeddingsBody({.model = "m", .input = {"a"}, .dimensions = 4}));
  CHECK(sent ==
        json{{"model", "m"}, {"input", {"a"}}, {"encoding_format", "float"}, {"dimensions", 4}});
}

TEST_CASE("Embeddings: memory.search merges the agent's override over the top level",
          "[embeddings]") {
  const auto config = wire::Decode<proto::OpenClawConfig>(json{
      {"memory",
       {{"search",
         {{"provider", "openai"},
          {"model", "text-embedding-3-large"},
          {"remote",
           {{"baseUrl", "http://top/v1"}, {"apiKey", "top-key"}, {"headers", {{"X-A", "1"}}}}}}}}},
      {"agents",
       {{"entries",
         {{"main", json::object()},
          {"ops",
           {{"memory", {{"search", {{"model", "small"}, {"remote", {{"apiKey", "ops-key"}}}}}}}}},
          {"bad", {{"memory", {{"search", {{"outputDimensionality", -1}}}}}}}}}}}});
  auto main = domain::agents::MemorySearchFor(config, "main");
  REQUIRE(main);
  CHECK(main->provider == "openai");
  CHECK(main->model == "text-embedding-3-large");
  CHECK(main->base_url == "http://top/v1");
  CHECK(main->api_key == "top-key");
  CHECK(main->api_key_path == "memory.search.remote.apiKey");
  CHECK(main->headers == std::vector<std::pair<std::string, std::string>>{{"X-A", "1"}});
  auto ops = domain::agents::MemorySearchFor(config, "ops");
  REQUIRE(ops);
  CHECK(ops->model == "small");
  CHECK(ops->base_url == "http://top/v1");
  CHECK(ops->api_key == "ops-key");
  CHECK(ops->api_key_path == "agents.entries.ops.memory.search.remote.apiKey");
  CHECK(domain::agents::MemorySearchFor(config, "bad").error() ==
        "agents.entries.bad.memory.search.outputDimensionality must be a positive integer");
  auto none = domain::agents::MemorySearchFor(proto::OpenClawConfig{}, "main");
  REQUIRE(none);
  CHECK(none->provider == "openai");
  CHECK(!none->model);
}
