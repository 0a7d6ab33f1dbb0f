// Generated from protocol/events/agent.yaml, protocol/events/chat.yaml, protocol/events/sessions.yaml, protocol/methods/chat.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Typed emitters restricted to the events each chat method declares in `emits:`: a handler
// given one can emit only those. They publish through the same EventSink as EventEmitter.
#pragma once

#include <string_view>

#include "gateway/proto/events.hpp"
#include "gateway/proto/fwd.hpp"
#include "gateway/proto/protocol.hpp"

namespace gateway::proto {

// chat.inject emits chat, session.message.
class ChatInjectEmits {
 public:
  explicit ChatInjectEmits(EventSink& sink) : emit_(sink) {}

  // chat: Chat state of a run on a session (status, delta, final, aborted, error); chat.inject sends a final with seq 0.
  void Chat(const ChatEvent& payload) { emit_.Chat(payload); }

  // session.message: A transcript message was added; only to sockets subscribed to that session with sessions.messages.subscribe.
  void SessionMessage(const SessionMessageEvent& payload) { emit_.SessionMessage(payload); }

 private:
  EventEmitter emit_;
};

// chat.send emits chat, agent, session.message, sessions.changed.
class ChatSendEmits {
 public:
  explicit ChatSendEmits(EventSink& sink) : emit_(sink) {}

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

// The emitter of a method by id, e.g. MethodEmits<MethodId::kChatInject>::type is ChatInjectEmits.
template <>
struct MethodEmits<MethodId::kChatInject> {
  using type = ChatInjectEmits;
};
template <>
struct MethodEmits<MethodId::kChatSend> {
  using type = ChatSendEmits;
};

}  // namespace gateway::proto
