// The config domain (methods.md §4, config.md §8): config.get, config.set, config.apply,
// config.patch, config.schema and config.schema.lookup over the config file. Reads and writes run
// on the call's executor (file I/O); writes go through config::UpdateConfigText (locked, validated,
// atomic, one .bak), are guarded by baseHash, rate limited per method, refused when they would
// lock clients out, and broadcast config.changed. The config watcher (app::ConfigReloader) then
// applies the written file: live, or by an in-process restart, as apply and patch answer.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "gateway/proto/config_service.hpp"
#include "server/config/environment.hpp"
#include "server/config/live_config.hpp"
#include "server/config/loader.hpp"
#include "server/config/paths.hpp"
#include "server/domain/system/applied_config.hpp"
#include "server/rpc/call_context.hpp"

namespace gateway::services {

class ConfigService final : public proto::ConfigService {
 public:
  struct Domain {
    config::Paths paths;
    config::Environment env;               // for ${VAR}s and OPENCLAW_GATEWAY_* when checking
    const config::LiveConfig& running;     // the config in effect
    std::string version;                   // config.schema's version
    std::function<std::int64_t()> now_ms;  // default: the system clock
    int write_limit = 30;                  // writes per method per window (methods.md §1)
    std::int64_t write_window_ms = 60000;
    domain::AppliedConfigRevision* applied = nullptr;  // appliedConfigHash; null: none
    // A config watcher applies written files (app::ConfigReloader): apply and patch of live keys
    // then answer once the change is in effect.
    bool watched = false;
  };
  explicit ConfigService(Domain domain);

  void ConfigGet(proto::ConfigGetParams params, rpc::CallContext& context,
                 proto::Reply<proto::ConfigGetResult> reply) override;
  void ConfigSet(proto::ConfigSetParams params, rpc::CallContext& context,
                 proto::Reply<proto::ConfigSetResult> reply) override;
  void ConfigApply(proto::ConfigApplyParams params, rpc::CallContext& context,
                   proto::Reply<proto::ConfigApplyResult> reply) override;
  void ConfigPatch(proto::ConfigPatchParams params, rpc::CallContext& context,
                   proto::Reply<proto::ConfigPatchResult> reply) override;
  void ConfigSchema(proto::ConfigSchemaParams params, rpc::CallContext& context,
                    proto::Reply<proto::ConfigSchemaResponse> reply) override;
  void ConfigSchemaLookup(proto::ConfigSchemaLookupParams params, rpc::CallContext& context,
                          proto::Reply<proto::ConfigSchemaLookupResult> reply) override;

  // The revision hash of a config file's bytes (nullopt: no file).
  static std::string HashOf(const std::optional<std::string>& bytes);

  enum class WriteKind { kSet, kApply, kPatch };
  struct WriteRequest {
    WriteKind kind;
    std::string raw;
    std::optional<std::string> base_hash;
    std::vector<std::string> replace_paths;
  };
  struct WriteOutcome {
    bool written = false;
    std::string hash;
    nlohmann::ordered_json raw;  // the document as it now is (not redacted)
    std::vector<std::string> changed_paths;
  };

 private:
  std::int64_t Now() const;
  // nullopt when the call may go on; otherwise the rate-limit error (counts the call).
  std::optional<proto::ErrorShape> ConsumeWriteBudget(const std::string& method);
  // Runs on the executor; throws Refusal (see .cpp) for an answer other than ok.
  WriteOutcome Write(const std::string& method, const WriteRequest& request, const rpc::Peer& peer);
  void CheckLockout(const nlohmann::ordered_json& next, const nlohmann::ordered_json& current,
                    const rpc::Peer& peer) const;
  proto::ConfigGetResult Read() const;
  // Rate limit (inline), then Write on the executor, the config.changed broadcast and `done`
  // with the outcome or the error.
  using WriteDone = std::function<void(const WriteOutcome*, const proto::ErrorShape*)>;
  void RunWrite(const std::string& method, WriteRequest request, rpc::CallContext& context,
                WriteDone done);
  proto::ConfigRestartInfo RestartInfo(const WriteOutcome& outcome) const;
  proto::ConfigRestartSentinel Sentinel(const char* kind,
                                        const std::optional<std::string>& session_key,
                                        const std::optional<proto::ConfigDeliveryContext>& delivery,
                                        const std::optional<std::string>& note) const;

  Domain domain_;
  std::string generated_at_;  // config.schema's generatedAt
  std::mutex mutex_;
  std::map<std::string, std::deque<std::int64_t>> writes_;  // by method: times in the window
};

}  // namespace gateway::services
