// Internal to server/transport: one WebSocket connection (Connection implementation).
#pragma once

#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <optional>

#include "server/transport/beast.hpp"
#include "server/transport/transport.hpp"

namespace gateway::transport {

class WsSession : public Connection, public std::enable_shared_from_this<WsSession> {
 public:
  WsSession(tcp::socket&& socket, std::string id, std::string remote_ip, ConnectionHandler& handler,
            const TransportOptions& options, std::function<void(WsSession*)> on_finish);

  // Completes the upgrade for an HTTP request already read.
  void Start(http::request<http::string_body> request);

  const std::string& id() const override { return id_; }
  const std::string& remote_ip() const override { return remote_ip_; }
  std::string header(std::string_view name) const override;
  void Send(std::string frame) override;
  void SendEvent(std::shared_ptr<const std::string> prefix, std::shared_ptr<const std::string> suffix,
                 bool droppable) override;
  void Close(int code, std::string reason) override;
  void Terminate() override;
  void Promote(std::size_t max_payload) override;

 private:
  struct Outgoing {
    std::string own;                            // a whole frame, or the ",\"seq\":N" part of an event
    std::shared_ptr<const std::string> prefix;  // shared event prefix (null for plain frames)
    std::shared_ptr<const std::string> suffix;
    std::size_t size() const { return own.size() + (prefix ? prefix->size() : 0) + (suffix ? suffix->size() : 0); }
  };

  void OnAccept(beast::error_code ec);
  void DoRead();
  void OnRead(beast::error_code ec, std::size_t bytes);
  void Enqueue(Outgoing item);
  void DoWrite();
  void OnWrite(beast::error_code ec, std::size_t bytes);
  void DoClose();
  void SchedulePing();
  void Finish();
  bool OverLimit() const { return queued_bytes_ > options_.max_buffered_bytes; }

  websocket::stream<beast::tcp_stream> ws_;
  std::string id_;
  std::string remote_ip_;
  ConnectionHandler& handler_;
  const TransportOptions& options_;
  std::function<void(WsSession*)> on_finish_;
  std::map<std::string, std::string> headers_;
  beast::flat_buffer read_buffer_;
  net::steady_timer handshake_timer_;
  net::steady_timer ping_timer_;
  std::deque<Outgoing> queue_;
  std::size_t queued_bytes_ = 0;
  std::int64_t seq_ = 0;
  bool writing_ = false;
  bool promoted_ = false;
  bool awaiting_pong_ = false;
  bool ping_in_flight_ = false;
  bool opened_ = false;
  std::optional<websocket::close_reason> pending_close_;
  bool close_started_ = false;
  bool finished_ = false;
};

}  // namespace gateway::transport
