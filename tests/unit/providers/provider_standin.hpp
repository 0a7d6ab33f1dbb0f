// Stand-in model servers for the provider tests: a raw loopback HTTP server that records each
// request and answers with a script (SSE bodies cut at chosen byte positions, JSON error bodies,
// disconnects, silence), and a recorder of what a StreamSink receives.
#pragma once

#include <catch2/catch.hpp>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "server/providers/model_provider.hpp"
#include "server/transport/http_client.hpp"
#include "tests/unit/transport/loopback_servers.hpp"

namespace gateway::testing {

struct CapturedRequest {
  std::string method;
  std::string target;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
};

// Reads one request (head and Content-Length body) from `fd`.
CapturedRequest ReadRequest(int fd);

// A chunked 200 text/event-stream answer whose body is written as `pieces`, each its own chunk
// and its own write. `end` false: the connection drops without the terminating chunk.
void WriteSse(int fd, const std::vector<std::string>& pieces, bool end = true);
// A complete answer with a Content-Length body.
void WriteResponse(int fd, int status, const std::string& content_type, const std::string& body,
                   const std::vector<std::pair<std::string, std::string>>& extra_headers = {});
// `text` cut into pieces of `size` bytes (the last may be shorter).
std::vector<std::string> CutEvery(const std::string& text, std::size_t size);

class ModelStandin {
 public:
  using Script = std::function<void(int fd, const CapturedRequest& request)>;
  explicit ModelStandin(Script script);

  std::string BaseUrl(const std::string& path = "") const;
  std::vector<CapturedRequest> requests() const;
  int accepted() const { return server_.accepted(); }
  // Set by scripts that wait for the client to hang up.
  Signal& peer_closed() { return peer_closed_; }

 private:
  Script script_;
  mutable std::mutex mutex_;
  std::vector<CapturedRequest> requests_;
  Signal peer_closed_;
  RawServer server_;
};

// Records a stream's events and its one completion; the test thread reads after Wait().
struct SinkRecorder {
  std::mutex mutex;
  std::vector<providers::StreamEvent> events;
  std::optional<providers::StreamOutcome> outcome;
  int completions = 0;
  bool event_after_complete = false;
  std::chrono::steady_clock::time_point completed_at;
  Signal done;

  providers::StreamSink Sink();
  bool Wait(std::chrono::milliseconds limit = std::chrono::seconds(20)) { return done.Wait(limit); }
  std::string Text();  // the text deltas joined
  template <class T>
  std::vector<T> Of() {
    std::lock_guard lock(mutex);
    std::vector<T> out;
    for (const auto& event : events) {
      if (const auto* one = std::get_if<T>(&event)) out.push_back(*one);
    }
    return out;
  }
  const providers::StreamResult& Result() const { return outcome->value(); }
  const providers::ProviderError& Error() const { return outcome->error(); }
};

transport::HttpClient::Options ClientOptions();

}  // namespace gateway::testing
