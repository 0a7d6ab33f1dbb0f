// The listener, HTTP sessions and timers of the Transport, on Boost.Beast/Asio.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "server/platform/text.hpp"
#include "server/transport/beast.hpp"
#include "server/transport/ws_session.hpp"

namespace gateway::transport {
namespace {

class HttpSession : public std::enable_shared_from_this<HttpSession> {
 public:
  using Upgrade =
      std::function<void(tcp::socket&&, std::string remote_ip, http::request<http::string_body>,
                         std::string early_bytes, std::shared_ptr<void> slot)>;

  HttpSession(tcp::socket&& socket, HttpHandler& handler, const TransportOptions& options,
              Upgrade upgrade, std::shared_ptr<void> slot)
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

  void Run() { DoRead(); }

 private:
  // The read deadline is our own timer rather than the stream's expiry, which would close the
  // socket before a 408 could be written.
  void DoRead() {
    parser_.emplace();
    parser_->body_limit(options_.http_body_limit);
    parser_->header_limit(kHeaderLimit);
    timed_out_ = false;
    timer_.expires_after(options_.http_read_timeout);
    timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
      if (ec) return;
      self->timed_out_ = true;
      beast::error_code ignored;
      self->stream_.socket().cancel(ignored);
    });
    http::async_read(stream_, buffer_, *parser_,
                     beast::bind_front_handler(&HttpSession::OnRead, shared_from_this()));
  }

  void OnRead(beast::error_code ec, std::size_t) {
    timer_.cancel();
    if (timed_out_) {
      if (buffer_.size() == 0 && !parser_->got_some()) return Shutdown();  // idle keep-alive
      return SendError(408, "Request Timeout");
    }
    if (ec == http::error::end_of_stream || ec == net::error::eof) return Shutdown();
    if (ec == http::error::body_limit) return SendError(413, "Payload Too Large");
    if (ec == http::error::header_limit) return SendError(431, "Request Header Fields Too Large");
    if (ec) return SendError(400, "Bad Request");
    http::request<http::string_body> request = parser_->release();
    const bool upgrade = websocket::is_upgrade(request);
    HttpRequest plain;
    plain.method = std::string(request.method_string());
    plain.target = std::string(request.target());
    if (!upgrade) plain.body = std::move(request.body());
    plain.remote_ip = remote_ip_;
    for (const auto& field : request)
      plain.headers[platform::AsciiLower(std::string(field.name_string()))] =
          std::string(field.value());
    HttpResponse response;
    try {
      if (upgrade) {
        std::optional<HttpResponse> refused = handler_.CheckUpgrade(plain);
        if (!refused) {
          std::string early = beast::buffers_to_string(buffer_.data());
          upgrade_(stream_.release_socket(), remote_ip_, std::move(request), std::move(early),
                   std::move(slot_));
          return;
        }
        response = std::move(*refused);
      } else {
        response = handler_.Handle(plain);
      }
    } catch (const std::exception& e) {
      if (options_.report_error)
        options_.report_error(std::string("HTTP handler failed: ") + e.what());
      response = {500, "text/plain; charset=utf-8", {}, "Internal Server Error"};
    }
    const bool head = request.method() == http::verb::head;
    // A refused upgrade ends the connection: what follows it was meant for a WebSocket.
    const bool keep_alive = !upgrade && request.keep_alive();
    const unsigned version = request.version();
    if (response.delay.count() <= 0) return Write(std::move(response), head, keep_alive, version);
    timer_.expires_after(response.delay);
    timer_.async_wait([self = shared_from_this(), response = std::move(response), head, keep_alive,
                       version](beast::error_code ec) mutable {
      if (ec) return self->Shutdown();
      self->Write(std::move(response), head, keep_alive, version);
    });
  }

  void SendError(int status, const char* text) {
    Write({status, "text/plain; charset=utf-8", {}, text}, false, false, 11);
  }

  void Write(HttpResponse response, bool head, bool keep_alive, unsigned version) {
    auto message = std::make_shared<http::response<http::string_body>>(
        static_cast<http::status>(response.status), version);
    message->set(http::field::content_type, response.content_type);
    for (const auto& [name, value] : response.headers) message->set(name, value);
    message->keep_alive(keep_alive);
    std::size_t length = response.body.size();
    if (!head) message->body() = std::move(response.body);
    message->content_length(length);
    stream_.expires_after(std::chrono::seconds(30));
    http::async_write(
        stream_, *message,
        [self = shared_from_this(), message, keep_alive](beast::error_code ec, std::size_t) {
          self->stream_.expires_never();
          if (ec || !keep_alive) return self->Shutdown();
          self->DoRead();
        });
  }

  void Shutdown() {
    beast::error_code ignored;
    timer_.cancel();
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.close();
  }

  static constexpr std::uint32_t kHeaderLimit = 64 * 1024;
  static constexpr std::size_t kReadBufferLimit = 128 * 1024;

