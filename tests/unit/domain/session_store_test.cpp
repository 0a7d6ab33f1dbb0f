#include "server/domain/sessions/session_store.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

#include "tests/unit/domain/store_fixture.hpp"

using namespace gateway::domain::sessions;
using gateway::testing::Await;
using gateway::testing::StoreFixture;

namespace {

using Store = SessionStore;

SessionRow Create(Store& store, const std::string& key) {
  CreateParams params;
  params.key = key;
  auto result = Await<CreateOutcome>([&](auto done) { store.GetOrCreate(params, done); });
  REQUIRE(result);
  return result->row;
}

std::optional<SessionRow> Get(Store& store, const std::string& key) {
  auto result = Await<std::optional<SessionRow>>([&](auto done) { store.Get(key, done); });
  REQUIRE(result);
  return *result;
}

AppendResult AppendText(Store& store, const std::string& key, MessageRole role,
                        const std::string& text, bool user_input = false) {
  Message message;
  message.role = role;
  message.content = text;
  if (role == MessageRole::kAssistant) {
    message = AssistantMessage(text, 0, StopReason::kStop, Usage{3, 4, 0, 0, 7, {}});
  }
  AppendOptions options;
  options.user_input = user_input;
  auto result = Await<AppendResult>(
      [&](auto done) { store.Append(key, MessageEvent(message), options, done); });
  REQUIRE(result);
  return *result;
}

HistoryPage History(Store& store, const std::string& key, std::int64_t limit = 200) {
  HistoryQuery query;
  query.limit = limit;
  auto result = Await<HistoryPage>([&](auto done) { store.History(key, query, done); });
  REQUIRE(result);
  return *result;
}

std::vector<std::string> Texts(const HistoryPage& page) {
  std::vector<std::string> out;
  for (const auto& event : page.events) {
    out.push_back(event.message ? MessageText(*event.message) : "<" + event.type + ">");
  }
  return out;
}

ListPage List(Store& store, ListQuery query) {
  auto result = Await<ListPage>([&](auto done) { store.List(query, done); });
  REQUIRE(result);
  return *result;
}

std::vector<std::string> Keys(const ListPage& page) {
  std::vector<std::string> out;
  for (const auto& row : page.rows) out.push_back(row.key);
  return out;
}

}  // namespace

TEST_CASE("SessionStore: lives in a file of our own name under the state dir",
          "[sessions][store]") {
  StoreFixture f;
  CHECK(f.store->path() == f.dir.path() / "gateway-cpp" / "sessions.sqlite");
  CHECK(std::filesystem::exists(f.store->path()));
  CHECK(gateway::testing::FileMode(f.store->path()) == 0600);
}

TEST_CASE("SessionStore: create, get, patch", "[sessions][store]") {
  StoreFixture f;
  const SessionRow row = Create(*f.store, "agent:ops:telegram:direct:42");
  CHECK(row.agent_id == "ops");
  CHECK(row.kind == SessionKind::kDirect);
  CHECK(row.channel == std::optional<std::string>("telegram"));
  CHECK(row.created_at == f.now.load());
  CHECK_FALSE(row.session_id.empty());
  CHECK_FALSE(row.lifecycle_revision.empty());

  SECTION("GetOrCreate returns the existing row") {
    CreateParams params;
    params.key = row.key;
    auto again = Await<CreateOutcome>([&](auto done) { f.store->GetOrCreate(params, done); });
    REQUIRE(again);
    CHECK_FALSE(again->created);
    CHECK(again->row.session_id == row.session_id);
  }
  SECTION("Get of a missing key") { CHECK_FALSE(Get(*f.store, "agent:ops:nope").has_value()); }
  SECTION("patch sets and clears fields, keeps others") {
    f.Advance(1000);
    SessionPatch patch;
    patch.label = std::optional<std::string>("Ops chat");
    patch.model = std::optional<std::string>("gpt-x");
    patch.pinned = true;
    patch.overrides = {{"thinkingLevel", "high"}, {"fastMode", "auto"}};
    auto patched = Await<SessionRow>([&](auto done) { f.store->Patch(row.key, patch, done); });
    REQUIRE(patched);
    CHECK(patched->label == std::optional<std::string>("Ops chat"));
    CHECK(patched->model_source == ModelSource::kUser);
    CHECK(patched->pinned);
    CHECK(patched->updated_at == row.created_at + 1000);
    CHECK(patched->overrides["thinkingLevel"] == "high");

    SessionPatch clear;
    clear.label = std::optional<std::string>();
    clear.overrides = {{"thinkingLevel", nullptr}};
    auto cleared = Await<SessionRow>([&](auto done) { f.store->Patch(row.key, clear, done); });
    REQUIRE(cleared);
    CHECK_FALSE(cleared->label.has_value());
    CHECK_FALSE(cleared->overrides.contains("thinkingLevel"));
    CHECK(cleared->overrides["fastMode"] == "auto");
    CHECK(cleared->pinned);
    CHECK(Get(*f.store, row.key)->overrides == cleared->overrides);
  }
  SECTION("patch with a stale expectedSessionId conflicts") {
    SessionPatch patch;
    patch.expected_session_id = "other";
    auto result = Await<SessionRow>([&](auto done) { f.store->Patch(row.key, patch, done); });
    REQUIRE_FALSE(result);
    CHECK(result.error().code == StoreErrorCode::kConflict);
  }
  SECTION("patch of a missing key without create_if_missing") {
    SessionPatch patch;
    patch.create_if_missing = false;
    auto result = Await<SessionRow>([&](auto done) { f.store->Patch("agent:x:y", patch, done); });
    REQUIRE_FALSE(result);
    CHECK(result.error().code == StoreErrorCode::kNotFound);
  }
}

