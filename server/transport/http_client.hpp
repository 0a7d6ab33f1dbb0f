// Outbound HTTP(S) client: the Beast-free interface features use to call out (model providers,
// Telegram, web_fetch). The implementation (server/transport/http_client_*.cpp) is the only code
// that sees Beast, Asio and OpenSSL.
//
// Model: one HttpClient per process (or per subsystem) owns a small I/O pool (`Options::threads`,
// default 2) that runs every request; a request is a state machine on that pool, never a thread.
// Start() returns at once with a handle; the callbacks then report, in this order:
//   on_head   once, with the final response's status and headers (after redirects);
//   on_chunk  zero or more times, body bytes as they arrive (chunked transfer decoded);
//   on_complete exactly once, with no error or a typed HttpError. Nothing runs after it.
// A 4xx/5xx status is a response like any other (on_head + body + ok completion), not an error.
//
// Threading: callbacks run on the client's I/O threads, one at a time per request (never two
// callbacks of the same request concurrently). They must not block: hand heavy work to an
// executor. Cancel() and Resume() may be called from any thread, also from inside a callback.
//
// Backpressure: on_chunk returns kPause to stop reading from the socket (the server is then held
// back by TCP flow control; nothing is buffered beyond the socket's buffers) until the handle's
// Resume() is called. Idle and first-byte timeouts do not run while paused.
//
// Cancellation: Cancel() completes the caller with kCancelled within one hop through the request's
// strand (microseconds when the pool is not blocked) and closes the socket at the same moment,
// whatever state the request is in: resolving, connecting, in the TLS handshake, waiting for a
// silent server or paused. A lookup in progress cannot be interrupted (getaddrinfo); it finishes in
// the background and its result is dropped.
//
// Keep-alive: a connection whose response was read to the end (and that the server did not close)
// goes back to an idle pool keyed by scheme, host, port, proxy and TLS material; a pooled
// connection is checked for readability (closed by the server) before reuse. A request that fails
// on a reused connection before any response byte is retried once on a new connection (any method:
// the body is held in memory). No Accept-Encoding is sent and bodies are not decompressed.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gateway::transport {

enum class HttpErrorKind {
  kInvalidRequest,    // bad URL, unsupported scheme, bad TLS material
  kDns,               // the host name did not resolve
  kConnect,           // every resolved address refused or was unreachable
  kTls,               // handshake or certificate verification failed
  kProxy,             // the proxy refused the CONNECT tunnel or answered garbage
  kConnectTimeout,    // resolve + TCP connect (+ proxy CONNECT) took longer than connect_timeout
  kTlsTimeout,        // the TLS handshake took longer than tls_timeout
  kFirstByteTimeout,  // no response header within first_byte_timeout of sending the request
  kIdleTimeout,       // no body bytes for idle_timeout while reading the body
  kCancelled,         // Cancel() (or the client shut down)
  kRefusedAddress,    // the request's address filter refused every resolved address
  kTooLarge,          // the body went over max_body_bytes
  kTooManyRedirects,  // more than max_redirects redirects
  kProtocol,          // malformed response, or the server closed the connection mid-response
};

std::string_view HttpErrorKindName(HttpErrorKind kind);  // "dns", "connect_timeout", …

struct HttpError {
  HttpErrorKind kind;
  std::string message;  // for logs: what failed and why (no secrets: no headers, no bodies)
};

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

// TLS material for one request. Empty strings mean the defaults: the system CA store
// (OpenSSL's default verify paths), no client certificate.
struct TlsOptions {
  std::string ca_pem;           // trust only these CAs (PEM, one or more certificates)
  std::string client_cert_pem;  // client certificate chain (PEM)
  std::string client_key_pem;   // its private key (PEM)
  bool verify = true;           // false: no chain or host name check (tests, never production)
};

// Returns true when the client may connect to `ip` (textual IPv4/IPv6 address). It is asked for
// every resolved address of every new connection, for a pooled connection's address before reuse,
// and again on every redirect hop. Through a proxy (which resolves the target itself) the target's
// name is resolved locally first and every one of its addresses must pass; such requests do not
// reuse pooled tunnels.
using AddressFilter = std::function<bool(std::string_view ip)>;

// A ready-made AddressFilter for web_fetch: refuses loopback, private (RFC 1918, fc00::/7),
// link-local, CGNAT (100.64/10), unspecified, multicast, broadcast, documentation / benchmark
// ranges and IPv4-mapped forms of these.
bool IsPublicAddress(std::string_view ip);

struct OutboundRequest {
  std::string method = "GET";
  std::string url;      // http:// or https://; IPv6 hosts in brackets
  HttpHeaders headers;  // Host, Content-Length and Connection are set by the client
  std::string body;
  TlsOptions tls;

