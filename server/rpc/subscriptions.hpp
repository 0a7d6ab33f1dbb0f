// What services record about who listens to what, so the event bus can resolve audiences:
// `sessions.subscribe`, `sessions.messages.subscribe` and the owner of each run.
#pragma once

#include <string>

namespace gateway::rpc {

class Subscriptions {
 public:
  virtual ~Subscriptions() = default;
  virtual void WatchSessions(const std::string& conn_id, bool on) = 0;
  virtual void WatchSessionMessages(const std::string& conn_id, const std::string& session_key,
                                    bool on) = 0;
  virtual void SetRunOwner(const std::string& run_id, const std::string& conn_id) = 0;
  virtual void ClearRunOwner(const std::string& run_id) = 0;
};

}  // namespace gateway::rpc
