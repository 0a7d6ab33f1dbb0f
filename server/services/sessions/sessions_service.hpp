// The sessions domain (methods.md §5): list, preview, resolve, patch, reset, delete, compact and
// the subscriptions. Protocol <-> domain translation only; every answer comes from a SessionStore
// callback (never blocking the calling I/O thread).
#pragma once

#include <filesystem>
#include <functional>

#include "gateway/proto/sessions_service.hpp"
#include "server/config/live_config.hpp"
#include "server/domain/sessions/session_store.hpp"
#include "server/rpc/call_context.hpp"
#include "server/rpc/subscriptions.hpp"
#include "server/services/agent/run_access.hpp"

namespace gateway::services {

class SessionsService final : public proto::SessionsService {
 public:
  struct Domain {
    domain::sessions::SessionStore& store;
    rpc::Subscriptions& subscriptions;
    const config::LiveConfig& config;  // a snapshot per request
    RunAccess runs;
    std::function<std::int64_t()> now_ms;  // default: the system clock
  };
  explicit SessionsService(Domain domain);

  void SessionsSend(proto::SessionsSendParams params, rpc::CallContext& context,
                    proto::Reply<proto::SessionsSendResult> reply) override;
  void SessionsAbort(proto::SessionsAbortParams params, rpc::CallContext& context,
                     proto::Reply<proto::AbortResult> reply) override;
  void SessionsList(proto::SessionsListParams params, rpc::CallContext& context,
                    proto::Reply<proto::SessionsListResult> reply) override;
  void SessionsPreview(proto::SessionsPreviewParams params, rpc::CallContext& context,
                       proto::Reply<proto::SessionsPreviewResult> reply) override;
  void SessionsResolve(proto::SessionsResolveParams params, rpc::CallContext& context,
                       proto::Reply<proto::SessionsResolveResult> reply) override;
  void SessionsPatch(proto::SessionsPatchParams params, rpc::CallContext& context,
                     proto::Reply<proto::SessionsPatchResult> reply) override;
  void SessionsReset(proto::SessionsResetParams params, rpc::CallContext& context,
                     proto::Reply<proto::SessionsResetResult> reply) override;
  void SessionsDelete(proto::SessionsDeleteParams params, rpc::CallContext& context,
                      proto::Reply<proto::SessionsDeleteResult> reply) override;
  void SessionsCompact(proto::SessionsCompactParams params, rpc::CallContext& context,
                       proto::Reply<proto::SessionsCompactResult> reply) override;
  void SessionsSubscribe(proto::SessionsListParams params, rpc::CallContext& context,
                         proto::Reply<proto::SessionsSubscribeResult> reply) override;
  void SessionsMessagesSubscribe(proto::SessionsMessagesSubscribeParams params,
                                 rpc::CallContext& context,
                                 proto::Reply<proto::SessionsMessagesSubscription> reply) override;
  void SessionsMessagesUnsubscribe(
      proto::SessionsMessagesUnsubscribeParams params, rpc::CallContext& context,
      proto::Reply<proto::SessionsMessagesSubscription> reply) override;

 private:
  // Builds the sessions.list answer; `done` gets it or the error.
  void BuildList(
      const proto::SessionsListParams& params,
      std::function<void(domain::sessions::StoreResult<proto::SessionsListResult>)> done);
  std::int64_t Now() const;

  Domain domain_;
};

}  // namespace gateway::services
