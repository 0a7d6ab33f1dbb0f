#include "server/http/hooks/hook_routes.hpp"

#include "server/http/hooks/hook_agent.hpp"
#include "server/http/hooks/hook_mappings.hpp"
#include "server/http/hooks/hook_reply.hpp"
#include "server/http/hooks/hook_wake.hpp"
#include "server/platform/text.hpp"

namespace gateway::http::hooks {

HookRoutes::HookRoutes(HookDependencies deps, std::string base_path,
                       std::optional<HookSettings> settings)
    : deps_(std::move(deps)), base_path_(std::move(base_path)) {
  SetSettings(std::move(settings));
}

void HookRoutes::SetSettings(std::optional<HookSettings> settings) {
  settings_.Store(settings ? std::make_shared<const HookSettings>(std::move(*settings)) : nullptr);
}

void HookRoutes::Register(Routes& routes) {
  routes.Add(
      {.path = base_path_,
       .prefix = true,
       .methods = {"POST"},
       .auth = RouteAuth::kHookToken,
       .max_body = kMaxHookBody,
       .handle = [this](std::shared_ptr<transport::HttpExchange> exchange) { Handle(exchange); },
       .enabled = [this] { return settings_.Load() != nullptr; }});
}

void HookRoutes::Handle(const std::shared_ptr<transport::HttpExchange>& exchange) {
  const auto settings = settings_.Load();
  if (!settings) return exchange->Respond({404, "text/plain; charset=utf-8", {}, "Not Found"});
  const auto config = deps_.config.Typed();
  const HookContext context{.config = *config,
                            .settings = *settings,
                            .engine = deps_.engine,
                            .system_events = deps_.system_events,
                            .events = deps_.events,
                            .log = deps_.log};
  std::string_view path = PathOf(exchange->request().target);
  path.remove_prefix(std::min(path.size(), base_path_.size()));
  while (!path.empty() && path.front() == '/') path.remove_prefix(1);
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  if (path.empty()) return exchange->Respond({404, "text/plain; charset=utf-8", {}, "Not Found"});

  auto body = ParseHookBody(exchange->request().body);
  if (!body) return exchange->Respond(HookError(400, body.error()));
  if (path == "wake") {
    auto payload = ParseWakePayload(*body);
    if (!payload) return exchange->Respond(HookError(400, payload.error()));
    return WakeHook(context, exchange, *payload, KeySource::kRequest);
  }
  if (path == "agent") {
    auto payload = ParseAgentPayload(*body);
    if (!payload) return exchange->Respond(HookError(400, payload.error()));
    const TargetQuery query{.agent_id = payload->agent_id,
                            .session_key = payload->session_key,
                            .key_source = KeySource::kRequest};
    return AgentHook(context, exchange, std::move(*payload), query);
  }
  Mapped(context, exchange, path, *body);
}

void HookRoutes::Mapped(const HookContext& context,
                        const std::shared_ptr<transport::HttpExchange>& exchange,
                        std::string_view name, const nlohmann::json& body) {
  const auto* mapping = FindMapping(context.settings.mappings, name, body);
  if (!mapping) return exchange->Respond({404, "text/plain; charset=utf-8", {}, "Not Found"});
  if (!mapping->action) return exchange->Respond({204, "text/plain; charset=utf-8", {}, ""});

  const nlohmann::json mapped = MappedBody(*mapping, name, body);
  // The mapping's own sessionKey is the operator's; a body's sessionKey stays a request key.
  TargetQuery query;
  if (auto it = mapped.find("agentId"); it != mapped.end()) query.agent_id = it->get<std::string>();
  if (mapping->session_key) {
    query.session_key = *mapping->session_key;
    query.key_source = KeySource::kConfig;
  } else if (auto key = body.find("sessionKey");
             key != body.end() && key->is_string() &&
             !platform::TrimAsciiSpace(*key->get_ptr<const std::string*>()).empty()) {
    query.session_key = key->get<std::string>();
  }
  if (*mapping->action == proto::HookAction::kWake) {
    auto payload = ParseWakePayload(mapped);
    if (!payload) return exchange->Respond(HookError(400, payload.error()));
    payload->agent_id = query.agent_id;
    payload->session_key = query.session_key;
    return WakeHook(context, exchange, *payload, query.key_source);
  }
  auto payload = ParseAgentPayload(mapped);
  if (!payload) return exchange->Respond(HookError(400, payload.error()));
  AgentHook(context, exchange, std::move(*payload), query);
}

}  // namespace gateway::http::hooks
