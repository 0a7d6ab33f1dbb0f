// The OpenAI-compatible HTTP API end to end (spec/http.md §3–§5): a real gateway, real HTTP
// clients (cpp-httplib, raw sockets) and the stand-in OpenAI provider on loopback. Checks the
// routes' flags, auth and scopes, model naming, the flattened prompt the model receives, the exact
// SSE sequences, tool calls, error mapping, disconnects and previous_response_id.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "tests/integration/gateway_fixture.hpp"
#include "tests/support/openai_standin.hpp"
#include "tests/support/raw_http.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

FixtureOptions Enabled(const OpenAiStandin& standin, json extra = json::object()) {
  FixtureOptions options;
  options.config = {
      {"models",
       {{"providers",
         {{"standin",
           {{"baseUrl", standin.base_url()},
            {"apiKey", kStandinApiKey},
            {"api", "openai-completions"},
            {"models", json::array({{{"id", "m1"}, {"name", "Stand-in One"}},
                                    {{"id", "tools"}, {"name", "Tool caller"}},
                                    {{"id", "cut"}, {"name", "Short budget"}},
                                    {{"id", "denied"}, {"name", "Bad key"}}})}}}}}}},
      {"agents",
       {{"defaults", {{"model", "standin/m1"}}},
        {"entries", {{"main", {{"default", true}}}, {"ops", {{"model", "standin/m1"}}}}}}},
      {"gateway",
       {{"http",
         {{"endpoints",
           {{"chatCompletions", {{"enabled", true}}}, {"responses", {{"enabled", true}}}}}}}}}};
  options.config.merge_patch(extra);
  return options;
}

httplib::Headers Bearer(const std::string& secret = kToken) {
  return {{"Authorization", "Bearer " + secret}};
}

httplib::Result Post(int port, const std::string& path, const json& body,
                     httplib::Headers headers = Bearer()) {
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(10, 0);
  return client.Post(path.c_str(), headers, body.dump(), "application/json");
}

httplib::Result Get(int port, const std::string& path, httplib::Headers headers = Bearer()) {
  httplib::Client client("127.0.0.1", port);
  return client.Get(path.c_str(), headers);
}

json ErrorOf(const std::string& message, const std::string& type = "invalid_request_error") {
  return {{"error", {{"message", message}, {"type", type}}}};
}

// The `data:` payloads of an SSE body, checking the framing of every event on the way.
std::vector<std::string> DataEvents(const std::string& body) {
  std::vector<std::string> events;
  std::size_t at = 0;
  while (at < body.size()) {
    const auto end = body.find("\n\n", at);
    REQUIRE(end != std::string::npos);
    const std::string event = body.substr(at, end - at);
    REQUIRE(event.starts_with("data: "));
    REQUIRE(event.find('\n') == std::string::npos);
    events.push_back(event.substr(6));
    at = end + 2;
  }
  return events;
}

// (type, payload) of each `event: <type>\ndata: <json>` event; the last is `data: [DONE]`.
std::vector<std::pair<std::string, json>> TypedEvents(const std::string& body) {
  std::vector<std::pair<std::string, json>> events;
  std::size_t at = 0;
  while (at < body.size()) {
    const auto end = body.find("\n\n", at);
    REQUIRE(end != std::string::npos);
    const std::string event = body.substr(at, end - at);
    at = end + 2;
    if (event == "data: [DONE]") {
      events.emplace_back("[DONE]", json());
      continue;
    }
    REQUIRE(event.starts_with("event: "));
    const auto newline = event.find('\n');
    REQUIRE(event.substr(newline + 1, 6) == "data: ");
    const std::string type = event.substr(7, newline - 7);
    json payload = json::parse(event.substr(newline + 7));
    CHECK(payload["type"] == type);
    events.emplace_back(type, std::move(payload));
  }
  return events;
}

std::vector<std::string> TypesOf(const std::vector<std::pair<std::string, json>>& events) {
  std::vector<std::string> types;
  for (const auto& [type, payload] : events) types.push_back(type);
  return types;
}

json LastRequest(OpenAiStandin& standin) {
  const auto requests = standin.requests();
  REQUIRE(!requests.empty());
  return requests.back();
}

json History(GatewayFixture& gw, const std::string& key) {
  auto client = gw.ConnectCli();
  auto result = client->Call("chat.history", {{"sessionKey", key}});
  REQUIRE(result.ok);
  return result.payload["messages"];
}

}  // namespace

