#include "server/domain/tools/web/page_fetcher.hpp"

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <memory>
#include <mutex>

#include "server/domain/tools/tool.hpp"

namespace gateway::domain::tools::web {
namespace {

bool IsRedirect(int status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// The client's own phase timeouts equal the whole fetch's: either may fire first.
bool IsTimeout(transport::HttpErrorKind kind) {
  using Kind = transport::HttpErrorKind;
  return kind == Kind::kConnectTimeout || kind == Kind::kTlsTimeout ||
         kind == Kind::kFirstByteTimeout || kind == Kind::kIdleTimeout;
}

// The URL as text, the scheme's default port left out.
std::string UrlText(const transport::Url& url) {
  std::string text = url.scheme + "://";
  text += url.host.find(':') != std::string::npos ? "[" + url.host + "]" : url.host;
  const bool default_port =
      (url.scheme == "https" && url.port == 443) || (url.scheme == "http" && url.port == 80);
  if (!default_port) text += ":" + std::to_string(url.port);
  return text + url.target;
}

std::string SecondsText(std::chrono::milliseconds timeout) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", static_cast<double>(timeout.count()) / 1000.0);
  return text;
}

}  // namespace

struct PageFetcher::Hop {
  std::optional<transport::HttpError> error;
  transport::HttpResponseHead head;
  std::string body;
  bool capped = false;
  bool timed_out = false;
  bool aborted = false;
};

PageFetcher::PageFetcher(transport::HttpClient& http, SsrfGuard guard, FetchLimits limits,
                         transport::HttpHeaders headers)
    : http_(http), guard_(std::move(guard)), limits_(limits), headers_(std::move(headers)) {}

PageFetcher::Hop PageFetcher::FetchHop(const transport::Url& url, const std::string& url_text,
                                       std::chrono::steady_clock::time_point deadline,
                                       const runtime::CancellationToken& cancel) const {
  // Shared with the client's callbacks, which may outlive this frame by one hop after Cancel().
  struct State {
    std::mutex mutex;
    std::condition_variable changed;
    Hop hop;
    bool head = false;
    bool redirect = false;
    bool done = false;
  };
  auto state = std::make_shared<State>();
  const std::uint64_t limit = limits_.max_body_bytes;

  transport::OutboundRequest request;
  request.url = url_text;
  request.headers = headers_;
  request.max_redirects = 0;
  request.use_proxy = limits_.use_env_proxy;
  request.connect_timeout = request.first_byte_timeout = request.idle_timeout = limits_.timeout;
  request.tls_timeout = limits_.timeout;
  request.address_filter = [guard = guard_, host = url.host](std::string_view ip) {
    return guard.AddressAllowed(host, ip);
  };
  transport::HttpCallbacks callbacks;
  callbacks.on_head = [state](const transport::HttpResponseHead& head) {
    std::lock_guard lock(state->mutex);
    state->hop.head = head;
    state->head = true;
    state->redirect = IsRedirect(head.status) && !head.Header("location").empty();
    state->changed.notify_all();
  };
  callbacks.on_chunk = [state, limit](std::string_view chunk) {
    std::lock_guard lock(state->mutex);
    if (state->redirect) return transport::ChunkAction::kPause;
    const std::size_t room = limit - state->hop.body.size();
    if (chunk.size() > room) {
      state->hop.body.append(chunk.substr(0, room));
      state->hop.capped = true;
      state->changed.notify_all();
      return transport::ChunkAction::kPause;
    }
    state->hop.body.append(chunk);
    return transport::ChunkAction::kContinue;
  };
  callbacks.on_complete = [state](std::optional<transport::HttpError> error) {
    std::lock_guard lock(state->mutex);
    state->hop.error = std::move(error);
    state->done = true;
    state->changed.notify_all();
  };
  const transport::HttpRequestHandle handle = http_.Start(std::move(request), std::move(callbacks));
  auto on_abort = cancel.OnCancel([state, handle] {
    {
      std::lock_guard lock(state->mutex);
      state->hop.aborted = true;
    }
    handle.Cancel();
  });

  std::unique_lock lock(state->mutex);
  const bool finished = state->changed.wait_until(lock, deadline, [&] {
    return state->done || state->hop.capped || state->redirect || state->hop.aborted;
  });
  if (!state->done) {
    // Enough was read (the cap, a redirect's head), or the deadline passed: stop the request and
    // wait for its completion, which Cancel() delivers within one hop of the client's strand.
    state->hop.timed_out = !finished;
    lock.unlock();
    handle.Cancel();
    lock.lock();
    state->changed.wait(lock, [&] { return state->done; });
  }
  lock.unlock();
  on_abort.Reset();
  std::lock_guard final_lock(state->mutex);
  return std::move(state->hop);
}

FetchedPage PageFetcher::Fetch(const std::string& url_text,
                               const runtime::CancellationToken& cancel) const {
  auto url = transport::ParseUrl(url_text);
  if (!url) throw ToolFailure("Invalid URL: must be http or https");
  const auto deadline = std::chrono::steady_clock::now() + limits_.timeout;
  std::string current = url_text;
  for (int redirects = 0;; ++redirects) {
    if (auto refusal = guard_.CheckHost(url->host)) throw ToolFailure(*refusal);
    Hop hop = FetchHop(*url, current, deadline, cancel);
    if (hop.aborted) throw ToolFailure("Web fetch aborted");
    if (hop.timed_out || (hop.error && IsTimeout(hop.error->kind))) {
      throw ToolFailure("Web fetch timed out after " + SecondsText(limits_.timeout) + " seconds");
    }
    if (hop.error && hop.error->kind == transport::HttpErrorKind::kRefusedAddress) {
      throw ToolFailure(std::string(SsrfGuard::kBlockedResolution));
    }
    const bool stopped_by_us =
        hop.error && hop.error->kind == transport::HttpErrorKind::kCancelled &&
        (hop.capped || (IsRedirect(hop.head.status) && !hop.head.Header("location").empty()));
    if (hop.error && !stopped_by_us) throw ToolFailure("Web fetch failed: " + hop.error->message);
    const std::string_view location = hop.head.Header("location");
    if (IsRedirect(hop.head.status) && !location.empty()) {
      if (redirects >= limits_.max_redirects) {
        throw ToolFailure("Too many redirects (limit: " + std::to_string(limits_.max_redirects) +
                          ")");
      }
      url = transport::ResolveLocation(*url, location);
      if (!url) throw ToolFailure("Invalid URL: must be http or https");
      current = UrlText(*url);
      continue;
    }
    FetchedPage page;
    page.status = hop.head.status;
    page.reason = hop.head.reason;
    page.final_url = current;
    page.content_type = std::string(hop.head.Header("content-type"));
    page.body = std::move(hop.body);
    page.body_capped = hop.capped;
    return page;
  }
}

}  // namespace gateway::domain::tools::web
