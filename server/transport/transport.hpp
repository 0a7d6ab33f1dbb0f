// The network edge: one TCP port serving HTTP/1.1 and the WebSocket upgrade. This header is all
// the rest of the server sees; Beast and Asio stay inside server/transport/*.cpp.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace gateway::transport {

struct HttpRequest {
  std::string method;                          // "GET"
  std::string target;                          // "/health?x=1"
  std::map<std::string, std::string> headers;  // names lowercased
  std::string body;
  std::string remote_ip;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "text/plain; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  // Written only after this pause (a failed auth is answered slowly); the I/O thread does not wait.
  std::chrono::milliseconds delay{0};
};

// One WebSocket connection as the gateway core sees it. Every method is thread-safe; frames are
// written in the order they were queued, one at a time.
class Connection {
 public:
  virtual ~Connection() = default;
  virtual const std::string& id() const = 0;
  virtual const std::string& remote_ip() const = 0;
  // A header of the upgrade request (lowercase name), "" when absent.
  virtual std::string header(std::string_view name) const = 0;

  // Queues a complete text frame.
  virtual void Send(std::string frame) = 0;
  // Queues an event frame `prefix + ,"seq":N + suffix`, where N is this connection's next event
  // number. prefix and suffix are shared by every recipient. A droppable event is skipped (and
  // consumes no seq) while the connection's queue is over half its limit.
  virtual void SendEvent(std::shared_ptr<const std::string> prefix,
                         std::shared_ptr<const std::string> suffix, bool droppable) = 0;
  // Closes with a close frame after the queued frames (reason truncated to 123 bytes).
  virtual void Close(int code, std::string reason) = 0;
  // Drops the TCP connection without a close frame.
  virtual void Terminate() = 0;
  // After hello: raises the frame cap, stops the handshake timer, starts keepalive pings.
  virtual void Promote(std::size_t max_payload) = 0;

  // How the connection ended, for the log; read it in ConnectionHandler::OnClose. `code` is the
  // close code sent (1005: a close frame without one; 0: none, the TCP connection just ended),
  // `by_peer` when it answered the peer's close frame.
  struct CloseInfo {
    int code = 0;
    std::string reason;
    bool by_peer = false;
  };
  virtual CloseInfo close_info() const = 0;
};

// Implemented by the gateway core. Calls for one connection never overlap.
class ConnectionHandler {
 public:
  virtual ~ConnectionHandler() = default;
  virtual void OnOpen(const std::shared_ptr<Connection>& connection) = 0;
  // A text or binary message (binary frames are handled as UTF-8 text, like the reference).
  virtual void OnMessage(const std::shared_ptr<Connection>& connection, std::string message) = 0;
  virtual void OnClose(const std::shared_ptr<Connection>& connection) = 0;
};

// How a request's body is read, decided when its head has arrived (HttpHandler::Admit).
struct BodyPolicy {
  std::size_t max_bytes = 1 << 20;  // a larger body is answered `too_large` without reading it
  // Set: the exchange ends with this response before any body is read (a refusal, or an answer
  // that needs no body); the connection then closes if a body was on its way.
  std::optional<HttpResponse> answer;
  // What a too-large body and a body that does not arrive within the read timeout get.
  HttpResponse too_large{
      413,
      "application/json; charset=utf-8",
      {},
      R"({"error":{"message":"Payload Too Large","type":"invalid_request_error"}})"};
  HttpResponse timed_out{
      408,
      "application/json; charset=utf-8",
      {},
      R"({"error":{"message":"Request Timeout","type":"invalid_request_error"}})"};
};

// A streamed response's producer should pause (WhenWritable) past this many queued bytes; past
// kStreamHardLimit the client is treated as gone and its connection dropped, so a reader that never
// reads cannot grow memory without bound.
inline constexpr std::size_t kStreamHighWater = 1 << 20;
inline constexpr std::size_t kStreamHardLimit = 16 << 20;

// One request and its response. Thread-safe: answer now or later, from any thread. Either
// Respond() once, or StartStream() then Write()* then End(). An exchange dropped unanswered is
// answered 500.
class HttpExchange {
 public:
  virtual ~HttpExchange() = default;
  virtual const HttpRequest& request() const = 0;

