#include "tests/support/raw_ws.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace gateway::testing {

RawWebSocket::RawWebSocket(int port, const std::string& early_bytes) {
  fd_ = socket(AF_INET, SOCK_STREAM, 0);
  int small = 4096;
  setsockopt(fd_, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd_);
    throw std::runtime_error("connect failed");
  }
  timeval upgrade_limit{
      5, 0};  // a gateway that never answers the upgrade fails the test, not hangs it
  setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &upgrade_limit, sizeof upgrade_limit);
  std::string request =
      "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n" +
      early_bytes;
  if (send(fd_, request.data(), request.size(), MSG_NOSIGNAL) !=
      static_cast<ssize_t>(request.size())) {
    throw std::runtime_error("upgrade send failed");
  }
  std::string response;
  char c;
  while (response.find("\r\n\r\n") == std::string::npos && recv(fd_, &c, 1, 0) == 1)
    response.push_back(c);
  timeval no_limit{0, 0};
  setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &no_limit, sizeof no_limit);
  if (response.rfind("HTTP/1.1 101", 0) != 0) {
    close(fd_);
    throw std::runtime_error("upgrade refused: " + response);
  }
}

RawWebSocket::~RawWebSocket() {
  if (fd_ >= 0) close(fd_);
}

std::string RawWebSocket::EncodeFrame(std::uint8_t first_byte, const std::string& payload,
                                      bool masked) {
  std::string frame;
  frame.push_back(static_cast<char>(first_byte));
  const std::uint8_t mask_bit = masked ? 0x80 : 0x00;
  const std::size_t n = payload.size();
  if (n < 126) {
    frame.push_back(static_cast<char>(mask_bit | n));
  } else if (n < 65536) {
    frame.push_back(static_cast<char>(mask_bit | 126));
    frame.push_back(static_cast<char>(n >> 8));
    frame.push_back(static_cast<char>(n & 0xFF));
  } else {
    frame.push_back(static_cast<char>(mask_bit | 127));
    for (int shift = 56; shift >= 0; shift -= 8)
      frame.push_back(static_cast<char>((n >> shift) & 0xFF));
  }
  if (!masked) return frame + payload;
  const unsigned char mask[4] = {0x12, 0x34, 0x56, 0x78};
  frame.append(reinterpret_cast<const char*>(mask), 4);
  for (std::size_t i = 0; i < n; ++i) frame.push_back(static_cast<char>(payload[i] ^ mask[i % 4]));
  return frame;
}

void RawWebSocket::SetSendTimeout(std::chrono::milliseconds limit) {
  timeval tv{static_cast<time_t>(limit.count() / 1000),
             static_cast<suseconds_t>((limit.count() % 1000) * 1000)};
  setsockopt(fd_, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

bool RawWebSocket::SendText(const std::string& text) { return SendBytes(EncodeFrame(0x81, text)); }

bool RawWebSocket::SendBytes(const std::string& bytes) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    ssize_t k = send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (k <= 0) return false;
    sent += static_cast<std::size_t>(k);
  }
  return true;
}

bool RawWebSocket::Fill(std::size_t bytes, std::chrono::steady_clock::time_point deadline) {
  while (received_.size() < bytes && !eof_) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd pfd{fd_, POLLIN, 0};
    if (poll(&pfd, 1, static_cast<int>(left.count())) <= 0) return false;
    char chunk[16384];
    ssize_t n = recv(fd_, chunk, sizeof chunk, 0);
    if (n <= 0) {
      eof_ = true;
      return false;
    }
    received_.append(chunk, static_cast<std::size_t>(n));
  }
  return received_.size() >= bytes;
}

std::optional<RawWebSocket::Frame> RawWebSocket::ReadFrame(std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  if (!Fill(2, deadline)) return std::nullopt;
  std::size_t header = 2;
  std::uint64_t length = static_cast<unsigned char>(received_[1]) & 0x7F;
  if (length >= 126) {
    std::size_t width = length == 126 ? 2 : 8;
    if (!Fill(2 + width, deadline)) return std::nullopt;
    length = 0;
    for (std::size_t i = 0; i < width; ++i)
      length = (length << 8) | static_cast<unsigned char>(received_[2 + i]);
    header += width;
  }
  if (!Fill(header + length, deadline)) return std::nullopt;
  Frame frame;
  frame.first_byte = static_cast<std::uint8_t>(received_[0]);
  frame.payload = received_.substr(header, length);
  received_.erase(0, header + length);
  return frame;
}

bool RawWebSocket::WaitEof(std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!eof_ && Fill(received_.size() + 1, deadline)) received_.clear();
  return eof_;
}

}  // namespace gateway::testing
