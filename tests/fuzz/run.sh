#!/usr/bin/env bash
# Builds the libFuzzer harnesses (CMake preset "fuzz": clang with ASan and UBSan, build/fuzz, reused
# when present) and runs each one on a copy of its seed corpus. Fails when a harness crashes, leaks,
# trips UBSan, times out on one input or runs out of memory; the input that did it is kept in
# build/fuzz/artifacts/.
#
#   run.sh                      every harness for 20 s (the test suite's run, ctest -L fuzz)
#   run.sh --long 3600          every harness for an hour
#   run.sh --long 600 fuzz_dn   one harness for ten minutes
#   run.sh --keep ...           also merge what the run found into tests/fuzz/corpus (minimised)
set -euo pipefail

seconds=20
keep=0
harnesses=()
while [ $# -gt 0 ]; do
    case "$1" in
        --long) seconds=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        -*) echo "usage: $0 [--long SECONDS] [--keep] [HARNESS...]" >&2; exit 2 ;;
        *) harnesses+=("$1"); shift ;;
    esac
done

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=$source_dir/build/fuzz
for tool in clang++ cmake ninja; do
    if ! command -v "$tool" >/dev/null; then
        echo "fuzz: $tool is missing; scripts/install-deps.sh test installs it" >&2
        exit 1
    fi
done

cd "$source_dir"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "${SIGNET_FUZZ_BUILD_JOBS:-2}"

if [ ${#harnesses[@]} -eq 0 ]; then
    for source in "$here"/fuzz_*.cpp; do
        harnesses+=("$(basename "$source" .cpp)")
    done
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
artifacts=$build_dir/artifacts
mkdir -p "$artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=()
for harness in "${harnesses[@]}"; do
    binary=$build_dir/tests/fuzz/$harness
    if [ ! -x "$binary" ]; then
        echo "fuzz: no harness $harness in $build_dir/tests/fuzz" >&2
        exit 2
    fi
    # The harness adds what it finds to its corpus: a copy, so that the repository stays as it is.
    corpus=$work/$harness
    mkdir -p "$corpus"
    cp "$here/corpus/$harness"/* "$corpus"/
    dict=()
    case "$harness" in
        fuzz_dn|fuzz_names|fuzz_batch|fuzz_ca_folder) dict=(-dict="$here/text.dict") ;;
        *) dict=(-dict="$here/x509.dict") ;;
    esac
    log=$work/$harness.log
    start=$(date +%s)
    status=0
    "$binary" "${dict[@]}" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=16384 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$harness-" "$corpus" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 || true)
    echo "fuzz: $harness: ${runs:-?} runs in $(($(date +%s) - start)) s (${rate:-?}/s), $cov, exit $status"
    if [ $status -ne 0 ]; then
        failed+=("$harness")
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|.*Test unit written to|.*ALARM|.*out-of-memory)' "$log" >&2 || true
        tail -n 60 "$log" >&2
        echo "fuzz: reproduce with $binary $artifacts/$harness-<file>" >&2
    elif [ $keep -eq 1 ]; then
        "$binary" -merge=1 "$here/corpus/$harness" "$corpus" >/dev/null 2>&1
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz: every harness ran ${seconds} s without a finding"
