// The channels domain (methods.md §3): channels.status from the channel manager, and channel DM
// pairing (channels.pairing.list|approve|dismiss) over the channels' pairing store.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "gateway/proto/channels_service.hpp"
#include "server/channels/channel_manager.hpp"
#include "server/config/live_config.hpp"
#include "server/domain/health/health_monitor.hpp"
#include "server/rpc/call_context.hpp"

namespace gateway::services {

class ChannelsService final : public proto::ChannelsService {
 public:
  struct Domain {
    channels::ChannelManager& channels;
    const config::LiveConfig& config;      // a snapshot per request
    std::function<std::int64_t()> now_ms;  // default: the system clock
  };
  explicit ChannelsService(Domain domain);

  void ChannelsStatus(proto::ChannelsStatusParams params, rpc::CallContext& context,
                      proto::Reply<proto::ChannelsStatusResult> reply) override;
  void ChannelsStart(proto::ChannelAccountParams params, rpc::CallContext& context,
                     proto::Reply<proto::ChannelsStartResult> reply) override;
  void ChannelsStop(proto::ChannelAccountParams params, rpc::CallContext& context,
                    proto::Reply<proto::ChannelsStopResult> reply) override;
  void ChannelsLogout(proto::ChannelAccountParams params, rpc::CallContext& context,
                      proto::Reply<proto::ChannelsLogoutResult> reply) override;
  void ChannelsPairingList(proto::ChannelsPairingListParams params, rpc::CallContext& context,
                           proto::Reply<proto::ChannelsPairingListResult> reply) override;
  void ChannelsPairingApprove(proto::ChannelsPairingApproveParams params, rpc::CallContext& context,
                              proto::Reply<proto::ChannelsPairingApproveResult> reply) override;
  void ChannelsPairingDismiss(proto::ChannelsPairingDismissParams params, rpc::CallContext& context,
                              proto::Reply<proto::ChannelsPairingDismissResult> reply) override;

  // The channel fields of health and status from the manager's account states.
  static domain::ChannelHealth HealthOf(const channels::ChannelManager& channels);

  // first 32 chars of base64url(SHA-256("<channel>\0<accountId>\0<senderId>\0<createdAt ISO>")).
  static std::string RequestIdOf(const channels::PairingRequest& request);

 private:
  // Resolves a requestId of a pairing account to its sender, then approves or dismisses it.
  void Resolve(
      const std::string& channel, const std::string& account_id, const std::string& request_id,
      bool approve,
      std::function<void(std::expected<channels::PairingRequest, proto::ErrorShape>)> done);

  // channels.status with probe: each account's live probe added, then the reply.
  void Probe(proto::ChannelsStatusResult result, std::chrono::milliseconds timeout,
             proto::Reply<proto::ChannelsStatusResult> reply);

  Domain domain_;
};

}  // namespace gateway::services
