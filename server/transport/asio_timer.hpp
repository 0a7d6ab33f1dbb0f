// Internal to server/transport: Timer on an Asio steady timer (one-shot or repeating).
#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include "server/transport/beast.hpp"
#include "server/transport/transport.hpp"

namespace gateway::transport {

class AsioTimer final : public Timer {
 public:
  static std::shared_ptr<AsioTimer> Start(net::io_context& ioc, std::chrono::milliseconds delay,
                                          std::chrono::milliseconds period,
                                          std::function<void()> task) {
    auto timer = std::shared_ptr<AsioTimer>(new AsioTimer(ioc));
    timer->self_ = timer;
    timer->Arm(delay, period, std::move(task));
    return timer;
  }

  void Cancel() override {
    cancelled_ = true;
    net::post(timer_.get_executor(), [self = self_.lock()] {
      if (self) self->timer_.cancel();
    });
  }

 private:
  explicit AsioTimer(net::io_context& ioc) : timer_(net::make_strand(ioc)) {}

  void Arm(std::chrono::milliseconds delay, std::chrono::milliseconds period,
           std::function<void()> task) {
    timer_.expires_after(delay);
    timer_.async_wait(
        [self = self_.lock(), period, task = std::move(task)](beast::error_code ec) mutable {
          if (ec || !self || self->cancelled_) return;
          task();
          if (period.count() > 0 && !self->cancelled_) self->Arm(period, period, std::move(task));
        });
  }

  std::weak_ptr<AsioTimer> self_;
  net::steady_timer timer_;
  std::atomic<bool> cancelled_{false};
};

}  // namespace gateway::transport
