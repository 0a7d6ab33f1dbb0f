// The gateway protocol client: handshake, request/response correlation, events and seq gaps.
// Used by the CLI, the conformance runner, the bench and the integration tests.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gateway/client/url.hpp"
#include "gateway/client/ws_connection.hpp"
#include "gateway/proto/frames.hpp"

namespace gateway::client {

struct ClientOptions {
  std::string url = "ws://127.0.0.1:18789/";
  std::optional<std::string> token, password;
  std::string client_id = "cli", client_mode = "cli", client_version = "2026.9.6",
              platform = "linux";
  std::string device_family = "Linux";
  std::string role = "operator";
  std::vector<std::string> scopes;
  std::vector<std::string> caps;  // connect caps, e.g. "tool-events"
  std::int64_t min_protocol = 4, max_protocol = 4;
  std::chrono::milliseconds connect_timeout{10000}, request_timeout{10000};
  Headers headers;  // extra upgrade headers, e.g. Origin
};

struct RpcResult {
  bool ok = false;
  nlohmann::json payload;  // null when the response had none
  // Present when ok is false. An error object that does not decode becomes code "" with the
  // decode failure as message (the raw frame is kept below).
  std::optional<gateway::proto::ErrorShape> error;
  nlohmann::json frame;  // the whole response frame as received
};

enum class GatewayErrorKind {
  kInvalidUrl,         // options.url does not parse (or is wss://)
  kUnreachable,        // DNS, TCP connect or HTTP upgrade failed
  kTimeout,            // handshake or request deadline passed
  kHandshakeRejected,  // connect answered ok:false; error() and close() tell why
  kClosed,             // the connection ended (before an answer); close() tells how
  kProtocol,           // the server sent a hello-ok that does not decode
};
std::string_view ToString(GatewayErrorKind kind);

class GatewayError : public std::runtime_error {
 public:
  GatewayError(GatewayErrorKind kind, const std::string& message,
               std::optional<gateway::proto::ErrorShape> error = std::nullopt, CloseInfo close = {},
               int http_status = 0);
  GatewayErrorKind kind() const { return kind_; }
  const std::optional<gateway::proto::ErrorShape>& error() const { return error_; }
  // How the socket closed, when it did (closed == false otherwise).
  const CloseInfo& close() const { return close_; }
  int close_code() const { return close_.code; }
  const std::string& close_reason() const { return close_.reason; }
  // Status of a declined HTTP upgrade (kUnreachable), else 0.
  int http_status() const { return http_status_; }

 private:
  GatewayErrorKind kind_;
  std::optional<gateway::proto::ErrorShape> error_;
  CloseInfo close_;
  int http_status_;
};

using EventCallback = std::function<void(const std::string& event, const nlohmann::json& frame)>;

class GatewayClient {
 public:
  // Opens the socket, waits for connect.challenge, sends connect (id "1:<uuid>", params like the
  // real CLI), waits for hello-ok; all within options.connect_timeout. Throws GatewayError.
  static std::unique_ptr<GatewayClient> Connect(const ClientOptions& options);
  // Closes politely if still open; calls still pending fail with kClosed.
  ~GatewayClient();
  GatewayClient(const GatewayClient&) = delete;
  GatewayClient& operator=(const GatewayClient&) = delete;

  const gateway::proto::HelloOk& hello() const;
  // The hello-ok payload as received.
  const nlohmann::json& hello_json() const;
  // JSON pointers of hello-ok members the schema does not know; skipped when decoding hello().
  const std::vector<std::string>& hello_unknown_fields() const;
  // The connect.challenge payload.
  const nlohmann::json& challenge() const;

  // Sends one request (id "<n>:<uuid>") and waits for its response. With expect_final, an ok:true
  // payload whose status is "accepted" is skipped and the next response to the id is returned.
  // Throws GatewayError kTimeout (after `timeout`, default options.request_timeout; the call is
  // forgotten) or kClosed.
  RpcResult Call(const std::string& method, const nlohmann::json& params = nlohmann::json::object(),
                 bool expect_final = false, std::optional<std::chrono::milliseconds> timeout = {});
  // For pipelining: no deadline of its own (wait on the future with one); the future throws
  // GatewayError kClosed when the connection ends first.
  std::future<RpcResult> CallAsync(const std::string& method,
                                   const nlohmann::json& params = nlohmann::json::object(),
                                   bool expect_final = false);

  // `callback` sees every event frame after hello, on the reader thread; it must not block (a
  // Call from inside it would wait for a response the reader thread cannot deliver).
  void OnEvent(EventCallback callback);
  // Takes the oldest buffered event frame named `event` (events are buffered from hello on, the
  // newest 4096 kept), waiting up to `timeout`. nullopt on timeout or once the connection ended.
  std::optional<nlohmann::json> WaitEvent(const std::string& event,
                                          std::chrono::milliseconds timeout);

  // seq bookkeeping over event frames that carry seq: the last one, and how many times a seq
  // jumped past last + 1 (the first event should be seq 1; starting later counts as a gap).
  std::int64_t last_seq() const;
  int seq_gaps() const;
  std::size_t pending_calls() const;

  // Low-level escape hatches for conformance tests: send any text as one frame, and take a
  // response whose id matches no call made through this client (e.g. id "invalid").
  void SendRaw(std::string_view text);
  std::optional<nlohmann::json> WaitResponse(const std::string& id,
                                             std::chrono::milliseconds timeout);

  CloseInfo WaitClosed(std::chrono::milliseconds timeout);
  // Close handshake with 1000, waiting briefly for the server's answer.
  void Close();

 private:
  class Impl;
  explicit GatewayClient(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace gateway::client
