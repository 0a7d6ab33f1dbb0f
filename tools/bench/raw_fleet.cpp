#include "tools/bench/raw_fleet.hpp"

#include <algorithm>
#include <atomic>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/websocket.hpp>
#include <functional>
#include <limits>
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
constexpr std::size_t kErrorKindsKept = 8;
// How long the main thread waits for I/O threads to acknowledge an abort.
constexpr auto kAbortWait = std::chrono::seconds(5);

void Tally(ErrorTally& tally, const std::string& message, std::size_t count = 1) {
  if (count == 0) return;
  if (auto it = tally.find(message); it != tally.end()) {
    it->second += count;
  } else if (tally.size() < kErrorKindsKept) {
    tally.emplace(message, count);
  } else {
    tally["(other errors)"] += count;
  }
}

void Merge(ErrorTally& into, const ErrorTally& from) {
  for (const auto& [message, count] : from) Tally(into, message, count);
}

// "CODE: message" of an ok:false response; parsed fully, as errors are rare.
std::string DescribeErrorResponse(std::string_view text) {
  try {
    const auto frame = nlohmann::json::parse(text);
    const auto& error = frame.at("error");
    return error.value("code", std::string("?")) + ": " + error.value("message", std::string());
  } catch (const std::exception&) {
    return "ok:false with an undecodable error";
  }
}

// One Run() as its connections see it.
struct RpcShared {
  explicit RpcShared(const RpcPlan& plan)
      : request(plan.method, plan.params),
        per_connection(plan.per_connection),
        depth(std::max<std::size_t>(1, plan.depth)) {}
  RequestTemplate request;
  std::size_t per_connection;
  std::size_t depth;
  Latch done;
};

enum class Phase { kIdle, kConnecting, kUpgrading, kAwaitChallenge, kAwaitHello, kOpen, kClosed };

// One gateway connection. Everything but the atomics and the results read after a latch is
// touched only on the thread of its io_context.
class Connection {
 public:
  Connection(net::io_context& ioc, const FleetTarget& target, const std::string& host_header,
             tcp::endpoint endpoint, std::string connect_frame, std::function<void()> on_handshake)
      : ws_(ioc),
        target_(target),
        host_header_(host_header),
        endpoint_(endpoint),
        connect_frame_(std::move(connect_frame)),
        on_handshake_(std::move(on_handshake)) {}

  net::any_io_executor executor() { return ws_.get_executor(); }

  // --- I/O thread -----------------------------------------------------------------------------
  void Start() {
    if (phase_ != Phase::kIdle) return;  // aborted before its turn came
    phase_ = Phase::kConnecting;
    started_at_ = Clock::now();
    ws_.next_layer().async_connect(endpoint_, [this](beast::error_code ec) { OnConnect(ec); });
  }

  void AbortHandshake(const std::string& reason) {
    if (!handshake_finished_) Fail(reason);
  }

  void BeginRpc(std::shared_ptr<RpcShared> shared) {
    rpc_ = std::move(shared);
    rpc_done_.store(false, std::memory_order_relaxed);
    rpc_ok_ = rpc_errors_ = rpc_answered_ = rpc_next_ = rpc_queued_ = rpc_issued_ = 0;
    rpc_latency_ms_.clear();
    rpc_latency_ms_.reserve(rpc_->per_connection);
    rpc_error_kinds_.clear();
    rpc_first_sent_ = rpc_finished_ = Clock::time_point{};
    // Ids of this run start where the last one ended, so a late answer is never misattributed.
    rpc_id_base_ = rpc_id_end_;
    rpc_id_end_ = rpc_id_base_ + rpc_->per_connection;
    if (phase_ != Phase::kOpen || closing_) {
      rpc_errors_ = rpc_->per_connection;
      Tally(rpc_error_kinds_, "connection not open", rpc_errors_);
      return FinishRpc(Clock::now());
    }
    if (rpc_->per_connection == 0) return FinishRpc(Clock::now());
    rpc_sent_at_.assign(rpc_->per_connection, Clock::time_point{});
    rpc_frame_ = rpc_->request.frame();
    rpc_active_ = true;
    rpc_issued_ = rpc_queued_ = std::min(rpc_->depth, rpc_->per_connection);
    PumpWrites();
  }

