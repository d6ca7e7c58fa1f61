"""The bot's own cost per Telegram update, usage recording on: what one core can serve.

python-telegram-bot's `process_update` on an offline bot (the fake Bot API in-process, as PTB's own
tests do), the rate limiter replaced by a pass-through so that only our work and PTB's is timed:
a realistic mix of typed messages, commands and button presses over a few hundred chats, with the
real conversation core, the embedded NLU (or Rasa) and the real DatabaseRecorder.

Run: .venv/bin/python -m benchmarks.bench_updates [--updates 3000] [--databases sqlite,postgresql]
     [--nlu embedded|rasa] [--rasa-url URL]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import ApplicationBuilder, BaseRateLimiter

from benchmarks.common import (
    drop_postgres_schema,
    emit,
    message_mix,
    ms,
    percentile,
    pin_to_one_core,
    postgres_schema_url,
)
from bot.bootstrap import build_app
from bot.ports import NLUBackend, NullRecorder, Recorder
from bot.safety import screen
from bot.settings import load_settings
from bot.storage.pseudonym import Pseudonymizer
from bot.storage.recorder import DatabaseRecorder
from handlers.callbacks import TelegramAdapter
from tests.fakebotapi import TOKEN, FakeBotAPI, OfflineRequest, button_update, text_update

CHATS = 300
WARMUP = 300


class Unlimited(BaseRateLimiter[int]):
    """Sends at once: Telegram's limits are the load test's business, not this benchmark's."""

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def process_request(
        self,
        callback: Any,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        """Make the call straight away."""
        return await callback(*args, **kwargs)


def updates(count: int, first_id: int) -> list[dict[str, Any]]:
    """The message mix as Telegram updates spread over CHATS private chats."""
    out = []
    for n, (kind, value) in enumerate(message_mix(count, seed=first_id)):
        update_id, chat = first_id + n, 10_000 + n % CHATS
        if kind == "button":
            out.append(button_update(update_id, chat, value, query_id=f"q{update_id}"))
        else:
            out.append(text_update(update_id, chat, value, message_id=update_id))
    return out


def offline_application(
    recorder: Recorder, nlu: NLUBackend | None = None
) -> tuple[Any, FakeBotAPI]:
    """The real core and handlers on a bot whose requests stay in-process, sending at once."""
    core = build_app(load_settings(), recorder=recorder, nlu=nlu)
    adapter = TelegramAdapter(
        core.conversation, Pseudonymizer(b"b" * 32), is_crisis=lambda t: screen(t).crisis
    )
    api = FakeBotAPI()
    request = OfflineRequest(api)
    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .request(request)
        .get_updates_request(request)
        .rate_limiter(Unlimited())
        .build()
    )
    adapter.register(app)
    return app, api


async def measure(recorder: Recorder, nlu: NLUBackend | None, count: int) -> dict[str, Any]:
    """Feed WARMUP then `count` updates one at a time; time each from JSON to the last send."""
    app, api = offline_application(recorder, nlu)
    timings: list[float] = []
    async with app:
        for data in updates(WARMUP, 1):
            await app.process_update(Update.de_json(data, app.bot))
        batch = updates(count, WARMUP + 1)
        started = time.perf_counter()
        for data in batch:
            t0 = time.perf_counter()
            await app.process_update(Update.de_json(data, app.bot))
            timings.append(time.perf_counter() - t0)
        total = time.perf_counter() - started
    sends = len(api.ok_calls("sendMessage"))
    return {
        "updates": count,
        "updates_per_second": round(count / total, 1),
        "p50_ms": ms(percentile(timings, 50)),
        "p99_ms": ms(percentile(timings, 99)),
        "max_ms": ms(max(timings)),
        "messages_sent": sends,
    }


def with_recorder(database: str, folder: Path) -> tuple[Recorder, str | None]:
    """The recorder for one run and the PostgreSQL schema to drop after it (if any)."""
    if database == "none":
        return NullRecorder(), None
    if database == "sqlite":
        return DatabaseRecorder(f"sqlite:///{folder / 'usage.db'}"), None
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    url = postgres_schema_url(schema)
    if url is None:
        raise ConnectionError("PostgreSQL is not reachable")
    return DatabaseRecorder(url), schema


def make_nlu(kind: str, rasa_url: str | None) -> NLUBackend | None:
    """The NLU chain the bot would run with; None means build_app picks the configured one."""
    if kind == "embedded":
        return None
    from bot.bootstrap import build_nlu

    settings = load_settings()
    nlu_settings = settings.nlu.model_copy(update={"rasa_url": rasa_url, "backend": "rasa"})
    return build_nlu(settings.model_copy(update={"nlu": nlu_settings}), "rasa")


def measure_all(args: argparse.Namespace) -> dict[str, Any]:
    """One run per database, each with a fresh store."""
    runs: dict[str, Any] = {}
    for database in args.databases.split(","):
        with tempfile.TemporaryDirectory() as folder:
            try:
                recorder, schema = with_recorder(database, Path(folder))
            except ConnectionError as exc:
                runs[database] = {"skipped": str(exc)}
                continue
            try:
                nlu = make_nlu(args.nlu, args.rasa_url)
                run = asyncio.run(measure(recorder, nlu, args.updates))
                if isinstance(recorder, DatabaseRecorder):
                    started = time.perf_counter()
                    flushed = recorder.flush(timeout=120)
                    stats = recorder.stats
                    run |= {
                        "events_written": stats.written,
                        "events_dropped": stats.dropped,
                        "flush_seconds": round(time.perf_counter() - started, 2),
                        "flushed": flushed,
                    }
                    recorder.close()
            finally:
                if schema:
                    drop_postgres_schema(schema)
            runs[database] = run
    return runs


def main(argv: list[str] | None = None) -> int:
    """Measure each database in turn and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--updates", type=int, default=3000)
    parser.add_argument("--databases", default="sqlite,postgresql,none")
    parser.add_argument("--nlu", choices=("embedded", "rasa"), default="embedded")
    parser.add_argument("--rasa-url", help="a running Rasa server (default: start one)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    server = None
    if args.nlu == "rasa" and not args.rasa_url:
        from nlu.rasa_env import RasaServer, train_rasa

        server = RasaServer(train_rasa()).start()
        args.rasa_url = server.url
    # After the server starts, so that Rasa's processes do not share the core measured.
    cpu = pin_to_one_core()
    try:
        runs = measure_all(args)
    finally:
        if server is not None:
            server.stop()
    result = {"benchmark": "updates", "nlu": args.nlu, "pinned_cpu": cpu, "runs": runs}
    table = [("recording", "updates/s", "p50 ms", "p99 ms", "written", "dropped")]
    for name, run in runs.items():
        if "skipped" in run:
            table.append((name, "skipped", "", "", "", ""))
            continue
        table.append(
            (
                name,
                f"{run['updates_per_second']:.0f}",
                f"{run['p50_ms']:.2f}",
                f"{run['p99_ms']:.2f}",
                str(run.get("events_written", "-")),
                str(run.get("events_dropped", "-")),
            )
        )
    emit(result, table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