  virtual void Respond(HttpResponse response) = 0;
  // Status and headers now; the body follows in chunks (chunked transfer encoding; HTTP/1.0
  // clients get the raw bytes and a close). For SSE pass "text/event-stream".
  virtual void StartStream(int status, std::string content_type,
                           std::vector<std::pair<std::string, std::string>> headers = {}) = 0;
  // Queues a body chunk; false once the client is gone (the chunk is dropped).
  virtual bool Write(std::string chunk) = 0;
  virtual void End() = 0;

  // Bytes queued and not yet written to the socket.
  virtual std::size_t buffered_bytes() const = 0;
  // Runs `callback` once, on an I/O thread, when the queue has drained below kStreamHighWater (at
  // once if it already has) or the client is gone.
  virtual void WhenWritable(std::function<void()> callback) = 0;
  // Runs `callback` once, on an I/O thread, if the client goes away before the response ended
  // (at once if it already has). An EOF from the client counts: like the reference's request
  // 'close', a client that stops sending is taken as gone and its work can be cancelled.
  virtual void OnClientGone(std::function<void()> callback) = 0;
  virtual bool client_gone() const = 0;
};

class HttpHandler {
 public:
  virtual ~HttpHandler() = default;
  // The request head has arrived (its body is empty here): how to read the body, or the
  // response that ends the exchange.
  virtual BodyPolicy Admit(const HttpRequest& head) = 0;
  // The whole request has arrived.
  virtual void Handle(std::shared_ptr<HttpExchange> exchange) = 0;
  // Whether a WebSocket upgrade reaches the control plane: nullopt accepts it, else the HTTP
  // response that refuses it (the request has no body).
  virtual std::optional<HttpResponse> CheckUpgrade(const HttpRequest& request) = 0;
};

struct TransportOptions {
  std::vector<std::string> hosts = {"127.0.0.1"};
  int port = 18789;  // 0 picks a free port
  int threads = 0;   // 0 = one per core
  std::size_t preauth_max_payload = 65536;
  std::size_t max_buffered_bytes = 52428800;
  std::chrono::milliseconds handshake_timeout{15000};
  std::chrono::milliseconds ping_interval{25000};
  std::chrono::milliseconds http_read_timeout{30000};
  // Open TCP connections (HTTP and WebSocket) at most; more are accepted and closed at once.
  // 0: the open-file limit less a reserve for files, logs and outbound sockets.
  std::size_t max_connections = 0;
  // Where the transport reports what it cannot hand to anyone (a handler that threw, the
  // connection cap, running out of file descriptors). Called from I/O threads.
  std::function<void(const std::string&)> report_error;
};

class AddressInUse : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A repeating or one-shot timer; Cancel() stops it (dropping the handle does not).
class Timer {
 public:
  virtual ~Timer() = default;
  virtual void Cancel() = 0;
};

class Transport {
 public:
  static std::unique_ptr<Transport> Create(TransportOptions options, ConnectionHandler& connections,
                                           HttpHandler& http);
  virtual ~Transport() = default;
  // Binds every host; throws AddressInUse or std::system_error.
  virtual void Listen() = 0;
  // Starts the I/O threads; returns at once.
  virtual void Start() = 0;
  // Stops accepting new connections (open ones stay).
  virtual void StopAccepting() = 0;
  // Stops the I/O threads and closes every socket abruptly; joins the threads.
  virtual void Stop() = 0;
  virtual int port() const = 0;
  virtual int thread_count() const = 0;
  virtual std::shared_ptr<Timer> RunAfter(std::chrono::milliseconds delay,
                                          std::function<void()> task) = 0;
  virtual std::shared_ptr<Timer> RunEvery(std::chrono::milliseconds period,
                                          std::function<void()> task) = 0;
  // Runs a task on an I/O thread soon.
  virtual void Post(std::function<void()> task) = 0;
  // An extra plain-HTTP listener on its own host and port (0 picks one) served by `handler` (a
  // channel's webhook, for instance); WebSocket upgrades are refused there. Returns the port.
  // Call after Listen(); throws AddressInUse or std::system_error.
  virtual int ListenHttp(const std::string& host, int port, HttpHandler& handler) = 0;
};

}  // namespace gateway::transport