  void AbortRpc(const RpcShared* run) {
    if (!rpc_active_ || rpc_.get() != run) return;
    const std::size_t missing = rpc_->per_connection - rpc_answered_;
    rpc_errors_ += missing;
    Tally(rpc_error_kinds_, "no response within the time limit", missing);
    FinishRpc(Clock::now());
  }

  void Watch(const std::string& event, std::shared_ptr<Latch> seen,
             const std::shared_ptr<Latch>& armed) {
    event_seen_.store(false, std::memory_order_relaxed);
    if (phase_ != Phase::kOpen || closing_) {
      seen->CountDown();
    } else {
      watch_event_ = event;
      watch_latch_ = std::move(seen);
    }
    armed->CountDown();
  }

  void StopWatching() {
    if (auto latch = std::exchange(watch_latch_, nullptr)) latch->CountDown();
  }

  // Close handshake after the writes already under way; `closed` counts down when it is over.
  void Close(std::shared_ptr<Latch> closed) {
    close_latch_ = std::move(closed);
    closing_ = true;
    if (phase_ != Phase::kOpen) return Fail("closed by the bench");
    PumpWrites();
  }

  void Drop(const std::string& reason) {
    closing_ = true;
    Fail(reason);
  }

  // --- main thread, after the latch of the phase ---------------------------------------------
  bool handshake_done() const { return handshake_done_.load(std::memory_order_acquire); }
  bool accepted() const { return accepted_; }
  const std::string& error() const { return error_; }
  Clock::time_point started_at() const { return started_at_; }
  Clock::time_point hello_at() const { return hello_at_; }
  double total_ms() const { return MsBetween(started_at_, hello_at_); }
  double connect_ms() const { return MsBetween(connect_sent_at_, hello_at_); }

  bool rpc_done() const { return rpc_done_.load(std::memory_order_acquire); }
  std::size_t rpc_ok() const { return rpc_ok_; }
  std::size_t rpc_errors() const { return rpc_errors_; }
  const std::vector<double>& rpc_latency_ms() const { return rpc_latency_ms_; }
  const ErrorTally& rpc_error_kinds() const { return rpc_error_kinds_; }
  Clock::time_point rpc_first_sent() const { return rpc_first_sent_; }
  Clock::time_point rpc_finished() const { return rpc_finished_; }

  bool event_seen() const { return event_seen_.load(std::memory_order_acquire); }
  Clock::time_point event_at() const { return event_at_; }

  bool open() const { return open_.load(std::memory_order_acquire); }
  bool dropped() const { return dropped_.load(std::memory_order_acquire); }
  const std::string& drop_reason() const { return drop_reason_; }

 private:
  // --- handshake --------------------------------------------------------------------------------
  void OnConnect(beast::error_code ec) {
    if (phase_ != Phase::kConnecting) return;
    if (ec) return Fail("tcp connect: " + ec.message());
    beast::error_code ignored;
    ws_.next_layer().set_option(tcp::no_delay(true), ignored);
    ws_.set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
    ws_.read_message_max(kMaxMessageBytes);
    phase_ = Phase::kUpgrading;
    ws_.async_handshake(host_header_, target_.path,
                        [this](beast::error_code ec) { OnUpgrade(ec); });
  }

  void OnUpgrade(beast::error_code ec) {
    if (phase_ != Phase::kUpgrading) return;
    if (ec) return Fail("websocket upgrade: " + ec.message());
    phase_ = Phase::kAwaitChallenge;
    ReadNext();
  }

  void OnChallenge(const FrameFacts& facts) {
    if (facts.kind != FrameKind::kEvent || facts.event != "connect.challenge") {
      return Fail("the first frame was not connect.challenge");
    }
    phase_ = Phase::kAwaitHello;
    connect_sent_at_ = Clock::now();
    writing_ = true;
    ws_.async_write(net::buffer(connect_frame_),
                    [this](beast::error_code ec, std::size_t) { OnWrite(ec); });
  }

  void OnHelloFrame(const FrameFacts& facts, std::string_view text, Clock::time_point now) {
    if (facts.kind != FrameKind::kResponse || facts.id != kConnectRequestId) return;
    if (!facts.ok) return Fail("connect rejected: " + DescribeErrorResponse(text));
    hello_at_ = now;
    phase_ = Phase::kOpen;
    accepted_ = true;
    open_.store(true, std::memory_order_release);
    shrink_buffer_ = true;  // hello-ok is large; idle connections should not keep its buffer
    FinishHandshake("");
  }

