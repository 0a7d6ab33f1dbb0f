#include "server/config/loader.hpp"

#include <arpa/inet.h>

#include "gateway/proto/validators.hpp"
#include "server/config/config_store.hpp"
#include "server/config/secrets.hpp"
#include "server/platform/net_address.hpp"

namespace gateway::config {
namespace fs = std::filesystem;
using nlohmann::json;
using nlohmann::ordered_json;

json UnorderedJson(const ordered_json& j) {
  switch (j.type()) {
    case ordered_json::value_t::object: {
      json out = json::object();
      for (const auto& [key, value] : j.items()) out[key] = UnorderedJson(value);
      return out;
    }
    case ordered_json::value_t::array: {
      json out = json::array();
      for (const auto& item : j) out.push_back(UnorderedJson(item));
      return out;
    }
    case ordered_json::value_t::string:
      return j.get<std::string>();
    case ordered_json::value_t::boolean:
      return j.get<bool>();
    case ordered_json::value_t::number_integer:
      return j.get<std::int64_t>();
    case ordered_json::value_t::number_unsigned:
      return j.get<std::uint64_t>();
    case ordered_json::value_t::number_float:
      return j.get<double>();
    default:
      return nullptr;
  }
}

namespace {

ordered_json* Child(ordered_json& doc, std::initializer_list<const char*> keys) {
  ordered_json* node = &doc;
  for (const char* key : keys) {
    if (!node->is_object() || !node->contains(key)) return nullptr;
    node = &(*node)[key];
  }
  return node;
}

}  // namespace

// Safe rewrites of retired values (config.md §2, §4, §6); each yields a notice.
std::vector<std::string> MigrateConfig(ordered_json& doc) {
  std::vector<std::string> notices;
  if (auto* reload = Child(doc, {"gateway", "reload"}); reload && reload->is_object()) {
    if (reload->contains("mode") &&
        ((*reload)["mode"] == "hot" || (*reload)["mode"] == "restart")) {
      notices.push_back("gateway.reload.mode \"" + (*reload)["mode"].get<std::string>() +
                        "\" is retired: using \"hybrid\"");
      (*reload)["mode"] = "hybrid";
    }
    if (reload->contains("debounceMs")) {
      reload->erase("debounceMs");
      notices.push_back("gateway.reload.debounceMs is retired (debounce is built in): ignored");
    }
  }
  if (auto* style = Child(doc, {"logging", "consoleStyle"}); style && *style == "compact") {
    *style = "pretty";
    notices.push_back("logging.consoleStyle \"compact\" is retired: using \"pretty\"");
  }
  if (auto* gateway = Child(doc, {"gateway"}); gateway && gateway->is_object() &&
                                               gateway->contains("bind") &&
                                               (*gateway)["bind"].is_string()) {
    std::string bind = (*gateway)["bind"].get<std::string>();
    std::string mode;
    if (bind == "localhost" || bind == "127.0.0.1") {
      mode = "loopback";
    } else if (bind == "0.0.0.0" || bind == "::") {
      mode = "lan";
    } else if (platform::IsIpv4(bind)) {
      mode = "custom";
      (*gateway)["customBindHost"] = bind;
    }
    if (!mode.empty()) {
      (*gateway)["bind"] = mode;
      notices.push_back("gateway.bind \"" + bind + "\" is a host, not a bind mode: using \"" +
                        mode + "\"" + (mode == "custom" ? " with gateway.customBindHost" : ""));
    }
  }
  if (auto* by_type = Child(doc, {"session", "resetByType"});
      by_type && by_type->is_object() && by_type->contains("dm")) {
    if (!by_type->contains("direct")) (*by_type)["direct"] = (*by_type)["dm"];
    by_type->erase("dm");
    notices.push_back("session.resetByType.dm is retired: moved to session.resetByType.direct");
  }
  return notices;
}

namespace {

// What this gateway implements today; every other configured key gets one warning. `meta` is
// bookkeeping the reference gateway writes into the file: there is nothing to implement but keeping
// it, which config edits do (they start from the raw document), so it does not warn.
const std::vector<std::string>& ImplementedPaths() {
  static const std::vector<std::string> kPaths = {"$schema",
                                                  "meta",
                                                  "env",
                                                  "logging",
                                                  "gateway.port",
                                                  "gateway.mode",
                                                  "gateway.bind",
                                                  "gateway.customBindHost",
                                                  "gateway.auth.mode",
                                                  "gateway.auth.token",
                                                  "gateway.auth.password",
                                                  "gateway.auth.rateLimit",
                                                  "gateway.reload",
                                                  "gateway.remote",
                                                  "gateway.tls",
                                                  "gateway.tailscale",
                                                  "models",
                                                  "agents.defaults.model",
                                                  "agents.defaults.models",
                                                  "agents.defaults.workspace",
                                                  "agents.defaults.timeoutSeconds",
                                                  "agents.defaults.maxConcurrent",
                                                  "agents.defaults.thinkingDefault",
                                                  "agents.entries",
                                                  "agents.list",
                                                  "session.scope",
                                                  "session.reset",
                                                  "session.resetByType",
                                                  "session.resetByChannel"};
  return kPaths;
}

void WarnUnimplemented(const json& doc, const std::string& prefix,
                       std::vector<std::string>& warnings) {
  if (!doc.is_object()) return;
  for (const auto& [key, value] : doc.items()) {
    std::string path = prefix.empty() ? key : prefix + "." + key;
    const auto& done = ImplementedPaths();
    if (std::find(done.begin(), done.end(), path) != done.end()) continue;
    bool has_implemented_child = std::any_of(done.begin(), done.end(), [&](const std::string& p) {
      return p.rfind(path + ".", 0) == 0;
    });
    if (has_implemented_child) {
      WarnUnimplemented(value, path, warnings);
    } else {
      warnings.push_back(path + " is not implemented by this gateway yet: ignored");
    }
  }
}

std::optional<Json5Position> PositionOf(const std::map<std::string, Json5Position>* positions,
                                        std::string pointer) {
  if (!positions) return std::nullopt;
  while (true) {
    if (auto it = positions->find(pointer); it != positions->end()) return it->second;
    if (pointer.empty()) return std::nullopt;
    pointer.resize(pointer.rfind('/'));
  }
}

// Security features we have not built: starting would silently weaken what the user asked for.
void RefuseUnsupported(const json& doc, const std::map<std::string, Json5Position>* positions,
                       std::vector<Diagnostic>& out) {
  auto at = [&](const char* pointer) -> const json* {
    json::json_pointer p(pointer);
    return doc.contains(p) ? &doc[p] : nullptr;
  };
  if (const json* tls = at("/gateway/tls/enabled"); tls && *tls == true) {
    out.push_back({"gateway.tls.enabled",
                   "TLS is not supported by this gateway yet: terminate TLS in a reverse proxy and "
                   "set it to false",
                   PositionOf(positions, "/gateway/tls/enabled")});
  }
  if (const json* ts = at("/gateway/tailscale/mode"); ts && (*ts == "serve" || *ts == "funnel")) {
    out.push_back({"gateway.tailscale.mode",
                   "Tailscale serve/funnel is not supported by this gateway yet: set it to \"off\"",
                   PositionOf(positions, "/gateway/tailscale/mode")});
  }
  if (const json* mode = at("/gateway/auth/mode"); mode && *mode == "trusted-proxy") {
    out.push_back({"gateway.auth.mode",
                   "trusted-proxy auth is not supported by this gateway yet: use token or password",
                   PositionOf(positions, "/gateway/auth/mode")});
  }
}

// config.md tools.exec: `mode` is the canonical form of security + ask; both in one layer is
// ambiguous.
void RefuseExecModeConflicts(const json& doc, const std::map<std::string, Json5Position>* positions,
                             std::vector<Diagnostic>& out) {
  auto check = [&](const json::json_pointer& exec) {
    if (!doc.contains(exec) || !doc[exec].is_object() || !doc[exec].contains("mode")) return;
    for (const char* legacy : {"security", "ask"}) {
      if (!doc[exec].contains(legacy)) continue;
      const auto pointer = (exec / legacy).to_string();
      out.push_back({DottedPath(doc, pointer),
                     "cannot be combined with mode (mode sets both security and ask)",
                     PositionOf(positions, pointer)});
    }
  };
  check(json::json_pointer("/tools/exec"));
  const json::json_pointer entries("/agents/entries");
  if (!doc.contains(entries) || !doc[entries].is_object()) return;
  for (const auto& [id, entry] : doc[entries].items()) {
    check(entries / id / "tools" / "exec");
  }
}

}  // namespace

std::string Diagnostic::Format(const fs::path& file) const {
  std::string out = file.string();
  if (where) out += ":" + std::to_string(where->line) + ":" + std::to_string(where->column);
  out += ": ";
  if (!path.empty()) out += path + ": ";
  return out + message;
}

ConfigError::ConfigError(const fs::path& file, std::vector<Diagnostic> diagnostics)
    : std::runtime_error([&] {
        std::string text = "invalid config";
        for (const auto& d : diagnostics) text += "\n  " + d.Format(file);
        return text;
      }()),
      diagnostics_(std::move(diagnostics)) {}

std::string DottedPath(const json& doc, const std::string& pointer) {
  std::string out;
  const json* node = &doc;
  std::size_t i = 0;
  while (i < pointer.size()) {
    std::size_t next = pointer.find('/', i + 1);
    // Unescapes ~1 and ~0 while copying: token.replace() in place trips GCC 12's false
    // -Wrestrict at -O3 (GCC bug 105651).
    std::size_t end = next == std::string::npos ? pointer.size() : next;
    std::string token;
    for (std::size_t k = i + 1; k < end; ++k) {
      if (pointer[k] == '~' && k + 1 < end) {
        token.push_back(pointer[++k] == '1' ? '/' : '~');
      } else {
        token.push_back(pointer[k]);
      }
    }
    if (node && node->is_array()) {
      out += "[" + token + "]";
      std::size_t index = std::strtoul(token.c_str(), nullptr, 10);
      node = index < node->size() ? &(*node)[index] : nullptr;
    } else {
      out += (out.empty() ? "" : ".") + token;
      node = node && node->is_object() && node->contains(token) ? &(*node)[token] : nullptr;
    }
    if (next == std::string::npos) break;
    i = next;
  }
  return out;
}

PreparedConfig PrepareConfig(const ordered_json& raw, Environment& env) {
  PreparedConfig prepared;
  ordered_json doc = raw;
  prepared.notices = MigrateConfig(doc);
  if (auto* vars = Child(doc, {"env", "vars"}); vars && vars->is_object()) {
    for (const auto& [name, value] : vars->items()) {
      if (value.is_string()) env.SetIfUnset(name, value.get<std::string>());
    }
  }
  prepared.warnings = SubstituteDocument(doc, env, &prepared.unresolved);
  prepared.effective = UnorderedJson(doc);
  WarnUnimplemented(prepared.effective, "", prepared.warnings);
  return prepared;
}

std::vector<Diagnostic> ValidateConfig(const json& effective,
                                       const std::map<std::string, Json5Position>* positions) {
  std::vector<Diagnostic> out;
  for (const auto& e : proto::Validate(&proto::CheckOpenClawConfig, effective)) {
    out.push_back({DottedPath(effective, e.pointer), e.message, PositionOf(positions, e.pointer)});
  }
  if (out.empty()) RefuseUnsupported(effective, positions, out);
  if (out.empty()) RefuseExecModeConflicts(effective, positions, out);
  return out;
}

LoadedConfig LoadConfig(const Paths& paths, Environment& env) {
  LoadDotEnvFiles(paths, env);
  LoadedConfig loaded;
  loaded.path = paths.config_path;
  std::error_code ec;
  loaded.exists = fs::exists(paths.config_path, ec);
  if (loaded.exists && !fs::is_regular_file(paths.config_path, ec)) {
    throw ConfigError(paths.config_path,
                      {{"", "the config path is not a regular file", std::nullopt}});
  }
  Json5Document doc = ReadConfigDocument(paths.config_path);
  loaded.raw = doc.value;
  PreparedConfig prepared = PrepareConfig(loaded.raw, env);
  auto diagnostics = ValidateConfig(prepared.effective, loaded.exists ? &doc.positions : nullptr);
  if (!diagnostics.empty()) throw ConfigError(paths.config_path, std::move(diagnostics));
  loaded.effective = std::move(prepared.effective);
  loaded.notices = std::move(prepared.notices);
  loaded.warnings = std::move(prepared.warnings);
  loaded.unresolved = std::move(prepared.unresolved);
  try {
    loaded.typed = wire::Decode<proto::OpenClawConfig>(loaded.effective);
  } catch (const wire::DecodeError& e) {
    throw ConfigError(paths.config_path,
                      {{DottedPath(loaded.effective, e.pointer()), e.reason(), std::nullopt}});
  }
  return loaded;
}

}  // namespace gateway::config
