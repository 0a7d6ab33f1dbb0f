#include "server/domain/tools/exec/approvals_store.hpp"

#include <openssl/rand.h>

#include "server/config/atomic_file.hpp"
#include "server/platform/base64url.hpp"
#include "server/platform/ed25519.hpp"
#include "server/platform/ids.hpp"

namespace gateway::domain::tools {
namespace {

using nlohmann::json;

void DropInvalidEnums(json& fields) {
  if (!fields.is_object()) return;
  for (const char* key : {"security", "askFallback"}) {
    if (fields.contains(key) &&
        !(fields[key].is_string() && ParseExecSecurity(fields[key].get<std::string>()))) {
      fields.erase(key);
    }
  }
  if (fields.contains("ask") &&
      !(fields["ask"].is_string() && ParseExecAsk(fields["ask"].get<std::string>()))) {
    fields.erase("ask");
  }
}

std::optional<ExecSecurity> SecurityField(const json& fields, const char* key) {
  if (!fields.is_object()) return std::nullopt;
  auto it = fields.find(key);
  if (it == fields.end() || !it->is_string()) return std::nullopt;
  return ParseExecSecurity(it->get<std::string>());
}

std::optional<ExecAsk> AskField(const json& fields) {
  if (!fields.is_object()) return std::nullopt;
  auto it = fields.find("ask");
  if (it == fields.end() || !it->is_string()) return std::nullopt;
  return ParseExecAsk(it->get<std::string>());
}

std::optional<bool> BoolField(const json& fields, const char* key) {
  if (!fields.is_object()) return std::nullopt;
  auto it = fields.find(key);
  if (it == fields.end() || !it->is_boolean()) return std::nullopt;
  return it->get<bool>();
}

std::string Serialize(const json& document) { return document.dump(2) + "\n"; }

const std::string& EmptyHash() {
  static const std::string hash = "missing:" + platform::Sha256Hex("");
  return hash;
}

std::string NewSocketToken() {
  unsigned char bytes[24];
  if (RAND_bytes(bytes, sizeof bytes) != 1) throw std::runtime_error("no random bytes");
  return platform::EncodeBase64Url(std::string_view(reinterpret_cast<char*>(bytes), sizeof bytes));
}

}  // namespace

json NormalizeApprovalsDocument(json document) {
  if (!document.is_object()) document = json::object();
  document["version"] = 1;
  if (document.contains("defaults")) DropInvalidEnums(document["defaults"]);
  if (!document.contains("agents") || !document["agents"].is_object()) {
    document.erase("agents");
    return document;
  }
  json& agents = document["agents"];
  if (agents.contains("default")) {
    json legacy = agents["default"];
    agents.erase("default");
    json& main = agents["main"];
    if (!main.is_object()) main = json::object();
    if (legacy.is_object()) {
      for (auto& [key, value] : legacy.items()) {
        if (key == "allowlist" && main.contains("allowlist") && main["allowlist"].is_array() &&
            value.is_array()) {
          for (const auto& entry : value) main["allowlist"].push_back(entry);
        } else if (!main.contains(key)) {
          main[key] = value;
        }
      }
    }
  }
  for (auto& [id, agent] : agents.items()) {
    if (!agent.is_object()) {
      agent = json::object();
      continue;
    }
    DropInvalidEnums(agent);
    if (!agent.contains("allowlist")) continue;
    json normalized = json::array();
    if (agent["allowlist"].is_array()) {
      for (auto entry : agent["allowlist"]) {
        if (entry.is_string()) entry = json{{"pattern", entry.get<std::string>()}};
        if (!entry.is_object() || !entry.contains("pattern") || !entry["pattern"].is_string()) {
          continue;
        }
        entry.erase("commandText");
        if (!entry.contains("id")) entry["id"] = gateway::NewUuid();
        normalized.push_back(std::move(entry));
      }
    }
    agent["allowlist"] = std::move(normalized);
  }
  return document;
}

ApprovalsPolicy ResolveApprovalsPolicy(const json& document, const std::string& agent_id) {
  static const json kEmpty = json::object();
  auto section = [&](const json& parent, const std::string& key) -> const json& {
    if (!parent.is_object()) return kEmpty;
    auto it = parent.find(key);
    return it == parent.end() ? kEmpty : *it;
  };
  const json& agents = section(document, "agents");
  const json* layers[] = {&section(agents, agent_id), &section(agents, "*"),
                          &section(document, "defaults")};
  ApprovalsPolicy policy;
  bool security_set = false, ask_set = false, fallback_set = false, skills_set = false;
  for (const json* layer : layers) {
    if (!security_set) {
      if (auto v = SecurityField(*layer, "security")) policy.security = *v, security_set = true;
    }
    if (!ask_set) {
      if (auto v = AskField(*layer)) policy.ask = *v, ask_set = true;
    }
    if (!fallback_set) {
      if (auto v = SecurityField(*layer, "askFallback"))
        policy.ask_fallback = *v, fallback_set = true;
    }
    if (!skills_set) {
      if (auto v = BoolField(*layer, "autoAllowSkills"))
        policy.auto_allow_skills = *v, skills_set = true;
    }
  }
  return policy;
}

std::vector<json> AllowlistOf(const json& document, const std::string& agent_id) {
  std::vector<json> out;
  if (!document.is_object() || !document.contains("agents")) return out;
  const json& agents = document["agents"];
  for (const std::string& key : {std::string("*"), agent_id}) {
    if (!agents.contains(key) || !agents[key].is_object()) continue;
    const json& agent = agents[key];
    if (!agent.contains("allowlist") || !agent["allowlist"].is_array()) continue;
    for (const auto& entry : agent["allowlist"]) out.push_back(entry);
    if (key == agent_id) break;  // agent "*" is listed once
  }
  return out;
}

ApprovalsStore::ApprovalsStore(std::filesystem::path file) : file_(std::move(file)) {
  raw_ = config::ReadSnapshot(file_);
  if (!raw_) return;
  auto parsed = json::parse(*raw_, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    malformed_ = true;
    return;
  }
  document_ = NormalizeApprovalsDocument(std::move(parsed));
}

std::filesystem::path ApprovalsStore::DefaultPath(const std::filesystem::path& state_dir) {
  return state_dir / "gateway-cpp" / "exec-approvals.json";
}

ApprovalsSnapshot ApprovalsStore::SnapshotLocked() const {
  ApprovalsSnapshot snapshot;
  snapshot.path = file_.string();
  snapshot.exists = raw_.has_value();
  snapshot.hash = raw_ ? platform::Sha256Hex(*raw_) : EmptyHash();
  snapshot.file = document_;
  snapshot.file["version"] = 1;
  if (snapshot.file.contains("socket") && snapshot.file["socket"].is_object()) {
    snapshot.file["socket"].erase("token");
  }
  static const json kEmpty = json::object();
  const json& defaults = document_.contains("defaults") ? document_["defaults"] : kEmpty;
  json only_defaults = {{"defaults", defaults}};
  snapshot.defaults = ResolveApprovalsPolicy(only_defaults, "");
  return snapshot;
}

void ApprovalsStore::WriteLocked(json document) {
  const std::string text = Serialize(document);
  std::filesystem::create_directories(file_.parent_path());
  config::AtomicWriteFile(file_, text);
  raw_ = text;
  document_ = std::move(document);
  malformed_ = false;
}

ApprovalsSnapshot ApprovalsStore::Get() {
  std::lock_guard lock(mutex_);
  if (!malformed_) {
    json document = document_;
    json& socket = document["socket"];
    if (!socket.is_object()) socket = json::object();
    bool changed = false;
    if (!socket.contains("path")) {
      socket["path"] = (file_.parent_path() / "exec-approvals.sock").string();
      changed = true;
    }
    if (!socket.contains("token")) {
      socket["token"] = NewSocketToken();
      changed = true;
    }
    if (changed || !raw_) {
      document["version"] = 1;
      WriteLocked(std::move(document));
    }
  }
  return SnapshotLocked();
}

ApprovalsSnapshot ApprovalsStore::Peek() const {
  std::lock_guard lock(mutex_);
  return SnapshotLocked();
}

bool ApprovalsStore::malformed() const {
  std::lock_guard lock(mutex_);
  return malformed_;
}

std::expected<ApprovalsSnapshot, ApprovalsStore::SetFailure> ApprovalsStore::Set(
    json file, std::optional<std::string> base_hash) {
  std::lock_guard lock(mutex_);
  if (raw_) {
    if (!base_hash || base_hash->empty()) {
      return std::unexpected(
          SetFailure{SetError::kBaseHashRequired,
                     "exec approvals base hash required; re-run exec.approvals.get and retry"});
    }
    if (*base_hash != platform::Sha256Hex(*raw_)) {
      return std::unexpected(SetFailure{
          SetError::kStale,
          "exec approvals changed since last load; re-run exec.approvals.get and retry"});
    }
  }
  json document = NormalizeApprovalsDocument(std::move(file));
  // Omitted socket fields keep the stored values.
  if (document_.contains("socket") && document_["socket"].is_object()) {
    json& socket = document["socket"];
    if (!socket.is_object()) socket = json::object();
    for (const char* key : {"path", "token"}) {
      if (!socket.contains(key) && document_["socket"].contains(key)) {
        socket[key] = document_["socket"][key];
      }
    }
  }
  try {
    WriteLocked(std::move(document));
  } catch (const std::exception& error) {
    return std::unexpected(SetFailure{SetError::kStorage, error.what()});
  }
  return SnapshotLocked();
}

ApprovalsPolicy ApprovalsStore::PolicyFor(const std::string& agent_id) const {
  std::lock_guard lock(mutex_);
  if (malformed_) return {.security = ExecSecurity::kDeny};
  return ResolveApprovalsPolicy(document_, agent_id);
}

std::vector<json> ApprovalsStore::AllowlistFor(const std::string& agent_id) const {
  std::lock_guard lock(mutex_);
  if (malformed_) return {};
  return AllowlistOf(document_, agent_id);
}

void ApprovalsStore::AddAllowAlways(const std::string& agent_id, const std::string& pattern,
                                    const std::string& arg_pattern, const std::string& command) {
  std::lock_guard lock(mutex_);
  if (malformed_) throw std::runtime_error("the exec approvals file is malformed");
  json document = document_;
  document["version"] = 1;
  json& agent = document["agents"][agent_id];
  if (!agent.is_object()) agent = json::object();
  json& list = agent["allowlist"];
  if (!list.is_array()) list = json::array();
  for (const auto& entry : list) {
    if (entry.value("pattern", "") == pattern && entry.value("argPattern", "") == arg_pattern) {
      return;
    }
  }
  list.push_back(json{{"id", gateway::NewUuid()},
                      {"pattern", pattern},
                      {"argPattern", arg_pattern},
                      {"source", "allow-always"},
                      {"lastUsedAt", gateway::NowMs()},
                      {"lastUsedCommand", command},
                      {"lastResolvedPath", pattern}});
  WriteLocked(std::move(document));
}

}  // namespace gateway::domain::tools
