// The OpenAI-compatible routes (spec/http.md §1, §4, §5) as gateway.http.endpoints enables them:
// /v1/chat/completions and /v1/responses each by their flag, /v1/models* with either. The flags
// are read from the live config on every request; a disabled route answers like an unknown path
// (404 Not Found).
#pragma once

#include <memory>

#include "server/http/openai/chat_completions.hpp"
#include "server/http/openai/models_endpoint.hpp"
#include "server/http/openai/responses_endpoint.hpp"
#include "server/http/routes.hpp"

namespace gateway::http::openai {

class OpenAiRoutes {
 public:
  explicit OpenAiRoutes(EndpointDependencies deps);
  void AddTo(Routes& routes);

  // The flags as configured now.
  bool chat_completions_enabled() const;
  bool responses_enabled() const;

 private:
  const config::LiveConfig& config_;
  ModelsEndpoint models_;
  ChatCompletionsEndpoint chat_;
  ResponsesEndpoint responses_;
};

}  // namespace gateway::http::openai