TEST_CASE("OpenAI HTTP: disabled endpoints answer like unknown paths", "[integration][openai]") {
  OpenAiStandin standin;
  FixtureOptions options = Enabled(standin);
  options.config["gateway"].erase("http");
  GatewayFixture gw(options);
  for (const auto& path : {"/v1/chat/completions", "/v1/responses", "/v1/embeddings"}) {
    auto res = Post(gw.port(), path, {{"model", "openclaw"}});
    REQUIRE(res);
    CHECK(res->status == 404);
    CHECK(res->body == "Not Found");
    CHECK(res->get_header_value("Content-Type").starts_with("text/plain"));
  }
  CHECK(Get(gw.port(), "/v1/models")->status == 404);
  CHECK(standin.requests().empty());
}

TEST_CASE("OpenAI HTTP: bearer auth, lockout and scopes", "[integration][openai]") {
  OpenAiStandin standin;
  GatewayFixture gw(Enabled(standin, {{"gateway",
                                       {{"auth",
                                         {{"rateLimit",
                                           {{"maxAttempts", 3},
                                            {"windowMs", 60000},
                                            {"lockoutMs", 60000},
                                            {"exemptLoopback", false}}}}}}}}));
  const json body = {{"messages", {{{"role", "user"}, {"content", "hi"}}}}};
  auto missing = Post(gw.port(), "/v1/chat/completions", body, {});
  CHECK(missing->status == 401);
  CHECK(json::parse(missing->body) == ErrorOf("Unauthorized", "unauthorized"));
  auto models = Get(gw.port(), "/v1/models", Bearer("wrong"));
  CHECK(models->status == 401);
  for (int i = 0; i < 3; ++i) Post(gw.port(), "/v1/chat/completions", body, Bearer("wrong"));
  auto limited = Post(gw.port(), "/v1/chat/completions", body);
  CHECK(limited->status == 429);
  CHECK(limited->has_header("Retry-After"));
  CHECK(
      json::parse(limited->body) ==
      ErrorOf("Too many failed authentication attempts. Please try again later.", "rate_limited"));
  CHECK(standin.requests().empty());
}

TEST_CASE("OpenAI HTTP: x-openclaw-scopes caps an identity-bearing caller",
          "[integration][openai]") {
  OpenAiStandin standin;
  FixtureOptions options = Enabled(standin);
  options.auth_mode = config::AuthMode::kNone;
  options.token.reset();
  GatewayFixture gw(options);
  const json body = {{"messages", {{{"role", "user"}, {"content", "hi"}}}}};
  auto refused =
      Post(gw.port(), "/v1/chat/completions", body, {{"x-openclaw-scopes", "operator.read"}});
  CHECK(refused->status == 403);
  CHECK(json::parse(refused->body) == json{{"ok", false},
                                           {"error",
                                            {{"type", "forbidden"},
                                             {"message", "missing scope: operator.write"},
                                             {"details",
                                              {{"code", "MISSING_SCOPE"},
                                               {"missingScope", "operator.write"},
                                               {"requiredScopes", {"operator.write"}}}}}}});
  CHECK(Get(gw.port(), "/v1/models", {{"x-openclaw-scopes", "operator.read"}})->status == 200);
  // x-openclaw-model needs admin here.
  auto model = Post(gw.port(), "/v1/chat/completions", body,
                    {{"x-openclaw-scopes", "operator.write"}, {"x-openclaw-model", "standin/m1"}});
  CHECK(model->status == 403);
  CHECK(json::parse(model->body)["error"]["message"] == "missing scope: operator.admin");
  CHECK(Post(gw.port(), "/v1/chat/completions", body, {})->status == 200);
}

