// The in-process gateway the Telegram tests run: the stand-in model provider, the stand-in Bot
// API as apiRoot, one default account bound to agent main, short channel timings.
#pragma once

#include <chrono>
#include <nlohmann/json.hpp>

#include "tests/integration/gateway_fixture.hpp"
#include "tests/support/openai_standin.hpp"
#include "tests/support/telegram_standin.hpp"

namespace gateway::testing {

inline FixtureOptions TelegramGateway(const OpenAiStandin& model, const TelegramStandin& bot,
                                      nlohmann::json telegram = nlohmann::json::object()) {
  using nlohmann::json;
  using namespace std::chrono_literals;
  FixtureOptions options;
  json channel = {{"botToken", kStandinBotToken}, {"apiRoot", bot.api_root()}};
  channel.merge_patch(telegram);
  options.config = {
      {"models",
       {{"providers",
         {{"standin",
           {{"baseUrl", model.base_url()},
            {"apiKey", kStandinApiKey},
            {"api", "openai-completions"},
            {"models", json::array({{{"id", "m1"}, {"name", "Stand-in One"}}})}}}}}}},
      {"agents", {{"defaults", {{"model", "standin/m1"}}}}},
      {"session", {{"dmScope", "per-channel-peer"}}},
      {"bindings", json::array({{{"agentId", "main"},
                                 {"match", {{"channel", "telegram"}, {"accountId", "default"}}}}})},
      {"channels", {{"telegram", channel}}}};
  options.timings.channels.poll_timeout_s = 1;
  options.timings.channels.retry_min = 100ms;
  options.timings.channels.retry_max = 400ms;
  return options;
}

inline const nlohmann::json kOpenDms = {{"dmPolicy", "open"},
                                        {"allowFrom", nlohmann::json::array({"*"})}};

}  // namespace gateway::testing
