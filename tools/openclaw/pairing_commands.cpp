#include "tools/openclaw/pairing_commands.hpp"

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "server/app/pairing_local.hpp"
#include "tools/openclaw/cli_context.hpp"
#include "tools/openclaw/exit_codes.hpp"
#include "tools/openclaw/text_table.hpp"

namespace gateway::cli {
namespace {

using json = nlohmann::json;

constexpr const char* kDefaultChannel = "telegram";

struct ListOptions {
  std::optional<std::string> positional_channel;
  std::optional<std::string> channel;
  std::string account;
  bool json = false;
};

struct ApproveOptions {
  std::vector<std::string> positionals;  // [channel] <code>
  std::optional<std::string> channel;
  std::string account;
};

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string ChannelOf(const std::optional<std::string>& positional,
                      const std::optional<std::string>& flag) {
  if (positional && flag && Lower(*positional) != Lower(*flag)) {
    throw CommandError(kExitUsage, "channel given twice: " + *positional + " and " + *flag);
  }
  const std::string channel = Lower(positional ? *positional : flag.value_or(kDefaultChannel));
  if (channel != kDefaultChannel) {
    throw CommandError(kExitUsage, "unsupported channel: " + channel + " (supported: telegram)");
  }
  return channel;
}

int List(CliContext& ctx, const ListOptions& o) {
  const std::string channel = ChannelOf(o.positional_channel, o.channel);
  auto listed = app::ListLocalPairings(ctx.paths(), channel, Lower(o.account));
  if (!listed) throw CommandError(kExitFailure, listed.error());
  if (o.json) {
    json requests = json::array();
    for (const auto& request : *listed) {
      json meta = json::parse(request.meta_json, nullptr, false);
      if (!meta.is_object()) meta = json::object();
      meta["accountId"] = request.account_id;
      requests.push_back({{"id", request.sender_id},
                          {"code", request.code},
                          {"createdAt", request.created_at},
                          {"lastSeenAt", request.last_seen_at},
                          {"meta", meta}});
    }
    std::cout << json({{"channel", channel}, {"requests", requests}}).dump(2) << "\n";
    return kExitOk;
  }
  if (listed->empty()) {
    std::cout << "No pending " << channel << " pairing requests.\n";
    return kExitOk;
  }
  std::vector<std::vector<std::string>> rows = {{"CODE", "SENDER", "NAME", "ACCOUNT", "REQUESTED"}};
  for (const auto& request : *listed) {
    const json meta = json::parse(request.meta_json, nullptr, false);
    std::string name;
    if (meta.is_object()) {
      if (meta.value("username", "") != "") name = "@" + meta.value("username", "");
      if (name.empty()) name = meta.value("firstName", "");
    }
    rows.push_back({request.code, request.sender_id, name.empty() ? "-" : name, request.account_id,
                    request.created_at});
  }
  PrintTable(rows);
  std::cout << "Approve with: openclaw pairing approve " << channel << " <CODE>\n";
  return kExitOk;
}

int Approve(CliContext& ctx, const ApproveOptions& o) {
  if (o.positionals.empty() || o.positionals.size() > 2) {
    throw CommandError(kExitUsage, "usage: openclaw pairing approve [channel] <code>");
  }
  const bool with_channel = o.positionals.size() == 2;
  const std::string channel = ChannelOf(
      with_channel ? std::optional<std::string>(o.positionals[0]) : std::nullopt, o.channel);
  const std::string& code = o.positionals.back();
  auto approved = app::ApproveLocalPairing(ctx.paths(), channel, Lower(o.account), code);
  if (!approved) throw CommandError(kExitFailure, approved.error());
  if (!*approved) {
    throw CommandError(kExitFailure, "No pending pairing request found for code \"" + code +
                                         "\". Run `openclaw pairing list " + channel +
                                         "` to see pending requests.");
  }
  std::cout << "Approved " << channel << " sender " << (*approved)->sender_id << " (account "
            << (*approved)->account_id << ").\n";
  return kExitOk;
}

}  // namespace

void AddPairingCommands(CLI::App& app, Action& action) {
  auto* pairing = app.add_subcommand("pairing", "Channel DM pairing requests");
  pairing->require_subcommand(1);

  auto list_options = std::make_shared<ListOptions>();
  auto* list = pairing->add_subcommand("list", "List pending DM pairing requests with their codes");
  auto* l = list_options.get();
  list->add_option_function<std::string>(
      "channel", [l](const std::string& v) { l->positional_channel = v; }, "Channel (telegram)");
  list->add_option_function<std::string>(
      "--channel", [l](const std::string& v) { l->channel = v; }, "Channel (telegram)");
  list->add_option("--account", l->account, "Only this account");
  list->add_flag("--json", l->json, "Print JSON");
  list->callback([&action, list_options] {
    action = [list_options](CliContext& ctx) { return List(ctx, *list_options); };
  });

  auto approve_options = std::make_shared<ApproveOptions>();
  auto* approve = pairing->add_subcommand("approve", "Approve a DM pairing request by its code");
  auto* a = approve_options.get();
  approve->add_option("args", a->positionals, "[channel] <code>")->required();
  approve->add_option_function<std::string>(
      "--channel", [a](const std::string& v) { a->channel = v; }, "Channel (telegram)");
  approve->add_option("--account", a->account, "Only this account");
  approve->callback([&action, approve_options] {
    action = [approve_options](CliContext& ctx) { return Approve(ctx, *approve_options); };
  });
}

}  // namespace gateway::cli
