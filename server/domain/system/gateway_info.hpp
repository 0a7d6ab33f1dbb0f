// Facts about this gateway process that hello-ok, probes and `status` report.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace gateway::domain {

class GatewayInfo {
 public:
  explicit GatewayInfo(std::string version);

  const std::string& version() const { return version_; }
  // A fresh UUID each start (hello-ok server.bootId).
  const std::string& boot_id() const { return boot_id_; }
  std::int64_t started_at_ms() const { return started_at_ms_; }
  std::int64_t UptimeMs() const;

 private:
  std::string version_;
  std::string boot_id_;
  std::int64_t started_at_ms_;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace gateway::domain
