#include "tools/bench/agent_standin.hpp"

#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <cctype>
#include <cstdlib>
#include <deque>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <utility>  // before Asio (GCC 12 + Boost 1.74)

namespace gateway::bench {
namespace {

namespace net = boost::asio;
using tcp = boost::asio::ip::tcp;

constexpr std::string_view kMarker = "bench-run id=";
constexpr int kReportPipeBytes = 1 << 20;
// Between the response head and the first content chunk, as a provider would pause.
constexpr auto kFirstChunkDelay = std::chrono::milliseconds(2);

std::int64_t MonotonicNs() {
  timespec ts{};
  ::clock_gettime(CLOCK_MONOTONIC, &ts);
  return std::int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

std::string Token(int k) { return (k == 0 ? "w" : " w") + std::to_string(k); }

std::string Chunked(const std::string& payload) {
  char size[16];
  std::snprintf(size, sizeof size, "%zx\r\n", payload.size());
  return size + payload + "\r\n";
}

std::string Event(const std::string& json) { return Chunked("data: " + json + "\n\n"); }

std::string ContentChunk(const std::string& text) {
  // `text` is letters, digits and spaces: no JSON escaping needed.
  return Event(
      R"({"id":"chatcmpl-bench","object":"chat.completion.chunk","model":"m","choices":[{"index":0,"delta":{"content":")" +
      text + R"("},"finish_reason":null}]})");
}

std::string EndOfReply(int tokens) {
  return Event(
             R"({"id":"chatcmpl-bench","object":"chat.completion.chunk","model":"m","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})") +
         Event(
             R"({"id":"chatcmpl-bench","choices":[],"usage":{"prompt_tokens":10,"completion_tokens":)" +
             std::to_string(tokens) + R"(,"total_tokens":)" + std::to_string(tokens + 10) + "}}") +
         Event("[DONE]") + "0\r\n\r\n";
}

// The value after `name=` in `text` from `from` on, up to the next space or non-printable.
std::string Field(std::string_view text, std::size_t from, std::string_view name) {
  const std::size_t at = text.find(std::string(name) + "=", from);
  if (at == std::string_view::npos) return "";
  std::size_t begin = at + name.size() + 1, end = begin;
  while (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) ++end;
  return std::string(text.substr(begin, end - begin));
}

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, int report_fd)
      : socket_(std::move(socket)), timer_(socket_.get_executor()), report_fd_(report_fd) {}

  void Start() { Read(); }

 private:
  void Report(const std::string& line) {
    const std::string text = line + "\n";
    [[maybe_unused]] const auto written = ::write(report_fd_, text.data(), text.size());
  }

  // Reads all the time, so a close is seen at once even while a reply streams.
  void Read() {
    socket_.async_read_some(
        net::buffer(scratch_),
        [self = shared_from_this()](const boost::system::error_code& ec, std::size_t n) {
          if (ec) return self->OnClosed();
          self->input_.append(self->scratch_, n);
          self->TryRequest();
          self->Read();
        });
  }

  void OnClosed() {
    const std::int64_t at = MonotonicNs();
    if (dead_) return;
    dead_ = true;
    if (streaming_) Report("close " + id_ + " " + std::to_string(at));
    timer_.cancel();
    boost::system::error_code ignored;
    socket_.close(ignored);
  }

  void TryRequest() {
    if (streaming_ || dead_) return;
    const std::size_t head_end = input_.find("\r\n\r\n");
    if (head_end == std::string::npos) return;
    std::string head = input_.substr(0, head_end);
    std::transform(head.begin(), head.end(), head.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::size_t length = 0;
    if (const std::size_t at = head.find("\r\ncontent-length:"); at != std::string::npos)
      length = std::strtoull(head.c_str() + at + 17, nullptr, 10);
    const std::size_t total = head_end + 4 + length;
    if (input_.size() < total) return;
    const std::string body = input_.substr(head_end + 4, length);
    input_.erase(0, total);
    StartReply(body);
  }

  void StartReply(const std::string& body) {
    const std::int64_t received_at = MonotonicNs();
    id_ = "-";
    tokens_ = 1;
    interval_ = std::chrono::milliseconds(0);
    if (const std::size_t at = body.rfind(kMarker); at != std::string::npos) {
      id_ = Field(body, at, "id");
      tokens_ = std::atoi(Field(body, at, "tokens").c_str());
      interval_ = std::chrono::milliseconds(std::atoi(Field(body, at, "interval").c_str()));
    }
    Report("request " + id_ + " " + std::to_string(received_at));
    sent_ = 0;
    streaming_ = true;
    Write(
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
        "Transfer-Encoding: chunked\r\n\r\n");
    timer_.expires_after(kFirstChunkDelay);
    timer_.async_wait([self = shared_from_this()](const boost::system::error_code& ec) {
      if (!ec) self->NextToken();
    });
  }

  void NextToken() {
    if (dead_) return;
    if (tokens_ > 0 && sent_ == tokens_) {
      finishing_ = true;
      return Write(EndOfReply(tokens_));
    }
    if (sent_ == 0) {
      const std::int64_t at = MonotonicNs();
      Write(ContentChunk(Token(sent_++)));
      Report("first " + id_ + " " + std::to_string(at));
    } else {
      Write(ContentChunk(Token(sent_++)));
    }
    timer_.expires_after(interval_);
    timer_.async_wait([self = shared_from_this()](const boost::system::error_code& ec) {
      if (!ec) self->NextToken();
    });
  }

  void Write(std::string data) {
    out_.push_back(std::move(data));
    if (!writing_) Pump();
  }

  void Pump() {
    writing_ = true;
    net::async_write(socket_, net::buffer(out_.front()),
                     [self = shared_from_this()](const boost::system::error_code& ec, std::size_t) {
                       self->writing_ = false;
                       if (ec) return self->OnClosed();
                       self->out_.pop_front();
                       if (!self->out_.empty()) return self->Pump();
                       if (std::exchange(self->finishing_, false)) {
                         self->streaming_ = false;
                         self->Report("done " + self->id_ + " " + std::to_string(MonotonicNs()));
                         self->TryRequest();  // keep-alive: the next request may be here
                       }
                     });
  }

  tcp::socket socket_;
  net::steady_timer timer_;
  int report_fd_;
  std::string input_;
  char scratch_[16384];
  bool dead_ = false, streaming_ = false, writing_ = false, finishing_ = false;
  std::string id_;
  int tokens_ = 0, sent_ = 0;
  std::chrono::milliseconds interval_{0};
  std::deque<std::string> out_;
};

