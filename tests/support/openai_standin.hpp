// A stand-in OpenAI Chat Completions server on loopback (cpp-httplib) for run tests: it streams
// SSE replies (text chunks, a stop chunk, a usage chunk, [DONE]), a tool call (name and arguments
// in pieces, finish_reason tool_calls), a reply cut by the output budget (finish_reason length),
// answers 401 / 429 with the API's error bodies, or streams slowly until the client hangs up (for
// aborts and timeouts) — per model, or for any request whose last user message starts with
// "slow". Link PkgConfig::HTTPLIB.
#pragma once

#include <httplib.h>

#include <chrono>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace gateway::testing {

inline constexpr const char* kStandinApiKey = "sk-standin-secret-4242";

class OpenAiStandin {
 public:
  enum class Behaviour {
    kReply,
    kToolCall,
    kToolCalls,  // several calls in one response: pieces = name, arguments, name, arguments, …
    kLength,
    kUnauthorized,
    kRateLimited,
    kSlowForever
  };

  OpenAiStandin() {
    server_.Post("/v1/chat/completions",
                 [this](const httplib::Request& req, httplib::Response& res) { Handle(req, res); });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~OpenAiStandin() {
    server_.stop();
    thread_.join();
  }

  std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/v1"; }
  // How requests for `model` are answered; kReply and kLength stream `pieces` ("Hel", "lo ",
  // "there"); kToolCall calls tool pieces[0] with the arguments pieces[1..] (streamed in parts).
  void Set(const std::string& model, Behaviour behaviour, std::vector<std::string> pieces = {}) {
    std::lock_guard lock(mutex_);
    scripts_[model] = {behaviour, std::move(pieces)};
  }
  // The next requests for `model` are answered by the queued scripts, in order, before Set's.
  void Queue(const std::string& model, Behaviour behaviour, std::vector<std::string> pieces = {}) {
    std::lock_guard lock(mutex_);
    queued_[model].push_back({behaviour, std::move(pieces)});
  }
  // A pause between two streamed reply pieces (5 ms unless set): a slowly typing model.
  void SetPieceDelay(std::chrono::milliseconds delay) {
    std::lock_guard lock(mutex_);
    piece_delay_ = delay;
  }
  std::vector<nlohmann::json> requests() {
    std::lock_guard lock(mutex_);
    return requests_;
  }
  std::vector<std::string> auth_headers() {
    std::lock_guard lock(mutex_);
    return auth_headers_;
  }
  // When the last slow stream found its client gone.
  std::optional<std::chrono::steady_clock::time_point> hung_up_at() {
    std::lock_guard lock(mutex_);
    return hung_up_at_;
  }
  // The last user message of a request body.
  static std::string LastUserText(const nlohmann::json& body) {
    const auto messages = body.find("messages");
    if (messages == body.end() || !messages->is_array()) return "";
    for (auto it = messages->rbegin(); it != messages->rend(); ++it) {
      if (it->value("role", "") == "user" && (*it)["content"].is_string()) {
        return (*it)["content"].get<std::string>();
      }
    }
    return "";
  }

 private:
  struct Script {
    Behaviour behaviour = Behaviour::kReply;
    std::vector<std::string> pieces;
  };

  static std::string Sse(const nlohmann::json& chunk) { return "data: " + chunk.dump() + "\n\n"; }
  static nlohmann::json Choice(nlohmann::json delta, nlohmann::json finish = nullptr) {
    nlohmann::json choice = {{"index", 0}, {"delta", std::move(delta)}};
    if (!finish.is_null()) choice["finish_reason"] = std::move(finish);
    return {{"id", "c1"}, {"object", "chat.completion.chunk"}, {"choices", {choice}}};
  }

  void Handle(const httplib::Request& req, httplib::Response& res) {
    const nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
    Script script;
    std::size_t request_number = 0;
    {
      std::lock_guard lock(mutex_);
      requests_.push_back(body);
      auth_headers_.push_back(req.get_header_value("Authorization"));
      const std::string model = body.is_object() ? body.value("model", "") : "";
      auto it = scripts_.find(model);
      if (it != scripts_.end()) script = it->second;
      if (auto queued = queued_.find(model); queued != queued_.end() && !queued->second.empty()) {
        script = queued->second.front();
        queued->second.erase(queued->second.begin());
      }
      request_number = requests_.size();
    }
    if (body.is_object() && LastUserText(body).starts_with("slow")) {
      script.behaviour = Behaviour::kSlowForever;
    }
    switch (script.behaviour) {
      case Behaviour::kUnauthorized:
        res.status = 401;
        res.set_content(
            R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}})",
            "application/json");
        return;
      case Behaviour::kRateLimited:
        res.status = 429;
        res.set_header("Retry-After", "1");
        res.set_content(
            R"({"error":{"message":"Rate limit reached for requests","type":"requests","code":"rate_limit_exceeded"}})",
            "application/json");
        return;
      case Behaviour::kSlowForever:
        return StreamSlowly(res);
      case Behaviour::kToolCall:
        return StreamToolCall(res, script.pieces);
      case Behaviour::kToolCalls:
        return StreamToolCalls(res, script.pieces, request_number);
      case Behaviour::kReply:
      case Behaviour::kLength:
        return StreamReply(
            res,
            script.pieces.empty() ? std::vector<std::string>{"Hel", "lo ", "there"} : script.pieces,
            script.behaviour == Behaviour::kLength ? "length" : "stop");
    }
  }

  static void WriteTail(httplib::DataSink& sink, const char* finish_reason) {
    const nlohmann::json usage = {{"id", "c1"},
                                  {"choices", nlohmann::json::array()},
                                  {"usage",
                                   {{"prompt_tokens", 12},
                                    {"completion_tokens", 3},
                                    {"total_tokens", 15},
                                    {"prompt_tokens_details", {{"cached_tokens", 4}}}}}};
    for (const auto& tail : {Sse(Choice(nlohmann::json::object(), finish_reason)), Sse(usage),
                             std::string("data: [DONE]\n\n")}) {
      sink.write(tail.data(), tail.size());
    }
    sink.done();
  }

  void StreamToolCall(httplib::Response& res, std::vector<std::string> pieces) {
    res.set_chunked_content_provider(
        "text/event-stream", [pieces](std::size_t, httplib::DataSink& sink) {
          const std::string head =
              Sse(Choice({{"tool_calls",
                           {{{"index", 0},
                             {"id", "call_standin_1"},
                             {"type", "function"},
                             {"function", {{"name", pieces.at(0)}, {"arguments", ""}}}}}}}));
          sink.write(head.data(), head.size());
          for (std::size_t i = 1; i < pieces.size(); ++i) {
            const std::string part = Sse(Choice(
                {{"tool_calls", {{{"index", 0}, {"function", {{"arguments", pieces[i]}}}}}}}));
            sink.write(part.data(), part.size());
          }
          WriteTail(sink, "tool_calls");
          return true;
        });
  }

  // Calls ids "call_<request number>_<i>", each call's arguments in one piece.
  void StreamToolCalls(httplib::Response& res, std::vector<std::string> pieces,
                       std::size_t request_number) {
    res.set_chunked_content_provider(
        "text/event-stream", [pieces, request_number](std::size_t, httplib::DataSink& sink) {
          for (std::size_t i = 0; i + 1 < pieces.size(); i += 2) {
            const std::string id =
                "call_" + std::to_string(request_number) + "_" + std::to_string(i / 2);
            const std::string part = Sse(
                Choice({{"tool_calls",
                         {{{"index", i / 2},
                           {"id", id},
                           {"type", "function"},
                           {"function", {{"name", pieces[i]}, {"arguments", pieces[i + 1]}}}}}}}));
            sink.write(part.data(), part.size());
          }
          WriteTail(sink, "tool_calls");
          return true;
        });
  }

  void StreamReply(httplib::Response& res, std::vector<std::string> pieces,
                   const char* finish_reason = "stop") {
    std::chrono::milliseconds delay;
    {
      std::lock_guard lock(mutex_);
      delay = piece_delay_;
    }
    res.set_chunked_content_provider(
        "text/event-stream", [pieces, finish_reason, delay](std::size_t, httplib::DataSink& sink) {
          for (const auto& piece : pieces) {
            const std::string event = Sse(Choice({{"content", piece}}));
            sink.write(event.data(), event.size());
            std::this_thread::sleep_for(delay);
          }
          WriteTail(sink, finish_reason);
          return true;
        });
  }

  void StreamSlowly(httplib::Response& res) {
    res.set_chunked_content_provider(
        "text/event-stream", [this](std::size_t, httplib::DataSink& sink) {
          for (int i = 0;; ++i) {
            const std::string piece = Sse(Choice({{"content", i == 0 ? "Working" : "."}}));
            if (!sink.write(piece.data(), piece.size()) || !sink.is_writable()) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
          }
          std::lock_guard lock(mutex_);
          hung_up_at_ = std::chrono::steady_clock::now();
          return false;
        });
  }

  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::mutex mutex_;
  std::map<std::string, Script> scripts_;
  std::map<std::string, std::vector<Script>> queued_;
  std::vector<nlohmann::json> requests_;
  std::vector<std::string> auth_headers_;
  std::optional<std::chrono::steady_clock::time_point> hung_up_at_;
  std::chrono::milliseconds piece_delay_{5};
};

}  // namespace gateway::testing
