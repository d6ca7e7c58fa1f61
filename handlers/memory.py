"""What the Telegram adapter remembers, in memory only: seen updates, per-chat order, crisis edits.

Keys are session pseudonyms and Telegram's own message and update numbers, which say nothing
about a person; nothing here is ever written to disk.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager


class ChatMemory:
    """Seen update ids, one turn at a time per chat, which messages got the crisis reply."""

    def __init__(
        self,
        ttl_seconds: float = 1800,
        max_updates: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl = ttl_seconds
        self._max_updates = max_updates
        self._clock = clock
        self._seen: OrderedDict[int, None] = OrderedDict()
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}
        self._crisis: dict[str, dict[int, float]] = {}

    def first_time(self, update_id: int) -> bool:
        """True once per update id: Telegram may deliver an update again after a timeout."""
        if update_id in self._seen:
            return False
        self._seen[update_id] = None
        if len(self._seen) > self._max_updates:
            self._seen.popitem(last=False)
        return True

    @asynccontextmanager
    async def turn(self, session: str) -> AsyncIterator[None]:
        """Handle one chat's updates in arrival order while other chats go ahead."""
        lock, users = self._locks.get(session, (asyncio.Lock(), 0))
        self._locks[session] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[session]
            if users <= 1:
                del self._locks[session]
            else:
                self._locks[session] = (lock, users - 1)

    def crisis_answered(self, session: str, message_id: int) -> bool:
        """Whether this message (or an edit of it) already got the crisis reply."""
        self._expire()
        return message_id in self._crisis.get(session, {})

    def mark_crisis(self, session: str, message_id: int) -> None:
        """Remember that this message got the crisis reply, so an edit does not repeat it."""
        self._crisis.setdefault(session, {})[message_id] = self._clock()

    def forget(self, session: str) -> None:
        """Drop what is kept for this chat (/forget)."""
        self._crisis.pop(session, None)

    def _expire(self) -> None:
        cutoff = self._clock() - self._ttl
        for session in list(self._crisis):
            kept = {m: t for m, t in self._crisis[session].items() if t >= cutoff}
            if kept:
                self._crisis[session] = kept
            else:
                del self._crisis[session]
