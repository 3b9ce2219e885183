#!/usr/bin/env python3
"""Load: how many streams one tokenmeter-cli keeps, and how well it keeps an open-loop schedule.

Every client runs against one simulated provider in a process of its own (`tokenmeter-cli
sim`, started by this script with --catalog build/bench-results/load-catalog.json, which
lifts the tested models' capacity: "sim": {"slots": 0}, so nothing is queued or answered
429). Requests go to its us-east base URL. In one run, each step one client after another:

  closed  tokenmeter-cli keeping N streams in flight for --seconds (`run --concurrency N
          --duration S`; 100, 500 and 1,000): client errors, the p50/p99 of client_wait_ms
          (the wait the client adds before a send) and CPU seconds per wall second. Beside
          it reference_client.py --method aiohttp (the method of `vllm bench serve`) at the
          same concurrency for the same number of requests: its errors, its CPU and the TTFT
          each client measured from the same server.
  open    tokenmeter-cli sending on a constant schedule (`--rate R --arrival constant`) at
          the rates that keep about 100, 500 and 1,000 streams in flight (R = N / the
          request's duration, measured in the closed part): p50/p99 of schedule_lag_ms (send
          time minus scheduled time, wall). reference_client.py has no request rate, so the
          aiohttp lane here is this script driving reference_client.py's own request
          function (imported from --tools, not copied) on the same schedule, the way `vllm
          bench serve` does: a task created at each scheduled time, its lag its t_send_ns
          minus that time.
  rate    the same two clients stepping the rate up with short requests (1 token from a
          fast model) until a step is not sustained: sent within 5% of the planned count,
          schedule-lag p99 under 10 ms, no client errors. The highest sustained rate of each.

CPU is the child's own (wait4): user + system seconds over its wall time, 1.00 = one core;
the simulated provider's CPU over the same time is reported beside it, as both share the
machine. "In flight" is the time-weighted mean of requests in flight once the first ones
have had time to end. "Overflows" is the kernel's ListenOverflows count during the lane:
connections the sim's accept queue dropped, each retried by the kernel 1 s later (that second
shows in the request's TTFT, whatever the client). tokenmeter-cli is copied to a temporary
directory first, so a rebuild during the run does not mix binaries. The open-file limit is
raised to the hard limit (at most 65,536) for every child. Prints tables and, with --json,
writes every figure.
"""
import argparse
import asyncio
import collections
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

SLOW_MODEL = "qwen3.5-397b"   # 1.2 s to the first token, 10 tokens/s: few events per stream
FAST_MODEL = "step-3.5-flash"  # 120 ms to the first token: short requests for the rate steps
REGION = "us-east"
LAG_LIMIT_MS = 10.0
SENT_FRACTION = 0.95


def percentile(sorted_values, q):
    if not sorted_values:
        return float("nan")
    i = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[i]


def p50_p99(values):
    v = sorted(x for x in values if x is not None)
    return percentile(v, 0.50), percentile(v, 0.99)


