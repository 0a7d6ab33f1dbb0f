// Generated from protocol/methods/channels.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Typed calls of the channels domain over client::GatewayClient (link gateway_client).
#pragma once

#include <chrono>
#include <optional>

#include "gateway/client/typed_call.hpp"
#include "gateway/proto/methods_channels.hpp"

namespace gateway::proto {

// One method per channels method: typed params in, the typed result or the gateway's error out
// (client::TypedResult). Throws client::GatewayError as GatewayClient::Call does.
class ChannelsClient {
 public:
  explicit ChannelsClient(client::GatewayClient& client) : client_(client) {}

  // channels.logout: Stop a channel account and clear the credentials the gateway holds where supported (a Telegram bot token lives in the config and stays).
  client::TypedResult<ChannelsLogoutResult> ChannelsLogout(const ChannelAccountParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ChannelsLogoutResult>(client_, "channels.logout", Write(params), false, timeout);
  }

  // channels.pairing.approve: Approve a pending DM pairing request; the sender joins the account's pairing allow list.
  client::TypedResult<ChannelsPairingApproveResult> ChannelsPairingApprove(const ChannelsPairingApproveParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ChannelsPairingApproveResult>(client_, "channels.pairing.approve", Write(params), false, timeout);
  }

  // channels.pairing.dismiss: Drop a pending DM pairing request without allowing the sender.
  client::TypedResult<ChannelsPairingDismissResult> ChannelsPairingDismiss(const ChannelsPairingDismissParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ChannelsPairingDismissResult>(client_, "channels.pairing.dismiss", Write(params), false, timeout);
  }

  // channels.pairing.list: Pending channel DM pairing requests of the accounts that use dmPolicy pairing.
  client::TypedResult<ChannelsPairingListResult> ChannelsPairingList(const ChannelsPairingListParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ChannelsPairingListResult>(client_, "channels.pairing.list", Write(params), false, timeout);
  }

  // channels.start: Start (or restart) a channel account now, overriding auto-start suppression; does not re-authenticate.
  client::TypedResult<ChannelsStartResult> ChannelsStart(const ChannelAccountParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ChannelsStartResult>(client_, "channels.start", Write(params), false, timeout);
  }

  // channels.status: The configured channel accounts and their state.
  client::TypedResult<ChannelsStatusResult> ChannelsStatus(const ChannelsStatusParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ChannelsStatusResult>(client_, "channels.status", Write(params), false, timeout);
  }

  // channels.stop: Stop a channel account until channels.start or a gateway restart; keeps its credentials.
  client::TypedResult<ChannelsStopResult> ChannelsStop(const ChannelAccountParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ChannelsStopResult>(client_, "channels.stop", Write(params), false, timeout);
  }

 private:
  client::GatewayClient& client_;
};

}  // namespace gateway::proto
