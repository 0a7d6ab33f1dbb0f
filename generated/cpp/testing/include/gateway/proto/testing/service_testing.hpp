// Copied from codegen/runtime/verbatim/cpp/testing/include/gateway/proto/testing/service_testing.hpp.
// Do not edit: change that file and run tools/regen.sh.
// Building blocks of the generated test doubles (<domain>_service_double.hpp), for tests only:
// MethodDouble (one scripted, recording method of a service double) and CallOutcome (what a
// service answered to one typed call, captured from its response frames).
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "gateway/proto/fwd.hpp"
#include "gateway/proto/rpc.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto::testing {

// A ResponseSink that keeps every frame (parsed), for any thread, and lets a test wait for them.
class CapturingResponseSink : public ResponseSink {
 public:
  void SendFrame(std::string frame) override {
    {
      std::lock_guard lock(mutex_);
      frames_.push_back(nlohmann::json::parse(frame));
    }
    changed_.notify_all();
  }
  std::vector<nlohmann::json> frames() const {
    std::lock_guard lock(mutex_);
    return frames_;
  }
  // Waits until at least `count` frames arrived; false on timeout.
  bool WaitFor(std::size_t count, std::chrono::milliseconds timeout) const {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, timeout, [&] { return frames_.size() >= count; });
  }

 private:
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::vector<nlohmann::json> frames_;
};

// What a service answered to one call. Two-phase methods (Accepted is not void) answer Accept()
// first: their first ok:true frame is the accepted one, the next frame the final answer. The
// service may answer later, from any thread: answered() / Wait() tell when it did.
template <class Result, class Accepted = void, class ErrorPayload = void>
class CallOutcome {
 public:
  explicit CallOutcome(std::shared_ptr<const CapturingResponseSink> sink)
      : sink_(std::move(sink)) {}

  // True once the final response arrived.
  bool answered() const { return Final().has_value(); }
  // Waits up to `timeout` for the final response; true when it came.
  bool Wait(std::chrono::milliseconds timeout = std::chrono::seconds(5)) const {
    return sink_->WaitFor(kFinalIndex + 1, timeout) && answered();
  }
  // Answered with ok:true.
  bool ok() const {
    auto frame = Final();
    return frame && frame->value("ok", false);
  }
  // The typed result; throws std::logic_error unless ok(), wire::DecodeError if it does not decode.
  Result value() const {
    auto frame = Final();
    if (!frame || !frame->value("ok", false)) {
      throw std::logic_error("no ok response" + Describe(frame));
    }
    return wire::Decode<Result>(frame->value("payload", nlohmann::json()));
  }
  // The error shape; throws std::logic_error unless the final response was ok:false.
  ErrorShape error() const {
    auto frame = Final();
    if (!frame || frame->value("ok", true) || !frame->contains("error")) {
      throw std::logic_error("no error response" + Describe(frame));
    }
    return wire::Decode<ErrorShape>((*frame)["error"]);
  }
  // The first-phase payload of a two-phase method, once sent.
  template <class A = Accepted>
  requires(!std::is_void_v<A>) std::optional<A> accepted()
  const {
    auto frames = sink_->frames();
    if (frames.empty() || !frames[0].value("ok", false)) return std::nullopt;
    return wire::Decode<A>(frames[0].value("payload", nlohmann::json()));
  }
  // The payload an ok:false response carried, if any.
  template <class P = ErrorPayload>
  requires(!std::is_void_v<P>) std::optional<P> error_payload()
  const {
    auto frame = Final();
    if (!frame || frame->value("ok", true) || !frame->contains("payload")) return std::nullopt;
    return wire::Decode<P>((*frame)["payload"]);
  }
  // Every response frame, as sent.
  std::vector<nlohmann::json> frames() const { return sink_->frames(); }

 private:
  // The accepted frame of a two-phase method comes first; an ok:false answer is final at once.
  static constexpr std::size_t kFinalIndex = std::is_void_v<Accepted> ? 0 : 1;

  std::optional<nlohmann::json> Final() const {
    auto frames = sink_->frames();
    if constexpr (!std::is_void_v<Accepted>) {
      if (!frames.empty() && !frames[0].value("ok", false)) return frames[0];
    }
    if (frames.size() <= kFinalIndex) return std::nullopt;
    return frames[kFinalIndex];
  }
  static std::string Describe(const std::optional<nlohmann::json>& frame) {
    return frame ? ": " + frame->dump() : ": not answered (yet)";
  }

  std::shared_ptr<const CapturingResponseSink> sink_;
};

