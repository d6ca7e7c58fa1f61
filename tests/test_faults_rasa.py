"""Fault: the Rasa server hangs, then is killed, mid-run; the bot goes on with the embedded model.

A real `rasa run` on the trained model (nlu.rasa_env), the real NLU chain from bot.bootstrap and
the real conversation core. With CI=true a Rasa that cannot be built or started fails the run.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.bootstrap import build_app
from bot.settings import Settings
from bot.types import EventKind, Turn
from nlu.rasa_env import RasaEnvError, RasaServer, ensure_rasa_env, train_rasa
from tests.conftest import CRISIS_NUMBERS
from tests.fakes import FakeRecorder

SLEEP = "I can't sleep after a run of nights"
MONEY = "the bills are piling up and I'm behind on the rent"
CRISIS = "I want to end my life"


def unavailable(reason: str) -> None:
    """Fail in CI, where Rasa is part of what is tested; skip elsewhere."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"Rasa could not run in CI: {reason}")
    pytest.skip(f"Rasa could not run here: {reason}")


@pytest.fixture
def rasa() -> Iterator[RasaServer]:
    try:
        ensure_rasa_env()
        model: Path = train_rasa()
        server = RasaServer(model).start()
    except (RasaEnvError, OSError) as exc:
        unavailable(str(exc).splitlines()[0])
        raise
    yield server
    server.stop()


def needs_seen(recorder: FakeRecorder) -> list[tuple[str | None, str | None]]:
    """(need, backend) of every need recognised so far."""
    return [(e.need, e.backend) for e in recorder.events if e.kind == EventKind.NEED_RECOGNISED]


async def test_rasa_hung_then_killed_the_bot_answers_from_the_embedded_model(
    rasa: RasaServer, settings: Settings
) -> None:
    nlu = settings.nlu.model_copy(
        update={"backend": "rasa", "rasa_url": rasa.url, "rasa_timeout_seconds": 1.0}
    )
    recorder = FakeRecorder()
    app = build_app(settings.model_copy(update={"nlu": nlu}), recorder=recorder)
    conversation = app.conversation

    await conversation.handle(Turn("before", text=SLEEP))
    assert needs_seen(recorder) == [("sleep_fatigue", "rasa")]

    assert rasa.pid is not None
    # Hung: the process is there but never answers; the timeout must cut the wait short.
    os.killpg(rasa.pid, signal.SIGSTOP)
    hung = await conversation.handle(Turn("hung", text=MONEY))
    # Killed: connections are refused from now on.
    os.killpg(rasa.pid, signal.SIGKILL)
    killed = await conversation.handle(Turn("killed", text=SLEEP))
    crisis = await conversation.handle(Turn("crisis", text=CRISIS))

    assert needs_seen(recorder) == [
        ("sleep_fatigue", "rasa"),
        ("money_worries", "embedded"),
        ("sleep_fatigue", "embedded"),
    ]
    # Routed as before (a question about role, or the support itself), not the fallback menu.
    for reply in (hung, killed):
        payloads = [b.payload for b in reply.buttons]
        assert any(p and p.startswith(("role:", "dir:", "fb:")) for p in payloads), payloads
    assert crisis.crisis and all(n in crisis.text for n in CRISIS_NUMBERS)
