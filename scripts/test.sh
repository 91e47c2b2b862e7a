#!/usr/bin/env bash
# Builds Signet and runs the whole test suite (unit, command-line and interop tests).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh test
cmake --preset default
cmake --build --preset default
ctest --preset default --output-on-failure "$@"
