// One web_fetch GET through the outbound HTTP client, blocking the calling (tool) thread: the SSRF
// guard checks the host before each hop and every address the client connects to; redirects are
// followed here, one hop at a time, so each new host is checked again; the body is read up to a
// byte cap (the rest is left unread); the whole fetch has one deadline; the run's cancellation
// cancels the request at once.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "server/domain/tools/web/ssrf_guard.hpp"
#include "server/runtime/cancellation.hpp"
#include "server/transport/http_client.hpp"

namespace gateway::domain::tools::web {

struct FetchLimits {
  std::uint64_t max_body_bytes = 750'000;
  int max_redirects = 3;
  std::chrono::milliseconds timeout{30'000};
  bool use_env_proxy = false;
};

struct FetchedPage {
  int status = 0;
  std::string reason;
  std::string final_url;
  std::string content_type;  // the header as sent (may be empty)
  std::string body;          // raw bytes, at most max_body_bytes
  bool body_capped = false;  // the server had more than max_body_bytes
};

class PageFetcher {
 public:
  PageFetcher(transport::HttpClient& http, SsrfGuard guard, FetchLimits limits,
              transport::HttpHeaders headers);

  // Throws ToolFailure with the spec's texts (invalid URL, blocked host or address, too many
  // redirects, transport failures, timeout, abort).
  FetchedPage Fetch(const std::string& url, const runtime::CancellationToken& cancel) const;

 private:
  struct Hop;
  Hop FetchHop(const transport::Url& url, const std::string& url_text,
               std::chrono::steady_clock::time_point deadline,
               const runtime::CancellationToken& cancel) const;

  transport::HttpClient& http_;
  SsrfGuard guard_;
  FetchLimits limits_;
  transport::HttpHeaders headers_;
};

}  // namespace gateway::domain::tools::web
