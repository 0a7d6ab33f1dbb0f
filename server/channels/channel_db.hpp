// The channels' own SQLite file, <stateDir>/gateway-cpp/channels.sqlite (never the reference
// gateway's databases): the durable inbound queue, poll offsets and DM pairing. One writer with
// group commit (synchronous=FULL: an acknowledged write survives kill -9 and power loss) and a
// read pool, both running on the given executor.
#pragma once

#include <exception>
#include <expected>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "server/runtime/executor.hpp"
#include "server/storage/sqlite_access.hpp"

namespace gateway::channels {

std::filesystem::path DefaultChannelDbPath(const std::filesystem::path& state_dir);

// What failed in a store call, for logs.
std::string DescribeFailure(const std::exception_ptr& error);

class ChannelDb {
 public:
  static std::expected<std::unique_ptr<ChannelDb>, std::string> Open(
      const std::filesystem::path& path, runtime::Executor& executor);

  storage::WriteQueue& writer() { return *writer_; }
  storage::ReadPool& readers() { return *readers_; }
  // `done` once every write submitted before has committed.
  void Flush(std::function<void()> done);

 private:
  ChannelDb() = default;
  std::unique_ptr<storage::WriteQueue> writer_;
  std::unique_ptr<storage::ReadPool> readers_;
};

}  // namespace gateway::channels
