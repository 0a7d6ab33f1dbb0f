// Generated from protocol/version.yaml, protocol/scopes.yaml, protocol/errors.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.

export const PROTOCOL_VERSION = 4;
export const MIN_PROTOCOL_VERSION = 3;
// Lowest protocol an ordinary (non-node, non-probe) client may negotiate on the real gateway.
export const MIN_CLIENT_PROTOCOL = 4;
// Lowest protocol a node-role client may negotiate.
export const MIN_NODE_PROTOCOL = 3;
// Lowest protocol a probe-mode client may negotiate.
export const MIN_PROBE_PROTOCOL = 3;
// Largest frame in bytes accepted before a successful connect (larger closes 1009).
export const PRE_AUTH_MAX_PAYLOAD = 65536;
// Largest frame in bytes accepted after hello (policy.maxPayload).
export const MAX_PAYLOAD = 26214400;
// Pending outbound bytes per socket before it is closed as a slow consumer.
export const MAX_BUFFERED_BYTES = 52428800;
// Period of the gateway-wide tick event.
export const TICK_INTERVAL_MS = 30000;
// Time allowed from socket open to a successful connect.
export const HANDSHAKE_TIMEOUT_MS = 15000;
// Period of WebSocket pings after hello.
export const PING_INTERVAL_MS = 25000;
// Time a peer has to answer a ping before it is dropped.
export const PONG_TIMEOUT_MS = 25000;
// Age after which the cached health snapshot is rebuilt.
export const HEALTH_REFRESH_MS = 60000;
// How long an idempotency key is remembered.
export const DEDUPE_TTL_MS = 300000;
// Most idempotency keys remembered at once.
export const DEDUPE_MAX_ENTRIES = 1000;
// Default RPC timeout used by clients.
export const CLIENT_REQUEST_TIMEOUT_MS = 30000;
// First client reconnect delay.
export const RECONNECT_BACKOFF_MIN_MS = 1000;
// Longest client reconnect delay.
export const RECONNECT_BACKOFF_MAX_MS = 30000;
// Age after which a non-gateway presence entry is pruned.
export const PRESENCE_TTL_MS = 300000;
// Most presence entries kept.
export const PRESENCE_MAX_ENTRIES = 200;
// Consecutive role-unauthorized requests tolerated before closing 1008.
export const MAX_UNAUTHORIZED_CALLS = 10;
// Longest WebSocket close reason in bytes; longer reasons are truncated.
export const CLOSE_REASON_MAX_BYTES = 123;
// Byte ceiling of one chat history response.
export const MAX_CHAT_HISTORY_BYTES = 6291456;

export type Role = "operator" | "node";
export type OperatorScope = "operator.read" | "operator.write" | "operator.admin" | "operator.pairing" | "operator.approvals" | "operator.questions" | "operator.talk" | "operator.talk.secrets";
export type ErrorCode = "INVALID_REQUEST" | "FORBIDDEN" | "UNAVAILABLE" | "NOT_PAIRED" | "APPROVAL_NOT_FOUND" | "NOT_LINKED" | "AGENT_TIMEOUT";
