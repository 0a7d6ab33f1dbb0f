#include "fake_gateway.hpp"

#include <sys/socket.h>

#include <atomic>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <utility>  // before Asio (GCC 12 + Boost 1.74)
#include <vector>

#include "gateway/proto/frames.hpp"

namespace gateway::client::test {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;
using nlohmann::json;
using Ws = websocket::stream<tcp::socket>;

std::optional<std::string> ReadMessage(Ws& ws) {
  beast::flat_buffer buffer;
  beast::error_code ec;
  ws.read(buffer, ec);
  if (ec) return std::nullopt;
  return beast::buffers_to_string(buffer.data());
}

void SendJson(Ws& ws, const json& frame) {
  beast::error_code ec;
  ws.text(true);
  ws.write(net::buffer(frame.dump()), ec);
}

json Response(const json& id, const json& payload) {
  return {{"type", "res"}, {"id", id}, {"ok", true}, {"payload", payload}};
}

json ErrorResponse(const json& id, const std::string& code, const std::string& message,
                   const json& details = nullptr) {
  json error = {{"code", code}, {"message", message}};
  if (!details.is_null()) error["details"] = details;
  return {{"type", "res"}, {"id", id}, {"ok", false}, {"error", error}};
}

json HelloOk(const proto::ConnectParams& params, bool extras) {
  json hello = {
      {"type", "hello-ok"},
      {"protocol", 4},
      {"server", {{"version", "test"}, {"connId", "conn-1"}}},
      {"features", {{"methods", {"echo", "hold", "flush"}}, {"events", {"test.event"}}}},
      {"snapshot",
       {{"presence", json::array()},
        {"health", json::object()},
        {"stateVersion", {{"presence", 0}, {"health", 0}}},
        {"uptimeMs", 0}}},
      {"auth",
       {{"role", params.role.value_or("operator")},
        {"scopes", params.scopes.value_or(std::vector<std::string>{})}}},
      {"policy",
       {{"maxPayload", 26214400}, {"maxBufferedBytes", 52428800}, {"tickIntervalMs", 30000}}},
  };
  if (extras) {
    hello["controlUiLinkReaders"] = json::array();
    hello["auth"]["method"] = "token";
  }
  return hello;
}

}  // namespace

class FakeGateway::Impl {
 public:
  Impl() : acceptor_(ioc_, tcp::endpoint(net::ip::address_v4::loopback(), 0)) {
    port_ = acceptor_.local_endpoint().port();
    accept_thread_ = std::thread([this] { AcceptLoop(); });
  }

  ~Impl() {
    stopping_ = true;
    ::shutdown(acceptor_.native_handle(), SHUT_RDWR);
    accept_thread_.join();
    std::vector<std::thread> sessions;
    {
      std::lock_guard lock(mutex_);
      for (int fd : live_fds_) ::shutdown(fd, SHUT_RDWR);
      sessions.swap(sessions_);
    }
    for (auto& session : sessions) session.join();
  }

  std::uint16_t port_ = 0;
  mutable std::mutex mutex_;
  json last_connect_;
  std::string last_origin_;
  std::atomic<int> pongs_{0};
  std::atomic<int> last_client_close_code_{0};

 private:
  void AcceptLoop() {
    for (;;) {
      tcp::socket socket(ioc_);
      beast::error_code ec;
      acceptor_.accept(socket, ec);
      if (ec || stopping_) return;
      std::lock_guard lock(mutex_);
      live_fds_.insert(socket.native_handle());
      sessions_.emplace_back([this, s = std::move(socket)]() mutable { Session(std::move(s)); });
    }
  }

  // Forgets the descriptor before closing it, so shutdown never hits a reused number.
  void Release(tcp::socket& socket) {
    std::lock_guard lock(mutex_);
    live_fds_.erase(socket.native_handle());
    beast::error_code ignored;
    socket.close(ignored);
  }