TEST_CASE("SessionStore: appends chain parent ids, history returns the newest N in order",
          "[sessions][store]") {
  StoreFixture f;
  const std::string key = "agent:main:main";
  Create(*f.store, key);
  std::vector<AppendResult> appended;
  for (int i = 0; i < 10; ++i) {
    f.Advance(10);
    appended.push_back(AppendText(*f.store, key,
                                  i % 2 ? MessageRole::kAssistant : MessageRole::kUser,
                                  "m" + std::to_string(i), i % 2 == 0));
  }
  CHECK(appended.front().seq == 2);  // the header is 1
  CHECK(appended.back().seq == 11);
  const auto page = History(*f.store, key, 4);
  CHECK(page.has_more);
  CHECK(Texts(page) == std::vector<std::string>{"m6", "m7", "m8", "m9"});
  CHECK(page.events[1].parent_id == std::optional<std::string>(appended[6].id));
  const auto all = History(*f.store, key, 100);
  CHECK_FALSE(all.has_more);
  REQUIRE(all.events.size() == 10);
  CHECK_FALSE(all.events[0].parent_id.has_value());  // the first entry after the header
  for (std::size_t i = 1; i < all.events.size(); ++i) {
    CHECK(all.events[i].parent_id == std::optional<std::string>(all.events[i - 1].id));
  }
  const auto row = Get(*f.store, key).value();
  CHECK(row.input_tokens == 5 * 3);
  CHECK(row.output_tokens == 5 * 4);
  CHECK(row.total_tokens == 5 * 7);
  CHECK(row.last_interaction_at == f.now.load() - 10);  // the last user message
  CHECK(row.last_activity_at == f.now.load());
}

