// The one interface every model API implements. A provider instance is bound to one configured
// endpoint (base URL, key, headers); the request names the model.
//
// Stream() returns at once. The sink then gets zero or more events and exactly one completion,
// an ok StreamResult or a typed ProviderError; nothing runs after the completion. Callbacks run on
// the HTTP client's I/O threads, one at a time per stream (when the token is already cancelled,
// the completion runs on the calling thread, inside Stream()). They must not block.
//
// Cancellation (the token, or the handle's Cancel()) closes the upstream socket at once and
// completes the sink with kCancelled, unless it has already completed.
#pragma once

#include <expected>
#include <functional>
#include <memory>

#include "server/providers/model_types.hpp"
#include "server/providers/provider_error.hpp"
#include "server/runtime/cancellation.hpp"

namespace gateway::providers {

using StreamOutcome = std::expected<StreamResult, ProviderError>;

struct StreamSink {
  std::function<void(StreamEvent)> on_event;  // may be empty: only the completion matters
  std::function<void(StreamOutcome)> on_complete;
};

// A started stream. Copies refer to the same stream; dropping handles does not cancel it.
class StreamHandle {
 public:
  struct Control {
    virtual ~Control() = default;
    virtual void Cancel() = 0;
  };
  StreamHandle() = default;
  explicit StreamHandle(std::shared_ptr<Control> control) : control_(std::move(control)) {}
  void Cancel() const {
    if (control_) control_->Cancel();
  }
  explicit operator bool() const { return control_ != nullptr; }

 private:
  std::shared_ptr<Control> control_;
};

class ModelProvider {
 public:
  virtual ~ModelProvider() = default;
  virtual StreamHandle Stream(ModelRequest request, StreamSink sink,
                              runtime::CancellationToken token) = 0;
};

}  // namespace gateway::providers
