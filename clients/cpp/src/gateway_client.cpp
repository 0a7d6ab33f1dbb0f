#include "gateway/client/gateway_client.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <unordered_map>

#include "connect_request.hpp"
#include "gateway/client/lenient_decode.hpp"
#include "gateway/client/random_uuid.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::client {
namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

constexpr std::size_t kMaxBufferedEvents = 4096;
constexpr std::size_t kMaxUnmatchedResponses = 1024;
// After an ok:false connect response the server closes; wait this long to learn how.
constexpr auto kRejectCloseWait = std::chrono::milliseconds(2000);
constexpr auto kCloseWait = std::chrono::milliseconds(2000);

std::chrono::milliseconds Remaining(Clock::time_point deadline) {
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
  return std::max(left, std::chrono::milliseconds(0));
}

// The frame as a JSON object, or nullopt for anything else (malformed text, arrays, scalars).
std::optional<json> ParseFrame(std::string_view text) {
  try {
    json frame = wire::ParseUntrusted(text);
    if (frame.is_object()) return frame;
  } catch (const wire::DecodeError&) {
  }
  return std::nullopt;
}

const std::string* StringMember(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return nullptr;
  return &it->get_ref<const std::string&>();
}

bool HasType(const json& frame, std::string_view type) {
  const std::string* value = StringMember(frame, "type");
  return value && *value == type;
}

RpcResult ToResult(const json& frame) {
  RpcResult result;
  auto ok = frame.find("ok");
  result.ok = ok != frame.end() && ok->is_boolean() && ok->get<bool>();
  if (auto payload = frame.find("payload"); payload != frame.end()) result.payload = *payload;
  if (!result.ok) {
    auto error = frame.find("error");
    if (error == frame.end()) {
      result.error = proto::ErrorShape{.code = "", .message = "response has no error object"};
    } else {
      try {
        result.error = detail::DecodeSkippingUnknown<proto::ErrorShape>(*error, nullptr);
      } catch (const wire::DecodeError& e) {
        result.error =
            proto::ErrorShape{.code = "", .message = std::string("malformed error: ") + e.what()};
      }
    }
  }
  result.frame = frame;
  return result;
}

bool IsAccepted(const RpcResult& result) {
  if (!result.ok || !result.payload.is_object()) return false;
  const std::string* status = StringMember(result.payload, "status");
  return status && *status == "accepted";
}

std::string Describe(const CloseInfo& info) {
  std::string out = "close " + std::to_string(info.code);
  if (!info.reason.empty()) out += " '" + info.reason + "'";
  if (!info.clean) out += " without a close frame";
  return out;
}

}  // namespace

class GatewayClient::Impl {
 public:
  Impl(ClientOptions options, std::unique_ptr<WsConnection> ws)
      : options_(std::move(options)), ws_(std::move(ws)), instance_id_(RandomUuid()) {}

  ~Impl() {
    ws_.reset();  // stops the reader thread before the state below goes away
    CloseInfo info;
    {
      std::lock_guard lock(mutex_);
      info = close_info_;
      info.closed = true;
    }
    FailPending(info);
  }

  // --- handshake (caller's thread, before the reader delivers anything) -----------------------
  void Handshake(Clock::time_point deadline) {
    for (;;) {
      std::optional<json> frame = ParseFrame(ReceiveBefore(deadline, "connect.challenge"));
      if (!frame || !HasType(*frame, "event")) continue;
      const std::string* name = StringMember(*frame, "event");
      if (!name || *name != "connect.challenge") continue;
      auto payload = frame->find("payload");
      challenge_ = payload == frame->end() ? json(nullptr) : *payload;
      break;
    }

    std::string id = "1:" + RandomUuid();
    ws_->SendText(detail::BuildConnectRequest(options_, id, instance_id_).dump());
    std::vector<json> early_events;
    for (;;) {
      std::optional<json> frame = ParseFrame(ReceiveBefore(deadline, "the connect response"));
      if (!frame) continue;
      if (HasType(*frame, "event")) {
        early_events.push_back(std::move(*frame));
        continue;
      }
      const std::string* frame_id = StringMember(*frame, "id");
      if (!HasType(*frame, "res") || !frame_id || *frame_id != id) continue;
      RpcResult result = ToResult(*frame);
      if (!result.ok) {
        CloseInfo close = ws_->WaitClosed(kRejectCloseWait);
        std::string message =
            "connect rejected: " + result.error->code + " " + result.error->message;
        if (close.closed) message += " (" + Describe(close) + ")";
        throw GatewayError(GatewayErrorKind::kHandshakeRejected, message, result.error, close);
      }
      hello_json_ = std::move(result.payload);
      try {
        hello_ = detail::DecodeSkippingUnknown<proto::HelloOk>(hello_json_, &hello_unknown_fields_);
      } catch (const wire::DecodeError& e) {
        throw GatewayError(GatewayErrorKind::kProtocol,
                           std::string("invalid hello-ok: ") + e.what());
      }
      break;
    }
    for (const json& event : early_events) HandleEvent(event);
  }

