"""Start-up time and resident memory of `wellbeing-bot run`, with each NLU backend.

The real command as a process against the fake Bot API (tests/fakebotapi.py) over HTTP: a /start
is waiting when the process starts, as after a restart; the clock runs from launching the
process to that reply arriving. Memory is read from /proc after a few hundred more updates.

Run: .venv/bin/python -m benchmarks.bench_startup [--backends embedded,rasa] [--updates 200]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from benchmarks.common import REPO, emit, message_mix, rss_mb
from tests.fakebotapi import TOKEN, FakeBotAPI, button_update, text_update

BIN = Path(sys.executable).parent / "wellbeing-bot"
FIRST_CHAT = 77


def group_rss_mb(pgid: int) -> float:
    """Resident memory of every process in a process group (a Rasa server and its workers)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid:
                total += rss_mb(int(stat.parent.name))["rss_mb"]
    return round(total, 1)


def config_file(folder: Path, backend: str) -> Path:
    """config.yml with the chosen backend and an absolute resources folder."""
    raw = yaml.safe_load((REPO / "config.yml").read_text())
    raw["nlu"]["backend"] = backend
    raw["resources"]["directory"] = str(REPO / raw["resources"]["directory"])
    path = folder / "config.yml"
    path.write_text(yaml.safe_dump(raw))
    return path


def run_once(backend: str, updates: int, rasa_url: str | None) -> dict[str, Any]:
    """Launch, time the first reply, load it, read its memory, stop it."""
    api = FakeBotAPI().start()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "RASA_"))}
        env |= {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": api.base_url,
            "WELLBEING_PSEUDONYM_KEY": "s" * 48,
            "WELLBEING_LOG_LEVEL": "WARNING",
            "WELLBEING_DATABASE_URL": f"sqlite:///{folder / 'usage.db'}",
            "WELLBEING_CONFIG": str(config_file(folder, backend)),
        }
        if rasa_url:
            env["RASA_URL"] = rasa_url
        api.push(text_update(1, FIRST_CHAT, "/start"))
        started = time.perf_counter()
        log = (folder / "bot.log").open("wb")
        proc = subprocess.Popen(
            [str(BIN), "run"], env=env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            if not api.wait_for(lambda: bool(api.texts(FIRST_CHAT)), timeout=120):
                raise RuntimeError(f"no first reply from the {backend} bot")
            first_reply = time.perf_counter() - started
            idle = rss_mb(proc.pid)
            mix = message_mix(updates, seed=3)
            for n, (kind, value) in enumerate(mix, start=2):
                chat = 1000 + n
                if kind == "button":
                    api.push(button_update(n, chat, value, query_id=f"q{n}"))
                else:
                    api.push(text_update(n, chat, value, message_id=n))
            chats = [1000 + n for n in range(2, updates + 2)]
            answered = api.wait_for(lambda: all(api.texts(c) for c in chats), timeout=300)
            loaded = rss_mb(proc.pid)
            stopping = time.perf_counter()
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=30)
            stop_seconds = time.perf_counter() - stopping
        finally:
            if proc.poll() is None:
                proc.kill()
            log.close()
            api.stop()
    return {
        "start_to_first_reply_seconds": round(first_reply, 2),
        "rss_idle_mb": idle["rss_mb"],
        "rss_after_load_mb": loaded["rss_mb"],
        "peak_rss_mb": loaded["peak_rss_mb"],
        "updates_after_start": updates,
        "all_answered": answered,
        "stop_seconds": round(stop_seconds, 2),
        "exit_code": proc.returncode,
    }


def rasa_server() -> tuple[Any, float]:
    """A started RasaServer on the trained model (or why not), and the training time."""
    from nlu.rasa_env import RasaEnvError, RasaServer, train_rasa

    started = time.perf_counter()
    try:
        model = train_rasa()  # cached: only a change to nlu/ trains again
        trained = round(time.perf_counter() - started, 1)
        return RasaServer(model).start(), trained
    except (RasaEnvError, OSError) as exc:
        return str(exc).splitlines()[0], 0.0


def main(argv: list[str] | None = None) -> int:
    """Measure each backend and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backends", default="embedded,rasa")
    parser.add_argument("--updates", type=int, default=200)
    args = parser.parse_args(argv)
    # As `make install` does: the figures are for a start with the model already trained. A
    # start after the training data changed trains it first; that time is reported apart.
    from nlu.crisis_model import load_or_train as load_crisis_model
    from nlu.embedded import EmbeddedNLU

    started = time.perf_counter()
    EmbeddedNLU.load_or_train()
    load_crisis_model()
    prepare = round(time.perf_counter() - started, 1)
    runs: dict[str, Any] = {}
    for backend in args.backends.split(","):
        if backend != "rasa":
            runs[backend] = run_once(backend, args.updates, None)
            continue
        started = time.perf_counter()
        server, trained = rasa_server()
        if isinstance(server, str):
            runs[backend] = {"skipped": server}
            continue
        try:
            server_start = round(time.perf_counter() - started - trained, 1)
            runs[backend] = run_once(backend, args.updates, server.url)
            runs[backend] |= {
                "rasa_train_seconds": trained,
                "rasa_server_start_seconds": server_start,
                "rasa_server_rss_mb": group_rss_mb(server.pid),
            }
        finally:
            server.stop()
    table = [("backend", "first reply s", "RSS idle MB", "RSS loaded MB", "peak MB", "stop s")]
    for name, run in runs.items():
        if "skipped" in run:
            table.append((name, "skipped", "", "", "", ""))
            continue
        table.append(
            (
                name,
                f"{run['start_to_first_reply_seconds']:.2f}",
                f"{run['rss_idle_mb']:.0f}",
                f"{run['rss_after_load_mb']:.0f}",
                f"{run['peak_rss_mb']:.0f}",
                f"{run['stop_seconds']:.2f}",
            )
        )
        if "rasa_server_rss_mb" in run:
            table.append(
                (
                    "  rasa server",
                    f"{run['rasa_server_start_seconds']:.1f}",
                    "",
                    f"{run['rasa_server_rss_mb']:.0f}",
                    "",
                    "",
                )
            )
    result = {"benchmark": "startup", "models_load_or_train_seconds": prepare}
    emit(result | {"runs": runs}, table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
