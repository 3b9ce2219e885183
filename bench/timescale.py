#!/usr/bin/env python3
"""What the simulated provider's speed-up adds to the figures, measured on this machine.

Runs the study's workload (every catalog model from both simulated regions, one request
after another per lane, the same seed, so every lane is meant to see the same answers at
every scale) with tokenmeter-cli at 1x and at each other scale, "auto" included (the
dashboard's default: the highest honest speed-up this machine measures first), and prints
for each scale how far each lane's p50 figures moved from their 1x values: the largest
and the median move, and the lane and figure of the largest.
"""
import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIGURES = [("ttft_any_ms", "TTFT"), ("ttft_ms", "TTFT content"), ("tokens_per_s", "tok/s"), ("e2e_ms", "E2E")]


def run_at(cli, scale, args, out):
    cmd = [str(cli), "run", "--time-scale", scale, "--seed", str(args.seed), "--iterations", str(args.iterations),
           "--region", "us-east,asia",
           "--warmup", "1", "--no-history", "--format", "json", "--out", str(out)]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
    if p.returncode != 0:
        raise SystemExit(f"tokenmeter-cli at {scale}x exited {p.returncode}: {p.stderr[-600:]}")
    report = json.load(open(out))
    lanes = {(s["model"], s["region"]): s for s in report["summary"]}
    return report["config"]["time_scale"], lanes


def moves(reference, lanes):
    """Every lane's p50 figure as a relative move from its 1x value."""
    out = []
    for key, ref in reference.items():
        lane = lanes.get(key)
        if not lane:
            continue
        for field, name in FIGURES:
            a, b = ref.get(field), lane.get(field)
            if a and b and a.get("p50") and b.get("p50") is not None:
                out.append((b["p50"] / a["p50"] - 1, key, name))
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--build", type=Path, default=REPO / "build" / "default")
    p.add_argument("--scales", default="auto,5,10,20", help="compared with 1x")
    p.add_argument("--iterations", type=int, default=5)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--timeout", type=float, default=900)
    p.add_argument("--json", type=Path, help="write every figure here")
    args = p.parse_args()
    cli = args.build / "app" / "tokenmeter-cli"
    results = {}
    with tempfile.TemporaryDirectory(prefix="tokenmeter-timescale-") as tmp:
        _, reference = run_at(cli, "1", args, Path(tmp) / "1.json")
        print(f"{'scale':>10} {'lanes':>5} {'largest move':>12} {'median move':>11}  largest at")
        for scale in args.scales.split(","):
            used, lanes = run_at(cli, scale, args, Path(tmp) / f"{scale}.json")
            m = moves(reference, lanes)
            worst = max(m, key=lambda x: abs(x[0]))
            median = statistics.median(abs(x[0]) for x in m)
            label = f"{scale} ({used:g}x)" if scale == "auto" else f"{used:g}x"
            print(f"{label:>10} {len(lanes):>5} {worst[0] * 100:>+11.2f}% {median * 100:>10.2f}%  "
                  f"{worst[1][0]} from {worst[1][1]}, {worst[2]}")
            sys.stdout.flush()
            results[scale] = {"time_scale": used, "lanes": len(lanes), "largest_move": worst[0],
                              "largest_at": {"model": worst[1][0], "region": worst[1][1], "figure": worst[2]},
                              "median_abs_move": median}
    if args.json:
        args.json.write_text(json.dumps({"seed": args.seed, "iterations": args.iterations, "results": results},
                                        indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