// Calls one service method with typed params and a caller-supplied context, capturing what it
// answers. The generated Call<Method>(service, params, context) functions wrap this.
template <class Service, class Params, class Result, class Accepted, class ErrorPayload>
CallOutcome<Result, Accepted, ErrorPayload> Invoke(
    Service& service,
    void (Service::*method)(Params, rpc::CallContext&, Reply<Result, Accepted, ErrorPayload>),
    Params params, rpc::CallContext& context, std::string id = "test") {
  auto sink = std::make_shared<CapturingResponseSink>();
  (service.*method)(std::move(params), context, Reply<Result, Accepted, ErrorPayload>(sink, id));
  return CallOutcome<Result, Accepted, ErrorPayload>(sink);
}

template <class Params, class ReplyType>
class MethodDouble;

// One method of a generated service double: records the typed params of every call and answers
// as scripted (Returns, Fails, Answers or Holds; the last one set wins). Unscripted calls answer
// UNAVAILABLE "<method>: no scripted answer". Safe to call from any thread.
template <class Params, class Result, class Accepted, class ErrorPayload>
class MethodDouble<Params, Reply<Result, Accepted, ErrorPayload>> {
 public:
  using ReplyType = Reply<Result, Accepted, ErrorPayload>;
  using Handler = std::function<void(const Params&, ReplyType&)>;

  explicit MethodDouble(std::string_view method) : method_(method) {}

  // Every later call answers ok with `result`.
  void Returns(Result result) {
    std::lock_guard lock(mutex_);
    mode_ = Mode::kReturn;
    result_ = std::move(result);
  }
  // Every later call answers with `error`.
  void Fails(ErrorShape error) {
    std::lock_guard lock(mutex_);
    mode_ = Mode::kFail;
    error_ = std::move(error);
  }
  // Every later call runs `handler`, which answers through the reply (or drops it: UNAVAILABLE).
  void Answers(Handler handler) {
    std::lock_guard lock(mutex_);
    mode_ = Mode::kHandler;
    handler_ = std::move(handler);
  }
  // Every later call keeps its reply unanswered until the test takes it with TakeHeld().
  void Holds() {
    std::lock_guard lock(mutex_);
    mode_ = Mode::kHold;
  }
  // Two-phase methods: Returns/Fails send this accepted payload first.
  template <class A = Accepted>
  requires(!std::is_void_v<A>) void AcceptsFirst(A accepted) {
    std::lock_guard lock(mutex_);
    accepted_ = std::move(accepted);
  }

  // The params of every call so far, in order.
  std::vector<Params> calls() const {
    std::lock_guard lock(mutex_);
    return calls_;
  }
  std::size_t call_count() const {
    std::lock_guard lock(mutex_);
    return calls_.size();
  }
  std::optional<Params> last_call() const {
    std::lock_guard lock(mutex_);
    return calls_.empty() ? std::nullopt : std::optional<Params>(calls_.back());
  }
  // The replies kept by Holds(), oldest first; answer them to finish those calls.
  std::vector<ReplyType> TakeHeld() {
    std::lock_guard lock(mutex_);
    return std::exchange(held_, {});
  }

  // Called by the service double for each call.
  void Handle(Params params, ReplyType reply) {
    std::unique_lock lock(mutex_);
    calls_.push_back(params);
    const Mode mode = mode_;
    if (mode == Mode::kHold) {
      held_.push_back(std::move(reply));
      return;
    }
    auto result = result_;
    auto error = error_;
    auto accepted = accepted_;
    Handler handler = handler_;
    lock.unlock();  // answer outside the lock: the sink may call back into the test
    if constexpr (!std::is_void_v<Accepted>) {
      if (accepted && (mode == Mode::kReturn || mode == Mode::kFail)) reply.Accept(*accepted);
    }
    switch (mode) {
      case Mode::kReturn:
        reply.Ok(*result);
        return;
      case Mode::kFail:
        reply.Fail(*error);
        return;
      case Mode::kHandler:
        handler(params, reply);
        return;
      case Mode::kUnscripted:
      case Mode::kHold:
        break;
    }
    reply.Fail(MakeError(ErrorCode::kUnavailable, method_ + ": no scripted answer"));
  }

 private:
  enum class Mode { kUnscripted, kReturn, kFail, kHandler, kHold };
  using AcceptedValue = std::conditional_t<std::is_void_v<Accepted>, std::nullptr_t, Accepted>;

  mutable std::mutex mutex_;
  std::string method_;
  Mode mode_ = Mode::kUnscripted;
  std::optional<Result> result_;
  std::optional<ErrorShape> error_;
  std::optional<AcceptedValue> accepted_;
  Handler handler_;
  std::vector<Params> calls_;
  std::vector<ReplyType> held_;
};

}  // namespace gateway::proto::testing