TEST_CASE("SessionStore: manual reset keeps the sessionId and appends a boundary",
          "[sessions][store]") {
  StoreFixture f;
  const std::string key = "agent:main:telegram:direct:7";
  const SessionRow before = Create(*f.store, key);
  SessionPatch patch;
  patch.label = std::optional<std::string>("kept");
  patch.overrides = {{"verboseLevel", "on"}};
  REQUIRE(Await<SessionRow>([&](auto done) { f.store->Patch(key, patch, done); }));
  AppendText(*f.store, key, MessageRole::kUser, "hello", true);
  AppendText(*f.store, key, MessageRole::kAssistant, "hi");
  f.Advance(60000);

  ResetParams params;
  params.reason = "new";
  auto reset = Await<ResetOutcome>([&](auto done) { f.store->Reset(key, params, done); });
  REQUIRE(reset);
  CHECK_FALSE(reset->created);
  CHECK(reset->row.session_id == before.session_id);
  CHECK(reset->row.lifecycle_revision != before.lifecycle_revision);
  CHECK(reset->row.session_started_at == f.now.load());
  CHECK(reset->row.updated_at == f.now.load());
  CHECK(reset->row.total_tokens == 0);
  CHECK(reset->row.label == std::optional<std::string>("kept"));
  CHECK(reset->row.overrides["verboseLevel"] == "on");
  const auto page = History(*f.store, key);
  REQUIRE(page.events.size() == 1);
  CHECK(page.events[0].type == "reset");
  CHECK(page.events[0].fields["reason"] == "new");
  // The earlier messages are still in the transcript, outside the window.
  HistoryQuery whole;
  whole.whole_transcript = true;
  auto all = Await<HistoryPage>([&](auto done) { f.store->History(key, whole, done); });
  REQUIRE(all);
  CHECK(all->events.size() == 3);

  SECTION("expectedSessionId mismatch") {
    ResetParams stale;
    stale.expected_session_id = "nope";
    auto result = Await<ResetOutcome>([&](auto done) { f.store->Reset(key, stale, done); });
    REQUIRE_FALSE(result);
    CHECK(result.error().code == StoreErrorCode::kConflict);
    CHECK(result.error().message == "Session " + key + " changed before reset. Retry.");
  }
  SECTION("no row yet: a new row with a new sessionId") {
    auto created = Await<ResetOutcome>(
        [&](auto done) { f.store->Reset("agent:main:fresh", ResetParams{}, done); });
    REQUIRE(created);
    CHECK(created->created);
    CHECK(created->row.session_id != before.session_id);
  }
}

TEST_CASE("SessionStore: a stale session rolls over to a new sessionId when a turn starts",
          "[sessions][store]") {
  StoreFixture f;
  const std::string key = "agent:main:main";
  TurnParams turn;
  turn.key = key;
  turn.reset.reset = ResetPolicyConfig{ResetMode::kIdle, std::nullopt, 30};
  auto first = Await<TurnStart>([&](auto done) { f.store->StartTurn(turn, done); });
  REQUIRE(first);
  CHECK(first->created);
  AppendText(*f.store, key, MessageRole::kUser, "one", true);
  f.Advance(10 * 60000);
  auto second = Await<TurnStart>([&](auto done) { f.store->StartTurn(turn, done); });
  REQUIRE(second);
  CHECK_FALSE(second->rolled_over);
  CHECK(second->row.session_id == first->row.session_id);
  f.Advance(31 * 60000);
  auto third = Await<TurnStart>([&](auto done) { f.store->StartTurn(turn, done); });
  REQUIRE(third);
  CHECK(third->rolled_over);
  CHECK(third->previous_session_id == first->row.session_id);
  CHECK(third->row.session_id != first->row.session_id);
  CHECK(History(*f.store, key).events.empty());  // a fresh transcript window
  HistoryQuery old_window;
  old_window.session_id = first->row.session_id;
  auto previous = Await<HistoryPage>([&](auto done) { f.store->History(key, old_window, done); });
  REQUIRE(previous);
  CHECK(Texts(*previous) == std::vector<std::string>{"one"});
  auto foreign = Await<HistoryPage>(
      [&](auto done) { f.store->History("agent:main:other", old_window, done); });
  REQUIRE_FALSE(foreign);
  CHECK(foreign.error().code == StoreErrorCode::kNotFound);
  // A non-user turn (heartbeat) does not refresh lastInteractionAt.
  f.Advance(29 * 60000);
  turn.user_input = false;
  auto heartbeat = Await<TurnStart>([&](auto done) { f.store->StartTurn(turn, done); });
  REQUIRE(heartbeat);
  CHECK_FALSE(heartbeat->rolled_over);
  CHECK(heartbeat->row.last_interaction_at == third->row.last_interaction_at);
}

