"""Fault: the PostgreSQL server stops mid-run and comes back; no reply is lost, no event vanishes.

A private PostgreSQL cluster (initdb and pg_ctl, as the postgres user when run as root) on a
free port, so the machine's shared server is never touched. Telegram updates go through the real
Application (offline bot), the real core and the real DatabaseRecorder; every event handed to the
recorder ends up either written or counted as dropped.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from telegram import Update

from bot.conversation import Conversation
from bot.safety import screen
from bot.storage.pseudonym import Pseudonymizer
from bot.storage.recorder import DatabaseRecorder
from bot.types import UsageEvent
from handlers.app import build_application
from handlers.callbacks import TelegramAdapter
from handlers.config import TelegramConfig
from handlers.ratelimit import ChatRateLimiter
from tests.conftest_db import unavailable
from tests.fakebotapi import TOKEN, FakeBotAPI, OfflineRequest, button_update, text_update
from tests.test_telegram_e2e import free_port

TEXTS = ("/start", "need:sleep_fatigue", "hello", "/menu", "need:money_worries", "sos")


class PrivatePostgres:
    """A throwaway PostgreSQL cluster that the test can stop and start at will."""

    def __init__(self) -> None:
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
        pg_ctl = found[-1] if found else shutil.which("pg_ctl")
        if pg_ctl is None:
            unavailable("no PostgreSQL server binaries (pg_ctl, initdb) on this machine")
        assert pg_ctl is not None
        self.bin = Path(pg_ctl).parent
        # PostgreSQL refuses to run as root.
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self.root = Path(tempfile.mkdtemp(prefix="wellbeing-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
        self.data = self.root / "data"
        self.port = free_port()
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        done = subprocess.run(
            [*self.as_user, *args], capture_output=True, text=True, timeout=60, check=False
        )
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stderr[-1500:]}")

    def init(self) -> None:
        """Make the cluster: trust auth, no fsync (a test has nothing to keep)."""
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust",
            "--no-sync", "--no-instructions",
        )  # fmt: skip

    def start(self) -> None:
        """Start and wait until it accepts connections."""
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} -c fsync=off "
            "-c full_page_writes=off"
        )
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-w", "-t", "30",
            "-l", str(self.root / "server.log"), "start",
        )  # fmt: skip

    def stop(self) -> None:
        """Stop at once, as a crash or a failover would: connections are cut."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def rows(self) -> int:
        """Usage events in the table."""
        dsn = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        with psycopg.connect(dsn, connect_timeout=5) as conn:
            row = conn.execute("SELECT count(*) FROM usage_events").fetchone()
        return int(row[0]) if row else 0

    def remove(self) -> None:
        """Stop if running and delete the files."""
        subprocess.run(
            [*self.as_user, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
             "stop"],
            capture_output=True, check=False, timeout=60,
        )  # fmt: skip
        shutil.rmtree(self.root, ignore_errors=True)


class CountingRecorder:
    """Hands every event on to the real recorder and counts what it was given."""

    def __init__(self, inner: DatabaseRecorder) -> None:
        self.inner = inner
        self.handed = 0

    def record(self, event: UsageEvent) -> None:
        self.handed += 1
        self.inner.record(event)

    def forget(self, sessions: tuple[str, ...]) -> None:
        self.inner.forget(sessions)


@pytest.fixture
def postgres() -> Iterator[PrivatePostgres]:
    server = PrivatePostgres()
    try:
        server.init()
        server.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        server.remove()
        unavailable(f"could not start a private PostgreSQL: {exc}")
    yield server
    server.remove()


class Bot:
    """The Telegram side, offline: each update's replies are recorded by the fake Bot API."""

    def __init__(self, conversation: Conversation) -> None:
        self.api = FakeBotAPI()
        adapter = TelegramAdapter(
            conversation, Pseudonymizer(b"d" * 32), is_crisis=lambda t: screen(t).crisis
        )
        limiter = ChatRateLimiter(per_chat_rate=1000, backoff_seconds=0.01)
        self.app = build_application(
            TelegramConfig(TOKEN), adapter, limiter, OfflineRequest(self.api)
        )
        self.next_id = 1

    async def chats(self, first: int, count: int) -> list[int]:
        """One update in each of `count` new chats; returns the chats."""
        chats = list(range(first, first + count))
        for n, chat in enumerate(chats):
            value = TEXTS[n % len(TEXTS)]
            if ":" in value or value == "sos":
                data = button_update(self.next_id, chat, value, query_id=f"q{self.next_id}")
            else:
                data = text_update(self.next_id, chat, value, message_id=self.next_id)
            self.next_id += 1
            await self.app.process_update(Update.de_json(data, self.app.bot))
        return chats


@pytest.mark.parametrize("buffer_size", [10_000, 10])
async def test_database_stopped_and_restarted_mid_run(
    postgres: PrivatePostgres, make_conversation: Callable[..., Conversation], buffer_size: int
) -> None:
    recorder = CountingRecorder(
        DatabaseRecorder(postgres.url, buffer_size=buffer_size, retry_seconds=(0.1, 0.5))
    )
    bot = Bot(make_conversation(recorder=recorder))
    try:
        async with bot.app:
            before = await bot.chats(1000, 12)
            assert recorder.inner.flush(timeout=30)
            postgres.stop()
            during = await bot.chats(2000, 60)
            stats = recorder.inner.stats
            assert stats.failures > 0 or stats.pending > 0  # the outage was felt
            postgres.start()
            after = await bot.chats(3000, 12)
            assert recorder.inner.flush(timeout=30), recorder.inner.stats
    finally:
        recorder.inner.close()

    # No reply lost: every chat got its answer, whatever the database was doing.
    for chat in before + during + after:
        assert bot.api.texts(chat), chat
    stats = recorder.inner.stats
    assert stats.pending == 0
    assert stats.written + stats.dropped == recorder.handed
    assert postgres.rows() == stats.written
    if buffer_size >= recorder.handed:
        assert stats.dropped == 0  # a buffer big enough for the outage loses nothing
    else:
        assert stats.dropped > 0
