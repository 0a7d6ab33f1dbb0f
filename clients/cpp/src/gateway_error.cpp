#include "gateway/client/gateway_client.hpp"

namespace gateway::client {

std::string_view ToString(GatewayErrorKind kind) {
  switch (kind) {
    case GatewayErrorKind::kInvalidUrl:
      return "invalid-url";
    case GatewayErrorKind::kUnreachable:
      return "unreachable";
    case GatewayErrorKind::kTimeout:
      return "timeout";
    case GatewayErrorKind::kHandshakeRejected:
      return "handshake-rejected";
    case GatewayErrorKind::kClosed:
      return "closed";
    case GatewayErrorKind::kProtocol:
      return "protocol";
  }
  return "unknown";
}

GatewayError::GatewayError(GatewayErrorKind kind, const std::string& message,
                           std::optional<gateway::proto::ErrorShape> error, CloseInfo close,
                           int http_status)
    : std::runtime_error(message),
      kind_(kind),
      error_(std::move(error)),
      close_(std::move(close)),
      http_status_(http_status) {}

}  // namespace gateway::client
