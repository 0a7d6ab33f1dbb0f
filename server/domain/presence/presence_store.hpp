// The presence list (spec/protocol.md §5): the gateway's own entry, one per non-ephemeral client
// and those added by system-event. Disconnects keep the entry (reason "disconnect"); entries
// other than the gateway's expire 5 minutes after their last update; at most 200 are kept.
// Every change is published as a `presence` event by the store itself.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "gateway/proto/frames.hpp"
#include "gateway/proto/methods_system.hpp"
#include "server/domain/state_versions.hpp"
#include "server/rpc/event_publisher.hpp"

namespace gateway::domain {

// Runs a task after a delay, off the caller's thread.
using RunAfter = std::function<void(std::chrono::milliseconds, std::function<void()>)>;

class PresenceStore {
 public:
  struct Options {
    std::int64_t ttl_ms = 300000;
    std::size_t max_entries = 200;
    // Coalesced changes (connection churn) share one broadcast within this window.
    std::chrono::milliseconds coalesce_window{50};
  };
  // How a change reaches clients: at once (system-event: one event per call, as observed), or
  // coalesced (connect/disconnect: the first at once, later ones within the window share one
  // broadcast of the latest list, so connect loops cannot multiply the fan-out).
  enum class Broadcast { kNow, kCoalesced };

  // `publisher` may be null (nothing is published); without `run_after` coalesced changes are
  // published at once.
  PresenceStore(proto::PresenceEntry self, Options options, StateVersions& versions,
                rpc::EventPublisher* publisher, RunAfter run_after = {});

  // Inserts or replaces the entry under `key` (client text capped, see below).
  void Upsert(const std::string& key, proto::PresenceEntry entry, Broadcast broadcast);
  // Marks an entry disconnected (reason, ts); nothing happens when it is absent.
  void MarkDisconnected(const std::string& key, std::int64_t now_ms, Broadcast broadcast);

  // The list newest first, the gateway's own entry refreshed to `now_ms` and first, with the
  // presence version it belongs to (read together).
  struct Snapshot {
    std::vector<proto::PresenceEntry> list;
    std::int64_t version = 0;
  };
  Snapshot Read(std::int64_t now_ms);
  std::vector<proto::PresenceEntry> List(std::int64_t now_ms) { return Read(now_ms).list; }

 private:
  void Prune(std::int64_t now_ms);
  std::vector<proto::PresenceEntry> ListLocked(std::int64_t now_ms);
  void Publish(Broadcast broadcast);
  void PublishNow();

  const Options options_;
  StateVersions& versions_;
  rpc::EventPublisher* const publisher_;
  const RunAfter run_after_;

  std::mutex mutex_;
  proto::PresenceEntry self_;
  std::map<std::string, proto::PresenceEntry> entries_;
  std::int64_t version_ = 0;  // the presence version of entries_

  std::mutex broadcast_mutex_;
  bool broadcast_pending_ = false;
  std::chrono::steady_clock::time_point last_broadcast_{};
};

// Client-supplied text in an entry is cut to these many bytes (on a code point boundary), so a
// client cannot make every presence broadcast carry kilobytes it chose.
inline constexpr std::size_t kPresenceFieldMaxBytes = 200;
inline constexpr std::size_t kPresenceTextMaxBytes = 512;

// The gateway's own entry (reason "self"), listed first.
proto::PresenceEntry GatewaySelfEntry(const std::string& version);

// The presence key of a system-event (methods.md §2): deviceId, else instanceId, else the host/ip
// in the text, else the first 64 characters of the text.
std::string SystemEventPresenceKey(const proto::SystemEventParams& params);

}  // namespace gateway::domain
