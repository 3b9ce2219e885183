#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each over its
# seed corpus in tests/fuzz/corpus/<target> for SECONDS (default 10); CI runs
# it briefly on every change. A crash leaves its input in build/fuzz/findings.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET ...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(ssedecoder openaidialect anthropicdialect report catalog httprequestparser httpresponseparser)

bash scripts/setup-debian.sh
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)" --target "${targets[@]/#/fuzz_}"
mkdir -p build/fuzz/findings
for t in "${targets[@]}"; do
    scratch=$(mktemp -d)
    # New inputs go to the scratch corpus; the committed seeds are only read.
    build/fuzz/tests/fuzz/fuzz_$t -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix=build/fuzz/findings/"$t"- -print_final_stats=1 "$scratch" tests/fuzz/corpus/"$t" 2>&1 \
        | grep -E "stat::number_of_executed_units|ERROR|SUMMARY|Test unit written" | sed "s/^/fuzz_$t: /"
    status=${PIPESTATUS[0]}
    rm -rf "$scratch"
    [ "$status" -eq 0 ] || { echo "fuzz_$t found a problem: see build/fuzz/findings" >&2; exit 1; }
done