  // From here on frames arrive on the reader thread.
  void Start() {
    ws_->Subscribe([this](std::string&& text) { OnMessage(text); },
                   [this](const CloseInfo& info) { OnClose(info); });
  }

  // --- calls (any thread) ---------------------------------------------------------------------
  // Registers a call and sends its frame. A synchronous call (no promise) is completed by its
  // own waiter; an asynchronous one through its promise.
  std::string Send(const std::string& method, const json& params, bool expect_final,
                   std::promise<RpcResult>* promise) {
    std::string id = std::to_string(next_id_++) + ":" + RandomUuid();
    std::string text =
        proto::Write(proto::RequestFrame{.id = id, .method = method, .params = params}).dump();
    {
      std::lock_guard lock(mutex_);
      if (closed_) {
        throw GatewayError(GatewayErrorKind::kClosed,
                           "connection closed (" + Describe(close_info_) + ")", std::nullopt,
                           close_info_);
      }
      Pending& pending = pending_[id];
      pending.expect_final = expect_final;
      if (promise) pending.promise = std::move(*promise);
    }
    ws_->SendText(text);
    return id;
  }

  std::future<RpcResult> CallAsync(const std::string& method, const json& params,
                                   bool expect_final) {
    std::promise<RpcResult> promise;
    std::future<RpcResult> future = promise.get_future();
    Send(method, params, expect_final, &promise);
    return future;
  }

  // Waits on the client's own condition so that failures are thrown as fresh exceptions on the
  // caller's thread (an exception handed over through a promise is shared across threads).
  RpcResult Call(const std::string& method, const json& params, bool expect_final,
                 std::chrono::milliseconds timeout) {
    std::string id = Send(method, params, expect_final, nullptr);
    std::unique_lock lock(mutex_);
    cv_.wait_for(lock, timeout, [&] { return pending_.at(id).result.has_value() || closed_; });
    auto it = pending_.find(id);
    std::optional<RpcResult> result = std::move(it->second.result);
    pending_.erase(it);
    if (result) return std::move(*result);
    if (closed_) {
      throw GatewayError(GatewayErrorKind::kClosed,
                         "connection closed before the response to " + method + " (" + id + "; " +
                             Describe(close_info_) + ")",
                         std::nullopt, close_info_);
    }
    throw GatewayError(GatewayErrorKind::kTimeout, "request " + method + " (" + id +
                                                       ") got no response within " +
                                                       std::to_string(timeout.count()) + " ms");
  }

  // --- events and raw responses ---------------------------------------------------------------
  void SetEventCallback(EventCallback callback) {
    auto shared = std::make_shared<const EventCallback>(std::move(callback));
    std::lock_guard lock(mutex_);
    event_callback_ = std::move(shared);
  }

  std::optional<json> WaitEvent(const std::string& name, std::chrono::milliseconds timeout) {
    return TakeFirst(events_, timeout, [&](const json& frame) {
      const std::string* event = StringMember(frame, "event");
      return event && *event == name;
    });
  }

  std::optional<json> WaitResponse(const std::string& id, std::chrono::milliseconds timeout) {
    return TakeFirst(unmatched_, timeout, [&](const json& frame) {
      const std::string* frame_id = StringMember(frame, "id");
      return frame_id && *frame_id == id;
    });
  }

  std::int64_t last_seq() const { return last_seq_.load(); }
  int seq_gaps() const { return seq_gaps_.load(); }
  std::size_t pending_calls() const {
    std::lock_guard lock(mutex_);
    return pending_.size();
  }

