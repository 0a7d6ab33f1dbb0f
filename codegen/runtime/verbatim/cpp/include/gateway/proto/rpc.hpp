// The reply handle that every service method answers through.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <type_traits>
#include <utility>

#include "gateway/proto/errors.hpp"  // the *Details shapes MakeError takes
#include "gateway/proto/frames.hpp"  // ErrorShape
#include "gateway/proto/fwd.hpp"
#include "gateway/proto/protocol.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

// Where response frames go: implemented by the transport for one connection. Frames may be sent
// from any thread and in any order; the transport keeps each frame whole.
class ResponseSink {
 public:
  virtual ~ResponseSink() = default;
  virtual void SendFrame(std::string frame) = 0;
};

// Serializes a response frame. `payload` / `error` are omitted when null.
std::string EncodeResponse(std::string_view id, bool ok, const nlohmann::json* payload,
                           const ErrorShape* error);
// The same with a payload already serialized (the JSON text of Write(value)).
std::string EncodeResponse(std::string_view id, bool ok, std::string_view payload_json,
                           const ErrorShape* error);

// A value serialized once, to answer many requests with it (a cached snapshot): built only from
// a T, so what it holds is exactly what Reply<T>::Ok(value) would send.
template <class T>
class Serialized {
 public:
  explicit Serialized(const T& value)
      : json_(Write(value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) {}
  const std::string& json() const { return json_; }

 private:
  std::string json_;
};

// Sends an error response for request `id`.
void SendError(ResponseSink& sink, std::string_view id, const ErrorShape& error);

// An error shape with a code and message (details, retryable, retryAfterMs left empty).
ErrorShape MakeError(ErrorCode code, std::string message);
// The same with typed details (one of the generated *Details structs).
template <class Details>
ErrorShape MakeError(ErrorCode code, std::string message, const Details& details) {
  ErrorShape error = MakeError(code, std::move(message));
  error.details = Write(details);
  return error;
}

// Answers one request exactly once: Ok(result) or Fail(error). Two-phase methods (Accepted is not
// void) first call Accept(payload), then Ok/Fail on the same request id. Methods whose error
// responses carry a payload (ErrorPayload is not void) may pass it to Fail. A Reply dropped
// without an answer sends UNAVAILABLE, so a client never waits forever.
// (The defaults, Accepted = void and ErrorPayload = void, are declared in fwd.hpp.)
template <class Result, class Accepted, class ErrorPayload>
class Reply {
 public:
  Reply(std::shared_ptr<ResponseSink> sink, std::string id)
      : sink_(std::move(sink)), id_(std::move(id)) {}
  Reply(Reply&& other) noexcept
      : sink_(std::move(other.sink_)), id_(std::move(other.id_)), answered_(other.answered_) {
    other.answered_ = true;
  }
  Reply& operator=(Reply&&) = delete;
  Reply(const Reply&) = delete;
  Reply& operator=(const Reply&) = delete;
  ~Reply() {
    if (!answered_ && sink_) {
      SendError(*sink_, id_,
                MakeError(ErrorCode::kUnavailable, "request was dropped without a response"));
    }
  }

  const std::string& id() const { return id_; }
  bool answered() const { return answered_; }

  template <class A = Accepted>
  requires(!std::is_void_v<A>) void Accept(const A& payload) {
    if (answered_ || accepted_) return;
    accepted_ = true;
    nlohmann::json body = Write(payload);
    sink_->SendFrame(EncodeResponse(id_, true, &body, nullptr));
  }

  // The acceptance payload as the only response (a duplicate of a two-phase request whose first
  // run is still going: `agent` answers {status:"in_flight"} and sends no final).
  template <class A = Accepted>
  requires(!std::is_void_v<A>) void AcceptOnly(const A& payload) {
    if (answered_ || accepted_) return;
    accepted_ = answered_ = true;
    nlohmann::json body = Write(payload);
    sink_->SendFrame(EncodeResponse(id_, true, &body, nullptr));
  }

  void Ok(const Result& result) {
    if (answered_) return;
    answered_ = true;
    nlohmann::json body = Write(result);
    sink_->SendFrame(EncodeResponse(id_, true, &body, nullptr));
  }

  void Ok(const Serialized<Result>& result) {
    if (answered_) return;
    answered_ = true;
    sink_->SendFrame(EncodeResponse(id_, true, result.json(), nullptr));
  }

  void Fail(const ErrorShape& error) {
    if (answered_) return;
    answered_ = true;
    sink_->SendFrame(EncodeResponse(id_, false, nullptr, &error));
  }

  template <class P = ErrorPayload>
  requires(!std::is_void_v<P>) void Fail(const ErrorShape& error, const P& payload) {
    if (answered_) return;
    answered_ = true;
    nlohmann::json body = Write(payload);
    sink_->SendFrame(EncodeResponse(id_, false, &body, &error));
  }

 private:
  std::shared_ptr<ResponseSink> sink_;
  std::string id_;
  bool answered_ = false;
  bool accepted_ = false;
};

}  // namespace gateway::proto
