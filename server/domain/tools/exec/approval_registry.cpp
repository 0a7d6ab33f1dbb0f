#include "server/domain/tools/exec/approval_registry.hpp"

#include "server/platform/ids.hpp"

namespace gateway::domain::tools {
namespace {

// Decided approvals stay visible this long (idempotent re-resolve, late waitDecision).
constexpr std::int64_t kKeepDecidedMs = 10 * 60 * 1000;

}  // namespace

struct ApprovalRegistry::Entry {
  ApprovalRecord record;
  std::function<void(ApprovalVerdict)> done;
  std::vector<std::function<void(ApprovalRecord)>> waiters;
  runtime::TimerHandle expiry;
  runtime::CancellationToken::Registration on_cancel;
  std::int64_t finished_ms = 0;
};

ApprovalRegistry::ApprovalRegistry(ApprovalAudience& audience, runtime::TimerQueue& timers)
    : audience_(audience), timers_(timers) {}

ApprovalRegistry::~ApprovalRegistry() {
  std::map<std::string, std::shared_ptr<Entry>> entries;
  {
    std::lock_guard lock(mutex_);
    entries.swap(entries_);
  }
  for (auto& [id, entry] : entries) {
    entry->expiry.Cancel();
    entry->on_cancel.Reset();
  }
}

void ApprovalRegistry::Request(nlohmann::json request, std::int64_t timeout_ms,
                               runtime::CancellationToken cancel,
                               std::function<void(ApprovalVerdict)> done,
                               std::function<void(const std::string&)> on_registered) {
  auto entry = std::make_shared<Entry>();
  entry->record.id = gateway::NewUuid();
  entry->record.request = std::move(request);
  entry->record.created_ms = gateway::NowMs();
  entry->record.expires_ms = entry->record.created_ms + timeout_ms;
  entry->done = std::move(done);
  if (!audience_.HasApprovalClient()) {
    // Nobody can answer: finalized at once, never registered as pending.
    entry->record.terminal_reason = "no-route";
    entry->done({entry->record.id, std::nullopt, "no-route"});
    return;
  }
  if (on_registered) on_registered(entry->record.id);
  {
    std::lock_guard lock(mutex_);
    PruneLocked(entry->record.created_ms);
    entries_[entry->record.id] = entry;
  }
  audience_.Requested({{"approvalKind", "exec"},
                       {"id", entry->record.id},
                       {"request", entry->record.request},
                       {"createdAtMs", entry->record.created_ms},
                       {"expiresAtMs", entry->record.expires_ms}});
  std::weak_ptr<Entry> weak = entry;
  entry->expiry = timers_.RunAfter(std::chrono::milliseconds(timeout_ms), [this, weak] {
    if (auto alive = weak.lock()) Finish(alive, std::nullopt, "timeout", std::nullopt, false);
  });
  entry->on_cancel = cancel.OnCancel([this, weak] {
    if (auto alive = weak.lock())
      Finish(alive, std::string("deny"), "run-aborted", std::nullopt, true);
  });
}

void ApprovalRegistry::Finish(const std::shared_ptr<Entry>& entry,
                              std::optional<std::string> decision, const std::string& reason,
                              const std::optional<std::string>& resolved_by, bool tell_clients) {
  std::function<void(ApprovalVerdict)> done;
  std::vector<std::function<void(ApprovalRecord)>> waiters;
  ApprovalRecord record;
  {
    std::lock_guard lock(mutex_);
    if (!entry->record.pending()) return;
    entry->record.decision = decision;
    entry->record.terminal_reason = reason;
    entry->finished_ms = gateway::NowMs();
    done = std::move(entry->done);
    waiters = std::move(entry->waiters);
    record = entry->record;
  }
  entry->expiry.Cancel();
  if (tell_clients) {
    audience_.Resolved({{"id", record.id},
                        {"decision", decision.value_or("deny")},
                        {"resolvedBy", resolved_by ? nlohmann::json(*resolved_by) : nullptr},
                        {"ts", entry->finished_ms},
                        {"request", record.request}});
  }
  ApprovalVerdict verdict{record.id, reason == "run-aborted" ? std::nullopt : decision, reason};
  if (done) done(std::move(verdict));
  for (auto& waiter : waiters) waiter(record);
}

std::shared_ptr<ApprovalRegistry::Entry> ApprovalRegistry::FindLocked(const std::string& id,
                                                                      bool pending_only,
                                                                      bool* ambiguous) const {
  if (ambiguous) *ambiguous = false;
  if (id.empty()) return nullptr;
  if (auto it = entries_.find(id); it != entries_.end()) {
    if (pending_only && !it->second->record.pending()) return nullptr;
    return it->second;
  }
  std::shared_ptr<Entry> found;
  for (auto it = entries_.lower_bound(id); it != entries_.end() && it->first.rfind(id, 0) == 0;
       ++it) {
    if (pending_only && !it->second->record.pending()) continue;
    if (found) {
      if (ambiguous) *ambiguous = true;
      return nullptr;
    }
    found = it->second;
  }
  return found;
}

void ApprovalRegistry::PruneLocked(std::int64_t now) {
  for (auto it = entries_.begin(); it != entries_.end();) {
    const auto& entry = *it->second;
    if (!entry.record.pending() && now - entry.finished_ms > kKeepDecidedMs) {
      it = entries_.erase(it);
    } else {
      ++it;
    }
  }
}

std::optional<ApprovalRegistry::ResolveError> ApprovalRegistry::Resolve(
    const std::string& id, const std::string& decision,
    const std::optional<std::string>& resolved_by) {
  std::shared_ptr<Entry> entry;
  {
    std::lock_guard lock(mutex_);
    bool ambiguous = false;
    entry = FindLocked(id, false, &ambiguous);
    if (ambiguous) return ResolveError::kAmbiguous;
    if (!entry) return ResolveError::kNotFound;
    const auto& record = entry->record;
    if (!record.pending()) {
      if (record.terminal_reason == "user" && record.decision == decision) return std::nullopt;
      if (record.terminal_reason == "user") return ResolveError::kAlreadyResolved;
      return ResolveError::kNotFound;  // expired or aborted
    }
    if (decision == "allow-always") {
      const auto& allowed = record.request.value("allowedDecisions", nlohmann::json::array());
      bool offered = false;
      for (const auto& item : allowed) offered = offered || item == "allow-always";
      if (!offered) return ResolveError::kAllowAlwaysUnavailable;
    }
  }
  Finish(entry, decision, "user", resolved_by, true);
  return std::nullopt;
}

std::optional<ApprovalRecord> ApprovalRegistry::Find(const std::string& id, bool pending_only,
                                                     bool* ambiguous) const {
  std::lock_guard lock(mutex_);
  auto entry = FindLocked(id, pending_only, ambiguous);
  if (!entry) return std::nullopt;
  return entry->record;
}

std::vector<ApprovalRecord> ApprovalRegistry::Pending() const {
  std::lock_guard lock(mutex_);
  std::vector<ApprovalRecord> out;
  for (const auto& [id, entry] : entries_) {
    if (entry->record.pending()) out.push_back(entry->record);
  }
  return out;
}

bool ApprovalRegistry::WaitDecision(const std::string& id,
                                    std::function<void(ApprovalRecord)> done) {
  ApprovalRecord ready;
  {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(id);
    if (it == entries_.end()) return false;
    if (it->second->record.pending()) {
      it->second->waiters.push_back(std::move(done));
      return true;
    }
    ready = it->second->record;
  }
  done(std::move(ready));
  return true;
}

}  // namespace gateway::domain::tools