TEST_CASE("OpenAI HTTP: /v1/models lists the agent targets", "[integration][openai]") {
  OpenAiStandin standin;
  GatewayFixture gw(Enabled(standin));
  auto list = Get(gw.port(), "/v1/models");
  REQUIRE(list->status == 200);
  auto object = [](const char* id) {
    return json{{"id", id},
                {"object", "model"},
                {"created", 0},
                {"owned_by", "openclaw"},
                {"permission", json::array()}};
  };
  CHECK(json::parse(list->body) == json{{"object", "list"},
                                        {"data",
                                         {object("openclaw"), object("openclaw/default"),
                                          object("openclaw/main"), object("openclaw/ops")}}});
  auto one = Get(gw.port(), "/v1/models/openclaw%2Fops");
  CHECK(one->status == 200);
  CHECK(json::parse(one->body) == object("openclaw/ops"));
  CHECK(json::parse(Get(gw.port(), "/v1/models/")->body) == ErrorOf("Missing model id."));
  CHECK(json::parse(Get(gw.port(), "/v1/models/openclaw%2")->body) ==
        ErrorOf("Invalid model id encoding."));
  CHECK(json::parse(Get(gw.port(), "/v1/models/gpt-4o")->body) == ErrorOf("Invalid model id."));
  auto unknown = Get(gw.port(), "/v1/models/openclaw%2Fnobody");
  CHECK(unknown->status == 404);
  CHECK(json::parse(unknown->body) == ErrorOf("Model 'openclaw/nobody' not found."));
  CHECK(Post(gw.port(), "/v1/models", json::object())->status == 405);
}

TEST_CASE("OpenAI HTTP: a chat completion runs one turn on the user's session",
          "[integration][openai]") {
  OpenAiStandin standin;
  GatewayFixture gw(Enabled(standin));
  auto res =
      Post(gw.port(), "/v1/chat/completions",
           {{"model", "openclaw/ops"},
            {"user", " Alice "},
            {"temperature", 0.25},
            {"max_tokens", 64},
            {"messages",
             {{{"role", "system"}, {"content", "Be brief."}},
              {{"role", "user"}, {"content", "What is 2+2?"}},
              {{"role", "assistant"}, {"content", "4"}},
              {{"role", "user"},
               {"content",
                {{{"type", "text"}, {"text", "And"}}, {{"type", "text"}, {"text", "3+3?"}}}}}}}});
  REQUIRE(res->status == 200);
  const json completion = json::parse(res->body);
  CHECK(completion["id"].get<std::string>().starts_with("chatcmpl_"));
  CHECK(completion["object"] == "chat.completion");
  CHECK(completion["model"] == "openclaw/ops");
  CHECK(completion["choices"] ==
        json::array({{{"index", 0},
                      {"message", {{"role", "assistant"}, {"content", "Hello there"}}},
                      {"finish_reason", "stop"}}}));
  CHECK(completion["usage"] == json{{"prompt_tokens", 12},
                                    {"completion_tokens", 3},
                                    {"total_tokens", 15},
                                    {"prompt_tokens_details", {{"cached_tokens", 4}}}});

  // The model got one flattened user message, the system text and the sampling options.
  const json sent = LastRequest(standin);
  CHECK(sent["temperature"] == 0.25);
  CHECK(sent["max_completion_tokens"] == 64);
  CHECK(sent["messages"][0]["role"] == "system");
  CHECK(sent["messages"][0]["content"].get<std::string>().ends_with("\nBe brief.\n"));
  CHECK(OpenAiStandin::LastUserText(sent) ==
        "[Chat messages since your last reply - for context]\n"
        "User: What is 2+2?\n"
        "Assistant: 4\n"
        "\n"
        "[Current message - respond to this]\n"
        "User: And\n3+3?");

  // The turn is stored on agent:ops:openai-user:alice.
  const json messages = History(gw, "agent:ops:openai-user:alice");
  REQUIRE(messages.size() == 2);
  CHECK(messages[1]["role"] == "assistant");

  // The same user continues that session: the model sees the earlier turn.
  Post(gw.port(), "/v1/chat/completions",
       {{"model", "openclaw/ops"},
        {"user", "alice"},
        {"messages", {{{"role", "user"}, {"content", "Thanks"}}}}});
  const json next = LastRequest(standin);
  CHECK(OpenAiStandin::LastUserText(next) == "Thanks");
  CHECK(next["messages"].size() == 4);  // system, the earlier prompt and reply, this one
}

