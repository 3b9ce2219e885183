#!/usr/bin/env python3
"""Checks a tokenmeter report of the simulated provider against the published figures.

Usage: bench/check_reproduction.py REPORT.json [resources/catalog.json]
Prints, per model and region, measured p50 TTFT (first token of any kind, as the
study counted it) and tokens/s against the catalog, and the region differences
against the published region table. Exits 1 when a figure is off by more than
10% (p50) or a region difference by more than 15 ms.
"""
import json
import sys


def main():
    report = json.load(open(sys.argv[1]))
    catalog = json.load(open(sys.argv[2] if len(sys.argv) > 2 else "resources/catalog.json"))
    models = {m["id"]: m for m in catalog["models"]}
    p50 = {(s["model"], s["region"]): s for s in report["summary"]}
    worst_ttft = worst_tps = worst_diff = 0.0
    failures = 0
    print(f"{'model':20} {'region':8} {'TTFT p50':>9} {'ref':>6} {'err':>7} {'tok/s p50':>10} {'ref':>5} {'err':>7}")
    for (model, region), s in sorted(p50.items()):
        m = models[model]
        ref_ttft = m["regions"].get(region, {}).get("ttft_ms", m["published"]["ttft_ms"])
        ref_tps = m["published"]["tokens_per_s"]
        ttft = s["ttft_any_ms"]["p50"]
        tps = s["tokens_per_s"]["p50"]
        e1, e2 = ttft / ref_ttft - 1, tps / ref_tps - 1
        worst_ttft, worst_tps = max(worst_ttft, abs(e1)), max(worst_tps, abs(e2))
        bad = abs(e1) > 0.10 or abs(e2) > 0.10
        failures += bad
        print(f"{model:20} {region:8} {ttft:9.1f} {ref_ttft:6.0f} {e1:+7.1%} {tps:10.2f} {ref_tps:5.0f} {e2:+7.1%}{'  FAIL' if bad else ''}")
    print("\nregion differences (asia - us-east), published region table:")
    for model, m in sorted(models.items()):
        regions = m["regions"]
        if regions.get("asia", {}).get("source") != "published":
            continue
        if (model, "asia") not in p50 or (model, "us-east") not in p50:
            continue
        measured = p50[(model, "asia")]["ttft_any_ms"]["p50"] - p50[(model, "us-east")]["ttft_any_ms"]["p50"]
        published = regions["asia"]["ttft_ms"] - regions["us-east"]["ttft_ms"]
        worst_diff = max(worst_diff, abs(measured - published))
        bad = abs(measured - published) > 15
        failures += bad
        print(f"  {model:20} measured {measured:+7.1f} ms  published {published:+5.0f} ms  off by {measured - published:+5.1f} ms{'  FAIL' if bad else ''}")
    print(f"\nworst: TTFT {worst_ttft:.1%}, tokens/s {worst_tps:.1%}, region difference {worst_diff:.1f} ms; "
          f"simulated={report['simulated']} time_scale={report['config']['time_scale']}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
