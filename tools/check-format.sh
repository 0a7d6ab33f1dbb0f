#!/usr/bin/env bash
# Fails when hand-written C++ differs from what clang-format makes of it (.clang-format pins the
# whole style). generated/ and the golden fixtures are the generator's output, not ours.
# Usage: tools/check-format.sh [--fix]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mapfile -t files < <(find codegen server clients tools tests -name '*.cpp' -o -name '*.hpp' |
  grep -v '^tests/codegen/fixtures/' | sort)
if [[ ${1:-} == --fix ]]; then
  clang-format -i "${files[@]}"
  exit 0
fi
clang-format --dry-run --Werror "${files[@]}"
echo "format: ${#files[@]} files clean"
