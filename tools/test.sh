#!/usr/bin/env bash
# The whole test suite on a fresh machine: install, build, run every CTest test.
# Usage: tools/test.sh [build-dir]   (default: build/)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}

bash "$root/tools/build.sh" "$build"
ctest --test-dir "$build" --output-on-failure
