#include "tools/openclaw/message_commands.hpp"

#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gateway/client/gateway_client.hpp"
#include "gateway/client/random_uuid.hpp"
#include "gateway/proto/outbound_client.hpp"
#include "tools/openclaw/exit_codes.hpp"
#include "tools/openclaw/rpc_command.hpp"

namespace gateway::cli {
namespace {

struct SendOptions {
  RpcOptions rpc;
  std::optional<std::string> channel;
  std::optional<std::string> account;
  std::string target;
  std::optional<std::string> message;
  std::vector<std::string> media;
  std::optional<std::string> reply_to;
  std::optional<std::string> thread_id;
  bool silent = false;
  bool force_document = false;
  bool gif_playback = false;
  bool dry_run = false;
};

struct PollOptions {
  RpcOptions rpc;
  std::optional<std::string> channel;
  std::optional<std::string> account;
  std::string target;
  std::string question;
  std::vector<std::string> options;
  bool multi = false;
  std::optional<std::int64_t> duration_hours;
  std::optional<std::string> thread_id;
  bool silent = false;
  bool dry_run = false;
};

void PrintSent(const client::RpcResult& raw, const proto::SendResult& sent, bool json_output,
               std::string_view what) {
  if (json_output) {
    std::cout << raw.payload.dump(2) << "\n";
    return;
  }
  std::cout << "Sent " << what << " via " << sent.channel << ". Message ID: " << sent.message_id;
  if (sent.poll_id) std::cout << " (poll " << *sent.poll_id << ")";
  std::cout << "\n";
}

int Send(CliContext& ctx, const SendOptions& o) {
  proto::SendParams params;
  params.to = o.target;
  params.message = o.message;
  if (o.media.size() == 1) params.media_url = o.media.front();
  if (o.media.size() > 1) params.media_urls = o.media;
  if (!o.message && o.media.empty()) {
    throw CommandError(kExitUsage, "--message or --media is required");
  }
  params.channel = o.channel;
  params.account_id = o.account;
  params.reply_to_id = o.reply_to;
  params.thread_id = o.thread_id;
  if (o.silent) params.silent = true;
  if (o.force_document) params.force_document = true;
  if (o.gif_playback) params.gif_playback = true;
  params.idempotency_key = client::RandomUuid();
  if (o.dry_run) {
    std::cout << proto::Write(params).dump(2) << "\n";
    return kExitOk;
  }
  auto client = ConnectTo(ResolveTarget(ctx, o.rpc), ScopesFor("send"),
                          std::chrono::milliseconds(o.rpc.timeout_ms));
  auto result = Typed([&] { return proto::OutboundClient(*client).Send(params); }, o.rpc.json);
  PrintSent(result.raw(), result.value(), o.rpc.json, "message");
  return kExitOk;
}

int Poll(CliContext& ctx, const PollOptions& o) {
  proto::PollParams params;
  params.to = o.target;
  params.question = o.question;
  params.options = o.options;
  if (o.multi) params.max_selections = static_cast<std::int64_t>(o.options.size());
  params.duration_hours = o.duration_hours;
  params.channel = o.channel;
  params.account_id = o.account;
  params.thread_id = o.thread_id;
  if (o.silent) params.silent = true;
  params.idempotency_key = client::RandomUuid();
  if (o.dry_run) {
    std::cout << proto::Write(params).dump(2) << "\n";
    return kExitOk;
  }
  auto client = ConnectTo(ResolveTarget(ctx, o.rpc), ScopesFor("poll"),
                          std::chrono::milliseconds(o.rpc.timeout_ms));
  auto result = Typed([&] { return proto::OutboundClient(*client).Poll(params); }, o.rpc.json);
  PrintSent(result.raw(), result.value(), o.rpc.json, "poll");
  return kExitOk;
}

}  // namespace

void AddMessageCommands(CLI::App& app, Action& action) {
  auto* message = app.add_subcommand("message", "Send messages and polls through a channel");
  message->require_subcommand(1);

  auto send_options = std::make_shared<SendOptions>();
  auto* send = message->add_subcommand("send", "Send a message to a channel target (send RPC)");
  auto* o = send_options.get();
  send->add_option_function<std::string>(
      "--channel", [o](const std::string& v) { o->channel = v; }, "Channel (e.g. telegram)");
  send->add_option_function<std::string>(
      "--account", [o](const std::string& v) { o->account = v; }, "Channel account id");
  send->add_option("-t,--target", o->target, "Destination (Telegram: chat id or @channel)")
      ->required();
  send->add_option_function<std::string>(
      "-m,--message", [o](const std::string& v) { o->message = v; }, "The text (Markdown)");
  send->add_option("--media", o->media, "Media path or URL (repeatable)");
  send->add_option_function<std::string>(
      "--reply-to", [o](const std::string& v) { o->reply_to = v; }, "Message id to reply to");
  send->add_option_function<std::string>(
      "--thread-id", [o](const std::string& v) { o->thread_id = v; }, "Thread (Telegram topic) id");
  send->add_flag("--silent", o->silent, "Deliver without a notification");
  send->add_flag("--force-document", o->force_document, "Send media as a document");
  send->add_flag("--gif-playback", o->gif_playback, "Play a video as a GIF");
  send->add_flag("--dry-run", o->dry_run, "Print the request instead of sending it");
  AddRpcFlags(*send, o->rpc);
  send->callback([&action, send_options] {
    action = [send_options](CliContext& ctx) { return Send(ctx, *send_options); };
  });

  auto poll_options = std::make_shared<PollOptions>();
  auto* poll = message->add_subcommand("poll", "Send a poll to a channel target (poll RPC)");
  auto* p = poll_options.get();
  poll->add_option_function<std::string>(
      "--channel", [p](const std::string& v) { p->channel = v; }, "Channel (e.g. telegram)");
  poll->add_option_function<std::string>(
      "--account", [p](const std::string& v) { p->account = v; }, "Channel account id");
  poll->add_option("-t,--target", p->target, "Destination")->required();
  poll->add_option("--poll-question", p->question, "The question")->required();
  poll->add_option("--poll-option", p->options, "An answer (repeatable, 2 to 12)")->required();
  poll->add_flag("--poll-multi", p->multi, "Allow several answers");
  poll->add_option_function<std::int64_t>(
      "--poll-duration-hours", [p](std::int64_t v) { p->duration_hours = v; },
      "Close after this many hours");
  poll->add_option_function<std::string>(
      "--thread-id", [p](const std::string& v) { p->thread_id = v; }, "Thread id");
  poll->add_flag("--silent", p->silent, "Deliver without a notification");
  poll->add_flag("--dry-run", p->dry_run, "Print the request instead of sending it");
  AddRpcFlags(*poll, p->rpc);
  poll->callback([&action, poll_options] {
    action = [poll_options](CliContext& ctx) { return Poll(ctx, *poll_options); };
  });
}

}  // namespace gateway::cli