  beast::tcp_stream stream_;
  net::steady_timer timer_;  // the read deadline, then a response's delay
  bool timed_out_ = false;
  HttpHandler& handler_;
  const TransportOptions& options_;
  Upgrade upgrade_;
  std::shared_ptr<void> slot_;
  std::string remote_ip_;
  // Bounded: Boost 1.74 limits neither a chunk header's extensions nor the bytes kept while one
  // has no CRLF yet; past this the read fails and is answered 400.
  beast::flat_buffer buffer_{kReadBufferLimit};
  std::optional<http::request_parser<http::string_body>> parser_;
};

class AsioTimer : public Timer {
 public:
  explicit AsioTimer(net::io_context& ioc) : timer_(net::make_strand(ioc)) {}
  void Cancel() override {
    cancelled_ = true;
    net::post(timer_.get_executor(), [self = self_.lock()] {
      if (self) self->timer_.cancel();
    });
  }
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

 private:
  net::steady_timer timer_;
  std::atomic<bool> cancelled_{false};
};

// Descriptors kept free of the connection cap: log and config files, the SQLite store, outbound
// sockets to providers and channels, the reserve descriptor below.
constexpr std::size_t kDescriptorReserve = 64;
constexpr auto kAcceptRetryPause = std::chrono::milliseconds(50);
constexpr auto kWarningInterval = std::chrono::seconds(10);

std::size_t DefaultConnectionCap() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return 1 << 20;
  const auto soft = static_cast<std::size_t>(limit.rlim_cur);
  return soft > 2 * kDescriptorReserve ? soft - kDescriptorReserve
                                       : std::max<std::size_t>(soft / 2, 1);
}

bool OutOfDescriptors(const beast::error_code& ec) {
  return ec.category() == boost::system::system_category() &&
         (ec.value() == EMFILE || ec.value() == ENFILE);
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
  bool Due() {
    const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    auto last = last_.load();
    const auto interval =
        std::chrono::duration_cast<std::chrono::steady_clock::duration>(kWarningInterval).count();
    return (last == 0 || now - last >= interval) && last_.compare_exchange_strong(last, now);
  }

 private:
  std::atomic<std::chrono::steady_clock::rep> last_{0};
};

class BeastTransport : public Transport {
 public:
  BeastTransport(TransportOptions options, ConnectionHandler& connections, HttpHandler& http)
      : options_(std::move(options)), connections_(connections), http_(http) {
    if (options_.threads <= 0) options_.threads = std::max(1u, std::thread::hardware_concurrency());
  }

  ~BeastTransport() override {
    Stop();
    if (reserve_fd_ >= 0) ::close(reserve_fd_);
  }

  void Listen() override {
    if (options_.max_connections == 0) options_.max_connections = DefaultConnectionCap();
    reserve_fd_ = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    int port = options_.port;
    for (const auto& host : options_.hosts) {
      tcp::endpoint endpoint(net::ip::make_address(host), static_cast<unsigned short>(port));
      auto acceptor = std::make_unique<tcp::acceptor>(net::make_strand(ioc_));
      acceptor->open(endpoint.protocol());
      acceptor->set_option(net::socket_base::reuse_address(true));
      beast::error_code ec;
      acceptor->bind(endpoint, ec);
      if (ec == net::error::address_in_use) {
        throw AddressInUse("another gateway instance is already listening on ws://" + host + ":" +
                           std::to_string(port));
      }
      if (ec) throw beast::system_error(ec, "cannot bind " + host + ":" + std::to_string(port));
      acceptor->listen(net::socket_base::max_listen_connections);
      acceptor->non_blocking(
          true);  // so that the descriptor-exhaustion path never blocks in accept()
      port = acceptor->local_endpoint().port();  // later hosts share the first host's port
      acceptors_.push_back(std::move(acceptor));
    }
    port_ = port;
  }

  void Start() override {
    for (auto& acceptor : acceptors_) DoAccept(*acceptor);
    for (int i = 0; i < options_.threads; ++i) threads_.emplace_back([this] { ioc_.run(); });
  }

  void StopAccepting() override {
    net::post(ioc_, [this] {
      for (auto& acceptor : acceptors_) {
        beast::error_code ignored;
        acceptor->close(ignored);
      }
    });
  }

