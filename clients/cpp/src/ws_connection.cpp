#include "gateway/client/ws_connection.hpp"

#include <algorithm>
#include <atomic>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/stream_traits.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/websocket.hpp>
#include <condition_variable>
#include <deque>
#include <exception>
#include <future>
#include <mutex>
#include <thread>
#include <utility>  // before Asio (GCC 12 + Boost 1.74)

#include "pong_filter_stream.hpp"

namespace gateway::client {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;

constexpr std::size_t kDefaultMaxMessageBytes = 64 * 1024 * 1024;
// Bounds our own close handshake (the peer may never answer the close frame).
constexpr auto kCloseHandshakeTimeout = std::chrono::seconds(5);
constexpr auto kDestructorCloseWait = std::chrono::milliseconds(1000);
// Open() waits this much longer than its timeout, so the I/O thread reports the timeout itself.
constexpr auto kOpenReportSlack = std::chrono::seconds(2);
constexpr int kAbnormalClosure = 1006;
constexpr int kMessageTooBig = 1009;

struct Outgoing {
  enum class Kind { kText, kBinary, kClose };
  Kind kind = Kind::kText;
  std::string data;
  int code = 0;
};

// The Host header leaves out the default port, like browsers do.
std::string HostHeader(const Url& url) {
  if (url.port != 80) return url.Authority();
  return url.host.find(':') != std::string::npos ? "[" + url.host + "]" : url.host;
}

}  // namespace

class WsConnection::Impl {
 public:
  explicit Impl(Headers headers)
      : work_(net::make_work_guard(ioc_)),
        resolver_(ioc_),
        ws_(ioc_),
        open_timer_(ioc_),
        headers_(std::move(headers)) {}

  // --- any thread ---------------------------------------------------------------------------
  void Run() {
    thread_ = std::thread([this] { ioc_.run(); });
  }

  // Drops the socket and stops the I/O thread; pending callbacks never run.
  void Stop() {
    if (!thread_.joinable()) return;
    net::post(ioc_, [this] {
      beast::error_code ignored;
      open_timer_.cancel();
      resolver_.cancel();
      beast::get_lowest_layer(ws_).socket().close(ignored);
      ioc_.stop();
    });
    thread_.join();
  }

  void Post(std::function<void()> task) { net::post(ioc_, std::move(task)); }

  std::optional<std::string> Receive(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    cv_.wait_for(lock, timeout, [this] { return !inbox_.empty() || close_info_.closed; });
    if (inbox_.empty()) return std::nullopt;
    std::string message = std::move(inbox_.front());
    inbox_.pop_front();
    return message;
  }

  CloseInfo WaitClosed(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    cv_.wait_for(lock, timeout, [this] { return close_info_.closed; });
    return close_info_;
  }

  CloseInfo close_info() const {
    std::lock_guard lock(mutex_);
    return close_info_;
  }

  std::size_t pings() const { return pings_.load(); }
  void SetDropPongs(bool drop) { ws_.next_layer().SetDropPongs(drop); }

  // --- I/O thread ---------------------------------------------------------------------------
  void StartOpen(const Url& url, std::chrono::milliseconds timeout) {
    url_ = url;
    open_timer_.expires_after(timeout);
    open_timer_.async_wait([this](beast::error_code ec) {
      if (ec || open_done_) return;
      open_timed_out_ = true;
      resolver_.cancel();
      beast::error_code ignored;
      beast::get_lowest_layer(ws_).socket().close(ignored);
    });
    resolver_.async_resolve(url_.host, std::to_string(url_.port),
                            [this](beast::error_code ec, tcp::resolver::results_type results) {
                              OnResolved(ec, results);
                            });
  }

  void Enqueue(Outgoing item) {
    if (!open_ || finished_ || close_requested_) return;
    if (item.kind == Outgoing::Kind::kClose) close_requested_ = true;
    outgoing_.push_back(std::move(item));
    if (!writing_) WriteNext();
  }

  void SetMaxMessageSize(std::size_t bytes) { ws_.read_message_max(bytes); }

  void Subscribe(std::function<void(std::string&&)> on_message,
                 std::function<void(const CloseInfo&)> on_close) {
    on_message_ = std::move(on_message);
    on_close_ = std::move(on_close);
    std::deque<std::string> queued;
    CloseInfo info;
    {
      std::lock_guard lock(mutex_);
      queued.swap(inbox_);
      info = close_info_;
    }
    if (on_message_) {
      for (auto& message : queued) on_message_(std::move(message));
    }
    if (info.closed && on_close_) on_close_(info);
  }

  std::future<void> opened() { return opened_.get_future(); }

 private:
  void OnResolved(beast::error_code ec, const tcp::resolver::results_type& results) {
    if (ec) return FailOpen("cannot resolve " + url_.host + ": " + ec.message());
    beast::get_lowest_layer(ws_).async_connect(
        results, [this](beast::error_code ec, const tcp::endpoint&) { OnConnected(ec); });
  }

