// A stand-in Telegram Bot API server on loopback (cpp-httplib) speaking the real method paths
// (`POST /bot<token>/<method>` with a JSON body), the real answer envelope and error bodies. Tests
// inject updates (served by long-polling getUpdates, which acknowledges through `offset` exactly
// as the API does), script failures per method (429 with retry_after, 409, …) and read what the
// bot sent. Link PkgConfig::HTTPLIB.
#pragma once

#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace gateway::testing {

inline constexpr const char* kStandinBotToken = "123456:AAstandin-bot-token-secret";

class TelegramStandin {
 public:
  struct Call {
    std::string method;
    nlohmann::json params;
    std::chrono::steady_clock::time_point at;
  };

  TelegramStandin() {
    // Long polls hold a worker each: more than httplib's default 8.
    server_.new_task_queue = [] { return new httplib::ThreadPool(32); };
    server_.Post(R"(/bot([^/]+)/([A-Za-z]+))",
                 [this](const httplib::Request& req, httplib::Response& res) { Handle(req, res); });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~TelegramStandin() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    changed_.notify_all();
    server_.stop();
    thread_.join();
  }

  std::string api_root() const { return "http://127.0.0.1:" + std::to_string(port_); }

  // A private text message from user `from_id` (the chat id equals the user id, as in Telegram).
  std::int64_t InjectDm(std::int64_t from_id, const std::string& text,
                        const std::string& first_name = "Ada") {
    std::lock_guard lock(mutex_);
    const std::int64_t update_id = next_update_id_++;
    nlohmann::json message = {
        {"message_id", next_message_id_++},
        {"date", 1700000000},
        {"chat", {{"id", from_id}, {"type", "private"}, {"first_name", first_name}}},
        {"from", {{"id", from_id}, {"is_bot", false}, {"first_name", first_name}}},
        {"text", text}};
    queue_.push_back({{"update_id", update_id}, {"message", std::move(message)}});
    changed_.notify_all();
    return update_id;
  }

  // A private photo without a caption, as Telegram sends one (sizes of one file, no `text`).
  std::int64_t InjectPhotoDm(std::int64_t from_id) {
    std::lock_guard lock(mutex_);
    const std::int64_t update_id = next_update_id_++;
    nlohmann::json message = {
        {"message_id", next_message_id_++},
        {"date", 1700000000},
        {"chat", {{"id", from_id}, {"type", "private"}, {"first_name", "Ada"}}},
        {"from", {{"id", from_id}, {"is_bot", false}, {"first_name", "Ada"}}},
        {"photo",
         {{{"file_id", "p-small"}, {"file_unique_id", "u1"}, {"width", 90}, {"height", 90}},
          {{"file_id", "p-large"}, {"file_unique_id", "u2"}, {"width", 800}, {"height", 800}}}}};
    queue_.push_back({{"update_id", update_id}, {"message", std::move(message)}});
    changed_.notify_all();
    return update_id;
  }

  // A text message from user `from_id` in supergroup `chat_id` (negative); optionally a reply to
  // a message of `reply_to_from` (the bot's id, 123456, makes it a reply to the bot) or in forum
  // topic `topic`.
  std::int64_t InjectGroup(std::int64_t chat_id, std::int64_t from_id, const std::string& text,
                           std::optional<std::int64_t> reply_to_from = std::nullopt,
                           std::optional<std::int64_t> topic = std::nullopt) {
    std::lock_guard lock(mutex_);
    const std::int64_t update_id = next_update_id_++;
    const nlohmann::json chat = {{"id", chat_id}, {"type", "supergroup"}, {"title", "Team"}};
    nlohmann::json message = {
        {"message_id", next_message_id_++},
        {"date", 1700000000},
        {"chat", chat},
        {"from", {{"id", from_id}, {"is_bot", false}, {"first_name", "Member"}}},
        {"text", text}};
    if (reply_to_from) {
      message["reply_to_message"] = {
          {"message_id", 1},
          {"date", 1700000000},
          {"chat", chat},
          {"from", {{"id", *reply_to_from}, {"is_bot", *reply_to_from == 123456}}},
          {"text", "earlier"}};
    }
    if (topic) {
      message["message_thread_id"] = *topic;
      message["is_topic_message"] = true;
    }
    queue_.push_back({{"update_id", update_id}, {"message", std::move(message)}});
    changed_.notify_all();
    return update_id;
  }

