"""Our long-polling loop against the fake Bot API over HTTP: nothing confirmed before answered."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass

import pytest

from bot.conversation import Conversation
from bot.safety import screen
from bot.storage.pseudonym import Pseudonymizer
from bot.types import Reply, Turn
from handlers.app import AnyApplication, build_application
from handlers.callbacks import ALLOWED_UPDATES, TelegramAdapter
from handlers.config import TelegramConfig
from handlers.polling import Poller
from handlers.ratelimit import ChatRateLimiter
from tests.conftest import CRISIS_NUMBERS
from tests.fakebotapi import TOKEN, FakeBotAPI, text_update

SLOW_CHAT, CHATS = 7002, (7001, 7002, 7003)


class HeldCore:
    """The real Conversation; one chat's turns wait until the test lets them go."""

    def __init__(self, inner: Conversation) -> None:
        self.inner = inner
        self.release = asyncio.Event()
        self.turns: list[str] = []

    async def handle(self, turn: Turn) -> Reply:
        self.turns.append(turn.session)
        if turn.session == Pseudonymizer(b"k" * 32).session(SLOW_CHAT):
            await self.release.wait()
        return await self.inner.handle(turn)


@dataclass
class Rig:
    api: FakeBotAPI
    app: AnyApplication
    core: HeldCore

    def offsets(self) -> list[int]:
        """The offset of every getUpdates call that reached Telegram."""
        return [int(p.get("offset") or 0) for p in self.api.ok_calls("getUpdates")]

    async def until(self, check: Callable[[], bool], timeout: float = 10) -> None:
        for _ in range(int(timeout / 0.02)):
            if check():
                return
            await asyncio.sleep(0.02)
        raise AssertionError("timed out")


@pytest.fixture
def api() -> Iterator[FakeBotAPI]:
    fake = FakeBotAPI().start()
    yield fake
    fake.stop()


@pytest.fixture
async def rig(
    api: FakeBotAPI, make_conversation: Callable[..., Conversation]
) -> AsyncIterator[Rig]:
    core = HeldCore(make_conversation())
    adapter = TelegramAdapter(
        core, Pseudonymizer(b"k" * 32), is_crisis=lambda text: screen(text).crisis
    )
    config = TelegramConfig(TOKEN, base_url=api.base_url)
    app = build_application(config, adapter, ChatRateLimiter(per_chat_rate=1000))
    async with app:
        yield Rig(api, app, core)


async def test_an_update_is_confirmed_only_once_answered(rig: Rig) -> None:
    rig.api.push(*(text_update(n, chat, "hello") for n, chat in enumerate(CHATS, start=1)))
    stop = asyncio.Event()
    polling = asyncio.create_task(Poller(rig.app, ALLOWED_UPDATES, timeout=1).run(stop))
    await rig.until(lambda: bool(rig.api.texts(7001) and rig.api.texts(7003)))
    await asyncio.sleep(0.6)  # a few more getUpdates calls while update 2 is unanswered
    # Update 2 is still being handled: Telegram must not have been told to forget it.
    assert max(rig.offsets()) <= 2
    rig.core.release.set()
    await rig.until(lambda: bool(rig.api.texts(SLOW_CHAT)))
    stop.set()
    await asyncio.wait_for(polling, timeout=5)
    assert rig.offsets()[-1] == 4  # confirmed on the way out, so a restart repeats nothing
    # Telegram offered the unconfirmed updates again and again; each was handled once.
    assert len(rig.core.turns) == 3


async def test_polling_retries_after_errors_and_stops_at_once(rig: Rig) -> None:
    rig.api.fail("getUpdates", 500, times=2)
    rig.api.push(text_update(1, 7001, "i want to die"))
    rig.core.release.set()
    stop = asyncio.Event()
    poller = Poller(rig.app, ALLOWED_UPDATES, timeout=1, first_backoff=0.05)
    polling = asyncio.create_task(poller.run(stop))
    await rig.until(lambda: bool(rig.api.texts(7001)))
    assert all(n in "\n".join(rig.api.texts(7001)) for n in CRISIS_NUMBERS)
    await asyncio.sleep(0.1)  # now waiting in a long poll
    stop.set()
    await asyncio.wait_for(polling, timeout=1)
