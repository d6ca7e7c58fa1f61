"""The ports the conversation core depends on. Real and fake adapters implement them."""

from __future__ import annotations

from typing import Protocol

from bot.types import NLUResult, UsageEvent


class NLUBackend(Protocol):
    """Classifies a text into one of the intents of NEEDS.md."""

    name: str

    async def parse(self, text: str) -> NLUResult:
        """Return the top intent and ranking; raise NLUUnavailable when the backend is down."""
        ...


class NLUUnavailable(Exception):
    """The backend could not answer (server down, timeout, model missing)."""


class Recorder(Protocol):
    """Takes usage events without ever blocking or failing the reply."""

    def record(self, event: UsageEvent) -> None:
        """Queue one event; must return at once and never raise."""
        ...

    def forget(self, sessions: tuple[str, ...]) -> None:
        """Delete every event recorded under these pseudonyms (current and previous key)."""
        ...


class NullRecorder:
    """Records nothing: for `chat` without a database and for tests that do not count."""

    def record(self, event: UsageEvent) -> None:
        """Drop the event."""

    def forget(self, sessions: tuple[str, ...]) -> None:
        """Nothing to forget."""
