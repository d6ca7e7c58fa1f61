"""Parse latency of the NLU backends, one held-out message at a time, pinned to one core.

Run: .venv/bin/python -m benchmarks.bench_nlu [--rounds 3] [--rasa]
The embedded backend always; Rasa beside it when RASA_URL is set, or with --rasa (which trains
and starts a local server through nlu.rasa_env, minutes the first time). Prints one JSON line,
then a table. The texts are only timed, never printed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
from typing import Any

from benchmarks.common import emit, machine, percentile, pin_to_one_core, rss_mb
from bot.ports import NLUBackend
from nlu.training_data import NLU_DIR, read_examples

HELDOUT = NLU_DIR / "heldout" / "heldout.yml"


def time_backend(backend: NLUBackend, texts: list[str], rounds: int) -> dict[str, Any]:
    """Warm up, then time every parse; p50/p99/max in milliseconds."""

    async def run() -> list[float]:
        for text in texts[:20]:
            await backend.parse(text)
        out = []
        for _ in range(rounds):
            for text in texts:
                started = time.perf_counter()
                await backend.parse(text)
                out.append(time.perf_counter() - started)
        return out

    seconds = asyncio.run(run())
    return {
        "parses": len(seconds),
        "p50_ms": round(percentile(seconds, 50) * 1000, 3),
        "p99_ms": round(percentile(seconds, 99) * 1000, 3),
        "max_ms": round(max(seconds) * 1000, 3),
    }


def bench_rasa(texts: list[str], rounds: int, start: bool) -> dict[str, Any] | None:
    """Rasa at RASA_URL, or a local server when asked to start one; None when neither."""
    from nlu.rasa_backend import RasaBackend

    if url := os.environ.get("RASA_URL"):
        return time_backend(RasaBackend(url, timeout=10.0), texts, rounds)
    if not start:
        return None
    from nlu.rasa_env import RasaEnvError, RasaServer, train_rasa

    try:
        with RasaServer(train_rasa()) as server:
            return time_backend(RasaBackend(server.url, timeout=10.0), texts, rounds)
    except RasaEnvError as exc:
        return {"failed": str(exc).splitlines()[0][:200]}


def main() -> int:
    """Time the embedded backend (and Rasa when reachable) over the held-out messages."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3, help="passes over the held-out set")
    parser.add_argument("--rasa", action="store_true", help="start a local Rasa server too")
    args = parser.parse_args()
    cpu = pin_to_one_core()
    texts = [e.text for e in read_examples(HELDOUT)]
    before = rss_mb(os.getpid())["rss_mb"]
    started = time.perf_counter()
    from nlu.embedded import RECIPE_VERSION, EmbeddedNLU

    embedded = EmbeddedNLU.load_or_train()
    load_s = time.perf_counter() - started
    backends: dict[str, Any] = {"embedded": time_backend(embedded, texts, args.rounds)}
    memory = rss_mb(os.getpid())
    backends["embedded"] |= {
        "recipe": RECIPE_VERSION,
        "load_or_train_s": round(load_s, 2),
        "rss_mb": memory["rss_mb"],
        "rss_model_mb": round(memory["rss_mb"] - before, 1),
    }
    rasa = bench_rasa(texts, args.rounds, args.rasa)
    if rasa is not None:
        backends["rasa"] = rasa
    result = {
        "benchmark": "nlu",
        "messages": len(texts),
        "pinned_cpu": cpu,
        "machine": machine(),
        "backends": backends,
    }
    table = [("backend", "parses", "p50 ms", "p99 ms", "max ms")]
    for name, row in backends.items():
        if "failed" in row:
            table.append((name, "-", "-", "-", row["failed"][:40]))
            continue
        table.append(
            (name, str(row["parses"]), str(row["p50_ms"]), str(row["p99_ms"]), str(row["max_ms"]))
        )
    emit(result, table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
