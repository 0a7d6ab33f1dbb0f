#include "server/gateway/presence.hpp"

#include <algorithm>
#include <regex>

namespace gateway::server {
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

}  // namespace

PresenceStore::PresenceStore(proto::PresenceEntry self, std::int64_t ttl_ms,
                             std::size_t max_entries)
    : self_(std::move(self)), ttl_ms_(ttl_ms), max_entries_(max_entries) {}

std::int64_t PresenceStore::Upsert(const std::string& key, proto::PresenceEntry entry) {
  ClampClientText(entry);
  std::lock_guard lock(mutex_);
  entries_[key] = std::move(entry);
  Prune(entries_[key].ts);
  return ++version_;
}

std::int64_t PresenceStore::MarkDisconnected(const std::string& key, std::int64_t now_ms) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end()) return 0;
  it->second.reason = "disconnect";
  it->second.ts = now_ms;
  return ++version_;
}

std::vector<proto::PresenceEntry> PresenceStore::List(std::int64_t now_ms) {
  std::lock_guard lock(mutex_);
  return ListLocked(now_ms);
}

PresenceStore::Snapshot PresenceStore::Read(std::int64_t now_ms) {
  std::lock_guard lock(mutex_);
  return {ListLocked(now_ms), version_};
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

std::int64_t PresenceStore::version() const {
  std::lock_guard lock(mutex_);
  return version_;
}

void PresenceStore::Prune(std::int64_t now_ms) {
  std::erase_if(entries_, [&](const auto& item) { return item.second.ts < now_ms - ttl_ms_; });
  while (entries_.size() > max_entries_) {
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

}  // namespace gateway::server