TEST_CASE("SessionStore: delete protects main sessions and archives transcripts",
          "[sessions][store]") {
  StoreFixture f;
  Create(*f.store, "agent:main:main");
  const SessionRow other = Create(*f.store, "agent:main:direct:bob");
  AppendText(*f.store, other.key, MessageRole::kUser, "bye", true);

  auto main_delete = Await<DeleteOutcome>(
      [&](auto done) { f.store->Delete("agent:main:main", DeleteParams{}, done); });
  REQUIRE_FALSE(main_delete);
  CHECK(main_delete.error().code == StoreErrorCode::kMainProtected);
  CHECK(main_delete.error().message == "Cannot delete the main session (agent:main:main).");

  DeleteParams archived_only;
  archived_only.archived_only = true;
  auto not_archived =
      Await<DeleteOutcome>([&](auto done) { f.store->Delete(other.key, archived_only, done); });
  REQUIRE_FALSE(not_archived);
  CHECK(not_archived.error().code == StoreErrorCode::kNotArchived);
  CHECK(not_archived.error().message ==
        "Session agent:main:direct:bob is not archived. Archive it first, then delete it.");

  auto deleted =
      Await<DeleteOutcome>([&](auto done) { f.store->Delete(other.key, DeleteParams{}, done); });
  REQUIRE(deleted);
  CHECK(deleted->deleted);
  REQUIRE(deleted->archived.size() == 1);
  const std::string archive = gateway::testing::ReadFile(deleted->archived[0]);
  CHECK(archive.find("\"type\":\"session\"") != std::string::npos);
  CHECK(archive.find("\"bye\"") != std::string::npos);
  CHECK_FALSE(Get(*f.store, other.key).has_value());
  HistoryQuery by_id;
  by_id.session_id = other.session_id;
  auto gone = Await<HistoryPage>([&](auto done) { f.store->History(other.key, by_id, done); });
  REQUIRE_FALSE(gone);  // the transcript went with the row
  CHECK(gone.error().code == StoreErrorCode::kNotFound);

  auto missing =
      Await<DeleteOutcome>([&](auto done) { f.store->Delete(other.key, DeleteParams{}, done); });
  REQUIRE(missing);
  CHECK_FALSE(missing->deleted);
}

