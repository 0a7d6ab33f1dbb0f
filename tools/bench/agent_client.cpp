#include "tools/bench/agent_client.hpp"

#include <atomic>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/websocket.hpp>
#include <deque>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <utility>  // before Asio (GCC 12 + Boost 1.74)

#include "gateway/client/random_uuid.hpp"
#include "tools/bench/frame_scan.hpp"
#include "tools/bench/latch.hpp"
#include "tools/bench/request_frames.hpp"

namespace gateway::bench {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;

constexpr std::size_t kMaxMessageBytes = 64 * 1024 * 1024;
constexpr auto kAbortWait = std::chrono::seconds(5);

std::string HostHeader(const FleetTarget& target) {
  const bool ipv6 = target.host.find(':') != std::string::npos;
  return (ipv6 ? "[" + target.host + "]" : target.host) + ":" + std::to_string(target.port);
}

std::string ErrorOf(std::string_view text) {
  try {
    const auto frame = nlohmann::json::parse(text);
    const auto& error = frame.at("error");
    return error.value("code", std::string("?")) + ": " + error.value("message", std::string());
  } catch (const std::exception&) {
    return "ok:false with an undecodable error";
  }
}

enum class Phase { kIdle, kHandshake, kOpen, kClosed };

class Connection {
 public:
  Connection(net::io_context& ioc, std::size_t index, const FleetTarget& target,
             tcp::endpoint endpoint, std::string connect_frame,
             const AgentClient::OnFrame& on_frame)
      : ws_(ioc),
        index_(index),
        target_(target),
        endpoint_(endpoint),
        connect_frame_(std::move(connect_frame)),
        on_frame_(on_frame) {}

  net::any_io_executor executor() { return ws_.get_executor(); }

  void Start(std::shared_ptr<Latch> opened) {
    opened_ = std::move(opened);
    phase_ = Phase::kHandshake;
    ws_.next_layer().async_connect(endpoint_, [this](beast::error_code ec) {
      if (ec) return Fail("tcp connect: " + ec.message());
      beast::error_code ignored;
      ws_.next_layer().set_option(tcp::no_delay(true), ignored);
      ws_.set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
      ws_.read_message_max(kMaxMessageBytes);
      ws_.async_handshake(HostHeader(target_), target_.path, [this](beast::error_code ec) {
        if (ec) return Fail("websocket upgrade: " + ec.message());
        ReadNext();
      });
    });
  }

  Clock::time_point Send(std::string frame) {
    const Clock::time_point now = Clock::now();
    if (phase_ != Phase::kOpen && phase_ != Phase::kHandshake) return now;
    queue_.push_back(std::move(frame));
    Pump();
    return now;
  }

  void Close(std::shared_ptr<Latch> closed) {
    close_latch_ = std::move(closed);
    closing_ = true;
    if (phase_ != Phase::kOpen) return Fail("closed by the bench");
    Pump();
  }

  void Drop(const std::string& reason) {
    closing_ = true;
    Fail(reason);
  }

  void AbortHandshake() {
    if (phase_ != Phase::kOpen) Fail("no hello-ok within the time limit");
  }

  bool accepted() const { return accepted_.load(std::memory_order_acquire); }
  std::string error() const {
    std::lock_guard lock(mutex_);
    return error_;
  }
  bool dropped() const { return dropped_.load(std::memory_order_acquire); }

 private:
  void ReadNext() {
    ws_.async_read(buffer_, [this](beast::error_code ec, std::size_t) { OnRead(ec); });
  }

