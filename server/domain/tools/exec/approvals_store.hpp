// The exec approvals document (methods.md §13.2), kept in the gateway's own file
// <stateDir>/gateway-cpp/exec-approvals.json (never the reference gateway's database), replaced
// atomically on every change. Loaded once; reads are served from memory. A malformed file fails
// closed (security deny) until it is replaced through Set.
#pragma once

#include <expected>
#include <filesystem>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "server/domain/tools/exec/exec_policy.hpp"

namespace gateway::domain::tools {

// Normalisation on load and set: legacy agents.default merges into main, string allowlist
// entries become {pattern}, entries without an id get one, commandText is dropped, invalid enum
// values are ignored.
nlohmann::json NormalizeApprovalsDocument(nlohmann::json document);
// Field resolution: agents.<id> → agents["*"] → defaults → built-ins.
ApprovalsPolicy ResolveApprovalsPolicy(const nlohmann::json& document, const std::string& agent_id);
// agents["*"].allowlist ++ agents.<id>.allowlist.
std::vector<nlohmann::json> AllowlistOf(const nlohmann::json& document,
                                        const std::string& agent_id);

struct ApprovalsSnapshot {
  std::string path;
  bool exists = false;
  std::string hash;          // SHA-256 of the stored text, or "missing:<sha256 of nothing>"
  nlohmann::json file;       // the document, socket token redacted
  ApprovalsPolicy defaults;  // `defaults` filled with the built-ins
};

class ApprovalsStore {
 public:
  // Reads the file (blocking).
  explicit ApprovalsStore(std::filesystem::path file);

  static std::filesystem::path DefaultPath(const std::filesystem::path& state_dir);

  // Ensures socket.path / socket.token exist first (writing the file). Blocking.
  ApprovalsSnapshot Get();
  // The document as loaded, without ensuring the socket: nothing is written.
  ApprovalsSnapshot Peek() const;
  // The file does not parse as a JSON object (the policy then fails closed).
  bool malformed() const;

  enum class SetError { kBaseHashRequired, kStale, kStorage };
  struct SetFailure {
    SetError error;
    std::string message;
  };
  // Replaces the document; omitted socket.path/token keep the stored values. Blocking.
  std::expected<ApprovalsSnapshot, SetFailure> Set(nlohmann::json file,
                                                   std::optional<std::string> base_hash);

  // The policy and allowlist of one agent (in memory; cheap).
  ApprovalsPolicy PolicyFor(const std::string& agent_id) const;
  std::vector<nlohmann::json> AllowlistFor(const std::string& agent_id) const;

  // An allow-always decision: {pattern, argPattern, source:"allow-always"} in the agent's list
  // (skipped when an identical entry exists). Blocking; throws on storage failure.
  void AddAllowAlways(const std::string& agent_id, const std::string& pattern,
                      const std::string& arg_pattern, const std::string& command);

 private:
  ApprovalsSnapshot SnapshotLocked() const;
  void WriteLocked(nlohmann::json document);

  std::filesystem::path file_;
  mutable std::mutex mutex_;
  nlohmann::json document_ = nlohmann::json::object();
  std::optional<std::string> raw_;  // what the file holds; nullopt: no file
  bool malformed_ = false;
};

}  // namespace gateway::domain::tools