  void FinishHandshake(const std::string& error) {
    if (handshake_finished_) return;
    handshake_finished_ = true;
    error_ = error;
    handshake_done_.store(true, std::memory_order_release);
    if (auto done = std::exchange(on_handshake_, nullptr)) done();
  }

  // --- reading ----------------------------------------------------------------------------------
  void ReadNext() {
    ws_.async_read(buffer_, [this](beast::error_code ec, std::size_t) { OnRead(ec); });
  }

  void OnRead(beast::error_code ec) {
    const Clock::time_point now = Clock::now();
    if (phase_ == Phase::kClosed) return;
    if (ec) return Fail(ReadErrorText(ec));
    const auto data = buffer_.cdata();
    const std::string_view text(static_cast<const char*>(data.data()), data.size());
    const FrameFacts facts = ScanFrame(text);
    switch (phase_) {
      case Phase::kAwaitChallenge:
        OnChallenge(facts);
        break;
      case Phase::kAwaitHello:
        OnHelloFrame(facts, text, now);
        break;
      case Phase::kOpen:
        OnOpenFrame(facts, text, now);
        break;
      default:
        break;
    }
    buffer_.consume(buffer_.size());
    if (std::exchange(shrink_buffer_, false)) buffer_.shrink_to_fit();
    if (phase_ != Phase::kClosed) ReadNext();
  }

  std::string ReadErrorText(beast::error_code ec) const {
    if (ec != websocket::error::closed) return "read: " + ec.message();
    const auto& reason = ws_.reason();
    std::string text = "closed by the server: " + std::to_string(reason.code);
    if (!reason.reason.empty())
      text += " " + std::string(reason.reason.data(), reason.reason.size());
    return text;
  }

  void OnOpenFrame(const FrameFacts& facts, std::string_view text, Clock::time_point now) {
    if (facts.kind == FrameKind::kResponse) {
      if (rpc_active_) OnRpcResponse(facts, text, now);
      return;
    }
    if (facts.kind == FrameKind::kEvent && watch_latch_ && facts.event == watch_event_) {
      event_at_ = now;
      event_seen_.store(true, std::memory_order_release);
      std::exchange(watch_latch_, nullptr)->CountDown();
    }
  }

  // --- requests ---------------------------------------------------------------------------------
  void OnRpcResponse(const FrameFacts& facts, std::string_view text, Clock::time_point now) {
    const auto id = RequestTemplate::ParseId(facts.id);
    if (!id || *id < rpc_id_base_ || *id >= rpc_id_base_ + rpc_next_) return;
    const std::size_t n = *id - rpc_id_base_;
    if (rpc_sent_at_[n] == Clock::time_point{}) return;  // answered twice
    rpc_latency_ms_.push_back(MsBetween(rpc_sent_at_[n], now));
    rpc_sent_at_[n] = Clock::time_point{};
    ++rpc_answered_;
    if (facts.ok) {
      ++rpc_ok_;
    } else {
      ++rpc_errors_;
      Tally(rpc_error_kinds_, DescribeErrorResponse(text));
    }
    if (rpc_answered_ == rpc_->per_connection) return FinishRpc(now);
    if (rpc_issued_ < rpc_->per_connection) {
      ++rpc_issued_;
      ++rpc_queued_;
      PumpWrites();
    }
  }

  void FinishRpc(Clock::time_point now) {
    rpc_active_ = false;
    rpc_queued_ = 0;
    rpc_finished_ = now;
    rpc_done_.store(true, std::memory_order_release);
    rpc_->done.CountDown();
  }

