#include "server/channels/telegram/group_policy.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <type_traits>

#include "server/channels/telegram/dm_policy.hpp"
#include "server/platform/text.hpp"

namespace gateway::channels::telegram {
namespace {

using json = nlohmann::json;

constexpr std::size_t kMaxPatternText = 64 * 1024;  // longer texts are matched on their start

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

std::optional<GroupRule> ParseRule(const json& entry, const std::string& where,
                                   std::vector<std::string>& problems) {
  if (!entry.is_object()) {
    problems.push_back(where + " must be an object");
    return std::nullopt;
  }
  GroupRule rule;
  if (auto it = entry.find("enabled"); it != entry.end() && it->is_boolean()) {
    rule.enabled = it->get<bool>();
  }
  if (auto it = entry.find("requireMention"); it != entry.end() && it->is_boolean()) {
    rule.require_mention = it->get<bool>();
  }
  if (auto it = entry.find("groupPolicy"); it != entry.end() && it->is_string()) {
    rule.group_policy = proto::ParseGroupPolicy(it->get<std::string>());
    if (!rule.group_policy) problems.push_back(where + ".groupPolicy is not a group policy");
  }
  if (auto it = entry.find("allowFrom"); it != entry.end() && it->is_array()) {
    std::vector<std::string> allow;
    for (const auto& value : *it) {
      const std::string text = value.is_string()   ? value.get<std::string>()
                               : value.is_number() ? value.dump()
                                                   : std::string();
      if (auto id = NormalizeAllowEntry(text)) {
        allow.push_back(std::move(*id));
      } else {
        problems.push_back(where + ".allowFrom entry " + value.dump() +
                           " is not a Telegram user id");
      }
    }
    rule.allow_from = std::move(allow);
  }
  if (auto it = entry.find("systemPrompt"); it != entry.end() && it->is_string()) {
    rule.system_prompt = it->get<std::string>();
  }
  if (auto it = entry.find("topics"); it != entry.end() && it->is_object()) {
    for (const auto& [id, topic] : it->items()) {
      if (auto parsed = ParseRule(topic, where + ".topics." + id, problems)) {
        rule.topics[id] = std::move(*parsed);
      }
    }
  }
  return rule;
}

const GroupRule* Lookup(const std::map<std::string, GroupRule>& rules, const std::string& id) {
  if (auto it = rules.find(id); it != rules.end()) return &it->second;
  if (auto it = rules.find("*"); it != rules.end()) return &it->second;
  return nullptr;
}

bool Listed(const std::vector<std::string>& allow, const std::string& sender) {
  return std::find(allow.begin(), allow.end(), "*") != allow.end() ||
         std::find(allow.begin(), allow.end(), sender) != allow.end();
}

}  // namespace

std::map<std::string, GroupRule> ParseGroupRules(
    const std::map<std::string, proto::ChannelGroupConfig>& groups,
    std::vector<std::string>& problems) {
  std::map<std::string, GroupRule> rules;
  for (const auto& [id, group] : groups) {
    if (auto rule = ParseRule(proto::Write(group), "groups." + id, problems)) {
      rules[id] = std::move(*rule);
    }
  }
  return rules;
}

std::string_view ToString(GroupVerdict verdict) {
  switch (verdict) {
    case GroupVerdict::kAnswer:
      return "answer";
    case GroupVerdict::kNotMentioned:
      return "not mentioned";
    case GroupVerdict::kGroupBlocked:
      return "group not allowed";
    case GroupVerdict::kSenderBlocked:
      return "sender not allowed";
  }
  return "unknown";
}

bool IsMentioned(const InboundMessage& message, const BotIdentity& bot,
                 const std::vector<std::string>& patterns) {
  if (!bot.id.empty() && message.reply_to_sender_id == bot.id) return true;
  if (!bot.username.empty()) {
    const std::string text = platform::AsciiLower(message.text);
    const std::string handle = "@" + platform::AsciiLower(bot.username);
    for (auto at = text.find(handle); at != std::string::npos; at = text.find(handle, at + 1)) {
      const std::size_t end = at + handle.size();
      const bool starts = at == 0 || !IsWordChar(text[at - 1]);
      if (starts && (end == text.size() || !IsWordChar(text[end]))) return true;
    }
  }
  if (patterns.empty()) return false;
  const std::string_view text = std::string_view(message.text).substr(0, kMaxPatternText);
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  for (const auto& pattern : patterns) {
    const RE2 re(pattern, options);
    if (re.ok() && RE2::PartialMatch(text, re)) return true;
  }
  return false;
}

GroupDecision DecideGroup(const GroupSettings& settings, const InboundMessage& message,
                          bool mentioned) {
  GroupDecision decision;
  if (settings.policy == proto::GroupPolicy::kDisabled) return decision;
  const GroupRule* group = Lookup(settings.groups, message.chat_id);
  const GroupRule* topic = nullptr;
  if (group && message.is_topic_message && message.thread_id) {
    topic = Lookup(group->topics, std::to_string(*message.thread_id));
  }
  // The most specific setting wins: topic, group, then the account.
  const auto pick = [&](auto member) {
    if (topic && (topic->*member)) return topic->*member;
    if (group && (group->*member)) return group->*member;
    return std::remove_cvref_t<decltype(group->*member)>{};
  };
  if (pick(&GroupRule::enabled) == false) return decision;
  const auto policy = pick(&GroupRule::group_policy).value_or(settings.policy);
  if (policy == proto::GroupPolicy::kDisabled) return decision;
  // allowlist: the group must be listed (by id or "*").
  if (policy == proto::GroupPolicy::kAllowlist && !group) return decision;
  if (policy == proto::GroupPolicy::kAllowlist) {
    const auto allow = pick(&GroupRule::allow_from).value_or(settings.sender_allow);
    if (!Listed(allow, message.sender_id)) {
      decision.verdict = GroupVerdict::kSenderBlocked;
      return decision;
    }
  }
  if (pick(&GroupRule::require_mention).value_or(true) && !mentioned) {
    decision.verdict = GroupVerdict::kNotMentioned;
    return decision;
  }
  decision.verdict = GroupVerdict::kAnswer;
  decision.system_prompt = pick(&GroupRule::system_prompt);
  return decision;
}

}  // namespace gateway::channels::telegram
