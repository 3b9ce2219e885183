#!/usr/bin/env python3
"""Timestamp fidelity: Tokenmeter against the clients people use and the floor, in one run.

Every client streams from one foreign server (bench/fidelity/sendlog_server.c: C, one
thread, logs CLOCK_MONOTONIC just before it writes each token event). A client's error
per token event is its own receive time for that event minus the server's send time,
matched by the request's X-Request-Id. Clients, each at N streams (N requests, N at once):

  floor           ../shared/tools/epoll_client.c: one thread, epoll, a timestamp per read
  tokenmeter-cli  headless, over the engine's own HTTP/1.1 transport (the default)
  dashboard       the dashboard drawing the same run live (offscreen; bench target
                  tokenmeter-bench-dashboard)
  cli --transport qt
                  tokenmeter-cli over Qt's QNetworkAccessManager instead
  aiohttp         reference_client.py --method aiohttp (the method of `vllm bench serve`)
  httpx           reference_client.py --method httpx (the study's method; one stream only)

Prints a table and, with --json, writes every figure. Figures are medians, p99s and maxima
of per-event error in milliseconds, and ratios of p99s measured in the same run.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def percentile(sorted_values, q):
    if not sorted_values:
        return float("nan")
    i = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[i]


def errors_ms(server_log, client_events):
    """Per-event errors in ms, and how many requests could not be matched or were short."""
    errs, unmatched, short = [], 0, 0
    for rid, received in client_events.items():
        sent = server_log.get(rid)
        if sent is None:
            unmatched += 1
            continue
        if len(received) != len(sent):
            short += 1
        errs.extend((r - s) / 1e6 for r, s in zip(received, sent))
    return sorted(errs), unmatched, short


def read_server_log(path):
    log = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line:
                rec = json.loads(line)
                log[rec["id"]] = rec["send_ns"]
    return log


def read_jsonl_events(text):
    events = {}
    for line in text.splitlines():
        if line.startswith("{"):
            rec = json.loads(line)
            if rec.get("status") == "ok":
                events[rec["id"]] = rec["token_events_ns"]
    return events


def read_tokenmeter_report(path):
    """Absolute receive times from a Tokenmeter JSON report (t_send_mono_ns + events_ms)."""
    report = json.load(open(path))
    events = {}
    for r in report["requests"]:
        if r["status"] == "ok":
            base = int(r["t_send_mono_ns"])
            events[r["id"]] = [base + round(ms * 1e6) for ms in r["events_ms"]]
    return events


class Server:
    def __init__(self, binary, log, events, interval_us):
        self.proc = subprocess.Popen([str(binary), "0", str(log), str(events), str(interval_us)],
                                     stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        if not line.startswith("listening "):
            raise SystemExit(f"sendlog_server did not start: {line!r}")
        self.port = int(line.split()[1])

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)


def run(cmd, timeout, env=None):
    started = time.monotonic()
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    if p.returncode != 0:
        sys.stderr.write(f"warning: {' '.join(map(str, cmd[:2]))} exited {p.returncode}: {p.stderr[-400:]}\n")
    return p.stdout, time.monotonic() - started


def clients_for(n, port, args, work):
    """(name, function returning {request id: [receive ns]}) for every client at n streams."""
    base = f"http://127.0.0.1:{port}/v1"
    py = ["/usr/bin/python3", str(args.tools / "reference_client.py"), "--base-url", base, "--model", "bench",
          "--requests", str(n), "--max-tokens", str(args.events)]

    def floor():
        out, _ = run([str(work / "epoll_client"), "127.0.0.1", str(port), "/v1/chat/completions", "bench",
                      str(n), str(n), str(args.events)], args.timeout)
        return read_jsonl_events(out)

    def tokenmeter(binary, transport="engine"):
        def go():
            out = work / f"tm-{binary.name}-{transport}-{n}.json"
            run([str(binary), "run", "--base-url", base, "--models", "qwen3-8b", "--iterations", str(n),
                 "--concurrency", str(n), "--warmup", "0", "--max-tokens", str(args.events), "--no-history",
                 "--transport", transport, "--format", "json", "--out", str(out)], args.timeout)
            return read_tokenmeter_report(out) if out.exists() else {}
        return go

    def dashboard():
        out = work / f"dashboard-{n}.json"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        run([str(args.build / "bench" / "tokenmeter-bench-dashboard"), base, str(n), str(args.events), str(out)],
            args.timeout, env)
        return read_tokenmeter_report(out) if out.exists() else {}

    def python(method, concurrency):
        def go():
            out, _ = run(py + ["--concurrency", str(concurrency), "--method", method], args.timeout)
            return read_jsonl_events(out)
        return go

    clients = [("floor", floor), ("tokenmeter-cli", tokenmeter(args.build / "app" / "tokenmeter-cli"))]
    if not args.no_dashboard:
        clients.append(("dashboard", dashboard))
    clients.append(("cli --transport qt", tokenmeter(args.build / "app" / "tokenmeter-cli", "qt")))
    clients.append(("aiohttp", python("aiohttp", n)))
    if n == 1:
        clients.append(("httpx", python("httpx", 1)))
    return clients


def measure(n, args, work):
    log = work / f"server-{n}.jsonl"
    server = Server(work / "sendlog_server", log, args.events, args.interval_us)
    received = {}
    try:
        for name, go in clients_for(n, server.port, args, work):
            received[name] = go()
            time.sleep(0.2)  # the server writes the last lines of the log
    finally:
        server.stop()
    sent = read_server_log(log)
    rows = {}
    for name, events in received.items():
        errs, unmatched, short = errors_ms(sent, events)
        rows[name] = {"requests": len(events), "unmatched": unmatched, "short": short, "events": len(errs),
                      "p50": percentile(errs, 0.50), "p99": percentile(errs, 0.99),
                      "max": errs[-1] if errs else float("nan")}
    floor, tm = rows.get("floor", {}).get("p99"), rows.get("tokenmeter-cli", {}).get("p99")
    for row in rows.values():
        row["p99_vs_floor"] = row["p99"] / floor if floor else float("nan")
        row["p99_vs_tokenmeter"] = row["p99"] / tm if tm else float("nan")
    return rows


def build_tools(args, work):
    for src, out in ((args.tools / "epoll_client.c", "epoll_client"),
                     (HERE / "fidelity" / "sendlog_server.c", "sendlog_server")):
        subprocess.run(["cc", "-O2", "-o", str(work / out), str(src)], check=True)


def print_table(results):
    print(f"{'streams':>7}  {'client':15} {'events':>7} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} "
          f"{'p99/floor':>9} {'p99/TM':>7}")
    for n, rows in results.items():
        for name, r in rows.items():
            print(f"{n:>7}  {name:15} {r['events']:>7} {r['p50']:>8.3f} {r['p99']:>8.3f} {r['max']:>8.2f} "
                  f"{r['p99_vs_floor']:>9.2f} {r['p99_vs_tokenmeter']:>7.2f}"
                  + (f"  ({r['unmatched']} unmatched, {r['short']} short)" if r["unmatched"] or r["short"] else ""))


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--build", type=Path, default=REPO / "build" / "default", help="Tokenmeter's build directory")
    p.add_argument("--tools", type=Path, default=REPO.parent / "shared" / "tools",
                   help="where epoll_client.c and reference_client.py are")
    p.add_argument("--streams", default="1,16,64,256,1024")
    p.add_argument("--events", type=int, default=50, help="token events per stream")
    p.add_argument("--interval-us", type=int, default=20000, help="between a stream's token events")
    p.add_argument("--timeout", type=float, default=300)
    p.add_argument("--no-dashboard", action="store_true", help="headless clients only")
    p.add_argument("--json", type=Path, help="write every figure here")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="tokenmeter-fidelity-") as tmp:
        work = Path(tmp)
        build_tools(args, work)
        results = {}
        for n in (int(s) for s in args.streams.split(",")):
            results[n] = measure(n, args, work)
            print_table({n: results[n]})
            sys.stdout.flush()
    if args.json:
        args.json.write_text(json.dumps({"events_per_stream": args.events, "interval_us": args.interval_us,
                                         "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
