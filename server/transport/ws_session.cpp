#include "server/transport/ws_session.hpp"

#include <array>

namespace gateway::transport {
namespace {

constexpr std::size_t kCloseReasonMax = 123;  // RFC 6455: 125 bytes of close payload minus the code

std::string TruncateUtf8(std::string text, std::size_t max) {
  if (text.size() <= max) return text;
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // keep whole code points
  text.resize(cut);
  return text;
}

}  // namespace

WsSession::WsSession(tcp::socket&& socket, std::string id, std::string remote_ip, ConnectionHandler& handler,
                     const TransportOptions& options, std::function<void(WsSession*)> on_finish)
    : ws_(std::move(socket)),
      id_(std::move(id)),
      remote_ip_(std::move(remote_ip)),
      handler_(handler),
      options_(options),
      on_finish_(std::move(on_finish)),
      handshake_timer_(ws_.get_executor()),
      ping_timer_(ws_.get_executor()) {}

std::string WsSession::header(std::string_view name) const {
  auto it = headers_.find(std::string(name));
  return it == headers_.end() ? std::string() : it->second;
}

void WsSession::Start(http::request<http::string_body> request) {
  for (const auto& field : request) {
    std::string name(field.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    headers_[name] = std::string(field.value());
  }
  beast::get_lowest_layer(ws_).expires_never();
  websocket::stream_base::timeout timeouts{};
  timeouts.handshake_timeout = std::chrono::seconds(10);
  timeouts.idle_timeout = websocket::stream_base::none();  // keepalive is ours (Promote)
  timeouts.keep_alive_pings = false;
  ws_.set_option(timeouts);
  ws_.read_message_max(options_.preauth_max_payload);
  ws_.auto_fragment(false);
  ws_.text(true);
  ws_.control_callback([this](websocket::frame_type kind, beast::string_view) {
    if (kind == websocket::frame_type::pong) awaiting_pong_ = false;
  });
  ws_.async_accept(request, beast::bind_front_handler(&WsSession::OnAccept, shared_from_this()));
}

void WsSession::OnAccept(beast::error_code ec) {
  if (ec) return Finish();
  opened_ = true;
  handshake_timer_.expires_after(options_.handshake_timeout);
  handshake_timer_.async_wait([self = shared_from_this()](beast::error_code timer_ec) {
    // No successful connect in time: close 1000 with an empty reason (observed).
    if (!timer_ec && !self->promoted_) self->Close(1000, "");
  });
  handler_.OnOpen(shared_from_this());
  DoRead();
}

void WsSession::DoRead() {
  ws_.async_read(read_buffer_, beast::bind_front_handler(&WsSession::OnRead, shared_from_this()));
}

void WsSession::OnRead(beast::error_code ec, std::size_t) {
  if (ec) return Finish();  // closed, reset, or message_too_big (Beast has sent 1009 itself)
  std::string message = beast::buffers_to_string(read_buffer_.data());
  read_buffer_.consume(read_buffer_.size());
  if (!close_started_ && !pending_close_) handler_.OnMessage(shared_from_this(), std::move(message));
  DoRead();
}

void WsSession::Send(std::string frame) {
  net::post(ws_.get_executor(), [self = shared_from_this(), frame = std::move(frame)]() mutable {
    self->Enqueue({std::move(frame), nullptr, nullptr});
  });
}

void WsSession::SendEvent(std::shared_ptr<const std::string> prefix, std::shared_ptr<const std::string> suffix,
                          bool droppable) {
  net::post(ws_.get_executor(), [self = shared_from_this(), prefix = std::move(prefix), suffix = std::move(suffix),
                                 droppable]() mutable {
    if (self->pending_close_ || self->finished_) return;
    if (droppable && self->queued_bytes_ > self->options_.max_buffered_bytes / 2) return;  // no seq consumed
    std::string seq = ",\"seq\":" + std::to_string(++self->seq_);
    self->Enqueue({std::move(seq), std::move(prefix), std::move(suffix)});
  });
}

void WsSession::Enqueue(Outgoing item) {
  if (pending_close_ || finished_) return;
  queued_bytes_ += item.size();
  queue_.push_back(std::move(item));
  if (OverLimit()) {
    // A slow consumer must not hold memory or stall others: drop what is not on the wire yet.
    while (queue_.size() > (writing_ ? 1u : 0u)) {
      queued_bytes_ -= queue_.back().size();
      queue_.pop_back();
    }
    pending_close_ = websocket::close_reason(websocket::close_code::policy_error, "slow consumer");
    // The frame on the wire may never finish if the peer stopped reading: bound it.
    beast::get_lowest_layer(ws_).expires_after(std::chrono::seconds(5));
    if (!writing_) DoClose();
    return;
  }
  if (!writing_) DoWrite();
}

void WsSession::DoWrite() {
  if (queue_.empty()) {
    writing_ = false;
    if (pending_close_) DoClose();
    return;
  }
  writing_ = true;
  const Outgoing& front = queue_.front();
  if (!front.prefix) {
    ws_.async_write(net::buffer(front.own), beast::bind_front_handler(&WsSession::OnWrite, shared_from_this()));
    return;
  }
  std::array<net::const_buffer, 3> buffers = {net::buffer(*front.prefix), net::buffer(front.own),
                                              net::buffer(*front.suffix)};
  ws_.async_write(buffers, beast::bind_front_handler(&WsSession::OnWrite, shared_from_this()));
}

void WsSession::OnWrite(beast::error_code ec, std::size_t) {
  if (ec) return Finish();
  queued_bytes_ -= queue_.front().size();
  queue_.pop_front();
  DoWrite();
}

void WsSession::Close(int code, std::string reason) {
  net::post(ws_.get_executor(), [self = shared_from_this(), code, reason = std::move(reason)]() mutable {
    if (self->pending_close_ || self->finished_) return;
    self->pending_close_ = websocket::close_reason(static_cast<websocket::close_code>(code),
                                                   TruncateUtf8(std::move(reason), kCloseReasonMax));
    if (!self->writing_) self->DoClose();
  });
}

void WsSession::DoClose() {
  if (close_started_ || finished_ || ping_in_flight_) return;  // a finishing ping calls back here
  close_started_ = true;
  handshake_timer_.cancel();
  ping_timer_.cancel();
  // A peer that never answers the close handshake is cut off.
  beast::get_lowest_layer(ws_).expires_after(std::chrono::seconds(5));
  ws_.async_close(*pending_close_, [self = shared_from_this()](beast::error_code) {
    beast::error_code ignored;
    beast::get_lowest_layer(self->ws_).socket().shutdown(tcp::socket::shutdown_both, ignored);
    beast::get_lowest_layer(self->ws_).socket().close(ignored);
  });
}

void WsSession::Terminate() {
  net::post(ws_.get_executor(), [self = shared_from_this()] {
    beast::error_code ignored;
    self->handshake_timer_.cancel();
    self->ping_timer_.cancel();
    beast::get_lowest_layer(self->ws_).socket().shutdown(tcp::socket::shutdown_both, ignored);
    beast::get_lowest_layer(self->ws_).socket().close(ignored);
  });
}

void WsSession::Promote(std::size_t max_payload) {
  net::post(ws_.get_executor(), [self = shared_from_this(), max_payload] {
    if (self->promoted_ || self->finished_) return;
    self->promoted_ = true;
    self->handshake_timer_.cancel();
    self->ws_.read_message_max(max_payload);
    self->SchedulePing();
  });
}

void WsSession::SchedulePing() {
  ping_timer_.expires_after(options_.ping_interval);
  ping_timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
    if (ec || self->finished_ || self->close_started_) return;
    if (self->awaiting_pong_) {
      // No pong since the last ping: drop without a close frame (the client sees 1006), as observed.
      beast::error_code ignored;
      beast::get_lowest_layer(self->ws_).socket().close(ignored);
      return;
    }
    self->awaiting_pong_ = true;
    self->ping_in_flight_ = true;
    self->ws_.async_ping({}, [self](beast::error_code) {
      self->ping_in_flight_ = false;
      if (self->pending_close_ && !self->writing_) self->DoClose();
    });
    self->SchedulePing();
  });
}

void WsSession::Finish() {
  if (finished_) return;
  finished_ = true;
  handshake_timer_.cancel();
  ping_timer_.cancel();
  queue_.clear();
  queued_bytes_ = 0;
  if (opened_) handler_.OnClose(shared_from_this());
  if (on_finish_) on_finish_(this);
}

}  // namespace gateway::transport
