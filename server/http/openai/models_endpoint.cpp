#include "server/http/openai/models_endpoint.hpp"

#include <nlohmann/json.hpp>

#include "server/domain/agents/agent_config.hpp"
#include "server/http/openai/agent_target.hpp"
#include "server/http/openai/openai_error.hpp"
#include "server/http/routes.hpp"
#include "server/platform/percent_decode.hpp"

namespace gateway::http::openai {
namespace {

using nlohmann::json;

constexpr std::string_view kModelsPath = "/v1/models";

json ModelObject(std::string id) {
  return {{"id", std::move(id)},
          {"object", "model"},
          {"created", 0},
          {"owned_by", "openclaw"},
          {"permission", json::array()}};
}

}  // namespace

void ModelsEndpoint::Handle(const std::shared_ptr<transport::HttpExchange>& exchange) const {
  const std::string_view path = PathOf(exchange->request().target);
  const auto config = config_.Typed();
  if (path == kModelsPath) {
    json data = json::array({ModelObject("openclaw"), ModelObject("openclaw/default")});
    for (const auto& id : domain::agents::ConfiguredAgentIds(*config)) {
      data.push_back(ModelObject("openclaw/" + id));
    }
    return exchange->Respond(JsonResponse(200, json{{"object", "list"}, {"data", data}}.dump()));
  }
  const std::string_view raw = path.substr(kModelsPath.size() + 1);  // after "/v1/models/"
  if (raw.empty())
    return exchange->Respond(ErrorResponse(OpenAiError::Invalid("Missing model id.")));
  auto id = platform::PercentDecode(raw);
  if (!id)
    return exchange->Respond(ErrorResponse(OpenAiError::Invalid("Invalid model id encoding.")));
  auto agent = AgentOfModelName(*id);
  if (!agent) return exchange->Respond(ErrorResponse(OpenAiError::Invalid("Invalid model id.")));
  if (!agent->empty()) {
    const auto ids = domain::agents::ConfiguredAgentIds(*config);
    if (std::find(ids.begin(), ids.end(), *agent) == ids.end()) {
      return exchange->Respond(
          ErrorResponse({404, "Model '" + *id + "' not found.", std::string(kInvalidRequest), {}}));
    }
  }
  exchange->Respond(JsonResponse(200, ModelObject(*id).dump()));
}

}  // namespace gateway::http::openai
