// The presence list (spec/protocol.md §5): the gateway's own entry, one per non-ephemeral client
// and those added by system-event. Disconnects keep the entry (reason "disconnect"); entries
// other than the gateway's expire 5 minutes after their last update; at most 200 are kept.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "gateway/proto/frames.hpp"
#include "gateway/proto/methods_system.hpp"

namespace gateway::server {

class PresenceStore {
 public:
  PresenceStore(proto::PresenceEntry self, std::int64_t ttl_ms, std::size_t max_entries);

  // Inserts or replaces the entry under `key`; returns the new presence version.
  std::int64_t Upsert(const std::string& key, proto::PresenceEntry entry);
  // Marks an entry disconnected (reason, ts); returns the new version, or 0 when absent.
  std::int64_t MarkDisconnected(const std::string& key, std::int64_t now_ms);
  // The list newest first, the gateway's own entry refreshed to `now_ms` and first.
  std::vector<proto::PresenceEntry> List(std::int64_t now_ms);
  std::int64_t version() const;
  // The list and the version it belongs to, read together.
  struct Snapshot {
    std::vector<proto::PresenceEntry> list;
    std::int64_t version = 0;
  };
  Snapshot Read(std::int64_t now_ms);

 private:
  void Prune(std::int64_t now_ms);
  std::vector<proto::PresenceEntry> ListLocked(std::int64_t now_ms);

  mutable std::mutex mutex_;
  proto::PresenceEntry self_;
  std::int64_t ttl_ms_;
  std::size_t max_entries_;
  std::map<std::string, proto::PresenceEntry> entries_;
  std::int64_t version_ = 0;
};

// Client-supplied text in an entry is cut to these many bytes (on a code point boundary), so a
// client cannot make every presence broadcast carry kilobytes it chose.
inline constexpr std::size_t kPresenceFieldMaxBytes = 200;
inline constexpr std::size_t kPresenceTextMaxBytes = 512;

// The presence key of a system-event (methods.md §2): deviceId, else instanceId, else the host/ip
// in the text, else the first 64 characters of the text.
std::string SystemEventPresenceKey(const proto::SystemEventParams& params);

}  // namespace gateway::server
