#!/usr/bin/env bash
# Runs the conformance runner against a freshly set up local gateway and exits with its status.
# Usage: run_against_local.sh <path to openclaw> <path to openclaw-conformance> [runner args...]
# The gateway gets a temporary HOME and a free loopback port; it is stopped (and HOME removed)
# however this script ends.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 <openclaw> <openclaw-conformance> [runner args...]" >&2
  exit 2
fi
openclaw=$1
runner=$2
shift 2

home=$(mktemp -d)
gateway_pid=""
cleanup() {
  if [[ -n $gateway_pid ]] && kill -0 "$gateway_pid" 2>/dev/null; then
    kill "$gateway_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$gateway_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$gateway_pid" 2>/dev/null || true
    wait "$gateway_pid" 2>/dev/null || true
  fi
  rm -rf "$home"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# True once GET /health on the port answers 200.
healthy() {
  curl -fsS --max-time 1 "http://127.0.0.1:$1/health" >/dev/null 2>&1
}

HOME=$home "$openclaw" setup >"$home/setup.log" 2>&1
token=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["gateway"]["auth"]["token"])' \
  "$home/.openclaw/openclaw.json")

# The port may be taken between picking and binding: retry with another one.
port=""
for _ in 1 2 3 4 5; do
  candidate=$(free_port)
  HOME=$home "$openclaw" gateway --port "$candidate" >"$home/gateway.log" 2>&1 &
  gateway_pid=$!
  for _ in $(seq 100); do
    if healthy "$candidate"; then port=$candidate; break; fi
    kill -0 "$gateway_pid" 2>/dev/null || break
    sleep 0.1
  done
  [[ -n $port ]] && break
  kill "$gateway_pid" 2>/dev/null || true
  wait "$gateway_pid" 2>/dev/null || true
  gateway_pid=""
done
if [[ -z $port ]]; then
  echo "run_against_local: the gateway did not become healthy; its log:" >&2
  cat "$home/gateway.log" >&2 || true
  exit 1
fi

status=0
"$runner" --url "ws://127.0.0.1:$port/" --token "$token" "$@" || status=$?
if [[ $status -ne 0 ]]; then
  echo "run_against_local: runner exited $status; gateway log tail:" >&2
  tail -n 40 "$home/gateway.log" >&2 || true
fi
exit "$status"
