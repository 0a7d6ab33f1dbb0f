// The Transport on Boost.Beast/Asio: listeners, accepting under the connection cap and the
// open-file limit, handing connections to HTTP sessions and upgraded ones to WebSocket sessions,
// timers.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <deque>
#include <future>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "server/transport/asio_timer.hpp"
#include "server/transport/beast.hpp"
#include "server/transport/connection_limits.hpp"
#include "server/transport/http_session.hpp"
#include "server/transport/ws_session.hpp"

namespace gateway::transport {
namespace {

constexpr auto kAcceptRetryPause = std::chrono::milliseconds(50);
constexpr auto kWarningInterval = std::chrono::seconds(10);

bool OutOfDescriptors(const beast::error_code& ec) {
  return ec.category() == boost::system::system_category() &&
         (ec.value() == EMFILE || ec.value() == ENFILE);
}

// A listening socket and who serves it: the main port (HTTP and the WebSocket upgrade) or an
// extra plain-HTTP listener.
struct Listener {
  std::unique_ptr<tcp::acceptor> acceptor;
  HttpHandler* http = nullptr;
  bool websocket = false;
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
      // Later hosts share the first host's port.
      port = Bind(host, port, http_, /*websocket=*/true, "ws://");
    }
    port_ = port;
  }

  int ListenHttp(const std::string& host, int port, HttpHandler& handler) override {
    const int bound = Bind(host, port, handler, /*websocket=*/false, "http://");
    if (started_) {
      std::lock_guard lock(listeners_mutex_);
      Listener& added = listeners_.back();
      net::post(ioc_, [this, &added] { DoAccept(added); });
    }
    return bound;
  }

  void Start() override {
    started_ = true;
    {
      std::lock_guard lock(listeners_mutex_);
      for (auto& listener : listeners_) DoAccept(listener);
    }
    for (int i = 0; i < options_.threads; ++i) threads_.emplace_back([this] { ioc_.run(); });
  }

  // Returns once the listening sockets are closed (when called from outside the I/O threads and
  // they run), so no connection is accepted after it: a restart's clients reconnect to the new
  // instance, never to this one.
  void StopAccepting() override {
    auto closed = std::make_shared<std::promise<void>>();
    std::future<void> done = closed->get_future();
    net::post(ioc_, [this, closed] {
      {
        std::lock_guard lock(listeners_mutex_);
        for (auto& listener : listeners_) {
          beast::error_code ignored;
          listener.acceptor->close(ignored);
        }
      }
      closed->set_value();
    });
    if (!started_ || ioc_.stopped() || ioc_.get_executor().running_in_this_thread()) return;
    done.wait_for(std::chrono::seconds(2));
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
    return AsioTimer::Start(ioc_, delay, std::chrono::milliseconds(0), std::move(task));
  }

  std::shared_ptr<Timer> RunEvery(std::chrono::milliseconds period,
                                  std::function<void()> task) override {
    return AsioTimer::Start(ioc_, period, period, std::move(task));
  }

  void Post(std::function<void()> task) override { net::post(ioc_, std::move(task)); }

 private:
  int Bind(const std::string& host, int port, HttpHandler& handler, bool websocket,
           const std::string& scheme) {
    tcp::endpoint endpoint(net::ip::make_address(host), static_cast<unsigned short>(port));
    auto acceptor = std::make_unique<tcp::acceptor>(net::make_strand(ioc_));
    acceptor->open(endpoint.protocol());
    acceptor->set_option(net::socket_base::reuse_address(true));
    beast::error_code ec;
    acceptor->bind(endpoint, ec);
    if (ec == net::error::address_in_use) {
      throw AddressInUse("another gateway instance is already listening on " + scheme + host + ":" +
                         std::to_string(port));
    }
    if (ec) throw beast::system_error(ec, "cannot bind " + host + ":" + std::to_string(port));
    acceptor->listen(net::socket_base::max_listen_connections);
    acceptor->non_blocking(
        true);  // so that the descriptor-exhaustion path never blocks in accept()
    const int bound = acceptor->local_endpoint().port();
    std::lock_guard lock(listeners_mutex_);
    listeners_.push_back({std::move(acceptor), &handler, websocket});
    return bound;
  }

  void DoAccept(Listener& listener) {
    tcp::acceptor& acceptor = *listener.acceptor;
    acceptor.async_accept(
        net::make_strand(ioc_), [this, &listener](beast::error_code ec, tcp::socket socket) {
          if (ec == net::error::operation_aborted || !listener.acceptor->is_open()) return;
          if (OutOfDescriptors(ec)) return OnOutOfDescriptors(listener);
          if (!ec) Admit(std::move(socket), listener);
          DoAccept(listener);
        });
  }

  void Admit(tcp::socket socket, Listener& listener) {
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
    HttpSession::Upgrade upgrade;
    if (listener.websocket) {
      upgrade = [this](tcp::socket&& upgraded, std::string remote_ip,
                       http::request<http::string_body> request, std::string early_bytes,
                       std::shared_ptr<void> slot) {
        StartWebSocket(std::move(upgraded), std::move(remote_ip), std::move(request),
                       std::move(early_bytes), std::move(slot));
      };
    }
    auto session = std::make_shared<HttpSession>(std::move(socket), *listener.http, options_,
                                                 std::move(upgrade), std::move(slot));
    session->Run();
  }

  // accept() fails with EMFILE while the connection stays in the kernel's backlog, so retrying at
  // once spins. The reserved descriptor is given up to accept and close the waiting connections
  // (their clients see the close instead of a hang), and accepting resumes after a pause.
  void OnOutOfDescriptors(Listener& listener) {
    tcp::acceptor& acceptor = *listener.acceptor;
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
    pause->async_wait([this, &listener, pause](beast::error_code ec) {
      if (!ec && listener.acceptor->is_open()) DoAccept(listener);
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
  std::mutex listeners_mutex_;
  std::deque<Listener> listeners_;  // a deque: DoAccept keeps references across additions
  std::vector<std::thread> threads_;
  std::mutex sessions_mutex_;
  std::unordered_map<WsSession*, std::weak_ptr<WsSession>> sessions_;
  std::atomic<std::uint64_t> next_id_{0};
  std::atomic<bool> stopped_{false};
  std::atomic<bool> started_{false};
  int port_ = 0;
  int reserve_fd_ = -1;
  ThrottledReport cap_report_{kWarningInterval};
  ThrottledReport descriptor_report_{kWarningInterval};
};

}  // namespace

std::unique_ptr<Transport> Transport::Create(TransportOptions options,
                                             ConnectionHandler& connections, HttpHandler& http) {
  return std::make_unique<BeastTransport>(std::move(options), connections, http);
}

}  // namespace gateway::transport
