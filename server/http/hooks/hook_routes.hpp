// The hook routes (http.md §7): one POST prefix route at hooks.path with the hook-token auth and
// the 256 KiB body limit; <base>/wake and <base>/agent, then <base>/<name> through
// hooks.mappings (first match; none → 404; a mapping without an action → 204). Registered by
// app::Gateway only when hooks are enabled with a token.
#pragma once

#include <memory>

#include "server/http/hooks/hook_context.hpp"
#include "server/http/routes.hpp"

namespace gateway::http::hooks {

class HookRoutes {
 public:
  explicit HookRoutes(HookContext context);
  // The routes refer to this object: it must outlive `routes`' use.
  void Register(Routes& routes);

 private:
  void Handle(const std::shared_ptr<transport::HttpExchange>& exchange);
  void Mapped(const std::shared_ptr<transport::HttpExchange>& exchange, std::string_view name,
              const nlohmann::json& body);

  HookContext context_;
};

}  // namespace gateway::http::hooks