  void OnConnected(beast::error_code ec) {
    if (ec) return FailOpen("cannot connect to " + url_.Authority() + ": " + ec.message());
    beast::error_code ignored;
    beast::get_lowest_layer(ws_).socket().set_option(tcp::no_delay(true), ignored);
    ws_.set_option(
        websocket::stream_base::decorator([headers = headers_](websocket::request_type& req) {
          req.set(beast::http::field::user_agent, "openclaw-gateway-cpp-client");
          for (const auto& [name, value] : headers) req.set(name, value);
        }));
    ws_.read_message_max(kDefaultMaxMessageBytes);
    ws_.auto_fragment(false);
    ws_.control_callback([this](websocket::frame_type kind, beast::string_view) {
      if (kind == websocket::frame_type::ping) ++pings_;
    });
    ws_.async_handshake(upgrade_response_, HostHeader(url_), url_.target,
                        [this](beast::error_code ec) { OnHandshake(ec); });
  }

  void OnHandshake(beast::error_code ec) {
    if (ec) {
      if (ec == websocket::error::upgrade_declined) {
        int status = upgrade_response_.result_int();
        return FailOpen("upgrade rejected: HTTP " + std::to_string(status), status);
      }
      return FailOpen("WebSocket handshake with " + url_.Authority() + " failed: " + ec.message());
    }
    open_done_ = true;
    open_timer_.cancel();
    websocket::stream_base::timeout timeouts{};
    timeouts.handshake_timeout = kCloseHandshakeTimeout;
    timeouts.idle_timeout = websocket::stream_base::none();
    timeouts.keep_alive_pings = false;
    ws_.set_option(timeouts);
    ws_.next_layer().StartScanning();
    open_ = true;
    opened_.set_value();
    StartRead();
  }

  void FailOpen(std::string message, int http_status = 0) {
    if (open_done_) return;
    open_done_ = true;
    open_timer_.cancel();
    bool timed_out = open_timed_out_;
    if (timed_out) message = "timed out opening " + url_.ToString();
    opened_.set_exception(std::make_exception_ptr(WsOpenError(message, timed_out, http_status)));
  }

  void StartRead() {
    ws_.async_read(read_buffer_, [this](beast::error_code ec, std::size_t) { OnRead(ec); });
  }

  void OnRead(beast::error_code ec) {
    if (ec) return OnReadError(ec);
    std::string message = beast::buffers_to_string(read_buffer_.data());
    read_buffer_.consume(read_buffer_.size());
    if (on_message_) {
      on_message_(std::move(message));
    } else {
      std::lock_guard lock(mutex_);
      inbox_.push_back(std::move(message));
      cv_.notify_all();
    }
    StartRead();
  }

  void OnReadError(beast::error_code ec) {
    if (ec == websocket::error::closed) return Finish(PeerClose());
    // The peer's close frame arrived, but answering it failed (e.g. the peer tore the socket down
    // while our own large write was still going): report the close the peer sent.
    if (ws_.reason().code != websocket::close_code::none) {
      DropSocket();
      return Finish(PeerClose());
    }
    // Our own close handshake is running; its completion reports the outcome.
    if (closing_ && ec == net::error::operation_aborted) return;
    CloseInfo info{
        .closed = true, .clean = false, .code = kAbnormalClosure, .reason = ec.message()};
    if (ec == websocket::error::message_too_big) {
      info.code = kMessageTooBig;
      info.reason = "message too big";
    }
    DropSocket();
    Finish(std::move(info));
  }

  void WriteNext() {
    if (outgoing_.empty() || finished_) {
      writing_ = false;
      return;
    }
    writing_ = true;
    Outgoing& item = outgoing_.front();
    if (item.kind == Outgoing::Kind::kClose) {
      closing_ = true;
      // A close reason holds at most 123 bytes.
      std::string_view text(item.data);
      websocket::close_reason reason(
          static_cast<websocket::close_code>(item.code),
          beast::string_view(text.data(), std::min<std::size_t>(text.size(), 123)));
      ws_.async_close(reason, [this](beast::error_code ec) { OnCloseDone(ec); });
      return;
    }
    ws_.binary(item.kind == Outgoing::Kind::kBinary);
    ws_.async_write(net::buffer(item.data),
                    [this](beast::error_code ec, std::size_t) { OnWritten(ec); });
  }

  void OnWritten(beast::error_code ec) {
    outgoing_.pop_front();
    if (ec) {
      // The read side sees the same failure and reports how the connection ended.
      outgoing_.clear();
      writing_ = false;
      return;
    }
    WriteNext();
  }

  void OnCloseDone(beast::error_code ec) {
    outgoing_.clear();
    writing_ = false;
    if (!ec || ec == websocket::error::closed) return Finish(PeerClose());
    DropSocket();
    Finish(CloseInfo{
        .closed = true, .clean = false, .code = kAbnormalClosure, .reason = ec.message()});
  }

