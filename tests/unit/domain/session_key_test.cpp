#include "server/domain/sessions/session_key.hpp"

#include <catch2/catch.hpp>

using namespace gateway::domain::sessions;

namespace {

PeerRoute Dm(std::string channel, std::string account, std::string peer) {
  PeerRoute route;
  route.agent_id = "main";
  route.channel = std::move(channel);
  route.account_id = std::move(account);
  route.chat_type = ChatType::kDirect;
  route.peer_id = std::move(peer);
  return route;
}

PeerRoute Group(std::string channel, ChatType type, std::string peer) {
  PeerRoute route;
  route.agent_id = "main";
  route.channel = std::move(channel);
  route.chat_type = type;
  route.peer_id = std::move(peer);
  return route;
}

KeyScopeConfig Scope(DmScope dm, GroupScope group = GroupScope::kPerGroup) {
  KeyScopeConfig config;
  config.dm_scope = dm;
  config.group_scope = group;
  return config;
}

}  // namespace

TEST_CASE("Session keys: agent and account ids are normalized", "[sessions][keys]") {
  CHECK(NormalizeAgentId("Main") == "main");
  CHECK(NormalizeAgentId("  ops_Bot-2 ") == "ops_bot-2");
  CHECK(NormalizeAgentId("My Agent!!") == "my-agent");
  CHECK(NormalizeAgentId("--weird..name--") == "weird-name");
  CHECK(NormalizeAgentId("") == "main");
  CHECK(NormalizeAgentId("   ") == "main");
  CHECK(NormalizeAgentId("!!!") == "main");
  CHECK(NormalizeAgentId("_x") == "_x");  // starts with a non-alnum: not the simple form
  CHECK(NormalizeAgentId(std::string(80, 'a')) == std::string(64, 'a'));
  CHECK(NormalizeAccountId("") == "default");
  CHECK(NormalizeAccountId("Work Account") == "work-account");
  CHECK(MainSessionKey("Zu") == "agent:zu:main");
  CHECK(MainSessionKey("") == "agent:main:main");
}

TEST_CASE("Session keys: every DM scope on every channel shape", "[sessions][keys]") {
  struct Case {
    DmScope scope;
    const char* channel;
    const char* account;
    const char* peer;
    const char* key;
  };
  const Case cases[] = {
      {DmScope::kMain, "telegram", "", "123", "agent:main:main"},
      {DmScope::kMain, "discord", "work", "User#1", "agent:main:main"},
      {DmScope::kPerPeer, "telegram", "", "123", "agent:main:direct:123"},
      {DmScope::kPerPeer, "whatsapp", "", " +15551234567 ", "agent:main:direct:+15551234567"},
      {DmScope::kPerPeer, "discord", "", "AliceUser", "agent:main:direct:aliceuser"},
      {DmScope::kPerChannelPeer, "telegram", "", "123", "agent:main:telegram:direct:123"},
      {DmScope::kPerChannelPeer, "Slack", "", "U0ABC", "agent:main:slack:direct:u0abc"},
      {DmScope::kPerChannelPeer, "", "", "123", "agent:main:unknown:direct:123"},
      {DmScope::kPerChannelPeer, "signal", "", "+4915", "agent:main:signal:direct:+4915"},
      {DmScope::kPerAccountChannelPeer, "telegram", "", "123",
       "agent:main:telegram:default:direct:123"},
      {DmScope::kPerAccountChannelPeer, "telegram", "Work Bot", "123",
       "agent:main:telegram:work-bot:direct:123"},
      {DmScope::kPerAccountChannelPeer, "discord", "Main", "Bob",
       "agent:main:discord:main:direct:bob"},
      {DmScope::kPerPeer, "telegram", "", "", "agent:main:direct:unknown"},
  };
  for (const auto& c : cases) {
    INFO(c.key);
    CHECK(BuildPeerSessionKey(Dm(c.channel, c.account, c.peer), Scope(c.scope)) == c.key);
  }
}