  void Session(tcp::socket socket) {
    beast::flat_buffer buffer;
    http::request<http::string_body> request;
    beast::error_code ec;
    http::read(socket, buffer, request, ec);
    if (ec) return Release(socket);
    {
      std::lock_guard lock(mutex_);
      last_origin_ = std::string(request[http::field::origin]);
    }
    std::string target(request.target());
    if (target == "/forbidden") {
      http::response<http::string_body> response{http::status::forbidden, request.version()};
      response.body() = "no";
      response.prepare_payload();
      http::write(socket, response, ec);
      return Release(socket);
    }
    if (target == "/hang") {
      char byte = 0;
      socket.read_some(net::buffer(&byte, 1), ec);  // until the client gives up
      return Release(socket);
    }
    Ws ws(std::move(socket));
    ws.read_message_max(64 * 1024 * 1024);
    ws.control_callback([this](websocket::frame_type kind, beast::string_view) {
      if (kind == websocket::frame_type::pong) ++pongs_;
    });
    ws.accept(request, ec);
    if (!ec) {
      if (target == "/raw") {
        RawLoop(ws);
      } else if (target == "/silent") {
        while (ReadMessage(ws)) {
        }
      } else {
        ProtocolLoop(ws);
      }
      if (ws.reason().code != 0) last_client_close_code_ = ws.reason().code;
    }
    Release(ws.next_layer());
  }

  void RawLoop(Ws& ws) {
    for (;;) {
      beast::flat_buffer buffer;
      beast::error_code ec;
      ws.read(buffer, ec);
      if (ec) return;
      bool binary = ws.got_binary();
      std::string text = beast::buffers_to_string(buffer.data());
      if (!binary && text.starts_with("close:")) {
        auto colon = text.find(':', 6);
        int code = std::stoi(text.substr(6, colon - 6));
        std::string reason = colon == std::string::npos ? "" : text.substr(colon + 1);
        ws.close(websocket::close_reason(static_cast<websocket::close_code>(code), reason), ec);
        ReadMessage(ws);  // until the close handshake finishes
        return;
      }
      if (!binary && text == "drop") return;
      if (!binary && text == "ping") {
        ws.ping("p", ec);
        continue;
      }
      ws.binary(binary);
      if (!binary && text == "pongs?") {
        ws.write(net::buffer("pongs=" + std::to_string(pongs_.load())), ec);
      } else if (!binary && text.starts_with("big:")) {
        ws.write(net::buffer(std::string(std::stoul(text.substr(4)), 'x')), ec);
      } else {
        ws.write(net::buffer(text), ec);
      }
    }
  }

