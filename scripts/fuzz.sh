#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) and runs one or all of them (docs/fuzzing.md).
#   scripts/fuzz.sh [TARGET|all] [SECONDS]      e.g. scripts/fuzz.sh fuzz_csv_reader 600
# The seed corpus fuzz/corpus/<name>/ is copied to build-fuzz/corpus/<name>/, where the run adds what it
# finds; crashes, timeouts and memory blow-ups go to build-fuzz/artifacts/<name>/. Exit 1 when any was found.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$jieshui_root"
target="${1:-all}"
seconds="${2:-60}"
if [[ ! -f build-fuzz/build.ninja ]]; then
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DJIESHUI_FUZZ=ON -DJIESHUI_WERROR=OFF \
    -DJIESHUI_BUILD_TESTS=OFF -DJIESHUI_BUILD_BENCHMARKS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build build-fuzz --parallel "$(nproc)"
targets=(fuzz_csv_reader fuzz_xlsx_reader fuzz_statistics_loader fuzz_plan_loader fuzz_project_reader
  fuzz_gpkg_geometry fuzz_shapefile_encoding)
[[ "$target" != all ]] && targets=("$target")
export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
found=0
passed=0
failed=0
for t in "${targets[@]}"; do
  name="${t#fuzz_}"
  corpus="build-fuzz/corpus/$name"
  artifacts="build-fuzz/artifacts/$name"
  mkdir -p "$corpus" "$artifacts"
  cp -n "fuzz/corpus/$name"/* "$corpus"/ 2>/dev/null || true
  max_len=65536
  [[ "$name" == project_reader ]] && max_len=262144
  echo "== $t for ${seconds}s"
  # fork mode goes on after a finding, so one run reports all it finds; every input gets 10 s and 2 GB.
  build-fuzz/fuzz/"$t" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_len="$max_len" \
    -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus" 2>&1 | tee "build-fuzz/$name.log" \
    | grep -E "^#[0-9]+.*(DONE|NEW|pulse)|stat::|ERROR|SUMMARY|crash|timeout|oom" | tail -n 8 || true
  if compgen -G "$artifacts/*" > /dev/null; then
    echo "FINDINGS in $artifacts:"; ls "$artifacts"
    found=1
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
done
echo "fuzz: $passed passed, $failed failed"
exit "$found"
