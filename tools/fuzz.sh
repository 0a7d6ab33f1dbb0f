#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang and runs each for a bounded time; fails
# when one finds a crash, a hang (10 s per input), a leak or a broken invariant.
# Usage: tools/fuzz.sh [--build-only | --no-build] [target...]   (default: every target)
#   FUZZ_SECONDS    seconds per target (default 60)
#   FUZZ_BUILD_DIR  the clang build (default build-fuzz/), configured with -DOPENCLAW_FUZZ=ON
# The checked-in seeds (tests/fuzz/corpus/<target>/) are only read: new inputs go to the scratch
# corpus $FUZZ_BUILD_DIR/corpus/<target>/, crashing ones to $FUZZ_BUILD_DIR/artifacts/<target>/.
# Reproduce a crash with: $FUZZ_BUILD_DIR/fuzz_<target> <file>
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${FUZZ_SECONDS:-60}
all=(ws_frames request_frame json5_config http_request)

mode=run
case "${1:-}" in
  --build-only) mode=build; shift ;;
  --no-build) mode=run-only; shift ;;
esac
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")
for target in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $target "* ]] || { echo "fuzz: unknown target '$target' (${all[*]})" >&2; exit 2; }
done

if [[ $mode != run-only ]]; then
  if [[ ! -f $build/build.ninja ]]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    CXX=${FUZZ_CXX:-clang++} cmake -S "$root" -B "$build" -G Ninja -DOPENCLAW_FUZZ=ON "${launcher[@]}"
  fi
  cmake --build "$build" -j "$(nproc)" --target "${targets[@]/#/fuzz_}"
fi
[[ $mode == build ]] && exit 0

# Inputs may grow past the HTTP header limit (64 KiB); the others need far less.
max_len() { [[ $1 == http_request ]] && echo 131072 || echo 16384; }

export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
# Symbolized stacks: llvm-symbolizer comes with llvm-14 (a recommend, not installed); else addr2line.
symbolizer=$(command -v llvm-symbolizer || command -v llvm-symbolizer-14 || true)
if [[ -n $symbolizer ]]; then
  export ASAN_SYMBOLIZER_PATH=$symbolizer
else
  export ASAN_OPTIONS=${ASAN_OPTIONS:-allow_addr2line=1} UBSAN_OPTIONS=$UBSAN_OPTIONS:allow_addr2line=1
fi
failed=()
for target in "${targets[@]}"; do
  scratch=$build/corpus/$target
  artifacts=$build/artifacts/$target
  log=$build/fuzz-$target.log
  mkdir -p "$scratch" "$artifacts"
  options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$target")"
           -print_final_stats=1 -artifact_prefix="$artifacts/")
  dict=$root/tests/fuzz/dict/$target.dict
  [[ -f $dict ]] && options+=(-dict="$dict")
  echo "fuzz: $target for ${seconds}s (log: $log)"
  if "$build/fuzz_$target" "${options[@]}" "$scratch" "$root/tests/fuzz/corpus/$target" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    corpus=$(find "$scratch" -type f | wc -l)
    echo "fuzz: $target: no crash in $runs runs ($rate/s); scratch corpus $corpus inputs"
  else
    tail -n 80 "$log"
    echo "fuzz: $target FAILED; the input is in $artifacts/:" >&2
    ls -l "$artifacts" >&2
    failed+=("$target")
  fi
done
if ((${#failed[@]})); then
  echo "fuzz: crashes in: ${failed[*]}" >&2
  exit 1
fi
