// RunEngine::Summarize: sessions.compact by model summarization.
#include <limits>
#include <memory>

#include "server/domain/runs/run_state.hpp"

namespace gateway::domain::runs {
namespace {

namespace ds = sessions;

// Below this many messages there is nothing worth summarizing.
constexpr std::size_t kMinMessages = 4;
constexpr std::string_view kSummaryPrompt =
    "Summarize the conversation above so that it can be continued from the summary alone. Keep "
    "the facts, names, decisions, open questions and unfinished tasks; drop pleasantries. Answer "
    "with the summary only.";

std::int64_t EstimateTokens(const std::vector<providers::Message>& messages) {
  std::size_t bytes = 0;
  for (const auto& message : messages) bytes += message.text.size() + 16;
  return static_cast<std::int64_t>(bytes / 4);
}

struct Summary : std::enable_shared_from_this<Summary> {
  using Done = std::function<void(std::expected<SummaryOutcome, SummaryFailure>)>;
  ds::SessionStore& store;
  providers::FailoverRunner& models;
  const TurnPlanner& planner;
  std::string key, agent_id;
  Done done;
  ds::SessionRow row;
  std::int64_t last_seq = 0;
  SummaryOutcome outcome;

  Summary(ds::SessionStore& store, providers::FailoverRunner& models, const TurnPlanner& planner,
          std::string key, std::string agent_id, Done done)
      : store(store),
        models(models),
        planner(planner),
        key(std::move(key)),
        agent_id(std::move(agent_id)),
        done(std::move(done)) {}

  void Fail(SummaryFailure::Kind kind, std::string message) {
    done(std::unexpected(SummaryFailure{kind, std::move(message)}));
  }

  void Start() {
    auto self = shared_from_this();
    store.Get(key, [self](ds::StoreResult<std::optional<ds::SessionRow>> got) {
      if (!got) return self->Fail(SummaryFailure::Kind::kFailed, got.error().message);
      if (!*got || (*got)->session_id.empty()) {
        self->outcome.reason = "no sessionId";
        return self->done(self->outcome);
      }
      self->row = std::move(**got);
      self->last_seq = self->row.last_seq;
      self->Read();
    });
  }

  void Read() {
    ds::HistoryQuery query;
    query.limit = 1000;
    query.messages_only = false;
    auto self = shared_from_this();
    store.History(key, query, [self](ds::StoreResult<ds::HistoryPage> page) {
      if (!page) return self->Fail(SummaryFailure::Kind::kFailed, page.error().message);
      auto messages = HistoryForModel(page->events, std::numeric_limits<std::int64_t>::max());
      if (messages.empty()) {
        self->outcome.reason = "no transcript";
        return self->done(self->outcome);
      }
      if (messages.size() < kMinMessages) {
        self->outcome.reason = "nothing to compact";
        return self->done(self->outcome);
      }
      self->outcome.tokens_before = EstimateTokens(messages);
      self->Ask(std::move(messages));
    });
  }

  void Ask(std::vector<providers::Message> messages) {
    RunRequest request;
    request.agent_id = agent_id;
    const auto plan = planner.Models(request, row);
    messages.push_back(providers::Message::User(std::string(kSummaryPrompt)));
    providers::ModelRequest model_request;
    model_request.system_prompt = "You write faithful, compact summaries of conversations.";
    model_request.messages = std::move(messages);
    auto self = shared_from_this();
    providers::FailoverSink sink;
    sink.on_complete = [self](const std::string&, providers::StreamOutcome answer) {
      if (!answer) return self->Fail(SummaryFailure::Kind::kFailed, answer.error().message);
      if (answer->text.empty()) {
        return self->Fail(SummaryFailure::Kind::kFailed, "the model returned an empty summary");
      }
      self->Store(std::move(answer->text));
    };
    models.Stream(plan.chain, std::move(model_request), std::move(sink), {});
  }

  void Store(std::string summary) {
    ds::TranscriptEvent entry;
    entry.type = "compaction";
    outcome.tokens_after = static_cast<std::int64_t>(summary.size() / 4 + 1);
    entry.fields = {{"summary", summary},
                    {"tokensBefore", outcome.tokens_before},
                    {"tokensAfter", outcome.tokens_after}};
    ds::AppendOptions options;
    options.create_if_missing = false;
    options.expected_session_id = row.session_id;
    options.return_row = true;
    auto self = shared_from_this();
    // The transcript must still end where the summary was read: otherwise a turn came between.
    store.Get(key, [self, entry, options](ds::StoreResult<std::optional<ds::SessionRow>> now) {
      if (!now || !*now || (*now)->session_id != self->row.session_id ||
          (*now)->last_seq != self->last_seq) {
        return self->Fail(SummaryFailure::Kind::kChanged,
                          "Session " + self->key + " changed before compaction. Retry.");
      }
      self->store.Append(
          self->key, entry, options, [self](ds::StoreResult<ds::AppendResult> appended) {
            if (!appended) {
              return self->Fail(SummaryFailure::Kind::kFailed, appended.error().message);
            }
            self->outcome.compacted = true;
            self->outcome.row = appended->row;
            self->done(self->outcome);
          });
    });
  }
};

}  // namespace

void RunEngine::Summarize(const std::string& session_key, const std::string& agent_id,
                          std::function<void(std::expected<SummaryOutcome, SummaryFailure>)> done) {
  {
    std::lock_guard lock(mutex_);
    auto lane = lanes_.find(session_key);
    if (lane != lanes_.end() && lane->second.active) {
      return done(std::unexpected(SummaryFailure{
          SummaryFailure::Kind::kActiveRun,
          "Session " + session_key + " has an active run; retry after it finishes."}));
    }
    if (lane != lanes_.end() && !lane->second.queue.empty()) {
      return done(std::unexpected(
          SummaryFailure{SummaryFailure::Kind::kQueued,
                         "Session " + session_key + " has queued work; retry after it finishes."}));
    }
  }
  std::make_shared<Summary>(deps_.store, deps_.models, deps_.planner, session_key, agent_id,
                            std::move(done))
      ->Start();
}

}  // namespace gateway::domain::runs
