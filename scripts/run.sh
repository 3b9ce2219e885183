#!/usr/bin/env bash
# Installs what is missing, builds, and starts the Tokenmeter dashboard on the
# embedded simulated provider (no API key needed). Extra arguments go to the
# program, e.g. `scripts/run.sh --demo --time-scale 10`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh
cmake --preset default
cmake --build --preset default -j "$(nproc)"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec build/default/app/tokenmeter "$@"
fi
# No screen (a server, CI, ssh): run the same dashboard off-screen on a demo
# run and keep a screenshot of it, so the command still shows what it does.
echo "No display found: running the dashboard off-screen on a demo run;" >&2
echo "the screenshot goes to tokenmeter-demo.png. On a desktop, this opens the window." >&2
export QT_QPA_PLATFORM=offscreen
if [ $# -eq 0 ]; then
  set -- --demo --time-scale 10 --iterations 3 --size 1600x1000 --screenshot tokenmeter-demo.png
fi
exec build/default/app/tokenmeter "$@"