  void OnRead(beast::error_code ec) {
    const Clock::time_point now = Clock::now();
    if (phase_ == Phase::kClosed) return;
    if (ec) return Fail("read: " + ec.message());
    const auto data = buffer_.cdata();
    const std::string_view text(static_cast<const char*>(data.data()), data.size());
    if (phase_ == Phase::kOpen) {
      on_frame_(index_, text, now);
    } else {
      const FrameFacts facts = ScanFrame(text);
      if (!challenged_) {
        if (facts.kind != FrameKind::kEvent || facts.event != "connect.challenge")
          return Fail("the first frame was not connect.challenge");
        challenged_ = true;
        queue_.push_back(std::exchange(connect_frame_, {}));
        Pump();
      } else if (facts.kind == FrameKind::kResponse && facts.id == kConnectRequestId) {
        if (!facts.ok) return Fail("connect rejected: " + ErrorOf(text));
        phase_ = Phase::kOpen;
        accepted_.store(true, std::memory_order_release);
        if (auto latch = std::exchange(opened_, nullptr)) latch->CountDown();
      }
    }
    buffer_.consume(buffer_.size());
    if (phase_ != Phase::kClosed) ReadNext();
  }

  void Pump() {
    if (writing_ || phase_ == Phase::kClosed) return;
    if (!queue_.empty()) {
      writing_ = true;
      ws_.async_write(net::buffer(queue_.front()), [this](beast::error_code ec, std::size_t) {
        writing_ = false;
        queue_.pop_front();
        if (phase_ == Phase::kClosed) return;
        if (ec) return Fail("write: " + ec.message());
        Pump();
      });
      return;
    }
    if (closing_ && !close_sent_) {
      close_sent_ = true;
      writing_ = true;
      ws_.async_close(websocket::close_code::normal, [this](beast::error_code ec) {
        writing_ = false;
        Fail(ec ? "close: " + ec.message() : "closed by the bench");
      });
    }
  }

  void Fail(const std::string& reason) {
    if (phase_ == Phase::kClosed) return;
    const bool was_open = phase_ == Phase::kOpen;
    phase_ = Phase::kClosed;
    {
      std::lock_guard lock(mutex_);
      error_ = reason;
    }
    if (was_open && !closing_) dropped_.store(true, std::memory_order_release);
    beast::error_code ignored;
    ws_.next_layer().close(ignored);
    if (auto latch = std::exchange(opened_, nullptr)) latch->CountDown();
    if (auto latch = std::exchange(close_latch_, nullptr)) latch->CountDown();
  }

  websocket::stream<tcp::socket> ws_;
  const std::size_t index_;
  const FleetTarget& target_;
  tcp::endpoint endpoint_;
  std::string connect_frame_;
  const AgentClient::OnFrame& on_frame_;
  beast::flat_buffer buffer_;
  std::deque<std::string> queue_;
  Phase phase_ = Phase::kIdle;
  bool challenged_ = false, writing_ = false, closing_ = false, close_sent_ = false;
  std::shared_ptr<Latch> opened_, close_latch_;
  std::atomic<bool> accepted_{false}, dropped_{false};
  mutable std::mutex mutex_;
  std::string error_;
};

void Tally(ErrorTally& tally, const std::string& message) { ++tally[message]; }

}  // namespace

class AgentClient::Impl {
 public:
  Impl(FleetTarget target, int io_threads, OnFrame on_frame)
      : target_(std::move(target)), on_frame_(std::move(on_frame)) {
    net::io_context resolver_context;
    tcp::resolver resolver(resolver_context);
    beast::error_code ec;
    auto found = resolver.resolve(target_.host, std::to_string(target_.port), ec);
    if (ec || found.empty())
      throw std::runtime_error("cannot resolve " + target_.host + ": " + ec.message());
    endpoint_ = found.begin()->endpoint();
    for (int i = 0; i < std::max(1, io_threads); ++i) {
      contexts_.push_back(std::make_unique<net::io_context>(1));
      guards_.push_back(net::make_work_guard(*contexts_.back()));
    }
    for (auto& context : contexts_) threads_.emplace_back([c = context.get()] { c->run(); });
  }

  ~Impl() {
    for (auto& context : contexts_) context->stop();
    for (auto& thread : threads_) thread.join();
    connections_.clear();
  }

