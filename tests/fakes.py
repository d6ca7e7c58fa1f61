"""Fakes of the ports that record what they were asked, for assertions (no mocks)."""

from __future__ import annotations

from bot.ports import NLUUnavailable
from bot.types import NLUResult, UsageEvent


class FakeNLU:
    """Answers from a script: text -> (intent, confidence); anything else is out_of_scope."""

    name = "fake"

    def __init__(self, script: dict[str, tuple[str, float]] | None = None) -> None:
        self.script = dict(script or {})
        self.seen = 0
        self.down = False

    async def parse(self, text: str) -> NLUResult:
        """Scripted result, or NLUUnavailable when switched down."""
        self.seen += 1
        if self.down:
            raise NLUUnavailable("fake backend is down")
        intent, confidence = self.script.get(text, ("out_of_scope", 0.9))
        ranking = ((intent, confidence), ("stress_anxiety", 0.1), ("sleep_fatigue", 0.05))
        return NLUResult(intent, confidence, ranking, self.name)


class FakeRecorder:
    """Keeps events in a list; can be switched to fail like a dead database."""

    def __init__(self) -> None:
        self.events: list[UsageEvent] = []
        self.forgotten: list[tuple[str, ...]] = []
        self.broken = False

    def record(self, event: UsageEvent) -> None:
        """Keep the event, or fail when broken."""
        if self.broken:
            raise ConnectionError("database is down")
        self.events.append(event)

    def forget(self, sessions: tuple[str, ...]) -> None:
        """Note what was forgotten and drop those events."""
        self.forgotten.append(sessions)
        self.events = [e for e in self.events if e.session not in sessions]

    def kinds(self) -> list[str]:
        """The kinds recorded, in order."""
        return [str(e.kind) for e in self.events]
