// The operator scopes of an HTTP request (spec/http.md §3): a shared-secret bearer (token or
// password) is a full operator and any x-openclaw-scopes header is ignored; identity-bearing
// modes (none, trusted-proxy) take x-openclaw-scopes (comma-separated) as a cap, absent → the
// full operator set.
#pragma once

#include "server/config/gateway_settings.hpp"
#include "server/rpc/peer.hpp"
#include "server/transport/transport.hpp"

namespace gateway::http {

rpc::GrantedScopes HttpScopes(config::AuthMode mode, const transport::HttpRequest& request);

// 403 {"ok":false,"error":{"type":"forbidden","message":"missing scope: <scope>","details":…}}.
transport::HttpResponse MissingScopeResponse(proto::Scope scope);

}  // namespace gateway::http
