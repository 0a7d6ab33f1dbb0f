// Internal to server/transport: one WebSocket connection (Connection implementation).
//
// Beast answers the upgrade; after that the session frames the socket itself (ws_frames.hpp) so
// that one readiness wake-up decodes every frame that arrived, and the replies to them leave in
// one write. All state below is touched only on the connection's strand.
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <vector>

#include "server/transport/beast.hpp"
#include "server/transport/transport.hpp"
#include "server/transport/ws_frames.hpp"

namespace gateway::transport {

class WsSession : public Connection, public std::enable_shared_from_this<WsSession> {
 public:
  // `slot` holds the connection's place under the transport's connection cap until it ends.
  WsSession(tcp::socket&& socket, std::string id, std::string remote_ip, ConnectionHandler& handler,
            const TransportOptions& options, std::shared_ptr<void> slot,
            std::function<void(WsSession*)> on_finish);

  // Completes the upgrade for an HTTP request already read. `early_bytes` arrived behind the
  // request's headers (a client may send its first frames without waiting for the 101).
  void Start(http::request<http::string_body> request, std::string early_bytes);

  const std::string& id() const override { return id_; }
  const std::string& remote_ip() const override { return remote_ip_; }
  std::string header(std::string_view name) const override;
  void Send(std::string frame) override;
  void SendEvent(std::shared_ptr<const std::string> prefix,
                 std::shared_ptr<const std::string> suffix, bool droppable) override;
  void Close(int code, std::string reason) override;
  void Terminate() override;
  void Promote(std::size_t max_payload) override;
  CloseInfo close_info() const override { return close_info_; }

 private:
  struct Outgoing {
    ws::FrameHeader header;
    std::string own;  // a whole payload, or the ",\"seq\":N" part of an event
    std::shared_ptr<const std::string> prefix;  // shared event prefix (null for plain frames)
    std::shared_ptr<const std::string> suffix;
    std::size_t payload_size() const {
      return own.size() + (prefix ? prefix->size() : 0) + (suffix ? suffix->size() : 0);
    }
    std::size_t size() const { return header.size + payload_size(); }
  };

  void OnAccept(beast::error_code ec);
  void WaitReadable();
  void OnReadable(beast::error_code ec);
  std::size_t Decode(std::string_view input);
  void Consume(std::string_view input);
  void Deliver(std::string message);
  void Enqueue(Outgoing item);
  void RequestClose(std::uint16_t code, std::string reason);
  void Flush();
  std::size_t PrepareWrite();
  bool CompleteWrite();
  void OnWrite(beast::error_code ec, std::size_t bytes);
  void ArmCloseDeadline();
  void SchedulePing();
  void CloseSocket();
  void Finish();
  std::size_t ControlBytes() const;
  bool OverLimit() const { return queued_bytes_ + ControlBytes() > options_.max_buffered_bytes; }

  tcp::socket socket_;
  std::optional<websocket::stream<tcp::socket>> upgrade_;  // only until the 101 is written
  std::string id_;
  std::string remote_ip_;
  ConnectionHandler& handler_;
  const TransportOptions& options_;
  std::shared_ptr<void> slot_;
  std::function<void(WsSession*)> on_finish_;
  std::map<std::string, std::string> headers_;
  net::steady_timer handshake_timer_;
  net::steady_timer ping_timer_;
  net::steady_timer close_timer_;

  ws::FrameDecoder decoder_;
  std::string unread_;  // received bytes that do not make a whole frame yet

  std::deque<Outgoing> queue_;
  std::size_t queued_bytes_ = 0;
  std::int64_t seq_ = 0;
  // Control frames waiting for the next write: at most one pong (a flood of pings from a peer
  // that never reads is answered with the latest only) and one keepalive ping.
  std::optional<std::string> pending_pong_;  // its payload
  bool ping_due_ = false;
  std::string control_sending_;  // the control frames in the write under way
  std::optional<std::string>
      close_frame_;    // encoded once a close is requested; sent after the queue
  std::string batch_;  // several small frames copied together for one write
  std::vector<net::const_buffer> buffers_;  // what the write under way sends
  std::size_t batch_items_ = 0;             // queue_ entries in the write under way
  bool batch_has_close_ = false;

  bool writing_ = false;
  bool decoding_ = false;     // replies to what is being decoded are flushed together afterwards
  bool read_paused_ = false;  // closing while our write is stuck: nothing read until it moves
  bool promoted_ = false;
  bool awaiting_pong_ = false;
  bool opened_ = false;
  bool close_sent_ = false;  // our close frame is on the wire
  bool input_ended_ =
      false;  // the peer's close frame, EOF or a framing violation: nothing more is decoded
  bool finished_ = false;
  CloseInfo close_info_;  // set with close_frame_
};

}  // namespace gateway::transport