void Accept(tcp::acceptor& acceptor, int report_fd) {
  acceptor.async_accept(
      [&acceptor, report_fd](const boost::system::error_code& ec, tcp::socket socket) {
        if (!ec) {
          boost::system::error_code ignored;
          socket.set_option(tcp::no_delay(true), ignored);
          std::make_shared<Session>(std::move(socket), report_fd)->Start();
        }
        Accept(acceptor, report_fd);
      });
}

[[noreturn]] void ServeChild(int listen_fd, int report_fd) {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  ::signal(SIGPIPE, SIG_IGN);
  net::io_context ioc(1);
  tcp::acceptor acceptor(ioc);
  acceptor.assign(tcp::v4(), listen_fd);
  Accept(acceptor, report_fd);
  ioc.run();
  ::_exit(0);
}

}  // namespace

std::string AgentPromptMarker(const std::string& id, int tokens, int interval_ms) {
  return std::string(kMarker) + id + " tokens=" + std::to_string(tokens) +
         " interval=" + std::to_string(interval_ms);
}

std::string ReplyText(int tokens) {
  std::string text;
  for (int k = 0; k < tokens; ++k) text += Token(k);
  return text;
}

std::int64_t SteadyNs(std::chrono::steady_clock::time_point at) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(at.time_since_epoch()).count();
}

// The child blocks (every stream stalls) when the pipe is full: room for ~30,000 reports.
AgentStandin::AgentStandin() : process_("stand-in", ServeChild, kReportPipeBytes) {}

std::optional<StandinReport> AgentStandin::NextReport(std::chrono::milliseconds limit) {
  auto text = process_.NextLine(limit);
  if (!text) return std::nullopt;
  std::istringstream line(*text);
  StandinReport report;
  line >> report.kind >> report.id >> report.ns;
  return report;
}

std::optional<StandinReport> AgentStandin::AwaitReport(const std::string& kind,
                                                       const std::string& id,
                                                       std::chrono::milliseconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    auto report = NextReport(std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now()));
    if (!report) return std::nullopt;
    if (report->kind == kind && report->id == id) return report;
  }
  return std::nullopt;
}

}  // namespace gateway::bench
