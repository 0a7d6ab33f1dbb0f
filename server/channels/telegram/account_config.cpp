#include "server/channels/telegram/account_config.hpp"

#include <re2/re2.h>

#include <filesystem>
#include <optional>

#include "server/channels/telegram/bot_api.hpp"
#include "server/channels/telegram/dm_policy.hpp"
#include "server/platform/files.hpp"
#include "server/platform/text.hpp"

namespace gateway::channels::telegram {
namespace {

using json = nlohmann::json;
namespace sessions = domain::sessions;

const json* Extra(const json& unknown, const char* name) {
  if (!unknown.is_object()) return nullptr;
  const auto it = unknown.find(name);
  return it == unknown.end() || it->is_null() ? nullptr : &*it;
}

// The account's value of an untyped key, else the channel root's.
const json* Inherited(const proto::ChannelConfig& root, const proto::ChannelAccountConfig* account,
                      const char* name) {
  if (account) {
    if (const json* value = Extra(account->unknown_fields, name)) return value;
  }
  return Extra(root.unknown_fields, name);
}

std::optional<std::string> ReadTokenFile(const std::string& file, const config::Paths& paths,
                                         std::string& problem) {
  const auto path = config::ExpandHome(file, paths.home);
  std::error_code ec;
  const auto status = std::filesystem::symlink_status(path, ec);
  if (ec || !std::filesystem::is_regular_file(status)) {
    problem = "tokenFile " + path.string() + " is not a regular file (symlinks are refused)";
    return std::nullopt;
  }
  auto text = platform::ReadWholeFile(path);
  if (!text) {
    problem = "tokenFile " + path.string() + " cannot be read";
    return std::nullopt;
  }
  std::string token(platform::TrimAsciiSpace(*text));
  if (token.empty()) {
    problem = "tokenFile " + path.string() + " is empty";
    return std::nullopt;
  }
  return token;
}

std::optional<std::string> OwningAgent(const proto::OpenClawConfig& config,
                                       const std::string& account_id) {
  if (!config.bindings) return std::nullopt;
  for (const auto& binding : *config.bindings) {
    if (!platform::AsciiIEquals(binding.match.channel, "telegram") || binding.match.peer) continue;
    const std::string wanted =
        binding.match.account_id ? *binding.match.account_id : std::string("default");
    if (wanted == "*" || sessions::NormalizeAccountId(wanted) == account_id) {
      return sessions::NormalizeAgentId(binding.agent_id);
    }
  }
  return std::nullopt;
}

sessions::KeyScopeConfig ScopeOf(const proto::OpenClawConfig& config,
                                 const std::string& account_id) {
  sessions::KeyScopeConfig scope;
  if (config.session) {
    if (config.session->dm_scope) {
      scope.dm_scope = sessions::ParseDmScope(proto::ToString(*config.session->dm_scope))
                           .value_or(scope.dm_scope);
    }
    if (config.session->identity_links) {
      for (const auto& [name, ids] : *config.session->identity_links)
        scope.identity_links[name] = ids;
    }
  }
  if (!config.bindings) return scope;
  for (const auto& binding : *config.bindings) {
    if (!platform::AsciiIEquals(binding.match.channel, "telegram") || !binding.session ||
        !binding.session->dm_scope || binding.match.peer) {
      continue;
    }
    const std::string wanted =
        binding.match.account_id ? *binding.match.account_id : std::string("default");
    if (wanted == "*" || sessions::NormalizeAccountId(wanted) == account_id) {
      scope.dm_scope = sessions::ParseDmScope(proto::ToString(*binding.session->dm_scope))
                           .value_or(scope.dm_scope);
      break;
    }
  }
  return scope;
}

std::optional<StreamMode> ParseStreamMode(const json& value) {
  // `streaming: "partial"` (the older shorthand) or `streaming: {mode: "partial", …}`.
  const json* mode = &value;
  if (value.is_object()) {
    const auto it = value.find("mode");
    if (it == value.end()) return StreamMode::kProgress;
    mode = &*it;
  }
  if (mode->is_boolean()) return mode->get<bool>() ? StreamMode::kPartial : StreamMode::kOff;
  if (!mode->is_string()) return std::nullopt;
  const auto text = mode->get<std::string>();
  for (auto candidate :
       {StreamMode::kOff, StreamMode::kPartial, StreamMode::kBlock, StreamMode::kProgress}) {
    if (text == ToString(candidate)) return candidate;
  }
  return std::nullopt;
}

std::optional<ErrorPolicy> ParseErrorPolicy(const json& value) {
  if (!value.is_string()) return std::nullopt;
  const auto text = value.get<std::string>();
  if (text == "always") return ErrorPolicy::kAlways;
  if (text == "once") return ErrorPolicy::kOnce;
  if (text == "silent") return ErrorPolicy::kSilent;
  return std::nullopt;
}

AccountResolution Resolve(const proto::OpenClawConfig& config, const proto::ChannelConfig& root,
                          const std::string& account_id, const proto::ChannelAccountConfig* account,
                          const config::Environment& env, const config::Paths& paths,
                          const config::UnresolvedReferences& unresolved) {
  TelegramAccount out;
  out.account_id = account_id;
  out.enabled = (account && account->enabled) ? *account->enabled : root.enabled.value_or(true);
  const auto fail = [&](std::string message) {
    return std::unexpected(AccountProblem{account_id, std::move(message)});
  };

  // Token: tokenFile > botToken > TELEGRAM_BOT_TOKEN (default account only).
  std::string problem;
  if (const json* file = Inherited(root, account, "tokenFile")) {
    if (!file->is_string()) return fail("tokenFile must be a path string");
    auto token = ReadTokenFile(file->get<std::string>(), paths, problem);
    if (!token) return fail(problem);
    out.token = std::move(*token);
    out.token_source = "tokenFile";
  } else if (const auto& secret =
                 account && account->bot_token ? account->bot_token : root.bot_token) {
    const std::string key_path = account && account->bot_token
                                     ? "channels.telegram.accounts." + account_id + ".botToken"
                                     : "channels.telegram.botToken";
    try {
      auto token = config::ResolveSecret(proto::Write(*secret), env, paths, key_path, unresolved);
      if (!token || token->empty()) return fail(key_path + " is empty");
      out.token = std::move(*token);
      out.token_source = "botToken";
    } catch (const std::exception& e) {
      return fail(e.what());
    }
  } else if (auto token = env.GetNonEmpty("TELEGRAM_BOT_TOKEN");
             token && account_id == sessions::kDefaultAccountId) {
    out.token = std::move(*token);
    out.token_source = "env";
  } else {
    return fail("no bot token: set channels.telegram.botToken, tokenFile or TELEGRAM_BOT_TOKEN");
  }

  out.api_root = std::string(kDefaultApiRoot);
  if (const json* root_url = Inherited(root, account, "apiRoot")) {
    if (!root_url->is_string() || !transport::ParseUrl(root_url->get<std::string>())) {
      return fail("apiRoot must be an http(s) URL");
    }
    out.api_root = root_url->get<std::string>();
  }
  if (const json* limit = Inherited(root, account, "textChunkLimit")) {
    if (!limit->is_number_integer() || limit->get<std::int64_t>() <= 0 ||
        limit->get<std::int64_t>() > 4096) {
      return fail("textChunkLimit must be an integer from 1 to 4096");
    }
    out.text_chunk_limit = limit->get<int>();
  }

  if (const json* streaming = Inherited(root, account, "streaming")) {
    auto mode = ParseStreamMode(*streaming);
    if (!mode) return fail("streaming.mode must be one of off, partial, block, progress");
    out.stream_mode = *mode;
  }
  if (const json* policy = Inherited(root, account, "errorPolicy")) {
    auto parsed = ParseErrorPolicy(*policy);
    if (!parsed) return fail("errorPolicy must be one of always, once, silent");
    out.error_policy = *parsed;
  }

  const json* webhook_url = Inherited(root, account, "webhookUrl");
  const json* webhook_secret = Inherited(root, account, "webhookSecret");
  if (webhook_url && webhook_secret) {
    WebhookSettings hook;
    if (!webhook_url->is_string() || !transport::ParseUrl(webhook_url->get<std::string>())) {
      return fail("webhookUrl must be an http(s) URL");
    }
    hook.url = webhook_url->get<std::string>();
    if (!webhook_secret->is_string() || webhook_secret->get<std::string>().empty()) {
      return fail("webhookSecret must be a non-empty string");
    }
    hook.secret = webhook_secret->get<std::string>();
    if (const json* path = Inherited(root, account, "webhookPath")) {
      if (!path->is_string() || !path->get<std::string>().starts_with('/') ||
          path->get<std::string>() == "/healthz") {
        return fail("webhookPath must be a path starting with / (and not /healthz)");
      }
      hook.path = path->get<std::string>();
    }
    if (const json* host = Inherited(root, account, "webhookHost")) {
      if (!host->is_string() || host->get<std::string>().empty()) {
        return fail("webhookHost must be a host name or address");
      }
      hook.host = host->get<std::string>();
    }
    if (const json* port = Inherited(root, account, "webhookPort")) {
      if (!port->is_number_integer() || port->get<std::int64_t>() < 0 ||
          port->get<std::int64_t>() > 65535) {
        return fail("webhookPort must be an integer from 0 to 65535");
      }
      hook.port = port->get<int>();
    }
    out.webhook = std::move(hook);
  } else if (webhook_url) {
    out.warnings.push_back("webhookUrl without webhookSecret: long polling is used");
  }

  out.dm_policy = (account && account->dm_policy)
                      ? *account->dm_policy
                      : root.dm_policy.value_or(proto::DmPolicy::kPairing);
  const auto& allow = (account && account->allow_from) ? account->allow_from : root.allow_from;
  if (allow) {
    for (const auto& entry : *allow) {
      if (auto id = NormalizeAllowEntry(entry)) {
        out.allow_from.push_back(std::move(*id));
      } else {
        out.warnings.push_back("allowFrom entry \"" + entry + "\" is not a Telegram user id");
      }
    }
  }
  if (out.dm_policy == proto::DmPolicy::kAllowlist && out.allow_from.empty()) {
    return fail("dmPolicy allowlist needs at least one allowFrom id");
  }
  if (out.dm_policy == proto::DmPolicy::kOpen &&
      std::find(out.allow_from.begin(), out.allow_from.end(), "*") == out.allow_from.end()) {
    return fail("dmPolicy open needs \"*\" in allowFrom");
  }

  // Groups: groupPolicy (account, channel, channels.defaults, allowlist), groupAllowFrom (else
  // allowFrom), groups, mentionPatterns.
  out.groups.policy = (account && account->group_policy) ? *account->group_policy
                      : root.group_policy                ? *root.group_policy
                      : (config.channels->defaults && config.channels->defaults->group_policy)
                          ? *config.channels->defaults->group_policy
                          : proto::GroupPolicy::kAllowlist;
  const auto& group_allow =
      (account && account->group_allow_from) ? account->group_allow_from : root.group_allow_from;
  if (group_allow) {
    for (const auto& entry : *group_allow) {
      if (auto id = NormalizeAllowEntry(entry)) {
        out.groups.sender_allow.push_back(std::move(*id));
      } else {
        out.warnings.push_back("groupAllowFrom entry \"" + entry + "\" is not a Telegram user id");
      }
    }
  } else {
    out.groups.sender_allow = out.allow_from;
  }
  const auto& groups = (account && account->groups) ? account->groups : root.groups;
  if (groups) out.groups.groups = ParseGroupRules(*groups, out.warnings);
  if (const json* patterns = Inherited(root, account, "mentionPatterns")) {
    if (!patterns->is_array()) return fail("mentionPatterns must be a list of regexes");
    for (const auto& pattern : *patterns) {
      if (!pattern.is_string() || !RE2(pattern.get<std::string>(), RE2::Quiet).ok()) {
        out.warnings.push_back("mentionPatterns entry " + pattern.dump() + " is not a regex");
        continue;
      }
      out.groups.mention_patterns.push_back(pattern.get<std::string>());
    }
  }

  auto agent = OwningAgent(config, account_id);
  if (!agent) {
    return fail(
        "no owning agent: add bindings: [{agentId: \"main\", match: {channel: \"telegram\", "
        "accountId: \"" +
        account_id + "\"}}]");
  }
  out.agent_id = std::move(*agent);
  out.scope = ScopeOf(config, account_id);
  return out;
}

}  // namespace

std::string_view ToString(StreamMode mode) {
  switch (mode) {
    case StreamMode::kOff:
      return "off";
    case StreamMode::kPartial:
      return "partial";
    case StreamMode::kBlock:
      return "block";
    case StreamMode::kProgress:
      return "progress";
  }
  return "progress";
}

std::optional<std::string> ConfiguredDefaultAccount(const proto::OpenClawConfig& config) {
  if (!config.channels || !config.channels->telegram) return std::nullopt;
  const json* value = Extra(config.channels->telegram->unknown_fields, "defaultAccount");
  if (!value || !value->is_string() || value->get<std::string>().empty()) return std::nullopt;
  return sessions::NormalizeAccountId(value->get<std::string>());
}

std::vector<AccountResolution> ResolveTelegramAccounts(
    const proto::OpenClawConfig& config, const config::Environment& env, const config::Paths& paths,
    const config::UnresolvedReferences& unresolved) {
  std::vector<AccountResolution> accounts;
  if (!config.channels || !config.channels->telegram) return accounts;
  const auto& root = *config.channels->telegram;
  if (root.enabled == false) return accounts;
  if (!root.accounts || root.accounts->empty()) {
    accounts.push_back(Resolve(config, root, std::string(sessions::kDefaultAccountId), nullptr, env,
                               paths, unresolved));
    return accounts;
  }
  for (const auto& [id, account] : *root.accounts) {
    accounts.push_back(
        Resolve(config, root, sessions::NormalizeAccountId(id), &account, env, paths, unresolved));
  }
  return accounts;
}

}  // namespace gateway::channels::telegram
