// Shared pieces of the HTTP client tests: a recorder of callbacks, cpp-httplib stand-ins on
// loopback, and a resolver that maps *.test names to 127.0.0.1.
#pragma once

#include <httplib.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "server/transport/http_client.hpp"
#include "tests/unit/transport/loopback_servers.hpp"

namespace gateway::testing {

using transport::ChunkAction;
using transport::HttpCallbacks;
using transport::HttpClient;
using transport::HttpError;
using transport::HttpErrorKind;
using transport::HttpResponseHead;
using transport::OutboundRequest;
using Clock = std::chrono::steady_clock;

// Records what the callbacks report; the test thread reads it after Wait().
struct Recorder {
  std::mutex mutex;
  std::optional<HttpResponseHead> head;
  std::string body;
  std::vector<std::size_t> chunk_sizes;
  std::optional<HttpError> error;
  int completions = 0;
  bool callback_after_complete = false;
  Clock::time_point completed_at;
  Signal done;
  std::function<ChunkAction(std::string_view)> on_chunk;  // optional extra behaviour

  HttpCallbacks Callbacks() {
    HttpCallbacks callbacks;
    callbacks.on_head = [this](const HttpResponseHead& h) {
      std::lock_guard lock(mutex);
      if (completions > 0) callback_after_complete = true;
      head = h;
    };
    callbacks.on_chunk = [this](std::string_view chunk) {
      {
        std::lock_guard lock(mutex);
        if (completions > 0) callback_after_complete = true;
        body.append(chunk);
        chunk_sizes.push_back(chunk.size());
      }
      return on_chunk ? on_chunk(chunk) : ChunkAction::kContinue;
    };
    callbacks.on_complete = [this](std::optional<HttpError> e) {
      {
        std::lock_guard lock(mutex);
        completed_at = Clock::now();
        error = std::move(e);
        ++completions;
      }
      done.Notify();
    };
    return callbacks;
  }
  bool Wait(std::chrono::milliseconds limit = std::chrono::seconds(20)) { return done.Wait(limit); }
  std::optional<HttpErrorKind> kind() {
    std::lock_guard lock(mutex);
    return error ? std::optional(error->kind) : std::nullopt;
  }
  int status() {
    std::lock_guard lock(mutex);
    return head ? head->status : 0;
  }
};

// A cpp-httplib server on 127.0.0.1:<free port>, running on its own thread.
template <class Server>
class Standin {
 public:
  template <class... Args>
  explicit Standin(Args&&... args) : server_(std::forward<Args>(args)...) {
    server_.new_task_queue = [] { return new httplib::ThreadPool(64); };
    server_.set_keep_alive_max_count(1000);  // the default (5) would close pooled connections
  }
  ~Standin() { Stop(); }
  Server& server() { return server_; }
  int Start() {
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::yield();
    return port_;
  }
  void Stop() {
    if (thread_.joinable()) {
      server_.stop();
      thread_.join();
    }
  }
  int port() const { return port_; }
  std::string Url(const std::string& path, const std::string& host = "127.0.0.1") const {
    return std::string(std::is_same_v<Server, httplib::Server> ? "http" : "https") + "://" + host +
           ":" + std::to_string(port_) + path;
  }

 private:
  Server server_;
  std::thread thread_;
  int port_ = 0;
};

// *.test -> 127.0.0.1, anything else fails, like a DNS without that name.
inline transport::Resolver TestResolver() {
  return
      [](const std::string& host, std::function<void(std::vector<std::string>, std::string)> done) {
        if (host.ends_with(".test")) return done({"127.0.0.1"}, "");
        done({}, "no such host");
      };
}

inline HttpClient::Options TestOptions() {
  HttpClient::Options options;
  options.proxy = transport::ProxySettings{};  // never the environment's proxy in tests
  options.resolver = TestResolver();
  return options;
}

}  // namespace gateway::testing

// Failed checks print the error's kind and message.
namespace Catch {
template <>
struct StringMaker<std::optional<gateway::transport::HttpError>> {
  static std::string convert(const std::optional<gateway::transport::HttpError>& error) {
    if (!error) return "no error";
    return std::string(gateway::transport::HttpErrorKindName(error->kind)) + ": " + error->message;
  }
};
template <>
struct StringMaker<std::optional<gateway::transport::HttpErrorKind>> {
  static std::string convert(const std::optional<gateway::transport::HttpErrorKind>& kind) {
    return kind ? std::string(gateway::transport::HttpErrorKindName(*kind)) : "no error";
  }
};
}  // namespace Catch