  // One write at a time: the next queued request, else the close frame when one was asked for.
  void PumpWrites() {
    if (writing_ || phase_ != Phase::kOpen) return;
    if (rpc_queued_ > 0) {
      --rpc_queued_;
      const std::size_t n = rpc_next_++;
      rpc_->request.WriteId(rpc_frame_, rpc_id_base_ + n);
      const Clock::time_point now = Clock::now();
      rpc_sent_at_[n] = now;
      if (n == 0) rpc_first_sent_ = now;
      writing_ = true;
      ws_.async_write(net::buffer(rpc_frame_),
                      [this](beast::error_code ec, std::size_t) { OnWrite(ec); });
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

  void OnWrite(beast::error_code ec) {
    writing_ = false;
    if (phase_ == Phase::kClosed) return;
    if (ec) return Fail("write: " + ec.message());
    if (phase_ == Phase::kAwaitHello) {
      std::string().swap(connect_frame_);  // sent once; not worth keeping per idle connection
      return;
    }
    PumpWrites();
  }

  // --- the end ----------------------------------------------------------------------------------
  // The connection is over (for whatever reason): settle everything waiting on it.
  void Fail(const std::string& reason) {
    if (phase_ == Phase::kClosed) return;
    const bool was_open = phase_ == Phase::kOpen;
    phase_ = Phase::kClosed;
    open_.store(false, std::memory_order_release);
    FinishHandshake(reason);
    if (was_open && !closing_) {
      drop_reason_ = reason;
      dropped_.store(true, std::memory_order_release);
    }
    if (rpc_active_) {
      const std::size_t missing = rpc_->per_connection - rpc_answered_;
      rpc_errors_ += missing;
      Tally(rpc_error_kinds_, reason, missing);
      FinishRpc(Clock::now());
    }
    StopWatching();
    if (auto latch = std::exchange(close_latch_, nullptr)) latch->CountDown();
    beast::error_code ignored;
    ws_.next_layer().close(ignored);
  }

  websocket::stream<tcp::socket> ws_;
  const FleetTarget& target_;
  const std::string& host_header_;
  tcp::endpoint endpoint_;
  std::string connect_frame_;
  std::function<void()> on_handshake_;
  beast::flat_buffer buffer_;
  Phase phase_ = Phase::kIdle;
  bool writing_ = false;
  bool shrink_buffer_ = false;
  bool closing_ = false;
  bool close_sent_ = false;
  std::shared_ptr<Latch> close_latch_;

  // Handshake results, published by handshake_done_.
  bool handshake_finished_ = false;
  bool accepted_ = false;
  std::string error_;
  Clock::time_point started_at_, connect_sent_at_, hello_at_;
  std::atomic<bool> handshake_done_{false};

  // The current Run(), results published by rpc_done_.
  std::shared_ptr<RpcShared> rpc_;
  std::string rpc_frame_;
  std::vector<Clock::time_point> rpc_sent_at_;  // by request number; zero once answered
  std::uint64_t rpc_id_base_ = 0, rpc_id_end_ = 0;
  std::size_t rpc_next_ = 0, rpc_issued_ = 0, rpc_queued_ = 0, rpc_answered_ = 0;
  std::size_t rpc_ok_ = 0, rpc_errors_ = 0;
  bool rpc_active_ = false;
  std::vector<double> rpc_latency_ms_;
  ErrorTally rpc_error_kinds_;
  Clock::time_point rpc_first_sent_, rpc_finished_;
  std::atomic<bool> rpc_done_{false};

  // Fan-out watch, published by event_seen_.
  std::string watch_event_;
  std::shared_ptr<Latch> watch_latch_;
  Clock::time_point event_at_;
  std::atomic<bool> event_seen_{false};

  std::atomic<bool> open_{false};
  std::atomic<bool> dropped_{false};
  std::string drop_reason_;
};

// One Open() call: its connections and how far their start has got.
struct OpenBatch {
  std::vector<Connection*> members;
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stopping{false};
  Latch done;
};

std::string HostHeader(const FleetTarget& target) {
  const bool ipv6 = target.host.find(':') != std::string::npos;
  return (ipv6 ? "[" + target.host + "]" : target.host) + ":" + std::to_string(target.port);
}

}  // namespace

class RawFleet::Impl {
 public:
  Impl(FleetTarget target, int io_threads)
      : target_(std::move(target)), host_header_(HostHeader(target_)) {
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
    connections_.clear();  // sockets close here; their pending handlers are never run
  }

