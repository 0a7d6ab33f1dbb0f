#include "server/http/openai/delta_pump.hpp"

namespace gateway::http::openai {

DeltaPump::DeltaPump(std::shared_ptr<transport::HttpExchange> exchange,
                     std::function<std::string(std::string_view)> frame)
    : exchange_(std::move(exchange)), frame_(std::move(frame)) {}

void DeltaPump::Add(std::string_view delta) {
  if (delta.empty()) return;
  {
    std::lock_guard lock(mutex_);
    if (finished_) return;
    streamed_.append(delta);
    pending_.append(delta);
    if (waiting_) return;
    if (exchange_->buffered_bytes() < transport::kStreamHighWater) return FlushLocked();
    waiting_ = true;
  }
  // Outside the lock: the callback may run at once, on this thread.
  exchange_->WhenWritable([self = shared_from_this()] { self->OnWritable(); });
}

void DeltaPump::OnWritable() {
  std::lock_guard lock(mutex_);
  waiting_ = false;
  if (!finished_) FlushLocked();
}

void DeltaPump::FlushLocked() {
  if (pending_.empty()) return;
  exchange_->Write(frame_(pending_));
  pending_.clear();
}

void DeltaPump::Finish(std::string tail) {
  std::lock_guard lock(mutex_);
  if (finished_) return;
  FlushLocked();
  finished_ = true;
  if (!tail.empty()) exchange_->Write(std::move(tail));
  exchange_->End();
}

std::string DeltaPump::streamed() const {
  std::lock_guard lock(mutex_);
  return streamed_;
}

}  // namespace gateway::http::openai
