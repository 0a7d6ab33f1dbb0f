#include "server/services/config/config_service.hpp"

#include <chrono>
#include <ctime>
#include <memory>
#include <system_error>

#include "gateway/proto/config_emits.hpp"
#include "server/config/atomic_file.hpp"
#include "server/config/config_patch.hpp"
#include "server/config/config_path.hpp"
#include "server/config/config_schema.hpp"
#include "server/config/config_store.hpp"
#include "server/config/gateway_settings.hpp"
#include "server/config/json5.hpp"
#include "server/config/reload_plan.hpp"
#include "server/platform/ed25519.hpp"

namespace gateway::services {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

constexpr std::string_view kSubsystem = "config";
// The watcher settles 300 ms after the last write, then applies: well within this.
constexpr std::chrono::milliseconds kLiveApplyWait{5000};

// An answer other than ok, thrown out of the write path.
struct Refusal {
  proto::ErrorShape error;
};

[[noreturn]] void Refuse(std::string message) {
  throw Refusal{proto::MakeError(proto::ErrorCode::kInvalidRequest, std::move(message))};
}

template <class Result>
std::shared_ptr<proto::Reply<Result>> Share(proto::Reply<Result> reply) {
  return std::make_shared<proto::Reply<Result>>(std::move(reply));
}

std::string Iso8601(std::int64_t ms) {
  std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &tm);
  char out[40];
  std::snprintf(out, sizeof out, "%s.%03dZ", text, static_cast<int>(ms % 1000));
  return out;
}

std::vector<proto::ConfigIssue> IssuesOf(const std::vector<config::Diagnostic>& diagnostics) {
  std::vector<proto::ConfigIssue> out;
  for (const auto& d : diagnostics) {
    proto::ConfigIssue issue;
    issue.path = d.path;
    issue.message = d.message;
    if (d.where) {
      issue.line = d.where->line;
      issue.column = d.where->column;
    }
    out.push_back(std::move(issue));
  }
  return out;
}

// "gateway.foo: ${X} is not set", "gateway.bar is not implemented …" -> {path, message}.
proto::ConfigIssue IssueOfLine(const std::string& line) {
  proto::ConfigIssue issue;
  issue.path = line.substr(0, line.find_first_of(" :"));
  issue.message = line;
  return issue;
}

std::string DescribeInvalid(const config::ConfigError& e) {
  std::string text = "invalid config";
  bool first = true;
  for (const auto& d : e.diagnostics()) {
    text += first ? ": " : "; ";
    first = false;
    text += (d.path.empty() ? std::string() : d.path + ": ") + d.message;
  }
  return text;
}

ordered_json ParseRaw(const std::string& method, const std::string& raw) {
  config::Json5Document doc;
  try {
    doc = config::ParseJson5(raw);
  } catch (const config::Json5Error& e) {
    const std::string where = " (line " + std::to_string(e.where().line) + ", column " +
                              std::to_string(e.where().column) + ")";
    Refuse("invalid " + method + " raw: " + e.reason() + where);
  }
  if (!doc.value.is_object()) Refuse("invalid " + method + " raw: the config must be an object");
  return std::move(doc.value);
}

const ordered_json* AuthValue(const ordered_json& doc, const char* key) {
  if (!doc.is_object() || !doc.contains("gateway")) return nullptr;
  const auto& gateway = doc["gateway"];
  if (!gateway.is_object() || !gateway.contains("auth") || !gateway["auth"].is_object())
    return nullptr;
  const auto& auth = gateway["auth"];
  return auth.contains(key) ? &auth[key] : nullptr;
}

// The write puts a new literal credential of this kind in the document: its author knows it.
bool SetsLiteralCredential(const ordered_json& next, const ordered_json& current, const char* key) {
  const ordered_json* now = AuthValue(next, key);
  if (!now || !now->is_string() ||
      now->get_ref<const std::string&>().find("${") != std::string::npos)
    return false;
  const ordered_json* before = AuthValue(current, key);
  return !before || *before != *now;
}

}  // namespace

ConfigService::ConfigService(Domain domain)
    : domain_(std::move(domain)), generated_at_(Iso8601(Now())) {}

std::string ConfigService::HashOf(const std::optional<std::string>& bytes) {
  return platform::Sha256Hex(bytes ? *bytes : std::string());
}

