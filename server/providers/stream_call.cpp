#include "server/providers/stream_call.hpp"

#include <atomic>
#include <mutex>
#include <string>

namespace gateway::providers {

namespace {

enum class BodyMode { kSse, kJson, kError };

class StreamCall final : public StreamHandle::Control,
                         public std::enable_shared_from_this<StreamCall> {
 public:
  StreamCall(std::unique_ptr<StreamDecoder> decoder, StreamSink sink)
      : decoder_(std::move(decoder)), sink_(std::move(sink)) {
    emit_ = [this](StreamEvent event) {
      if (!completed_.load() && sink_.on_event) sink_.on_event(std::move(event));
    };
  }

  void Cancel() override {
    transport::HttpRequestHandle http;
    {
      std::lock_guard lock(mutex_);
      cancel_requested_ = true;
      http = http_;
    }
    http.Cancel();
  }

  void Attach(transport::HttpRequestHandle http, runtime::CancellationToken::Registration reg) {
    bool cancel = false;
    {
      std::lock_guard lock(mutex_);
      http_ = http;
      registration_ = std::move(reg);
      cancel = cancel_requested_;
    }
    if (cancel) http.Cancel();
  }

  void Complete(StreamOutcome outcome) {
    if (completed_.exchange(true)) return;
    if (sink_.on_complete) sink_.on_complete(std::move(outcome));
  }

  transport::HttpCallbacks Callbacks() {
    auto self = shared_from_this();
    transport::HttpCallbacks callbacks;
    callbacks.on_head = [self](const transport::HttpResponseHead& head) { self->OnHead(head); };
    callbacks.on_chunk = [self](std::string_view chunk) {
      self->OnChunk(chunk);
      return transport::ChunkAction::kContinue;
    };
    callbacks.on_complete = [self](std::optional<transport::HttpError> error) {
      self->OnComplete(std::move(error));
    };
    return callbacks;
  }

 private:
  void OnHead(const transport::HttpResponseHead& head) {
    head_ = head;
    if (head.status < 200 || head.status >= 300) {
      mode_ = BodyMode::kError;
    } else if (head.Header("content-type").find("json") != std::string_view::npos) {
      mode_ = BodyMode::kJson;
    } else {
      mode_ = BodyMode::kSse;
    }
  }

  void OnChunk(std::string_view chunk) {
    if (completed_.load()) return;
    if (mode_ != BodyMode::kSse) {
      const std::size_t cap = mode_ == BodyMode::kError ? kMaxErrorBodyBytes : kMaxJsonBodyBytes;
      if (body_.size() < cap) body_.append(chunk.substr(0, cap - body_.size()));
      if (mode_ == BodyMode::kJson && body_.size() >= cap) {
        Fail(MakeError(ProviderErrorKind::kMalformedResponse,
                       "the provider's answer is larger than " + std::to_string(cap) + " bytes"));
      }
      return;
    }
    const bool ok = parser_.Feed(chunk, [this](runtime::SseEvent&& event) {
      if (completed_.load() || decoder_->finished()) return;
      std::optional<ProviderError> error;
      try {
        error = decoder_->OnSseEvent(event, emit_);
      } catch (const std::exception& e) {
        error = MakeError(ProviderErrorKind::kMalformedResponse,
                          std::string("unreadable stream event: ") + e.what());
      }
      if (error) {
        Fail(std::move(*error));
      } else if (decoder_->finished()) {
        // The answer is complete; the HTTP request drains in the background (keep-alive).
        Complete(decoder_->Finish(emit_));
      }
    });
    if (!ok) {
      Fail(MakeError(ProviderErrorKind::kMalformedResponse,
                     "a stream event exceeded the size limit"));
    }
  }

  void OnComplete(std::optional<transport::HttpError> error) {
    if (completed_.load()) return;
    if (error && error->kind == transport::HttpErrorKind::kCancelled) {
      return Complete(std::unexpected(FromHttpError(*error)));
    }
    if (mode_ == BodyMode::kError)
      return Complete(std::unexpected(ClassifyHttpError(head_, body_)));
    if (error) {
      ProviderError failure = FromHttpError(*error);
      if (head_.status != 0 && failure.kind == ProviderErrorKind::kNetwork) {
        failure.message = "the stream broke off: " + failure.message;
      }
      return Complete(std::unexpected(std::move(failure)));
    }
    try {
      if (mode_ == BodyMode::kJson) return Complete(decoder_->DecodeWhole(body_, emit_));
      parser_.Finish();
      Complete(decoder_->Finish(emit_));
    } catch (const std::exception& e) {
      Complete(std::unexpected(MakeError(ProviderErrorKind::kMalformedResponse,
                                         std::string("unreadable answer: ") + e.what())));
    }
  }

  // Ends the stream with `error` and closes the upstream connection.
  void Fail(ProviderError error) {
    Complete(std::unexpected(std::move(error)));
    Cancel();
  }

  std::unique_ptr<StreamDecoder> decoder_;
  StreamSink sink_;
  StreamDecoder::Emit emit_;
  runtime::SseParser parser_;
  BodyMode mode_ = BodyMode::kSse;
  transport::HttpResponseHead head_;
  std::string body_;
  std::atomic<bool> completed_{false};

  std::mutex mutex_;
  transport::HttpRequestHandle http_;
  bool cancel_requested_ = false;
  runtime::CancellationToken::Registration registration_;
};

}  // namespace

StreamHandle StartStreamCall(transport::HttpClient& client, transport::OutboundRequest request,
                             std::unique_ptr<StreamDecoder> decoder, StreamSink sink,
                             runtime::CancellationToken token) {
  auto call = std::make_shared<StreamCall>(std::move(decoder), std::move(sink));
  if (token.cancelled()) {
    call->Complete(std::unexpected(MakeError(ProviderErrorKind::kCancelled, "cancelled")));
    return StreamHandle(call);
  }
  auto http = client.Start(std::move(request), call->Callbacks());
  std::weak_ptr<StreamCall> weak = call;
  auto registration = token.OnCancel([weak] {
    if (auto alive = weak.lock()) alive->Cancel();
  });
  call->Attach(std::move(http), std::move(registration));
  return StreamHandle(call);
}

}  // namespace gateway::providers
