// The bench's measurements, one function (and one file) per mode.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>

#include "tools/bench/agent_standin.hpp"
#include "tools/bench/bench_options.hpp"
#include "tools/bench/report.hpp"
#include "tools/bench/target.hpp"
#include "tools/bench/telegram_standin.hpp"

namespace gateway::bench {

// N connections x M requests of one method, `depth` in flight per connection (raw client).
Report RunRpcMode(const BenchOptions& options, Target& target);
// The same through GatewayClient (one thread and one future per call), to compare clients.
Report RunRpcLibraryMode(const BenchOptions& options, Target& target);
// K concurrent handshakes, challenge → connect → hello-ok.
Report RunConnectMode(const BenchOptions& options, Target& target);
// K authenticated connections held open; the server's RSS before and after.
Report RunIdleMode(const BenchOptions& options, Target& target);
// One system-event from an admin; time until K operator.read subscribers have the presence event.
Report RunFanoutMode(const BenchOptions& options, Target& target);
// `openclaw gateway call <method>` as a whole process against the target, and /bin/true as the
// floor.
Report RunCliMode(const BenchOptions& options, Target& target);
// SessionStore directly: acknowledged transcript appends/s over N concurrent sessions.
Report RunStoreAppendMode(const BenchOptions& options);
// SessionStore directly: list and history latency on a generated database.
Report RunStoreQueryMode(const BenchOptions& options);
// exec of `openclaw gateway` → GET /health 200, and the idle RSS after start.
Report RunStartupMode(const BenchOptions& options);
// The outbound HTTP client (no gateway): Cancel → completion and → server-side close against a
// silent loopback stand-in.
Report RunHttpCancelMode(const BenchOptions& options);
// The outbound HTTP client (no gateway): K concurrent SSE streams from a loopback stand-in; the
// bench's RSS and threads while they run.
Report RunHttpStreamMode(const BenchOptions& options);

// Agent runs (chat.send) through a gateway the bench started with AgentConfigPatch, against the
// loopback stand-in provider (started before the gateway):
// the config that points the default model at the stand-in (provider "bench", model "m").
nlohmann::json AgentConfigPatch(std::uint16_t standin_port, int max_concurrent);
// K sequential runs: stand-in's first SSE chunk → first chat delta, and chat.send → ack.
Report RunAgentFirstTokenMode(const BenchOptions& options, Target& target, AgentStandin& standin);
// C connections × S subscribed sessions, one streaming run each, all at once: completion, no
// event lost, wall time, the gateway's peak RSS.
Report RunAgentFanoutMode(const BenchOptions& options, Target& target, AgentStandin& standin);
// K runs that stream without end, aborted after the first delta: chat.abort → the stand-in sees
// the upstream socket close.
Report RunAgentAbortMode(const BenchOptions& options, Target& target, AgentStandin& standin);

// The OpenAI-compatible HTTP API (streaming POST /v1/chat/completions) through a gateway started
// with OpenAiConfigPatch: AgentConfigPatch plus gateway.http.endpoints.chatCompletions.enabled.
nlohmann::json OpenAiConfigPatch(std::uint16_t standin_port, int max_concurrent);
// K sequential streamed completions: the stand-in's first content chunk → the bench reading the
// gateway's first content chunk, next to the same figure straight from the stand-in.
Report RunOpenAiFirstChunkMode(const BenchOptions& options, Target& target, AgentStandin& standin);
// C concurrent streamed completions, one connection and session each: all complete, the
// gateway's peak RSS and CPU.
Report RunOpenAiFanoutMode(const BenchOptions& options, Target& target, AgentStandin& standin);

// Telegram DMs through a gateway started with TelegramConfigPatch (AgentConfigPatch plus a
// Telegram account on the Bot API stand-in, dmPolicy open, dmScope per-channel-peer).
nlohmann::json TelegramConfigPatch(std::uint16_t agent_port, std::uint16_t telegram_port,
                                   int max_concurrent);
Report RunTelegramDmsMode(const BenchOptions& options, Target& target, AgentStandin& agent,
                          TelegramStandin& telegram);

}  // namespace gateway::bench
