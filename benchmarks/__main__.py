"""`python -m benchmarks` (make bench): every benchmark, one JSON object, then readable tables.

Each benchmark runs as its own process (so one's memory or threads cannot colour another's
figures) and prints one JSON line followed by its table; this gathers the JSON lines into one
object, printed last, and checks the figures against the targets of issue 8.
Run with --quick for a smaller, faster pass, --only NAME[,NAME] for some of them, --json FILE to
keep the object.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import REPO, machine

# name -> (module, full arguments, --quick arguments)
BENCHMARKS: dict[str, tuple[str, list[str], list[str]]] = {
    "nlu": ("benchmarks.bench_nlu", ["--rasa"], ["--rasa", "--rounds", "1"]),
    "updates": ("benchmarks.bench_updates", [], ["--updates", "1000"]),
    "updates_rasa": (
        "benchmarks.bench_updates",
        ["--nlu", "rasa", "--databases", "sqlite"],
        ["--nlu", "rasa", "--databases", "sqlite", "--updates", "500"],
    ),
    "startup": ("benchmarks.bench_startup", [], ["--updates", "100"]),
    "report": ("benchmarks.bench_report", [], ["--events", "100000"]),
}


def run(name: str, quick: bool) -> dict[str, Any]:
    """Run one benchmark, echo its output, return its JSON line (or why there is none)."""
    module, full, fast = BENCHMARKS[name]
    if not (REPO / (module.replace(".", "/") + ".py")).exists():
        return {"benchmark": name, "missing": f"{module} does not exist yet"}
    print(f"\n== {name} ({module}) ==", flush=True)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", module, *(fast if quick else full)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    print(done.stdout, end="", flush=True)
    result: dict[str, Any] = {"benchmark": name}
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            result = json.loads(line)
            break
    else:
        result["failed"] = (done.stderr or "no output").strip().splitlines()[-1][:300]
        print(done.stderr[-3000:], file=sys.stderr)
    result["exit_code"] = done.returncode
    result["wall_seconds"] = round(time.perf_counter() - started, 1)
    return result


def targets(results: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The figures of issue 8's 'done when', each with its target and whether it is met."""
    out: list[dict[str, Any]] = []

    def check(what: str, value: Any, limit: float, higher_is_better: bool = False) -> None:
        if not isinstance(value, int | float):
            out.append({"target": what, "value": None, "limit": limit, "met": None})
            return
        met = value >= limit if higher_is_better else value < limit
        out.append({"target": what, "value": value, "limit": limit, "met": met})

    nlu = results.get("nlu", {})
    embedded = nlu.get("embedded") or nlu.get("backends", {}).get("embedded") or {}
    check("embedded NLU p99 ms (< 5)", embedded.get("p99_ms"), 5.0)
    runs = results.get("updates", {}).get("runs", {})
    for db in ("sqlite", "postgresql"):
        rate = runs.get(db, {}).get("updates_per_second")
        check(f"updates/s with {db} recording (>= 300)", rate, 300, higher_is_better=True)
    embedded_run = results.get("startup", {}).get("runs", {}).get("embedded", {})
    check("RSS MB, embedded, after load (< 250)", embedded_run.get("peak_rss_mb"), 250)
    first = embedded_run.get("start_to_first_reply_seconds")
    check("start to first reply s, embedded (< 3)", first, 3.0)
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks, print the tables as they come, then one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller runs, same measures")
    parser.add_argument("--only", help=f"comma-separated, from: {', '.join(BENCHMARKS)}")
    parser.add_argument("--json", type=Path, help="also write the JSON object to this file")
    args = parser.parse_args(argv)
    names = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    results = {name: run(name, args.quick) for name in names}
    summary = {"machine": machine(), "quick": args.quick, "results": results}
    summary["targets"] = targets(results)
    print("\n== targets (issue 8) ==")
    for t in summary["targets"]:
        verdict = {True: "met", False: "MISSED", None: "not measured"}[t["met"]]
        print(f"{t['target']:<44}{t['value']!s:>10}  {verdict}")
    text = json.dumps(summary)
    if args.json:
        args.json.write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
