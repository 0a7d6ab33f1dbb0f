// Socket-free stand-ins for unit tests of the domain, control and service floors: an event
// publisher that records, a transport connection that records, an executor that runs at once.
#pragma once

#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "server/logging/logger.hpp"
#include "server/rpc/event_publisher.hpp"
#include "server/runtime/executor.hpp"
#include "server/transport/transport.hpp"

namespace gateway::testing {

struct PublishedEvent {
  std::string name;
  nlohmann::json payload;
  nlohmann::json state_version;
  rpc::Audience audience;
};

class RecordingPublisher final : public rpc::EventPublisher {
 public:
  void Publish(const proto::EventInfo& event, std::shared_ptr<const std::string> payload,
               const nlohmann::json& state_version, const rpc::Audience& audience) override {
    std::lock_guard lock(mutex_);
    events_.push_back(
        {std::string(event.name), nlohmann::json::parse(*payload), state_version, audience});
  }
  std::vector<PublishedEvent> events() const {
    std::lock_guard lock(mutex_);
    return events_;
  }
  std::vector<PublishedEvent> Named(const std::string& name) const {
    std::vector<PublishedEvent> out;
    for (auto& e : events()) {
      if (e.name == name) out.push_back(e);
    }
    return out;
  }

 private:
  mutable std::mutex mutex_;
  std::vector<PublishedEvent> events_;
};

// Records frames; event frames are assembled with this connection's own seq like the transport.
class RecordingConnection final : public transport::Connection {
 public:
  explicit RecordingConnection(std::string id, std::string ip = "127.0.0.1")
      : id_(std::move(id)), ip_(std::move(ip)) {}
  const std::string& id() const override { return id_; }
  const std::string& remote_ip() const override { return ip_; }
  std::string header(std::string_view) const override { return ""; }
  void Send(std::string frame) override {
    std::lock_guard lock(mutex_);
    frames_.push_back(nlohmann::json::parse(frame));
  }
  void SendEvent(std::shared_ptr<const std::string> prefix,
                 std::shared_ptr<const std::string> suffix, bool) override {
    std::lock_guard lock(mutex_);
    frames_.push_back(
        nlohmann::json::parse(*prefix + ",\"seq\":" + std::to_string(++seq_) + *suffix));
  }
  void Close(int code, std::string reason) override {
    std::lock_guard lock(mutex_);
    close_info_ = {code, std::move(reason), false};
  }
  void Terminate() override {}
  void Promote(std::size_t) override {}
  CloseInfo close_info() const override {
    std::lock_guard lock(mutex_);
    return close_info_;
  }
  std::vector<nlohmann::json> frames() const {
    std::lock_guard lock(mutex_);
    return frames_;
  }
  std::vector<std::string> event_names() const {
    std::vector<std::string> out;
    for (const auto& f : frames()) {
      if (f.value("type", "") == "event") out.push_back(f["event"]);
    }
    return out;
  }

 private:
  std::string id_;
  std::string ip_;
  mutable std::mutex mutex_;
  std::vector<nlohmann::json> frames_;
  std::int64_t seq_ = 0;
  CloseInfo close_info_;
};

// Settings of a logger that writes only to `file` (no console).
inline logging::LogSettings FileOnlyLog(const std::filesystem::path& file) {
  logging::LogSettings settings;
  settings.file = file.string();
  settings.console = nullptr;
  return settings;
}

// Runs each task at once, on the caller's thread.
class InlineExecutor final : public runtime::Executor {
 public:
  void Post(std::function<void()> task) override { task(); }
};

}  // namespace gateway::testing
