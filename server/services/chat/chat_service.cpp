#include "server/services/chat/chat_service.hpp"

#include <charconv>
#include <chrono>
#include <memory>

#include "gateway/proto/chat_emits.hpp"
#include "server/platform/text.hpp"
#include "server/services/outbound/reply_delivery.hpp"
#include "server/services/sessions/session_wire.hpp"

namespace gateway::services {
namespace {

namespace ds = domain::sessions;

// methods.md §8 chat.history limits.
constexpr std::int64_t kMaxHistoryEntries = 1000;
constexpr std::size_t kMaxHistoryBytes = 6291456;
constexpr std::size_t kMaxMessageBytes = 131072;
constexpr std::string_view kOmittedText = "[chat.history omitted: message too large]";

// deltaCursor: "<sessionId>:<seq of the last entry shown>".
std::string MakeCursor(const std::string& session_id, std::int64_t seq) {
  return session_id + ":" + std::to_string(seq);
}

std::optional<std::pair<std::string, std::int64_t>> ParseCursor(std::string_view cursor) {
  const auto colon = cursor.rfind(':');
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  std::int64_t seq = 0;
  const auto digits = cursor.substr(colon + 1);
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), seq);
  if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return std::make_pair(std::string(cursor.substr(0, colon)), seq);
}

// Display-normalized messages of `events` (oldest first), each at most 128 KiB, all within 6 MiB
// (the oldest dropped first).
std::vector<proto::ChatHistoryMessage> ToMessages(const std::vector<ds::TranscriptEvent>& events) {
  std::vector<proto::ChatHistoryMessage> messages;
  std::vector<std::size_t> sizes;
  std::size_t total = 0;
  for (const auto& event : events) {
    auto message = ToHistoryMessage(event);
    if (!message) continue;
    std::size_t size = proto::Write(*message)
                           .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                           .size();
    if (size > kMaxMessageBytes) {
      message->content = nlohmann::json::array({{{"type", "text"}, {"text", kOmittedText}}});
      message->unknown_fields = nlohmann::json::object();
      size = proto::Write(*message).dump().size();
    }
    total += size;
    sizes.push_back(size);
    messages.push_back(std::move(*message));
  }
  std::size_t drop = 0;
  while (total > kMaxHistoryBytes && drop < messages.size()) total -= sizes[drop++];
  messages.erase(messages.begin(), messages.begin() + static_cast<long>(drop));
  return messages;
}

void AddRowSettings(const ds::SessionRow& row, proto::ChatHistoryResult& result) {
  // A default session (no overrides) has none of these (observed 2026.9.6).
  const auto& o = row.overrides;
  if (auto it = o.find("thinkingLevel"); it != o.end() && it->is_string()) {
    result.thinking_level = it->get<std::string>();
  }
  if (auto it = o.find("fastMode"); it != o.end() && !it->is_null()) {
    proto::SessionFastMode mode;
    try {
      proto::Read(*it, mode, "/fastMode");
      result.fast_mode = mode;
    } catch (const std::exception&) {
    }
  }
  if (auto it = o.find("toolOverrides"); it != o.end() && !it->is_null()) {
    result.tool_overrides = *it;
  }
  if (auto it = o.find("verboseLevel"); it != o.end() && it->is_string()) {
    result.verbose_level = it->get<std::string>();
  }
}

}  // namespace

ChatService::ChatService(Domain domain) : domain_(std::move(domain)) {}

