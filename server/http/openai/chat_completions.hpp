// POST /v1/chat/completions (spec/http.md §4): one agent turn through the run engine on the
// session the request addresses, answered as a chat.completion or streamed as
// chat.completion.chunk SSE events. A client that goes away aborts the run (and so the upstream
// request).
#pragma once

#include <memory>

#include "server/config/gateway_settings.hpp"
#include "server/config/live_config.hpp"
#include "server/domain/runs/run_engine.hpp"
#include "server/transport/transport.hpp"

namespace gateway::http::openai {

struct EndpointDependencies {
  const config::LiveConfig& config;  // a snapshot per request
  domain::runs::RunEngine& runs;
  config::AuthMode auth_mode;
};

class ChatCompletionsEndpoint {
 public:
  explicit ChatCompletionsEndpoint(EndpointDependencies deps) : deps_(deps) {}
  void Handle(std::shared_ptr<transport::HttpExchange> exchange);

 private:
  EndpointDependencies deps_;
};

}  // namespace gateway::http::openai