TEST_CASE("SessionStore: list filters, sorts and pages", "[sessions][store]") {
  StoreFixture f;
  // 25 direct sessions of agent main, 5 of agent ops, a group, global, unknown, an archived one.
  for (int i = 0; i < 25; ++i) {
    f.Advance(1000);
    Create(*f.store, "agent:main:direct:user" + std::to_string(i));
  }
  for (int i = 0; i < 5; ++i) {
    f.Advance(1000);
    Create(*f.store, "agent:ops:direct:u" + std::to_string(i));
  }
  f.Advance(1000);
  Create(*f.store, "agent:main:telegram:group:-100");
  Create(*f.store, "global");
  Create(*f.store, "unknown");
  Create(*f.store, "agent:main:direct:archived");
  SessionPatch archive;
  archive.archived = true;
  archive.label = std::optional<std::string>("Old Project");
  REQUIRE(Await<SessionRow>(
      [&](auto done) { f.store->Patch("agent:main:direct:archived", archive, done); }));

  SECTION("defaults: newest first, no global/unknown/archived, limit and paging") {
    ListQuery query;
    query.limit = 10;
    auto page = List(*f.store, query);
    CHECK(page.total_count == 31);
    CHECK(page.rows.size() == 10);
    CHECK(page.has_more);
    CHECK(page.next_offset == 10);
    CHECK(page.rows[0].key == "agent:main:telegram:group:-100");
    CHECK(page.rows[1].key == "agent:ops:direct:u4");
    std::vector<std::string> seen = Keys(page);
    while (page.has_more) {
      query.offset = *page.next_offset;
      page = List(*f.store, query);
      for (auto& key : Keys(page)) seen.push_back(key);
    }
    CHECK(seen.size() == 31);
    CHECK_FALSE(page.next_offset.has_value());
    std::sort(seen.begin(), seen.end());
    CHECK(std::adjacent_find(seen.begin(), seen.end()) == seen.end());
  }
  SECTION("the kept totals agree with a scan, after patches and deletes") {
    SessionPatch unarchive;
    unarchive.archived = false;
    REQUIRE(Await<SessionRow>(
        [&](auto done) { f.store->Patch("agent:main:direct:archived", unarchive, done); }));
    REQUIRE(Await<DeleteOutcome>(
        [&](auto done) { f.store->Delete("agent:main:direct:user0", DeleteParams{}, done); }));
    REQUIRE(Await<ResetOutcome>(
        [&](auto done) { f.store->Reset("agent:main:direct:user1", ResetParams{}, done); }));
    ListQuery counted;
    ListQuery scanned;
    scanned.search = ":";  // every agent key: forces COUNT(*) over the rows
    for (auto archived : {ArchivedFilter::kExclude, ArchivedFilter::kOnly, ArchivedFilter::kAll}) {
      counted.archived = scanned.archived = archived;
      CHECK(List(*f.store, counted).total_count == List(*f.store, scanned).total_count);
    }
    counted.archived = ArchivedFilter::kExclude;
    CHECK(List(*f.store, counted).total_count == 31);
    counted.agent_id = scanned.agent_id = "ops";
    CHECK(List(*f.store, counted).total_count == List(*f.store, scanned).total_count);
    auto all = Await<std::int64_t>([&](auto done) { f.store->Count(done); });
    REQUIRE(all);
    CHECK(*all == 33);
  }
  SECTION("includeGlobal / includeUnknown") {
    ListQuery query;
    query.include_global = true;
    CHECK(List(*f.store, query).total_count == 32);
    query.include_unknown = true;
    CHECK(List(*f.store, query).total_count == 33);
  }
  SECTION("archived only, and all") {
    ListQuery query;
    query.archived = ArchivedFilter::kOnly;
    CHECK(Keys(List(*f.store, query)) == std::vector<std::string>{"agent:main:direct:archived"});
    query.archived = ArchivedFilter::kAll;
    CHECK(List(*f.store, query).total_count == 32);
  }
  SECTION("agentId, configured agents, label, search") {
    ListQuery query;
    query.agent_id = "ops";
    CHECK(List(*f.store, query).total_count == 5);
    query.agent_id.reset();
    query.agent_ids = std::vector<std::string>{"ops", "nobody"};
    CHECK(List(*f.store, query).total_count == 5);
    query.agent_ids.reset();
    query.archived = ArchivedFilter::kAll;
    query.label = "Old Project";
    CHECK(List(*f.store, query).total_count == 1);
    query.label.reset();
    query.search = "PROJECT";
    CHECK(List(*f.store, query).total_count == 1);
    query.search = "user1";  // user1, user10..user19
    CHECK(List(*f.store, query).total_count == 11);
    query.search = "100%";
    CHECK(List(*f.store, query).total_count == 0);
  }
  SECTION("activeMinutes") {
    ListQuery query;
    query.active_minutes = 0;
    f.Advance(60000);
    CHECK(List(*f.store, query).total_count == 0);
    query.active_minutes = 2;
    CHECK(List(*f.store, query).total_count == 31);
  }
  SECTION("sort by lastInteractionAt, requireLastInteraction") {
    f.Advance(1000);
    AppendText(*f.store, "agent:main:direct:user3", MessageRole::kUser, "x", true);
    f.Advance(1000);
    AppendText(*f.store, "agent:main:direct:user1", MessageRole::kUser, "y", true);
    ListQuery query;
    query.sort = ListSort::kLastInteractionAt;
    query.require_last_interaction = true;
    CHECK(Keys(List(*f.store, query)) ==
          std::vector<std::string>{"agent:main:direct:user1", "agent:main:direct:user3"});
  }
}

TEST_CASE("SessionStore: resolve by key, sessionId, label", "[sessions][store]") {
  StoreFixture f;
  const SessionRow a = Create(*f.store, "agent:main:direct:a");
  Create(*f.store, "agent:main:direct:b");
  Create(*f.store, "agent:main:direct:c");
  for (const char* key : {"agent:main:direct:b", "agent:main:direct:c"}) {
    SessionPatch patch;
    patch.label = std::optional<std::string>("shared");
    REQUIRE(Await<SessionRow>([&](auto done) { f.store->Patch(key, patch, done); }));
  }
  auto resolve = [&](ResolveQuery query) {
    auto result = Await<ResolveOutcome>([&](auto done) { f.store->Resolve(query, done); });
    REQUIRE(result);
    return *result;
  };
  ResolveQuery by_key;
  by_key.key = a.key;
  CHECK(resolve(by_key).match->key == a.key);
  ResolveQuery by_id;
  by_id.session_id = a.session_id;
  CHECK(resolve(by_id).match->key == a.key);
  ResolveQuery by_short;
  by_short.short_id = a.session_id.substr(0, 8);
  CHECK(resolve(by_short).ok);
  ResolveQuery by_label;
  by_label.label = "shared";
  const auto ambiguous = resolve(by_label);
  CHECK_FALSE(ambiguous.ok);
  CHECK(ambiguous.candidates.size() == 2);
  ResolveQuery missing;
  missing.key = "agent:main:zzz";
  CHECK_FALSE(resolve(missing).ok);
}