TEST_CASE("OpenAI HTTP: the streamed chunk sequence", "[integration][openai]") {
  OpenAiStandin standin;
  GatewayFixture gw(Enabled(standin));
  auto res = Post(gw.port(), "/v1/chat/completions",
                  {{"stream", true},
                   {"stream_options", {{"include_usage", true}}},
                   {"messages", {{{"role", "user"}, {"content", "hi"}}}}});
  REQUIRE(res->status == 200);
  CHECK(res->get_header_value("Content-Type") == "text/event-stream; charset=utf-8");
  CHECK(res->get_header_value("Cache-Control") == "no-cache");
  const auto events = DataEvents(res->body);
  REQUIRE(events.size() >= 5);
  CHECK(events.back() == "[DONE]");
  const json first = json::parse(events.front());
  const std::string id = first["id"];
  CHECK(id.starts_with("chatcmpl_"));
  auto chunk = [&](json choices) {
    return json{{"id", id},
                {"object", "chat.completion.chunk"},
                {"created", first["created"]},
                {"model", "openclaw"},
                {"choices", std::move(choices)}};
  };
  auto choice = [](json delta, json finish = nullptr) {
    return json::array({{{"index", 0}, {"delta", std::move(delta)}, {"finish_reason", finish}}});
  };
  CHECK(first == chunk(choice({{"role", "assistant"}})));
  std::string text;
  std::size_t i = 1;
  for (; i + 3 < events.size(); ++i) {
    const json content = json::parse(events[i]);
    const std::string piece = content["choices"][0]["delta"]["content"];
    CHECK(content == chunk(choice({{"content", piece}})));
    text += piece;
  }
  CHECK(text == "Hello there");
  CHECK(json::parse(events[i]) == chunk(choice(json::object(), "stop")));
  json usage = chunk(json::array());
  usage["usage"] = {{"prompt_tokens", 12},
                    {"completion_tokens", 3},
                    {"total_tokens", 15},
                    {"prompt_tokens_details", {{"cached_tokens", 4}}}};
  CHECK(json::parse(events[i + 1]) == usage);
}

TEST_CASE("OpenAI HTTP: client tools pass through and come back as tool_calls",
          "[integration][openai]") {
  OpenAiStandin standin;
  standin.Set("tools", OpenAiStandin::Behaviour::kToolCall,
              {"get_weather", "{\"city\":", "\"Paris\"}"});
  GatewayFixture gw(Enabled(standin));
  const json tools = {
      {{"type", "function"},
       {"function",
        {{"name", "get_weather"},
         {"description", "Weather by city"},
         {"parameters", {{"type", "object"}, {"properties", {{"city", {{"type", "string"}}}}}}}}}}};
  const json body = {{"tools", tools},
                     {"tool_choice", "required"},
                     {"messages", {{{"role", "user"}, {"content", "Weather in Paris?"}}}}};
  auto res = Post(
      gw.port(), "/v1/chat/completions", body,
      {{"Authorization", std::string("Bearer ") + kToken}, {"x-openclaw-model", "standin/tools"}});
  REQUIRE(res->status == 200);
  const json completion = json::parse(res->body);
  CHECK(completion["choices"][0]["finish_reason"] == "tool_calls");
  CHECK(completion["choices"][0]["message"] ==
        json{{"role", "assistant"},
             {"content", ""},
             {"tool_calls",
              {{{"id", "call_standin_1"},
                {"type", "function"},
                {"function", {{"name", "get_weather"}, {"arguments", "{\"city\":\"Paris\"}"}}}}}}});
  const json sent = LastRequest(standin);
  CHECK(sent["tools"][0]["function"]["name"] == "get_weather");
  CHECK(sent["tool_choice"] == "required");

  // Streamed: the call's head, its arguments, finish tool_calls.
  json streamed = body;
  streamed["stream"] = true;
  auto stream = Post(
      gw.port(), "/v1/chat/completions", streamed,
      {{"Authorization", std::string("Bearer ") + kToken}, {"x-openclaw-model", "standin/tools"}});
  const auto events = DataEvents(stream->body);
  REQUIRE(events.size() == 5);
  CHECK(json::parse(events[1])["choices"][0]["delta"] ==
        json{{"tool_calls",
              {{{"index", 0},
                {"id", "call_standin_1"},
                {"type", "function"},
                {"function", {{"name", "get_weather"}, {"arguments", ""}}}}}}});
  CHECK(json::parse(events[2])["choices"][0]["delta"] ==
        json{{"tool_calls",
              {{{"index", 0}, {"function", {{"arguments", "{\"city\":\"Paris\"}"}}}}}}});
  CHECK(json::parse(events[3])["choices"][0]["finish_reason"] == "tool_calls");

  // tool_choice required that the model ignores → 502.
  auto unsatisfied = Post(gw.port(), "/v1/chat/completions", body);
  CHECK(unsatisfied->status == 502);
  CHECK(json::parse(unsatisfied->body) ==
        ErrorOf("tool_choice=required was not satisfied by the agent response", "api_error"));

  // The tool's answer comes back as the current message of the next request.
  Post(gw.port(), "/v1/chat/completions",
       {{"tools", tools},
        {"user", "weather-user"},
        {"messages",
         {{{"role", "user"}, {"content", "Weather in Paris?"}},
          {{"role", "assistant"},
           {"content", nullptr},
           {"tool_calls",
            {{{"id", "call_1"},
              {"type", "function"},
              {"function", {{"name", "get_weather"}, {"arguments", "{\"city\":\"Paris\"}"}}}}}}},
          {{"role", "tool"}, {"tool_call_id", "call_1"}, {"content", "18C, sunny"}}}}});
  CHECK(OpenAiStandin::LastUserText(LastRequest(standin)) ==
        "[Chat messages since your last reply - for context]\n"
        "User: Weather in Paris?\n"
        "Assistant: tool_call id=call_1 name=get_weather arguments={\"city\":\"Paris\"}\n"
        "\n"
        "[Current message - respond to this]\n"
        "Tool:call_1: 18C, sunny");
}

