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

// The scopes granted in hello-ok: as sent (names, unknown ones included) and as checked (the
// ones this gateway knows), built together so they cannot disagree.
class GrantedScopes {
 public:
  GrantedScopes() = default;
  explicit GrantedScopes(std::vector<std::string> names) : names_(std::move(names)) {
    for (const auto& name : names_) {
      if (auto known = proto::ParseScope(name)) known_.push_back(*known);
    }
  }
  explicit GrantedScopes(std::vector<proto::Scope> scopes) : known_(std::move(scopes)) {
    for (auto scope : known_) names_.emplace_back(proto::ToString(scope));
  }
  const std::vector<std::string>& names() const { return names_; }
  bool Grants(proto::Scope scope) const { return proto::ScopesGrant(known_, scope); }

 private:
  std::vector<std::string> names_;
  std::vector<proto::Scope> known_;
};

struct Peer {
  std::string conn_id;  // UUID sent as hello-ok server.connId
  std::string remote_ip;
  bool loopback = false;
  proto::Role role = proto::Role::kOperator;
  GrantedScopes scopes;
  proto::ConnectParams connect;
  std::int64_t protocol = 4;
  std::string presence_key;  // "" for clients that have no presence entry (cli, backend, probe)

  bool HasScope(proto::Scope scope) const { return scopes.Grants(scope); }
  bool IsAdmin() const { return HasScope(proto::Scope::kOperatorAdmin); }
  // A connect cap such as "tool-events" or "session-scoped-events" (protocol.md §3).
  bool HasCap(std::string_view cap) const {
    const auto& caps = connect.caps;
    return caps && std::find(caps->begin(), caps->end(), cap) != caps->end();
  }
};

}  // namespace gateway::rpc
