"""The background recorder: writes what matters, keeps nothing identifying, never blocks."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage.db import make_engine
from bot.storage.models import ResourceEventRow, UsageEventRow
from bot.storage.pseudonym import Pseudonymizer
from bot.storage.recorder import DatabaseRecorder
from bot.types import EventKind, UsageEvent
from tests.conftest_db import sqlite_file_bytes

K = EventKind
KEYS = Pseudonymizer(b"c" * 32, previous_key=b"p" * 32)
# Canaries: if any of these ever reaches the file, something stores identities.
CANARY_ID = 918_273_645_501
CANARY_USERNAME = "canary_sgt_pepper"
AT = datetime(2026, 3, 14, 9, 37, 21, tzinfo=UTC)


def conversation(session: str) -> list[UsageEvent]:
    """The events one signposting conversation produces."""
    return [
        UsageEvent(K.CONVERSATION_STARTED, session, "telegram"),
        UsageEvent(K.CLARIFYING_QUESTION, session, "telegram"),
        UsageEvent(
            K.NEED_RECOGNISED,
            session,
            "telegram",
            need="sleep_fatigue",
            confidence_band="high",
            backend="embedded",
            role="pcso",
        ),
        UsageEvent(
            K.RESOURCES_SHOWN, session, "telegram", need="sleep_fatigue", resources=("oh", "gp")
        ),
        UsageEvent(K.RESOURCE_OPENED, session, "telegram", resources=("oh",)),
        UsageEvent(K.FEEDBACK, session, "telegram", need="sleep_fatigue", helpful=True),
    ]


def rows(url: str) -> list[UsageEventRow]:
    engine = make_engine(url)
    try:
        with Session(engine) as session:
            stored = session.scalars(select(UsageEventRow).order_by(UsageEventRow.id))
            return list(stored)
    finally:
        engine.dispose()


def test_a_conversation_is_recorded_by_the_hour(db_url: str) -> None:
    recorder = DatabaseRecorder(db_url, clock=lambda: AT)
    session = KEYS.session(CANARY_ID)
    for event in conversation(session):
        recorder.record(event)
    assert recorder.flush(20)
    recorder.close()
    stored = rows(db_url)
    assert [r.kind for r in stored] == [str(e.kind) for e in conversation(session)]
    assert {r.occurred_hour for r in stored} == {datetime(2026, 3, 14, 9, 0)}
    assert {r.session for r in stored} == {session}
    recognised = stored[2]
    assert (recognised.need, recognised.confidence_band, recognised.role) == (
        "sleep_fatigue",
        "high",
        "pcso",
    )
    engine = make_engine(db_url)
    with engine.connect() as conn:
        resources = conn.execute(
            select(ResourceEventRow.kind, ResourceEventRow.resource_id).order_by(
                ResourceEventRow.id
            )
        ).all()
    engine.dispose()
    assert [tuple(r) for r in resources] == [
        ("resources_shown", "oh"),
        ("resources_shown", "gp"),
        ("resource_opened", "oh"),
    ]
    assert recorder.stats.written == 6 and recorder.stats.dropped == 0


def test_the_database_file_holds_no_identity(sqlite_url: str) -> None:
    recorder = DatabaseRecorder(sqlite_url)
    for event in conversation(KEYS.session(CANARY_ID)):
        recorder.record(event)
    recorder.close()
    raw = sqlite_file_bytes(sqlite_url)
    assert b"sleep_fatigue" in raw, "the check reads the real file"
    for canary in (
        str(CANARY_ID),
        f"{CANARY_ID:x}",
        CANARY_USERNAME,
        str(CANARY_ID)[:9],
    ):
        assert canary.encode() not in raw


def test_forget_wipes_current_and_previous_pseudonyms_even_if_still_queued(
    db_url: str,
) -> None:
    recorder = DatabaseRecorder(db_url)
    current, previous = KEYS.all_sessions(CANARY_ID)
    someone_else = KEYS.session(42)
    for session in (previous, current, someone_else):
        for event in conversation(session):
            recorder.record(event)
    recorder.forget((current, previous))
    recorder.record(UsageEvent(K.FORGET, current, "telegram"))
    assert recorder.flush(20)
    recorder.close()
    stored = rows(db_url)
    assert {r.session for r in stored} == {someone_else, ""}
    assert [r.kind for r in stored if r.session == ""] == ["forget"], "counted, tied to no one"
    engine = make_engine(db_url)
    with engine.connect() as conn:
        left = set(conn.execute(select(ResourceEventRow.session)).scalars())
    engine.dispose()
    assert left == {someone_else}


def test_forgotten_pseudonyms_leave_no_trace_in_the_sqlite_file(sqlite_url: str) -> None:
    recorder = DatabaseRecorder(sqlite_url)
    session = KEYS.session(CANARY_ID)
    for event in conversation(session):
        recorder.record(event)
    assert recorder.flush(20)
    assert session.encode() in sqlite_file_bytes(sqlite_url)
    recorder.forget((session,))
    recorder.close()
    assert session.encode() not in sqlite_file_bytes(sqlite_url)


def test_a_dead_database_never_blocks_and_drops_are_counted() -> None:
    recorder = DatabaseRecorder(
        "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1",
        buffer_size=50,
        retry_seconds=(0.05, 0.1),
    )
    started = time.perf_counter()
    for _ in range(500):
        recorder.record(UsageEvent(K.CONVERSATION_STARTED, "s", "telegram"))
    elapsed = time.perf_counter() - started
    assert elapsed < 0.5, f"record() blocked for {elapsed:.2f}s"
    assert not recorder.flush(0.2)
    stats = recorder.stats
    assert (stats.pending, stats.dropped, stats.written) == (50, 450, 0)
    recorder.close(timeout=0.1)


def test_events_wait_for_the_database_to_come_back(tmp_path: Path) -> None:
    blocker = tmp_path / "store"
    blocker.write_text("not a folder yet")  # the database's folder cannot be made: an outage
    url = f"sqlite:///{blocker / 'usage.db'}"
    recorder = DatabaseRecorder(url, retry_seconds=(0.02, 0.05))
    for event in conversation("s1"):
        recorder.record(event)
    assert not recorder.flush(0.3)
    assert recorder.stats.failures >= 1 and recorder.stats.pending == 6
    blocker.unlink()
    assert recorder.flush(20), "the buffer drains once the database is back"
    recorder.close()
    assert len(rows(url)) == 6
    assert recorder.stats.dropped == 0
