#include "server/http/http_scopes.hpp"

#include <nlohmann/json.hpp>

#include "gateway/proto/errors.hpp"
#include "server/platform/text.hpp"

namespace gateway::http {

namespace {

std::vector<proto::Scope> FullOperator() {
  using proto::Scope;
  return {Scope::kOperatorAdmin, Scope::kOperatorApprovals,   Scope::kOperatorPairing,
          Scope::kOperatorRead,  Scope::kOperatorTalkSecrets, Scope::kOperatorWrite};
}

}  // namespace

rpc::GrantedScopes HttpScopes(config::AuthMode mode, const transport::HttpRequest& request) {
  const bool shared_secret =
      mode == config::AuthMode::kToken || mode == config::AuthMode::kPassword;
  auto header = request.headers.find("x-openclaw-scopes");
  if (shared_secret || header == request.headers.end()) return rpc::GrantedScopes(FullOperator());
  std::vector<std::string> names;
  std::string_view rest = header->second;
  while (!rest.empty()) {
    const auto comma = rest.find(',');
    const auto name = platform::TrimAsciiSpace(rest.substr(0, comma));
    if (!name.empty()) names.emplace_back(name);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  return rpc::GrantedScopes(std::move(names));
}

transport::HttpResponse MissingScopeResponse(proto::Scope scope) {
  const std::string name(proto::ToString(scope));
  proto::MissingScopeDetails details;
  details.missing_scope = name;
  details.required_scopes = {name};
  nlohmann::json body = {{"ok", false},
                         {"error",
                          {{"type", "forbidden"},
                           {"message", "missing scope: " + name},
                           {"details", Write(details)}}}};
  return {403, "application/json; charset=utf-8", {{"Cache-Control", "no-store"}}, body.dump()};
}

}  // namespace gateway::http
