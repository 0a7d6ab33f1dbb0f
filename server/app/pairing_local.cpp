#include "server/app/pairing_local.hpp"

#include <filesystem>
#include <future>
#include <memory>

#include "server/channels/channel_db.hpp"
#include "server/channels/pairing_store.hpp"
#include "server/domain/sessions/transcript.hpp"
#include "server/runtime/thread_pool.hpp"

namespace gateway::app {
namespace {

LocalPairingRequest ToLocal(const channels::PairingRequest& request) {
  return {.channel = request.channel,
          .account_id = request.account_id,
          .sender_id = request.sender_id,
          .code = request.code,
          .created_at = domain::sessions::IsoTimestamp(request.created_at),
          .last_seen_at = domain::sessions::IsoTimestamp(request.last_seen_at),
          .meta_json = request.meta_json};
}

// The store's calls are asynchronous (the gateway's I/O threads never wait); the CLI waits.
template <typename T, typename Call>
std::expected<T, std::string> Wait(Call call) {
  std::promise<std::expected<T, std::string>> promise;
  auto future = promise.get_future();
  call([&promise](std::expected<T, std::string> result) { promise.set_value(std::move(result)); });
  return future.get();
}

struct OpenStore {
  std::unique_ptr<runtime::ThreadPool> pool;
  std::shared_ptr<channels::ChannelDb> db;
  std::unique_ptr<channels::PairingStore> pairing;
};

std::expected<OpenStore, std::string> Open(const config::Paths& paths) {
  OpenStore store;
  store.pool = std::make_unique<runtime::ThreadPool>("cli-channels", 1);
  auto db = channels::ChannelDb::Open(channels::DefaultChannelDbPath(paths.state_dir), *store.pool);
  if (!db) return std::unexpected(db.error());
  store.db = std::move(*db);
  store.pairing = std::make_unique<channels::PairingStore>(store.db);
  return store;
}

}  // namespace

std::expected<std::vector<LocalPairingRequest>, std::string> ListLocalPairings(
    const config::Paths& paths, const std::string& channel, const std::string& account_id) {
  std::error_code ec;
  if (!std::filesystem::exists(channels::DefaultChannelDbPath(paths.state_dir), ec)) {
    return std::vector<LocalPairingRequest>{};
  }
  auto store = Open(paths);
  if (!store) return std::unexpected(store.error());
  auto listed = Wait<std::vector<channels::PairingRequest>>(
      [&](auto done) { store->pairing->List(channel, account_id, std::move(done)); });
  if (!listed) return std::unexpected(listed.error());
  std::vector<LocalPairingRequest> out;
  for (const auto& request : *listed) out.push_back(ToLocal(request));
  return out;
}

std::expected<std::optional<LocalPairingRequest>, std::string> ApproveLocalPairing(
    const config::Paths& paths, const std::string& channel, const std::string& account_id,
    const std::string& code) {
  std::error_code ec;
  if (!std::filesystem::exists(channels::DefaultChannelDbPath(paths.state_dir), ec)) {
    return std::optional<LocalPairingRequest>();
  }
  auto store = Open(paths);
  if (!store) return std::unexpected(store.error());
  auto approved = Wait<std::optional<channels::PairingRequest>>([&](auto done) {
    store->pairing->Approve(channel, account_id, channels::PairingStore::Match::kCode, code,
                            std::move(done));
  });
  if (!approved) return std::unexpected(approved.error());
  // Committed before the store closes (the writer's group commit).
  std::promise<void> flushed;
  store->db->Flush([&flushed] { flushed.set_value(); });
  flushed.get_future().wait();
  if (!*approved) return std::optional<LocalPairingRequest>();
  return std::optional<LocalPairingRequest>(ToLocal(**approved));
}

}  // namespace gateway::app