std::int64_t ConfigService::Now() const {
  if (domain_.now_ms) return domain_.now_ms();
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::optional<proto::ErrorShape> ConfigService::ConsumeWriteBudget(const std::string& method) {
  const std::int64_t now = Now();
  std::lock_guard lock(mutex_);
  auto& times = writes_[method];
  while (!times.empty() && times.front() <= now - domain_.write_window_ms) times.pop_front();
  if (static_cast<int>(times.size()) < domain_.write_limit) {
    times.push_back(now);
    return std::nullopt;
  }
  const std::int64_t retry_after =
      std::max<std::int64_t>(1, times.front() + domain_.write_window_ms - now);
  const std::int64_t seconds = (retry_after + 999) / 1000;
  proto::ErrorShape error = proto::MakeError(
      proto::ErrorCode::kUnavailable,
      "rate limit exceeded for " + method + "; retry after " + std::to_string(seconds) + "s");
  error.retryable = true;
  error.retry_after_ms = retry_after;
  error.details = json{{"method", method},
                       {"limit", std::to_string(domain_.write_limit) + " per " +
                                     std::to_string(domain_.write_window_ms / 1000) + "s"}};
  return error;
}

proto::ConfigGetResult ConfigService::Read() const {
  proto::ConfigGetResult out;
  const auto& file = domain_.paths.config_path;
  out.path = file.string();
  if (domain_.applied) out.applied_config_hash = domain_.applied->Get();
  out.runtime_config = config::RedactDocument(ordered_json(domain_.running.Loaded()->effective));
  config::FileSnapshot bytes;
  try {
    bytes = config::ReadSnapshot(file);
  } catch (const std::system_error& e) {
    out.exists = true;
    out.valid = false;
    out.issues.push_back(
        {.path = "", .message = std::string("cannot read the config file: ") + e.what()});
    out.hash = HashOf(std::nullopt);
    out.config_revision_hash = out.hash;
    out.parsed = out.config = out.resolved = out.source_config = nullptr;
    return out;
  }
  out.exists = bytes.has_value();
  out.hash = HashOf(bytes);
  out.config_revision_hash = out.hash;
  config::Json5Document doc{ordered_json::object(), {}};
  if (bytes) {
    try {
      doc = config::ParseJson5(*bytes);
      if (!doc.value.is_object()) {
        out.valid = false;
        out.issues.push_back({.path = "", .message = "the config must be an object"});
      }
    } catch (const config::Json5Error& e) {
      out.valid = false;
      proto::ConfigIssue issue{.path = "", .message = e.reason()};
      issue.line = e.where().line;
      issue.column = e.where().column;
      out.issues.push_back(std::move(issue));
    }
  }
  if (!out.issues.empty()) {
    out.raw = std::nullopt;
    out.parsed = out.config = out.resolved = out.source_config = nullptr;
    return out;
  }
  const ordered_json redacted = config::RedactDocument(doc.value);
  if (bytes) out.raw = redacted.dump(2) + "\n";
  out.parsed = redacted;
  out.source_config = redacted;
  config::Environment env = domain_.env;
  config::PreparedConfig prepared = config::PrepareConfig(doc.value, env);
  out.issues =
      IssuesOf(config::ValidateConfig(prepared.effective, bytes ? &doc.positions : nullptr));
  out.valid = out.issues.empty();
  out.config = config::RedactDocument(ordered_json(prepared.effective));
  out.resolved = out.config;
  for (const auto& w : prepared.warnings) out.warnings.push_back(IssueOfLine(w));
  for (const auto& n : prepared.notices) out.legacy_issues.push_back(IssueOfLine(n));
  return out;
}

void ConfigService::CheckLockout(const ordered_json& next, const ordered_json& current,
                                 const rpc::Peer& peer) const {
  config::Environment env = domain_.env;
  config::PreparedConfig prepared = config::PrepareConfig(next, env);
  config::LoadedConfig loaded;
  loaded.path = domain_.paths.config_path;
  loaded.exists = true;
  loaded.effective = std::move(prepared.effective);
  loaded.unresolved = std::move(prepared.unresolved);
  config::GatewayFlags flags;
  flags.allow_unconfigured = true;  // gateway.mode is the operator's call, not a lockout
  config::GatewaySettings settings;
  try {
    settings =
        config::ResolveGatewaySettings(flags, env, domain_.paths, loaded, config::DetectHost());
  } catch (const config::StartupRefused& e) {
    Refuse(std::string("refusing a config the gateway could not start with: ") + e.what() +
           (e.hint().empty() ? "" : " (" + e.hint() + ")"));
  }
  using config::AuthMode;
  if (settings.auth_mode == AuthMode::kToken && !settings.token) {
    Refuse(
        "refusing a config that would lock every client out: gateway.auth.mode is \"token\" but "
        "no token is set (gateway.auth.token or OPENCLAW_GATEWAY_TOKEN)");
  }
  if (settings.auth_mode == AuthMode::kPassword && !settings.password) {
    Refuse(
        "refusing a config that would lock every client out: gateway.auth.mode is \"password\" "
        "but no password is set (gateway.auth.password or OPENCLAW_GATEWAY_PASSWORD)");
  }
  // The caller's own credential must still work, unless this write sets the new one itself.
  const auto& auth = peer.connect.auth;
  if (!auth || settings.auth_mode == AuthMode::kNone) return;
  const bool token_mode = settings.auth_mode == AuthMode::kToken;
  const char* key = token_mode ? "token" : "password";
  if (SetsLiteralCredential(next, current, key)) return;
  const std::optional<std::string>& accepted = token_mode ? settings.token : settings.password;
  const std::optional<std::string>& used = token_mode ? auth->token : auth->password;
  if (auth->token || auth->password) {
    if (!used || !accepted || *used != *accepted) {
      Refuse(
          std::string("refusing a config that would lock you out: the credential this "
                      "connection authenticated with would no longer be accepted (gateway.auth.") +
          key + "); set the new " + key + " in the same write");
    }
  }
}

ConfigService::WriteOutcome ConfigService::Write(const std::string& method,
                                                 const WriteRequest& request,
                                                 const rpc::Peer& peer) {
  const ordered_json input = ParseRaw(method, request.raw);
  WriteOutcome outcome;
  try {
    auto update = config::UpdateConfigText(
        domain_.paths, domain_.env,
        [&](ordered_json& raw, const config::FileSnapshot& before) {
          const std::string before_hash = HashOf(before);
          if (request.base_hash) {
            if (*request.base_hash != before_hash) {
              Refuse("config changed since last load; re-run config.get and retry");
            }
          } else if (before && request.kind != WriteKind::kSet) {
            Refuse("config base hash required; re-run config.get and retry");
          }
          if (request.kind == WriteKind::kPatch && !raw.is_object()) {
            Refuse("the config file does not parse: replace it with config.set or config.apply");
          }
          const ordered_json current = raw.is_object() ? raw : ordered_json::object();
          ordered_json next = current;
          try {
            if (request.kind == WriteKind::kPatch) {
              config::MergePatch(next, input, request.replace_paths);
            } else {
              next = input;
            }
            config::RestoreRedacted(next, current);
          } catch (const config::PatchError& e) {
            Refuse("invalid " + method + ": " + e.what());
          }
          outcome.changed_paths = config::ChangedPaths(current, next);
          if (outcome.changed_paths.empty() && before && raw.is_object()) return false;
          config::CheckConfigDocument(domain_.paths, domain_.env, next);
          CheckLockout(next, current, peer);
          raw = std::move(next);
          return true;
        },
        request.kind != WriteKind::kPatch);
    outcome.written = update.written;
    outcome.hash = HashOf(update.text);
    outcome.raw = std::move(update.raw);
  } catch (const config::InvalidConfigEdit& e) {
    proto::ErrorShape error =
        proto::MakeError(proto::ErrorCode::kInvalidRequest, DescribeInvalid(e));
    json issues = json::array();
    for (const auto& issue : IssuesOf(e.diagnostics())) issues.push_back(proto::Write(issue));
    error.details = json{{"issues", issues}};
    throw Refusal{std::move(error)};
  } catch (const config::ConfigError& e) {
    Refuse(std::string("cannot read the config file: ") + e.what());
  } catch (const config::ConcurrentModification&) {
    proto::ErrorShape error = proto::MakeError(
        proto::ErrorCode::kUnavailable, "the config file kept changing during the write; retry");
    error.retryable = true;
    throw Refusal{std::move(error)};
  } catch (const std::system_error& e) {
    throw Refusal{proto::MakeError(proto::ErrorCode::kUnavailable,
                                   std::string("cannot write the config file: ") + e.what())};
  }
  return outcome;
}

void ConfigService::ConfigGet(proto::ConfigGetParams, rpc::CallContext& context,
                              proto::Reply<proto::ConfigGetResult> reply) {
  context.executor().Post([this, shared = Share(std::move(reply))] { shared->Ok(Read()); });
}

void ConfigService::RunWrite(const std::string& method, WriteRequest request,
                             rpc::CallContext& context, WriteDone done) {
  if (auto limited = ConsumeWriteBudget(method)) return done(nullptr, &*limited);
  context.executor().Post(
      [this, method, request = std::move(request), ctx = context, done = std::move(done)] {
        WriteOutcome outcome;
        try {
          outcome = Write(method, request, ctx.peer());
        } catch (const Refusal& refusal) {
          return done(nullptr, &refusal.error);
        }
        if (outcome.written) {
          proto::ConfigChangedEvent event;
          event.path = domain_.paths.config_path.string();
          event.hash = outcome.hash;
          event.ts = Now();
          ctx.Emit()->ConfigChanged(event);
          std::string paths;
          for (const auto& p : outcome.changed_paths) paths += (paths.empty() ? "" : ", ") + p;
          ctx.log().Info(std::string(kSubsystem),
                         method + " by connection " + ctx.peer().conn_id + " wrote " + event.path +
                             " (changed: " + (paths.empty() ? "nothing" : paths) +
                             "); the config watcher applies it");
          // apply and patch answer once a live change is in effect (config.md §8); a restart is
          // only scheduled, and set persists only.
          if (request.kind != WriteKind::kSet && domain_.applied && domain_.watched &&
              !RestartInfo(outcome).required &&
              !domain_.applied->WaitFor(outcome.hash, kLiveApplyWait)) {
            ctx.log().Warn(std::string(kSubsystem),
                           method + ": the running gateway did not apply the change within " +
                               std::to_string(kLiveApplyWait.count()) + " ms");
          }
        }
        done(&outcome, nullptr);
      });
}

proto::ConfigRestartInfo ConfigService::RestartInfo(const WriteOutcome& outcome) const {
  // What the config watcher will do with this write (config.md §7).
  std::vector<std::string> restart_paths;
  for (const auto& path : outcome.changed_paths) {
    if (path == "meta" || path.starts_with("meta.")) continue;
    const auto kind = config::ReloadKindOf(path);
    if (kind == "restart" || (kind == "hot" && !config::AppliesLive(path))) {
      restart_paths.push_back(path);
    }
  }
  const auto running = domain_.running.Typed();
  const auto& gateway = running->gateway;
  const bool off = gateway && gateway->reload && gateway->reload->mode &&
                   *gateway->reload->mode == proto::ReloadMode::kOff;
  proto::ConfigRestartInfo restart;
  restart.required = !restart_paths.empty() || (off && outcome.written);
  restart.scheduled = restart.required && !off;
  if (off && restart.required) {
    restart.reason = "gateway.reload.mode is off: restart the gateway to apply the new config";
  } else if (restart.required) {
    std::string paths;
    for (const auto& p : restart_paths) paths += (paths.empty() ? "" : ", ") + p;
    restart.reason = "an in-process restart applies " + paths;
  } else {
    restart.reason =
        outcome.written ? "applied live" : "the running gateway already uses this config";
  }
  return restart;
}

proto::ConfigRestartSentinel ConfigService::Sentinel(
    const char* kind, const std::optional<std::string>& session_key,
    const std::optional<proto::ConfigDeliveryContext>& delivery,
    const std::optional<std::string>& note) const {
  proto::ConfigRestartSentinel sentinel;
  sentinel.persisted = false;  // nothing is delivered after a restart this gateway does not run
  json payload = {{"kind", kind}, {"status", "ok"}, {"ts", Now()}};
  if (session_key) payload["sessionKey"] = *session_key;
  if (delivery) payload["deliveryContext"] = proto::Write(*delivery);
  if (note) payload["message"] = *note;
  sentinel.payload = std::move(payload);
  return sentinel;
}

void ConfigService::ConfigSet(proto::ConfigSetParams params, rpc::CallContext& context,
                              proto::Reply<proto::ConfigSetResult> reply) {
  auto shared = Share(std::move(reply));
  RunWrite("config.set", {WriteKind::kSet, std::move(params.raw), std::move(params.base_hash), {}},
           context, [this, shared](const WriteOutcome* outcome, const proto::ErrorShape* error) {
             if (error) return shared->Fail(*error);
             proto::ConfigSetResult result;
             result.path = domain_.paths.config_path.string();
             result.hash = outcome->hash;
             result.config = config::RedactDocument(outcome->raw);
             shared->Ok(result);
           });
}

void ConfigService::ConfigApply(proto::ConfigApplyParams params, rpc::CallContext& context,
                                proto::Reply<proto::ConfigApplyResult> reply) {
  auto shared = Share(std::move(reply));
  WriteRequest request{WriteKind::kApply, std::move(params.raw), std::move(params.base_hash), {}};
  RunWrite("config.apply", std::move(request), context,
           [this, shared, params = std::move(params)](const WriteOutcome* outcome,
                                                      const proto::ErrorShape* error) {
             if (error) return shared->Fail(*error);
             proto::ConfigApplyResult result;
             result.path = domain_.paths.config_path.string();
             result.hash = outcome->hash;
             result.config = config::RedactDocument(outcome->raw);
             result.restart = RestartInfo(*outcome);
             result.sentinel =
                 Sentinel("config-apply", params.session_key, params.delivery_context, params.note);
             shared->Ok(result);
           });
}

void ConfigService::ConfigPatch(proto::ConfigPatchParams params, rpc::CallContext& context,
                                proto::Reply<proto::ConfigPatchResult> reply) {
  auto shared = Share(std::move(reply));
  WriteRequest request{WriteKind::kPatch, std::move(params.raw), std::move(params.base_hash),
                       params.replace_paths.value_or(std::vector<std::string>{})};
  RunWrite("config.patch", std::move(request), context,
           [this, shared, params = std::move(params)](const WriteOutcome* outcome,
                                                      const proto::ErrorShape* error) {
             if (error) return shared->Fail(*error);
             proto::ConfigPatchResult result;
             result.path = domain_.paths.config_path.string();
             result.config = config::RedactDocument(outcome->raw);
             result.changed_paths = outcome->changed_paths;
             if (!outcome->written) {
               result.noop = true;
               result.changed_paths.clear();
               return shared->Ok(result);
             }
             result.hash = outcome->hash;
             result.restart = RestartInfo(*outcome);
             result.sentinel =
                 Sentinel("config-patch", params.session_key, params.delivery_context, params.note);
             shared->Ok(result);
           });
}

void ConfigService::ConfigSchema(proto::ConfigSchemaParams, rpc::CallContext&,
                                 proto::Reply<proto::ConfigSchemaResponse> reply) {
  proto::ConfigSchemaResponse result;
  result.schema = config::ConfigSchemaDocument();
  for (const auto& hint : config::ConfigSchemaHints()) {
    proto::ConfigUiHint& out = result.ui_hints[hint.path];
    out.label = hint.label;
    if (!hint.help.empty()) out.help = hint.help;
    out.group = hint.group;
    if (hint.sensitive) out.sensitive = true;
  }
  result.version = domain_.version;
  result.generated_at = generated_at_;
  reply.Ok(result);
}

void ConfigService::ConfigSchemaLookup(proto::ConfigSchemaLookupParams params, rpc::CallContext&,
                                       proto::Reply<proto::ConfigSchemaLookupResult> reply) {
  auto node = config::LookupConfigSchema(params.path);
  if (!node) {
    return reply.Fail(proto::MakeError(proto::ErrorCode::kInvalidRequest,
                                       "config schema path not found: " + params.path));
  }
  auto kind = [](std::string_view path) {
    return proto::ParseConfigReloadKind(config::ReloadKindOf(path));
  };
  proto::ConfigSchemaLookupResult result;
  result.path = params.path;
  result.schema = std::move(node->schema);
  result.reload_kind = kind(params.path);
  for (auto& child : node->children) {
    proto::ConfigSchemaChild out;
    out.key = child.key;
    out.path = child.path;
    out.type = child.type;
    out.required = child.required;
    out.has_children = child.has_children;
    out.reload_kind = kind(child.path);
    result.children.push_back(std::move(out));
  }
  reply.Ok(result);
}

}  // namespace gateway::services
