#!/usr/bin/env bash
# Smoke test of openclaw-bench: every mode with tiny numbers against a gateway the bench starts
# itself (--openclaw). Checks the exit code and the headings of each report.
# Usage: tests/bench/smoke.sh <path to openclaw> <path to openclaw-bench>
set -u

if [ $# -ne 2 ]; then
  echo "usage: $0 <openclaw> <openclaw-bench>" >&2
  exit 2
fi
openclaw=$1
bench=$2
passed=0
failed=0

# check NAME HEADING... -- ARGS...: runs the bench (bounded by `timeout`), expects exit 0 and
# every HEADING (a fixed string) in its output.
check() {
  local name=$1
  shift
  local headings=()
  while [ "$1" != "--" ]; do
    headings+=("$1")
    shift
  done
  shift
  local output rc missing=""
  output=$(timeout 120 "$bench" "$@" --openclaw "$openclaw" --time-limit 30 2>&1)
  rc=$?
  for heading in "${headings[@]}"; do
    if ! grep -qF -- "$heading" <<<"$output"; then missing="$missing [$heading]"; fi
  done
  if [ $rc -eq 0 ] && [ -z "$missing" ]; then
    passed=$((passed + 1))
    echo "ok: $name"
  else
    failed=$((failed + 1))
    echo "FAIL: $name (exit $rc, missing:${missing:- none})"
    echo "$output" | sed 's/^/    /'
  fi
}

common=("cores" "server threads" "result: ok")
check "rpc sequential" "== rpc:" "requests/s" "latency p50" "latency p99" "connect→hello-ok (open) p50" \
  "errors" "${common[@]}" -- rpc -c 2 -n 20 --warmup 5 -d 1
check "rpc pipelined health" "== rpc:" "requests/s" "${common[@]}" -- rpc --method health -c 2 -n 40 --warmup 5 -d 4
check "rpc through GatewayClient" "== rpc:" "requests/s" "(GatewayClient)" "${common[@]}" -- \
  rpc --client library -c 1 -n 10 --warmup 2 -d 2
check "connect" "== connect:" "handshakes/s" "connect req→hello-ok p50" "TCP connect→hello-ok p99" \
  "${common[@]}" -- connect -k 5 --rounds 1
check "idle" "== idle:" "server RSS before" "server RSS after" "RSS per connection" "${common[@]}" -- \
  idle -k 5 --hold 0.2
check "fanout" "== fanout:" "fan-out: trigger→last subscriber" "missed events" "${common[@]}" -- \
  fanout -k 5 --rounds 2
check "startup" "== startup:" "start to /health" "idle RSS" "server threads" "result: ok" -- startup --runs 1
check "cli" "== cli:" "exec → exit (median)" "/bin/true exec → exit (median)" "${common[@]}" -- \
  cli --method health --runs 2
check "http-cancel" "== http-cancel:" "Cancel → on_complete p50" "Cancel → server sees close p99" \
  "completions not kCancelled" "result: ok" -- http-cancel -k 5
check "http-stream" "== http-stream:" "events parsed" "RSS per stream" "bench threads mid-stream" \
  "result: ok" -- http-stream -k 5 --events 2 --interval-ms 10
check "store-append" "== store-append:" "appends/s" "append → ack p50" "appends per commit" "result: ok" -- \
  store-append --sessions 5 --appends 200
check "store-query" "== store-query:" "sessions.list limit 100 (updatedAt) p50" "history limit 200" \
  "result: ok" -- store-query --sessions 50 --messages 3 --big-sessions 2 --big-messages 50 --queries 5
check "agent-first-token" "== agent-first-token:" "first token: stand-in chunk → chat delta p50" \
  "chat.send → ack p50" "runs whose deltas ≠ the reply" "${common[@]}" -- agent-first-token -n 3 --warmup 1
check "agent-fanout" "== agent-fanout:" "runs completed (final received)" "runs whose final text ≠ the reply" \
  "server VmHWM after the runs" "${common[@]}" -- agent-fanout -c 2 --sessions 2 --reply-tokens 5 --interval-ms 2
check "agent-abort" "== agent-abort:" "chat.abort → stand-in sees the socket close p99" "${common[@]}" -- \
  agent-abort -n 3 --warmup 1 --interval-ms 20
check "openai-first-chunk" "== openai-first-chunk:" \
  "first content: stand-in writes it → bench reads the gateway's p50" \
  "first content: stand-in writes it → bench reads it (direct) p50" "request → [DONE] p99" \
  "completions whose content ≠ the reply" "${common[@]}" -- openai-first-chunk -n 3 --warmup 1
check "openai-fanout" "== openai-fanout:" "streams complete (content = reply, finish chunk, [DONE])" \
  "most streams open at once" "server VmHWM after the runs" "${common[@]}" -- \
  openai-fanout -c 3 --reply-tokens 5 --interval-ms 2
check "json output" '"requests_per_s"' '"server_threads"' '"cores"' '"ok": true' -- rpc -c 1 -n 5 --warmup 0 --json

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
