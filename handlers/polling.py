"""Long polling that confirms an update to Telegram only once it has been answered.

Telegram forgets every update below the `offset` of a getUpdates call. PTB's Updater moves the
offset as soon as a batch is fetched, so a crash loses what was fetched and not yet answered.
Here the offset stops at the oldest update still being handled: after a crash, Telegram sends
the unanswered ones again (and perhaps a few answered ones: ChatMemory drops repeats within a
process, and a repeat after a crash costs a second reply, never a lost one).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Sequence
from typing import Any, TypeVar

from telegram import Update
from telegram.error import InvalidToken, RetryAfter, TelegramError
from telegram.ext import Application

from handlers.ratelimit import retry_seconds

log = logging.getLogger(__name__)

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
T = TypeVar("T")

# Telegram's most per call.
BATCH = 100
# While updates are being handled Telegram answers getUpdates at once with them again, so the
# loop asks this often instead of long-polling: how fast a new update is seen, and how fast
# answered ones are confirmed.
BUSY_INTERVAL = 0.25
MAX_BACKOFF = 30.0


class Poller:
    """Fetch updates, hand each to the application once, confirm only what has been answered."""

    def __init__(
        self,
        app: AnyApplication,
        allowed_updates: Sequence[str],
        timeout: int = 10,
        first_backoff: float = 1.0,
    ) -> None:
        self._app = app
        self._allowed = list(allowed_updates)
        self._timeout = timeout
        self._first_backoff = first_backoff
        self._running: dict[int, asyncio.Task[None]] = {}
        # Ids at or above the confirmed offset that were handed over (running or answered).
        self._taken: set[int] = set()
        self._next: int | None = None

    def offset(self) -> int | None:
        """What Telegram may forget: everything below the oldest update still running."""
        return min(self._running) if self._running else self._next

    async def run(self, stop: asyncio.Event) -> None:
        """Poll until `stop`, then finish what was fetched and confirm it."""
        if (
            await self._retrying(
                lambda: self._app.bot.delete_webhook(drop_pending_updates=False), stop
            )
            is None
        ):
            return
        log.info("polling for updates")
        while not stop.is_set():
            updates = await self._retrying(self._fetch, stop)
            if updates is None:
                break
            fresh = [u for u in updates if u.update_id not in self._taken]
            for update in fresh:
                self._hand_over(update)
            if updates and not fresh:
                await _until(asyncio.sleep(BUSY_INTERVAL), stop)
        await self.finish()

    async def finish(self) -> None:
        """Wait for every update handed over, then tell Telegram they are done."""
        while self._running:
            await asyncio.gather(*self._running.values(), return_exceptions=True)
        if self._next is None:
            return
        try:
            await self._app.bot.get_updates(
                offset=self._next, limit=1, timeout=0, allowed_updates=self._allowed
            )
        except TelegramError as exc:
            # Telegram sends them again at the next start; ChatMemory cannot catch that.
            log.warning("could not confirm the last updates: %s", type(exc).__name__)

    async def _fetch(self) -> tuple[Update, ...]:
        offset = self.offset()
        if offset is not None:
            # Telegram has forgotten everything below the offset: so can we.
            self._taken = {i for i in self._taken if i >= offset}
        return await self._app.bot.get_updates(
            offset=offset, limit=BATCH, timeout=self._timeout, allowed_updates=self._allowed
        )

    def _hand_over(self, update: Update) -> None:
        self._taken.add(update.update_id)
        self._next = max(self._next or 0, update.update_id + 1)
        task = asyncio.create_task(self._handle(update))
        self._running[update.update_id] = task

    async def _handle(self, update: Update) -> None:
        try:
            processor = self._app.update_processor
            await processor.process_update(update, self._app.process_update(update))
        except Exception as exc:
            # The error handler has already run for handler failures; this is PTB itself.
            log.error("update %d not handled: %s", update.update_id, type(exc).__name__)
        finally:
            del self._running[update.update_id]

    async def _retrying(self, call: Any, stop: asyncio.Event) -> Any:
        """`call()` until it succeeds; None once stopped. A refused token is not retried."""
        failures = 0
        while not stop.is_set():
            try:
                return await _until(call(), stop)
            except InvalidToken:
                raise
            except RetryAfter as exc:
                delay = retry_seconds(exc)
            except TelegramError as exc:
                # Network errors, Telegram's 5xx, a Conflict with another poller: wait, retry.
                failures += 1
                delay = min(MAX_BACKOFF, self._first_backoff * 2 ** (failures - 1))
                log.warning(
                    "getting updates failed (%s): retry in %.1f s", type(exc).__name__, delay
                )
            await _until(asyncio.sleep(delay), stop)
        return None


async def _until(work: Awaitable[T], stop: asyncio.Event) -> T | None:
    """The result of `work`, or None if `stop` is set first (the work is then cancelled).

    A cancelled getUpdates loses nothing: the offset did not move, so Telegram sends it again.
    """
    task = asyncio.ensure_future(work)
    stopped = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopped}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopped.cancel()
        if not task.done():
            task.cancel()
    return None if task.cancelled() or not task.done() else task.result()
