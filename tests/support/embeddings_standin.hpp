// A stand-in OpenAI embeddings server on loopback (cpp-httplib): POST /v1/embeddings answers
// OpenAI's response shape with deterministic vectors (input i → [i + 0.5, len(input), -0.25,
// dims…] truncated/padded to `dimensions`, default 3), or an error body (401 invalid_api_key, 500)
// when told to, or a response that never ends (kSlowForever: a space every 20 ms until the client
// hangs up, which hung_up() then reports). It records each request body and its Authorization
// header. Link PkgConfig::HTTPLIB.
#pragma once

#include <httplib.h>

#include <chrono>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

namespace gateway::testing {

inline constexpr const char* kEmbeddingsApiKey = "sk-embed-secret-7777";

class EmbeddingsStandin {
 public:
  enum class Behaviour { kReply, kUnauthorized, kServerError, kGarbage, kSlowForever };

  EmbeddingsStandin() {
    server_.Post("/v1/embeddings",
                 [this](const httplib::Request& req, httplib::Response& res) { Handle(req, res); });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~EmbeddingsStandin() {
    server_.stop();
    thread_.join();
  }

  std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/v1"; }
  void Set(Behaviour behaviour) {
    std::lock_guard lock(mutex_);
    behaviour_ = behaviour;
  }
  std::vector<nlohmann::json> requests() {
    std::lock_guard lock(mutex_);
    return requests_;
  }
  bool hung_up() {
    std::lock_guard lock(mutex_);
    return hung_up_;
  }
  std::vector<std::string> auth_headers() {
    std::lock_guard lock(mutex_);
    return auth_headers_;
  }

  // The vector the stand-in returns for input `index` of text `text`.
  static std::vector<double> VectorFor(std::size_t index, const std::string& text,
                                       std::size_t dimensions = 3) {
    std::vector<double> vector = {static_cast<double>(index) + 0.5,
                                  static_cast<double>(text.size()), -0.25};
    vector.resize(dimensions, 0.125);
    return vector;
  }

 private:
  void Handle(const httplib::Request& req, httplib::Response& res) {
    const nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
    Behaviour behaviour;
    {
      std::lock_guard lock(mutex_);
      requests_.push_back(body);
      auth_headers_.push_back(req.get_header_value("Authorization"));
      behaviour = behaviour_;
    }
    switch (behaviour) {
      case Behaviour::kUnauthorized:
        res.status = 401;
        res.set_content(
            R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})",
            "application/json");
        return;
      case Behaviour::kServerError:
        res.status = 500;
        res.set_content(
            R"({"error":{"message":"The server had an error while processing your request.","type":"server_error","param":null,"code":null}})",
            "application/json");
        return;
      case Behaviour::kGarbage:
        res.set_content(R"({"object":"list","data":[{"object":"embedding"}]})", "application/json");
        return;
      case Behaviour::kSlowForever:
        res.set_chunked_content_provider(
            "application/json", [this](std::size_t, httplib::DataSink& sink) {
              while (sink.write(" ", 1) && sink.is_writable()) {
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
              }
              std::lock_guard lock(mutex_);
              hung_up_ = true;
              return false;
            });
        return;
      case Behaviour::kReply:
        break;
    }
    if (!body.is_object() || !body.contains("input") || !body.contains("model")) {
      res.status = 400;
      res.set_content(
          R"({"error":{"message":"'input' is a required property","type":"invalid_request_error","param":null,"code":null}})",
          "application/json");
      return;
    }
    std::vector<std::string> inputs;
    if (body["input"].is_string()) {
      inputs.push_back(body["input"]);
    } else {
      for (const auto& item : body["input"]) inputs.push_back(item.get<std::string>());
    }
    const std::size_t dimensions = body.value("dimensions", std::size_t{3});
    nlohmann::json data = nlohmann::json::array();
    // Listed in reverse: clients must order by `index`.
    for (std::size_t i = inputs.size(); i-- > 0;) {
      data.push_back({{"object", "embedding"},
                      {"index", i},
                      {"embedding", VectorFor(i, inputs[i], dimensions)}});
    }
    const nlohmann::json reply = {{"object", "list"},
                                  {"data", data},
                                  {"model", body["model"]},
                                  {"usage", {{"prompt_tokens", 4}, {"total_tokens", 4}}}};
    res.set_content(reply.dump(), "application/json");
  }

  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::mutex mutex_;
  Behaviour behaviour_ = Behaviour::kReply;
  bool hung_up_ = false;
  std::vector<nlohmann::json> requests_;
  std::vector<std::string> auth_headers_;
};

}  // namespace gateway::testing
