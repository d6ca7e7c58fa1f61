"""End to end: a conversation through the real core into the real database keeps no identity."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.conversation import Conversation
from bot.storage.db import make_engine
from bot.storage.models import ResourceEventRow, UsageEventRow
from bot.storage.pseudonym import Pseudonymizer
from bot.storage.recorder import DatabaseRecorder
from bot.types import Reply, Turn
from tests.conftest_db import sqlite_file_bytes
from tests.fakes import FakeNLU

KEYS = Pseudonymizer(b"n" * 32, previous_key=b"m" * 32)
CANARY_ID = 6_120_345_987
CANARY_USERNAME = "pc_canary_wombat"
TYPED = "wombatcanary nights wrecking my sleep"
CRISIS_TYPED = "wombatcanary cannot go on, want to end my life"


def stored(url: str) -> list[tuple[object, ...]]:
    engine = make_engine(url)
    with Session(engine) as session:
        events: list[tuple[object, ...]] = [
            (e.kind, e.session, e.need, e.role, e.directorate, e.helpful, e.channel)
            for e in session.scalars(select(UsageEventRow))
        ]
        resources: list[tuple[object, ...]] = [
            (r.kind, r.session, r.resource_id) for r in session.scalars(select(ResourceEventRow))
        ]
    engine.dispose()
    return events + resources


async def talk(convo: Conversation, session: str, *turns: str) -> Reply:
    reply = Reply(())
    for turn in turns:
        if turn.startswith(("role:", "dir:", "fb:", "sos")):
            reply = await convo.handle(Turn(session, button=turn, channel="telegram"))
        else:
            reply = await convo.handle(Turn(session, text=turn, channel="telegram"))
        payloads = [b.payload for b in reply.buttons if b.payload]
        if "role:officer" in payloads:
            reply = await convo.handle(Turn(session, button="role:officer", channel="telegram"))
            payloads = [b.payload for b in reply.buttons if b.payload]
        if any(p.startswith("dir:") for p in payloads):
            reply = await convo.handle(Turn(session, button="dir:skip", channel="telegram"))
    return reply


async def test_a_conversation_leaves_counts_and_no_identity(
    db_url: str, make_conversation: Callable[..., Conversation], nlu: FakeNLU
) -> None:
    nlu.script[TYPED] = ("sleep_fatigue", 0.93)
    recorder = DatabaseRecorder(db_url)
    convo = make_conversation(recorder=recorder)
    session = KEYS.session(CANARY_ID)
    await talk(convo, session, "/start", TYPED, "fb:sleep_fatigue:y", CRISIS_TYPED)
    assert recorder.flush(20)
    rows = stored(db_url)
    kinds = {row[0] for row in rows}
    assert {"conversation_started", "need_recognised", "resources_shown", "feedback"} <= kinds
    assert "crisis_shown" in kinds
    assert ("need_recognised", session, "sleep_fatigue") in {r[:3] for r in rows}
    assert any(r[0] == "resources_shown" and len(r) == 3 for r in rows), "resource ids kept"
    dump = repr(rows)
    if db_url.startswith("sqlite"):
        dump += sqlite_file_bytes(db_url).decode("latin-1")
    for secret in ("wombatcanary", "wrecking", "end my life", CANARY_USERNAME, str(CANARY_ID)):
        assert secret not in dump
    assert f"{CANARY_ID:x}" not in dump

    await convo.handle(
        Turn(session, text="/forget", channel="telegram", aliases=KEYS.all_sessions(CANARY_ID))
    )
    recorder.close()
    rows = stored(db_url)
    assert not [r for r in rows if r[1] == session]
    assert [r[0] for r in rows] == ["forget"]
