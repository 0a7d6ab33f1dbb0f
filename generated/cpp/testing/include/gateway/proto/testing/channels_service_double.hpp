// Generated from protocol/methods/channels.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Test doubles of the channels domain (link gateway_proto_testing; tests only).
#pragma once

#include <utility>

#include "gateway/proto/channels_service.hpp"
#include "gateway/proto/testing/service_testing.hpp"

namespace gateway::proto::testing {

// A ChannelsService whose methods record their typed params and answer as scripted, one
// MethodDouble per method: `double.channels_pairing_approve.Returns(result)`, then `.calls()`.
class ChannelsServiceDouble : public ChannelsService {
 public:
  MethodDouble<ChannelsPairingApproveParams, Reply<ChannelsPairingApproveResult>> channels_pairing_approve{"channels.pairing.approve"};
  MethodDouble<ChannelsPairingDismissParams, Reply<ChannelsPairingDismissResult>> channels_pairing_dismiss{"channels.pairing.dismiss"};
  MethodDouble<ChannelsPairingListParams, Reply<ChannelsPairingListResult>> channels_pairing_list{"channels.pairing.list"};
  MethodDouble<ChannelsStatusParams, Reply<ChannelsStatusResult>> channels_status{"channels.status"};

  void ChannelsPairingApprove(ChannelsPairingApproveParams params, rpc::CallContext&, Reply<ChannelsPairingApproveResult> reply) override {
    channels_pairing_approve.Handle(std::move(params), std::move(reply));
  }

  void ChannelsPairingDismiss(ChannelsPairingDismissParams params, rpc::CallContext&, Reply<ChannelsPairingDismissResult> reply) override {
    channels_pairing_dismiss.Handle(std::move(params), std::move(reply));
  }

  void ChannelsPairingList(ChannelsPairingListParams params, rpc::CallContext&, Reply<ChannelsPairingListResult> reply) override {
    channels_pairing_list.Handle(std::move(params), std::move(reply));
  }

  void ChannelsStatus(ChannelsStatusParams params, rpc::CallContext&, Reply<ChannelsStatusResult> reply) override {
    channels_status.Handle(std::move(params), std::move(reply));
  }
};

// Calls service.ChannelsPairingApprove (channels.pairing.approve) with `context`; the outcome holds its answer.
inline CallOutcome<ChannelsPairingApproveResult> CallChannelsPairingApprove(ChannelsService& service, ChannelsPairingApproveParams params, rpc::CallContext& context) {
  return Invoke(service, &ChannelsService::ChannelsPairingApprove, std::move(params), context);
}

// Calls service.ChannelsPairingDismiss (channels.pairing.dismiss) with `context`; the outcome holds its answer.
inline CallOutcome<ChannelsPairingDismissResult> CallChannelsPairingDismiss(ChannelsService& service, ChannelsPairingDismissParams params, rpc::CallContext& context) {
  return Invoke(service, &ChannelsService::ChannelsPairingDismiss, std::move(params), context);
}

// Calls service.ChannelsPairingList (channels.pairing.list) with `context`; the outcome holds its answer.
inline CallOutcome<ChannelsPairingListResult> CallChannelsPairingList(ChannelsService& service, ChannelsPairingListParams params, rpc::CallContext& context) {
  return Invoke(service, &ChannelsService::ChannelsPairingList, std::move(params), context);
}

// Calls service.ChannelsStatus (channels.status) with `context`; the outcome holds its answer.
inline CallOutcome<ChannelsStatusResult> CallChannelsStatus(ChannelsService& service, ChannelsStatusParams params, rpc::CallContext& context) {
  return Invoke(service, &ChannelsService::ChannelsStatus, std::move(params), context);
}

}  // namespace gateway::proto::testing
