// Who may DM the bot (config.md `channels.telegram.dmPolicy` / `allowFrom`), and the pairing
// reply an unknown sender gets under `pairing`.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gateway/proto/config_openclaw.hpp"

namespace gateway::channels::telegram {

// An allowFrom entry as a Telegram user id: "telegram:"/"tg:" prefixes (any case) dropped,
// trimmed; "*" stays. nullopt for anything that is not a decimal id (e.g. "@name").
std::optional<std::string> NormalizeAllowEntry(std::string_view entry);

enum class DmDecision {
  kAdmit,  // the turn runs
  kPair,   // unknown sender under `pairing`: ask the pairing store
  kDrop,   // refused silently
};

// `allow_from` normalized; `approved`: the sender is on the pairing allow list.
DmDecision DecideDm(proto::DmPolicy policy, const std::vector<std::string>& allow_from,
                    std::string_view sender_id, bool approved);

// The pairing reply (parse_mode HTML), per the spec's text; `profile` is OPENCLAW_PROFILE.
std::string PairingReplyHtml(std::string_view user_id, std::string_view code,
                             std::string_view profile);

}  // namespace gateway::channels::telegram
