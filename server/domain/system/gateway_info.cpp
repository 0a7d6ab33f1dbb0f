#include "server/domain/system/gateway_info.hpp"

#include "server/platform/ids.hpp"

namespace gateway::domain {

GatewayInfo::GatewayInfo(std::string version)
    : version_(std::move(version)),
      boot_id_(NewUuid()),
      started_at_ms_(NowMs()),
      started_(std::chrono::steady_clock::now()) {}

std::int64_t GatewayInfo::UptimeMs() const {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               started_)
      .count();
}

}  // namespace gateway::domain
