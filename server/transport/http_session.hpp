// Internal to server/transport: one HTTP/1.1 connection. Reads a request head, asks the handler
// how to read the body (limit, or refusal), reads it, hands the handler an HttpExchange and writes
// what it answers — whole or streamed — then reads the next request (keep-alive). A WebSocket
// upgrade hands the socket over.
#pragma once

#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "server/transport/beast.hpp"
#include "server/transport/transport.hpp"

namespace gateway::transport {

class HttpExchangeImpl;

class HttpSession : public std::enable_shared_from_this<HttpSession> {
 public:
  // Takes over an upgraded socket; empty: upgrades are refused with 404 (extra listeners).
  using Upgrade =
      std::function<void(tcp::socket&&, std::string remote_ip, http::request<http::string_body>,
                         std::string early_bytes, std::shared_ptr<void> slot)>;

  HttpSession(tcp::socket&& socket, HttpHandler& handler, const TransportOptions& options,
              Upgrade upgrade, std::shared_ptr<void> slot);
  void Run() { DoRead(); }

  // From the exchange numbered `exchange`, on any thread: each runs on the session's strand and
  // does nothing once that exchange is over.
  void Respond(std::uint64_t exchange, HttpResponse response);
  void StartStream(std::uint64_t exchange, int status, std::string content_type,
                   std::vector<std::pair<std::string, std::string>> headers);
  void QueueChunk(std::uint64_t exchange, std::string chunk);
  void EndStream(std::uint64_t exchange);
  // Drops the connection (a reader too far behind).
  void Abort(std::uint64_t exchange);

 private:
  void DoRead();
  void OnHeader(beast::error_code ec);
  void ReadBody();
  void OnBody(beast::error_code ec);
  HttpRequest PlainRequest(bool with_body);
  // The transport's view of a Beast request; `with_body` moves the body out.
  HttpRequest ToPlain(http::request<http::string_body>& request, bool with_body) const;
  void HandOver(const std::shared_ptr<HttpExchangeImpl>& exchange);
  void HandUpgrade(http::request<http::string_body> request);
  bool ReadFailed(beast::error_code ec, const BodyPolicy* policy);

  void WriteWhole(HttpResponse response, bool keep_alive);
  void Pump();
  void AfterResponse(bool keep_alive);
  void WatchClient();
  void ClientGone();
  void Shutdown();

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
  std::optional<BodyPolicy> policy_;

  // The response under way (strand only).
  bool Current(std::uint64_t exchange) const { return exchange == exchange_number_ && !finished_; }
  std::uint64_t exchange_number_ = 0;
  std::weak_ptr<HttpExchangeImpl> exchange_;
  bool head_request_ = false;
  bool keep_alive_ = false;
  unsigned version_ = 11;
  bool streaming_ = false;
  bool chunked_ = false;
  bool writing_ = false;
  bool end_queued_ = false;
  bool finished_ = false;
  std::deque<std::string> chunks_;
};

class HttpExchangeImpl final : public HttpExchange,
                               public std::enable_shared_from_this<HttpExchangeImpl> {
 public:
  HttpExchangeImpl(std::shared_ptr<HttpSession> session, std::uint64_t number, HttpRequest request)
      : session_(std::move(session)), number_(number), request_(std::move(request)) {}
  ~HttpExchangeImpl() override;

  const HttpRequest& request() const override { return request_; }
  void Respond(HttpResponse response) override;
  void StartStream(int status, std::string content_type,
                   std::vector<std::pair<std::string, std::string>> headers) override;
  bool Write(std::string chunk) override;
  void End() override;
  std::size_t buffered_bytes() const override { return buffered_.load(); }
  void WhenWritable(std::function<void()> callback) override;
  void OnClientGone(std::function<void()> callback) override;
  bool client_gone() const override { return gone_.load(); }

  // From the session (strand).
  void Drained(std::size_t bytes);
  void MarkGone();

 private:
  std::shared_ptr<HttpSession> session_;
  const std::uint64_t number_;
  HttpRequest request_;
  std::atomic<bool> answered_{false};
  std::atomic<bool> streaming_{false};
  std::atomic<bool> gone_{false};
  std::atomic<std::size_t> buffered_{0};
  std::mutex mutex_;
  std::function<void()> on_writable_;
  std::function<void()> on_gone_;
};

}  // namespace gateway::transport