  const ClientOptions options_;
  const std::unique_ptr<WsConnection>& ws() const { return ws_; }
  json challenge_;
  json hello_json_;
  proto::HelloOk hello_;
  std::vector<std::string> hello_unknown_fields_;

 private:
  struct Pending {
    std::optional<std::promise<RpcResult>> promise;  // asynchronous calls
    std::optional<RpcResult> result;                 // synchronous calls, taken by the waiter
    bool expect_final = false;
  };

  std::string ReceiveBefore(Clock::time_point deadline, const std::string& what) {
    std::chrono::milliseconds left = Remaining(deadline);
    std::optional<std::string> text;
    if (left.count() > 0) text = ws_->Receive(left);
    if (text) return std::move(*text);
    CloseInfo info = ws_->close_info();
    if (info.closed) {
      throw GatewayError(
          GatewayErrorKind::kClosed,
          "connection closed while waiting for " + what + " (" + Describe(info) + ")", std::nullopt,
          info);
    }
    throw GatewayError(
        GatewayErrorKind::kTimeout,
        "no " + what + " within " + std::to_string(options_.connect_timeout.count()) + " ms");
  }

  template <class Match>
  std::optional<json> TakeFirst(std::deque<json>& buffer, std::chrono::milliseconds timeout,
                                Match match) {
    std::unique_lock lock(mutex_);
    auto found = buffer.end();
    cv_.wait_for(lock, timeout, [&] {
      found = std::find_if(buffer.begin(), buffer.end(), match);
      return found != buffer.end() || closed_;
    });
    if (found == buffer.end()) return std::nullopt;
    json frame = std::move(*found);
    buffer.erase(found);
    return frame;
  }

  // --- reader thread --------------------------------------------------------------------------
  void OnMessage(const std::string& text) {
    std::optional<json> frame = ParseFrame(text);
    if (!frame) return;
    if (HasType(*frame, "res")) {
      HandleResponse(std::move(*frame));
    } else if (HasType(*frame, "event")) {
      HandleEvent(*frame);
    }
  }

  void HandleResponse(json frame) {
    const std::string* id = StringMember(frame, "id");
    if (!id) return;
    RpcResult result = ToResult(frame);
    std::promise<RpcResult> promise;
    {
      std::lock_guard lock(mutex_);
      auto it = pending_.find(*id);
      if (it == pending_.end()) {
        unmatched_.push_back(std::move(frame));
        if (unmatched_.size() > kMaxUnmatchedResponses) unmatched_.pop_front();
        cv_.notify_all();
        return;
      }
      if (it->second.expect_final && IsAccepted(result)) return;
      if (!it->second.promise) {
        it->second.result = std::move(result);
        cv_.notify_all();
        return;
      }
      promise = std::move(*it->second.promise);
      pending_.erase(it);
    }
    promise.set_value(std::move(result));
  }

  void HandleEvent(const json& frame) {
    const std::string* name = StringMember(frame, "event");
    if (!name) return;
    if (auto seq = frame.find("seq"); seq != frame.end() && seq->is_number_integer()) {
      std::int64_t value = seq->get<std::int64_t>();
      if (value > last_seq_.load() + 1) ++seq_gaps_;
      last_seq_.store(value);
    }
    std::shared_ptr<const EventCallback> callback;
    {
      std::lock_guard lock(mutex_);
      events_.push_back(frame);
      if (events_.size() > kMaxBufferedEvents) events_.pop_front();
      callback = event_callback_;
    }
    cv_.notify_all();
    if (callback && *callback) (*callback)(*name, frame);
  }

  void OnClose(const CloseInfo& info) {
    {
      std::lock_guard lock(mutex_);
      closed_ = true;
      close_info_ = info;
    }
    cv_.notify_all();
    FailPending(info);
  }

