#!/usr/bin/env python3
"""How much one Tokenmeter process ingests: token events per second, and memory per event.

Against bench/fidelity/sendlog_server.c (as bench/fidelity.py runs it):

  rate    STREAMS streams whose events come ever closer together, from 10,000 to 400,000
          token events per second in all, each step about --seconds long: tokenmeter-cli's
          p99 error against the epoll floor's in the same step, and the CPU time it used per
          second of wall time (1.0 = one core busy); beside them the same for tokenmeter-cli
          --transport qt (Qt's QNetworkAccessManager). The highest rate whose p99
          stays within 1.5x the floor's is the one reported.
  memory  tokenmeter-cli's peak RSS over a run of 1,000,000 token events against one of
          10,000 (same streams): the growth per stored token event, in bytes.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fidelity  # noqa: E402  (the same server, clients and error arithmetic)


def measured(cmd):
    """A process's stdout, its resource usage (CPU time, peak RSS) and its wall time."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.monotonic()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.monotonic() - started
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if p.returncode:
            sys.stderr.write(f"warning: {cmd[0]} exited {p.returncode}: {err.read()[-400:]}\n")
        return out.read(), usage, wall


def run_tokenmeter(cli, port, streams, events, out, transport="engine"):
    """tokenmeter-cli's receive times, CPU seconds, wall seconds and peak RSS (bytes)."""
    cmd = [str(cli), "run", "--base-url", f"http://127.0.0.1:{port}/v1", "--models", "qwen3-8b", "--iterations",
           str(streams), "--concurrency", str(streams), "--warmup", "0", "--max-tokens", str(events),
           "--no-history", "--format", "table", "--out", str(out), "--timeout", "3600", "--transport", transport]
    _, usage, wall = measured(cmd)
    events_ns = fidelity.read_tokenmeter_report(out) if out.exists() else {}
    return events_ns, usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss * 1024


def floor_events(work, port, streams, events, timeout):
    out, _ = fidelity.run([str(work / "epoll_client"), "127.0.0.1", str(port), "/v1/chat/completions", "bench",
                           str(streams), str(streams), str(events)], timeout)
    return fidelity.read_jsonl_events(out)


def rate_step(args, work, rate):
    interval_us = max(1, round(args.streams * 1e6 / rate))
    events = max(10, round(args.seconds * 1e6 / interval_us))
    log = work / f"rate-{rate}.jsonl"
    server = fidelity.Server(work / "sendlog_server", log, events, interval_us)
    try:
        floor = floor_events(work, server.port, args.streams, events, args.timeout)
        tm, cpu, wall, _ = run_tokenmeter(args.cli, server.port, args.streams, events, work / f"rate-{rate}.json")
        # The same run over Qt's QNetworkAccessManager, for comparison.
        qt, q_cpu, q_wall, _ = run_tokenmeter(args.cli, server.port, args.streams, events,
                                              work / f"rate-{rate}-qt.json", "qt")
        time.sleep(0.2)
    finally:
        server.stop()
    sent = fidelity.read_server_log(log)
    f_errs, _, _ = fidelity.errors_ms(sent, floor)
    t_errs, unmatched, short = fidelity.errors_ms(sent, tm)
    s_errs, _, _ = fidelity.errors_ms(sent, qt)
    return {"rate": rate, "interval_us": interval_us, "events_per_stream": events,
            "floor_p99": fidelity.percentile(f_errs, 0.99), "tm_p50": fidelity.percentile(t_errs, 0.5),
            "tm_p99": fidelity.percentile(t_errs, 0.99), "tm_events": len(t_errs), "unmatched": unmatched,
            "short": short, "cpu_per_wall": cpu / wall if wall else float("nan"),
            "qt_p99": fidelity.percentile(s_errs, 0.99),
            "qt_cpu_per_wall": q_cpu / q_wall if q_wall else float("nan")}


def memory(args, work):
    rss = {}
    for total in (10_000, 1_000_000):
        events = total // args.streams
        server = fidelity.Server(work / "sendlog_server", work / f"mem-{total}.jsonl", events, 1000)
        try:
            _, _, _, rss[total] = run_tokenmeter(args.cli, server.port, args.streams, events, work / f"m{total}.json")
        finally:
            server.stop()
    return {"rss_10k": rss[10_000], "rss_1m": rss[1_000_000],
            "bytes_per_event": (rss[1_000_000] - rss[10_000]) / (1_000_000 - 10_000)}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--build", type=Path, default=fidelity.REPO / "build" / "default")
    p.add_argument("--tools", type=Path, default=fidelity.REPO.parent / "shared" / "tools")
    p.add_argument("--streams", type=int, default=100)
    p.add_argument("--rates", default="10000,25000,50000,100000,200000,400000", help="token events/s in all")
    p.add_argument("--seconds", type=float, default=5)
    p.add_argument("--timeout", type=float, default=600)
    p.add_argument("--json", type=Path)
    args = p.parse_args()
    args.cli = args.build / "app" / "tokenmeter-cli"
    results = {"streams": args.streams, "rate": []}
    with tempfile.TemporaryDirectory(prefix="tokenmeter-scale-") as tmp:
        work = Path(tmp)
        fidelity.build_tools(args, work)
        # Memory first: a child's peak RSS counts from this process's own at fork
        # (Linux), and the rate steps' logs make this one large.
        results["memory"] = memory(args, work)
        print(f"{'events/s':>9} {'floor p99':>9} {'TM p50':>7} {'TM p99':>7} {'p99/floor':>9} {'CPU/wall':>8}"
              f"  {'qt p99':>10} {'qt CPU/wall':>15}")
        for rate in (int(r) for r in args.rates.split(",")):
            r = rate_step(args, work, rate)
            results["rate"].append(r)
            print(f"{rate:>9} {r['floor_p99']:>9.3f} {r['tm_p50']:>7.3f} {r['tm_p99']:>7.3f} "
                  f"{r['tm_p99'] / r['floor_p99']:>9.2f} {r['cpu_per_wall']:>8.2f}"
                  f"  {r['qt_p99']:>10.3f} {r['qt_cpu_per_wall']:>15.2f}"
                  + (f"  ({r['unmatched']} unmatched, {r['short']} short)" if r["unmatched"] or r["short"] else ""))
            sys.stdout.flush()
        kept = [r["rate"] for r in results["rate"] if r["tm_p99"] <= 1.5 * r["floor_p99"] and not r["short"]]
        print(f"highest rate with p99 within 1.5x the floor: {max(kept) if kept else 'none'} token events/s")
        m = results["memory"]
        print(f"peak RSS: {m['rss_10k'] / 2**20:.1f} MiB at 10,000 token events, {m['rss_1m'] / 2**20:.1f} MiB at "
              f"1,000,000: {m['bytes_per_event']:.1f} bytes per stored token event")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
