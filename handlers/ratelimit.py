"""Flood control: PTB's AIORateLimiter plus a per-chat limit, retries, and crisis replies first."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import warnings
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any, TypeAlias

from aiolimiter import AsyncLimiter
from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import AIORateLimiter
from telegram.warnings import PTBDeprecationWarning

from handlers.bucket import PriorityBucket

log = logging.getLogger(__name__)

# rate_limit_args value that marks a crisis reply: it skips the per-chat limit and goes first.
CRISIS = 1
# Telegram's limit for one bot: about 30 messages a second overall (AIORateLimiter's default).
OVERALL_RATE = 30.0
# How many may go at once before that rate applies. Telegram counts arrivals, and under a flood
# of incoming updates a request waits up to a few hundred ms between its place in the bucket and
# the wire, so early places can land together with later ones: a burst of half a second's worth
# (not a whole second's, as AIORateLimiter allows) keeps that lag inside Telegram's limit.
OVERALL_BURST = 15.0

_Callback: TypeAlias = Callable[
    ..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]
]


class ChatRateLimiter(AIORateLimiter):
    """30 messages a second overall (after a burst of 15), AIORateLimiter's group limit, and
    about one a second per chat.

    Crisis replies take the next free place in the overall limit, ahead of any queue. A 429
    pauses every request until Telegram's retry_after has passed, then crisis replies are sent
    before anything else. Network errors are retried with backoff; a bad request is not.
    """

    def __init__(
        self,
        per_chat_rate: float = 1.0,
        per_chat_burst: int = 3,
        rate_retries: int = 5,
        network_retries: int = 4,
        backoff_seconds: float = 0.5,
        overall_rate: float = OVERALL_RATE,
        overall_burst: float = OVERALL_BURST,
    ) -> None:
        # max_retries=0: the retry loop lives here so that crisis replies can go first.
        super().__init__(max_retries=0)
        self._per_chat_rate = per_chat_rate
        self._per_chat_burst = per_chat_burst
        self._rate_retries = rate_retries
        self._network_retries = network_retries
        self._backoff = backoff_seconds
        self._chats: dict[int | str, AsyncLimiter] = {}
        # Our own overall bucket: AIORateLimiter's is first-come-first-served.
        self._overall = PriorityBucket(overall_burst, overall_rate)
        self._resume_at = 0.0
        self._crisis_pending = 0
        self._no_crisis = asyncio.Event()
        self._no_crisis.set()

    async def process_request(
        self,
        callback: _Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Send one request within the limits, retrying 429s and network errors."""
        crisis = rate_limit_args == CRISIS
        chat_id = data.get("chat_id")
        if crisis:
            self._crisis_pending += 1
            self._no_crisis.clear()
        try:
            if chat_id is not None and not crisis:
                await self._chat_limiter(chat_id).acquire(1)
            return await self._send(callback, args, kwargs, endpoint, data, crisis)
        finally:
            if crisis:
                self._crisis_pending -= 1
                if self._crisis_pending == 0:
                    self._no_crisis.set()

    def forget_chat(self, chat_id: int) -> None:
        """Drop the chat's limiter (for /forget; it holds nothing but timing)."""
        self._chats.pop(chat_id, None)

    async def _send(
        self,
        callback: _Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        crisis: bool,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        chat_id = data.get("chat_id")
        with contextlib.suppress(ValueError, TypeError):
            chat_id = int(chat_id)  # type: ignore[arg-type]
        # Negative ids and @names are groups and channels: AIORateLimiter's 20 a minute applies.
        is_group = (isinstance(chat_id, int) and chat_id < 0) or isinstance(chat_id, str)
        group: int | str | bool = chat_id if is_group else False  # type: ignore[assignment]
        rate_hits = network_failures = 0
        while True:
            await self._take_turn(crisis, chat=chat_id is not None, group=group)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                rate_hits += 1
                if rate_hits > self._rate_retries:
                    raise
                wait = retry_seconds(exc) + 0.1
                loop = asyncio.get_running_loop()
                self._resume_at = max(self._resume_at, loop.time() + wait)
                log.warning("flood control on %s: waiting %.1f s, then retrying", endpoint, wait)
            except BadRequest:
                raise
            except NetworkError as exc:
                network_failures += 1
                if network_failures > self._network_retries:
                    raise
                delay = self._backoff * 2 ** (network_failures - 1)
                log.warning(
                    "network error on %s (%s): retry %d in %.1f s",
                    endpoint,
                    type(exc).__name__,
                    network_failures,
                    delay,
                )
                await asyncio.sleep(delay)

    async def _take_turn(self, crisis: bool, chat: bool, group: int | str | bool) -> None:
        """Wait for a place within every limit, and for no 429 pause at the moment of sending."""
        while True:
            await self._wait_turn(crisis)
            if group:
                await self._get_group_limiter(group).acquire()
            if chat:
                await self._overall.acquire(urgent=crisis)
            # A 429 may have come while this request queued: its place goes unused (sending a
            # little slower than allowed), and it waits out the pause like everything else.
            if self._resume_at <= asyncio.get_running_loop().time():
                return

    async def _wait_turn(self, crisis: bool) -> None:
        """Wait out any 429 pause; ordinary requests also wait while a crisis reply is queued."""
        loop = asyncio.get_running_loop()
        while True:
            delay = self._resume_at - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
                continue
            if crisis or self._crisis_pending == 0:
                return
            await self._no_crisis.wait()

    def _chat_limiter(self, chat_id: int | str) -> AsyncLimiter:
        limiter = self._chats.get(chat_id)
        if limiter is None:
            if len(self._chats) > 1024:
                # Idle limiters hold no debt; dropping them bounds memory on a busy bot.
                for key, old in list(self._chats.items()):
                    if old.has_capacity(old.max_rate):
                        del self._chats[key]
            limiter = AsyncLimiter(
                self._per_chat_burst, self._per_chat_burst / self._per_chat_rate
            )
            self._chats[chat_id] = limiter
        return limiter


def retry_seconds(exc: RetryAfter) -> float:
    """How long a 429 says to wait, in seconds."""
    with warnings.catch_warnings():
        # PTB warns that retry_after will become a timedelta; both forms are handled here.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
