// Generated from protocol/events/agent.yaml, protocol/events/chat.yaml, protocol/events/sessions.yaml, protocol/methods/sessions.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Typed emitters restricted to the events each sessions method declares in `emits:`: a handler
// given one can emit only those. They publish through the same EventSink as EventEmitter.
#pragma once

#include <string_view>

#include "gateway/proto/events.hpp"
#include "gateway/proto/fwd.hpp"
#include "gateway/proto/protocol.hpp"

namespace gateway::proto {

// sessions.compact emits sessions.changed.
class SessionsCompactEmits {
 public:
  explicit SessionsCompactEmits(EventSink& sink) : emit_(sink) {}

  // sessions.changed: A session row changed; only to sockets that called sessions.subscribe.
  void SessionsChanged(const SessionsChangedEvent& payload) { emit_.SessionsChanged(payload); }

 private:
  EventEmitter emit_;
};

// sessions.delete emits sessions.changed.
class SessionsDeleteEmits {
 public:
  explicit SessionsDeleteEmits(EventSink& sink) : emit_(sink) {}

  // sessions.changed: A session row changed; only to sockets that called sessions.subscribe.
  void SessionsChanged(const SessionsChangedEvent& payload) { emit_.SessionsChanged(payload); }

 private:
  EventEmitter emit_;
};

// sessions.patch emits sessions.changed.
class SessionsPatchEmits {
 public:
  explicit SessionsPatchEmits(EventSink& sink) : emit_(sink) {}

  // sessions.changed: A session row changed; only to sockets that called sessions.subscribe.
  void SessionsChanged(const SessionsChangedEvent& payload) { emit_.SessionsChanged(payload); }

 private:
  EventEmitter emit_;
};

// sessions.reset emits sessions.changed.
class SessionsResetEmits {
 public:
  explicit SessionsResetEmits(EventSink& sink) : emit_(sink) {}

  // sessions.changed: A session row changed; only to sockets that called sessions.subscribe.
  void SessionsChanged(const SessionsChangedEvent& payload) { emit_.SessionsChanged(payload); }

 private:
  EventEmitter emit_;
};

// sessions.send emits chat, agent, session.message, sessions.changed.
class SessionsSendEmits {
 public:
  explicit SessionsSendEmits(EventSink& sink) : emit_(sink) {}

  // chat: Chat state of a run on a session (status, delta, final, aborted, error); chat.inject sends a final with seq 0.
  void Chat(const ChatEvent& payload) { emit_.Chat(payload); }

  // agent: One event of a run: lifecycle, assistant text (coalesced every 75 ms), thinking, tool (run owner with cap tool-events only), item, error.
  void Agent(const AgentEvent& payload) { emit_.Agent(payload); }

  // session.message: A transcript message was added; only to sockets subscribed to that session with sessions.messages.subscribe.
  void SessionMessage(const SessionMessageEvent& payload) { emit_.SessionMessage(payload); }

  // sessions.changed: A session row changed; only to sockets that called sessions.subscribe.
  void SessionsChanged(const SessionsChangedEvent& payload) { emit_.SessionsChanged(payload); }

 private:
  EventEmitter emit_;
};

// The emitter of a method by id, e.g. MethodEmits<MethodId::kSessionsCompact>::type is SessionsCompactEmits.
template <>
struct MethodEmits<MethodId::kSessionsCompact> {
  using type = SessionsCompactEmits;
};
template <>
struct MethodEmits<MethodId::kSessionsDelete> {
  using type = SessionsDeleteEmits;
};
template <>
struct MethodEmits<MethodId::kSessionsPatch> {
  using type = SessionsPatchEmits;
};
template <>
struct MethodEmits<MethodId::kSessionsReset> {
  using type = SessionsResetEmits;
};
template <>
struct MethodEmits<MethodId::kSessionsSend> {
  using type = SessionsSendEmits;
};

}  // namespace gateway::proto
