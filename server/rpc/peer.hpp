// Who is calling: one authenticated control-plane connection's identity, role and scopes, as
// granted in hello-ok. A peer holds no socket; the control plane keeps the connection.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "gateway/proto/frames.hpp"
#include "gateway/proto/protocol.hpp"

namespace gateway::rpc {

struct Peer {
  std::string conn_id;  // UUID sent as hello-ok server.connId
  std::string remote_ip;
  bool loopback = false;
  proto::Role role = proto::Role::kOperator;
  std::vector<std::string> scopes;         // effective scopes, as granted in hello-ok
  std::vector<proto::Scope> known_scopes;  // the ones this gateway knows
  proto::ConnectParams connect;
  std::int64_t protocol = 4;
  std::string presence_key;  // "" for clients that have no presence entry (cli, backend, probe)

  bool HasScope(proto::Scope scope) const { return proto::ScopesGrant(known_scopes, scope); }
  bool IsAdmin() const { return HasScope(proto::Scope::kOperatorAdmin); }
  // A connect cap such as "tool-events" or "session-scoped-events" (protocol.md §3).
  bool HasCap(std::string_view cap) const {
    const auto& caps = connect.caps;
    return caps && std::find(caps->begin(), caps->end(), cap) != caps->end();
  }
};

}  // namespace gateway::rpc
