#include "server/transport/http_session.hpp"

#include <sys/socket.h>

#include <cstdio>

#include "server/platform/text.hpp"

namespace gateway::transport {
namespace {

constexpr auto kWriteTimeout = std::chrono::seconds(30);
constexpr const char* kText = "text/plain; charset=utf-8";

std::string ChunkFrame(const std::deque<std::string>& chunks, bool chunked) {
  std::string out;
  std::size_t total = 0;
  for (const auto& c : chunks) total += c.size();
  if (!chunked) {
    out.reserve(total);
    for (const auto& c : chunks) out += c;
    return out;
  }
  out.reserve(total + 16);
  char size[24];
  std::snprintf(size, sizeof size, "%zx\r\n", total);
  out += size;
  for (const auto& c : chunks) out += c;
  out += "\r\n";
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// The exchange: thread-safe front of the session's response state.

HttpExchangeImpl::~HttpExchangeImpl() {
  if (!answered_.exchange(true)) {
    session_->Respond(number_,
                      {500,
                       "application/json; charset=utf-8",
                       {},
                       R"({"error":{"message":"Internal Server Error","type":"api_error"}})"});
  } else if (streaming_ && !gone_) {
    session_->EndStream(number_);  // a stream dropped without End() still ends cleanly
  }
}

void HttpExchangeImpl::Respond(HttpResponse response) {
  if (answered_.exchange(true)) return;
  session_->Respond(number_, std::move(response));
}

void HttpExchangeImpl::StartStream(int status, std::string content_type,
                                   std::vector<std::pair<std::string, std::string>> headers) {
  if (answered_.exchange(true)) return;
  streaming_ = true;
  session_->StartStream(number_, status, std::move(content_type), std::move(headers));
}

bool HttpExchangeImpl::Write(std::string chunk) {
  if (!streaming_ || gone_) return false;
  if (chunk.empty()) return true;  // an empty chunk would end a chunked body
  if (buffered_.fetch_add(chunk.size()) + chunk.size() > kStreamHardLimit) {
    MarkGone();  // a reader this far behind is dropped rather than buffered for
    session_->Abort(number_);
    return false;
  }
  session_->QueueChunk(number_, std::move(chunk));
  return true;
}

void HttpExchangeImpl::End() {
  if (!streaming_) return;
  streaming_ = false;
  session_->EndStream(number_);
}

void HttpExchangeImpl::WhenWritable(std::function<void()> callback) {
  {
    std::lock_guard lock(mutex_);
    if (!gone_ && buffered_.load() >= kStreamHighWater) {
      on_writable_ = std::move(callback);
      return;
    }
  }
  callback();
}

void HttpExchangeImpl::OnClientGone(std::function<void()> callback) {
  {
    std::lock_guard lock(mutex_);
    if (!gone_) {
      on_gone_ = std::move(callback);
      return;
    }
  }
  callback();
}

void HttpExchangeImpl::Drained(std::size_t bytes) {
  const std::size_t left = buffered_.fetch_sub(bytes) - bytes;
  if (left >= kStreamHighWater) return;
  std::function<void()> callback;
  {
    std::lock_guard lock(mutex_);
    callback = std::move(on_writable_);
    on_writable_ = nullptr;
  }
  if (callback) callback();
}

void HttpExchangeImpl::MarkGone() {
  std::function<void()> gone;
  std::function<void()> writable;
  {
    std::lock_guard lock(mutex_);
    if (gone_.exchange(true)) return;
    gone = std::move(on_gone_);
    writable = std::move(on_writable_);
    on_gone_ = nullptr;
    on_writable_ = nullptr;
  }
  if (gone) gone();
  if (writable) writable();
}

// ---------------------------------------------------------------------------------------------
// The session.

HttpSession::HttpSession(tcp::socket&& socket, HttpHandler& handler,
                         const TransportOptions& options, Upgrade upgrade,
                         std::shared_ptr<void> slot)
    : stream_(std::move(socket)),
      timer_(stream_.get_executor()),
      handler_(handler),
      options_(options),
      upgrade_(std::move(upgrade)),
      slot_(std::move(slot)) {
  beast::error_code ec;
  auto endpoint = stream_.socket().remote_endpoint(ec);
  if (!ec) remote_ip_ = endpoint.address().to_string();
  if (remote_ip_.rfind("::ffff:", 0) == 0) remote_ip_ = remote_ip_.substr(7);
}

// The read deadline is our own timer rather than the stream's expiry, which would close the
// socket before a 408 could be written. It covers the head and the body.
void HttpSession::DoRead() {
  parser_.emplace();
  parser_->header_limit(kHeaderLimit);
  policy_.reset();
  timed_out_ = false;
  timer_.expires_after(options_.http_read_timeout);
  timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
    if (ec) return;
    self->timed_out_ = true;
    beast::error_code ignored;
    self->stream_.socket().cancel(ignored);
  });
  http::async_read_header(
      stream_, buffer_, *parser_,
      [self = shared_from_this()](beast::error_code ec, std::size_t) { self->OnHeader(ec); });
}

// True when the read failed and has been answered (or the connection closed).
bool HttpSession::ReadFailed(beast::error_code ec, const BodyPolicy* policy) {
  if (timed_out_) {
    if (buffer_.size() == 0 && !parser_->got_some()) {
      Shutdown();  // an idle keep-alive connection
    } else {
      WriteWhole(policy ? policy->timed_out : HttpResponse{408, kText, {}, "Request Timeout"},
                 false);
    }
    return true;
  }
  if (!ec) return false;
  timer_.cancel();
  if (ec == http::error::end_of_stream || ec == net::error::eof) {
    Shutdown();
  } else if (ec == http::error::body_limit) {
    WriteWhole(policy ? policy->too_large : HttpResponse{413, kText, {}, "Payload Too Large"},
               false);
  } else if (ec == http::error::header_limit) {
    WriteWhole({431, kText, {}, "Request Header Fields Too Large"}, false);
  } else {
    WriteWhole({400, kText, {}, "Bad Request"}, false);
  }
  return true;
}

HttpRequest HttpSession::PlainRequest(bool with_body) { return ToPlain(parser_->get(), with_body); }

HttpRequest HttpSession::ToPlain(http::request<http::string_body>& request, bool with_body) const {
  HttpRequest plain;
  plain.method = std::string(request.method_string());
  plain.target = std::string(request.target());
  if (with_body) plain.body = std::move(request.body());
  plain.remote_ip = remote_ip_;
  for (const auto& field : request)
    plain.headers[platform::AsciiLower(std::string(field.name_string()))] =
        std::string(field.value());
  return plain;
}

void HttpSession::OnHeader(beast::error_code ec) {
  if (ReadFailed(ec, nullptr)) return;
  auto& request = parser_->get();
  head_request_ = request.method() == http::verb::head;
  version_ = request.version();
  keep_alive_ = request.keep_alive();
  if (websocket::is_upgrade(request)) {
    timer_.cancel();
    return HandUpgrade(parser_->release());
  }
  try {
    policy_ = handler_.Admit(PlainRequest(false));
  } catch (const std::exception& e) {
    if (options_.report_error)
      options_.report_error(std::string("HTTP handler failed: ") + e.what());
    policy_ = BodyPolicy{};
    policy_->answer = HttpResponse{500, kText, {}, "Internal Server Error"};
  }
  if (policy_->answer) {
    timer_.cancel();
    // Unread body bytes would be taken for the next request: close after answering.
    const bool body_pending = !parser_->is_done();
    return WriteWhole(std::move(*policy_->answer), keep_alive_ && !body_pending);
  }
  parser_->body_limit(policy_->max_bytes);
  if (auto length = parser_->content_length(); length && *length > policy_->max_bytes) {
    timer_.cancel();
    return WriteWhole(policy_->too_large, false);
  }
  if (request[http::field::expect] == "100-continue" && !parser_->is_done()) {
    static const std::string kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
    return net::async_write(stream_, net::buffer(kContinue),
                            [self = shared_from_this()](beast::error_code write_ec, std::size_t) {
                              if (write_ec) return self->Shutdown();
                              self->ReadBody();
                            });
  }
  ReadBody();
}

void HttpSession::ReadBody() {
  if (parser_->is_done()) return OnBody({});
  http::async_read(
      stream_, buffer_, *parser_,
      [self = shared_from_this()](beast::error_code ec, std::size_t) { self->OnBody(ec); });
}

void HttpSession::OnBody(beast::error_code ec) {
  if (ReadFailed(ec, &*policy_)) return;
  timer_.cancel();
  auto exchange = std::make_shared<HttpExchangeImpl>(shared_from_this(), ++exchange_number_,
                                                     PlainRequest(true));
  HandOver(exchange);
}

void HttpSession::HandOver(const std::shared_ptr<HttpExchangeImpl>& exchange) {
  exchange_ = exchange;
  streaming_ = chunked_ = writing_ = end_queued_ = finished_ = false;
  chunks_.clear();
  WatchClient();
  try {
    handler_.Handle(exchange);
  } catch (const std::exception& e) {
    if (options_.report_error)
      options_.report_error(std::string("HTTP handler failed: ") + e.what());
    exchange->Respond({500, kText, {}, "Internal Server Error"});
  }
}

void HttpSession::HandUpgrade(http::request<http::string_body> request) {
  std::optional<HttpResponse> refused;
  if (!upgrade_) {
    refused = HttpResponse{404, kText, {}, "Not Found"};
  } else {
    try {
      refused = handler_.CheckUpgrade(ToPlain(request, false));
    } catch (const std::exception& e) {
      if (options_.report_error)
        options_.report_error(std::string("HTTP handler failed: ") + e.what());
      refused = HttpResponse{500, kText, {}, "Internal Server Error"};
    }
  }
  if (!refused) {
    std::string early = beast::buffers_to_string(buffer_.data());
    upgrade_(stream_.release_socket(), remote_ip_, std::move(request), std::move(early),
             std::move(slot_));
    return;
  }
  // A refused upgrade ends the connection: what follows it was meant for a WebSocket.
  WriteWhole(std::move(*refused), false);
}

// --- Responses -------------------------------------------------------------------------------

void HttpSession::Respond(std::uint64_t exchange, HttpResponse response) {
  net::post(stream_.get_executor(),
            [self = shared_from_this(), exchange, response = std::move(response)]() mutable {
              if (!self->Current(exchange)) return;
              self->WriteWhole(std::move(response), self->keep_alive_);
            });
}

void HttpSession::WriteWhole(HttpResponse response, bool keep_alive) {
  finished_ = true;
  if (response.delay.count() > 0) {
    const auto delay = response.delay;
    response.delay = std::chrono::milliseconds(0);
    timer_.expires_after(delay);
    return timer_.async_wait([self = shared_from_this(), response = std::move(response),
                              keep_alive](beast::error_code ec) mutable {
      if (ec) return self->Shutdown();
      self->WriteWhole(std::move(response), keep_alive);
    });
  }
  auto message = std::make_shared<http::response<http::string_body>>(
      static_cast<http::status>(response.status), version_);
  message->set(http::field::content_type, response.content_type);
  for (const auto& [name, value] : response.headers) message->set(name, value);
  message->keep_alive(keep_alive);
  const std::size_t length = response.body.size();
  if (!head_request_) message->body() = std::move(response.body);
  message->content_length(length);
  stream_.expires_after(kWriteTimeout);
  http::async_write(
      stream_, *message,
      [self = shared_from_this(), message, keep_alive](beast::error_code ec, std::size_t) {
        self->stream_.expires_never();
        if (ec) return self->ClientGone();
        self->AfterResponse(keep_alive);
      });
}

void HttpSession::StartStream(std::uint64_t exchange, int status, std::string content_type,
                              std::vector<std::pair<std::string, std::string>> headers) {
  net::post(stream_.get_executor(), [self = shared_from_this(), exchange, status,
                                     content_type = std::move(content_type),
                                     headers = std::move(headers)]() mutable {
    if (!self->Current(exchange)) return;
    self->streaming_ = true;
    self->chunked_ = self->version_ >= 11 && !self->head_request_;
    if (!self->chunked_) self->keep_alive_ = false;  // HTTP/1.0: the close ends the body
    auto head = std::make_shared<std::string>();
    *head += self->version_ >= 11 ? "HTTP/1.1 " : "HTTP/1.0 ";
    *head += std::to_string(status) + " " +
             std::string(http::obsolete_reason(static_cast<http::status>(status))) + "\r\n";
    *head += "Content-Type: " + content_type + "\r\n";
    for (const auto& [name, value] : headers) *head += name + ": " + value + "\r\n";
    *head += self->chunked_ ? "Transfer-Encoding: chunked\r\n" : "Connection: close\r\n";
    *head += "\r\n";
    self->writing_ = true;
    self->stream_.expires_after(kWriteTimeout);
    net::async_write(self->stream_, net::buffer(*head),
                     [self, head](beast::error_code ec, std::size_t) {
                       self->stream_.expires_never();
                       self->writing_ = false;
                       if (ec) return self->ClientGone();
                       if (self->head_request_) self->chunks_.clear();
                       self->Pump();
                     });
  });
}

void HttpSession::QueueChunk(std::uint64_t exchange, std::string chunk) {
  net::post(stream_.get_executor(),
            [self = shared_from_this(), exchange, chunk = std::move(chunk)]() mutable {
              if (!self->Current(exchange)) return;
              self->chunks_.push_back(std::move(chunk));
              if (self->streaming_ && !self->writing_) self->Pump();
            });
}

void HttpSession::EndStream(std::uint64_t exchange) {
  net::post(stream_.get_executor(), [self = shared_from_this(), exchange] {
    if (!self->Current(exchange) || self->end_queued_) return;
    self->end_queued_ = true;
    if (self->streaming_ && !self->writing_) self->Pump();
  });
}

// Writes what is queued as one chunk; the last chunk once End() was asked for and all is out.
void HttpSession::Pump() {
  if (writing_ || finished_) return;
  if (chunks_.empty()) {
    if (!end_queued_) return;
    finished_ = true;
    if (!chunked_) return AfterResponse(false);
    static const std::string kLastChunk = "0\r\n\r\n";
    writing_ = true;
    stream_.expires_after(kWriteTimeout);
    return net::async_write(stream_, net::buffer(kLastChunk),
                            [self = shared_from_this()](beast::error_code ec, std::size_t) {
                              self->stream_.expires_never();
                              self->writing_ = false;
                              if (ec) return self->ClientGone();
                              self->AfterResponse(self->keep_alive_);
                            });
  }
  std::size_t bytes = 0;
  for (const auto& c : chunks_) bytes += c.size();
  auto frame =
      std::make_shared<std::string>(head_request_ ? std::string() : ChunkFrame(chunks_, chunked_));
  chunks_.clear();
  writing_ = true;
  stream_.expires_after(kWriteTimeout);
  net::async_write(stream_, net::buffer(*frame),
                   [self = shared_from_this(), frame, bytes](beast::error_code ec, std::size_t) {
                     self->stream_.expires_never();
                     self->writing_ = false;
                     if (auto exchange = self->exchange_.lock()) exchange->Drained(bytes);
                     if (ec) return self->ClientGone();
                     self->Pump();
                   });
}

void HttpSession::Abort(std::uint64_t exchange) {
  net::post(stream_.get_executor(), [self = shared_from_this(), exchange] {
    if (self->Current(exchange)) self->ClientGone();
  });
}

void HttpSession::AfterResponse(bool keep_alive) {
  exchange_.reset();
  if (!keep_alive) return Shutdown();
  beast::error_code ignored;
  stream_.socket().cancel(ignored);  // stops the client watch; no other operation is pending
  DoRead();
}

// While the handler works, a readable socket means the client either sent more (pipelining:
// nothing to do) or went away (EOF or an error): then the exchange is told.
void HttpSession::WatchClient() {
  const std::uint64_t watched = exchange_number_;
  stream_.socket().async_wait(
      tcp::socket::wait_read, [self = shared_from_this(), watched](beast::error_code ec) {
        if (ec == net::error::operation_aborted) return;
        if (watched != self->exchange_number_ || self->finished_) return;
        char byte;
        const ssize_t n =
            ::recv(self->stream_.socket().native_handle(), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
        if (n > 0) return;  // pipelined bytes: the client is there
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return self->WatchClient();
        self->ClientGone();
      });
}

void HttpSession::ClientGone() {
  finished_ = true;
  chunks_.clear();
  if (auto exchange = exchange_.lock()) exchange->MarkGone();
  exchange_.reset();
  Shutdown();
}

void HttpSession::Shutdown() {
  beast::error_code ignored;
  timer_.cancel();
  stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
  stream_.close();
}

}  // namespace gateway::transport
