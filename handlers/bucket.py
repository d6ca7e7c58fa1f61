"""A leaky bucket whose waiters are served urgent first: crisis replies ahead of any queue."""

from __future__ import annotations

import asyncio
import heapq
import itertools


class PriorityBucket:
    """A leaky bucket (`size` at once, `per_second` after) serving urgent waiters first."""

    def __init__(self, size: float, per_second: float) -> None:
        self._size = size
        self._rate = per_second
        self._level = 0.0
        self._at = 0.0
        self._order = itertools.count()
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []
        self._timer: asyncio.TimerHandle | None = None

    async def acquire(self, urgent: bool = False) -> None:
        """Take one place: at once if free and nobody waits, else in turn, urgent first."""
        if not self._waiters and self._take():
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (0 if urgent else 1, next(self._order), future))
        self._wake_later()
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self._level = max(0.0, self._level - 1)  # granted as it was cancelled: give back
            raise

    def _leak(self) -> None:
        now = asyncio.get_running_loop().time()
        self._level = max(0.0, self._level - (now - self._at) * self._rate)
        self._at = now

    def _take(self) -> bool:
        self._leak()
        if self._level + 1 > self._size:
            return False
        self._level += 1
        return True

    def _wake(self) -> None:
        self._timer = None
        while self._waiters:
            future = self._waiters[0][2]
            if future.done():  # its task was cancelled
                heapq.heappop(self._waiters)
                continue
            if not self._take():
                break
            heapq.heappop(self._waiters)
            future.set_result(None)
        self._wake_later()

    def _wake_later(self) -> None:
        if self._timer is not None or not self._waiters:
            return
        self._leak()
        # A hair late rather than early: float rounding must not leave the place still taken.
        delay = max(0.0, (self._level + 1 - self._size) / self._rate) + 1e-4
        self._timer = asyncio.get_running_loop().call_later(delay, self._wake)
