// previous_response_id (spec/http.md §5): which session an earlier response of this process ran
// on, kept in memory for 30 minutes (at most 500 entries) and found only by the same auth subject,
// agent and x-openclaw-session-key value.
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace gateway::http::openai {

struct ResponseScope {
  std::string subject;  // who asked: a hash of the bearer secret, or "" without auth
  std::string agent_id;
  std::string session_header;  // x-openclaw-session-key as sent ("" when absent)
  bool operator==(const ResponseScope&) const = default;
};

class ResponseSessions {
 public:
  explicit ResponseSessions(std::function<std::int64_t()> now_ms = {});

  void Remember(const std::string& response_id, ResponseScope scope, std::string session_key);
  // The session of `response_id` when it is still known and `scope` matches.
  std::optional<std::string> Find(const std::string& response_id, const ResponseScope& scope);

 private:
  struct Entry {
    ResponseScope scope;
    std::string session_key;
    std::int64_t at = 0;
  };
  void ForgetOldLocked(std::int64_t now);

  std::function<std::int64_t()> now_ms_;
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
  std::deque<std::pair<std::int64_t, std::string>> order_;  // (at, id), oldest first
};

}  // namespace gateway::http::openai
