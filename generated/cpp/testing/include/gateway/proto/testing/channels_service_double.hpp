// Generated from protocol/methods/channels.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Test doubles of the channels domain (link gateway_proto_testing; tests only).
#pragma once

#include <utility>

#include "gateway/proto/channels_service.hpp"
#include "gateway/proto/testing/service_testing.hpp"

namespace gateway::proto::testing {

// A ChannelsService whose methods record their typed params and answer as scripted, one
// MethodDouble per method: `double.channels_logout.Returns(result)`, then `.calls()`.
class ChannelsServiceDouble : public ChannelsService {
 public:
  MethodDouble<ChannelAccountParams, Reply<ChannelsLogoutResult>> channels_logout{"channels.logout"};
  MethodDouble<ChannelsPairingApproveParams, Reply<ChannelsPairingApproveResult>> channels_pairing_approve{"channels.pairing.approve"};
  MethodDouble<ChannelsPairingDismissParams, Reply<ChannelsPairingDismissResult>> channels_pairing_dismiss{"channels.pairing.dismiss"};
  MethodDouble<ChannelsPairingListParams, Reply<ChannelsPairingListResult>> channels_pairing_list{"channels.pairing.list"};
  MethodDouble<ChannelAccountParams, Reply<ChannelsStartResult>> channels_start{"channels.start"};
  MethodDouble<ChannelsStatusParams, Reply<ChannelsStatusResult>> channels_status{"channels.status"};
  MethodDouble<ChannelAccountParams, Reply<ChannelsStopResult>> channels_stop{"channels.stop"};

  void ChannelsLogout(ChannelAccountParams params, rpc::CallContext&, Reply<ChannelsLogoutResult> reply) override {
    channels_logout.Handle(std::move(params), std::move(reply));
  }

  void ChannelsPairingApprove(ChannelsPairingApproveParams params, rpc::CallContext&, Reply<ChannelsPairingApproveResult> reply) override {
    channels_pairing_approve.Handle(std::move(params), std::move(reply));
  }

  void ChannelsPairingDismiss(ChannelsPairingDismissParams params, rpc::CallContext&, Reply<ChannelsPairingDismissResult> reply) override {
    channels_pairing_dismiss.Handle(std::move(params), std::move(reply));
  }

  void ChannelsPairingList(ChannelsPairingListParams params, rpc::CallContext&, Reply<ChannelsPairingListResult> reply) override {
    channels_pairing_list.Handle(std::move(params), std::move(reply));
  }

  void ChannelsStart(ChannelAccountParams params, rpc::CallContext&, Reply<ChannelsStartResult> reply) override {
    channels_start.Handle(std::move(params), std::move(reply));
  }

  void ChannelsStatus(ChannelsStatusParams params, rpc::CallContext&, Reply<ChannelsStatusResult> reply) override {
    channels_status.Handle(std::move(params), std::move(reply));
  }

  void ChannelsStop(ChannelAccountParams params, rpc::CallContext&, Reply<ChannelsStopResult> reply) override {
    channels_stop.Handle(std::move(params), std::move(reply));
  }
};

// Calls service.ChannelsLogout (channels.logout) with `context`; the outcome holds its answer.
inline CallOutcome<ChannelsLogoutResult> CallChannelsLogout(ChannelsService& service, ChannelAccountParams params, rpc::CallContext& context) {
  return Invoke(service, &ChannelsService::ChannelsLogout, std::move(params), context);
}

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

// Calls service.ChannelsStart (channels.start) with `context`; the outcome holds its answer.
inline CallOutcome<ChannelsStartResult> CallChannelsStart(ChannelsService& service, ChannelAccountParams params, rpc::CallContext& context) {
  return Invoke(service, &ChannelsService::ChannelsStart, std::move(params), context);
}

// Calls service.ChannelsStatus (channels.status) with `context`; the outcome holds its answer.
inline CallOutcome<ChannelsStatusResult> CallChannelsStatus(ChannelsService& service, ChannelsStatusParams params, rpc::CallContext& context) {
  return Invoke(service, &ChannelsService::ChannelsStatus, std::move(params), context);
}

// Calls service.ChannelsStop (channels.stop) with `context`; the outcome holds its answer.
inline CallOutcome<ChannelsStopResult> CallChannelsStop(ChannelsService& service, ChannelAccountParams params, rpc::CallContext& context) {
  return Invoke(service, &ChannelsService::ChannelsStop, std::move(params), context);
}

}  // namespace gateway::proto::testing