  // Fails the asynchronous calls; synchronous waiters see closed_ and throw for themselves. All
  // futures share one exception, kept alive here so the reader thread never frees it.
  void FailPending(const CloseInfo& info) {
    std::vector<std::promise<RpcResult>> failed;
    {
      std::lock_guard lock(mutex_);
      closed_ = true;
      for (auto it = pending_.begin(); it != pending_.end();) {
        if (it->second.promise) {
          failed.push_back(std::move(*it->second.promise));
          it = pending_.erase(it);
        } else {
          ++it;
        }
      }
      if (failed.empty()) return;
      if (!closed_error_) {
        closed_error_ = std::make_exception_ptr(GatewayError(
            GatewayErrorKind::kClosed,
            "connection closed before the response (" + Describe(info) + ")", std::nullopt, info));
      }
    }
    cv_.notify_all();
    for (auto& promise : failed) promise.set_exception(closed_error_);
  }

  std::unique_ptr<WsConnection> ws_;
  const std::string instance_id_;
  std::atomic<std::int64_t> next_id_{2};
  std::atomic<std::int64_t> last_seq_{0};
  std::atomic<int> seq_gaps_{0};

  mutable std::mutex mutex_;
  std::condition_variable cv_;
  std::unordered_map<std::string, Pending> pending_;
  std::deque<json> events_;
  std::deque<json> unmatched_;
  std::shared_ptr<const EventCallback> event_callback_;
  bool closed_ = false;
  CloseInfo close_info_;
  std::exception_ptr closed_error_;
};

std::unique_ptr<GatewayClient> GatewayClient::Connect(const ClientOptions& options) {
  auto url = ParseUrl(options.url);
  if (!url) {
    throw GatewayError(GatewayErrorKind::kInvalidUrl,
                       "invalid gateway URL '" + options.url + "': " + url.error());
  }
  Clock::time_point deadline = Clock::now() + options.connect_timeout;
  std::unique_ptr<WsConnection> ws;
  try {
    ws = WsConnection::Open(*url, options.connect_timeout, options.headers);
  } catch (const WsOpenError& e) {
    throw GatewayError(e.timed_out() ? GatewayErrorKind::kTimeout : GatewayErrorKind::kUnreachable,
                       e.what(), std::nullopt, CloseInfo{}, e.http_status());
  }
  auto impl = std::make_unique<Impl>(options, std::move(ws));
  impl->Handshake(deadline);
  impl->Start();
  return std::unique_ptr<GatewayClient>(new GatewayClient(std::move(impl)));
}

GatewayClient::GatewayClient(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

GatewayClient::~GatewayClient() = default;

const proto::HelloOk& GatewayClient::hello() const { return impl_->hello_; }
const nlohmann::json& GatewayClient::hello_json() const { return impl_->hello_json_; }
const std::vector<std::string>& GatewayClient::hello_unknown_fields() const {
  return impl_->hello_unknown_fields_;
}
const nlohmann::json& GatewayClient::challenge() const { return impl_->challenge_; }

RpcResult GatewayClient::Call(const std::string& method, const nlohmann::json& params,
                              bool expect_final, std::optional<std::chrono::milliseconds> timeout) {
  return impl_->Call(method, params, expect_final,
                     timeout.value_or(impl_->options_.request_timeout));
}

std::future<RpcResult> GatewayClient::CallAsync(const std::string& method,
                                                const nlohmann::json& params, bool expect_final) {
  return impl_->CallAsync(method, params, expect_final);
}

void GatewayClient::OnEvent(EventCallback callback) {
  impl_->SetEventCallback(std::move(callback));
}

std::optional<nlohmann::json> GatewayClient::WaitEvent(const std::string& event,
                                                       std::chrono::milliseconds timeout) {
  return impl_->WaitEvent(event, timeout);
}

std::int64_t GatewayClient::last_seq() const { return impl_->last_seq(); }
int GatewayClient::seq_gaps() const { return impl_->seq_gaps(); }
std::size_t GatewayClient::pending_calls() const { return impl_->pending_calls(); }

void GatewayClient::SendRaw(std::string_view text) { impl_->ws()->SendText(text); }

std::optional<nlohmann::json> GatewayClient::WaitResponse(const std::string& id,
                                                          std::chrono::milliseconds timeout) {
  return impl_->WaitResponse(id, timeout);
}

CloseInfo GatewayClient::WaitClosed(std::chrono::milliseconds timeout) {
  return impl_->ws()->WaitClosed(timeout);
}

void GatewayClient::Close() {
  impl_->ws()->Close(1000, "");
  impl_->ws()->WaitClosed(kCloseWait);
}

}  // namespace gateway::client
