// Generated from protocol/methods/channels.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include "gateway/proto/rpc.hpp"
#include "gateway/proto/methods_channels.hpp"

namespace gateway::rpc {
class CallContext;  // defined by the server: who is calling, over which connection
}  // namespace gateway::rpc

namespace gateway::proto {

// Handlers of the channels domain. Implement every method; answer through `reply`, now or
// later, from any thread.
class ChannelsService {
 public:
  virtual ~ChannelsService() = default;

  // channels.logout: Stop a channel account and clear the credentials the gateway holds where supported (a Telegram bot token lives in the config and stays).
  virtual void ChannelsLogout(ChannelAccountParams params, rpc::CallContext& context, Reply<ChannelsLogoutResult> reply) = 0;

  // channels.pairing.approve: Approve a pending DM pairing request; the sender joins the account's pairing allow list.
  virtual void ChannelsPairingApprove(ChannelsPairingApproveParams params, rpc::CallContext& context, Reply<ChannelsPairingApproveResult> reply) = 0;

  // channels.pairing.dismiss: Drop a pending DM pairing request without allowing the sender.
  virtual void ChannelsPairingDismiss(ChannelsPairingDismissParams params, rpc::CallContext& context, Reply<ChannelsPairingDismissResult> reply) = 0;

  // channels.pairing.list: Pending channel DM pairing requests of the accounts that use dmPolicy pairing.
  virtual void ChannelsPairingList(ChannelsPairingListParams params, rpc::CallContext& context, Reply<ChannelsPairingListResult> reply) = 0;

  // channels.start: Start (or restart) a channel account now, overriding auto-start suppression; does not re-authenticate.
  virtual void ChannelsStart(ChannelAccountParams params, rpc::CallContext& context, Reply<ChannelsStartResult> reply) = 0;

  // channels.status: The configured channel accounts and their state.
  virtual void ChannelsStatus(ChannelsStatusParams params, rpc::CallContext& context, Reply<ChannelsStatusResult> reply) = 0;

  // channels.stop: Stop a channel account until channels.start or a gateway restart; keeps its credentials.
  virtual void ChannelsStop(ChannelAccountParams params, rpc::CallContext& context, Reply<ChannelsStopResult> reply) = 0;
};

}  // namespace gateway::proto
