// What the gateway knows about one authenticated connection, and the CallContext handlers get.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "gateway/proto/frames.hpp"
#include "gateway/proto/protocol.hpp"
#include "server/transport/transport.hpp"

namespace gateway::server {

struct Session {
  std::shared_ptr<transport::Connection> connection;
  std::string conn_id;  // UUID sent as hello-ok server.connId
  std::string remote_ip;
  bool loopback = false;
  proto::Role role = proto::Role::kOperator;
  std::vector<std::string> scopes;         // effective scopes, as granted in hello-ok
  std::vector<proto::Scope> known_scopes;  // the ones this gateway knows
  proto::ConnectParams connect;
  std::int64_t protocol = 4;
  std::string presence_key;  // "" for clients that have no presence entry (cli, backend, probe)
  int unauthorized_role_calls = 0;

  bool HasScope(proto::Scope scope) const { return proto::ScopesGrant(known_scopes, scope); }
  bool IsAdmin() const { return HasScope(proto::Scope::kOperatorAdmin); }
};

}  // namespace gateway::server

namespace gateway::rpc {

// Passed to every service method: who is calling.
class CallContext {
 public:
  explicit CallContext(std::shared_ptr<server::Session> session) : session_(std::move(session)) {}
  const server::Session& session() const { return *session_; }

 private:
  std::shared_ptr<server::Session> session_;
};

}  // namespace gateway::rpc