  void ProtocolLoop(Ws& ws) {
    SendJson(ws, {{"type", "event"},
                  {"event", "connect.challenge"},
                  {"payload", {{"nonce", "nonce-1"}, {"ts", 1700000000000}}}});
    std::optional<std::string> text = ReadMessage(ws);
    if (!text) return;
    json connect = json::parse(*text, nullptr, false);
    {
      std::lock_guard lock(mutex_);
      last_connect_ = connect;
    }
    proto::ConnectParams params;
    try {
      params = wire::Decode<proto::ConnectParams>(connect.at("params"));
    } catch (const std::exception& e) {
      std::string message = std::string("invalid connect params: ") + e.what();
      SendJson(ws, ErrorResponse(connect.value("id", json("invalid")), "INVALID_REQUEST", message));
      beast::error_code ec;
      ws.close(websocket::close_reason(websocket::close_code::policy_error, message.substr(0, 120)),
               ec);
      return;
    }
    std::string token = params.auth && params.auth->token ? *params.auth->token : "";
    if (token == "slam") {
      beast::error_code ec;
      ws.close(websocket::close_reason(websocket::close_code::policy_error, "invalid-handshake"),
               ec);
      ReadMessage(ws);
      return;
    }
    if (token == "wrong") {
      std::string message = "unauthorized: gateway token mismatch";
      SendJson(ws,
               ErrorResponse(connect["id"], "INVALID_REQUEST", message,
                             {{"code", "AUTH_TOKEN_MISMATCH"}, {"authReason", "token_mismatch"}}));
      beast::error_code ec;
      ws.close(websocket::close_reason(websocket::close_code::policy_error, message), ec);
      ReadMessage(ws);
      return;
    }
    SendJson(ws, Response(connect["id"], HelloOk(params, token == "extras")));

    std::vector<json> held;
    for (;;) {
      text = ReadMessage(ws);
      if (!text) return;
      json request = json::parse(*text, nullptr, false);
      if (!request.is_object()) continue;
      if (!request.contains("id")) {
        SendJson(ws, ErrorResponse("invalid", "INVALID_REQUEST",
                                   "invalid request frame: must have required property 'id'"));
        continue;
      }
      const json& id = request["id"];
      std::string method = request.value("method", "");
      json request_params = request.value("params", json::object());
      if (method == "echo") {
        SendJson(ws, Response(id, {{"id", id}, {"method", method}, {"params", request_params}}));
      } else if (method == "hold") {
        held.push_back(request);
      } else if (method == "flush") {
        for (auto it = held.rbegin(); it != held.rend(); ++it) {
          SendJson(ws, Response((*it)["id"], {{"id", (*it)["id"]}, {"params", (*it)["params"]}}));
        }
        SendJson(ws, Response(id, {{"released", held.size()}}));
        held.clear();
      } else if (method == "never") {
      } else if (method == "events") {
        for (const json& seq : request_params.at("seqs")) {
          SendJson(ws, {{"type", "event"},
                        {"event", "test.event"},
                        {"payload", {{"n", seq}}},
                        {"seq", seq}});
        }
        SendJson(ws, Response(id, {{"sent", request_params.at("seqs").size()}}));
      } else if (method == "accepted") {
        SendJson(ws, Response(id, {{"status", "accepted"}, {"runId", "run-1"}}));
        SendJson(ws, Response(id, {{"status", "ok"}, {"runId", "run-1"}}));
      } else if (method == "fail") {
        SendJson(ws,
                 ErrorResponse(id, "FORBIDDEN", "missing scope: operator.admin",
                               {{"code", "MISSING_SCOPE"}, {"missingScope", "operator.admin"}}));
      } else if (method == "close") {
        SendJson(ws, Response(id, json::object()));
        beast::error_code ec;
        ws.close(websocket::close_reason(
                     static_cast<websocket::close_code>(request_params.at("code").get<int>()),
                     request_params.at("reason").get<std::string>()),
                 ec);
        ReadMessage(ws);
        return;
      } else if (method == "drop") {
        return;
      } else {
        SendJson(ws, ErrorResponse(id, "INVALID_REQUEST", "unknown method: " + method));
      }
    }
  }

  net::io_context ioc_;
  tcp::acceptor acceptor_;
  std::thread accept_thread_;
  std::atomic<bool> stopping_{false};
  std::set<int> live_fds_;
  std::vector<std::thread> sessions_;
};

FakeGateway::FakeGateway() : impl_(std::make_unique<Impl>()) {}
FakeGateway::~FakeGateway() = default;

std::uint16_t FakeGateway::port() const { return impl_->port_; }

std::string FakeGateway::Url(std::string_view path) const {
  return "ws://127.0.0.1:" + std::to_string(impl_->port_) + std::string(path);
}

nlohmann::json FakeGateway::last_connect() const {
  std::lock_guard lock(impl_->mutex_);
  return impl_->last_connect_;
}

std::string FakeGateway::last_origin() const {
  std::lock_guard lock(impl_->mutex_);
  return impl_->last_origin_;
}

int FakeGateway::pongs() const { return impl_->pongs_.load(); }

int FakeGateway::last_client_close_code() const { return impl_->last_client_close_code_.load(); }

}  // namespace gateway::client::test
