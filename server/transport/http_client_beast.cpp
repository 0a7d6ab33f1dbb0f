// The HTTP client's engine: one RequestOp per request, a state machine on its own strand over the
// client's I/O pool; a keep-alive pool of idle connections; cached TLS contexts.
//
// Lifetimes: the client's registry owns every running RequestOp (shared_ptr) until it completes;
// asynchronous operations hold it too, so it dies after its last handler ran. Handles hold a weak
// reference. Everything that may reach a RequestOp from outside the pool (handles, an injected
// resolver's answer) goes through the Gate, which the client closes before it joins its threads.
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <poll.h>

#include <algorithm>
#include <atomic>
#include <boost/asio/bind_executor.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <deque>
#include <limits>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <utility>  // before Asio: Boost 1.74's awaitable.hpp uses std::exchange (GCC 12)

#include "server/transport/http_client.hpp"

namespace gateway::transport {
namespace {

namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using boost::system::error_code;

constexpr std::size_t kHeaderLimit = 64 * 1024;
constexpr std::size_t kBodyBufferSize = 16 * 1024;
constexpr std::size_t kReadBufferLimit = kHeaderLimit + 16 * 1024;

std::string Base64(std::string_view in) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    const unsigned v = (unsigned(static_cast<unsigned char>(in[i])) << 16) |
                       (unsigned(static_cast<unsigned char>(in[i + 1])) << 8) |
                       unsigned(static_cast<unsigned char>(in[i + 2]));
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  if (i < in.size()) {
    unsigned v = unsigned(static_cast<unsigned char>(in[i])) << 16;
    if (i + 1 < in.size()) v |= unsigned(static_cast<unsigned char>(in[i + 1])) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += i + 1 < in.size() ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::string PercentDecode(std::string_view in) {
  std::string out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '%' && i + 2 < in.size() && std::isxdigit(static_cast<unsigned char>(in[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(in[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(in.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += in[i];
    }
  }
  return out;
}

bool IsIpLiteral(const std::string& host) {
  error_code ec;
  net::ip::make_address(host, ec);
  return !ec;
}

std::string HostPort(const Url& url) {
  const std::string host =
      url.host.find(':') != std::string::npos ? "[" + url.host + "]" : url.host;
  return host + ":" + std::to_string(url.port);
}

std::string HostHeader(const Url& url) {
  const bool default_port =
      (url.scheme == "https" && url.port == 443) || (url.scheme == "http" && url.port == 80);
  if (!default_port) return HostPort(url);
  return url.host.find(':') != std::string::npos ? "[" + url.host + "]" : url.host;
}

bool SameOrigin(const Url& a, const Url& b) {
  return a.scheme == b.scheme && a.host == b.host && a.port == b.port;
}

// An open connection to a server (or to a proxy, possibly tunnelled).
struct Connection {
  explicit Connection(net::io_context& ioc) : socket(ioc), buffer(kReadBufferLimit) {}

  tcp::socket& Lowest() { return tls ? tls->next_layer() : socket; }
  void Close() {
    error_code ignored;
    Lowest().shutdown(tcp::socket::shutdown_both, ignored);
    Lowest().close(ignored);
  }
  // A pooled connection is usable when nothing is waiting to be read on it: the server neither
  // closed it nor sent anything unasked.
  bool LooksAlive() {
    if (!Lowest().is_open() || buffer.size() > 0) return false;
    pollfd fd{Lowest().native_handle(), POLLIN, 0};
    return ::poll(&fd, 1, 0) == 0;
  }

  tcp::socket socket;  // moved into `tls` once the TLS layer starts
  std::unique_ptr<ssl::stream<tcp::socket>> tls;
  std::shared_ptr<ssl::context> tls_context;
  beast::flat_buffer buffer;
  std::string key;  // the pool key
  std::string remote_ip;
  Clock::time_point idle_since;
};

class RequestOp;

// Closed once by the client before it joins its threads; outside callers reach ops through it.
struct Gate {
  std::mutex mutex;
  bool open = true;
};

}  // namespace

struct HttpClient::Impl {
  explicit Impl(Options o) : options(std::move(o)), work(net::make_work_guard(ioc)) {
    if (!options.proxy) options.proxy = ProxySettings::FromEnvironment();
    if (options.threads < 1) options.threads = 1;
    threads.reserve(static_cast<std::size_t>(options.threads));
    for (int i = 0; i < options.threads; ++i) threads.emplace_back([this] { ioc.run(); });
  }
  ~Impl() { Shutdown(); }

  void Shutdown();
  std::shared_ptr<ssl::context> TlsContext(const TlsOptions& tls, std::uint64_t& id,
                                           std::string& error);
  std::unique_ptr<Connection> TakeIdle(const std::string& key);
  void PutIdle(std::unique_ptr<Connection> connection);
  void Unregister(RequestOp* op);

  Options options;
  net::io_context ioc;
  net::executor_work_guard<net::io_context::executor_type> work;
  std::vector<std::thread> threads;
  std::shared_ptr<Gate> gate = std::make_shared<Gate>();

  std::mutex tls_mutex;
  // Keyed by the TLS material; the id (never reused) names the configuration in pool keys.
  std::map<std::string, std::pair<std::shared_ptr<ssl::context>, std::uint64_t>> tls_contexts;
  std::uint64_t next_tls_id = 1;

  std::mutex pool_mutex;
  std::unordered_map<std::string, std::deque<std::unique_ptr<Connection>>> idle;
  std::size_t idle_count = 0;

  std::mutex active_mutex;
  std::unordered_map<RequestOp*, std::shared_ptr<RequestOp>> active;
  bool shut_down = false;

  std::atomic<std::uint64_t> connections_opened{0};
  std::atomic<std::uint64_t> connections_reused{0};
};

namespace {

class RequestOp : public std::enable_shared_from_this<RequestOp> {
 public:
  RequestOp(HttpClient::Impl& client, OutboundRequest request, HttpCallbacks callbacks)
      : client_(client),
        strand_(net::make_strand(client.ioc)),
        timer_(client.ioc),
        resolver_(client.ioc),
        request_(std::move(request)),
        callbacks_(std::move(callbacks)),
        method_(request_.method.empty() ? "GET" : request_.method),
        body_(std::move(request_.body)),
        headers_(std::move(request_.headers)) {
    std::transform(method_.begin(), method_.end(), method_.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  }

  void Start() {
    net::post(strand_, [self = shared_from_this()] { self->BeginHop(); });
  }
  // Both may be called on any thread (through the gate); they hop onto the strand.
  void PostCancel() {
    net::post(strand_, [self = shared_from_this()] {
      self->Fail(HttpErrorKind::kCancelled, "cancelled by the caller");
    });
  }
  void PostResume() {
    net::post(strand_, [self = shared_from_this()] {
      if (self->done_ || !self->paused_) return;
      self->paused_ = false;
      self->ReadBody();
    });
  }
  // On the strand: complete with an error now.
  void Fail(HttpErrorKind kind, std::string message) {
    Complete(HttpError{kind, std::move(message)});
  }

 private:
  // ---- a hop: one URL, up to its response head ----

  void BeginHop() {
    if (done_) return;
    if (!url_) {
      url_ = ParseUrl(request_.url);
      if (!url_) return Fail(HttpErrorKind::kInvalidRequest, "invalid URL: " + request_.url);
    }
    proxy_.reset();
    if (request_.use_proxy) {
      if (const std::string proxy = client_.options.proxy->ProxyFor(UrlText()); !proxy.empty()) {
        // "host:port" without a scheme means an http:// proxy, as in curl.
        proxy_ = ParseUrl(proxy.find("://") == std::string::npos ? "http://" + proxy : proxy);
        if (!proxy_) return Fail(HttpErrorKind::kInvalidRequest, "invalid proxy URL");
        if (proxy_->scheme != "http") {
          return Fail(HttpErrorKind::kInvalidRequest, "only http:// proxies are supported");
        }
      }
    }
    if (url_->scheme == "https") {
      std::string error;
      tls_context_ = client_.TlsContext(request_.tls, tls_id_, error);
      if (!tls_context_) return Fail(HttpErrorKind::kInvalidRequest, "TLS material: " + error);
    }
    pool_key_ = url_->scheme + "|" + HostPort(*url_) + "|" +
                (proxy_ ? HostPort(*proxy_) + "|" + proxy_->userinfo : "-") + "|" +
                std::to_string(tls_id_);
    // A pooled tunnel's address is the proxy's: with a filter, a proxied request checks its target
    // on a new connection instead.
    const bool pool_usable = !(proxy_ && request_.address_filter);
    while (auto pooled = pool_usable ? client_.TakeIdle(pool_key_) : nullptr) {
      if (request_.address_filter && !request_.address_filter(pooled->remote_ip)) {
        pooled->Close();
        continue;
      }
      conn_ = std::move(pooled);
      reused_ = true;
      client_.connections_reused.fetch_add(1, std::memory_order_relaxed);
      return SendRequest();
    }
    NewConnection();
  }

  std::string UrlText() const { return url_->scheme + "://" + HostPort(*url_) + url_->target; }

  void NewConnection() {
    reused_ = false;
    ++attempt_;
    if (conn_) conn_->Close();
    ReleaseConnection();
    conn_ = std::make_unique<Connection>(client_.ioc);
    conn_->key = pool_key_;
    Arm(request_.connect_timeout, HttpErrorKind::kConnectTimeout, "connect");
    // Through a proxy the proxy resolves the target; with an address filter the target's name is
    // resolved here first and every address must pass (the conservative reading: the proxy may
    // pick any of them).
    checking_target_ = proxy_ && request_.address_filter && !IsIpLiteral(url_->host);
    Resolve(checking_target_ ? url_->host : (proxy_ ? proxy_->host : url_->host),
            proxy_ ? proxy_->port : url_->port);
  }

  void Resolve(const std::string& host, std::uint16_t port) {
    if (IsIpLiteral(host)) return OnResolved({host}, {});
    if (client_.options.resolver) {
      std::weak_ptr<RequestOp> weak = weak_from_this();
      const std::shared_ptr<Gate> gate = client_.gate;
      const int attempt = attempt_;
      client_.options.resolver(
          host, [weak, gate, attempt](std::vector<std::string> addresses, std::string error) {
            std::lock_guard lock(gate->mutex);
            if (!gate->open) return;
            if (auto self = weak.lock()) {
              net::post(self->strand_, [self, attempt, addresses = std::move(addresses),
                                        error = std::move(error)]() mutable {
                if (self->done_ || self->attempt_ != attempt) return;
                self->OnResolved(std::move(addresses), std::move(error));
              });
            }
          });
      return;
    }
    resolver_.async_resolve(
        host, std::to_string(port),
        net::bind_executor(strand_, [self = shared_from_this(), attempt = attempt_](
                                        const error_code& ec, tcp::resolver::results_type results) {
          if (self->done_ || self->attempt_ != attempt) return;
          std::vector<std::string> addresses;
          for (const auto& entry : results) {
            addresses.push_back(entry.endpoint().address().to_string());
          }
          self->OnResolved(std::move(addresses), ec ? ec.message() : std::string());
        }));
  }

  void OnResolved(std::vector<std::string> addresses, std::string error) {
    if (done_) return;
    if (checking_target_) {
      checking_target_ = false;
      if (addresses.empty()) {
        return Fail(HttpErrorKind::kDns,
                    "cannot resolve " + url_->host + (error.empty() ? "" : ": " + error));
      }
      for (const auto& address : addresses) {
        if (!request_.address_filter(address)) {
          return Fail(HttpErrorKind::kRefusedAddress,
                      "address refused for " + url_->host + ": " + address);
        }
      }
      return Resolve(proxy_->host, proxy_->port);
    }
    const Url& peer = proxy_ ? *proxy_ : *url_;
    if (addresses.empty()) {
      return Fail(HttpErrorKind::kDns,
                  "cannot resolve " + peer.host + (error.empty() ? "" : ": " + error));
    }
    // The address filter is about the target (a name through a proxy was checked above).
    if (request_.address_filter) {
      if (proxy_) {
        if (IsIpLiteral(url_->host) && !request_.address_filter(url_->host)) {
          return Fail(HttpErrorKind::kRefusedAddress, "address refused: " + url_->host);
        }
      } else {
        std::vector<std::string> allowed;
        for (auto& address : addresses) {
          if (request_.address_filter(address)) allowed.push_back(std::move(address));
        }
        if (allowed.empty()) {
          return Fail(HttpErrorKind::kRefusedAddress,
                      "address refused for " + url_->host + ": " + addresses.front());
        }
        addresses = std::move(allowed);
      }
    }
    addresses_ = std::move(addresses);
    last_connect_error_.clear();
    ConnectTo(0);
  }

  void ConnectTo(std::size_t index) {
    if (done_) return;
    const Url& peer = proxy_ ? *proxy_ : *url_;
    if (index >= addresses_.size()) {
      return Fail(HttpErrorKind::kConnect,
                  "cannot connect to " + HostPort(peer) + ": " + last_connect_error_);
    }
    error_code ec;
    const auto address = net::ip::make_address(addresses_[index], ec);
    if (ec) {
      last_connect_error_ = "bad address " + addresses_[index];
      return ConnectTo(index + 1);
    }
    const tcp::endpoint endpoint(address, peer.port);
    conn_->socket.close(ec);
    conn_->socket.open(endpoint.protocol(), ec);
    if (ec) {
      last_connect_error_ = ec.message();
      return ConnectTo(index + 1);
    }
    client_.connections_opened.fetch_add(1, std::memory_order_relaxed);
    conn_->socket.async_connect(
        endpoint, net::bind_executor(strand_, [self = shared_from_this(), index,
                                               attempt = attempt_](const error_code& ec) {
          if (self->done_ || self->attempt_ != attempt) return;
          if (ec) {
            self->last_connect_error_ = ec.message();
            return self->ConnectTo(index + 1);
          }
          self->OnConnected(index);
        }));
  }

  void OnConnected(std::size_t index) {
    error_code ignored;
    conn_->socket.set_option(tcp::no_delay(true), ignored);
    conn_->remote_ip = addresses_[index];
    if (proxy_ && url_->scheme == "https") return SendConnect();
    Disarm();
    if (url_->scheme == "https") return StartTls();
    SendRequest();
  }

  // ---- CONNECT tunnel through an https proxy ----

  void SendConnect() {
    connect_request_ = {};
    connect_request_.method(http::verb::connect);
    connect_request_.target(HostPort(*url_));
    connect_request_.version(11);
    connect_request_.set(http::field::host, HostPort(*url_));
    if (!proxy_->userinfo.empty()) {
      connect_request_.set(http::field::proxy_authorization,
                           "Basic " + Base64(PercentDecode(proxy_->userinfo)));
    }
    http::async_write(
        conn_->socket, connect_request_,
        net::bind_executor(strand_, [self = shared_from_this()](const error_code& ec, std::size_t) {
          if (self->done_) return;
          if (ec) return self->Fail(HttpErrorKind::kProxy, "CONNECT: " + ec.message());
          self->ReadConnectReply();
        }));
  }

  void ReadConnectReply() {
    connect_parser_.emplace();
    connect_parser_->skip(true);  // a 2xx to CONNECT has no body
    http::async_read(
        conn_->socket, conn_->buffer, *connect_parser_,
        net::bind_executor(strand_, [self = shared_from_this()](const error_code& ec, std::size_t) {
          if (self->done_) return;
          if (ec) {
            return self->Fail(HttpErrorKind::kProxy, "CONNECT reply: " + ec.message());
          }
          const unsigned status = self->connect_parser_->get().result_int();
          if (status / 100 != 2) {
            return self->Fail(HttpErrorKind::kProxy,
                              "proxy refused CONNECT with " + std::to_string(status));
          }
          if (self->conn_->buffer.size() > 0) {
            return self->Fail(HttpErrorKind::kProxy, "proxy sent data before TLS");
          }
          self->Disarm();
          self->StartTls();
        }));
  }

  // ---- TLS ----

  void StartTls() {
    conn_->tls_context = tls_context_;
    conn_->tls =
        std::make_unique<ssl::stream<tcp::socket>>(std::move(conn_->socket), *tls_context_);
    SSL* ssl_handle = conn_->tls->native_handle();
    const bool ip_host = IsIpLiteral(url_->host);
    if (!ip_host) SSL_set_tlsext_host_name(ssl_handle, url_->host.c_str());
    if (request_.tls.verify) {
      if (ip_host) {
        X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl_handle), url_->host.c_str());
      } else {
        SSL_set1_host(ssl_handle, url_->host.c_str());
      }
    }
    Arm(request_.tls_timeout, HttpErrorKind::kTlsTimeout, "TLS handshake");
    conn_->tls->async_handshake(
        ssl::stream_base::client,
        net::bind_executor(strand_, [self = shared_from_this()](const error_code& ec) {
          if (self->done_) return;
          if (ec) {
            std::string message = "TLS handshake with " + self->url_->host + ": " + ec.message();
            const long verify = SSL_get_verify_result(self->conn_->tls->native_handle());
            if (verify != X509_V_OK) {
              message += " (certificate: ";
              message += X509_verify_cert_error_string(verify);
              message += ")";
            }
            return self->Fail(HttpErrorKind::kTls, std::move(message));
          }
          self->Disarm();
          self->SendRequest();
        }));
  }

  template <class F>
  void WithStream(F&& f) {
    if (conn_->tls) {
      f(*conn_->tls);
    } else {
      f(conn_->socket);
    }
  }

  // ---- request and response head ----

  void SendRequest() {
    request_message_ = {};
    request_message_.method_string(method_);
    const bool absolute = proxy_ && url_->scheme == "http";
    request_message_.target(absolute ? UrlText() : url_->target);
    request_message_.version(11);
    request_message_.set(http::field::host, HostHeader(*url_));
    bool has_user_agent = false;
    for (const auto& [name, value] : headers_) {
      const auto field = http::string_to_field(name);
      if (field == http::field::host || field == http::field::content_length ||
          field == http::field::connection || field == http::field::transfer_encoding) {
        continue;
      }
      if (field == http::field::user_agent) has_user_agent = true;
      request_message_.insert(name, value);
    }
    if (!has_user_agent) request_message_.set(http::field::user_agent, "openclaw-gateway");
    if (absolute && !proxy_->userinfo.empty()) {
      request_message_.set(http::field::proxy_authorization,
                           "Basic " + Base64(PercentDecode(proxy_->userinfo)));
    }
    request_message_.body() = body_;
    if (!body_.empty() || method_ == "POST" || method_ == "PUT" || method_ == "PATCH") {
      request_message_.prepare_payload();
    }
    request_message_.keep_alive(true);
    Arm(request_.first_byte_timeout, HttpErrorKind::kFirstByteTimeout, "response header");
    WithStream([&](auto& stream) {
      http::async_write(stream, request_message_,
                        net::bind_executor(strand_, [self = shared_from_this()](
                                                        const error_code& ec, std::size_t) {
                          if (self->done_) return;
                          if (ec && self->conn_->tls && !self->reused_) {
                            // A TLS 1.3 server that refuses us after the handshake (say, no
                            // client certificate) has sent an alert before closing: read it.
                            self->write_error_ = ec;
                            return self->ReadHead();
                          }
                          if (ec) return self->OnHeadError(ec, "sending the request");
                          self->ReadHead();
                        }));
    });
  }

  void ReadHead() {
    parser_.emplace();
    parser_->header_limit(kHeaderLimit);
    // Our own cap (max_body_bytes) applies instead. Not boost::none: Boost 1.74 compares
    // `len > body_limit_` against the empty optional and fails every sized body.
    parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
    if (method_ == "HEAD") parser_->skip(true);
    WithStream([&](auto& stream) {
      http::async_read_header(stream, conn_->buffer, *parser_,
                              net::bind_executor(strand_, [self = shared_from_this()](
                                                              const error_code& ec, std::size_t) {
                                if (self->done_) return;
                                if (ec) return self->OnHeadError(ec, "reading the response header");
                                self->OnHead();
                              }));
    });
  }

  void OnHeadError(const error_code& ec, const char* what) {
    // A pooled connection the server closed meanwhile: once, on a fresh connection.
    if (reused_ && !retried_ && (!parser_ || !parser_->got_some())) {
      retried_ = true;
      return NewConnection();
    }
    // A TLS alert after the handshake (TLS 1.3 servers reject a client certificate only now).
    const bool tls = ec.category() == net::error::get_ssl_category();
    if (write_error_ && !tls) {
      return Fail(HttpErrorKind::kProtocol, "sending the request: " + write_error_.message());
    }
    Fail(tls ? HttpErrorKind::kTls : HttpErrorKind::kProtocol,
         std::string(what) + ": " + ec.message());
  }

  void OnHead() {
    const auto& message = parser_->get();
    const int status = static_cast<int>(message.result_int());
    if (status >= 100 && status < 200 && status != 101) return ReadHead();  // interim response
    Disarm();
    if (request_.max_redirects > 0 && IsRedirect(status)) {
      if (auto location = message.find(http::field::location); location != message.end()) {
        return Redirect(status, std::string(location->value()));
      }
    }
    HttpResponseHead head;
    head.status = status;
    head.reason = std::string(message.reason());
    for (const auto& field : message) {
      head.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    }
    head.url = UrlText();
    head.redirects = hop_;
    if (const auto length = parser_->content_length();
        request_.max_body_bytes && length && *length > *request_.max_body_bytes) {
      return Fail(HttpErrorKind::kTooLarge,
                  "Content-Length " + std::to_string(*length) + " over the " +
                      std::to_string(*request_.max_body_bytes) + "-byte limit");
    }
    if (callbacks_.on_head) callbacks_.on_head(head);
    if (done_) return;
    body_buffer_ = std::make_unique<char[]>(kBodyBufferSize);
    ReadBody();
  }

  static bool IsRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  void Redirect(int status, const std::string& location) {
    if (hop_ >= request_.max_redirects) {
      return Fail(HttpErrorKind::kTooManyRedirects,
                  "more than " + std::to_string(request_.max_redirects) + " redirects");
    }
    auto next = ResolveLocation(*url_, location);
    if (!next) return Fail(HttpErrorKind::kProtocol, "redirect to an invalid Location");
    // 303 (and 301/302 after a POST, as browsers and curl do) become a GET without a body;
    // 307/308 repeat the request as it was.
    if (status == 303 ? method_ != "HEAD" : (status == 301 || status == 302) && method_ == "POST") {
      method_ = "GET";
      body_.clear();
      std::erase_if(headers_, [](const auto& header) {
        const auto field = http::string_to_field(header.first);
        return field == http::field::content_type || field == http::field::content_length;
      });
    }
    // Credentials do not follow a redirect to another origin.
    if (!SameOrigin(*url_, *next)) {
      std::erase_if(headers_, [](const auto& header) {
        const auto field = http::string_to_field(header.first);
        return field == http::field::authorization || field == http::field::cookie ||
               field == http::field::proxy_authorization;
      });
    }
    // The redirect's own body is not read: keep the connection only when it had none.
    if (parser_->is_done() && parser_->keep_alive()) {
      client_.PutIdle(std::move(conn_));
    } else if (conn_) {
      conn_->Close();
    }
    ReleaseConnection();
    url_ = std::move(next);
    ++hop_;
    retried_ = false;
    BeginHop();
  }

  // Keeps the (closed) connection object alive until this op dies: handlers of operations still
  // outstanding on it may run after this point.
  void ReleaseConnection() {
    if (conn_) retired_.push_back(std::move(conn_));
  }

  // ---- body ----

  void ReadBody() {
    if (done_) return;
    if (parser_->is_done()) return Succeed();
    parser_->get().body().data = body_buffer_.get();
    parser_->get().body().size = kBodyBufferSize;
    parser_->get().body().more = true;
    Arm(request_.idle_timeout, HttpErrorKind::kIdleTimeout, "response body");
    WithStream([&](auto& stream) {
      http::async_read_some(
          stream, conn_->buffer, *parser_,
          net::bind_executor(strand_, [self = shared_from_this()](error_code ec, std::size_t) {
            self->OnBody(ec);
          }));
    });
  }

  void OnBody(error_code ec) {
    if (done_) return;
    if (ec == http::error::need_buffer) ec = {};
    if (ec == ssl::error::stream_truncated && parser_->need_eof()) {
      // A server that closes without close_notify ends a body delimited by the connection's end.
      error_code eof_ec;
      parser_->put_eof(eof_ec);
      ec = eof_ec;
    }
    const std::size_t got = kBodyBufferSize - parser_->get().body().size;
    if (ec) {
      return Fail(HttpErrorKind::kProtocol, "connection lost in the response body after " +
                                                std::to_string(body_bytes_) +
                                                " bytes: " + ec.message());
    }
    Disarm();
    body_bytes_ += got;
    if (request_.max_body_bytes && body_bytes_ > *request_.max_body_bytes) {
      return Fail(
          HttpErrorKind::kTooLarge,
          "response body over the " + std::to_string(*request_.max_body_bytes) + "-byte limit");
    }
    ChunkAction action = ChunkAction::kContinue;
    if (got > 0 && callbacks_.on_chunk) {
      action = callbacks_.on_chunk(std::string_view(body_buffer_.get(), got));
    }
    if (done_) return;
    if (parser_->is_done()) return Succeed();
    if (action == ChunkAction::kPause) {
      paused_ = true;
      return;
    }
    ReadBody();
  }

  void Succeed() {
    if (parser_->keep_alive() && conn_ && conn_->buffer.size() == 0) {
      conn_->idle_since = Clock::now();
      client_.PutIdle(std::move(conn_));
    }
    Complete(std::nullopt);
  }

  // ---- timers and completion ----

  void Arm(std::chrono::milliseconds timeout, HttpErrorKind kind, const char* phase) {
    ++timer_generation_;
    if (timeout.count() <= 0) {
      timer_.cancel();
      return;
    }
    timer_.expires_after(timeout);
    timer_.async_wait(
        net::bind_executor(strand_, [self = shared_from_this(), generation = timer_generation_,
                                     kind, phase, timeout](const error_code& ec) {
          if (ec || self->done_ || generation != self->timer_generation_) return;
          self->Fail(kind, std::string(phase) + ": no progress within " +
                               std::to_string(timeout.count()) + " ms");
        }));
  }

  void Disarm() {
    ++timer_generation_;
    timer_.cancel();
  }

  void Complete(std::optional<HttpError> error) {
    if (done_) return;
    done_ = true;
    Disarm();
    resolver_.cancel();
    if (conn_) conn_->Close();
    ReleaseConnection();
    auto callbacks = std::move(callbacks_);
    callbacks_ = {};
    if (callbacks.on_complete) callbacks.on_complete(std::move(error));
    client_.Unregister(this);
  }

  HttpClient::Impl& client_;
  net::strand<net::io_context::executor_type> strand_;
  net::steady_timer timer_;
  tcp::resolver resolver_;
  OutboundRequest request_;
  HttpCallbacks callbacks_;

  // The request as sent on the current hop (redirects may change method, body and headers).
  std::string method_;
  std::string body_;
  HttpHeaders headers_;

  std::optional<Url> url_;
  std::optional<Url> proxy_;
  std::shared_ptr<ssl::context> tls_context_;
  std::uint64_t tls_id_ = 0;  // 0: plain http
  std::string pool_key_;
  int hop_ = 0;
  int attempt_ = 0;
  bool checking_target_ = false;  // resolving the target for the filter before the proxy  //
                                  // connection attempts (a stale pooled connection is retried once)
  bool reused_ = false;
  bool retried_ = false;
  bool done_ = false;
  bool paused_ = false;
  std::uint64_t timer_generation_ = 0;
  std::uint64_t body_bytes_ = 0;
  std::vector<std::string> addresses_;
  error_code write_error_;  // a failed request write whose TLS alert is still to be read
  std::string last_connect_error_;

  std::unique_ptr<Connection> conn_;
  std::vector<std::unique_ptr<Connection>> retired_;
  http::request<http::empty_body> connect_request_;
  std::optional<http::response_parser<http::empty_body>> connect_parser_;
  http::request<http::string_body> request_message_;
  std::optional<http::response_parser<http::buffer_body>> parser_;
  std::unique_ptr<char[]> body_buffer_;
};

// What a handle holds: a weak reference, reached through the client's gate.
class HandleControl final : public HttpRequestHandle::Control {
 public:
  HandleControl(std::weak_ptr<RequestOp> op, std::shared_ptr<Gate> gate)
      : op_(std::move(op)), gate_(std::move(gate)) {}
  void Cancel() override {
    std::lock_guard lock(gate_->mutex);
    if (!gate_->open) return;
    if (auto op = op_.lock()) op->PostCancel();
  }
  void Resume() override {
    std::lock_guard lock(gate_->mutex);
    if (!gate_->open) return;
    if (auto op = op_.lock()) op->PostResume();
  }

 private:
  std::weak_ptr<RequestOp> op_;
  std::shared_ptr<Gate> gate_;
};

}  // namespace

// ---- HttpClient::Impl ----

void HttpClient::Impl::Shutdown() {
  {
    std::lock_guard lock(gate->mutex);
    if (!gate->open) return;
    gate->open = false;
  }
  std::vector<std::shared_ptr<RequestOp>> running;
  {
    std::lock_guard lock(active_mutex);
    shut_down = true;
    for (auto& [raw, op] : active) running.push_back(op);
  }
  for (auto& op : running) op->PostCancel();
  running.clear();
  {
    std::lock_guard lock(pool_mutex);
    for (auto& [key, connections] : idle) {
      for (auto& connection : connections) connection->Close();
    }
    idle.clear();
    idle_count = 0;
  }
  work.reset();
  for (auto& thread : threads) thread.join();
  threads.clear();
}

std::shared_ptr<ssl::context> HttpClient::Impl::TlsContext(const TlsOptions& tls, std::uint64_t& id,
                                                           std::string& error) {
  std::string key;
  key.reserve(tls.ca_pem.size() + tls.client_cert_pem.size() + tls.client_key_pem.size() + 8);
  key += tls.verify ? 'v' : 'n';
  key += std::to_string(tls.ca_pem.size()) + ":" + tls.ca_pem;
  key += std::to_string(tls.client_cert_pem.size()) + ":" + tls.client_cert_pem;
  key += tls.client_key_pem;
  std::lock_guard lock(tls_mutex);
  if (auto found = tls_contexts.find(key); found != tls_contexts.end()) {
    id = found->second.second;
    return found->second.first;
  }
  try {
    auto context = std::make_shared<ssl::context>(ssl::context::tls_client);
    context->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                         ssl::context::no_sslv3 | ssl::context::no_tlsv1 |
                         ssl::context::no_tlsv1_1);
    if (tls.verify) {
      context->set_verify_mode(ssl::verify_peer);
      if (tls.ca_pem.empty()) {
        context->set_default_verify_paths();
      } else {
        context->add_certificate_authority(net::buffer(tls.ca_pem));
      }
    } else {
      context->set_verify_mode(ssl::verify_none);
    }
    if (!tls.client_cert_pem.empty()) {
      context->use_certificate_chain(net::buffer(tls.client_cert_pem));
      context->use_private_key(net::buffer(tls.client_key_pem), ssl::context::pem);
    }
    // A handful of distinct TLS configurations is expected; bound the cache all the same.
    if (tls_contexts.size() >= 64) tls_contexts.clear();
    id = next_tls_id++;
    tls_contexts.emplace(key, std::pair{context, id});
    return context;
  } catch (const std::exception& e) {
    error = e.what();
    return nullptr;
  }
}

std::unique_ptr<Connection> HttpClient::Impl::TakeIdle(const std::string& key) {
  std::lock_guard lock(pool_mutex);
  auto found = idle.find(key);
  if (found == idle.end()) return nullptr;
  auto& connections = found->second;
  const auto now = Clock::now();
  while (!connections.empty()) {
    // Most recently used first: the likeliest to be alive.
    auto connection = std::move(connections.back());
    connections.pop_back();
    --idle_count;
    if (now - connection->idle_since < options.idle_keepalive && connection->LooksAlive()) {
      if (connections.empty()) idle.erase(found);
      return connection;
    }
    connection->Close();
  }
  idle.erase(found);
  return nullptr;
}

void HttpClient::Impl::PutIdle(std::unique_ptr<Connection> connection) {
  if (!connection) return;
  connection->idle_since = Clock::now();
  std::unique_ptr<Connection> evicted;
  std::lock_guard lock(pool_mutex);
  if (shut_down) {
    connection->Close();
    return;
  }
  // Expired connections go first; then, at a cap, the oldest of that host or of all.
  const auto now = Clock::now();
  for (auto it = idle.begin(); it != idle.end();) {
    auto& list = it->second;
    while (!list.empty() && now - list.front()->idle_since >= options.idle_keepalive) {
      list.front()->Close();
      list.pop_front();
      --idle_count;
    }
    it = list.empty() ? idle.erase(it) : std::next(it);
  }
  auto& list = idle[connection->key];
  if (list.size() >= options.max_idle_per_host) {
    list.front()->Close();
    list.pop_front();
    --idle_count;
  }
  if (idle_count >= options.max_idle_total) {
    auto oldest = idle.end();
    for (auto it = idle.begin(); it != idle.end(); ++it) {
      if (it->second.empty()) continue;
      if (oldest == idle.end() ||
          it->second.front()->idle_since < oldest->second.front()->idle_since)
        oldest = it;
    }
    if (oldest != idle.end()) {
      oldest->second.front()->Close();
      oldest->second.pop_front();
      --idle_count;
    }
  }
  if (options.max_idle_per_host == 0 || options.max_idle_total == 0) {
    connection->Close();
    return;
  }
  list.push_back(std::move(connection));
  ++idle_count;
}

void HttpClient::Impl::Unregister(RequestOp* op) {
  std::shared_ptr<RequestOp> keep;  // released after the lock
  std::lock_guard lock(active_mutex);
  if (auto found = active.find(op); found != active.end()) {
    keep = std::move(found->second);
    active.erase(found);
  }
}

// ---- HttpClient ----

HttpClient::HttpClient() : HttpClient(Options{}) {}
HttpClient::HttpClient(Options options) : impl_(std::make_shared<Impl>(std::move(options))) {}
HttpClient::~HttpClient() { impl_->Shutdown(); }

HttpRequestHandle HttpClient::Start(OutboundRequest request, HttpCallbacks callbacks) {
  std::unique_lock lock(impl_->active_mutex);
  if (impl_->shut_down) {
    lock.unlock();
    if (callbacks.on_complete) {
      callbacks.on_complete(HttpError{HttpErrorKind::kCancelled, "the client has shut down"});
    }
    return {};
  }
  auto op = std::make_shared<RequestOp>(*impl_, std::move(request), std::move(callbacks));
  impl_->active.emplace(op.get(), op);
  lock.unlock();
  op->Start();
  return HttpRequestHandle(std::make_shared<HandleControl>(op, impl_->gate));
}

HttpRequestHandle HttpClient::Fetch(OutboundRequest request,
                                    std::function<void(FetchResult)> done) {
  if (!request.max_body_bytes) request.max_body_bytes = kDefaultFetchLimit;
  auto result = std::make_shared<FetchResult>();
  HttpCallbacks callbacks;
  callbacks.on_head = [result](const HttpResponseHead& head) { result->head = head; };
  callbacks.on_chunk = [result](std::string_view chunk) {
    result->body.append(chunk);
    return ChunkAction::kContinue;
  };
  callbacks.on_complete = [result, done = std::move(done)](std::optional<HttpError> error) {
    result->error = std::move(error);
    if (done) done(std::move(*result));
  };
  return Start(std::move(request), std::move(callbacks));
}

HttpClient::Stats HttpClient::stats() const {
  Stats stats;
  stats.connections_opened = impl_->connections_opened.load(std::memory_order_relaxed);
  stats.connections_reused = impl_->connections_reused.load(std::memory_order_relaxed);
  {
    std::lock_guard lock(impl_->pool_mutex);
    stats.idle_connections = impl_->idle_count;
  }
  std::lock_guard lock(impl_->active_mutex);
  stats.active_requests = impl_->active.size();
  return stats;
}

}  // namespace gateway::transport