  // The next `count` calls of `method` fail with this error body (a 429 gets retry_after).
  void FailNext(const std::string& method, int status, const std::string& description,
                int count = 1, int retry_after = 0) {
    std::lock_guard lock(mutex_);
    for (int i = 0; i < count; ++i) failures_[method].push_back({status, description, retry_after});
  }

  // The next `count` calls of `method` never answer (until the stand-in stops): a stuck poll.
  void StallNext(const std::string& method, int count = 1) {
    std::lock_guard lock(mutex_);
    stalls_[method] += count;
  }

  // A private text message from user `from_id` as a webhook update (not queued for getUpdates).
  nlohmann::json DmUpdate(std::int64_t from_id, const std::string& text) {
    std::lock_guard lock(mutex_);
    return {{"update_id", next_update_id_++},
            {"message",
             {{"message_id", next_message_id_++},
              {"date", 1700000000},
              {"chat", {{"id", from_id}, {"type", "private"}, {"first_name", "Ada"}}},
              {"from", {{"id", from_id}, {"is_bot", false}, {"first_name", "Ada"}}},
              {"text", text}}}};
  }

  // The `n`-th call of `method` (1-based, counting every call) fails with this error body.
  void FailNth(const std::string& method, int n, int status, const std::string& description,
               int retry_after = 0) {
    std::lock_guard lock(mutex_);
    nth_failures_[method][n] = {status, description, retry_after};
  }

  std::vector<Call> calls(const std::string& method = "") {
    std::lock_guard lock(mutex_);
    std::vector<Call> out;
    for (const auto& call : calls_) {
      if (method.empty() || call.method == method) out.push_back(call);
    }
    return out;
  }
  // The texts of every successful sendMessage to `chat_id`.
  std::vector<std::string> SentTexts(const std::string& chat_id) {
    std::lock_guard lock(mutex_);
    std::vector<std::string> out;
    for (const auto& message : sent_) {
      if (message["chat_id"].is_string() ? message["chat_id"].get<std::string>() == chat_id
                                         : message["chat_id"].dump() == chat_id) {
        out.push_back(message.value("text", ""));
      }
    }
    return out;
  }
  std::vector<nlohmann::json> sent() {
    std::lock_guard lock(mutex_);
    return sent_;
  }
  // Updates still waiting for an acknowledgement (an offset above their id).
  std::size_t unacknowledged() {
    std::lock_guard lock(mutex_);
    return queue_.size();
  }