  CloseInfo PeerClose() const {
    const websocket::close_reason& reason = ws_.reason();
    return CloseInfo{.closed = true,
                     .clean = true,
                     .code = static_cast<int>(reason.code),
                     .reason = std::string(reason.reason.data(), reason.reason.size())};
  }

  void DropSocket() {
    beast::error_code ignored;
    beast::get_lowest_layer(ws_).socket().close(ignored);
  }

  void Finish(CloseInfo info) {
    if (finished_) return;
    finished_ = true;
    open_ = false;
    // A write may still be in flight and owns the front item.
    if (writing_ && !outgoing_.empty()) outgoing_.erase(outgoing_.begin() + 1, outgoing_.end());
    {
      std::lock_guard lock(mutex_);
      close_info_ = info;
    }
    cv_.notify_all();
    if (on_close_) on_close_(info);
  }

  net::io_context ioc_;
  net::executor_work_guard<net::io_context::executor_type> work_;
  tcp::resolver resolver_;
  websocket::stream<detail::PongFilterStream> ws_;
  net::steady_timer open_timer_;
  websocket::response_type upgrade_response_;
  beast::flat_buffer read_buffer_;
  Headers headers_;
  Url url_;
  std::thread thread_;
  std::promise<void> opened_;

  // I/O thread only.
  std::deque<Outgoing> outgoing_;
  bool writing_ = false;
  bool open_ = false;
  bool open_done_ = false;
  bool open_timed_out_ = false;
  bool close_requested_ = false;
  bool closing_ = false;
  bool finished_ = false;
  std::function<void(std::string&&)> on_message_;
  std::function<void(const CloseInfo&)> on_close_;

  // Shared with user threads.
  mutable std::mutex mutex_;
  std::condition_variable cv_;
  std::deque<std::string> inbox_;
  CloseInfo close_info_;
  std::atomic<std::size_t> pings_{0};
};

std::unique_ptr<WsConnection> WsConnection::Open(const Url& url, std::chrono::milliseconds timeout,
                                                 const Headers& headers) {
  auto impl = std::make_unique<Impl>(headers);
  std::future<void> opened = impl->opened();
  impl->Run();
  impl->Post([raw = impl.get(), url, timeout] { raw->StartOpen(url, timeout); });
  if (opened.wait_for(timeout + kOpenReportSlack) != std::future_status::ready) {
    impl->Stop();
    throw WsOpenError("timed out opening " + url.ToString(), true, 0);
  }
  try {
    opened.get();
  } catch (...) {
    impl->Stop();
    throw;
  }
  return std::unique_ptr<WsConnection>(new WsConnection(std::move(impl)));
}

WsConnection::WsConnection(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

WsConnection::~WsConnection() {
  if (!impl_) return;
  if (!impl_->close_info().closed) {
    Close(1000, "");
    impl_->WaitClosed(kDestructorCloseWait);
  }
  impl_->Stop();
}

void WsConnection::SendText(std::string_view text) {
  impl_->Post([raw = impl_.get(), data = std::string(text)]() mutable {
    raw->Enqueue(Outgoing{.kind = Outgoing::Kind::kText, .data = std::move(data)});
  });
}

void WsConnection::SendBinary(std::string_view bytes) {
  impl_->Post([raw = impl_.get(), data = std::string(bytes)]() mutable {
    raw->Enqueue(Outgoing{.kind = Outgoing::Kind::kBinary, .data = std::move(data)});
  });
}

std::optional<std::string> WsConnection::Receive(std::chrono::milliseconds timeout) {
  return impl_->Receive(timeout);
}

CloseInfo WsConnection::WaitClosed(std::chrono::milliseconds timeout) {
  return impl_->WaitClosed(timeout);
}

CloseInfo WsConnection::close_info() const { return impl_->close_info(); }

void WsConnection::Close(int code, std::string_view reason) {
  impl_->Post([raw = impl_.get(), code, data = std::string(reason)]() mutable {
    raw->Enqueue(Outgoing{.kind = Outgoing::Kind::kClose, .data = std::move(data), .code = code});
  });
}

void WsConnection::SetAutoPong(bool enabled) { impl_->SetDropPongs(!enabled); }

std::size_t WsConnection::PingsReceived() const { return impl_->pings(); }

void WsConnection::SetMaxMessageSize(std::size_t bytes) {
  impl_->Post([raw = impl_.get(), bytes] { raw->SetMaxMessageSize(bytes); });
}

void WsConnection::Subscribe(std::function<void(std::string&&)> on_message,
                             std::function<void(const CloseInfo&)> on_close) {
  impl_->Post([raw = impl_.get(), on_message = std::move(on_message),
               on_close = std::move(on_close)]() mutable {
    raw->Subscribe(std::move(on_message), std::move(on_close));
  });
}

}  // namespace gateway::client
