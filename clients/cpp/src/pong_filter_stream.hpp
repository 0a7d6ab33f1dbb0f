// A stream layer between beast::websocket::stream and the TCP stream that can swallow the
// client's pong frames. Beast always answers pings; tests of the server's keepalive need a
// client that does not. Private to the client library (includes Beast).
#pragma once

#include <algorithm>
#include <atomic>
#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/bind_executor.hpp>
#include <boost/asio/buffer.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/buffers_prefix.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/role.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/websocket/teardown.hpp>
#include <cstddef>
#include <cstdint>
#include <utility>  // before Asio (GCC 12 + Boost 1.74)

#include "frame_scanner.hpp"

namespace gateway::client::detail {

class PongFilterStream {
 public:
  using next_layer_type = boost::beast::tcp_stream;
  using executor_type = next_layer_type::executor_type;

  template <class... Args>
  explicit PongFilterStream(Args&&... args) : next_(std::forward<Args>(args)...) {}

  executor_type get_executor() noexcept { return next_.get_executor(); }
  next_layer_type& next_layer() noexcept { return next_; }
  const next_layer_type& next_layer() const noexcept { return next_; }

  // The HTTP upgrade is not framed: scanning starts once the handshake is done.
  void StartScanning() { scanning_ = true; }
  void SetDropPongs(bool drop) { drop_pongs_.store(drop); }

  template <class MutableBufferSequence, class ReadHandler>
  auto async_read_some(const MutableBufferSequence& buffers, ReadHandler&& handler) {
    return next_.async_read_some(buffers, std::forward<ReadHandler>(handler));
  }

  template <class ConstBufferSequence, class WriteHandler>
  auto async_write_some(const ConstBufferSequence& buffers, WriteHandler&& handler) {
    return boost::asio::async_initiate<WriteHandler, void(boost::beast::error_code, std::size_t)>(
        [this](auto completion, const ConstBufferSequence& data) {
          StartWrite(data, std::move(completion));
        },
        handler, buffers);
  }

 private:
  // Writes the first run of kept bytes, or reports the first run of dropped bytes as written.
  template <class ConstBufferSequence, class Handler>
  void StartWrite(const ConstBufferSequence& buffers, Handler handler) {
    if (!scanning_) {
      next_.async_write_some(buffers, std::move(handler));
      return;
    }
    bool drop_pongs = drop_pongs_.load();
    FrameScanner probe = scanner_;
    std::size_t run = 0;
    bool run_dropped = false;
    bool first = true;
    bool stop = false;
    for (auto it = boost::asio::buffer_sequence_begin(buffers);
         it != boost::asio::buffer_sequence_end(buffers) && !stop; ++it) {
      boost::asio::const_buffer piece(*it);
      auto* bytes = static_cast<const std::uint8_t*>(piece.data());
      std::size_t offset = 0;
      while (offset < piece.size()) {
        FrameScanner before = probe;
        bool dropped = false;
        std::size_t used =
            probe.ConsumeRun(bytes + offset, piece.size() - offset, drop_pongs, &dropped);
        if (first) {
          run_dropped = dropped;
          first = false;
        } else if (dropped != run_dropped) {
          probe = before;
          stop = true;
          break;
        }
        run += used;
        offset += used;
      }
    }
    if (run_dropped) {
      scanner_ = probe;
      boost::asio::post(get_executor(), boost::beast::bind_front_handler(
                                            std::move(handler), boost::beast::error_code{}, run));
      return;
    }
    auto executor = boost::asio::get_associated_executor(handler, get_executor());
    next_.async_write_some(
        boost::beast::buffers_prefix(run, buffers),
        boost::asio::bind_executor(executor,
                                   [this, buffers, drop_pongs, handler = std::move(handler)](
                                       boost::beast::error_code ec, std::size_t written) mutable {
                                     Commit(buffers, written, drop_pongs);
                                     handler(ec, written);
                                   }));
  }

  // Advances the scanner over the first `count` bytes that really went out.
  template <class ConstBufferSequence>
  void Commit(const ConstBufferSequence& buffers, std::size_t count, bool drop_pongs) {
    for (auto it = boost::asio::buffer_sequence_begin(buffers);
         it != boost::asio::buffer_sequence_end(buffers) && count > 0; ++it) {
      boost::asio::const_buffer piece(*it);
      auto* bytes = static_cast<const std::uint8_t*>(piece.data());
      std::size_t offset = 0;
      while (offset < piece.size() && count > 0) {
        bool dropped = false;
        std::size_t want = std::min(piece.size() - offset, count);
        std::size_t used = scanner_.ConsumeRun(bytes + offset, want, drop_pongs, &dropped);
        offset += used;
        count -= used;
      }
    }
  }

  next_layer_type next_;
  FrameScanner scanner_;
  bool scanning_ = false;
  std::atomic<bool> drop_pongs_{false};
};

// Closing the WebSocket tears down the TCP stream underneath.
inline void teardown(boost::beast::role_type role, PongFilterStream& stream,
                     boost::beast::error_code& ec) {
  using boost::beast::websocket::teardown;
  teardown(role, stream.next_layer(), ec);
}

template <class TeardownHandler>
void async_teardown(boost::beast::role_type role, PongFilterStream& stream,
                    TeardownHandler&& handler) {
  using boost::beast::websocket::async_teardown;
  async_teardown(role, stream.next_layer(), std::forward<TeardownHandler>(handler));
}

}  // namespace gateway::client::detail
