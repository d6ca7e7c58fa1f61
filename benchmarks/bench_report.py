"""Time a full usage report over a million synthetic events in a temporary SQLite file.

Run: .venv/bin/python benchmarks/bench_report.py [--events 1000000] [--budget 5]
Prints one JSON line and a small table; exits 1 if the report takes longer than the budget.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bot.reports.build import build_report
from bot.reports.demo import generate
from bot.reports.html import to_html
from bot.reports.render import to_csv, to_text
from bot.storage.db import make_engine, upgrade


def main() -> int:
    """Generate, then time build + render for each format."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--budget", type=float, default=5.0, help="seconds allowed per report")
    args = parser.parse_args()
    end = date(2026, 10, 31)
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'bench.db'}")
        upgrade(engine)
        started = time.perf_counter()
        written = generate(engine, args.events, seed=11, end=end)
        generate_s = time.perf_counter() - started
        timings: dict[str, float] = {}
        for by in ("month", "week"):
            for name, render in (("table", to_text), ("csv", to_csv), ("html", to_html)):
                started = time.perf_counter()
                render(build_report(engine, end - timedelta(days=365), end, by=by))
                timings[f"{by}/{name}"] = round(time.perf_counter() - started, 3)
        engine.dispose()
    worst = max(timings.values())
    result = {
        "benchmark": "report",
        "database": "sqlite",
        "events": written,
        "generate_seconds": round(generate_s, 1),
        "report_seconds": timings,
        "worst_seconds": worst,
        "budget_seconds": args.budget,
        "within_budget": worst <= args.budget,
    }
    print(json.dumps(result))
    print(f"\n{'report':<14}{'seconds':>8}")
    for name, seconds in timings.items():
        print(f"{name:<14}{seconds:>8.3f}")
    print(f"\n{written:,} events; worst {worst:.2f}s against a budget of {args.budget:.0f}s")
    return 0 if worst <= args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