std::int64_t ChatService::Now() const {
  if (domain_.now_ms) return domain_.now_ms();
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

void ChatService::ChatHistory(proto::ChatHistoryParams params, rpc::CallContext&,
                              proto::Reply<proto::ChatHistoryResult> reply) {
  const auto config = domain_.config.Typed();
  auto key = RequestKey(*config, params.session_key, params.agent_id);
  if (!key) {
    return reply.Fail(MalformedKey(params.session_key));
  }
  auto shared = std::make_shared<proto::Reply<proto::ChatHistoryResult>>(std::move(reply));
  const auto defaults = ModelDefaults(*config, AgentOfKey(*config, *key));
  auto& store = domain_.store;
  const std::int64_t limit = params.limit.value_or(200);
  const std::int64_t offset = params.offset.value_or(0);
  std::optional<std::pair<std::string, std::int64_t>> cursor;
  if (params.cursor) {
    cursor = ParseCursor(*params.cursor);
    if (!cursor) {
      proto::ChatHistoryResult reset;
      reset.kind = proto::ChatHistoryKind::kReset;
      return shared->Ok(reset);
    }
  }
  const std::string canonical = *key;
  auto requested_session = params.session_id;
  store.Get(canonical, [shared, &store, canonical, defaults, limit, offset, cursor,
                        requested_session](ds::StoreResult<std::optional<ds::SessionRow>> row) {
    if (!row) return shared->Fail(ToError(row.error()));
    if (!*row) {
      if (cursor) {
        proto::ChatHistoryResult reset;
        reset.kind = proto::ChatHistoryKind::kReset;
        return shared->Ok(reset);
      }
      proto::ChatHistoryResult empty;
      empty.session_key = canonical;
      empty.messages.emplace();
      empty.pending_inputs.emplace();
      empty.defaults = defaults;
      ds::SessionRow none;
      none.key = canonical;
      none.kind = ds::KindOfKey(canonical);
      proto::SessionRow info;
      info.key = canonical;
      info.kind = ToWireRow(none).kind;
      empty.session_info = std::move(info);
      return shared->Ok(empty);
    }
    ds::SessionRow current = std::move(**row);
    if (cursor &&
        (cursor->first != current.session_id || current.window_start_seq > cursor->second)) {
      proto::ChatHistoryResult reset;
      reset.kind = proto::ChatHistoryKind::kReset;
      return shared->Ok(reset);
    }
    ds::HistoryQuery query;
    query.limit = cursor ? kMaxHistoryEntries : std::min(kMaxHistoryEntries, limit + offset);
    query.session_id = requested_session;
    store.History(
        canonical, query,
        [shared, canonical, defaults, limit, offset, cursor,
         current](ds::StoreResult<ds::HistoryPage> page) {
          if (!page) return shared->Fail(ToError(page.error()));
          auto& events = page->events;
          proto::ChatHistoryResult result;
          const std::int64_t last_seq =
              events.empty() ? (cursor ? cursor->second : 0) : events.back().seq;
          if (cursor) {
            if (page->has_more && (events.empty() || events.front().seq > cursor->second + 1)) {
              proto::ChatHistoryResult reset;
              reset.kind = proto::ChatHistoryKind::kReset;
              return shared->Ok(reset);
            }
            std::erase_if(events, [&](const ds::TranscriptEvent& event) {
              return event.seq <= cursor->second;
            });
            result.kind = proto::ChatHistoryKind::kDelta;
          } else {
            result.session_key = canonical;
            result.defaults = defaults;
            AddRowSettings(current, result);
            bool has_more = page->has_more;
            // offset skips the newest `offset` entries (paging backwards).
            const auto skip = static_cast<std::size_t>(
                std::min<std::int64_t>(offset, static_cast<std::int64_t>(events.size())));
            events.erase(events.end() - static_cast<long>(skip), events.end());
            if (static_cast<std::int64_t>(events.size()) > limit) {
              events.erase(events.begin(), events.end() - static_cast<long>(limit));
              has_more = true;
            }
            if (offset > 0) result.offset = offset;
            if (has_more) {
              result.has_more = true;
              result.next_offset = offset + static_cast<std::int64_t>(events.size());
            }
          }
          result.session_id = page->session_id;
          result.messages = ToMessages(events);
          result.pending_inputs.emplace();
          result.delta_cursor = MakeCursor(page->session_id, last_seq);
          result.session_info = ToWireRow(current);
          shared->Ok(result);
        });
  });
}

void ChatService::ChatSend(proto::ChatSendParams params, rpc::CallContext& context,
                           proto::Reply<proto::ChatSendResult> reply) {
  const auto config = domain_.config.Typed();
  const bool has_attachments = params.attachments && !params.attachments->empty();
  if (platform::TrimAsciiSpace(params.message).empty() && !has_attachments) {
    return reply.Fail(InvalidRequest("message or attachment required"));
  }
  auto thinking = ThinkingParam(params.thinking);
  if (!thinking) return reply.Fail(thinking.error());
  auto key = RequestKey(*config, params.session_key, params.agent_id);
  if (!key) return reply.Fail(MalformedKey(params.session_key));

  domain::runs::RunRequest request;
  request.run_id = params.idempotency_key;
  request.session_key = *key;
  request.agent_id =
      params.agent_id ? ds::NormalizeAgentId(*params.agent_id) : AgentOfKey(*config, *key);
  request.message = std::move(params.message);
  request.thinking = *thinking;
  if (params.timeout_ms) request.timeout = std::chrono::milliseconds(*params.timeout_ms);
  request.queue_mode = ToQueueMode(params.queue_mode);

  // deliver:true with an originating channel target: the answer also goes there.
  std::optional<ReplyTarget> delivery;
  if (params.deliver.value_or(false) && params.originating_to) {
    auto target = ResolveReplyTarget(domain_.outbound, params.originating_channel,
                                     params.originating_account_id, params.originating_to,
                                     params.originating_thread_id);
    if (!target) return reply.Fail(InvalidRequest("cannot deliver the reply: " + target.error()));
    delivery = std::move(*target);
  }
  channels::Outbound* outbound = domain_.outbound;
  auto stream = StreamForCaller(domain_.runs, context,
                                [delivery, outbound](const domain::runs::RunInfo& info,
                                                     const domain::runs::RunOutcome& outcome) {
                                  if (!delivery || outcome.status != domain::runs::RunStatus::kOk ||
                                      platform::TrimAsciiSpace(outcome.text).empty() ||
                                      IsSilentReply(outcome.text)) {
                                    return;
                                  }
                                  DeliverReply(*outbound, *delivery, "chat-deliver:" + info.run_id,
                                               outcome.text, [](nlohmann::json) {});
                                });
  domain_.runs.engine.Submit(std::move(request), stream,
                             [&](const domain::runs::Admission& admission) {
                               RecordOwner(domain_.runs, context, admission);
                               proto::ChatSendResult ack;
                               ack.run_id = admission.info.run_id;
                               ack.status = AckStatus(admission);
                               if (admission.interrupted_active_run)
                                 ack.interrupted_active_run = true;
                               reply.Ok(ack);
                             });
}

void ChatService::ChatAbort(proto::ChatAbortParams params, rpc::CallContext&,
                            proto::Reply<proto::AbortResult> reply) {
  const auto config = domain_.config.Typed();
  auto key = RequestKey(*config, params.session_key, params.agent_id);
  if (!key) return reply.Fail(MalformedKey(params.session_key));
  if (params.agent_id && ds::ParseAgentKey(*key) &&
      ds::ParseAgentKey(*key)->agent_id != ds::NormalizeAgentId(*params.agent_id)) {
    return reply.Fail(InvalidRequest("agentId \"" + *params.agent_id +
                                     "\" does not match session key \"" + params.session_key +
                                     "\""));
  }
  if (params.run_id) {
    if (auto run = domain_.runs.engine.Find(*params.run_id); run && run->session_key != *key) {
      return reply.Fail(InvalidRequest("runId does not match sessionKey"));
    }
  }
  domain::runs::AbortQuery query;
  query.session_key = *key;
  query.run_id = params.run_id;
  auto ids = domain_.runs.engine.Abort(query);
  proto::AbortResult result;
  result.aborted = !ids.empty();
  result.run_ids = std::move(ids);
  reply.Ok(result);
}

void ChatService::ChatInject(proto::ChatInjectParams params, rpc::CallContext& context,
                             proto::Reply<proto::ChatInjectResult> reply) {
  const auto config = domain_.config.Typed();
  auto key = RequestKey(*config, params.session_key, params.agent_id);
  if (!key) return reply.Fail(InvalidRequest("session not found"));
  auto shared = std::make_shared<proto::Reply<proto::ChatInjectResult>>(std::move(reply));
  rpc::CallContext ctx = context;
  const std::int64_t now = Now();
  const std::string canonical = *key;
  auto& store = domain_.store;
  auto agent_id = params.agent_id;
  std::string text = std::move(params.message);
  store.Get(canonical, [shared, ctx, now, canonical, &store, agent_id, text = std::move(text)](
                           ds::StoreResult<std::optional<ds::SessionRow>> row) {
    if (!row) return shared->Fail(ToError(row.error()));
    if (!*row || (*row)->session_id.empty()) {
      return shared->Fail(InvalidRequest("session not found"));
    }
    auto message = ds::AssistantMessage(text, now, ds::StopReason::kStop);
    ds::AppendOptions options;
    options.create_if_missing = false;
    options.expected_session_id = (*row)->session_id;
    options.return_row = true;
    store.Append(canonical, ds::MessageEvent(message), options,
                 [shared, ctx, now, canonical, message,
                  agent_id](ds::StoreResult<ds::AppendResult> appended) {
                   if (!appended) {
                     if (appended.error().code == ds::StoreErrorCode::kNotFound) {
                       return shared->Fail(InvalidRequest("session not found"));
                     }
                     return shared->Fail(proto::MakeError(
                         proto::ErrorCode::kUnavailable,
                         "failed to write transcript: " + appended.error().message));
                   }
                   const std::string agent =
                       appended->row ? appended->row->agent_id : agent_id.value_or("");
                   ds::TranscriptEvent stored = ds::MessageEvent(message);
                   stored.id = appended->id;
                   stored.seq = appended->seq;
                   auto history = ToHistoryMessage(stored);
                   // chat {runId:"inject-<messageId>", seq:0, state:"final", message}
                   proto::ChatFinalEvent final_event;
                   final_event.run_id = "inject-" + appended->id;
                   final_event.session_key = canonical;
                   final_event.seq = 0;
                   if (!agent.empty()) final_event.agent_id = agent;
                   final_event.message = ds::ToJson(message);
                   ctx.Emits<proto::ChatInjectEmits>(rpc::Audience::SessionEvents(canonical))
                       ->Chat({final_event});
                   proto::SessionMessageEvent update;
                   update.session_key = canonical;
                   if (!agent.empty()) update.agent_id = agent;
                   update.session_id = appended->session_id;
                   update.message_id = appended->id;
                   update.message_seq = appended->seq;
                   if (history) update.message = *history;
                   if (appended->row) update.session = ToWireRow(*appended->row);
                   update.ts = now;
                   ctx.Emits<proto::ChatInjectEmits>(rpc::Audience::SessionMessages(canonical))
                       ->SessionMessage(update);
                   shared->Ok({.message_id = appended->id});
                 });
  });
}

}  // namespace gateway::services
