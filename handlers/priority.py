"""Crisis updates never wait for a concurrent-update slot: they are screened before taking one."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from telegram.ext import BaseUpdateProcessor

# PTB takes its own semaphore before do_process_update; it must never hold a crisis update back,
# so it is sized past any backlog and the real limit on ordinary updates is ours.
_NO_LIMIT = 1_000_000


class CrisisFirstProcessor(BaseUpdateProcessor):
    """At most `slots` ordinary updates at once; an urgent one (crisis, SOS) starts at once."""

    def __init__(self, is_urgent: Callable[[object], bool], slots: int) -> None:
        super().__init__(max_concurrent_updates=_NO_LIMIT)
        self._is_urgent = is_urgent
        self._slots = asyncio.Semaphore(slots)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run an urgent update now; an ordinary one when a slot is free."""
        if self._is_urgent(update):
            await coroutine
            return
        async with self._slots:
            await coroutine

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to close."""
