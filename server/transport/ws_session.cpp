#include "server/transport/ws_session.hpp"

#include <array>

#include "server/platform/text.hpp"

namespace gateway::transport {
namespace {

constexpr auto kCloseHandshakeLimit =
    std::chrono::seconds(5);  // for the peer's close, or a stuck write
constexpr std::size_t kReadChunk = 64 * 1024;
constexpr int kReadsPerWakeup = 4;               // then yield to other connections
constexpr std::size_t kBatchBytes = 256 * 1024;  // small frames copied into one write, up to this
constexpr std::size_t kCopyLimit = 16 * 1024;    // larger frames are written from where they are
constexpr std::size_t kKeptBufferCapacity = 64 * 1024;

// `buffer = std::string()` would not do: libstdc++ keeps the allocation when it is assigned an
// empty (in-place) string.
void ReleaseIfLarge(std::string& buffer) {
  if (buffer.empty() && buffer.capacity() > kKeptBufferCapacity) buffer.shrink_to_fit();
}

}  // namespace

WsSession::WsSession(tcp::socket&& socket, std::string id, std::string remote_ip,
                     ConnectionHandler& handler, const TransportOptions& options,
                     std::shared_ptr<void> slot, std::function<void(WsSession*)> on_finish)
    : socket_(socket.get_executor()),
      upgrade_(std::in_place, std::move(socket)),
      id_(std::move(id)),
      remote_ip_(std::move(remote_ip)),
      handler_(handler),
      options_(options),
      slot_(std::move(slot)),
      on_finish_(std::move(on_finish)),
      handshake_timer_(socket_.get_executor()),
      ping_timer_(socket_.get_executor()),
      close_timer_(socket_.get_executor()),
      decoder_(options.preauth_max_payload) {}

std::string WsSession::header(std::string_view name) const {
  auto it = headers_.find(std::string(name));
  return it == headers_.end() ? std::string() : it->second;
}

void WsSession::Start(http::request<http::string_body> request, std::string early_bytes) {
  unread_ = std::move(early_bytes);
  for (const auto& field : request) {
    headers_[platform::AsciiLower(std::string(field.name_string()))] = std::string(field.value());
  }
  websocket::stream_base::timeout timeouts{};
  timeouts.handshake_timeout = std::chrono::seconds(10);
  timeouts.idle_timeout = websocket::stream_base::none();
  timeouts.keep_alive_pings = false;
  upgrade_->set_option(timeouts);
  upgrade_->async_accept(request,
                         beast::bind_front_handler(&WsSession::OnAccept, shared_from_this()));
}

void WsSession::OnAccept(beast::error_code ec) {
  if (ec) return Finish();
  socket_ = std::move(upgrade_->next_layer());
  upgrade_.reset();
  socket_.non_blocking(true, ec);
  if (ec) return Finish();
  opened_ = true;
  handshake_timer_.expires_after(options_.handshake_timeout);
  handshake_timer_.async_wait([self = shared_from_this()](beast::error_code timer_ec) {
    // No successful connect in time: close 1000 with an empty reason (observed).
    if (!timer_ec && !self->promoted_) self->RequestClose(ws::kCloseNormal, "");
  });
  try {
    handler_.OnOpen(shared_from_this());
  } catch (const std::exception& e) {
    if (options_.report_error)
      options_.report_error("connection " + id_ + " failed on open: " + e.what());
    RequestClose(ws::kCloseInternalError, "internal error");
  }
  if (!unread_.empty()) {
    std::string early = std::move(unread_);
    unread_.clear();
    Consume(early);
  }
  if (!finished_) WaitReadable();
}

void WsSession::WaitReadable() {
  socket_.async_wait(tcp::socket::wait_read,
                     beast::bind_front_handler(&WsSession::OnReadable, shared_from_this()));
}

void WsSession::OnReadable(beast::error_code ec) {
  if (ec || finished_) return Finish();
  thread_local std::array<char, kReadChunk> chunk;
  bool eof = false;
  for (int i = 0; i < kReadsPerWakeup && !finished_; ++i) {
    std::size_t n = socket_.read_some(net::buffer(chunk), ec);
    if (ec == net::error::would_block || ec == net::error::try_again) break;
    if (ec) {
      eof = true;
      break;
    }
    if (input_ended_) continue;  // draining until the peer closes
    Consume(std::string_view(chunk.data(), n));
    if (n < chunk.size()) break;  // the socket is drained
  }
  if (finished_) return;
  if (!eof) {
    // A peer that sends but does not read gets nothing more read once we are closing and our
    // write is stuck: its pings would only pile up. The close deadline ends it.
    if (close_frame_ && writing_) {
      read_paused_ = true;
      return;
    }
    return WaitReadable();
  }
  // The peer is gone or half-closed. A close frame of ours still being written gets its chance.
  input_ended_ = true;
  if (!(close_frame_ && !close_sent_ && writing_)) {
    CloseSocket();
    Finish();
  }
}

// Decodes the bytes read, keeping an incomplete frame's bytes for the next read.
void WsSession::Consume(std::string_view input) {
  if (unread_.empty()) {
    std::size_t used = Decode(input);
    unread_.assign(input.substr(used));
  } else {
    unread_.append(input);
    std::size_t used = Decode(unread_);
    unread_.erase(0, used);
  }
  if (input_ended_) unread_.clear();
  ReleaseIfLarge(unread_);
}

// Hands one message to the gateway core. An exception escaping it is a bug there: it closes
// this connection (1011) and is reported, and never reaches the I/O thread.
void WsSession::Deliver(std::string message) {
  try {
    handler_.OnMessage(shared_from_this(), std::move(message));
  } catch (const std::exception& e) {
    if (options_.report_error)
      options_.report_error("connection " + id_ + " failed on a message: " + e.what());
    input_ended_ = true;
    RequestClose(ws::kCloseInternalError, "internal error");
  }
}

std::size_t WsSession::Decode(std::string_view input) {
  decoding_ = true;
  std::size_t offset = 0;
  while (!input_ended_ && !finished_) {
    std::size_t consumed = 0;
    ws::Incoming in = decoder_.Next(input.substr(offset), consumed);
    offset += consumed;
    using Kind = ws::Incoming::Kind;
    if (in.kind == Kind::kNeedMore) {
      if (consumed == 0) break;
      continue;
    }
    if (in.kind == Kind::kMessage) {
      if (!close_frame_) Deliver(std::move(in.payload));
    } else if (in.kind == Kind::kPing) {
      if (!close_frame_) pending_pong_ = std::move(in.payload);  // the latest ping wins
    } else if (in.kind == Kind::kPong) {
      awaiting_pong_ = false;
    } else if (in.kind == Kind::kClose) {
      input_ended_ = true;
      if (close_sent_) {
        CloseSocket();  // the handshake is complete
      } else if (!close_frame_) {
        close_info_.by_peer = true;
        RequestClose(in.code == 1005 ? 0 : in.code, "");  // echo the peer's code
      }
    } else {  // a framing violation: answer with its close code and read no further
      input_ended_ = true;
      if (!close_frame_) RequestClose(in.code, "");
    }
  }
  decoding_ = false;
  Flush();
  return offset;
}

void WsSession::Send(std::string frame) {
  net::dispatch(socket_.get_executor(),
                [self = shared_from_this(), frame = std::move(frame)]() mutable {
                  Outgoing item;
                  item.header = ws::EncodeHeader(ws::Opcode::kText, frame.size());
                  item.own = std::move(frame);
                  self->Enqueue(std::move(item));
                });
}

void WsSession::SendEvent(std::shared_ptr<const std::string> prefix,
                          std::shared_ptr<const std::string> suffix, bool droppable) {
  // Posted, never run inline: the publisher may hold locks, and the recipients' strands run in
  // parallel.
  net::post(socket_.get_executor(), [self = shared_from_this(), prefix = std::move(prefix),
                                     suffix = std::move(suffix), droppable]() mutable {
    if (self->close_frame_ || self->finished_) return;
    if (droppable && self->queued_bytes_ > self->options_.max_buffered_bytes / 2)
      return;  // no seq consumed
    Outgoing item;
    item.own = ",\"seq\":" + std::to_string(++self->seq_);
    item.prefix = std::move(prefix);
    item.suffix = std::move(suffix);
    item.header = ws::EncodeHeader(ws::Opcode::kText, item.payload_size());
    self->Enqueue(std::move(item));
  });
}

void WsSession::Enqueue(Outgoing item) {
  if (close_frame_ || finished_) return;
  queued_bytes_ += item.size();
  queue_.push_back(std::move(item));
  if (OverLimit()) {
    // A slow consumer must not hold memory or stall others: drop what is not on the wire yet.
    while (queue_.size() > batch_items_) {
      queued_bytes_ -= queue_.back().size();
      queue_.pop_back();
    }
    RequestClose(1008, "slow consumer");
    ArmCloseDeadline();  // the write on the wire may never finish if the peer stopped reading
    return;
  }
  Flush();
}

void WsSession::Close(int code, std::string reason) {
  net::dispatch(socket_.get_executor(),
                [self = shared_from_this(), code, reason = std::move(reason)]() mutable {
                  self->RequestClose(static_cast<std::uint16_t>(code), std::move(reason));
                });
}

// Queues our close frame behind everything already queued; code 0 sends a close without a code.
void WsSession::RequestClose(std::uint16_t code, std::string reason) {
  if (close_frame_ || finished_) return;
  handshake_timer_.cancel();
  ping_timer_.cancel();
  close_info_.code = code == 0 ? 1005 : code;
  close_info_.reason = reason;
  close_frame_ = ws::EncodeFrame(ws::Opcode::kClose,
                                 code == 0 ? std::string() : ws::ClosePayload(code, reason));
  ArmCloseDeadline();  // a peer that never reads would otherwise keep the socket open for ever
  Flush();
}

// Writes what is queued: first straight from the strand with a non-blocking send (a healthy
// peer takes it all, and no completion has to be scheduled), and only what the socket did not
// take through an asynchronous write.
void WsSession::Flush() {
  while (!writing_ && !decoding_ && !finished_) {
    const std::size_t total = PrepareWrite();
    if (total == 0) return;
    beast::error_code ec;
    std::size_t written = socket_.write_some(buffers_, ec);
    if (ec == net::error::would_block || ec == net::error::try_again) {
      written = 0;
    } else if (ec) {
      CloseSocket();
      net::post(socket_.get_executor(), [self = shared_from_this()] { self->Finish(); });
      return;
    }
    if (written == total) {
      if (!CompleteWrite()) return;
      continue;
    }
    // Keep what is left of the buffers and let Asio finish it when the socket is writable.
    std::size_t skip = written;
    auto first = buffers_.begin();
    while (skip >= first->size()) skip -= (first++)->size();
    *first += skip;
    buffers_.erase(buffers_.begin(), first);
    writing_ = true;
    net::async_write(socket_, buffers_,
                     beast::bind_front_handler(&WsSession::OnWrite, shared_from_this()));
    return;
  }
}

// Gathers the next write into buffers_: pending control frames, then either one queued frame
// as it is or several small ones copied together, then our close frame once nothing precedes it.
std::size_t WsSession::PrepareWrite() {
  buffers_.clear();
  batch_.clear();
  batch_items_ = 0;
  batch_has_close_ = false;
  if ((pending_pong_ || ping_due_) && !close_sent_) {
    control_sending_.clear();
    if (pending_pong_) control_sending_ += ws::EncodeFrame(ws::Opcode::kPong, *pending_pong_);
    if (ping_due_) control_sending_ += ws::EncodeFrame(ws::Opcode::kPing, "");
    pending_pong_.reset();
    ping_due_ = false;
    buffers_.push_back(net::buffer(control_sending_));
  }
  const bool copy = queue_.size() > 1 && queue_.front().size() <= kCopyLimit;
  if (!queue_.empty() && !copy) {
    const Outgoing& item = queue_.front();
    buffers_.push_back(net::buffer(item.header.bytes.data(), item.header.size));
    if (item.prefix) buffers_.push_back(net::buffer(*item.prefix));
    buffers_.push_back(net::buffer(item.own));
    if (item.suffix) buffers_.push_back(net::buffer(*item.suffix));
    batch_items_ = 1;
  } else if (copy) {
    for (const Outgoing& item : queue_) {
      if (item.size() > kCopyLimit || batch_.size() + item.size() > kBatchBytes) break;
      batch_.append(item.header.view());
      if (item.prefix) batch_.append(*item.prefix);
      batch_.append(item.own);
      if (item.suffix) batch_.append(*item.suffix);
      ++batch_items_;
    }
    buffers_.push_back(net::buffer(batch_));
  }
  if (batch_items_ == queue_.size() && close_frame_ && !close_sent_) {
    buffers_.push_back(net::buffer(*close_frame_));
    batch_has_close_ = true;
  }
  return net::buffer_size(buffers_);
}

// The write of buffers_ is done; false when the connection ends with it.
bool WsSession::CompleteWrite() {
  control_sending_.clear();
  for (std::size_t i = 0; i < batch_items_; ++i) {
    queued_bytes_ -= queue_.front().size();
    queue_.pop_front();
  }
  batch_items_ = 0;
  if (queue_.empty()) {  // idle connections keep no write buffer
    batch_.clear();
    batch_.shrink_to_fit();
  }
  if (!batch_has_close_) return true;
  batch_has_close_ = false;
  close_sent_ = true;
  if (input_ended_) {  // the peer's close came first (or its input failed): nothing to wait for
    CloseSocket();
    net::post(socket_.get_executor(), [self = shared_from_this()] { self->Finish(); });
  } else {
    ArmCloseDeadline();  // wait for the peer's close frame, not forever
  }
  return false;
}

void WsSession::OnWrite(beast::error_code ec, std::size_t) {
  writing_ = false;
  if (ec) {
    CloseSocket();
    return Finish();
  }
  if (CompleteWrite()) Flush();
  if (read_paused_ && !finished_) {
    read_paused_ = false;
    WaitReadable();
  }
}

std::size_t WsSession::ControlBytes() const {
  return control_sending_.size() + (pending_pong_ ? pending_pong_->size() + 2 : 0) +
         (ping_due_ ? 2 : 0);
}

void WsSession::ArmCloseDeadline() {
  close_timer_.expires_after(kCloseHandshakeLimit);
  close_timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
    if (!ec) self->CloseSocket();  // the pending read or write then ends the session
  });
}