TEST_CASE("SessionStore: compact keeps the last maxLines entries", "[sessions][store]") {
  StoreFixture f;
  const std::string key = "agent:main:main";
  auto compact = [&](std::int64_t max_lines) {
    auto result = Await<CompactOutcome>([&](auto done) { f.store->Compact(key, max_lines, done); });
    REQUIRE(result);
    return *result;
  };
  CHECK(compact(5).reason == std::optional<std::string>("no sessionId"));
  Create(*f.store, key);
  CHECK(compact(5).reason == std::optional<std::string>("no transcript"));
  for (int i = 0; i < 12; ++i)
    AppendText(*f.store, key, MessageRole::kUser, "m" + std::to_string(i));
  const auto none = compact(20);
  CHECK_FALSE(none.compacted);
  CHECK(none.kept == 12);
  const auto done = compact(5);
  CHECK(done.compacted);
  CHECK(done.kept == 5);
  CHECK(Texts(History(*f.store, key)) == std::vector<std::string>{"m7", "m8", "m9", "m10", "m11"});
  // Appends continue the sequence after compaction.
  const auto next = AppendText(*f.store, key, MessageRole::kUser, "m12");
  CHECK(next.seq == 14);
}

TEST_CASE("SessionStore: maintenance prunes and caps, never main or pinned", "[sessions][store]") {
  StoreFixture f;
  Create(*f.store, "agent:main:main");
  for (int i = 0; i < 10; ++i) {
    Create(*f.store, "agent:main:openai:old" + std::to_string(i));
    f.Advance(1000);
  }
  SessionPatch pin;
  pin.pinned = true;
  REQUIRE(
      Await<SessionRow>([&](auto done) { f.store->Patch("agent:main:openai:old0", pin, done); }));
  f.Advance(40LL * 24 * 3600 * 1000);  // 40 days later
  for (int i = 0; i < 10; ++i) {
    Create(*f.store, "agent:main:openai:new" + std::to_string(i));
    f.Advance(1000);
  }
  auto count = [&] {
    auto result = Await<std::int64_t>([&](auto done) { f.store->Count(done); });
    REQUIRE(result);
    return *result;
  };
  CHECK(count() == 21);
  MaintenancePolicy policy;
  policy.prune_after_ms = ParseDurationMs("30d").value();
  policy.max_entries = 6;
  policy.chunk = 3;  // several write chunks
  SECTION("warn mode only counts") {
    auto report = Await<MaintenanceReport>([&](auto done) { f.store->Maintain(policy, done); });
    REQUIRE(report);
    CHECK_FALSE(report->applied);
    CHECK(report->pruned == 9);  // old1..old9 (main and the pinned old0 are kept)
    CHECK(report->capped == 6);  // 12 left, cap 6: the oldest unprotected go (new0..new5)
    CHECK(count() == 21);
  }
  SECTION("enforce mode removes them and their transcripts") {
    policy.mode = MaintenancePolicy::Mode::kEnforce;
    auto report = Await<MaintenanceReport>([&](auto done) { f.store->Maintain(policy, done); });
    REQUIRE(report);
    CHECK(report->applied);
    CHECK(report->pruned == 9);
    CHECK(report->capped == 6);
    CHECK(count() == 6);  // main, pinned old0, new6..new9
    CHECK(Get(*f.store, "agent:main:main").has_value());
    CHECK(Get(*f.store, "agent:main:openai:old0").has_value());
    CHECK(Get(*f.store, "agent:main:openai:new9").has_value());
    CHECK(Get(*f.store, "agent:main:openai:new6").has_value());
    CHECK_FALSE(Get(*f.store, "agent:main:openai:new5").has_value());
  }
}