TEST_CASE("OpenAI HTTP: bad requests get the spec's 400 messages", "[integration][openai]") {
  OpenAiStandin standin;
  GatewayFixture gw(Enabled(standin));
  const json user = {{{"role", "user"}, {"content", "hi"}}};
  auto check = [&](json body, const std::string& message, httplib::Headers headers = Bearer()) {
    auto res = Post(gw.port(), "/v1/chat/completions", body, std::move(headers));
    INFO(body.dump());
    REQUIRE(res);
    CHECK(res->status == 400);
    CHECK(json::parse(res->body) == ErrorOf(message));
  };
  check({{"model", "gpt-4o"}, {"messages", user}},
        "Invalid `model`. Use `openclaw` or `openclaw/<agentId>`.");
  check({{"model", "openclaw/nobody"}, {"messages", user}}, "Unknown agent 'nobody'.");
  check({{"messages", {{{"role", "system"}, {"content", "x"}}}}},
        "Missing user message in `messages`.");
  check({{"messages", user}, {"temperature", 3}}, "`temperature` must be between 0 and 2.");
  check({{"messages", user}, {"stop", {"a", "b", "c", "d", "e"}}},
        "Invalid stop: stop supports at most 4 sequences");
  check({{"messages", user}, {"response_format", {{"type", "xml"}}}},
        "Invalid response_format: type must be text, json_object or json_schema");
  check({{"messages", user}, {"tool_choice", "sometimes"}, {"tools", json::array()}},
        "Invalid tools/tool_choice: unknown tool_choice \"sometimes\"");
  check(
      {{"messages",
        {{{"role", "user"},
          {"content", {{{"type", "image_url"}, {"image_url", {{"url", "data:image/png,xx"}}}}}}}}}},
      "Invalid image_url content in `messages`.");
  check({{"messages", user}}, "Unknown agent 'nobody'.",
        {{"Authorization", std::string("Bearer ") + kToken}, {"x-openclaw-agent-id", "Nobody"}});
  check({{"messages", user}},
        "`x-openclaw-session-key` cannot use reserved internal session namespaces.",
        {{"Authorization", std::string("Bearer ") + kToken},
         {"x-openclaw-session-key", "agent:main:cron:nightly"}});
  check({{"messages", user}}, "Invalid `x-openclaw-model`.",
        {{"Authorization", std::string("Bearer ") + kToken}, {"x-openclaw-model", "nothing"}});

  httplib::Client client("127.0.0.1", gw.port());
  auto broken = client.Post("/v1/chat/completions", Bearer(), "{\"messages\":", "application/json");
  CHECK(broken->status == 400);
  CHECK(json::parse(broken->body)["error"]["type"] == "invalid_request_error");
  // 20 MiB at most: a larger declared body is refused before it is read.
  const std::string huge =
      RawHttp(gw.port(),
              "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
              "Authorization: Bearer " +
                  std::string(kToken) + "\r\nContent-Type: application/json\r\nContent-Length: " +
                  std::to_string((20 << 20) + 1) + "\r\n\r\n");
  CHECK(huge.starts_with("HTTP/1.1 413"));
  CHECK(standin.requests().empty());
}