  OpenResult Open(std::size_t count, const std::vector<std::string>& scopes, std::size_t in_flight,
                  std::chrono::milliseconds time_limit) {
    auto batch = std::make_shared<OpenBatch>();
    batch->done.Reset(count);
    for (std::size_t i = 0; i < count; ++i) {
      auto& context = *contexts_[connections_.size() % contexts_.size()];
      connections_.push_back(std::make_unique<Connection>(
          context, target_, host_header_, endpoint_,
          BuildConnectFrame(target_.token, scopes, client::RandomUuid()), [this, batch] {
            batch->done.CountDown();
            StartNext(*batch);
          }));
      batch->members.push_back(connections_.back().get());
    }
    const std::size_t first_wave = in_flight == 0 ? count : std::min(in_flight, count);
    batch->next.store(first_wave);
    for (std::size_t i = 0; i < first_wave; ++i)
      Post(batch->members[i], [](Connection& c) { c.Start(); });

    if (!batch->done.WaitUntil(Clock::now() + time_limit)) {
      batch->stopping.store(true);
      for (Connection* c : batch->members) {
        Post(c, [](Connection& c) { c.AbortHandshake("no hello-ok within the time limit"); });
      }
      batch->done.WaitUntil(Clock::now() + kAbortWait);
    }

    OpenResult result;
    result.requested = count;
    Clock::time_point first = Clock::time_point::max(), last = Clock::time_point::min();
    for (Connection* c : batch->members) {
      if (!c->handshake_done()) {
        ++result.failed;
        Tally(result.errors, "handshake never finished");
      } else if (c->accepted()) {
        ++result.accepted;
        result.total_ms.push_back(c->total_ms());
        result.connect_ms.push_back(c->connect_ms());
        first = std::min(first, c->started_at());
        last = std::max(last, c->hello_at());
      } else {
        ++result.failed;
        Tally(result.errors, c->error());
      }
    }
    if (result.accepted > 0) result.wall_ms = MsBetween(first, last);
    return result;
  }

  RpcResult Run(const RpcPlan& plan, std::size_t first) {
    auto shared = std::make_shared<RpcShared>(plan);
    std::vector<Connection*> members;
    for (std::size_t i = first; i < connections_.size(); ++i)
      members.push_back(connections_[i].get());
    shared->done.Reset(members.size());
    for (Connection* c : members) Post(c, [shared](Connection& c) { c.BeginRpc(shared); });

    RpcResult result;
    if (!shared->done.WaitUntil(Clock::now() + plan.time_limit)) {
      result.timed_out = true;
      for (Connection* c : members) Post(c, [shared](Connection& c) { c.AbortRpc(shared.get()); });
      shared->done.WaitUntil(Clock::now() + kAbortWait);
    }
    Clock::time_point begin = Clock::time_point::max(), end = Clock::time_point::min();
    for (Connection* c : members) {
      if (!c->rpc_done()) {
        result.errors += plan.per_connection;
        Tally(result.error_kinds, "connection never reported back", plan.per_connection);
        continue;
      }
      result.ok += c->rpc_ok();
      result.errors += c->rpc_errors();
      const auto& latencies = c->rpc_latency_ms();
      result.latency_ms.insert(result.latency_ms.end(), latencies.begin(), latencies.end());
      Merge(result.error_kinds, c->rpc_error_kinds());
      if (c->rpc_first_sent() != Clock::time_point{}) {
        begin = std::min(begin, c->rpc_first_sent());
        end = std::max(end, c->rpc_finished());
      }
    }
    if (begin < end) result.wall_ms = MsBetween(begin, end);
    return result;
  }

