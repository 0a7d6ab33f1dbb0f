#include "tools/bench/telegram_standin.hpp"

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <thread>

#include "tools/bench/agent_standin.hpp"

namespace gateway::bench {
namespace {

using json = nlohmann::json;

std::int64_t MonotonicNs() {
  timespec ts{};
  ::clock_gettime(CLOCK_MONOTONIC, &ts);
  return std::int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

struct Script {
  int sequential = 0;
  int burst = 0;
  int tokens = 8;
  int report_fd = -1;

  std::mutex mutex;
  std::condition_variable changed;
  std::int64_t next_update_id = 1;
  std::int64_t next_message_id = 1;
  std::deque<json> queue;           // offered, not acknowledged
  std::int64_t served_through = 0;  // update ids up to this were served once
  int next_sequential = 0;

  void Report(const std::string& line) {
    const std::string text = line + "\n";
    [[maybe_unused]] const auto written = ::write(report_fd, text.data(), text.size());
  }

  // Called with the lock held.
  void Offer(std::int64_t user, const std::string& id) {
    json message = {{"message_id", next_message_id++},
                    {"date", 1700000000},
                    {"chat", {{"id", user}, {"type", "private"}, {"first_name", id}}},
                    {"from", {{"id", user}, {"is_bot", false}, {"first_name", id}}},
                    {"text", AgentPromptMarker(id, tokens, 0)}};
    queue.push_back({{"update_id", next_update_id++}, {"message", std::move(message)}});
    changed.notify_all();
  }

  void OfferNext() {
    if (next_sequential < sequential) {
      Offer(100000 + next_sequential, "s" + std::to_string(next_sequential));
      ++next_sequential;
      return;
    }
    if (next_sequential == sequential) {
      ++next_sequential;
      for (int i = 0; i < burst; ++i) Offer(200000 + i, "b" + std::to_string(i));
    }
  }

  static std::string IdOfChat(std::int64_t chat) {
    if (chat >= 200000) return "b" + std::to_string(chat - 200000);
    return "s" + std::to_string(chat - 100000);
  }

  json Handle(const std::string& method, const json& params) {
    if (method == "getMe") {
      return {{"id", 424242}, {"is_bot", true}, {"first_name", "Bench"}, {"username", "bench_bot"}};
    }
    if (method == "getUpdates") {
      const std::int64_t offset = params.value("offset", std::int64_t{0});
      const int timeout = std::min(params.value("timeout", 0), 2);
      const auto limit = static_cast<std::size_t>(params.value("limit", 100));
      std::unique_lock lock(mutex);
      while (!queue.empty() && queue.front()["update_id"].get<std::int64_t>() < offset) {
        queue.pop_front();
      }
      changed.wait_for(lock, std::chrono::seconds(timeout), [&] { return !queue.empty(); });
      json result = json::array();
      std::vector<std::string> first_served;
      for (const auto& update : queue) {
        if (result.size() >= limit) break;
        result.push_back(update);
        const auto id = update["update_id"].get<std::int64_t>();
        if (id > served_through) {
          served_through = id;
          first_served.push_back(IdOfChat(update["message"]["chat"]["id"].get<std::int64_t>()));
        }
      }
      lock.unlock();
      // Reported when the answer is about to be written (close enough: the write follows).
      const std::int64_t now = MonotonicNs();
      for (const auto& id : first_served) Report("served " + id + " " + std::to_string(now));
      return result;
    }
    if (method == "sendMessage") {
      const json& chat = params["chat_id"];
      const std::int64_t chat_id =
          chat.is_string() ? std::stoll(chat.get<std::string>()) : chat.get<std::int64_t>();
      Report("sent " + IdOfChat(chat_id) + " " + std::to_string(MonotonicNs()));
      std::lock_guard lock(mutex);
      if (chat_id < 200000) OfferNext();
      return {{"message_id", next_message_id++},
              {"date", 1700000000},
              {"chat", {{"id", chat_id}, {"type", "private"}}},
              {"text", params.value("text", "")}};
    }
    return true;  // deleteWebhook, setMyCommands, sendChatAction, editMessageText
  }
};

bool ReadRequest(int fd, std::string& buffer, std::string& target, std::string& body) {
  std::size_t head_end;
  while ((head_end = buffer.find("\r\n\r\n")) == std::string::npos) {
    char chunk[8192];
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n <= 0) return false;
    buffer.append(chunk, static_cast<std::size_t>(n));
  }
  const std::string head = buffer.substr(0, head_end);
  const std::size_t sp = head.find(' ');
  target = head.substr(sp + 1, head.find(' ', sp + 1) - sp - 1);
  std::size_t length = 0;
  std::string lower = head;
  std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
  if (const auto at = lower.find("content-length:"); at != std::string::npos) {
    length = std::stoul(lower.substr(at + 15));
  }
  while (buffer.size() < head_end + 4 + length) {
    char chunk[8192];
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n <= 0) return false;
    buffer.append(chunk, static_cast<std::size_t>(n));
  }
  body = buffer.substr(head_end + 4, length);
  buffer.erase(0, head_end + 4 + length);
  return true;
}

void Serve(int fd, Script& script) {
  std::string buffer, target, body;
  while (ReadRequest(fd, buffer, target, body)) {
    const std::string method = target.substr(target.rfind('/') + 1);
    json params = json::parse(body, nullptr, false);
    if (!params.is_object()) params = json::object();
    const std::string answer =
        json({{"ok", true}, {"result", script.Handle(method, params)}}).dump();
    const std::string response =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        "Content-Length: " +
        std::to_string(answer.size()) + "\r\n\r\n" + answer;
    std::size_t written = 0;
    while (written < response.size()) {
      const ssize_t n = ::write(fd, response.data() + written, response.size() - written);
      if (n <= 0) break;
      written += static_cast<std::size_t>(n);
    }
  }
  ::close(fd);
}

[[noreturn]] void ServeChild(int listen_fd, int report_fd, int sequential, int burst, int tokens) {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  ::signal(SIGPIPE, SIG_IGN);
  static Script script;
  script.sequential = sequential;
  script.burst = burst;
  script.tokens = tokens;
  script.report_fd = report_fd;
  {
    std::lock_guard lock(script.mutex);
    script.OfferNext();
  }
  while (true) {
    const int fd = ::accept(listen_fd, nullptr, nullptr);
    if (fd < 0) continue;
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    std::thread([fd] { Serve(fd, script); }).detach();
  }
}

}  // namespace

TelegramStandin::TelegramStandin(int sequential, int burst, int tokens)
    : process_("telegram stand-in", [=](int listen_fd, int report_fd) {
        ServeChild(listen_fd, report_fd, sequential, burst, tokens);
      }) {}

std::optional<std::string> TelegramStandin::NextReport(std::chrono::milliseconds limit) {
  return process_.NextLine(limit);
}

}  // namespace gateway::bench
