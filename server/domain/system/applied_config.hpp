// The revision (SHA-256 of the file's bytes) of the config the running gateway applied: set when
// the gateway starts from a file and again when a change applies live. `config.get` and hello-ok
// report it as appliedConfigHash; null when the gateway runs without a config file.
#pragma once

#include <mutex>
#include <optional>
#include <string>

namespace gateway::domain {

class AppliedConfigRevision {
 public:
  void Set(std::optional<std::string> revision) {
    std::lock_guard lock(mutex_);
    revision_ = std::move(revision);
  }
  std::optional<std::string> Get() const {
    std::lock_guard lock(mutex_);
    return revision_;
  }

 private:
  mutable std::mutex mutex_;
  std::optional<std::string> revision_;
};

}  // namespace gateway::domain
