// The channels' store: the durable inbound queue and DM pairing, on a real SQLite file.
#include <catch2/catch.hpp>
#include <future>

#include "server/channels/channel_db.hpp"
#include "server/channels/inbound_queue.hpp"
#include "server/channels/pairing_store.hpp"
#include "server/runtime/thread_pool.hpp"
#include "tests/support/temp_dir.hpp"

using namespace gateway;
using namespace gateway::channels;

namespace {

// Turns a callback API into a value on the test thread.
template <typename T, typename Start>
T Await(Start start) {
  auto promise = std::make_shared<std::promise<T>>();
  auto future = promise->get_future();
  start([promise](T value) { promise->set_value(std::move(value)); });
  REQUIRE(future.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
  return future.get();
}

using Status = std::optional<std::string>;

const AccountRef kAccount{"telegram", "default"};

}  // namespace

TEST_CASE("Channel store: inbound queue", "[channels]") {
  testing::TempDir dir;
  runtime::ThreadPool pool("test-channels", 2);
  auto db = ChannelDb::Open(DefaultChannelDbPath(dir.path()), pool);
  REQUIRE(db);
  InboundQueue queue(std::shared_ptr<ChannelDb>(std::move(*db)));

  CHECK(Await<std::expected<std::int64_t, std::string>>([&](auto done) {
          queue.LoadOffset(kAccount, done);
        }).value() == 0);
  CHECK_FALSE(Await<Status>([&](auto done) {
    queue.Enqueue(kAccount, {{10, R"({"update_id":10})"}, {11, R"({"update_id":11})"}}, 12, done);
  }));
  // A re-delivered update is stored once; an older offset never moves the offset back.
  CHECK_FALSE(Await<Status>([&](auto done) {
    queue.Enqueue(kAccount, {{11, R"({"update_id":11})"}}, 9, done);
  }));
  CHECK(Await<std::expected<std::int64_t, std::string>>([&](auto done) {
          queue.LoadOffset(kAccount, done);
        }).value() == 12);

  auto open = Await<std::expected<std::vector<OpenEvent>, std::string>>(
      [&](auto done) { queue.Open(kAccount, done); });
  REQUIRE(open);
  REQUIRE(open->size() == 2);
  CHECK((*open)[0].event_id == 10);
  CHECK_FALSE((*open)[0].reply_text);

  CHECK_FALSE(
      Await<Status>([&](auto done) { queue.SaveReply(kAccount, 10, "the answer", false, done); }));
  CHECK_FALSE(Await<Status>([&](auto done) { queue.MarkChunksSent(kAccount, 10, 2, done); }));
  CHECK_FALSE(Await<Status>([&](auto done) { queue.MarkChunksSent(kAccount, 10, 1, done); }));
  CHECK_FALSE(
      Await<Status>([&](auto done) { queue.Finish(kAccount, 11, EventState::kDropped, done); }));
  open = Await<std::expected<std::vector<OpenEvent>, std::string>>(
      [&](auto done) { queue.Open(kAccount, done); });
  REQUIRE(open->size() == 1);
  CHECK((*open)[0].reply_text == "the answer");
  CHECK((*open)[0].chunks_sent == 2);  // never goes back

  // Another account's rows are its own.
  CHECK(Await<std::expected<std::vector<OpenEvent>, std::string>>([&](auto done) {
          queue.Open({"telegram", "other"}, done);
        })->empty());

  CHECK_FALSE(
      Await<Status>([&](auto done) { queue.Finish(kAccount, 10, EventState::kDone, done); }));
  CHECK(Await<std::expected<std::vector<OpenEvent>, std::string>>([&](auto done) {
          queue.Open(kAccount, done);
        })->empty());
}

TEST_CASE("Channel store: DM pairing", "[channels]") {
  testing::TempDir dir;
  runtime::ThreadPool pool("test-channels", 2);
  auto db = ChannelDb::Open(DefaultChannelDbPath(dir.path()), pool);
  REQUIRE(db);
  std::int64_t now = 1'000'000;
  PairingStore pairing(std::shared_ptr<ChannelDb>(std::move(*db)), [&] { return now; });
  using Outcome = std::expected<PairingOutcome, std::string>;
  const auto request = [&](const std::string& sender) {
    return Await<Outcome>([&](auto done) { pairing.Request(kAccount, sender, "{}", done); });
  };

  auto first = request("1");
  REQUIRE(first);
  REQUIRE(first->kind == PairingOutcome::Kind::kCreated);
  const std::string code = first->request->code;
  CHECK(code.size() == 8);
  now += 1000;
  CHECK(request("1")->kind == PairingOutcome::Kind::kPending);
  CHECK(request("2")->kind == PairingOutcome::Kind::kCreated);
  CHECK(request("3")->kind == PairingOutcome::Kind::kCreated);
  CHECK(request("4")->kind == PairingOutcome::Kind::kCapped);

  auto listed = Await<std::expected<std::vector<PairingRequest>, std::string>>(
      [&](auto done) { pairing.List("telegram", "", done); });
  REQUIRE(listed->size() == 3);
  CHECK((*listed)[0].sender_id == "1");
  CHECK((*listed)[0].last_seen_at == now);

  // Approval by code is case-insensitive and moves the sender to the allow list.
  std::string lower = code;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto approved = Await<std::expected<std::optional<PairingRequest>, std::string>>([&](auto done) {
    pairing.Approve("telegram", "default", PairingStore::Match::kCode, lower, done);
  });
  REQUIRE(approved);
  REQUIRE(*approved);
  CHECK((*approved)->sender_id == "1");
  CHECK(Await<std::expected<bool, std::string>>([&](auto done) {
          pairing.IsApproved(kAccount, "1", done);
        }).value());
  CHECK(request("1")->kind == PairingOutcome::Kind::kApproved);
  CHECK(request("4")->kind == PairingOutcome::Kind::kCreated);  // a slot was freed

  auto dismissed = Await<std::expected<std::optional<PairingRequest>, std::string>>([&](auto done) {
    pairing.Dismiss("telegram", "default", PairingStore::Match::kSender, "2", done);
  });
  REQUIRE(*dismissed);
  CHECK_FALSE(Await<std::expected<bool, std::string>>([&](auto done) {
                pairing.IsApproved(kAccount, "2", done);
              }).value());
  auto unknown = Await<std::expected<std::optional<PairingRequest>, std::string>>([&](auto done) {
    pairing.Approve("telegram", "default", PairingStore::Match::kCode, "NOPE2345", done);
  });
  REQUIRE(unknown);
  CHECK_FALSE(*unknown);

  // After an hour every pending request is gone.
  now += kPairingTtlMs + 1;
  CHECK(Await<std::expected<std::vector<PairingRequest>, std::string>>([&](auto done) {
          pairing.List("telegram", "default", done);
        })->empty());
  CHECK(request("5")->kind == PairingOutcome::Kind::kCreated);
}
