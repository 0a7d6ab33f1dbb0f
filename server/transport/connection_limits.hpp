// Internal to server/transport: the open-connection cap and throttled reports of the listener.
#pragma once

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>

namespace gateway::transport {

// Descriptors kept free of the connection cap: log and config files, the SQLite store, outbound
// sockets to providers and channels, the reserve descriptor of the listener.
inline constexpr std::size_t kDescriptorReserve = 64;

inline std::size_t DefaultConnectionCap() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return 1 << 20;
  const auto soft = static_cast<std::size_t>(limit.rlim_cur);
  return soft > 2 * kDescriptorReserve ? soft - kDescriptorReserve
                                       : std::max<std::size_t>(soft / 2, 1);
}

// Counts open connections; a connection holds its slot (a shared_ptr) until it ends.
class ConnectionSlots {
 public:
  std::shared_ptr<void> TryTake(std::size_t cap) {
    if (open_.fetch_add(1) >= cap) {
      open_.fetch_sub(1);
      return nullptr;
    }
    return std::shared_ptr<void>(
        this, [](void* self) { static_cast<ConnectionSlots*>(self)->open_.fetch_sub(1); });
  }

 private:
  std::atomic<std::size_t> open_{0};
};

// Says a thing at most once per interval, however often it happens.
class ThrottledReport {
 public:
  explicit ThrottledReport(std::chrono::steady_clock::duration interval) : interval_(interval) {}
  bool Due() {
    const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    auto last = last_.load();
    return (last == 0 || now - last >= interval_.count()) &&
           last_.compare_exchange_strong(last, now);
  }

 private:
  std::chrono::steady_clock::duration interval_;
  std::atomic<std::chrono::steady_clock::rep> last_{0};
};

}  // namespace gateway::transport
