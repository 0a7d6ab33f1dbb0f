// A tiny in-process WebSocket server on 127.0.0.1:<ephemeral> that speaks just enough of the
// gateway protocol to exercise the C++ client. One thread per connection, blocking Beast I/O.
//
// Paths: "/" protocol mode (challenge, connect, hello-ok, the test methods below);
// "/raw" echoes every message with its own type and obeys text commands ("close:<code>:<reason>",
// "drop", "ping", "pongs?", "big:<bytes>"); "/silent" upgrades and never sends;
// "/hang" never answers the upgrade; "/forbidden" answers the upgrade with HTTP 403.
//
// Protocol-mode methods: echo (payload {id, method, params}), hold (answered at the next flush,
// newest first), flush, never, events ({seqs:[…]} pushes "test.event" frames, then answers),
// accepted (two-phase: "accepted" then "ok"), fail (FORBIDDEN), close ({code, reason}: answers,
// then closes), drop (closes TCP without answering). A request without an id gets id "invalid".
// connect with auth.token "wrong" is rejected (1008); "slam" closes 1008 without a response;
// "extras" adds members unknown to the schema; invalid ConnectParams are rejected (1008).
#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace gateway::client::test {

class FakeGateway {
 public:
  FakeGateway();
  ~FakeGateway();
  FakeGateway(const FakeGateway&) = delete;
  FakeGateway& operator=(const FakeGateway&) = delete;

  std::uint16_t port() const;
  std::string Url(std::string_view path = "/") const;

  // The last connect request frame as received (null before any).
  nlohmann::json last_connect() const;
  // Origin header of the last upgrade request ("" when absent).
  std::string last_origin() const;
  // Pongs received from clients, over all connections.
  int pongs() const;
  // Code of the last close frame a client sent (0 before any).
  int last_client_close_code() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gateway::client::test
