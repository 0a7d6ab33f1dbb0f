// What every service method gets besides its params: who is calling, where to run blocking work,
// the logger, the request's trace id, a cancellation token for work tied to this call, and the
// typed event emitters. Copyable: keep a copy for work that answers later.
#pragma once

#include <memory>
#include <string>
#include <utility>

#include "server/logging/logger.hpp"
#include "server/rpc/event_publisher.hpp"
#include "server/rpc/peer.hpp"
#include "server/runtime/cancellation.hpp"
#include "server/runtime/executor.hpp"

namespace gateway::rpc {

class CallContext {
 public:
  // What the control plane lends every call.
  struct Environment {
    runtime::Executor* executor = nullptr;  // blocking work (file reads, SQLite)
    logging::Logger* log = nullptr;
    EventPublisher* publisher = nullptr;
  };

  CallContext(std::shared_ptr<const Peer> peer, Environment environment, std::string trace_id = {},
              runtime::CancellationToken cancellation = {})
      : peer_(std::move(peer)),
        environment_(environment),
        trace_id_(std::move(trace_id)),
        cancellation_(std::move(cancellation)) {}

  const Peer& peer() const { return *peer_; }
  const std::shared_ptr<const Peer>& shared_peer() const { return peer_; }
  runtime::Executor& executor() const { return *environment_.executor; }
  logging::Logger& log() const { return *environment_.log; }
  EventPublisher& publisher() const { return *environment_.publisher; }
  // The W3C trace id of the request's `traceparent`, or "" when it carried none.
  const std::string& trace_id() const { return trace_id_; }
  // Cancelled when the calling connection goes away. Work that must outlive the caller (an agent
  // run) does not watch it.
  const runtime::CancellationToken& cancellation() const { return cancellation_; }

  // Typed emitters: to every connection the event's scope admits, or to an audience.
  Emitter Emit() const { return Emitter(publisher(), Audience::Everyone()); }
  Emitter EmitTo(Audience audience) const { return Emitter(publisher(), std::move(audience)); }

 private:
  std::shared_ptr<const Peer> peer_;
  Environment environment_;
  std::string trace_id_;
  runtime::CancellationToken cancellation_;
};

}  // namespace gateway::rpc
