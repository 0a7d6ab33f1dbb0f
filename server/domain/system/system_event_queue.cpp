#include "server/domain/system/system_event_queue.hpp"

#include <algorithm>

namespace gateway::domain {

void SystemEventQueue::Push(std::string text) {
  std::lock_guard lock(mutex_);
  entries_.push_back({{}, std::move(text)});
  while (entries_.size() > kCapacity) entries_.pop_front();
}

SystemEventQueue::Outcome SystemEventQueue::Enqueue(std::string session_key, std::string text) {
  std::lock_guard lock(mutex_);
  auto newest = std::find_if(entries_.rbegin(), entries_.rend(),
                             [&](const Entry& entry) { return entry.session_key == session_key; });
  if (newest != entries_.rend() && newest->text == text) return Outcome::kCoalesced;
  entries_.push_back({std::move(session_key), std::move(text)});
  while (entries_.size() > kCapacity) entries_.pop_front();
  return Outcome::kQueued;
}

std::vector<std::string> SystemEventQueue::List() const {
  std::lock_guard lock(mutex_);
  std::vector<std::string> texts;
  texts.reserve(entries_.size());
  for (const auto& entry : entries_) texts.push_back(entry.text);
  return texts;
}

}  // namespace gateway::domain
