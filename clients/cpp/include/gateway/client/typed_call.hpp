// One request with typed params and a typed result, over GatewayClient::Call. The generated stubs
// (gateway/proto/<domain>_client.hpp, e.g. proto::SystemClient) are built on CallTyped.
#pragma once

#include <chrono>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "gateway/client/gateway_client.hpp"
#include "gateway/client/lenient_decode.hpp"
#include "gateway/proto/frames.hpp"

namespace gateway::client {

// The answer to one typed call: the decoded result, or the error shape the gateway answered with.
template <class T>
class TypedResult {
 public:
  TypedResult(RpcResult raw, std::optional<T> value, std::vector<std::string> skipped)
      : raw_(std::move(raw)), value_(std::move(value)), skipped_(std::move(skipped)) {}

  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  // Throws std::logic_error when the gateway answered with an error.
  const T& value() const {
    if (!value_) throw std::logic_error("the gateway answered with an error: " + raw_.frame.dump());
    return *value_;
  }
  // The error shape (a code "" with the decode failure when the error did not decode); throws
  // std::logic_error when the call succeeded.
  const proto::ErrorShape& error() const {
    if (value_ || !raw_.error) throw std::logic_error("the call succeeded: no error shape");
    return *raw_.error;
  }
  // The response as received: its payload (print this to pass the gateway's JSON through
  // unchanged) and the whole frame.
  const RpcResult& raw() const { return raw_; }
  // JSON pointers of result members newer than our schema, skipped when decoding.
  const std::vector<std::string>& skipped() const { return skipped_; }

 private:
  RpcResult raw_;
  std::optional<T> value_;
  std::vector<std::string> skipped_;
};

// Sends `method` with `params` and decodes an ok payload into T, skipping (and listing) members
// the schema does not know. Throws GatewayError as Call does, and kProtocol when an ok payload
// does not decode into T.
template <class T>
TypedResult<T> CallTyped(GatewayClient& client, const std::string& method,
                         const nlohmann::json& params, bool expect_final = false,
                         std::optional<std::chrono::milliseconds> timeout = {}) {
  RpcResult raw = client.Call(method, params, expect_final, timeout);
  if (!raw.ok) return TypedResult<T>(std::move(raw), std::nullopt, {});
  std::vector<std::string> skipped;
  try {
    T value = detail::DecodeSkippingUnknown<T>(raw.payload, &skipped);
    return TypedResult<T>(std::move(raw), std::move(value), std::move(skipped));
  } catch (const wire::DecodeError& e) {
    throw GatewayError(GatewayErrorKind::kProtocol,
                       method + " answered a result that does not decode: " + e.what());
  }
}

}  // namespace gateway::client
