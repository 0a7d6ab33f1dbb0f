#!/usr/bin/env bash
# Installs the Debian dependencies (when missing), configures with CMake + Ninja and builds.
# Usage: tools/build.sh [build-dir]   (default: build/)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}

bash "$root/tools/install-deps.sh"
# ccache keeps rebuilds of a fresh clone fast (it is keyed on content, not on the build folder).
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake --build "$build"
