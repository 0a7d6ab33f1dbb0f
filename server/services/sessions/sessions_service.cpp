#include "server/services/sessions/sessions_service.hpp"

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>

#include "gateway/proto/sessions_emits.hpp"
#include "server/platform/text.hpp"
#include "server/services/sessions/session_wire.hpp"

namespace gateway::services {
namespace {

namespace ds = domain::sessions;

template <class Result>
std::shared_ptr<proto::Reply<Result>> Share(proto::Reply<Result> reply) {
  return std::make_shared<proto::Reply<Result>>(std::move(reply));
}

constexpr std::size_t kPreviewMaxKeys = 64;
constexpr std::int64_t kPreviewMaxChars = 800;

bool HasAnyListParam(const proto::SessionsListParams& params) {
  return !proto::Write(params).empty();
}

// Lengths in UTF-16 units of the list's derived texts (the Control UI shows one line of each).
constexpr std::size_t kDerivedTitleMaxUnits = 60;
constexpr std::size_t kLastMessageMaxUnits = 120;

void AddListTexts(const ds::RowTexts& texts, bool titles, bool last_message,
                  proto::SessionRow& row) {
  if (titles && texts.first_user) {
    row.derived_title =
        CutUtf16(platform::CollapseAsciiSpace(*texts.first_user), kDerivedTitleMaxUnits);
  }
  if (last_message && texts.last_message) {
    row.last_message_preview =
        CutUtf16(platform::CollapseAsciiSpace(*texts.last_message), kLastMessageMaxUnits);
  }
}

}  // namespace

SessionsService::SessionsService(Domain domain) : domain_(std::move(domain)) {}

std::int64_t SessionsService::Now() const {
  if (domain_.now_ms) return domain_.now_ms();
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

void SessionsService::BuildList(
    const proto::SessionsListParams& params,
    std::function<void(ds::StoreResult<proto::SessionsListResult>)> done) {
  const auto config = domain_.config.Typed();
  ds::ListQuery query;
  query.limit = params.limit.value_or(100);
  query.offset = params.offset.value_or(0);
  query.active_minutes = params.active_minutes;
  query.require_last_interaction = params.require_last_interaction.value_or(false);
  if (params.sort_by == proto::SessionsListSort::kLastInteractionAt) {
    query.sort = ds::ListSort::kLastInteractionAt;
  }
  query.include_global = params.include_global.value_or(false);
  query.include_unknown = params.include_unknown.value_or(false);
  if (params.configured_agents_only.value_or(false)) {
    query.agent_ids = ConfiguredAgentIds(*config);
  }
  if (params.agent_id) query.agent_id = ds::NormalizeAgentId(*params.agent_id);
  query.label = params.label;
  query.spawned_by = params.spawned_by;
  if (params.search && !params.search->empty()) query.search = params.search;
  if (params.archived) {
    if (const auto* flag = std::get_if<bool>(&params.archived->value)) {
      query.archived = *flag ? ds::ArchivedFilter::kOnly : ds::ArchivedFilter::kExclude;
    } else {
      query.archived = ds::ArchivedFilter::kAll;
    }
  }
  const bool titles = params.include_derived_titles.value_or(false);
  const bool last_message = params.include_last_message.value_or(false);
  query.with_texts = titles || last_message;
  const std::string agent = query.agent_id.value_or(DefaultAgentId(*config));
  const std::int64_t ts = Now();
  const std::string path = domain_.store.path().string();
  const std::int64_t limit = query.limit;
  auto defaults = ModelDefaults(*config, agent);
  domain_.store.List(std::move(query),
                     [=, done = std::move(done)](ds::StoreResult<ds::ListPage> page) {
                       if (!page) return done(std::unexpected(page.error()));
                       proto::SessionsListResult result;
                       result.ts = ts;
                       result.path = path;
                       result.count = static_cast<std::int64_t>(page->rows.size());
                       result.total_count = page->total_count;
                       result.limit_applied = limit;
                       if (page->offset > 0) result.offset = page->offset;
                       result.next_offset = page->next_offset;
                       result.has_more = page->has_more;
                       result.defaults = defaults;
                       result.sessions.reserve(page->rows.size());
                       for (std::size_t i = 0; i < page->rows.size(); ++i) {
                         auto row = ToWireRow(page->rows[i]);
                         if (i < page->texts.size()) {
                           AddListTexts(page->texts[i], titles, last_message, row);
                         }
                         result.sessions.push_back(std::move(row));
                       }
                       done(std::move(result));
                     });
}

void SessionsService::SessionsList(proto::SessionsListParams params, rpc::CallContext&,
                                   proto::Reply<proto::SessionsListResult> reply) {
  auto shared = Share(std::move(reply));
  BuildList(params, [shared](ds::StoreResult<proto::SessionsListResult> result) {
    if (!result) return shared->Fail(ToError(result.error()));
    shared->Ok(*result);
  });
}

void SessionsService::SessionsPreview(proto::SessionsPreviewParams params, rpc::CallContext&,
                                      proto::Reply<proto::SessionsPreviewResult> reply) {
  const auto config = domain_.config.Typed();
  if (params.keys.size() > kPreviewMaxKeys) params.keys.resize(kPreviewMaxKeys);
  const std::size_t limit = static_cast<std::size_t>(params.limit.value_or(12));
  const std::size_t max_units = static_cast<std::size_t>(
      std::min(kPreviewMaxChars, std::max<std::int64_t>(20, params.max_chars.value_or(240))));

  struct Gather {
    std::mutex mutex;
    proto::SessionsPreviewResult result;
    std::size_t pending = 0;
    proto::Reply<proto::SessionsPreviewResult> reply;
    explicit Gather(proto::Reply<proto::SessionsPreviewResult> r) : reply(std::move(r)) {}
    void Done() {
      std::lock_guard lock(mutex);
      if (--pending == 0) reply.Ok(result);
    }
  };
  auto gather = std::make_shared<Gather>(std::move(reply));
  gather->result.ts = Now();
  gather->result.previews.resize(params.keys.size());
  gather->pending = params.keys.size();

  for (std::size_t i = 0; i < params.keys.size(); ++i) {
    auto& preview = gather->result.previews[i];
    preview.key = params.keys[i];
    auto key = RequestKey(*config, params.keys[i], std::nullopt);
    if (!key) {
      preview.status = proto::SessionPreviewStatus::kMissing;
      gather->Done();
      continue;
    }
    ds::HistoryQuery query;
    query.limit = static_cast<std::int64_t>(std::min<std::size_t>(limit * 4 + 16, 1000));
    domain_.store.History(*key, query,
                          [gather, i, limit, max_units](ds::StoreResult<ds::HistoryPage> page) {
                            auto& preview = gather->result.previews[i];
                            if (!page) {
                              preview.status = page.error().code == ds::StoreErrorCode::kNotFound
                                                   ? proto::SessionPreviewStatus::kMissing
                                                   : proto::SessionPreviewStatus::kError;
                              return gather->Done();
                            }
                            std::vector<proto::SessionPreviewItem> items;
                            for (const auto& event : page->events) {
                              if (event.type != "message" || !event.message) continue;
                              const auto& message = *event.message;
                              if (message.role == ds::MessageRole::kToolResult) continue;
                              std::string text = ds::MessageText(message);
                              if (text.empty() || IsSilentReply(text)) continue;
                              proto::SessionPreviewItem item;
                              item.role = message.role == ds::MessageRole::kUser
                                              ? proto::SessionPreviewRole::kUser
                                              : proto::SessionPreviewRole::kAssistant;
                              item.text = CutUtf16(text, max_units);
                              items.push_back(std::move(item));
                            }
                            if (items.size() > limit)
                              items.erase(items.begin(), items.end() - static_cast<long>(limit));
                            preview.status = items.empty() ? proto::SessionPreviewStatus::kEmpty
                                                           : proto::SessionPreviewStatus::kOk;
                            preview.items = std::move(items);
                            gather->Done();
                          });
  }
  if (params.keys.empty()) gather->reply.Ok(gather->result);
}

void SessionsService::SessionsResolve(proto::SessionsResolveParams params, rpc::CallContext&,
                                      proto::Reply<proto::SessionsResolveResult> reply) {
  const auto config = domain_.config.Typed();
  ds::ResolveQuery query;
  if (params.key) {
    auto key = RequestKey(*config, *params.key, params.agent_id);
    if (!key) return reply.Fail(MalformedKey(*params.key));
    query.key = *key;
  }
  query.session_id = params.session_id;
  query.short_id = params.short_id;
  query.label = params.label;
  if (params.agent_id) query.agent_id = ds::NormalizeAgentId(*params.agent_id);
  query.spawned_by = params.spawned_by;
  query.include_global = params.include_global.value_or(false);
  query.include_unknown = params.include_unknown.value_or(false);
  auto shared = Share(std::move(reply));
  domain_.store.Resolve(std::move(query), [shared](ds::StoreResult<ds::ResolveOutcome> outcome) {
    if (!outcome) return shared->Fail(ToError(outcome.error()));
    proto::SessionsResolveResult result;
    result.ok = outcome->ok;
    if (outcome->ok && outcome->match) {
      result.key = outcome->match->key;
      result.agent_id = outcome->match->agent_id;
      result.display_name = outcome->match->display_name;
    } else if (!outcome->candidates.empty()) {
      result.candidates.emplace();
      for (const auto& candidate : outcome->candidates) {
        proto::SessionResolveCandidate wire;
        wire.key = candidate.key;
        wire.agent_id = candidate.agent_id;
        wire.display_name = candidate.display_name;
        result.candidates->push_back(std::move(wire));
      }
    }
    shared->Ok(result);
  });
}

void SessionsService::SessionsPatch(proto::SessionsPatchParams params, rpc::CallContext& context,
                                    proto::Reply<proto::SessionsPatchResult> reply) {
  const auto config = domain_.config.Typed();
  auto key = RequestKey(*config, params.key, params.agent_id);
  if (!key) return reply.Fail(MalformedKey(params.key));
  if (params.exec_security) return reply.Fail(InvalidRequest("execSecurity cannot be patched"));
  if (params.exec_ask) return reply.Fail(InvalidRequest("execAsk cannot be patched"));

  ds::SessionPatch patch;
  if (params.agent_id) patch.agent_id = ds::NormalizeAgentId(*params.agent_id);
  patch.expected_session_id = params.expected_session_id;
  patch.expected_lifecycle_revision = params.expected_lifecycle_revision;
  if (params.label) patch.label = *params.label;
  if (params.model) {
    // "provider/model" is a user selection of both; a bare name keeps no provider.
    if (*params.model) {
      const auto& model = **params.model;
      const auto slash = model.find('/');
      if (slash != std::string::npos && slash > 0) {
        patch.model_provider = std::optional<std::string>(model.substr(0, slash));
        patch.model = std::optional<std::string>(model.substr(slash + 1));
      } else {
        patch.model_provider = std::optional<std::string>();
        patch.model = std::optional<std::string>(model);
      }
    } else {
      patch.model = std::optional<std::string>();
      patch.model_provider = std::optional<std::string>();
    }
  }
  if (params.archived) patch.archived = params.archived->value_or(false);
  if (params.pinned) patch.pinned = params.pinned->value_or(false);
  if (params.unread) patch.unread = params.unread->value_or(false);
  // Every other field is a per-session setting kept by its wire name (null clears it).
  nlohmann::json overrides = proto::Write(params);
  for (const char* handled :
       {"key", "agentId", "expectedSessionId", "expectedLifecycleRevision",
        "expectedPermissionMode", "expectedToolOverrides", "expectedMarkedUnreadAt",
        "expectedSandboxMode", "expectedNativeRuntimeConsent", "label", "model", "archived",
        "pinned", "unread"}) {
    overrides.erase(handled);
  }
  const bool catalog_changed = params.model.has_value() || params.agent_runtime.has_value();
  patch.overrides = std::move(overrides);

  auto shared = Share(std::move(reply));
  rpc::CallContext ctx = context;
  const std::string path = domain_.store.path().string();
  const std::int64_t ts = Now();
  domain_.store.Patch(
      *key, std::move(patch),
      [shared, ctx, path, config, ts, catalog_changed](ds::StoreResult<ds::SessionRow> row) {
        if (!row) return shared->Fail(ToError(row.error()));
        proto::SessionsPatchResult result;
        result.path = path;
        result.key = row->key;
        result.entry = ToWireEntry(*row);
        result.resolved = ResolvedModel(*config, *row);
        proto::SessionsChangedEvent event;
        event.reason = "patch";
        event.session_key = row->key;
        event.agent_id = row->agent_id;
        event.session_id = row->session_id;
        event.session = ToWireRow(*row);
        if (catalog_changed) event.catalog_changed = true;
        event.ts = ts;
        ctx.Emits<proto::SessionsPatchEmits>(rpc::Audience::SessionWatchers())
            ->SessionsChanged(event);
        shared->Ok(result);
      });
}

void SessionsService::SessionsReset(proto::SessionsResetParams params, rpc::CallContext& context,
                                    proto::Reply<proto::SessionsResetResult> reply) {
  const auto config = domain_.config.Typed();
  auto key = RequestKey(*config, params.key, params.agent_id);
  if (!key) return reply.Fail(MalformedKey(params.key));
  const std::string reason = params.reason == "new" ? "new" : "reset";
  const std::int64_t ts = Now();
  rpc::CallContext ctx = context;
  if (ds::IsIncognitoKey(*key)) {
    // Incognito sessions live in memory only: a reset drops them.
    proto::SessionsResetResult result;
    result.key = *key;
    result.deleted = true;
    proto::SessionsChangedEvent event;
    event.reason = "delete";
    event.session_key = *key;
    event.agent_id = AgentOfKey(*config, *key);
    event.ts = ts;
    ctx.Emits<proto::SessionsResetEmits>(rpc::Audience::SessionWatchers())->SessionsChanged(event);
    return reply.Ok(result);
  }
  ds::ResetParams reset;
  reset.reason = reason;
  reset.expected_session_id = params.expected_session_id;
  if (params.agent_id) reset.agent_id = ds::NormalizeAgentId(*params.agent_id);
  auto shared = Share(std::move(reply));
  domain_.store.Reset(*key, std::move(reset),
                      [shared, ctx, config, reason, ts](ds::StoreResult<ds::ResetOutcome> outcome) {
                        if (!outcome) return shared->Fail(ToError(outcome.error()));
                        const auto& row = outcome->row;
                        proto::SessionsResetResult result;
                        result.key = row.key;
                        result.entry = ToWireEntry(row);
                        result.resolved = ResolvedModel(*config, row);
                        proto::SessionsChangedEvent event;
                        event.reason = reason;
                        event.session_key = row.key;
                        event.agent_id = row.agent_id;
                        event.ts = ts;
                        ctx.Emits<proto::SessionsResetEmits>(rpc::Audience::SessionWatchers())
                            ->SessionsChanged(event);
                        shared->Ok(result);
                      });
}

void SessionsService::SessionsDelete(proto::SessionsDeleteParams params, rpc::CallContext& context,
                                     proto::Reply<proto::SessionsDeleteResult> reply) {
  const auto config = domain_.config.Typed();
  auto key = RequestKey(*config, params.key, params.agent_id);
  if (!key) return reply.Fail(MalformedKey(params.key));
  ds::DeleteParams del;
  del.delete_transcript = params.delete_transcript.value_or(true);
  del.archived_only = params.archived_only.value_or(false);
  del.expected_session_id = params.expected_session_id;
  del.expected_lifecycle_revision = params.expected_lifecycle_revision;
  auto shared = Share(std::move(reply));
  rpc::CallContext ctx = context;
  const std::int64_t ts = Now();
  const std::string requested = *key;
  domain_.store.Delete(
      *key, std::move(del),
      [shared, ctx, ts, requested](ds::StoreResult<ds::DeleteOutcome> outcome) {
        if (!outcome) return shared->Fail(ToError(outcome.error()));
        proto::SessionsDeleteResult result;
        result.key = requested;
        result.deleted = outcome->deleted;
        result.archived = outcome->archived;
        if (!outcome->deleted) return shared->Ok(result);
        auto emit = ctx.Emits<proto::SessionsDeleteEmits>(rpc::Audience::SessionWatchers());
        proto::SessionsChangedEvent event;
        event.reason = "delete";
        event.session_key = requested;
        if (outcome->row) {
          event.session_id = outcome->row->session_id;
          event.agent_id = outcome->row->agent_id;
        }
        event.ts = ts;
        emit->SessionsChanged(event);
        proto::SessionsChangedEvent keyless;
        keyless.reason = "delete";
        keyless.ts = ts;
        emit->SessionsChanged(keyless);
        shared->Ok(result);
      });
}

void SessionsService::SessionsCompact(proto::SessionsCompactParams params,
                                      rpc::CallContext& context,
                                      proto::Reply<proto::SessionsCompactResult> reply) {
  const auto config = domain_.config.Typed();
  auto key = RequestKey(*config, params.key, params.agent_id);
  if (!key) return reply.Fail(MalformedKey(params.key));
  auto shared = Share(std::move(reply));
  rpc::CallContext ctx = context;
  const std::int64_t ts = Now();
  const std::string canonical = *key;
  const std::string agent = AgentOfKey(*config, canonical);
  if (!params.max_lines) {
    // Summarization by the agent's model.
    domain_.runs.engine.Summarize(
        canonical, agent,
        [shared, ctx, ts, canonical,
         agent](std::expected<domain::runs::SummaryOutcome, domain::runs::SummaryFailure> summary) {
          using Kind = domain::runs::SummaryFailure::Kind;
          proto::SessionsCompactResult result;
          result.key = canonical;
          result.compacted = false;
          if (!summary) {
            switch (summary.error().kind) {
              case Kind::kActiveRun:
              case Kind::kQueued:
                return shared->Fail(InvalidRequest(summary.error().message));
              case Kind::kChanged:
                return shared->Fail(
                    ToError({ds::StoreErrorCode::kConflict, summary.error().message}));
              case Kind::kFailed:
                result.ok = false;  // the summarization's own result (methods.md §5)
                result.reason = summary.error().message;
                return shared->Ok(result);
            }
          }
          // Nothing to summarize: a preflight no-op reports ok:false, missing data ok:true.
          result.ok = !summary->reason || *summary->reason != "nothing to compact";
          result.reason = summary->reason;
          if (!summary->compacted) return shared->Ok(result);
          result.compacted = true;
          proto::SessionsCompactResultResult tokens;
          tokens.unknown_fields = {{"tokensBefore", summary->tokens_before},
                                   {"tokensAfter", summary->tokens_after}};
          result.result = std::move(tokens);
          proto::SessionsChangedEvent event;
          event.reason = "compact";
          event.session_key = canonical;
          event.agent_id = agent;
          event.compacted = true;
          if (summary->row) {
            event.session_id = summary->row->session_id;
            event.session = ToWireRow(*summary->row);
          }
          event.ts = ts;
          ctx.Emits<proto::SessionsCompactEmits>(rpc::Audience::SessionWatchers())
              ->SessionsChanged(event);
          shared->Ok(result);
        });
    return;
  }
  domain_.store.Compact(
      canonical, *params.max_lines,
      [shared, ctx, ts, canonical, agent](ds::StoreResult<ds::CompactOutcome> outcome) {
        proto::SessionsCompactResult result;
        result.ok = true;
        result.key = canonical;
        if (!outcome) {
          if (outcome.error().code != ds::StoreErrorCode::kNotFound) {
            return shared->Fail(ToError(outcome.error()));
          }
          result.compacted = false;
          result.reason = "no sessionId";
          return shared->Ok(result);
        }
        result.compacted = outcome->compacted;
        if (outcome->reason) {
          result.reason = outcome->reason;
        } else {
          result.kept = outcome->kept;
        }
        if (!outcome->compacted) return shared->Ok(result);
        proto::SessionsChangedEvent event;
        event.reason = "compact";
        event.session_key = canonical;
        event.agent_id = agent;
        event.compacted = true;
        event.ts = ts;
        ctx.Emits<proto::SessionsCompactEmits>(rpc::Audience::SessionWatchers())
            ->SessionsChanged(event);
        shared->Ok(result);
      });
}

void SessionsService::SessionsSubscribe(proto::SessionsListParams params, rpc::CallContext& context,
                                        proto::Reply<proto::SessionsSubscribeResult> reply) {
  // Registered before the list is built: events may arrive before the response.
  domain_.subscriptions.WatchSessions(context.peer().conn_id, true);
  if (!HasAnyListParam(params)) return reply.Ok(proto::SessionsSubscribeResult{});
  auto shared = Share(std::move(reply));
  BuildList(params, [shared](ds::StoreResult<proto::SessionsListResult> list) {
    if (!list) return shared->Fail(ToError(list.error()));
    proto::SessionsSubscribeResult result;
    result.list = std::move(*list);
    shared->Ok(result);
  });
}

void SessionsService::SessionsMessagesSubscribe(
    proto::SessionsMessagesSubscribeParams params, rpc::CallContext& context,
    proto::Reply<proto::SessionsMessagesSubscription> reply) {
  const auto config = domain_.config.Typed();
  auto key = RequestKey(*config, params.key, params.agent_id);
  if (!key) return reply.Fail(MalformedKey(params.key));
  domain_.subscriptions.WatchSessionMessages(context.peer().conn_id, *key, true);
  reply.Ok({.subscribed = true, .key = *key});
}

void SessionsService::SessionsMessagesUnsubscribe(
    proto::SessionsMessagesUnsubscribeParams params, rpc::CallContext& context,
    proto::Reply<proto::SessionsMessagesSubscription> reply) {
  const auto config = domain_.config.Typed();
  auto key = RequestKey(*config, params.key, params.agent_id);
  if (!key) return reply.Fail(MalformedKey(params.key));
  domain_.subscriptions.WatchSessionMessages(context.peer().conn_id, *key, false);
  reply.Ok({.subscribed = false, .key = *key});
}

void SessionsService::SessionsSend(proto::SessionsSendParams params, rpc::CallContext& context,
                                   proto::Reply<proto::SessionsSendResult> reply) {
  const auto config = domain_.config.Typed();
  auto thinking = ThinkingParam(params.thinking);
  if (!thinking) return reply.Fail(thinking.error());
  auto key = RequestKey(*config, params.key, params.agent_id);
  if (!key) return reply.Fail(MalformedKey(params.key));
  domain::runs::RunRequest request;
  request.run_id = params.idempotency_key.value_or(NewRunId());
  request.session_key = *key;
  request.agent_id =
      params.agent_id ? sessions::NormalizeAgentId(*params.agent_id) : AgentOfKey(*config, *key);
  request.message = std::move(params.message);
  request.thinking = *thinking;
  if (params.timeout_ms) request.timeout = std::chrono::milliseconds(*params.timeout_ms);
  auto stream = StreamForCaller(domain_.runs, context);
  domain_.runs.engine.Submit(std::move(request), stream,
                             [&](const domain::runs::Admission& admission) {
                               RecordOwner(domain_.runs, context, admission);
                               proto::SessionsSendResult ack;
                               ack.run_id = admission.info.run_id;
                               ack.status = AckStatus(admission);
                               reply.Ok(ack);
                             });
}

void SessionsService::SessionsAbort(proto::SessionsAbortParams params, rpc::CallContext&,
                                    proto::Reply<proto::AbortResult> reply) {
  const auto config = domain_.config.Typed();
  if (!params.key && !params.run_id) {
    return reply.Fail(InvalidRequest("sessions.abort needs key or runId"));
  }
  domain::runs::AbortQuery query;
  if (params.key) {
    auto key = RequestKey(*config, *params.key, params.agent_id);
    if (!key) return reply.Fail(MalformedKey(*params.key));
    query.session_key = *key;
  }
  query.run_id = params.run_id;
  query.include_queued = params.clear_queued.value_or(false) || params.run_id.has_value();
  auto ids = domain_.runs.engine.Abort(query);
  proto::AbortResult result;
  result.aborted = !ids.empty();
  result.run_ids = std::move(ids);
  reply.Ok(result);
}

}  // namespace gateway::services
