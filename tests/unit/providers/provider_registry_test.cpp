// models.providers parsing, the bundled table and ref resolution, end to end through a stand-in.
#include "server/providers/provider_registry.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/unit/providers/provider_standin.hpp"

using namespace gateway;
using namespace gateway::testing;
using providers::ProviderErrorKind;
using Json = nlohmann::json;

namespace {

// Strings as they are; {"source":"env","id":NAME} through a fake environment.
std::optional<std::string> Resolve(const Json& value, const std::string&) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object() && value.value("source", "") == "env") {
    return "env:" + value.value("id", "");
  }
  return std::nullopt;
}

providers::ModelsConfig Parse(const Json& models) {
  auto config = providers::ParseModelsConfig(models, Resolve);
  REQUIRE(config.has_value());
  return *config;
}

providers::ProviderRegistry::EnvLookup Env(std::map<std::string, std::string> vars) {
  return [vars](const std::string& name) -> std::optional<std::string> {
    const auto it = vars.find(name);
    return it == vars.end() ? std::nullopt : std::optional(it->second);
  };
}

}  // namespace

TEST_CASE("Providers: model refs split at the first slash", "[providers][registry]") {
  const auto ref = providers::ModelRef::Parse("lmstudio/openai/gpt-oss-20b");
  REQUIRE(ref);
  CHECK(ref->provider == "lmstudio");
  CHECK(ref->model == "openai/gpt-oss-20b");
  CHECK(ref->ToString() == "lmstudio/openai/gpt-oss-20b");
  for (const char* bad : {"gpt", "/model", "provider/", ""}) {
    CHECK_FALSE(providers::ModelRef::Parse(bad));
  }
}

TEST_CASE("Providers: models.providers is checked as the spec says", "[providers][registry]") {
  auto error = [](const Json& models) {
    auto config = providers::ParseModelsConfig(models, Resolve);
    REQUIRE_FALSE(config.has_value());
    return config.error();
  };
  CHECK(error({{"providers",
                {{"local", {{"models", Json::array({{{"id", "m"}, {"name", "M"}}})}}}}}}) ==
        "models.providers.local: custom model providers must declare baseUrl");
  CHECK(error({{"providers", {{"local", {{"baseUrl", "http://x"}}}}}}) ==
        "models.providers.local: custom model providers must declare models");
  CHECK(
      error({{"providers",
              {{"local", {{"baseUrl", "http://x"}, {"models", Json::array({{{"id", "m"}}})}}}}}}) ==
      "models.providers.local.models[0].name: required");
  CHECK(error({{"providers", {{"local", {{"baseUrl", "http://x"}, {"api", "carrier-pigeon"}}}}}}) ==
        "models.providers.local.api: unknown API \"carrier-pigeon\"");
  CHECK(error({{"mode", "sometimes"}}) == "models.mode: must be \"merge\" or \"replace\"");

  const auto config = Parse(Json::parse(R"({"providers":{
      "anthropic":{"apiKey":{"source":"env","id":"MY_KEY"}},
      "local":{"baseUrl":"http://127.0.0.1:9/v1","timeoutSeconds":5,"headers":{"X-A":"b"},
               "models":[{"id":"m","name":"M","maxTokens":512,"contextWindow":32000,
                          "compat":{"maxTokensField":"max_tokens","supportsUsageInStreaming":false}}]}}})"));
  const auto& anthropic = config.providers.at("anthropic");
  CHECK(anthropic.api == providers::ApiKind::kAnthropicMessages);  // from the bundled row
  CHECK(anthropic.base_url == "https://api.anthropic.com");
  CHECK(anthropic.api_key == "env:MY_KEY");
  const auto& local = config.providers.at("local");
  CHECK(local.api == providers::ApiKind::kOpenAiCompletions);
  CHECK(local.timeout == std::chrono::seconds(5));
  REQUIRE(local.FindModel("m"));
  CHECK(local.FindModel("m")->max_tokens == 512);
  CHECK(local.FindModel("m")->compat->max_tokens_field == "max_tokens");
}