TEST_CASE("SessionStore: durations and sizes of session.maintenance", "[sessions][store]") {
  CHECK(ParseDurationMs("30d") == 30LL * 86400000);
  CHECK(ParseDurationMs("24h") == 86400000);
  CHECK(ParseDurationMs("15m") == 900000);
  CHECK(ParseDurationMs("500ms") == 500);
  CHECK(ParseDurationMs("1500") == 1500);
  CHECK_FALSE(ParseDurationMs("soon").has_value());
  CHECK_FALSE(ParseDurationMs("3y").has_value());
  CHECK_FALSE(ParseDurationMs(".").has_value());
  CHECK_FALSE(ParseByteSize(".gb").has_value());
  CHECK(ParseByteSize("10gb") == 10LL * 1024 * 1024 * 1024);
  CHECK(ParseByteSize("512MB") == 512LL * 1024 * 1024);
  CHECK_FALSE(ParseByteSize("lots").has_value());
}

TEST_CASE("SessionStore: data survives reopening; migrations re-run as a no-op",
          "[sessions][store]") {
  StoreFixture f;
  const SessionRow row = Create(*f.store, "agent:main:main");
  AppendText(*f.store, row.key, MessageRole::kUser, "persisted");
  f.Open();
  f.Open();
  CHECK(Get(*f.store, row.key)->session_id == row.session_id);
  CHECK(Texts(History(*f.store, row.key)) == std::vector<std::string>{"persisted"});
}

TEST_CASE("SessionStore: concurrent appends to many sessions are all acknowledged in order",
          "[sessions][store]") {
  StoreFixture f;
  constexpr int kSessions = 20;
  constexpr int kEach = 50;
  std::atomic<int> acked{0};
  std::atomic<int> failed{0};
  std::vector<std::mutex> locks(kSessions);
  std::vector<std::vector<std::int64_t>> seqs(kSessions);
  for (int i = 0; i < kEach; ++i) {
    for (int s = 0; s < kSessions; ++s) {
      f.store->Append("agent:main:direct:s" + std::to_string(s),
                      MessageEvent(UserMessage("x" + std::to_string(i), 0)), AppendOptions{},
                      [&, s](StoreResult<AppendResult> result) {
                        if (!result) {
                          ++failed;
                        } else {
                          std::lock_guard lock(locks[s]);
                          seqs[s].push_back(result->seq);
                        }
                        ++acked;
                      });
    }
  }
  REQUIRE(gateway::testing::Await<int>([&](auto done) {
            std::thread([&, done] {
              while (acked.load() < kSessions * kEach) std::this_thread::yield();
              done(0);
            }).detach();
          }).has_value());
  CHECK(failed.load() == 0);
  for (int s = 0; s < kSessions; ++s) {
    REQUIRE(seqs[s].size() == static_cast<std::size_t>(kEach));
    CHECK(std::is_sorted(seqs[s].begin(), seqs[s].end()));
    CHECK(seqs[s].front() == 2);
    CHECK(seqs[s].back() == kEach + 1);
  }
  const auto stats = f.store->writer_stats();
  CHECK(stats.writes == static_cast<std::size_t>(kSessions * kEach));
  CHECK(stats.batches < stats.writes);  // group commit happened
}

TEST_CASE("SessionStore: list texts are the first user and the last message after the reset",
          "[sessions][store]") {
  StoreFixture f;
  const std::string key = "agent:main:titled";
  Create(*f.store, key);
  Create(*f.store, "agent:main:empty");
  AppendText(*f.store, key, MessageRole::kUser, "before the reset", true);
  ResetParams params;
  REQUIRE(Await<ResetOutcome>([&](auto done) { f.store->Reset(key, params, done); }));
  AppendText(*f.store, key, MessageRole::kUser, "plan my trip", true);
  AppendText(*f.store, key, MessageRole::kAssistant, "where to?");
  AppendText(*f.store, key, MessageRole::kUser, "lisbon", true);
  AppendText(*f.store, key, MessageRole::kAssistant, "sure");
  AppendText(*f.store, key, MessageRole::kToolResult, "tool output");

  ListQuery query;
  query.with_texts = true;
  const auto page = List(*f.store, query);
  REQUIRE(page.texts.size() == page.rows.size());
  for (std::size_t i = 0; i < page.rows.size(); ++i) {
    if (page.rows[i].key == key) {
      CHECK(page.texts[i].first_user == "plan my trip");
      CHECK(page.texts[i].last_message == "sure");
    } else {
      CHECK_FALSE(page.texts[i].first_user);
      CHECK_FALSE(page.texts[i].last_message);
    }
  }
  CHECK(List(*f.store, ListQuery{}).texts.empty());  // only on request
}
