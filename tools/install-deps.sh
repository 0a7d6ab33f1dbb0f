#!/usr/bin/env bash
# Installs every build and test dependency from Debian packages (no other registry).
# Used by README's commands and by .ci/run, so a fresh machine and CI install the same set.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config git ca-certificates ccache clang-format
  # fuzzing (tests/fuzz, tools/fuzz.sh): clang 14 and its libFuzzer + sanitizer runtimes
  clang libclang-rt-14-dev
  # schema-first core: YAML front end, JSON, JSON-Schema validation, linear-time regex
  libyaml-cpp-dev nlohmann-json3-dev libvalijson-dev libre2-dev
  # server: Beast/Asio listener, outbound HTTP, CLI, logs, state, crypto
  libboost-dev libboost-system-dev libcpp-httplib-dev libcli11-dev libspdlog-dev libfmt-dev
  libsqlite3-dev libssl-dev
  # reading the reference gateway's zstd-compressed transcript events (openclaw sessions import)
  libzstd-dev
  # web_fetch: HTML → Markdown (an HTML5 parser)
  libgumbo-dev
  # tests: Catch2 v2, tsc for the generated TypeScript, curl + python3 for the conformance script
  catch2 node-typescript curl python3
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# tsc may come from a Node install that is not Debian's node-typescript package.
if command -v tsc >/dev/null 2>&1; then
  missing=("${missing[@]/node-typescript}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if ((${#missing[@]} == 0)); then
  echo "install-deps: all packages present"
  exit 0
fi

sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${missing[@]}"
