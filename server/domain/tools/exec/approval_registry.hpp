// Pending exec approvals (methods.md §13.1, §13): an exec that needs an operator registers here;
// approval clients are told (exec.approval.requested) and one of them resolves it (allow-once,
// allow-always, deny), or it expires. With no approval client connected the approval is finalized
// at once (no decision, reason no-route), so a run never waits for nobody. Decided approvals are
// kept a while so a repeated resolve with the same decision stays idempotent. In memory: pending
// approvals end with the process, as the spec allows.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "server/domain/tools/tool.hpp"
#include "server/runtime/cancellation.hpp"
#include "server/runtime/timer_queue.hpp"

namespace gateway::domain::tools {

// What the registry needs from the control plane.
class ApprovalAudience {
 public:
  virtual ~ApprovalAudience() = default;
  // At least one connected socket qualifies as an approval client (protocol.md §9).
  virtual bool HasApprovalClient() const = 0;
  // exec.approval.requested / exec.approval.resolved payloads, to approval clients.
  virtual void Requested(const nlohmann::json& payload) = 0;
  virtual void Resolved(const nlohmann::json& payload) = 0;
};

struct ApprovalRecord {
  std::string id;
  nlohmann::json request;  // the pending record's `request`
  std::int64_t created_ms = 0;
  std::int64_t expires_ms = 0;
  std::optional<std::string> decision;  // set once decided
  std::string terminal_reason;          // "" while pending; user, timeout, no-route, run-aborted
  bool pending() const { return terminal_reason.empty(); }
};

class ApprovalRegistry {
 public:
  ApprovalRegistry(ApprovalAudience& audience, runtime::TimerQueue& timers);
  ~ApprovalRegistry();
  ApprovalRegistry(const ApprovalRegistry&) = delete;
  ApprovalRegistry& operator=(const ApprovalRegistry&) = delete;

  // Registers an approval for `request` and calls `done` exactly once (from the resolving
  // thread, the timer thread, or at once when no approval client is connected). Cancelling
  // `cancel` ends it with reason run-aborted (told to clients as a deny).
  // `on_registered` runs with the id before approval clients hear of it (not for no-route).
  void Request(nlohmann::json request, std::int64_t timeout_ms, runtime::CancellationToken cancel,
               std::function<void(ApprovalVerdict)> done,
               std::function<void(const std::string&)> on_registered = {});

  enum class ResolveError { kNotFound, kAmbiguous, kAlreadyResolved, kAllowAlwaysUnavailable };
  // `id` may be a unique prefix of a pending id. A repeated resolve with the same decision is ok.
  std::optional<ResolveError> Resolve(const std::string& id, const std::string& decision,
                                      const std::optional<std::string>& resolved_by);

  // By id or unique prefix, pending only (get) / pending or recently decided (waitDecision).
  std::optional<ApprovalRecord> Find(const std::string& id, bool pending_only,
                                     bool* ambiguous = nullptr) const;
  std::vector<ApprovalRecord> Pending() const;
  // Calls `done` with the record once it is decided (at once when it already is); false when
  // there is no such approval.
  bool WaitDecision(const std::string& id, std::function<void(ApprovalRecord)> done);

 private:
  struct Entry;
  void Finish(const std::shared_ptr<Entry>& entry, std::optional<std::string> decision,
              const std::string& reason, const std::optional<std::string>& resolved_by,
              bool tell_clients);
  std::shared_ptr<Entry> FindLocked(const std::string& id, bool pending_only,
                                    bool* ambiguous) const;
  void PruneLocked(std::int64_t now);

  ApprovalAudience& audience_;
  runtime::TimerQueue& timers_;
  mutable std::mutex mutex_;
  std::map<std::string, std::shared_ptr<Entry>> entries_;
};

}  // namespace gateway::domain::tools
