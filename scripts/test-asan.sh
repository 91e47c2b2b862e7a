#!/usr/bin/env bash
# Builds the core tests and signet-cli with AddressSanitizer and UndefinedBehaviorSanitizer (CMake
# preset "asan", g++, build/asan) and runs the core.* and cli.* tests under them, with
# LeakSanitizer on. Extra arguments go to ctest (e.g. -R Certificate).
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD

targets=(signet-cli)
for test_source in tests/core/tst_*.cpp; do
    targets+=("$(basename "$test_source" .cpp)")
done
cmake --preset asan
cmake --build --preset asan -j "${SIGNET_BUILD_JOBS:-2}" --target "${targets[@]}"

# Reports also go to files: a command-line test that expects signet-cli to fail would otherwise
# pass when it fails by a sanitizer's abort, with the report lost in the output it discards.
reports=$source_dir/build/asan/sanitizer-reports
rm -rf "$reports"
mkdir -p "$reports"
# One log_path for both: in a combined runtime the option is shared, the last one read wins.
# No LeakSanitizer suppressions are needed: Qt's and OpenSSL's one-time allocations stay reachable.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:check_initialization_order=1:strict_init_order=1:log_path=$reports/report}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:log_path=$reports/report}
status=0
ctest --preset asan -R '^(core|cli)\.' "$@" || status=$?
if [ -n "$(ls -A "$reports")" ]; then
    echo "sanitizer reports in $reports:" >&2
    head -n 40 "$reports"/* >&2
    exit 1
fi
exit $status
