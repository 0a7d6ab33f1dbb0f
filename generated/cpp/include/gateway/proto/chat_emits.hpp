// Generated from protocol/events/chat.yaml, protocol/events/sessions.yaml, protocol/methods/chat.yaml.
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

// The emitter of a method by id, e.g. MethodEmits<MethodId::kChatInject>::type is ChatInjectEmits.
template <>
struct MethodEmits<MethodId::kChatInject> {
  using type = ChatInjectEmits;
};

}  // namespace gateway::proto
