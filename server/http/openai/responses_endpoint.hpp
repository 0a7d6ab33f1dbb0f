// POST /v1/responses (OpenResponses, spec/http.md §5): one agent turn through the run engine,
// answered as a response object or streamed as response.* events; previous_response_id
// continues the session of an earlier response.
#pragma once

#include <memory>

#include "server/http/openai/chat_completions.hpp"
#include "server/http/openai/response_sessions.hpp"
#include "server/transport/transport.hpp"

namespace gateway::http::openai {

class ResponsesEndpoint {
 public:
  explicit ResponsesEndpoint(EndpointDependencies deps) : deps_(deps) {}
  void Handle(std::shared_ptr<transport::HttpExchange> exchange);

 private:
  EndpointDependencies deps_;
  ResponseSessions sessions_;
};

}  // namespace gateway::http::openai
