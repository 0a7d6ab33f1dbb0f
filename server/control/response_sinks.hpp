// Where one request's response frames go: its connection, and with debug logging on, a log line
// per response (method, id, outcome, time since the request arrived).
#pragma once

#include <chrono>
#include <memory>
#include <string_view>

#include "gateway/proto/rpc.hpp"
#include "server/logging/logger.hpp"
#include "server/transport/transport.hpp"

namespace gateway::control {

std::shared_ptr<proto::ResponseSink> MakeResponseSink(
    std::shared_ptr<transport::Connection> connection, logging::Logger& log,
    std::string_view conn_id, std::string_view method, std::string_view id,
    std::chrono::steady_clock::time_point start);

}  // namespace gateway::control
