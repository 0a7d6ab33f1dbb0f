#include "server/domain/presence/presence_store.hpp"

#include <unistd.h>

#include <algorithm>
#include <regex>

#include "server/platform/ids.hpp"

namespace gateway::domain {
namespace {

void Truncate(std::string& text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return;
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
    --cut;  // not inside a code point
  text.resize(cut);
}

void Truncate(std::optional<std::string>& text, std::size_t max_bytes) {
  if (text) Truncate(*text, max_bytes);
}

void Truncate(std::optional<std::vector<std::string>>& list, std::size_t max_items) {
  if (!list) return;
  if (list->size() > max_items) list->resize(max_items);
  for (auto& item : *list) Truncate(item, kPresenceFieldMaxBytes);
}

void ClampClientText(proto::PresenceEntry& e) {
  for (auto* field :
       {&e.host, &e.ip, &e.version, &e.platform, &e.device_family, &e.model_identifier,
        &e.time_zone, &e.mode, &e.reason, &e.device_id, &e.instance_id}) {
    Truncate(*field, kPresenceFieldMaxBytes);
  }
  Truncate(e.text, kPresenceTextMaxBytes);
  Truncate(e.tags, 32);
  Truncate(e.roles, 32);
  Truncate(e.scopes, 32);
  Truncate(e.watched_sessions, 32);
}

std::string HostName() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0 || name[0] == '\0') return "localhost";
  return name;
}

}  // namespace

proto::PresenceEntry GatewaySelfEntry(const std::string& version) {
  proto::PresenceEntry self;
  self.host = HostName();
  self.ip = "127.0.0.1";
  self.version = version;
  self.platform = "linux";
  self.device_family = "Linux";
  self.mode = "gateway";
  self.reason = "self";
  self.instance_id = NewUuid();
  self.text = "Gateway: " + *self.host + " (" + *self.ip + ") · app " + version +
              " · mode gateway · reason self";
  return self;
}

PresenceStore::PresenceStore(proto::PresenceEntry self, Options options, StateVersions& versions,
                             rpc::EventPublisher* publisher, RunAfter run_after)
    : options_(options),
      versions_(versions),
      publisher_(publisher),
      run_after_(std::move(run_after)),
      self_(std::move(self)) {}

void PresenceStore::Upsert(const std::string& key, proto::PresenceEntry entry,
                           Broadcast broadcast) {
  ClampClientText(entry);
  {
    std::lock_guard lock(mutex_);
    const std::int64_t ts = entry.ts;
    entries_[key] = std::move(entry);
    Prune(ts);
    version_ = versions_.NextPresence();
  }
  Publish(broadcast);
}

void PresenceStore::MarkDisconnected(const std::string& key, std::int64_t now_ms,
                                     Broadcast broadcast) {
  {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end()) return;
    it->second.reason = "disconnect";
    it->second.ts = now_ms;
    version_ = versions_.NextPresence();
  }
  Publish(broadcast);
}

PresenceStore::Snapshot PresenceStore::Read(std::int64_t now_ms) {
  std::lock_guard lock(mutex_);
  return {ListLocked(now_ms), version_};
}

void PresenceStore::Publish(Broadcast broadcast) {
  if (!publisher_) return;
  if (broadcast == Broadcast::kNow || !run_after_) return PublishNow();
  const auto now = std::chrono::steady_clock::now();
  std::chrono::milliseconds wait{0};
  {
    std::lock_guard lock(broadcast_mutex_);
    if (broadcast_pending_) return;  // the one scheduled sends the latest state
    const auto since_last =
        std::chrono::duration_cast<std::chrono::milliseconds>(now - last_broadcast_);
    if (since_last >= options_.coalesce_window) {
      last_broadcast_ = now;
    } else {
      broadcast_pending_ = true;
      wait = options_.coalesce_window - since_last;
    }
  }
  if (wait.count() == 0) return PublishNow();
  run_after_(wait, [this] {
    {
      std::lock_guard lock(broadcast_mutex_);
      broadcast_pending_ = false;
      last_broadcast_ = std::chrono::steady_clock::now();
    }
    PublishNow();
  });
}

void PresenceStore::PublishNow() {
  auto snapshot = Read(NowMs());
  proto::PresenceEvent event;
  event.presence = std::move(snapshot.list);
  proto::StateVersion v;
  v.presence = snapshot.version;
  v.health = versions_.health();
  rpc::Emitter(*publisher_, rpc::Audience::Everyone())->Presence(event, v);
}

std::vector<proto::PresenceEntry> PresenceStore::ListLocked(std::int64_t now_ms) {
  Prune(now_ms);
  std::vector<proto::PresenceEntry> list;
  list.reserve(entries_.size() + 1);
  for (const auto& [key, entry] : entries_) list.push_back(entry);
  std::stable_sort(list.begin(), list.end(),
                   [](const auto& a, const auto& b) { return a.ts > b.ts; });
  proto::PresenceEntry self = self_;
  self.ts = now_ms;
  list.insert(list.begin(), std::move(self));
  return list;
}

void PresenceStore::Prune(std::int64_t now_ms) {
  std::erase_if(entries_,
                [&](const auto& item) { return item.second.ts < now_ms - options_.ttl_ms; });
  while (entries_.size() > options_.max_entries) {
    auto oldest =
        std::min_element(entries_.begin(), entries_.end(),
                         [](const auto& a, const auto& b) { return a.second.ts < b.second.ts; });
    entries_.erase(oldest);
  }
}

std::string SystemEventPresenceKey(const proto::SystemEventParams& params) {
  if (params.device_id && !params.device_id->empty()) return "device:" + *params.device_id;
  if (params.instance_id && !params.instance_id->empty()) return "instance:" + *params.instance_id;
  static const std::regex kHostIp(R"(Node: (\S+) \(([0-9a-fA-F.:]+)\))");
  std::smatch match;
  std::string head = params.text.substr(0, 256);
  if (std::regex_search(head, match, kHostIp))
    return "host:" + match[1].str() + "/" + match[2].str();
  return "text:" + params.text.substr(0, 64);
}

}  // namespace gateway::domain