def raise_file_limit(wanted=65536):
    """Raises the soft open-file limit (children inherit it); (before, after, hard)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(hard, wanted)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return soft, resource.getrlimit(resource.RLIMIT_NOFILE)[0], hard


def measured(cmd, timeout, stdout_path, stderr_path):
    """Runs cmd with a deadline; (exit code or None on timeout, CPU seconds, wall seconds)."""
    with open(stdout_path, "w") as out, open(stderr_path, "w") as err:
        started = time.monotonic()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, start_new_session=True)
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                wall = time.monotonic() - started
                p.returncode = os.waitstatus_to_exitcode(status)
                return p.returncode, usage.ru_utime + usage.ru_stime, wall
            if time.monotonic() > deadline:
                os.killpg(p.pid, signal.SIGKILL)
                _, status, usage = os.wait4(p.pid, 0)
                sys.stderr.write(f"warning: {Path(cmd[0]).name} killed after {timeout:.0f} s\n")
                return None, usage.ru_utime + usage.ru_stime, time.monotonic() - started
            time.sleep(0.02)


class Sim:
    """`tokenmeter-cli sim` in a process of its own, on a free port, with the benchmark's catalog."""

    def __init__(self, cli, catalog, work):
        self.log = work / "sim.out"
        self.out = open(self.log, "w")
        self.proc = subprocess.Popen([str(cli), "sim", "--port", "0", "--catalog", str(catalog)],
                                     stdout=self.out, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 15
        self.root = None
        while time.monotonic() < deadline and self.proc.poll() is None:
            for line in self.log.read_text().splitlines():
                if "listening on http://" in line:
                    self.root = line.split("listening on ")[1].strip().rstrip("/")
            if self.root:
                break
            time.sleep(0.05)
        if not self.root:
            self.stop()
            raise SystemExit(f"tokenmeter-cli sim did not start: {self.log.read_text()[-400:]!r}")
        self.base_url = f"{self.root}/{REGION}/v1"
        self.tick = os.sysconf("SC_CLK_TCK")

    def cpu_s(self):
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / self.tick
        except (OSError, IndexError, ValueError):
            return float("nan")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        self.out.close()


def write_catalog(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({
        "schema": "tokenmeter.catalog/1",
        "models": [{"id": m, "sim": {"slots": 0}} for m in (SLOW_MODEL, FAST_MODEL)],
    }, indent=1) + "\n")


def mean_in_flight(intervals, start, end):
    """Time-weighted mean of requests in flight over [start, end] (ns), after the first
    request's duration (the ramp while the first requests are all still in flight)."""
    durations = sorted(e - s for s, e in intervals)
    steady = start + (durations[len(durations) // 2] if durations else 0)
    if steady < end:
        start = steady
    if end <= start:
        return float("nan")
    busy = sum(max(0, min(e, end) - max(s, start)) for s, e in intervals)
    return busy / (end - start)


def listen_overflows():
    """The kernel's count of connections dropped from a full accept queue (TcpExt ListenOverflows):
    a dropped SYN is sent again after 1 s, which shows in that request's TTFT, whatever the client."""
    try:
        lines = [line.split() for line in Path("/proc/net/netstat").read_text().splitlines()
                 if line.startswith("TcpExt:")]
        return int(lines[1][lines[0].index("ListenOverflows")])
    except (OSError, IndexError, ValueError):
        return 0


def fd_problems(texts):
    return sum(t.count("open files") + t.count("EMFILE") for t in texts if t)


def tokenmeter_lane(args, sim, tag, model, max_tokens, extra, seconds):
    """One tokenmeter-cli run against the sim; its figures from the JSON report."""
    report = args.work / f"tm-{tag}.json"
    cmd = [str(args.cli), "run", "--base-url", sim.base_url, "--models", model, "--max-tokens", str(max_tokens),
           "--duration", str(seconds), "--warmup", "0", "--no-history", "--format", "table",
           "--out", str(report), "--timeout", "60", "--first-token-timeout", "60"] + extra
    sim_cpu0, overflows0 = sim.cpu_s(), listen_overflows()
    rc, cpu, wall = measured(cmd, seconds + args.drain_timeout, args.work / f"tm-{tag}.out",
                             args.work / f"tm-{tag}.err")
    sim_cpu, overflows = sim.cpu_s() - sim_cpu0, listen_overflows() - overflows0
    stderr = (args.work / f"tm-{tag}.err").read_text(errors="replace")
    row = {"client": "tokenmeter-cli", "exit": rc, "cpu_s": cpu, "wall_s": wall, "listen_overflows": overflows,
           "cpu_per_wall": cpu / wall if wall else float("nan"), "sim_cpu_per_wall": sim_cpu / wall if wall else 0}
    if not report.exists():
        row.update(error=stderr.strip()[-400:], requests=0, errors=None, fd_errors=fd_problems([stderr]))
        return row
    r = json.load(open(report))
    reqs = [q for q in r["requests"] if not q.get("warmup")]
    failed = [q for q in reqs if q["status"] != "ok"]
    summary = (r.get("load") or {}).get("summary") or [{}]
    s = summary[0]
    sends = [int(q["t_send_mono_ns"]) for q in reqs if int(q["t_send_mono_ns"]) > 0]
    start = min(sends) if sends else 0
    intervals = [(int(q["t_send_mono_ns"]), int(q["t_send_mono_ns"]) + q["e2e_ms"] * 1e6)
                 for q in reqs if q.get("e2e_ms") is not None]
    wait50, wait99 = p50_p99(q.get("client_wait_ms") for q in reqs)
    lag50, lag99 = p50_p99(q.get("schedule_lag_ms") for q in reqs)
    ttft50, ttft99 = p50_p99(q.get("ttft_ms") for q in reqs if q["status"] == "ok")
    e2e50, _ = p50_p99(q.get("e2e_ms") for q in reqs if q["status"] == "ok")
    row.update({
        "requests": len(reqs), "errors": len(failed),
        "error_kinds": dict(collections.Counter((q.get("error") or q["status"])[:80] for q in failed).most_common(5)),
        "fd_errors": fd_problems([stderr] + [q.get("error") for q in failed]),
        "sent": s.get("sent"), "window_s": s.get("window_s"), "summary_errors": s.get("errors"),
        "rate_limited": s.get("rate_limited"), "offered_per_s": s.get("offered_per_s"),
        "unreliable": s.get("unreliable"),  # tokenmeter-cli's own verdict: it fell behind its schedule
        "requests_per_s": s.get("requests_per_s"), "client_lag_ms": s.get("client_lag_ms"),
        "client_wait_p50": wait50, "client_wait_p99": wait99, "lag_p50": lag50, "lag_p99": lag99,
        "ttft_p50": ttft50, "ttft_p99": ttft99, "e2e_p50": e2e50,
        "in_flight": mean_in_flight(intervals, start, start + seconds * 1e9),
        "cpu_ms_per_request": 1000 * cpu / len(reqs) if reqs else float("nan"),
    })
    return row


def reference_rows(path):
    rows = []
    for line in Path(path).read_text(errors="replace").splitlines():
        if line.startswith("{"):
            try:
                rows.append(json.loads(line))
            except ValueError:
                pass
    return rows


def python_lane_figures(rows, cpu, wall, rc, stderr, seconds, start_ns=None):
    failed = [q for q in rows if q["status"] != "ok"]
    sends = [q["t_send_ns"] for q in rows if q["t_send_ns"]]
    start = start_ns if start_ns else (min(sends) if sends else 0)
    intervals = [(q["t_send_ns"], q["t_send_ns"] + q["e2e_ms"] * 1e6) for q in rows if q.get("e2e_ms") is not None]
    ttft50, ttft99 = p50_p99(q.get("ttft_ms") for q in rows if q["status"] == "ok")
    e2e50, _ = p50_p99(q.get("e2e_ms") for q in rows if q["status"] == "ok")
    return {"client": "aiohttp", "exit": rc, "cpu_s": cpu, "wall_s": wall,
            "cpu_per_wall": cpu / wall if wall else float("nan"), "requests": len(rows), "errors": len(failed),
            "error_kinds": dict(collections.Counter((q.get("error") or q["status"])[:80]
                                                    for q in failed).most_common(5)),
            "fd_errors": fd_problems([stderr] + [q.get("error") for q in failed]),
            "ttft_p50": ttft50, "ttft_p99": ttft99, "e2e_p50": e2e50,
            "in_flight": mean_in_flight(intervals, start, start + seconds * 1e9),
            "cpu_ms_per_request": 1000 * cpu / len(rows) if rows else float("nan")}


def reference_closed(args, sim, tag, n, requests):
    """reference_client.py --method aiohttp at concurrency n for `requests` requests."""
    out, err = args.work / f"ref-{tag}.jsonl", args.work / f"ref-{tag}.err"
    cmd = [args.python, str(args.tools / "reference_client.py"), "--base-url", sim.base_url, "--model", SLOW_MODEL,
           "--method", "aiohttp", "--requests", str(requests), "--concurrency", str(n),
           "--max-tokens", str(args.max_tokens), "--timeout", "60"]
    sim_cpu0, overflows0 = sim.cpu_s(), listen_overflows()
    rc, cpu, wall = measured(cmd, 2 * args.seconds + args.drain_timeout, out, err)
    sim_cpu, overflows = sim.cpu_s() - sim_cpu0, listen_overflows() - overflows0
    row = python_lane_figures(reference_rows(out), cpu, wall, rc, err.read_text(errors="replace"), args.seconds)
    row["sim_cpu_per_wall"] = sim_cpu / wall if wall else 0
    row["listen_overflows"] = overflows
    return row


def aiohttp_open(args, sim, tag, model, max_tokens, rate, seconds):
    """reference_client.py's request function on a constant schedule (this script's --aiohttp-open-loop)."""
    out, err = args.work / f"aio-{tag}.jsonl", args.work / f"aio-{tag}.err"
    cmd = [args.python, str(Path(__file__).resolve()), "--aiohttp-open-loop", "--tools", str(args.tools),
           "--base-url", sim.base_url, "--model", model, "--max-tokens", str(max_tokens),
           "--rate", str(rate), "--seconds", str(seconds)]
    sim_cpu0, overflows0 = sim.cpu_s(), listen_overflows()
    rc, cpu, wall = measured(cmd, seconds + args.drain_timeout, out, err)
    sim_cpu, overflows = sim.cpu_s() - sim_cpu0, listen_overflows() - overflows0
    rows = reference_rows(out)
    meta = next((q for q in rows if "schedule_start_ns" in q), {})
    rows = [q for q in rows if "t_scheduled_ns" in q]
    start = meta.get("schedule_start_ns", 0)
    row = python_lane_figures(rows, cpu, wall, rc, err.read_text(errors="replace"), seconds, start)
    lags = [(q["t_send_ns"] - q["t_scheduled_ns"]) / 1e6 for q in rows if q["t_send_ns"] and q["t_scheduled_ns"]]
    row["lag_p50"], row["lag_p99"] = p50_p99(lags)
    row["sent"] = sum(1 for q in rows if q["t_send_ns"] and q["t_send_ns"] <= start + seconds * 1e9)
    row["sim_cpu_per_wall"] = sim_cpu / wall if wall else 0
    row["listen_overflows"] = overflows
    return row


def run_aiohttp_open_loop(args):
    """Child mode: reference_client.one_aiohttp started at each scheduled time (vllm bench serve's way)."""
    import contextvars
    sys.path.insert(0, str(args.tools))
    import aiohttp
    import reference_client as rc
    scheduled = contextvars.ContextVar("scheduled", default=0)
    new_record = rc.new_record

    def stamped(method, model):
        rec = new_record(method, model)
        rec["t_scheduled_ns"] = scheduled.get()
        return rec
    rc.new_record = stamped
    ns = argparse.Namespace(base_url=args.base_url, model=args.model, api_key="", max_tokens=args.max_tokens,
                            prompt=rc.PROMPT, timeout=60.0)
    count = max(1, round(args.rate * args.seconds))
    gap_ns = 1e9 / args.rate

    async def main():
        sem = asyncio.Semaphore(count)  # never waited on: every request goes at its time
        conn = aiohttp.TCPConnector(limit=0)
        async with aiohttp.ClientSession(connector=conn, read_bufsize=10 * 1024 * 1024) as session:
            start = time.perf_counter_ns() + 20_000_000
            print(json.dumps({"schedule_start_ns": start, "planned": count}), flush=True)
            tasks = []
            for i in range(count):
                due = start + round(i * gap_ns)
                delay = (due - time.perf_counter_ns()) / 1e9
                if delay > 0:
                    await asyncio.sleep(delay)
                scheduled.set(due)
                tasks.append(asyncio.create_task(rc.one_aiohttp(session, ns, sem)))
            await asyncio.gather(*tasks)
    asyncio.run(main())
    return 0


def fmt(v, digits=2):
    if v is None or (isinstance(v, float) and v != v):
        return "-"
    return f"{v:,.{digits}f}" if isinstance(v, float) else f"{v:,}"


def ratio(a, b):
    return a / b if a is not None and b and a == a and b == b else float("nan")


def closed_part(args, sim, results):
    print(f"\n## Closed loop: N streams for {args.seconds:g} s ({SLOW_MODEL}, {args.max_tokens} tokens)")
    print(f"{'streams':>7} {'client':15} {'requests':>8} {'errors':>6} {'in flight':>9} {'wait p50':>8} "
          f"{'wait p99':>8} {'TTFT p50':>8} {'TTFT p99':>8} {'CPU/wall':>8} {'CPU ms/req':>10} {'sim CPU':>7} "
          f"{'overflows':>9}")
    for n in args.streams:
        tm = tokenmeter_lane(args, sim, f"closed-{n}", SLOW_MODEL, args.max_tokens,
                             ["--concurrency", str(n)], args.seconds)
        ref = reference_closed(args, sim, f"closed-{n}", n, max(n, tm.get("requests") or n))
        for row in (tm, ref):
            row["streams"] = n
        ref["cpu_per_request_vs_tm"] = ratio(ref["cpu_ms_per_request"], tm.get("cpu_ms_per_request"))
        ref["ttft_p99_vs_tm"] = ratio(ref["ttft_p99"], tm.get("ttft_p99"))
        results["closed"] += [tm, ref]
        for row in (tm, ref):
            print(f"{n:>7} {row['client']:15} {fmt(row.get('requests')):>8} {fmt(row.get('errors')):>6} "
                  f"{fmt(row.get('in_flight'), 0):>9} {fmt(row.get('client_wait_p50'), 3):>8} "
                  f"{fmt(row.get('client_wait_p99'), 3):>8} {fmt(row.get('ttft_p50'), 0):>8} "
                  f"{fmt(row.get('ttft_p99'), 0):>8} {fmt(row['cpu_per_wall']):>8} "
                  f"{fmt(row.get('cpu_ms_per_request')):>10} {fmt(row.get('sim_cpu_per_wall')):>7} "
                  f"{fmt(row.get('listen_overflows')):>9}"
                  + (f"  errors: {row['error_kinds']}" if row.get("errors") else "")
                  + (f"  ({row['error']})" if row.get("error") else ""))
        sys.stdout.flush()


def request_seconds(results, args):
    """The slow model's request duration: the closed loop's e2e p50 at the fewest streams, else nominal."""
    for row in results["closed"]:
        if row["client"] == "tokenmeter-cli" and row.get("e2e_p50") == row.get("e2e_p50") and row.get("e2e_p50"):
            return row["e2e_p50"] / 1000
    return 1.2 + args.max_tokens / 10


def open_part(args, sim, results):
    duration = request_seconds(results, args)
    print(f"\n## Open loop, constant arrivals for {args.seconds:g} s ({SLOW_MODEL}, {args.max_tokens} tokens, "
          f"a request {duration:.2f} s): lag = send - scheduled, wall ms")
    print(f"{'target':>6} {'rate/s':>7} {'client':15} {'sent':>6} {'planned':>7} {'errors':>6} {'in flight':>9} "
          f"{'lag p50':>8} {'lag p99':>8} {'p99/TM':>7} {'CPU/wall':>8} {'sim CPU':>7} {'overflows':>9}")
    for n in args.streams:
        rate = round(n / duration, 1)
        planned = round(rate * args.seconds)
        tm = tokenmeter_lane(args, sim, f"open-{n}", SLOW_MODEL, args.max_tokens,
                             ["--rate", str(rate), "--arrival", "constant"], args.seconds)
        aio = aiohttp_open(args, sim, f"open-{n}", SLOW_MODEL, args.max_tokens, rate, args.seconds)
        for row in (tm, aio):
            row.update(target_streams=n, rate=rate, planned=planned)
            row["lag_p99_vs_tm"] = ratio(row.get("lag_p99"), tm.get("lag_p99"))
        results["open"] += [tm, aio]
        for row in (tm, aio):
            print(f"{n:>6} {rate:>7.1f} {row['client']:15} {fmt(row.get('sent')):>6} {planned:>7} "
                  f"{fmt(row.get('errors')):>6} {fmt(row.get('in_flight'), 0):>9} {fmt(row.get('lag_p50'), 3):>8} "
                  f"{fmt(row.get('lag_p99'), 3):>8} {fmt(row['lag_p99_vs_tm']):>7} {fmt(row['cpu_per_wall']):>8} "
                  f"{fmt(row.get('sim_cpu_per_wall')):>7} {fmt(row.get('listen_overflows')):>9}"
                  + (f"  errors: {row['error_kinds']}" if row.get("errors") else ""))
        sys.stdout.flush()


def sustained(row):
    return (row.get("sent") or 0) >= SENT_FRACTION * row["planned"] and (row.get("lag_p99") or 1e9) < LAG_LIMIT_MS \
        and row.get("errors") == 0


def rate_part(args, sim, results, deadline):
    print(f"\n## Highest sustained open-loop rate ({FAST_MODEL}, 1 token, {args.rate_seconds:g} s a step; "
          f"sustained: sent >= {SENT_FRACTION:.0%} of planned, lag p99 < {LAG_LIMIT_MS:g} ms, no errors)")
    print(f"{'rate/s':>7} {'client':15} {'sent':>6} {'planned':>7} {'errors':>6} {'in flight':>9} {'lag p50':>8} "
          f"{'lag p99':>8} {'CPU/wall':>8} {'sim CPU':>7} {'overflows':>9} sustained")
    best = {"tokenmeter-cli": None, "aiohttp": None}
    failed = set()
    for rate in args.rates:
        for client in ("tokenmeter-cli", "aiohttp"):
            if client in failed:
                continue
            if time.monotonic() + args.rate_seconds + 3 > deadline:
                print(f"(time budget spent: {client} not run at {rate:g}/s)")
                results["rate_skipped"].append({"client": client, "rate": rate})
                failed.add(client)
                continue
            if client == "tokenmeter-cli":
                row = tokenmeter_lane(args, sim, f"rate-{rate:g}", FAST_MODEL, 1,
                                      ["--rate", str(rate), "--arrival", "constant"], args.rate_seconds)
            else:
                row = aiohttp_open(args, sim, f"rate-{rate:g}", FAST_MODEL, 1, rate, args.rate_seconds)
            row.update(rate=rate, planned=round(rate * args.rate_seconds))
            row["sustained"] = sustained(row)
            results["rate"].append(row)
            if row["sustained"]:
                best[client] = rate
            else:
                failed.add(client)
            print(f"{rate:>7g} {client:15} {fmt(row.get('sent')):>6} {row['planned']:>7} {fmt(row.get('errors')):>6} "
                  f"{fmt(row.get('in_flight'), 0):>9} {fmt(row.get('lag_p50'), 3):>8} {fmt(row.get('lag_p99'), 3):>8} "
                  f"{fmt(row['cpu_per_wall']):>8} {fmt(row.get('sim_cpu_per_wall')):>7} "
                  f"{fmt(row.get('listen_overflows')):>9} {'yes' if row['sustained'] else 'no'}"
                  + ("  (the report marks the step unreliable)" if row.get("unreliable") else "")
                  + (f"  errors: {row['error_kinds']}" if row.get("errors") else ""))
            sys.stdout.flush()
        if len(failed) == 2:
            break
    results["highest_sustained_rate"] = best
    b_tm, b_aio = best["tokenmeter-cli"], best["aiohttp"]
    print(f"highest sustained rate: tokenmeter-cli {fmt(b_tm, 0) if b_tm else 'none'}/s, aiohttp "
          f"{fmt(b_aio, 0) if b_aio else 'none'}/s" + (f" ({b_tm / b_aio:.2f}x)" if b_tm and b_aio else "")
          + ("" if len(failed) == 2 else " (the highest rate tried: the client may sustain more)"))


def targets(results):
    print("\n## Against the target: 1,000 streams with no client errors")
    top = max(results["streams"])
    for part in ("closed", "open"):
        for row in results[part]:
            if row["client"] != "tokenmeter-cli" or row.get("streams", row.get("target_streams")) != top:
                continue
            ok = row.get("errors") == 0 and row.get("exit") == 0
            print(f"{part:6}: {fmt(row.get('requests'))} requests, {fmt(row.get('errors'))} errors, "
                  f"{fmt(row.get('in_flight'), 0)} in flight on average: {'met' if ok else 'MISSED'}")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--build", type=Path, default=REPO / "build" / "default", help="Tokenmeter's build directory")
    p.add_argument("--tools", type=Path, default=REPO.parent / "shared" / "tools",
                   help="where reference_client.py is")
    p.add_argument("--python", default="/usr/bin/python3", help="the Python with aiohttp (Debian's)")
    p.add_argument("--streams", default="100,500,1000")
    p.add_argument("--seconds", type=float, default=10, help="each closed- and open-loop step")
    p.add_argument("--max-tokens", type=int, default=20, help="of the slow model's requests")
    p.add_argument("--rates", default="500,1000,1500,2000,2500,3000,4000,6000,8000", help="requests/s of the rate steps")
    p.add_argument("--rate-seconds", type=float, default=5)
    p.add_argument("--drain-timeout", type=float, default=60, help="seconds a step may run past its duration")
    p.add_argument("--budget", type=float, default=330, help="seconds for the whole run: rate steps stop at it")
    p.add_argument("--catalog", type=Path, default=REPO / "build" / "bench-results" / "load-catalog.json")
    p.add_argument("--json", type=Path, help="write every figure here")
    # Child mode: the aiohttp open-loop lane (see run_aiohttp_open_loop).
    p.add_argument("--aiohttp-open-loop", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--base-url", help=argparse.SUPPRESS)
    p.add_argument("--model", help=argparse.SUPPRESS)
    p.add_argument("--rate", type=float, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.aiohttp_open_loop:
        return run_aiohttp_open_loop(args)

    started = time.monotonic()
    deadline = started + args.budget
    args.streams = [int(s) for s in args.streams.split(",")]
    args.rates = [float(r) for r in args.rates.split(",")]
    if not (args.tools / "reference_client.py").exists():
        raise SystemExit(f"load: {args.tools} holds no reference_client.py; pass --tools DIR")
    limit_before, limit, limit_hard = raise_file_limit()
    load_before = os.getloadavg()
    commit = subprocess.run(["git", "-C", str(REPO), "log", "-1", "--format=%h"], capture_output=True,
                            text=True).stdout.strip()
    print(f"# load.py: commit {commit}, {os.cpu_count()} cores, open files {limit_before} -> {limit} (hard "
          f"{limit_hard}), load average {load_before[0]:.2f} at the start")
    if load_before[0] > 0.5:
        print("warning: the machine is not idle (load average above 0.5): every figure below is distorted")
    results = {"commit": commit, "cores": os.cpu_count(), "open_files": {"before": limit_before, "after": limit,
                                                                         "hard": limit_hard},
               "load_average_start": load_before, "seconds": args.seconds, "max_tokens": args.max_tokens,
               "models": {"slow": SLOW_MODEL, "fast": FAST_MODEL, "region": REGION},
               "streams": args.streams, "closed": [], "open": [], "rate": [], "rate_skipped": []}
    write_catalog(args.catalog)
    with tempfile.TemporaryDirectory(prefix="tokenmeter-load-") as tmp:
        args.work = Path(tmp)
        args.cli = args.work / "tokenmeter-cli"
        shutil.copy2(args.build / "app" / "tokenmeter-cli", args.cli)
        for part in (closed_part, open_part, rate_part):
            sim = Sim(args.cli, args.catalog, args.work)
            try:
                part(args, sim, results, deadline) if part is rate_part else part(args, sim, results)
            finally:
                sim.stop()
    targets(results)
    results["load_average_end"] = os.getloadavg()
    results["wall_s"] = time.monotonic() - started
    print(f"load average {results['load_average_end'][0]:.2f} at the end; {results['wall_s']:.0f} s in all")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
