#include "server/domain/runs/text_pacer.hpp"

namespace gateway::domain::runs {

std::shared_ptr<TextPacer> TextPacer::Create(runtime::TimerQueue& timers,
                                             std::chrono::milliseconds interval, Send send) {
  return std::shared_ptr<TextPacer>(new TextPacer(timers, interval, std::move(send)));
}

void TextPacer::Add(std::string_view delta) {
  if (delta.empty()) return;
  std::lock_guard lock(mutex_);
  if (closed_) return;
  buffered_.append(delta);
  ++pieces_;
  if (timer_armed_) return;
  const auto now = std::chrono::steady_clock::now();
  const auto next = last_sent_ + interval_;
  if (last_sent_ == std::chrono::steady_clock::time_point{} || now >= next) {
    SendLocked();
    return;
  }
  timer_armed_ = true;
  std::weak_ptr<TextPacer> weak = shared_from_this();
  timer_ = timers_.RunAfter(next - now, [weak] {
    if (auto self = weak.lock()) self->OnTimer();
  });
}

void TextPacer::OnTimer() {
  std::lock_guard lock(mutex_);
  timer_armed_ = false;
  if (!closed_) SendLocked();
}

void TextPacer::Flush() {
  std::lock_guard lock(mutex_);
  if (timer_armed_) {
    timer_.Cancel();
    timer_armed_ = false;
  }
  SendLocked();
}

void TextPacer::Close() {
  std::lock_guard lock(mutex_);
  if (closed_) return;
  if (timer_armed_) {
    timer_.Cancel();
    timer_armed_ = false;
  }
  SendLocked();
  closed_ = true;
}

void TextPacer::SendLocked() {
  if (buffered_.empty()) return;
  std::string delta = std::move(buffered_);
  buffered_.clear();
  const int pieces = pieces_;
  pieces_ = 0;
  last_sent_ = std::chrono::steady_clock::now();
  send_(delta, pieces);
}

}  // namespace gateway::domain::runs