void WsSession::Terminate() {
  net::post(socket_.get_executor(), [self = shared_from_this()] { self->CloseSocket(); });
}

void WsSession::Promote(std::size_t max_payload) {
  net::dispatch(socket_.get_executor(), [self = shared_from_this(), max_payload] {
    if (self->promoted_ || self->finished_) return;
    self->promoted_ = true;
    self->handshake_timer_.cancel();
    self->decoder_.set_max_message(max_payload);
    self->SchedulePing();
  });
}

void WsSession::SchedulePing() {
  ping_timer_.expires_after(options_.ping_interval);
  ping_timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
    if (ec || self->finished_ || self->close_frame_) return;
    if (self->awaiting_pong_) {
      // No pong since the last ping: drop without a close frame (the client sees 1006), as
      // observed.
      self->CloseSocket();
      return;
    }
    self->awaiting_pong_ = true;
    self->ping_due_ = true;
    self->Flush();
    self->SchedulePing();
  });
}

void WsSession::CloseSocket() {
  beast::error_code ignored;
  handshake_timer_.cancel();
  ping_timer_.cancel();
  close_timer_.cancel();
  if (upgrade_) {
    beast::get_lowest_layer(*upgrade_).shutdown(tcp::socket::shutdown_both, ignored);
    beast::get_lowest_layer(*upgrade_).close(ignored);
  }
  socket_.shutdown(tcp::socket::shutdown_both, ignored);
  socket_.close(ignored);
}

void WsSession::Finish() {
  if (finished_) return;
  finished_ = true;
  CloseSocket();
  queue_.clear();
  queued_bytes_ = 0;
  if (opened_) handler_.OnClose(shared_from_this());
  if (on_finish_) on_finish_(this);
}

}  // namespace gateway::transport