  void Stop() override {
    if (stopped_.exchange(true)) return;
    {
      std::lock_guard lock(sessions_mutex_);
      for (auto& [ptr, weak] : sessions_) {
        if (auto session = weak.lock()) session->Terminate();
      }
    }
    StopAccepting();
    work_.reset();
    // Give queued terminations a moment, then stop the loop.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(500);
    while (std::chrono::steady_clock::now() < deadline) {
      {
        std::lock_guard lock(sessions_mutex_);
        if (sessions_.empty()) break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ioc_.stop();
    for (auto& t : threads_) {
      if (t.joinable() && t.get_id() != std::this_thread::get_id()) t.join();
    }
    for (auto& t : threads_) {
      if (t.joinable()) t.detach();
    }
  }

  int port() const override { return port_; }
  int thread_count() const override { return options_.threads; }

  std::shared_ptr<Timer> RunAfter(std::chrono::milliseconds delay,
                                  std::function<void()> task) override {
    auto timer = std::make_shared<AsioTimer>(ioc_);
    timer->self_ = timer;
    timer->Arm(delay, std::chrono::milliseconds(0), std::move(task));
    return timer;
  }

  std::shared_ptr<Timer> RunEvery(std::chrono::milliseconds period,
                                  std::function<void()> task) override {
    auto timer = std::make_shared<AsioTimer>(ioc_);
    timer->self_ = timer;
    timer->Arm(period, period, std::move(task));
    return timer;
  }

  void Post(std::function<void()> task) override { net::post(ioc_, std::move(task)); }

 private:
  void DoAccept(tcp::acceptor& acceptor) {
    acceptor.async_accept(net::make_strand(ioc_),
                          [this, &acceptor](beast::error_code ec, tcp::socket socket) {
                            if (ec == net::error::operation_aborted || !acceptor.is_open()) return;
                            if (OutOfDescriptors(ec)) return OnOutOfDescriptors(acceptor);
                            if (!ec) Admit(std::move(socket));
                            DoAccept(acceptor);
                          });
  }

  void Admit(tcp::socket socket) {
    auto slot = slots_.TryTake(options_.max_connections);
    if (!slot) {
      if (cap_report_.Due()) {
        Report("connection limit reached (" + std::to_string(options_.max_connections) +
               " open); new connections are closed until some end");
      }
      beast::error_code ignored;
      socket.close(ignored);
      return;
    }
    beast::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);
    auto session = std::make_shared<HttpSession>(
        std::move(socket), http_, options_,
        [this](tcp::socket&& upgraded, std::string remote_ip,
               http::request<http::string_body> request, std::string early_bytes,
               std::shared_ptr<void> slot) {
          StartWebSocket(std::move(upgraded), std::move(remote_ip), std::move(request),
                         std::move(early_bytes), std::move(slot));
        },
        std::move(slot));
    session->Run();
  }

  // accept() fails with EMFILE while the connection stays in the kernel's backlog, so retrying at
  // once spins. The reserved descriptor is given up to accept and close the waiting connections
  // (their clients see the close instead of a hang), and accepting resumes after a pause.
  void OnOutOfDescriptors(tcp::acceptor& acceptor) {
    if (descriptor_report_.Due()) {
      Report(
          "out of file descriptors (open-file limit reached); closing new connections until some "
          "end");
    }
    if (reserve_fd_ >= 0) {
      ::close(reserve_fd_);
      int waiting;
      while ((waiting = ::accept(acceptor.native_handle(), nullptr, nullptr)) >= 0)
        ::close(waiting);
      reserve_fd_ = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    }
    auto pause = std::make_shared<net::steady_timer>(acceptor.get_executor(), kAcceptRetryPause);
    pause->async_wait([this, &acceptor, pause](beast::error_code ec) {
      if (!ec && acceptor.is_open()) DoAccept(acceptor);
    });
  }

  void Report(const std::string& text) {
    if (options_.report_error) options_.report_error(text);
  }

  void StartWebSocket(tcp::socket&& socket, std::string remote_ip,
                      http::request<http::string_body> request, std::string early_bytes,
                      std::shared_ptr<void> slot) {
    std::string id = "c" + std::to_string(++next_id_);
    auto session =
        std::make_shared<WsSession>(std::move(socket), std::move(id), std::move(remote_ip),
                                    connections_, options_, std::move(slot), [this](WsSession* s) {
                                      std::lock_guard lock(sessions_mutex_);
                                      sessions_.erase(s);
                                    });
    {
      std::lock_guard lock(sessions_mutex_);
      sessions_[session.get()] = session;
    }
    session->Start(std::move(request), std::move(early_bytes));
  }

  TransportOptions options_;
  ConnectionHandler& connections_;
  HttpHandler& http_;
  ConnectionSlots slots_;  // before ioc_: handlers destroyed with it still release their slots
  net::io_context ioc_;
  std::optional<net::executor_work_guard<net::io_context::executor_type>> work_{
      ioc_.get_executor()};
  std::vector<std::unique_ptr<tcp::acceptor>> acceptors_;
  std::vector<std::thread> threads_;
  std::mutex sessions_mutex_;
  std::unordered_map<WsSession*, std::weak_ptr<WsSession>> sessions_;
  std::atomic<std::uint64_t> next_id_{0};
  std::atomic<bool> stopped_{false};
  int port_ = 0;
  int reserve_fd_ = -1;
  ThrottledReport cap_report_;
  ThrottledReport descriptor_report_;
};

}  // namespace

std::unique_ptr<Transport> Transport::Create(TransportOptions options,
                                             ConnectionHandler& connections, HttpHandler& http) {
  return std::make_unique<BeastTransport>(std::move(options), connections, http);
}

}  // namespace gateway::transport