  // Zero disables a timeout. connect covers resolve + TCP connect + proxy CONNECT (per hop).
  std::chrono::milliseconds connect_timeout{10'000};
  std::chrono::milliseconds tls_timeout{10'000};
  std::chrono::milliseconds first_byte_timeout{60'000};  // request sent -> response header
  std::chrono::milliseconds idle_timeout{60'000};        // between body reads

  int max_redirects = 0;  // 0: a 3xx is delivered as the response
  // Bodies larger than this fail with kTooLarge (a Content-Length over it fails before any body
  // byte). nullopt: no limit, for streams.
  std::optional<std::uint64_t> max_body_bytes;
  bool use_proxy = true;         // honour the client's proxy settings (HTTP(S)_PROXY, NO_PROXY)
  AddressFilter address_filter;  // checked for every connection, on every redirect hop
};

struct HttpResponseHead {
  int status = 0;
  std::string reason;
  HttpHeaders headers;
  std::string url;  // the URL that answered (differs from the request's after redirects)
  int redirects = 0;

  // The first header of that name (case-insensitive), or empty.
  std::string_view Header(std::string_view name) const;
};

enum class ChunkAction { kContinue, kPause };

struct HttpCallbacks {
  std::function<void(const HttpResponseHead&)> on_head;
  std::function<ChunkAction(std::string_view)> on_chunk;  // may be empty: the body is dropped
  std::function<void(std::optional<HttpError>)> on_complete;
};

// A started request. Copies refer to the same request; destroying handles does not cancel it.
class HttpRequestHandle {
 public:
  struct Control {
    virtual ~Control() = default;
    virtual void Cancel() = 0;
    virtual void Resume() = 0;
  };

  HttpRequestHandle() = default;
  explicit HttpRequestHandle(std::shared_ptr<Control> control) : control_(std::move(control)) {}

  // Completes the request with kCancelled (unless it already completed) and closes its socket.
  void Cancel() const {
    if (control_) control_->Cancel();
  }
  // Reading resumes after on_chunk returned kPause.
  void Resume() const {
    if (control_) control_->Resume();
  }
  explicit operator bool() const { return control_ != nullptr; }

 private:
  std::shared_ptr<Control> control_;
};

// Proxy configuration, as curl reads it from the environment.
struct ProxySettings {
  std::string http_proxy;   // for http:// URLs: http://[user:pass@]host:port
  std::string https_proxy;  // for https:// URLs, tunnelled with CONNECT
  std::string no_proxy;     // comma-separated: "*", host names (".example.com" or "example.com"
                            // also match subdomains), IP literals, CIDR blocks, optional ":port"

  // From HTTPS_PROXY / https_proxy, HTTP_PROXY / http_proxy (lower case first, like curl; the
  // upper-case HTTP_PROXY is ignored, as curl does, against CGI "httpoxy"), NO_PROXY / no_proxy.
  static ProxySettings FromEnvironment(
      const std::function<const char*(const char*)>& getenv = nullptr);

  // The proxy URL to use for `url` (empty: connect directly).
  std::string ProxyFor(std::string_view url) const;
};

// A parsed http(s) URL.
struct Url {
  std::string scheme;  // "http" or "https" (lower case)
  std::string host;    // without brackets for IPv6, lower case
  std::uint16_t port = 0;
  std::string target;    // path + query, "/" when empty; no fragment
  std::string userinfo;  // "user:pass" (proxy URLs), percent-encoded as given
};
std::optional<Url> ParseUrl(std::string_view url);
// `location` resolved against `base` (absolute URLs, "//host/…", "/path", relative paths).
std::optional<Url> ResolveLocation(const Url& base, std::string_view location);

// Host name -> addresses, asynchronously. `done(addresses, error)` is called once, from any
// thread; an empty list with an error message is a DNS failure.
using Resolver = std::function<void(
    const std::string& host, std::function<void(std::vector<std::string>, std::string)> done)>;

class HttpClient {
 public:
  struct Options {
    int threads = 2;                                   // the I/O pool
    std::size_t max_idle_per_host = 8;                 // keep-alive pool, per scheme+host+port+TLS
    std::size_t max_idle_total = 256;                  // keep-alive pool, overall
    std::chrono::milliseconds idle_keepalive{60'000};  // pooled connections older than this close
    std::optional<ProxySettings> proxy;  // nullopt: ProxySettings::FromEnvironment() at start
    Resolver resolver;                   // empty: the system resolver (getaddrinfo via Asio)
  };

  HttpClient();
  explicit HttpClient(Options options);
  // Cancels every request still running (their on_complete gets kCancelled), then joins the pool.
  // Must not be called from one of the client's own callbacks.
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  HttpRequestHandle Start(OutboundRequest request, HttpCallbacks callbacks);

  // The whole response at once, for simple calls (the callback runs on an I/O thread).
  struct FetchResult {
    std::optional<HttpError> error;  // set: no response (transport failure)
    HttpResponseHead head;
    std::string body;
  };
  // `request.max_body_bytes` defaults to kDefaultFetchLimit here when unset.
  static constexpr std::uint64_t kDefaultFetchLimit = 32u << 20;
  HttpRequestHandle Fetch(OutboundRequest request, std::function<void(FetchResult)> done);

  // Figures for tests and the bench.
  struct Stats {
    std::uint64_t connections_opened = 0;  // TCP connections made (to servers or proxies)
    std::uint64_t connections_reused = 0;  // requests served on a pooled connection
    std::size_t idle_connections = 0;      // in the keep-alive pool now
    std::size_t active_requests = 0;
  };
  Stats stats() const;

  struct Impl;

 private:
  std::shared_ptr<Impl> impl_;
};

}  // namespace gateway::transport
