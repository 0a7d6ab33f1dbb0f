#include "server/channels/telegram/dm_policy.hpp"

#include <algorithm>

#include "server/channels/text_chunks.hpp"
#include "server/platform/text.hpp"

namespace gateway::channels::telegram {

std::optional<std::string> NormalizeAllowEntry(std::string_view entry) {
  entry = platform::TrimAsciiSpace(entry);
  for (std::string_view prefix : {"telegram:", "tg:"}) {
    if (entry.size() >= prefix.size() &&
        platform::AsciiIEquals(entry.substr(0, prefix.size()), prefix)) {
      entry = platform::TrimAsciiSpace(entry.substr(prefix.size()));
      break;
    }
  }
  if (entry == "*") return std::string(entry);
  std::string_view digits = entry.starts_with('-') ? entry.substr(1) : entry;
  if (digits.empty() || digits.size() > 20 ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  return std::string(entry);
}

DmDecision DecideDm(proto::DmPolicy policy, const std::vector<std::string>& allow_from,
                    std::string_view sender_id, bool approved) {
  const auto listed = [&](std::string_view id) {
    return std::find(allow_from.begin(), allow_from.end(), id) != allow_from.end();
  };
  switch (policy) {
    case proto::DmPolicy::kDisabled:
      return DmDecision::kDrop;
    case proto::DmPolicy::kOpen:
      // `open` needs "*": without it the list decides, as under allowlist.
      return listed("*") || listed(sender_id) ? DmDecision::kAdmit : DmDecision::kDrop;
    case proto::DmPolicy::kAllowlist:
      return listed(sender_id) ? DmDecision::kAdmit : DmDecision::kDrop;
    case proto::DmPolicy::kPairing:
      return listed("*") || listed(sender_id) || approved ? DmDecision::kAdmit : DmDecision::kPair;
  }
  return DmDecision::kDrop;
}

std::string PairingReplyHtml(std::string_view user_id, std::string_view code,
                             std::string_view profile) {
  std::string command = "openclaw pairing approve telegram " + std::string(code);
  if (!profile.empty()) command += " --profile " + std::string(profile);
  return "OpenClaw: access not configured.\n\nYour Telegram user id: " + EscapeHtml(user_id) +
         "\nPairing code:\n<pre><code>" + EscapeHtml(code) +
         "</code></pre>\n\nAsk the bot owner to approve with:\n<pre><code>" + EscapeHtml(command) +
         "</code></pre>";
}

}  // namespace gateway::channels::telegram
