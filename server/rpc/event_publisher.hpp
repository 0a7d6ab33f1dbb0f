// How anything that outlives a request (the run engine, stores, presence, health) sends events:
// to an audience, through the control plane's event bus. Payloads are serialized once; each
// connection adds its own seq, and the event's receive scope (protocol.md §9) always applies.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>

#include "gateway/proto/events.hpp"

namespace gateway::rpc {

// Who receives an event, on top of its scope gate.
struct Audience {
  enum class Kind {
    kEveryone,         // every connection the event's scope admits
    kConnection,       // one connection (key: its conn id)
    kSessionWatchers,  // connections that called sessions.subscribe (key: unused, "" = all of them)
    kSessionMessages,  // connections that sessions.messages.subscribe'd session `key`
    kSessionEvents,    // run/chat events of session `key`: everyone, except clients with cap
                       // `session-scoped-events` that did not subscribe to its messages
    kRunOwner,         // the connection that started run `key`, if it has cap `tool-events`
    kApprovalClients,  // approval clients (protocol.md §9: approvals scope and an approvals UI)
  };
  Kind kind = Kind::kEveryone;
  std::string key;

  static Audience Everyone() { return {}; }
  static Audience Connection(std::string conn_id) {
    return {Kind::kConnection, std::move(conn_id)};
  }
  static Audience SessionWatchers() { return {Kind::kSessionWatchers, {}}; }
  static Audience SessionMessages(std::string session_key) {
    return {Kind::kSessionMessages, std::move(session_key)};
  }
  static Audience SessionEvents(std::string session_key) {
    return {Kind::kSessionEvents, std::move(session_key)};
  }
  static Audience RunOwner(std::string run_id) { return {Kind::kRunOwner, std::move(run_id)}; }
  static Audience ApprovalClients() { return {Kind::kApprovalClients, {}}; }
};

class EventPublisher {
 public:
  virtual ~EventPublisher() = default;
  // `state_version` is the JSON of the frame's stateVersion member, or null.
  virtual void Publish(const proto::EventInfo& event, std::shared_ptr<const std::string> payload,
                       const nlohmann::json& state_version, const Audience& audience) = 0;
};

// The generated EventSink over an audience: the generated emitters' own `target` (a connection id)
// narrows it to that connection.
class AudienceSink final : public proto::EventSink {
 public:
  AudienceSink(EventPublisher& publisher, Audience audience)
      : publisher_(publisher), audience_(std::move(audience)) {}
  void Publish(const proto::EventInfo& event, std::shared_ptr<const std::string> payload,
               const nlohmann::json& state_version, std::string_view target) override {
    if (target.empty())
      return publisher_.Publish(event, std::move(payload), state_version, audience_);
    publisher_.Publish(event, std::move(payload), state_version,
                       Audience::Connection(std::string(target)));
  }

 private:
  EventPublisher& publisher_;
  Audience audience_;
};

// A generated typed emitter aimed at one audience: proto::EventEmitter (every event), or a
// method's own proto::<Method>Emits (only the events its YAML `emits:` lists).
//   rpc::Emitter(publisher, rpc::Audience::SessionWatchers())->SessionsChanged(event);
//   context.Emits<proto::SystemEventEmits>()->Presence(event, version);
template <class Emits>
class TypedEmitter {
 public:
  TypedEmitter(EventPublisher& publisher, Audience audience)
      : sink_(publisher, std::move(audience)), emit_(sink_) {}
  TypedEmitter(const TypedEmitter&) = delete;
  TypedEmitter& operator=(const TypedEmitter&) = delete;
  Emits* operator->() { return &emit_; }

 private:
  AudienceSink sink_;
  Emits emit_;
};

using Emitter = TypedEmitter<proto::EventEmitter>;

}  // namespace gateway::rpc
