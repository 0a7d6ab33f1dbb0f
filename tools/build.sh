#!/usr/bin/env bash
# Installs the Debian dependencies (when missing), configures with CMake + Ninja and builds.
# Usage: tools/build.sh [build-dir]   (default: build/)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}

bash "$root/tools/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja
cmake --build "$build"
