// The chat domain (methods.md §8): chat.send and chat.abort (turns through the run engine),
// chat.history and chat.inject (the session store). Protocol <-> domain translation only.
#pragma once

#include <functional>

#include "gateway/proto/chat_service.hpp"
#include "server/channels/outbound.hpp"
#include "server/config/live_config.hpp"
#include "server/domain/sessions/session_store.hpp"
#include "server/rpc/call_context.hpp"
#include "server/services/agent/run_access.hpp"

namespace gateway::services {

class ChatService final : public proto::ChatService {
 public:
  struct Domain {
    domain::sessions::SessionStore& store;
    const config::LiveConfig& config;  // a snapshot per request
    RunAccess runs;
    std::function<std::int64_t()> now_ms;    // default: the system clock
    channels::Outbound* outbound = nullptr;  // deliver:true; null: no channels
  };
  explicit ChatService(Domain domain);

  void ChatHistory(proto::ChatHistoryParams params, rpc::CallContext& context,
                   proto::Reply<proto::ChatHistoryResult> reply) override;
  void ChatSend(proto::ChatSendParams params, rpc::CallContext& context,
                proto::Reply<proto::ChatSendResult> reply) override;
  void ChatAbort(proto::ChatAbortParams params, rpc::CallContext& context,
                 proto::Reply<proto::AbortResult> reply) override;
  void ChatInject(proto::ChatInjectParams params, rpc::CallContext& context,
                  proto::Reply<proto::ChatInjectResult> reply) override;

 private:
  std::int64_t Now() const;
  Domain domain_;
};

}  // namespace gateway::services