  ErrorTally Open(std::size_t count, const std::vector<std::string>& scopes,
                  const std::vector<std::string>& caps, std::chrono::milliseconds time_limit) {
    auto opened = std::make_shared<Latch>();
    opened->Reset(count);
    const std::size_t first = connections_.size();
    for (std::size_t i = 0; i < count; ++i) {
      const std::size_t index = connections_.size();
      auto& context = *contexts_[index % contexts_.size()];
      connections_.push_back(std::make_unique<Connection>(
          context, index, target_, endpoint_,
          BuildConnectFrame(target_.token, scopes, client::RandomUuid(), caps), on_frame_));
      Connection* c = connections_.back().get();
      net::post(c->executor(), [c, opened] { c->Start(opened); });
    }
    if (!opened->WaitUntil(Clock::now() + time_limit)) {
      for (std::size_t i = first; i < connections_.size(); ++i) {
        Connection* c = connections_[i].get();
        net::post(c->executor(), [c] { c->AbortHandshake(); });
      }
      opened->WaitUntil(Clock::now() + kAbortWait);
    }
    ErrorTally errors;
    for (std::size_t i = first; i < connections_.size(); ++i) {
      if (!connections_[i]->accepted()) Tally(errors, connections_[i]->error());
    }
    return errors;
  }

  std::size_t size() const { return connections_.size(); }

  void Post(std::size_t conn, std::function<void()> fn) {
    net::post(connections_.at(conn)->executor(), std::move(fn));
  }

  Clock::time_point Send(std::size_t conn, std::string frame) {
    return connections_.at(conn)->Send(std::move(frame));
  }

  ErrorTally Dropped() const {
    ErrorTally dropped;
    for (const auto& c : connections_) {
      if (c->dropped()) Tally(dropped, c->error());
    }
    return dropped;
  }

  void CloseAll(std::chrono::milliseconds time_limit) {
    auto closed = std::make_shared<Latch>();
    closed->Reset(connections_.size());
    for (auto& c : connections_) {
      Connection* raw = c.get();
      net::post(raw->executor(), [raw, closed] { raw->Close(closed); });
    }
    if (!closed->WaitUntil(Clock::now() + time_limit)) {
      for (auto& c : connections_) {
        Connection* raw = c.get();
        net::post(raw->executor(), [raw] { raw->Drop("close handshake not finished in time"); });
      }
      closed->WaitUntil(Clock::now() + kAbortWait);
    }
  }

 private:
  FleetTarget target_;
  OnFrame on_frame_;
  tcp::endpoint endpoint_;
  std::vector<std::unique_ptr<net::io_context>> contexts_;
  std::vector<net::executor_work_guard<net::io_context::executor_type>> guards_;
  std::vector<std::thread> threads_;
  std::vector<std::unique_ptr<Connection>> connections_;
};

AgentClient::AgentClient(FleetTarget target, int io_threads, OnFrame on_frame)
    : impl_(std::make_unique<Impl>(std::move(target), io_threads, std::move(on_frame))) {}
AgentClient::~AgentClient() = default;
ErrorTally AgentClient::Open(std::size_t count, const std::vector<std::string>& scopes,
                             const std::vector<std::string>& caps,
                             std::chrono::milliseconds time_limit) {
  return impl_->Open(count, scopes, caps, time_limit);
}
std::size_t AgentClient::size() const { return impl_->size(); }
void AgentClient::Post(std::size_t conn, std::function<void()> fn) {
  impl_->Post(conn, std::move(fn));
}
Clock::time_point AgentClient::Send(std::size_t conn, std::string frame) {
  return impl_->Send(conn, std::move(frame));
}
ErrorTally AgentClient::Dropped() const { return impl_->Dropped(); }
void AgentClient::CloseAll(std::chrono::milliseconds time_limit) { impl_->CloseAll(time_limit); }

}  // namespace gateway::bench
