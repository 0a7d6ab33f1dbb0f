// Who the bot answers in groups (config.md `channels.telegram` groupPolicy / groupAllowFrom /
// groups, "Group gating"): an allowed group (`groups.<chatId>` or `"*"` under `allowlist`, any
// under `open`), an allowed sender (topic allowFrom ?? group allowFrom ?? groupAllowFrom ??
// allowFrom; never the DM pairing list; a group entry with groupPolicy open admits anyone), and a
// mention of the bot when the group requires one (the default): its @username, a reply to one of
// its messages, or a configured mentionPatterns regex.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gateway/proto/config_openclaw.hpp"
#include "server/channels/telegram/updates.hpp"

namespace gateway::channels::telegram {

// One `groups.<id>` (or `topics.<id>`) entry; unset fields inherit.
struct GroupRule {
  std::optional<bool> enabled;
  std::optional<bool> require_mention;
  std::optional<proto::GroupPolicy> group_policy;
  std::optional<std::vector<std::string>> allow_from;  // normalized user ids and "*"
  std::optional<std::string> system_prompt;
  std::map<std::string, GroupRule> topics;  // by thread id or "*"

  bool operator==(const GroupRule&) const = default;
};

struct GroupSettings {
  proto::GroupPolicy policy = proto::GroupPolicy::kAllowlist;
  std::vector<std::string> sender_allow;      // groupAllowFrom, else allowFrom (normalized)
  std::map<std::string, GroupRule> groups;    // by chat id or "*"
  std::vector<std::string> mention_patterns;  // regexes (RE2 syntax), matched case-insensitively

  bool operator==(const GroupSettings&) const = default;
};

// Reads groups.<id> entries (requireMention, enabled, groupPolicy, allowFrom, systemPrompt,
// topics); `problems` collects entries that cannot be used.
std::map<std::string, GroupRule> ParseGroupRules(
    const std::map<std::string, proto::ChannelGroupConfig>& groups,
    std::vector<std::string>& problems);

enum class GroupVerdict {
  kAnswer,
  kNotMentioned,   // allowed, but the group needs a mention and there was none
  kGroupBlocked,   // the group is not allowed (policy, not listed, disabled)
  kSenderBlocked,  // the sender is not allowed in this group
};
std::string_view ToString(GroupVerdict verdict);

struct GroupDecision {
  GroupVerdict verdict = GroupVerdict::kGroupBlocked;
  std::optional<std::string> system_prompt;  // the group's (or topic's) prompt when it answers
};

struct BotIdentity {
  std::string id;        // the bot's user id (getMe)
  std::string username;  // without the @
};

// Whether `message` addresses the bot.
bool IsMentioned(const InboundMessage& message, const BotIdentity& bot,
                 const std::vector<std::string>& patterns);

GroupDecision DecideGroup(const GroupSettings& settings, const InboundMessage& message,
                          bool mentioned);

}  // namespace gateway::channels::telegram
