"""What every benchmark shares: percentiles, memory, the machine, a realistic message mix."""

from __future__ import annotations

import contextlib
import json
import math
import os
import platform
import random
import socket
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parent.parent
POSTGRES_ENV = "WELLBEING_TEST_POSTGRES_URL"
DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"

# Written for the benchmarks, one per need or two, in the plain words people use; never taken
# from an evaluation set. The crisis screen catches the last two.
TEXTS = (
    "I can't sleep after a run of nights",
    "shift work is wrecking me, I'm exhausted all the time",
    "I keep thinking about the fatal crash from last week",
    "I've been stressed and anxious for weeks",
    "work is getting on top of me and I feel low",
    "my dad died last month and I'm not coping well",
    "the bills are piling up and I'm behind on the mortgage",
    "my partner and I are separating",
    "my sergeant keeps making comments about my accent",
    "I think I'm drinking too much after shifts",
    "my back has been bad since the arrest in March",
    "how do I get an occupational health referral",
    "can I speak to a counsellor",
    "I just want to talk to someone who gets it",
    "I'm worried about a colleague on my team",
    "I'm thinking of leaving the job",
    "what wellbeing support is there",
    "who can see what I type here",
    "hello",
    "thanks",
    "are you a real person",
    "what time does the canteen open",
    "I don't want to be here any more",
    "I want to end my life",
)
BUTTONS = (
    "menu",
    "need:sleep_fatigue",
    "need:stress_anxiety",
    "need:money_worries",
    "role:officer",
    "role:staff",
    "more:stress_anxiety:1",
    "fb:sleep_fatigue:y",
    "talk",
    "sos",
)
COMMANDS = ("/start", "/menu", "/help", "/privacy")


def message_mix(count: int, seed: int = 8) -> list[tuple[str, str]]:
    """(kind, value) pairs: about 60% typed text, 30% button presses, 10% commands."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.6:
            out.append(("text", rng.choice(TEXTS)))
        elif roll < 0.9:
            out.append(("button", rng.choice(BUTTONS)))
        else:
            out.append(("text", rng.choice(COMMANDS)))
    return out


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(q / 100 * len(ordered)) - 1))
    return ordered[rank]


def ms(seconds: float) -> float:
    """Seconds to milliseconds, rounded for a table."""
    return round(seconds * 1000, 3)


def rss_mb(pid: int) -> dict[str, float]:
    """Resident memory now and at its peak (VmHWM) of one process, in MB."""
    out = {"rss_mb": 0.0, "peak_rss_mb": 0.0}
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key == "VmRSS":
                out["rss_mb"] = round(int(value.split()[0]) / 1024, 1)
            elif key == "VmHWM":
                out["peak_rss_mb"] = round(int(value.split()[0]) / 1024, 1)
    return out


def machine() -> dict[str, Any]:
    """What the figures came from: cores, CPU model, memory, Python."""
    model = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory_mb = 0
    with contextlib.suppress(OSError, ValueError, IndexError):
        first = Path("/proc/meminfo").read_text().splitlines()[0]
        memory_mb = int(first.split()[1]) // 1024
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "memory_mb": memory_mb,
        "python": platform.python_version(),
        "kernel": platform.release(),
    }


def pin_to_one_core() -> int | None:
    """Run this process on one CPU, as the targets are stated for one core; None if unsupported."""
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return cpu
    except (AttributeError, OSError):
        return None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def postgres_schema_url(schema: str) -> str | None:
    """A URL on the shared test PostgreSQL with its own fresh schema, or None if unreachable."""
    base = os.environ.get(POSTGRES_ENV, DEFAULT_POSTGRES)
    dsn = make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        with psycopg.connect(dsn, connect_timeout=3, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
    except psycopg.OperationalError:
        return None
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


def drop_postgres_schema(schema: str) -> None:
    """Remove a schema made by postgres_schema_url."""
    base = os.environ.get(POSTGRES_ENV, DEFAULT_POSTGRES)
    dsn = make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, connect_timeout=3, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def emit(result: dict[str, Any], table: Sequence[tuple[str, ...]]) -> None:
    """One JSON line first (what `python -m benchmarks` reads), then a table for people."""
    print(json.dumps(result), flush=True)
    if not table:
        return
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    print()
    for n, row in enumerate(table):
        cells = [
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells))
        if n == 0:
            print("  ".join("-" * w for w in widths))
