#include "tools/bench/http_standin.hpp"

#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <utility>  // before Asio (GCC 12 + Boost 1.74)

namespace gateway::bench {
namespace {

namespace net = boost::asio;
using tcp = boost::asio::ip::tcp;

std::int64_t MonotonicNs() {
  timespec ts{};
  ::clock_gettime(CLOCK_MONOTONIC, &ts);
  return std::int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

int QueryInt(const std::string& target, const std::string& name, int fallback) {
  const std::size_t at = target.find(name + "=");
  if (at == std::string::npos) return fallback;
  return std::atoi(target.c_str() + at + name.size() + 1);
}

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, int report_fd)
      : socket_(std::move(socket)), timer_(socket_.get_executor()), report_fd_(report_fd) {}

  void Start() {
    net::async_read_until(
        socket_, input_, "\r\n\r\n",
        [self = shared_from_this()](const boost::system::error_code& ec, std::size_t n) {
          if (!ec) self->OnHead(n);
        });
  }

 private:
  void Report(const std::string& line) {
    const std::string text = line + "\n";
    [[maybe_unused]] const auto written = ::write(report_fd_, text.data(), text.size());
  }

  void OnHead(std::size_t n) {
    std::string head(net::buffers_begin(input_.data()), net::buffers_begin(input_.data()) + n);
    input_.consume(n);
    const std::size_t sp = head.find(' ');
    const std::string target = head.substr(sp + 1, head.find(' ', sp + 1) - sp - 1);
    if (target.starts_with("/silent/")) {
      id_ = target.substr(8);
      Report("req " + id_);
      return WaitClose();
    }
    events_left_ = QueryInt(target, "events", 10);
    interval_ = std::chrono::milliseconds(QueryInt(target, "interval_ms", 100));
    const int bytes = QueryInt(target, "bytes", 64);
    event_ = "data: {\"delta\":\"" + std::string(static_cast<std::size_t>(bytes), 'x') + "\"}\n\n";
    char size[16];
    std::snprintf(size, sizeof size, "%zx\r\n", event_.size());
    event_ = size + event_ + "\r\n";
    out_ =
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: "
        "chunked\r\n\r\n";
    net::async_write(socket_, net::buffer(out_),
                     [self = shared_from_this()](const boost::system::error_code& ec, std::size_t) {
                       if (!ec) self->NextEvent();
                     });
  }

  void NextEvent() {
    if (events_left_-- <= 0) {
      out_ = "0\r\n\r\n";
      net::async_write(socket_, net::buffer(out_),
                       [self = shared_from_this()](const boost::system::error_code&, std::size_t) {
                         self->Start();  // keep-alive: the next request may come
                       });
      return;
    }
    timer_.expires_after(interval_);
    timer_.async_wait([self = shared_from_this()](const boost::system::error_code& ec) {
      if (ec) return;
      net::async_write(self->socket_, net::buffer(self->event_),
                       [self](const boost::system::error_code& ec, std::size_t) {
                         if (!ec) self->NextEvent();
                       });
    });
  }

  void WaitClose() {
    socket_.async_read_some(
        net::buffer(scratch_),
        [self = shared_from_this()](const boost::system::error_code& ec, std::size_t) {
          if (ec) {
            self->Report("close " + self->id_ + " " + std::to_string(MonotonicNs()));
            return;
          }
          self->WaitClose();
        });
  }

  tcp::socket socket_;
  net::steady_timer timer_;
  int report_fd_;
  net::streambuf input_;
  std::string id_;
  int events_left_ = 0;
  std::chrono::milliseconds interval_{100};
  std::string event_;
  std::string out_;
  char scratch_[512];
};

void Accept(tcp::acceptor& acceptor, int report_fd) {
  acceptor.async_accept(
      [&acceptor, report_fd](const boost::system::error_code& ec, tcp::socket socket) {
        if (!ec) {
          socket.set_option(tcp::no_delay(true));
          std::make_shared<Session>(std::move(socket), report_fd)->Start();
        }
        Accept(acceptor, report_fd);
      });
}

[[noreturn]] void ServeChild(int listen_fd, int report_fd) {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  net::io_context ioc(1);
  tcp::acceptor acceptor(ioc);
  acceptor.assign(tcp::v4(), listen_fd);
  Accept(acceptor, report_fd);
  ioc.run();
  ::_exit(0);
}

}  // namespace

HttpStandin::HttpStandin() : process_("stand-in", ServeChild) {}

std::optional<std::string> HttpStandin::NextReport(std::chrono::milliseconds limit) {
  return process_.NextLine(limit);
}

}  // namespace gateway::bench
