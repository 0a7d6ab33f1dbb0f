#!/usr/bin/env bash
# Regenerates generated/ from protocol/ (and, with --golden, the generator's golden test outputs).
# Builds the generator first when needed. Usage: tools/regen.sh [--golden]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}

if [[ ! -f $build/build.ninja ]]; then
  cmake -S "$root" -B "$build" -G Ninja >/dev/null
fi
cmake --build "$build" --target gateway-codegen >/dev/null
codegen=$build/codegen/gateway-codegen

"$codegen" --protocol "$root/protocol" --out "$root/generated"
# The list of generated sources may have changed: let CMake pick it up.
cmake "$build" >/dev/null

if [[ ${1:-} == --golden ]]; then
  for fixture in "$root"/tests/codegen/fixtures/*/; do
    "$codegen" --protocol "$fixture/protocol" --out "$fixture/expected"
  done
fi