TEST_CASE("Session keys: identityLinks merge DM peers unless dmScope is main", "[sessions][keys]") {
  KeyScopeConfig config = Scope(DmScope::kPerPeer);
  config.identity_links = {{"Alice", {"telegram:123", "discord:AliceUser"}}, {"bob", {"555"}}};
  CHECK(BuildPeerSessionKey(Dm("telegram", "", "123"), config) == "agent:main:direct:alice");
  CHECK(BuildPeerSessionKey(Dm("discord", "", "aliceuser"), config) == "agent:main:direct:alice");
  CHECK(BuildPeerSessionKey(Dm("whatsapp", "", "555"), config) == "agent:main:direct:bob");
  CHECK(BuildPeerSessionKey(Dm("whatsapp", "", "123"), config) == "agent:main:direct:123");
  config.dm_scope = DmScope::kPerChannelPeer;
  CHECK(BuildPeerSessionKey(Dm("telegram", "", "123"), config) ==
        "agent:main:telegram:direct:alice");
  config.dm_scope = DmScope::kPerAccountChannelPeer;
  CHECK(BuildPeerSessionKey(Dm("telegram", "bot2", "123"), config) ==
        "agent:main:telegram:bot2:direct:alice");
  config.dm_scope = DmScope::kMain;
  CHECK(BuildPeerSessionKey(Dm("telegram", "", "123"), config) == "agent:main:main");
}

TEST_CASE("Session keys: groups, channels, topics, threads", "[sessions][keys]") {
  const auto per_group = Scope(DmScope::kMain);
  CHECK(BuildPeerSessionKey(Group("telegram", ChatType::kGroup, "-1001234567890"), per_group) ==
        "agent:main:telegram:group:-1001234567890");
  CHECK(BuildPeerSessionKey(Group("discord", ChatType::kChannel, "C0FFEE"), per_group) ==
        "agent:main:discord:channel:c0ffee");
  CHECK(BuildPeerSessionKey(Group("slack", ChatType::kGroup, ""), per_group) ==
        "agent:main:slack:group:unknown");
  CHECK(BuildPeerSessionKey(Group("", ChatType::kGroup, "g1"), per_group) ==
        "agent:main:unknown:group:g1");
  // Signal groups and Matrix rooms keep the case of their opaque ids.
  CHECK(BuildPeerSessionKey(Group("signal", ChatType::kGroup, "AbC+dEf=="), per_group) ==
        "agent:main:signal:group:AbC+dEf==");
  CHECK(BuildPeerSessionKey(Group("Matrix", ChatType::kChannel, "!RoomId:example.org"),
                            per_group) == "agent:main:matrix:channel:!RoomId:example.org");
  // groupScope main routes groups to the main session.
  CHECK(BuildPeerSessionKey(Group("telegram", ChatType::kGroup, "-100"),
                            Scope(DmScope::kPerPeer, GroupScope::kMain)) == "agent:main:main");
  // Telegram forum topic: carried by the group peer id.
  auto topic = Group("telegram", ChatType::kGroup, "-1001234567890");
  topic.agent_id = "Zu";
  topic.topic_id = "3";
  CHECK(BuildPeerSessionKey(topic, per_group) == "agent:zu:telegram:group:-1001234567890:topic:3");
  // Threads.
  auto thread = Group("slack", ChatType::kChannel, "C1");
  thread.thread_id = "1700000000.ABC";
  CHECK(BuildPeerSessionKey(thread, per_group) ==
        "agent:main:slack:channel:c1:thread:1700000000.abc");
  thread.preserve_thread_case = true;
  CHECK(BuildPeerSessionKey(thread, per_group) ==
        "agent:main:slack:channel:c1:thread:1700000000.ABC");
  auto dm_thread = Dm("discord", "", "Bob");
  dm_thread.thread_id = "T9";
  CHECK(BuildPeerSessionKey(dm_thread, Scope(DmScope::kPerChannelPeer)) ==
        "agent:main:discord:direct:bob:thread:t9");
  CHECK(ThreadSessionKey("agent:main:main", " XY ") == "agent:main:main:thread:xy");
}

TEST_CASE("Session keys: cron, explicit, OpenAI HTTP and hook keys", "[sessions][keys]") {
  CHECK(CronJobSessionKey("main", "Nightly") == "agent:main:cron:nightly");
  CHECK(CronRunSessionKey("ops", "job1", "RUN-42") == "agent:ops:cron:job1:run:run-42");
  CHECK(ExplicitSessionKey("main", "abc-123") == "agent:main:explicit:abc-123");
  CHECK(OpenAiHttpSessionKey(OpenAiSurface::kChatCompletions, "main", "  Alice@Example.com ",
                             "ignored") == "agent:main:openai-user:alice@example.com");
  CHECK(OpenAiHttpSessionKey(OpenAiSurface::kChatCompletions, "Main", std::nullopt, "6F1C-UUID") ==
        "agent:main:openai:6f1c-uuid");
  CHECK(OpenAiHttpSessionKey(OpenAiSurface::kChatCompletions, "main", "  ", "u1") ==
        "agent:main:openai:u1");
  CHECK(OpenAiHttpSessionKey(OpenAiSurface::kResponses, "ops", "Bob", "x") ==
        "agent:ops:openresponses-user:bob");
  CHECK(OpenAiHttpSessionKey(OpenAiSurface::kResponses, "ops", std::nullopt, "x1") ==
        "agent:ops:openresponses:x1");
  CHECK(HookSessionKey("ABC") == "hook:abc");
}

