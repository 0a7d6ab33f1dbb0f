#include "tools/bench/chat_stream_client.hpp"

#include <algorithm>
#include <boost/asio/connect.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <cctype>
#include <nlohmann/json.hpp>
#include <thread>
#include <utility>  // before Asio (GCC 12 + Boost 1.74)

#include "server/runtime/sse_parser.hpp"
#include "tools/bench/chunked_decoder.hpp"

namespace gateway::bench {
namespace {

namespace net = boost::asio;
using tcp = boost::asio::ip::tcp;

constexpr std::size_t kMaxHeadBytes = 16384;
constexpr std::size_t kErrorSnippet = 300;

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// "HTTP/1.1 200 OK" → 200; 0 when malformed.
int StatusOf(std::string_view head) {
  if (!head.starts_with("HTTP/1.") || head.size() < 12) return 0;
  int status = 0;
  for (std::size_t i = 9; i < 12; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(head[i]))) return 0;
    status = status * 10 + (head[i] - '0');
  }
  return status;
}

class Stream : public std::enable_shared_from_this<Stream> {
 public:
  Stream(net::io_context& io, std::string request, ChatStreamResult& out,
         std::function<void()> on_end)
      : socket_(io), request_(std::move(request)), out_(out), on_end_(std::move(on_end)) {}

  void Start(std::uint16_t port) {
    const tcp::endpoint to(net::ip::address_v4::loopback(), port);
    socket_.async_connect(to, [self = shared_from_this()](const boost::system::error_code& ec) {
      if (ec) return self->Fail(Clock::now(), "connect: " + ec.message());
      boost::system::error_code ignored;
      self->socket_.set_option(tcp::no_delay(true), ignored);
      self->out_.sent = Clock::now();
      net::async_write(self->socket_, net::buffer(self->request_),
                       [self](const boost::system::error_code& wec, std::size_t) {
                         if (wec) self->Fail(Clock::now(), "write: " + wec.message());
                       });
      self->Read();
    });
  }

 private:
  void Read() {
    socket_.async_read_some(
        net::buffer(scratch_),
        [self = shared_from_this()](const boost::system::error_code& ec, std::size_t n) {
          const Clock::time_point at = Clock::now();
          if (self->ended_) return;
          if (ec) return self->OnEof(at, ec);
          self->Consume(std::string_view(self->scratch_, n), at);
          if (!self->ended_) self->Read();
        });
  }

  void OnEof(Clock::time_point at, const boost::system::error_code& ec) {
    if (ec == net::error::eof && head_done_ && !chunked_) return End(at);  // close-delimited
    Fail(at, "connection closed before the body ended (" + ec.message() + ")");
  }

  void Consume(std::string_view data, Clock::time_point at) {
    if (!head_done_) {
      head_.append(data);
      const std::size_t end = head_.find("\r\n\r\n");
      if (end == std::string::npos) {
        if (head_.size() > kMaxHeadBytes) Fail(at, "response head too large");
        return;
      }
      head_done_ = true;
      out_.status = StatusOf(head_);
      const std::string lower = Lower(head_.substr(0, end));
      chunked_ = lower.find("\r\ntransfer-encoding: chunked") != std::string::npos;
      if (out_.status != 200) {
        return Fail(at, "HTTP " + std::to_string(out_.status) + ": " +
                            head_.substr(end + 4, kErrorSnippet));
      }
      body_ = head_.substr(end + 4);
      data = body_;
    }
    std::string decoded;
    if (chunked_) {
      if (!decoder_.Feed(data, decoded)) return Fail(at, "malformed chunked body");
    } else {
      decoded.assign(data);
    }
    if (!parser_.Feed(decoded, [&](runtime::SseEvent&& event) { OnEvent(event.data, at); }))
      return Fail(at, "SSE event too large");
    if (chunked_ && decoder_.finished()) End(at);
  }

  void OnEvent(const std::string& data, Clock::time_point at) {
    if (out_.done != Clock::time_point{}) return Note("an event after [DONE]");
    if (data == "[DONE]") {
      out_.done = at;
      return;
    }
    nlohmann::json chunk = nlohmann::json::parse(data, nullptr, false);
    if (chunk.is_discarded() || !chunk.is_object()) return Note("an event that is not JSON");
    if (const auto error = chunk.find("error"); error != chunk.end())
      return Note("error event: " + error->dump());
    const auto choices = chunk.find("choices");
    if (choices == chunk.end() || !choices->is_array() || choices->empty()) return;
    const nlohmann::json& choice = choices->front();
    if (const auto finish = choice.find("finish_reason");
        finish != choice.end() && finish->is_string()) {
      out_.finish_reason = finish->get<std::string>();
    }
    const auto delta = choice.find("delta");
    if (delta == choice.end() || !delta->is_object()) return;
    if (delta->contains("role") && out_.role == Clock::time_point{}) out_.role = at;
    const auto content = delta->find("content");
    if (content == delta->end() || !content->is_string()) return;
    const std::string& text = content->get_ref<const std::string&>();
    if (text.empty()) return;
    if (out_.first_content == Clock::time_point{}) out_.first_content = at;
    out_.content += text;
    ++out_.content_chunks;
  }

  // A problem in the stream that does not end it (the first one is kept).
  void Note(const std::string& problem) {
    if (out_.error.empty()) out_.error = problem;
  }

  void Fail(Clock::time_point at, const std::string& problem) {
    if (ended_) return;
    Note(problem);
    End(at);
  }

  void End(Clock::time_point at) {
    if (ended_) return;
    ended_ = true;
    out_.ended = at;
    if (out_.error.empty() && out_.done == Clock::time_point{})
      out_.error = "the body ended without [DONE]";
    boost::system::error_code ignored;
    socket_.close(ignored);
    if (on_end_) on_end_();
  }

  tcp::socket socket_;
  std::string request_;
  ChatStreamResult& out_;
  std::function<void()> on_end_;
  char scratch_[16384];
  bool ended_ = false, head_done_ = false, chunked_ = false;
  std::string head_, body_;
  ChunkedDecoder decoder_;
  runtime::SseParser parser_;
};

}  // namespace

struct ChatStreamClient::Impl {
  net::io_context io{1};
  net::executor_work_guard<net::io_context::executor_type> guard = net::make_work_guard(io);
  std::thread thread{[this] { io.run(); }};
};

std::string ChatStreamRequest(std::uint16_t port, std::string_view path, const std::string& token,
                              const std::string& body) {
  std::string request = "POST " + std::string(path) +
                        " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
                        "\r\nContent-Type: application/json\r\nAccept: text/event-stream\r\n";
  if (!token.empty()) request += "Authorization: Bearer " + token + "\r\n";
  request += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  return request;
}

ChatStreamClient::ChatStreamClient() : impl_(std::make_unique<Impl>()) {}

ChatStreamClient::~ChatStreamClient() { Stop(); }

void ChatStreamClient::Start(std::uint16_t port, std::string request, ChatStreamResult& out,
                             std::function<void()> on_end) {
  auto stream = std::make_shared<Stream>(impl_->io, std::move(request), out, std::move(on_end));
  net::post(impl_->io, [stream, port] { stream->Start(port); });
}

void ChatStreamClient::Stop() {
  if (!impl_->thread.joinable()) return;
  impl_->guard.reset();
  impl_->io.stop();
  impl_->thread.join();
}

}  // namespace gateway::bench
