#include "server/domain/sessions/session_key.hpp"

#include <algorithm>

namespace gateway::domain::sessions {
namespace {

constexpr std::size_t kMaxIdLength = 64;

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string Lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = Lower(c);
  return out;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return text;
}

bool IsIdChar(char c) {
  const char l = Lower(c);
  return (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || l == '_' || l == '-';
}

bool IsAlnum(char c) {
  const char l = Lower(c);
  return (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9');
}

std::string NormalizeId(std::string_view raw, std::string_view fallback) {
  const std::string_view text = Trim(raw);
  const bool simple = !text.empty() && text.size() <= kMaxIdLength && IsAlnum(text.front()) &&
                      std::all_of(text.begin(), text.end(), IsIdChar);
  if (simple) return Lowered(text);
  // Lower-case, every run of other characters → '-', '-' trimmed at both ends, cut to 64.
  std::string out;
  bool in_run = false;
  for (char c : text) {
    if (IsIdChar(c)) {
      out += Lower(c);
      in_run = false;
    } else if (!in_run) {
      out += '-';
      in_run = true;
    }
  }
  const auto first = out.find_first_not_of('-');
  if (first == std::string::npos) return std::string(fallback);
  out.erase(0, first);
  out.erase(out.find_last_not_of('-') + 1);
  if (out.size() > kMaxIdLength) out.resize(kMaxIdLength);
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? std::string(fallback) : out;
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

// The peer id of a DM after identityLinks (only when dmScope ≠ main).
std::string CanonicalPeer(const std::string& peer, const std::string& channel,
                          const IdentityLinks& links) {
  for (const auto& [canonical, entries] : links) {
    for (const auto& entry : entries) {
      const std::string_view e = Trim(entry);
      if (IEquals(e, peer) || IEquals(e, channel + ":" + peer)) return LowerTrim(canonical);
    }
  }
  return peer;
}

// Signal group ids and Matrix room ids are opaque and case-sensitive.
bool KeepsPeerCase(const std::string& channel, ChatType type) {
  return type != ChatType::kDirect && (channel == "signal" || channel == "matrix");
}

std::vector<std::string_view> Split(std::string_view key) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (;;) {
    const auto colon = key.find(':', start);
    parts.push_back(key.substr(start, colon == std::string_view::npos ? key.npos : colon - start));
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  return parts;
}

}  // namespace

std::optional<DmScope> ParseDmScope(std::string_view text) {
  if (text == "main") return DmScope::kMain;
  if (text == "per-peer") return DmScope::kPerPeer;
  if (text == "per-channel-peer") return DmScope::kPerChannelPeer;
  if (text == "per-account-channel-peer") return DmScope::kPerAccountChannelPeer;
  return std::nullopt;
}

std::optional<GroupScope> ParseGroupScope(std::string_view text) {
  if (text == "per-group") return GroupScope::kPerGroup;
  if (text == "main") return GroupScope::kMain;
  return std::nullopt;
}

std::string_view ToString(ChatType type) {
  switch (type) {
    case ChatType::kDirect:
      return "direct";
    case ChatType::kGroup:
      return "group";
    case ChatType::kChannel:
      return "channel";
  }
  return "direct";
}

std::string_view ToString(SessionKind kind) {
  switch (kind) {
    case SessionKind::kDirect:
      return "direct";
    case SessionKind::kGroup:
      return "group";
    case SessionKind::kGlobal:
      return "global";
    case SessionKind::kUnknown:
      return "unknown";
  }
  return "unknown";
}

std::optional<SessionKind> ParseSessionKind(std::string_view text) {
  for (auto kind :
       {SessionKind::kDirect, SessionKind::kGroup, SessionKind::kGlobal, SessionKind::kUnknown}) {
    if (ToString(kind) == text) return kind;
  }
  return std::nullopt;
}

std::string NormalizeAgentId(std::string_view agent_id) {
  return NormalizeId(agent_id, kDefaultAgentId);
}

std::string NormalizeAccountId(std::string_view account_id) {
  return NormalizeId(account_id, kDefaultAccountId);
}

std::string LowerTrim(std::string_view text) { return Lowered(Trim(text)); }

std::string MainSessionKey(std::string_view agent_id) {
  return "agent:" + NormalizeAgentId(agent_id) + ":main";
}

std::string BuildPeerSessionKey(const PeerRoute& route, const KeyScopeConfig& config) {
  const std::string agent = NormalizeAgentId(route.agent_id);
  std::string channel = LowerTrim(route.channel);
  if (channel.empty()) channel = std::string(kUnknownKey);
  std::string base;
  if (route.chat_type == ChatType::kDirect) {
    std::string peer = LowerTrim(route.peer_id);
    if (peer.empty()) peer = std::string(kUnknownKey);
    switch (config.dm_scope) {
      case DmScope::kMain:
        base = MainSessionKey(agent);
        break;
      case DmScope::kPerPeer:
        base = "agent:" + agent + ":direct:" + CanonicalPeer(peer, channel, config.identity_links);
        break;
      case DmScope::kPerChannelPeer:
        base = "agent:" + agent + ":" + channel +
               ":direct:" + CanonicalPeer(peer, channel, config.identity_links);
        break;
      case DmScope::kPerAccountChannelPeer:
        base = "agent:" + agent + ":" + channel + ":" + NormalizeAccountId(route.account_id) +
               ":direct:" + CanonicalPeer(peer, channel, config.identity_links);
        break;
    }
  } else if (config.group_scope == GroupScope::kMain) {
    base = MainSessionKey(agent);
  } else {
    std::string peer(Trim(route.peer_id));
    if (peer.empty()) peer = std::string(kUnknownKey);
    if (!KeepsPeerCase(channel, route.chat_type)) peer = Lowered(peer);
    if (route.topic_id && !Trim(*route.topic_id).empty()) {
      peer += ":topic:" + LowerTrim(*route.topic_id);
    }
    base = "agent:" + agent + ":" + channel + ":" + std::string(ToString(route.chat_type)) + ":" +
           peer;
  }
  if (route.thread_id && !Trim(*route.thread_id).empty()) {
    return ThreadSessionKey(base, *route.thread_id, route.preserve_thread_case);
  }
  return base;
}

std::string ThreadSessionKey(std::string_view base_key, std::string_view thread_id,
                             bool preserve_case) {
  const std::string_view trimmed = Trim(thread_id);
  return std::string(base_key) +
         ":thread:" + (preserve_case ? std::string(trimmed) : Lowered(trimmed));
}

std::string CronJobSessionKey(std::string_view agent_id, std::string_view job_id) {
  return "agent:" + NormalizeAgentId(agent_id) + ":cron:" + LowerTrim(job_id);
}

std::string CronRunSessionKey(std::string_view agent_id, std::string_view job_id,
                              std::string_view run_session_id) {
  return CronJobSessionKey(agent_id, job_id) + ":run:" + LowerTrim(run_session_id);
}

std::string ExplicitSessionKey(std::string_view agent_id, std::string_view session_id) {
  return "agent:" + NormalizeAgentId(agent_id) + ":explicit:" + LowerTrim(session_id);
}

std::string OpenAiHttpSessionKey(OpenAiSurface surface, std::string_view agent_id,
                                 std::optional<std::string_view> user, std::string_view random_id) {
  const std::string prefix =
      surface == OpenAiSurface::kChatCompletions ? "openai" : "openresponses";
  const std::string agent = NormalizeAgentId(agent_id);
  if (user && !Trim(*user).empty()) {
    return "agent:" + agent + ":" + prefix + "-user:" + LowerTrim(*user);
  }
  return "agent:" + agent + ":" + prefix + ":" + LowerTrim(random_id);
}

std::string HookSessionKey(std::string_view uuid) { return "hook:" + LowerTrim(uuid); }

std::expected<std::string, KeyError> ScopeRequestKey(std::string_view request_key,
                                                     std::string_view agent_id) {
  const std::string key = LowerTrim(request_key);
  if (key.empty() || key == "main") return MainSessionKey(agent_id);
  if (StartsWith(key, "agent:")) {
    if (!ParseAgentKey(key)) return std::unexpected(KeyError::kMalformed);
    return CanonicalKey(Trim(request_key));
  }
  if (key == kGlobalKey || key == kUnknownKey) return key;
  return "agent:" + NormalizeAgentId(agent_id) + ":" + key;
}

std::string CanonicalKey(std::string_view key) {
  const auto parts = Split(key);
  std::string out;
  bool keep_next = false;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += ':';
    if (keep_next) {
      out += parts[i];
      keep_next = false;
      continue;
    }
    const std::string part = Lowered(parts[i]);
    out += part;
    // agent:<a>:<signal|matrix>:<group|channel>:<opaque id>
    if (i == 3 && (part == "group" || part == "channel")) {
      const std::string channel = Lowered(parts[2]);
      keep_next = channel == "signal" || channel == "matrix";
    }
  }
  return out;
}

std::optional<AgentKey> ParseAgentKey(std::string_view key) {
  if (!StartsWith(key, "agent:")) return std::nullopt;
  const std::string_view after = key.substr(6);
  const auto colon = after.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 >= after.size()) {
    return std::nullopt;
  }
  return AgentKey{std::string(after.substr(0, colon)), std::string(after.substr(colon + 1))};
}

SessionKind KindOfKey(std::string_view key) {
  if (key == kGlobalKey) return SessionKind::kGlobal;
  if (key == kUnknownKey) return SessionKind::kUnknown;
  const auto parts = Split(key);
  for (std::size_t i = 1; i < parts.size(); ++i) {
    if ((parts[i] == "group" || parts[i] == "channel") && i + 1 < parts.size()) {
      return SessionKind::kGroup;
    }
  }
  return SessionKind::kDirect;
}

bool IsMainSessionKey(std::string_view key) {
  const auto parsed = ParseAgentKey(key);
  return parsed && parsed->rest == "main";
}

bool IsReservedNamespace(std::string_view key) {
  std::string_view rest = key;
  if (const auto parsed = ParseAgentKey(key)) {
    rest = key.substr(6 + parsed->agent_id.size() + 1);
  }
  const std::string lowered = Lowered(rest);
  for (std::string_view ns : {"subagent", "cron", "acp"}) {
    if (lowered == ns || StartsWith(lowered, std::string(ns) + ":")) return true;
  }
  return false;
}

bool IsIncognitoKey(std::string_view key) {
  const auto parsed = ParseAgentKey(key);
  if (!parsed) return false;
  for (std::string_view kind : {"dashboard", "subagent", "internal-session-effects"}) {
    if (StartsWith(parsed->rest, std::string(kind) + ":incognito-")) return true;
  }
  return false;
}

bool IsThreadKey(std::string_view key) {
  const auto parts = Split(key);
  for (std::size_t i = 1; i + 1 < parts.size(); ++i) {
    if (parts[i] == "thread" || parts[i] == "topic") return true;
  }
  return false;
}

std::optional<std::string> ChannelOfKey(std::string_view key) {
  const auto parsed = ParseAgentKey(key);
  if (!parsed) return std::nullopt;
  const auto parts = Split(parsed->rest);
  // <channel>:direct|group|channel:… or <channel>:<account>:direct:…
  if (parts.size() >= 3 && (parts[1] == "direct" || parts[1] == "group" || parts[1] == "channel")) {
    return std::string(parts[0]);
  }
  if (parts.size() >= 4 && parts[2] == "direct") return std::string(parts[0]);
  return std::nullopt;
}

}  // namespace gateway::domain::sessions