  FanoutResult Fanout(std::size_t trigger, const RpcPlan& trigger_request,
                      const std::string& event) {
    FanoutResult result;
    if (trigger >= connections_.size()) throw std::out_of_range("no such trigger connection");
    std::vector<Connection*> watchers;
    for (std::size_t i = 0; i < connections_.size(); ++i) {
      if (i != trigger) watchers.push_back(connections_[i].get());
    }
    result.subscribers = watchers.size();
    const auto deadline = Clock::now() + trigger_request.time_limit;
    auto seen = std::make_shared<Latch>();
    auto armed = std::make_shared<Latch>();
    seen->Reset(watchers.size());
    armed->Reset(watchers.size());
    for (Connection* c : watchers) {
      Post(c, [event, seen, armed](Connection& c) { c.Watch(event, seen, armed); });
    }
    if (!armed->WaitUntil(deadline)) Tally(result.errors, "watchers were not armed in time");

    Connection* sender = connections_[trigger].get();
    auto shared = std::make_shared<RpcShared>(trigger_request);
    shared->per_connection = 1;
    shared->depth = 1;
    shared->done.Reset(1);
    Post(sender, [shared](Connection& c) { c.BeginRpc(shared); });

    if (!seen->WaitUntil(deadline)) {
      for (Connection* c : watchers) Post(c, [](Connection& c) { c.StopWatching(); });
      seen->WaitUntil(Clock::now() + kAbortWait);
    }
    if (!shared->done.WaitUntil(deadline)) {
      Post(sender, [shared](Connection& c) { c.AbortRpc(shared.get()); });
      shared->done.WaitUntil(Clock::now() + kAbortWait);
    }
    if (!sender->rpc_done() || sender->rpc_first_sent() == Clock::time_point{}) {
      Tally(result.errors, "the trigger request was never sent");
      return result;
    }
    result.trigger_ok = sender->rpc_ok() == 1;
    if (!sender->rpc_latency_ms().empty()) result.trigger_rtt_ms = sender->rpc_latency_ms().front();
    Merge(result.errors, sender->rpc_error_kinds());
    const Clock::time_point sent = sender->rpc_first_sent();
    for (Connection* c : watchers) {
      if (c->event_seen()) {
        result.arrival_ms.push_back(MsBetween(sent, c->event_at()));
      } else {
        Tally(result.errors,
              c->open() ? "event not received in time" : "subscriber connection closed");
      }
    }
    result.received = result.arrival_ms.size();
    return result;
  }

  std::size_t open_count() const {
    return static_cast<std::size_t>(std::count_if(connections_.begin(), connections_.end(),
                                                  [](const auto& c) { return c->open(); }));
  }

  ErrorTally Dropped() const {
    ErrorTally dropped;
    for (const auto& c : connections_) {
      if (c->dropped()) Tally(dropped, c->drop_reason());
    }
    return dropped;
  }

  void CloseAll(std::chrono::milliseconds time_limit) {
    auto closed = std::make_shared<Latch>();
    closed->Reset(connections_.size());
    for (auto& c : connections_) Post(c.get(), [closed](Connection& c) { c.Close(closed); });
    if (!closed->WaitUntil(Clock::now() + time_limit)) {
      for (auto& c : connections_) {
        Post(c.get(), [](Connection& c) { c.Drop("close handshake not finished in time"); });
      }
      closed->WaitUntil(Clock::now() + kAbortWait);
    }
  }

 private:
  template <class Task>
  static void Post(Connection* c, Task task) {
    net::post(c->executor(), [c, task = std::move(task)] { task(*c); });
  }

  void StartNext(OpenBatch& batch) {
    if (batch.stopping.load()) return;
    const std::size_t i = batch.next.fetch_add(1);
    if (i < batch.members.size()) Post(batch.members[i], [](Connection& c) { c.Start(); });
  }

  std::vector<std::unique_ptr<net::io_context>> contexts_;
  std::vector<net::executor_work_guard<net::io_context::executor_type>> guards_;
  std::vector<std::thread> threads_;
  FleetTarget target_;
  std::string host_header_;
  tcp::endpoint endpoint_;
  std::vector<std::unique_ptr<Connection>> connections_;
};

RawFleet::RawFleet(FleetTarget target, int io_threads)
    : impl_(std::make_unique<Impl>(std::move(target), io_threads)) {}
RawFleet::~RawFleet() = default;

OpenResult RawFleet::Open(std::size_t count, const std::vector<std::string>& scopes,
                          std::size_t in_flight, std::chrono::milliseconds time_limit) {
  return impl_->Open(count, scopes, in_flight, time_limit);
}
RpcResult RawFleet::Run(const RpcPlan& plan, std::size_t first) { return impl_->Run(plan, first); }
FanoutResult RawFleet::Fanout(std::size_t trigger, const RpcPlan& trigger_request,
                              const std::string& event) {
  return impl_->Fanout(trigger, trigger_request, event);
}
std::size_t RawFleet::open_count() const { return impl_->open_count(); }
ErrorTally RawFleet::Dropped() const { return impl_->Dropped(); }
void RawFleet::CloseAll(std::chrono::milliseconds time_limit) { impl_->CloseAll(time_limit); }

}  // namespace gateway::bench
