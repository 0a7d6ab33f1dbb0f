// Generated from protocol/events/approvals.yaml, protocol/methods/approvals.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Typed emitters restricted to the events each approvals method declares in `emits:`: a handler
// given one can emit only those. They publish through the same EventSink as EventEmitter.
#pragma once

#include <string_view>

#include "gateway/proto/events.hpp"
#include "gateway/proto/fwd.hpp"
#include "gateway/proto/protocol.hpp"

namespace gateway::proto {

// exec.approval.resolve emits exec.approval.resolved.
class ExecApprovalResolveEmits {
 public:
  explicit ExecApprovalResolveEmits(EventSink& sink) : emit_(sink) {}

  // exec.approval.resolved: An exec approval was decided (explicitly, or denied because its run was aborted); to approval clients only.
  void ExecApprovalResolved(const ExecApprovalResolvedEvent& payload) { emit_.ExecApprovalResolved(payload); }

 private:
  EventEmitter emit_;
};

// The emitter of a method by id, e.g. MethodEmits<MethodId::kExecApprovalResolve>::type is ExecApprovalResolveEmits.
template <>
struct MethodEmits<MethodId::kExecApprovalResolve> {
  using type = ExecApprovalResolveEmits;
};

}  // namespace gateway::proto