TEST_CASE("OpenAI HTTP: provider failures map to OpenAI errors", "[integration][openai]") {
  OpenAiStandin standin;
  standin.Set("denied", OpenAiStandin::Behaviour::kUnauthorized);
  standin.Set("cut", OpenAiStandin::Behaviour::kLength, {"Half an ans"});
  GatewayFixture gw(Enabled(standin));
  const json body = {{"messages", {{{"role", "user"}, {"content", "hi"}}}}};
  auto with_model = [](const char* model) {
    return httplib::Headers{{"Authorization", std::string("Bearer ") + kToken},
                            {"x-openclaw-model", model}};
  };
  auto denied = Post(gw.port(), "/v1/chat/completions", body, with_model("standin/denied"));
  CHECK(denied->status == 401);
  const json error = json::parse(denied->body)["error"];
  CHECK(error["type"] == "authentication_error");
  CHECK(error["message"] == "Incorrect API key provided");

  json streamed = body;
  streamed["stream"] = true;
  auto failed = Post(gw.port(), "/v1/chat/completions", streamed, with_model("standin/denied"));
  const auto events = DataEvents(failed->body);
  REQUIRE(events.size() == 3);
  CHECK(json::parse(events[1]) == ErrorOf("Incorrect API key provided", "authentication_error"));
  CHECK(events[2] == "[DONE]");

  auto cut = Post(gw.port(), "/v1/chat/completions", body, with_model("standin/cut"));
  CHECK(json::parse(cut->body)["choices"][0]["finish_reason"] == "length");
}

