#!/usr/bin/env bash
# Installs what is missing, builds, and starts Tokenmeter on the embedded
# simulated provider (no API key needed). Extra arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh
cmake --preset default
cmake --build --preset default -j "$(nproc)"

if [ -x build/default/ui/tokenmeter ]; then
  exec build/default/ui/tokenmeter "$@"
fi
# Until the dashboard lands: the same benchmark, headless.
exec build/default/app/tokenmeter-cli run --regions us-east,asia --iterations 3 "$@"