TEST_CASE("Providers: refs resolve to a provider, a credential, or a typed error",
          "[providers][registry]") {
  transport::HttpClient client(ClientOptions());

  SECTION("a bundled provider with only its env var; unknown ids pass through") {
    providers::ProviderRegistry registry(client, {}, Env({{"ANTHROPIC_API_KEY", "sk-ant-1"}}));
    const auto resolved = registry.Resolve("anthropic/claude-foo-9");
    REQUIRE(resolved.has_value());
    CHECK(resolved->api == providers::ApiKind::kAnthropicMessages);
    CHECK(resolved->Prepare({}).model == "claude-foo-9");
    CHECK(registry.AvailableProviders() == std::vector<std::string>{"anthropic"});
  }
  SECTION("no credential") {
    providers::ProviderRegistry registry(client, {}, Env({}));
    const auto resolved = registry.Resolve("anthropic/claude-sonnet-5");
    REQUIRE_FALSE(resolved.has_value());
    CHECK(resolved.error().kind == ProviderErrorKind::kAuth);
    CHECK(resolved.error().message ==
          "No route-compatible authentication source is configured for anthropic.");
  }
  SECTION("an unknown provider") {
    providers::ProviderRegistry registry(client, {}, Env({{"GROQ_API_KEY", "x"}}));
    const auto resolved = registry.Resolve("groq/llama-3.3-70b-versatile");
    REQUIRE_FALSE(resolved.has_value());
    CHECK(resolved.error().kind == ProviderErrorKind::kModelNotFound);
    CHECK(resolved.error().message ==
          "Unknown model: groq/llama-3.3-70b-versatile. Run `openclaw models list --refresh "
          "--provider groq` to inspect this provider's model choices, then retry with a model "
          "supported by your account.");
  }
  SECTION("an API kind not implemented yet is refused, not faked") {
    providers::ProviderRegistry registry(client, {}, Env({{"GEMINI_API_KEY", "g"}}));
    const auto resolved = registry.Resolve("google/gemini-2.5-pro");
    REQUIRE_FALSE(resolved.has_value());
    CHECK(resolved.error().kind == ProviderErrorKind::kModelNotFound);
    CHECK_THAT(resolved.error().message, Catch::Contains("google-generative-ai"));
  }
  SECTION("a custom provider knows only its declared models") {
    providers::ProviderRegistry registry(
        client,
        Parse({{"providers",
                {{"local",
                  {{"baseUrl", "http://127.0.0.1:9/v1"},
                   {"models", Json::array({{{"id", "m"}, {"name", "M"}, {"maxTokens", 77}}})}}}}}}),
        Env({}));
    const auto known = registry.Resolve("local/m");
    REQUIRE(known.has_value());
    CHECK(known->Prepare({}).sampling.max_tokens == 77);
    CHECK(registry.Resolve("local/other").error().kind == ProviderErrorKind::kModelNotFound);
    CHECK(registry.AvailableProviders() == std::vector<std::string>{"local"});
  }
  SECTION("a live config change: later resolutions use the new providers") {
    providers::ProviderRegistry registry(
        client,
        Parse({{"providers",
                {{"local",
                  {{"baseUrl", "http://127.0.0.1:9/v1"},
                   {"models", Json::array({{{"id", "m"}, {"name", "M"}}})}}}}}}),
        Env({}));
    const auto before = registry.Resolve("local/m");
    REQUIRE(before.has_value());
    registry.Reconfigure(Parse({{"providers",
                                 {{"local",
                                   {{"baseUrl", "http://127.0.0.1:10/v1"},
                                    {"models", Json::array({{{"id", "n"}, {"name", "N"}}})}}}}}}));
    CHECK(registry.Resolve("local/m").error().kind == ProviderErrorKind::kModelNotFound);
    REQUIRE(registry.Resolve("local/n").has_value());
    CHECK(registry.ProviderEndpoint("local")->base_url == "http://127.0.0.1:10/v1");
    CHECK(before->provider != nullptr);  // a model resolved earlier keeps its provider
  }
  SECTION("models.mode replace drops the bundled table") {
    providers::ProviderRegistry registry(client, Parse({{"mode", "replace"}}),
                                         Env({{"ANTHROPIC_API_KEY", "k"}}));
    CHECK(registry.Resolve("anthropic/claude-sonnet-5").error().kind ==
          ProviderErrorKind::kModelNotFound);
  }
}

TEST_CASE("Providers: a resolved bundled provider streams from its overlaid base URL",
          "[providers][registry]") {
  SECTION("anthropic with the env key") {
    ModelStandin standin([](int fd, const CapturedRequest&) {
      WriteSse(fd,
               {"event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"m\","
                "\"usage\":{\"input_tokens\":1}}}\n\n"
                "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
                "\"delta\":{\"type\":\"text_delta\",\"text\":\"ok\"}}\n\n"
                "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":"
                "{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":1}}\n\n"
                "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"});
    });
    transport::HttpClient client(ClientOptions());
    providers::ProviderRegistry registry(
        client, Parse({{"providers", {{"anthropic", {{"baseUrl", standin.BaseUrl()}}}}}}),
        Env({{"ANTHROPIC_OAUTH_TOKEN", ""}, {"ANTHROPIC_API_KEY", "sk-ant-env"}}));
    // An empty variable is unset: the next one in the list is used.
    auto resolved = registry.Resolve("anthropic/claude-sonnet-5");
    REQUIRE(resolved.has_value());
    SinkRecorder recorder;
    providers::ModelRequest request;
    request.messages.push_back(providers::Message::User("hi"));
    resolved->provider->Stream(resolved->Prepare(request), recorder.Sink(), {});
    REQUIRE(recorder.Wait());
    REQUIRE(recorder.outcome->has_value());
    CHECK(recorder.Text() == "ok");
    const auto sent = standin.requests().at(0);
    CHECK(sent.target == "/v1/messages");
    CHECK(sent.headers.at("x-api-key") == "sk-ant-env");
    CHECK(Json::parse(sent.body)["model"] == "claude-sonnet-5");
  }
  SECTION("ollama through its OpenAI-compatible /v1") {
    ModelStandin standin([](int fd, const CapturedRequest&) {
      WriteSse(fd, {"data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"hey\"},"
                    "\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n"});
    });
    transport::HttpClient client(ClientOptions());
    providers::ProviderRegistry registry(
        client, Parse({{"providers", {{"ollama", {{"baseUrl", standin.BaseUrl()}}}}}}),
        Env({{"OLLAMA_API_KEY", "ollama-local"}}));
    auto resolved = registry.Resolve("ollama/qwen3:8b");
    REQUIRE(resolved.has_value());
    SinkRecorder recorder;
    resolved->provider->Stream(resolved->Prepare({}), recorder.Sink(), {});
    REQUIRE(recorder.Wait());
    REQUIRE(recorder.outcome->has_value());
    CHECK(recorder.Text() == "hey");
    const auto sent = standin.requests().at(0);
    CHECK(sent.target == "/v1/chat/completions");
    CHECK(sent.headers.at("authorization") == "Bearer ollama-local");
    CHECK(Json::parse(sent.body)["model"] == "qwen3:8b");
  }
}
