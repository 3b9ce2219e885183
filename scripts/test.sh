#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. Used by CI (.ci/run).
# Usage: scripts/test.sh [preset]   (default: "default"; "asan" for the sanitizers)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}

bash scripts/setup-debian.sh
cmake --preset "$preset"
cmake --build --preset "$preset" -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" -j 2
