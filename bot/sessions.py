"""Per-chat conversation state, in memory only, forgotten after a short idle time."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class SessionState:
    """What the bot remembers about one chat for the length of a conversation. Never written."""

    welcomed: bool = False
    role: str | None = None
    directorate: str | None = None
    role_asked: bool = False
    directorate_asked: bool = False
    misses: int = 0
    pending_need: str | None = None
    last_seen: float = field(default=0.0)


class SessionStore:
    """A dict of states with expiry; the key is already a pseudonym, never a raw id."""

    def __init__(self, ttl_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl_seconds
        self._clock = clock
        self._states: dict[str, SessionState] = {}
        self._last_sweep = clock()

    def get(self, key: str) -> tuple[SessionState, bool]:
        """The chat's state and whether it is new (first contact, or expired)."""
        now = self._clock()
        if now - self._last_sweep > min(self._ttl, 60.0):
            self._expire(now)
        state = self._states.get(key)
        if state is not None and now - state.last_seen > self._ttl:
            state = None
        is_new = state is None
        if state is None:
            state = self._states[key] = SessionState()
        state.last_seen = now
        return state, is_new

    def forget(self, key: str) -> None:
        """Drop everything kept about this chat."""
        self._states.pop(key, None)

    def __len__(self) -> int:
        return len(self._states)

    def _expire(self, now: float) -> None:
        self._last_sweep = now
        stale = [k for k, s in self._states.items() if now - s.last_seen > self._ttl]
        for key in stale:
            del self._states[key]