TEST_CASE("OpenAI HTTP: a client that hangs up mid-stream cancels the upstream request",
          "[integration][openai]") {
  OpenAiStandin standin;
  GatewayFixture gw(Enabled(standin));
  const std::string body = json{{"stream", true},
                                {"user", "leaver"},
                                {"messages", {{{"role", "user"}, {"content", "slow please"}}}}}
                               .dump();
  int fd = TcpConnect(gw.port());
  REQUIRE(fd >= 0);
  const std::string request =
      "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
      std::string(kToken) +
      "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
      "\r\n\r\n" + body;
  send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  // Read until the model's first words arrive, then hang up.
  std::string seen;
  char buffer[4096];
  timeval timeout{5, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  while (seen.find("Working") == std::string::npos) {
    const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
    REQUIRE(n > 0);
    seen.append(buffer, static_cast<std::size_t>(n));
  }
  const auto closed_at = std::chrono::steady_clock::now();
  close(fd);
  for (int i = 0; i < 200 && !standin.hung_up_at(); ++i) std::this_thread::sleep_for(10ms);
  REQUIRE(standin.hung_up_at());
  CHECK(*standin.hung_up_at() - closed_at < 1s);
  // The partial reply is stored as an aborted turn.
  for (int i = 0; i < 100; ++i) {
    if (History(gw, "agent:main:openai-user:leaver").size() == 2) break;
    std::this_thread::sleep_for(10ms);
  }
  const json messages = History(gw, "agent:main:openai-user:leaver");
  REQUIRE(messages.size() == 2);
  CHECK(messages[1]["stopReason"] == "aborted");
}

TEST_CASE("OpenResponses: response object, event sequence and previous_response_id",
          "[integration][openai]") {
  OpenAiStandin standin;
  GatewayFixture gw(Enabled(standin));
  auto res = Post(gw.port(), "/v1/responses",
                  {{"input", "Hi there"}, {"instructions", "Answer in English."}});
  REQUIRE(res->status == 200);
  const json response = json::parse(res->body);
  const std::string id = response["id"];
  CHECK(id.starts_with("resp_"));
  CHECK(response["object"] == "response");
  CHECK(response["status"] == "completed");
  CHECK(response["model"] == "openclaw");
  CHECK(!response.contains("error"));
  REQUIRE(response["output"].size() == 1);
  const json item = response["output"][0];
  CHECK(item["type"] == "message");
  CHECK(item["role"] == "assistant");
  CHECK(item["phase"] == "final_answer");
  CHECK(item["content"][0]["type"] == "output_text");
  CHECK(item["content"][0]["text"] == "Hello there");
  CHECK(response["usage"] ==
        json{{"input_tokens", 12},
             {"input_tokens_details", {{"cached_tokens", 4}, {"cache_write_tokens", 0}}},
             {"output_tokens", 3},
             {"output_tokens_details", {{"reasoning_tokens", 0}}},
             {"total_tokens", 15}});
  CHECK(LastRequest(standin)["messages"][0]["content"].get<std::string>().find(
            "Answer in English.") != std::string::npos);

  // previous_response_id continues that session (a fresh one otherwise).
  Post(gw.port(), "/v1/responses", {{"input", "Go on"}, {"previous_response_id", id}});
  CHECK(LastRequest(standin)["messages"].size() == 4);
  Post(gw.port(), "/v1/responses", {{"input", "Fresh"}, {"previous_response_id", "resp_unknown"}});
  CHECK(LastRequest(standin)["messages"].size() == 2);
  // …but only for the same caller and agent.
  Post(gw.port(), "/v1/responses",
       {{"input", "Other agent"}, {"model", "openclaw/ops"}, {"previous_response_id", id}});
  CHECK(LastRequest(standin)["messages"].size() == 2);

  auto stream =
      Post(gw.port(), "/v1/responses",
           {{"stream", true},
            {"input", json::array({{{"type", "message"},
                                    {"role", "user"},
                                    {"content", {{{"type", "input_text"}, {"text", "Hi"}}}}}})}});
  REQUIRE(stream->status == 200);
  const auto events = TypedEvents(stream->body);
  const auto types = TypesOf(events);
  REQUIRE(types.size() >= 10);
  const std::vector<std::string> head(types.begin(), types.begin() + 4);
  CHECK(head == std::vector<std::string>{"response.created", "response.in_progress",
                                         "response.output_item.added",
                                         "response.content_part.added"});
  std::string text;
  std::size_t i = 4;
  for (; types[i] == "response.output_text.delta"; ++i) text += events[i].second["delta"];
  CHECK(text == "Hello there");
  const std::vector<std::string> tail(types.begin() + static_cast<long>(i), types.end());
  CHECK(tail == std::vector<std::string>{"response.output_text.done", "response.content_part.done",
                                         "response.output_item.done", "response.completed",
                                         "[DONE]"});
  CHECK(events[i].second["text"] == "Hello there");
  CHECK(events[i + 3].second["response"]["status"] == "completed");
  CHECK(events[i + 3].second["response"]["output"][0]["content"][0]["text"] == "Hello there");

  auto missing = Post(gw.port(), "/v1/responses", {{"input", json::array()}});
  CHECK(missing->status == 400);
  CHECK(json::parse(missing->body) == ErrorOf("Missing user message in `input`."));
}

TEST_CASE("OpenResponses: failures and tool calls", "[integration][openai]") {
  OpenAiStandin standin;
  standin.Set("denied", OpenAiStandin::Behaviour::kUnauthorized);
  standin.Set("tools", OpenAiStandin::Behaviour::kToolCall, {"lookup", "{\"q\":1}"});
  GatewayFixture gw(Enabled(standin));
  auto with_model = [](const char* model) {
    return httplib::Headers{{"Authorization", std::string("Bearer ") + kToken},
                            {"x-openclaw-model", model}};
  };
  auto failed = Post(gw.port(), "/v1/responses", {{"input", "hi"}}, with_model("standin/denied"));
  CHECK(failed->status == 401);
  const json response = json::parse(failed->body);
  CHECK(response["status"] == "failed");
  CHECK(response["output"] == json::array());
  CHECK(response["error"] ==
        json{{"code", "authentication_error"}, {"message", "Incorrect API key provided"}});

  auto stream = Post(gw.port(), "/v1/responses", {{"input", "hi"}, {"stream", true}},
                     with_model("standin/denied"));
  const auto events = TypedEvents(stream->body);
  REQUIRE(events.size() >= 2);
  CHECK(events[events.size() - 2].first == "response.failed");
  CHECK(events[events.size() - 2].second["response"]["error"]["code"] == "authentication_error");

  const json tools = {
      {{"type", "function"}, {"name", "lookup"}, {"parameters", {{"type", "object"}}}}};
  auto called = Post(gw.port(), "/v1/responses", {{"input", "find it"}, {"tools", tools}},
                     with_model("standin/tools"));
  REQUIRE(called->status == 200);
  const json output = json::parse(called->body)["output"];
  REQUIRE(output.size() == 1);
  CHECK(output[0]["type"] == "function_call");
  CHECK(output[0]["call_id"] == "call_standin_1");
  CHECK(output[0]["name"] == "lookup");
  CHECK(output[0]["arguments"] == "{\"q\":1}");
  CHECK(!output[0].contains("status"));
  CHECK(LastRequest(standin)["tools"][0]["function"]["name"] == "lookup");
}
