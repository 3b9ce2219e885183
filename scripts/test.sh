#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every
# test: the suites, and the checks of structure, format and translations.
# Used by CI (.ci/run), which also runs it with the sanitizers.
# Usage: scripts/test.sh [preset]   (default: "default"; "asan" for ASan + UBSan)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}

bash scripts/setup-debian.sh
started=$(date +%s)
cmake --preset "$preset" -DTOKENMETER_WERROR=ON
cmake --build --preset "$preset" -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" -j "$(nproc)"
echo "scripts/test.sh $preset: built and tested in $(( $(date +%s) - started )) s" >&2
