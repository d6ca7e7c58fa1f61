"""Measure a Rasa pipeline: train time, parse latency over HTTP, server RSS, accuracy.

Usage: .venv/bin/python scripts/measure-rasa.py [--config nlu/config.yml] [--data nlu/data]
           [--eval FILE ...] [--force]
Prints one table; evaluation files are only read, never copied (see ../shared/eval/README.md).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import time
from pathlib import Path

import yaml

from nlu.rasa_backend import RasaBackend
from nlu.rasa_env import NLU_DIR, REPO, RasaServer, train_rasa

ENTITY = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)


def load_examples(path: Path) -> list[tuple[str, str]]:
    """(text, intent) pairs from a Rasa NLU YAML file."""
    doc = yaml.safe_load(path.read_text())
    pairs = []
    for block in doc.get("nlu", []):
        if "intent" not in block:
            continue
        for line in str(block.get("examples", "")).splitlines():
            line = line.strip()
            if line.startswith("- "):
                # Entity markup, [text](role) or [text]{...}, is read as the plain text.
                text = ENTITY.sub(r"\1", line[2:].strip())
                pairs.append((text, block["intent"]))
    return pairs


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB."""
    total = 0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(
                line.split(":", 1) for line in status.read_text().splitlines() if ":" in line
            )
        except OSError:
            continue
        if status.parent.name == str(pid) or fields.get("PPid", "").strip() == str(pid):
            total += int(fields.get("VmRSS", "0 kB").split()[0])
    return total / 1024


# (gold intent, top real intent, its confidence, the runner-up's, seconds for the call)
Row = tuple[str, str, float, float, float]


async def run_eval(url: str, examples: list[tuple[str, str]]) -> list[Row]:
    """One Row per example, parsed one at a time as the bot would."""
    backend = RasaBackend(url, timeout=10.0)
    out = []
    for text, gold in examples:
        start = time.perf_counter()
        result = await backend.parse(text)
        elapsed = time.perf_counter() - start
        # The ranking keeps the real intents under nlu_fallback, so other thresholds can be
        # replayed from one run.
        ranking = [*result.ranking, (result.intent, 0.0), (result.intent, 0.0)]
        out.append((gold, ranking[0][0], ranking[0][1], ranking[1][1], elapsed))
    return out


def summarise(name: str, rows: list[Row], ambiguity: float) -> None:
    """Print the out-of-scope rate and in-scope accuracy at each fallback threshold."""
    oos = [r for r in rows if r[0] == "out_of_scope"]
    scoped = [r for r in rows if r[0] != "out_of_scope"]
    print(f"\n{name}: {len(scoped)} in scope, {len(oos)} out of scope")
    for threshold in THRESHOLDS:

        def falls_back(row: Row, t: float = threshold) -> bool:
            return row[2] < t or row[2] - row[3] < ambiguity

        line = f"  threshold {threshold:.1f}:"
        if oos:
            caught = sum(1 for r in oos if falls_back(r) or r[1] == "out_of_scope")
            line += f" out_of_scope or fallback {caught / len(oos):6.1%}"
        if scoped:
            right = sum(1 for r in scoped if not falls_back(r) and r[1] == r[0])
            wrong = sum(1 for r in scoped if not falls_back(r) and r[1] != r[0])
            n = len(scoped)
            line += f" | in scope right {right / n:6.1%}, wrong {wrong / n:6.1%}"
        print(line)
    # The backend passes a top-ranked crisis on whatever the threshold (the core decides).
    crisis = [r for r in rows if r[0] == "crisis"]
    alarms = sum(1 for r in rows if r[0] != "crisis" and r[1] == "crisis")
    if crisis:
        found = sum(1 for r in crisis if r[1] == "crisis")
        print(
            f"  crisis ranked first: {found}/{len(crisis)}; other messages ranked crisis: {alarms}"
        )
    else:
        print(f"  messages ranked crisis (none labelled crisis): {alarms}")


def main() -> None:
    """Train (cached), serve, and measure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", type=Path, default=NLU_DIR / "config.yml")
    parser.add_argument("--data", type=Path, default=NLU_DIR / "data")
    parser.add_argument("--models", type=Path, default=REPO / "var" / "rasa" / "models")
    parser.add_argument("--eval", type=Path, nargs="*", default=[])
    parser.add_argument("--force", action="store_true", help="retrain even if cached")
    parser.add_argument(
        "--ambiguity", type=float, default=None, help="default: the FallbackClassifier's"
    )
    args = parser.parse_args()
    if args.ambiguity is None:
        pipeline = yaml.safe_load(args.config.read_text()).get("pipeline") or []
        fallback = [c for c in pipeline if c.get("name") == "FallbackClassifier"]
        args.ambiguity = float(fallback[0].get("ambiguity_threshold", 0.1)) if fallback else 0.0

    start = time.perf_counter()
    model = train_rasa(args.force, config=args.config, data=args.data, models_dir=args.models)
    print(f"model {model.name}: train (or cache hit) {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    with RasaServer(model) as server:
        print(f"server ready in {time.perf_counter() - start:.1f} s")
        assert server.pid is not None
        latencies: list[float] = []
        for path in args.eval:
            rows = asyncio.run(run_eval(server.url, load_examples(path)))
            latencies += [r[4] for r in rows]
            summarise(str(path), rows, args.ambiguity)
        if latencies:
            latencies.sort()
            p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
            print(
                f"\nlatency over HTTP: p50 {statistics.median(latencies) * 1000:.1f} ms, "
                f"p99 {p99 * 1000:.1f} ms ({len(latencies)} parses)"
            )
        print(f"server RSS after the run: {rss_mb(server.pid):.0f} MB")


if __name__ == "__main__":
    main()