TEST_CASE("Session keys: request keys are scoped to the agent", "[sessions][keys]") {
  CHECK(ScopeRequestKey("", "ops").value() == "agent:ops:main");
  CHECK(ScopeRequestKey("main", "ops").value() == "agent:ops:main");
  CHECK(ScopeRequestKey("MAIN", "ops").value() == "agent:ops:main");
  CHECK(ScopeRequestKey("Work Chat", "ops").value() == "agent:ops:work chat");
  CHECK(ScopeRequestKey("agent:Main:Telegram:Direct:42", "ops").value() ==
        "agent:main:telegram:direct:42");
  CHECK(ScopeRequestKey("agent:main:signal:group:AbC==", "ops").value() ==
        "agent:main:signal:group:AbC==");
  CHECK(ScopeRequestKey("global", "ops").value() == "global");
  CHECK(ScopeRequestKey("unknown", "ops").value() == "unknown");
  CHECK_FALSE(ScopeRequestKey("agent:x", "ops").has_value());
  CHECK_FALSE(ScopeRequestKey("agent::y", "ops").has_value());
  CHECK_FALSE(ScopeRequestKey("agent:x:", "ops").has_value());
}

TEST_CASE("Session keys: kinds and classification", "[sessions][keys]") {
  CHECK(KindOfKey("global") == SessionKind::kGlobal);
  CHECK(KindOfKey("unknown") == SessionKind::kUnknown);
  CHECK(KindOfKey("agent:main:main") == SessionKind::kDirect);
  CHECK(KindOfKey("agent:main:telegram:direct:1") == SessionKind::kDirect);
  CHECK(KindOfKey("agent:main:telegram:group:-100:topic:3") == SessionKind::kGroup);
  CHECK(KindOfKey("agent:main:discord:channel:c1") == SessionKind::kGroup);
  CHECK(KindOfKey("agent:main:openai-user:bob") == SessionKind::kDirect);
  CHECK(IsMainSessionKey("agent:ops:main"));
  CHECK_FALSE(IsMainSessionKey("agent:ops:main:thread:1"));
  CHECK_FALSE(IsMainSessionKey("main"));
  CHECK(IsReservedNamespace("cron:job"));
  CHECK(IsReservedNamespace("agent:main:subagent:x"));
  CHECK(IsReservedNamespace("agent:main:acp:x"));
  CHECK(IsReservedNamespace("agent:main:cron"));
  CHECK_FALSE(IsReservedNamespace("agent:main:cronjob"));
  CHECK_FALSE(IsReservedNamespace("agent:main:main"));
  CHECK(IsIncognitoKey("agent:main:dashboard:incognito-1"));
  CHECK(IsIncognitoKey("agent:main:internal-session-effects:incognito-x"));
  CHECK_FALSE(IsIncognitoKey("agent:main:dashboard:1"));
  CHECK(IsThreadKey("agent:main:slack:channel:c1:thread:1"));
  CHECK(IsThreadKey("agent:main:telegram:group:-1:topic:3"));
  CHECK_FALSE(IsThreadKey("agent:main:main"));
  CHECK(ChannelOfKey("agent:main:telegram:direct:1") == std::optional<std::string>("telegram"));
  CHECK(ChannelOfKey("agent:main:telegram:bot:direct:1") == std::optional<std::string>("telegram"));
  CHECK(ChannelOfKey("agent:main:discord:channel:c") == std::optional<std::string>("discord"));
  CHECK_FALSE(ChannelOfKey("agent:main:main").has_value());
  CHECK_FALSE(ChannelOfKey("agent:main:direct:bob").has_value());
  auto parsed = ParseAgentKey("agent:ops:telegram:direct:1");
  REQUIRE(parsed);
  CHECK(parsed->agent_id == "ops");
  CHECK(parsed->rest == "telegram:direct:1");
  CHECK(ParseDmScope("per-account-channel-peer") == DmScope::kPerAccountChannelPeer);
  CHECK_FALSE(ParseDmScope("per-user").has_value());
}
