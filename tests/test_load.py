"""Load: `wellbeing-bot run` with several hundred chats at once, by polling and by webhook.

The fake Bot API stamps every call; the assertions are on what Telegram would have seen:
every update answered exactly once (as many messages per chat as the same updates get from the
same code in-process, one at a time), crisis replies not queued behind ordinary ones, the send
rate within Telegram's limits, and a 429 waited out and recovered from. No timing is asserted
beyond what those limits are.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from benchmarks.bench_updates import offline_application
from bot.ports import NullRecorder
from tests.conftest import CRISIS_NUMBERS
from tests.fakebotapi import FakeBotAPI, button_update, text_update
from tests.test_telegram_e2e import SECRET, BotProcess, free_port, post

CHATS = 300
# Chats that send several messages in quick succession, to meet the per-chat limit.
CHATTY, CHATTY_MESSAGES = 20, 4
CRISIS_EVERY = 10
# Telegram: about 30 messages a second overall, about one a second in one chat. The limiter is
# a leaky bucket, so a window of T seconds may hold one full bucket plus T seconds' worth.
OVERALL_RATE, OVERALL_BUCKET = 30, 30
CHAT_RATE, CHAT_BUCKET = 1, 3
# How far the fake's stamps may lag the bot's limiter: HTTP, and on two cores the webhook's
# posting threads share the test process (and its GIL) with the fake's server threads.
SLACK = 0.3
ORDINARY = (
    "I can't sleep after a run of nights",
    "the bills are piling up and I'm behind on the rent",
    "I keep thinking about the crash on the bypass",
    "how do I get an occupational health referral",
    "I'm worried about someone on my shift",
    "hello",
    "/start",
    "/menu",
)
CRISIS = ("I want to end my life", "i'm going to kill myself tonight", "I don't want to live")
# No 'sos' here: its crisis reply skips the per-chat limit, which the chatty chats measure.
BUTTONS = ("menu", "need:sleep_fatigue", "need:money_worries", "need:stress_anxiety", "talk")


@dataclass(frozen=True)
class Stamp:
    """When the fake received one call, for which chat, and what it answered."""

    at: float
    method: str
    chat: int | None
    status: int


@dataclass
class StampedAPI(FakeBotAPI):
    """The fake Bot API, stamping each call, with one 429 on the n-th sendMessage."""

    stamps: list[Stamp] = field(default_factory=list)
    throttle_at: int | None = None
    retry_after: int = 1
    _sends: int = 0

    def call(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        at = time.monotonic()
        if method == "sendMessage":
            with self._cond:
                self._sends += 1
                throttle = self._sends == self.throttle_at
            if throttle:
                self.fail("sendMessage", 429, retry_after=self.retry_after)
        status, body = super().call(method, params)
        chat = params.get("chat_id")
        with self._cond:
            self.stamps.append(Stamp(at, method, int(chat) if chat else None, status))
        return status, body

    def sends(self) -> list[Stamp]:
        """Messages Telegram accepted, in arrival order."""
        with self._cond:
            return [s for s in self.stamps if s.method == "sendMessage" and s.status == 200]


@dataclass
class Traffic:
    """The updates of one load run and what is known about each chat."""

    updates: list[dict[str, Any]]
    crisis_chats: set[int]
    chatty_chats: set[int]


def traffic(first_chat: int) -> Traffic:
    """CHATS chats: most send one thing, some several; every tenth is a crisis, sent last."""
    ordinary: list[dict[str, Any]] = []
    crisis: list[dict[str, Any]] = []
    crisis_chats, chatty_chats = set(), set()
    update_id = 1
    for n in range(CHATS):
        chat = first_chat + n
        if n % CRISIS_EVERY == CRISIS_EVERY - 1:
            crisis_chats.add(chat)
            crisis.append(text_update(update_id, chat, CRISIS[n % len(CRISIS)], update_id))
            update_id += 1
            continue
        count = CHATTY_MESSAGES if n < CHATTY else 1
        if n < CHATTY:
            chatty_chats.add(chat)
        for k in range(count):
            # Presses and messages mixed: a press keeps its place in its chat's order (the
            # count of messages depends on the order: the welcome comes once, first).
            if (n + k) % 3 == 2:
                data = button_update(update_id, chat, BUTTONS[(n + k) % len(BUTTONS)])
                data["callback_query"]["id"] = f"q{update_id}"
            else:
                data = text_update(update_id, chat, ORDINARY[(n + k) % len(ORDINARY)], update_id)
            ordinary.append(data)
            update_id += 1
    # Crisis messages arrive behind a full queue of ordinary ones: the hard case.
    return Traffic(ordinary + crisis, crisis_chats, chatty_chats)


async def expected_messages(updates: list[dict[str, Any]]) -> Counter[int]:
    """Messages per chat when the same code answers each update once, in order, in-process."""
    app, api = offline_application(NullRecorder())
    async with app:
        for data in updates:
            await app.process_update(Update.de_json(data, app.bot))
    return Counter(int(p["chat_id"]) for p in api.ok_calls("sendMessage"))


def most_in_window(times: list[float], window: float) -> int:
    """The largest number of stamps within any `window` seconds."""
    times = sorted(times)
    best = start = 0
    for end, t in enumerate(times):
        while t - times[start] > window:
            start += 1
        best = max(best, end - start + 1)
    return best


@dataclass
class Run:
    """One load run: what was sent, what the fake saw, what one in-order pass would send."""

    api: StampedAPI
    load: Traffic
    started: float
    expected: Counter[int]

    def sends(self) -> list[Stamp]:
        """Messages Telegram accepted."""
        return self.api.sends()

    def first_reply(self) -> dict[int, float]:
        """Seconds from the updates' arrival to each chat's first message."""
        first: dict[int, float] = {}
        for s in self.sends():
            if s.chat is not None:
                first.setdefault(s.chat, s.at - self.started)
        return first


def wait_answered(api: StampedAPI, expected: Counter[int], timeout: float = 120) -> None:
    """Until every chat has all its messages (or the time is up; the tests say what is wrong)."""
    total = sum(expected.values())
    api.wait_for(lambda: len(api.sends()) >= total, timeout=timeout)
    time.sleep(1.0)  # anything sent twice would arrive now


def polling_run(folder: Path) -> Run:
    """All the traffic queued on the fake at once, fetched by long polling."""
    load = traffic(first_chat=100_000)
    expected = asyncio.run(expected_messages(load.updates))
    api = StampedAPI(throttle_at=150)
    api.start()
    bot = BotProcess(api, folder / "bot.log", **quiet_env(folder))
    try:
        # Let the bot come up first, so the run measures answering, not starting.
        assert api.wait_for(lambda: bool(api.ok_calls("getUpdates")), timeout=60)
        started = time.monotonic()
        api.push(*load.updates)
        wait_answered(api, expected)
    finally:
        log = bot.stop()
        api.stop()
    assert bot.proc.returncode == 0, log[-3000:]
    return Run(api, load, started, expected)


def webhook_run(folder: Path) -> Run:
    """All the traffic posted to the webhook from 32 connections at once."""
    load = traffic(first_chat=200_000)
    expected = asyncio.run(expected_messages(load.updates))
    api = StampedAPI(throttle_at=150)
    api.start()
    port = free_port()
    bot = BotProcess(
        api,
        folder / "bot.log",
        TELEGRAM_WEBHOOK_URL="https://bot.example.org/tg/hook",
        TELEGRAM_WEBHOOK_SECRET=SECRET,
        TELEGRAM_WEBHOOK_LISTEN=f"127.0.0.1:{port}",
        **quiet_env(folder),
    )
    url = f"http://127.0.0.1:{port}/tg/hook"
    try:
        assert api.wait_for(lambda: bool(api.ok_calls("setWebhook")), timeout=60)
        started = time.monotonic()
        # Telegram posts from many connections at once, each chat's updates in order.
        by_chat: dict[int, list[dict[str, Any]]] = {}
        for data in load.updates:
            by_chat.setdefault(chat_of(data), []).append(data)
        statuses: list[int] = []
        lock = threading.Lock()

        def deliver(chat_updates: list[dict[str, Any]]) -> None:
            for data in chat_updates:
                status = post(url, data, SECRET)
                with lock:
                    statuses.append(status)

        with concurrent.futures.ThreadPoolExecutor(max_workers=32) as pool:
            list(pool.map(deliver, by_chat.values()))
        assert statuses.count(200) == len(load.updates)
        wait_answered(api, expected)
    finally:
        log = bot.stop()
        api.stop()
    assert bot.proc.returncode == 0, log[-3000:]
    return Run(api, load, started, expected)


@pytest.fixture(scope="module", params=["polling", "webhook"])
def run(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Run:
    folder = tmp_path_factory.mktemp(request.param)
    return polling_run(folder) if request.param == "polling" else webhook_run(folder)


def test_every_update_is_answered_exactly_once(run: Run) -> None:
    got = Counter(s.chat for s in run.sends() if s.chat is not None)
    # The same number of messages per chat as one in-order pass of the same code.
    wrong = {c: (got[c], n) for c, n in run.expected.items() if got[c] != n}
    assert not wrong, f"chats with (got, expected) messages: {dict(list(wrong.items())[:10])}"
    assert set(got) == set(run.expected)
    answered = Counter(p["callback_query_id"] for p in run.api.ok_calls("answerCallbackQuery"))
    pressed = [u["callback_query"]["id"] for u in run.load.updates if "callback_query" in u]
    assert sorted(answered) == sorted(pressed) and set(answered.values()) == {1}


def test_every_crisis_message_gets_the_crisis_lines(run: Run) -> None:
    for chat in run.load.crisis_chats:
        text = "\n".join(run.api.texts(chat))
        assert all(number in text for number in CRISIS_NUMBERS), chat


def test_the_send_rate_stays_within_telegrams_limits(run: Run) -> None:
    sends = run.sends()
    # Overall: any window of T seconds holds at most one bucket plus T seconds' worth.
    times = [s.at for s in sends]
    for window in (1.0, 2.0, 5.0):
        most = most_in_window(times, window - SLACK)
        assert most <= OVERALL_BUCKET + OVERALL_RATE * window, (window, most)
    # The limiter did hold the bot back: unlimited, these hundreds of messages take a second.
    assert times[-1] - times[0] > len(times) / OVERALL_RATE - OVERALL_BUCKET / OVERALL_RATE - 1
    # Per chat, for the chats that send several messages quickly (none of which gets a crisis
    # reply: those skip the per-chat limit by design).
    for chat in run.load.chatty_chats:
        chat_times = [s.at for s in sends if s.chat == chat]
        for window in (1.0, 3.0):
            most = most_in_window(chat_times, window - SLACK)
            assert most <= CHAT_BUCKET + CHAT_RATE * window, (chat, window, most)


def test_a_429_is_recovered_from(run: Run) -> None:
    refused = [s for s in run.api.stamps if s.status == 429]
    assert len(refused) == 1
    # Every message still arrived (the count test); here: sending went on after the 429.
    assert len([s for s in run.sends() if s.at > refused[0].at + run.api.retry_after]) > 10


def test_nothing_is_sent_while_a_429_says_wait(run: Run) -> None:
    refused = next(s for s in run.api.stamps if s.status == 429)
    # A message already on its way when the 429 came back cannot be recalled: allow SLACK.
    quiet_from, quiet_until = refused.at + SLACK, refused.at + run.api.retry_after - SLACK
    early = [s for s in run.sends() if quiet_from < s.at < quiet_until]
    offsets = [round(s.at - refused.at, 3) for s in early]
    assert not early, (
        f"{len(early)} message(s) sent during the {run.api.retry_after}s pause: {offsets}"
    )


def test_crisis_replies_are_not_queued_behind_ordinary_ones(run: Run) -> None:
    first = run.first_reply()
    ordinary = sorted(t for c, t in first.items() if c not in run.load.crisis_chats)
    median = ordinary[len(ordinary) // 2]
    # Every crisis update came in last, behind a full queue; each must be answered before
    # half of the ordinary chats are.
    late = {c: round(first[c], 2) for c in run.load.crisis_chats if first[c] > median}
    assert not late, f"crisis replies after the median ordinary one ({median:.2f}s): {late}"


def chat_of(update: dict[str, Any]) -> int:
    """The chat an update belongs to."""
    if "callback_query" in update:
        return int(update["callback_query"]["message"]["chat"]["id"])
    return int(update["message"]["chat"]["id"])


def quiet_env(tmp_path: Path) -> dict[str, str]:
    """INFO logs (DEBUG would time the logging) and a usage store of the test's own."""
    return {
        "WELLBEING_LOG_LEVEL": "INFO",
        "WELLBEING_DATABASE_URL": f"sqlite:///{tmp_path / 'usage.db'}",
    }
