#include "server/domain/system/system_event_queue.hpp"

namespace gateway::domain {

void SystemEventQueue::Push(std::string text) {
  std::lock_guard lock(mutex_);
  texts_.push_back(std::move(text));
  while (texts_.size() > kCapacity) texts_.pop_front();
}

std::vector<std::string> SystemEventQueue::List() const {
  std::lock_guard lock(mutex_);
  return {texts_.begin(), texts_.end()};
}

}  // namespace gateway::domain
