// Channel DM pairing read and approved from outside the gateway, for `openclaw pairing list` and
// `openclaw pairing approve` (cli.md §4: the reference CLI works on its pairing tables directly,
// never through RPC, so approving works whether or not a gateway runs). SQLite in WAL mode lets
// the CLI share the channels' store with a running gateway, which reads approvals on every
// inbound DM.
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "server/config/paths.hpp"

namespace gateway::app {

struct LocalPairingRequest {
  std::string channel;
  std::string account_id;
  std::string sender_id;
  std::string code;
  std::string created_at;    // ISO 8601
  std::string last_seen_at;  // ISO 8601
  std::string meta_json;     // what the channel knew of the sender
};

// Unexpired requests of `channel` (every account when `account_id` is empty), oldest first; none
// when the store does not exist yet.
std::expected<std::vector<LocalPairingRequest>, std::string> ListLocalPairings(
    const config::Paths& paths, const std::string& channel, const std::string& account_id);

// Approves the pending request with `code` (case-insensitive): its sender joins the account's
// pairing allow list. nullopt when no unexpired request has that code.
std::expected<std::optional<LocalPairingRequest>, std::string> ApproveLocalPairing(
    const config::Paths& paths, const std::string& channel, const std::string& account_id,
    const std::string& code);

}  // namespace gateway::app
