#!/usr/bin/env bash
# Every benchmark of bench/, in one command (see bench/README.md):
#   bash bench/run.sh [--quick]
# Installs what is missing (Debian packages), builds the default preset, then
# runs the micro benchmarks, the timestamp fidelity lanes (Tokenmeter against
# the epoll floor, aiohttp and httpx, each against one send-logging server),
# the time-scale table and the load part (closed- and open-loop streams
# against a separate `tokenmeter-cli sim`, beside aiohttp). Results go to
# build/bench-results/ and stdout.
# Needs ../shared/tools (epoll_client.c, reference_client.py) or TOOLS=DIR.
# Give it a quiet machine: anything else running distorts every figure.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=${1:-}
tools=${TOOLS:-../shared/tools}
out=build/bench-results
if [ ! -f "$tools/epoll_client.c" ] || [ ! -f "$tools/reference_client.py" ]; then
    echo "bench: $tools holds no epoll_client.c and reference_client.py; set TOOLS=DIR" >&2
    exit 2
fi

bash scripts/setup-debian.sh
extra=()
for p in python3-aiohttp python3-httpx linux-perf; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || extra+=("$p")
done
if [ ${#extra[@]} -gt 0 ]; then
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${extra[@]}"
fi
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)"
mkdir -p "$out"

streams=1,16,64,256,1024
scales=auto,5,10,20
min_time=1
load=()
if [ "$quick" = "--quick" ]; then
    streams=1,16,64
    scales=20
    min_time=0.1
    load=(--streams 100,1000 --seconds 5 --rates 500,2000 --rate-seconds 3)
fi
{
    echo "# $(date -u +%FT%TZ) on $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
    echo "## Micro"
    build/default/bench/tokenmeter-micro --benchmark_min_time="$min_time" \
        --benchmark_out="$out/micro.json" --benchmark_out_format=json
    echo "## Fidelity, headless and with the dashboard drawing live"
    python3 bench/fidelity.py --tools "$tools" --streams "$streams" --json "$out/fidelity.json"
    echo "## Time scale"
    python3 bench/timescale.py --scales "$scales" --json "$out/timescale.json"
    echo "## Load: closed- and open-loop streams against a separate simulated provider"
    python3 bench/load.py --tools "$tools" "${load[@]}" --json "$out/load.json"
} 2>&1 | tee "$out/summary.txt"
echo "bench: results in $out/" >&2