  // Polls `condition` until it holds or `timeout` passes.
  static bool WaitFor(const std::function<bool()>& condition,
                      std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
      if (condition()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return condition();
  }

 private:
  struct Failure {
    int status;
    std::string description;
    int retry_after;
  };

  static void Answer(httplib::Response& res, const nlohmann::json& result) {
    res.status = 200;
    res.set_content(nlohmann::json({{"ok", true}, {"result", result}}).dump(), "application/json");
  }
  static void Fail(httplib::Response& res, int status, const std::string& description,
                   int retry_after = 0) {
    nlohmann::json body = {{"ok", false}, {"error_code", status}, {"description", description}};
    if (retry_after > 0) body["parameters"] = {{"retry_after", retry_after}};
    res.status = status;
    res.set_content(body.dump(), "application/json");
  }

  void Handle(const httplib::Request& req, httplib::Response& res) {
    const std::string token = req.matches[1];
    const std::string method = req.matches[2];
    nlohmann::json params = nlohmann::json::parse(req.body, nullptr, false);
    if (params.is_discarded()) params = nlohmann::json::object();
    std::unique_lock lock(mutex_);
    calls_.push_back({method, params, std::chrono::steady_clock::now()});
    if (token != kStandinBotToken) return Fail(res, 401, "Unauthorized");
    if (auto it = stalls_.find(method); it != stalls_.end() && it->second > 0) {
      --it->second;
      changed_.wait(lock, [&] { return stopping_; });
      return Fail(res, 500, "Internal Server Error: stopping");
    }
    const int nth = ++call_counts_[method];
    if (auto it = nth_failures_.find(method); it != nth_failures_.end()) {
      if (auto failure = it->second.find(nth); failure != it->second.end()) {
        return Fail(res, failure->second.status, failure->second.description,
                    failure->second.retry_after);
      }
    }
    if (auto it = failures_.find(method); it != failures_.end() && !it->second.empty()) {
      const Failure failure = it->second.front();
      it->second.pop_front();
      return Fail(res, failure.status, failure.description, failure.retry_after);
    }
    if (method == "getMe") {
      return Answer(res, {{"id", 123456},
                          {"is_bot", true},
                          {"first_name", "Standin"},
                          {"username", "standin_bot"}});
    }
    if (method == "getUpdates") return GetUpdates(lock, params, res);
    if (method == "sendMessage") {
      if (!params.contains("chat_id") || !params["text"].is_string() ||
          params["text"].get<std::string>().empty()) {
        return Fail(res, 400, "Bad Request: message text is empty");
      }
      if (params["text"].get<std::string>().size() > 4096 * 4) {
        return Fail(res, 400, "Bad Request: message is too long");
      }
      sent_.push_back(params);
      return Answer(res, {{"message_id", next_message_id_++},
                          {"date", 1700000000},
                          {"chat", {{"id", params["chat_id"]}, {"type", "private"}}},
                          {"text", params["text"]}});
    }
    if (method == "sendPoll") {
      if (!params.contains("chat_id") || !params["question"].is_string() ||
          !params["options"].is_array() || params["options"].size() < 2) {
        return Fail(res, 400, "Bad Request: poll must have at least 2 option");
      }
      return Answer(res, {{"message_id", next_message_id_++},
                          {"date", 1700000000},
                          {"chat", {{"id", params["chat_id"]}, {"type", "group"}}},
                          {"poll",
                           {{"id", "5" + std::to_string(next_message_id_)},
                            {"question", params["question"]},
                            {"options", params["options"]}}}});
    }
    if (method == "editMessageText") return Answer(res, {{"message_id", params["message_id"]}});
    if (method == "deleteWebhook" || method == "setWebhook" || method == "setMyCommands" ||
        method == "deleteMyCommands" || method == "sendChatAction") {
      return Answer(res, true);
    }
    Fail(res, 404, "Not Found: method not found");
  }

  void GetUpdates(std::unique_lock<std::mutex>& lock, const nlohmann::json& params,
                  httplib::Response& res) {
    const std::int64_t offset = params.value("offset", std::int64_t{0});
    const int timeout = params.value("timeout", 0);
    const std::size_t limit = static_cast<std::size_t>(params.value("limit", 100));
    // An offset acknowledges (forgets) every update below it.
    while (!queue_.empty() && queue_.front()["update_id"].get<std::int64_t>() < offset) {
      queue_.pop_front();
    }
    changed_.wait_for(lock, std::chrono::seconds(timeout),
                      [&] { return stopping_ || !queue_.empty(); });
    nlohmann::json result = nlohmann::json::array();
    for (const auto& update : queue_) {
      if (result.size() >= limit) break;
      result.push_back(update);
    }
    Answer(res, result);
  }

  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable changed_;
  bool stopping_ = false;
  std::int64_t next_update_id_ = 1000;
  std::int64_t next_message_id_ = 1;
  std::deque<nlohmann::json> queue_;
  std::map<std::string, std::deque<Failure>> failures_;
  std::map<std::string, std::map<int, Failure>> nth_failures_;
  std::map<std::string, int> call_counts_;
  std::map<std::string, int> stalls_;
  std::vector<Call> calls_;
  std::vector<nlohmann::json> sent_;
};

}  // namespace gateway::testing
