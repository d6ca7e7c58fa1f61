"""Fault: `wellbeing-bot run` restarted while updates wait on Telegram; none is lost.

A queue of updates from many chats is waiting when the bot starts (as after an outage); the
process is stopped part-way through answering them, by SIGTERM (a deploy) or SIGKILL (a crash),
and started again. Every chat must get its answer: a crisis message sent during a restart is
still a crisis message.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CRISIS_NUMBERS
from tests.fakebotapi import FakeBotAPI, text_update
from tests.test_telegram_e2e import BotProcess, settle

CHATS = 120
CRISIS_EVERY = 8
TEXTS = ("/start", "I can't sleep after a run of nights", "/menu", "hello")


@pytest.fixture
def api() -> Iterator[FakeBotAPI]:
    fake = FakeBotAPI().start()
    yield fake
    fake.stop()


def backlog() -> tuple[list[dict[str, Any]], list[int], set[int]]:
    """One update per chat, every eighth a crisis message."""
    updates, chats, crisis = [], [], set()
    for n in range(CHATS):
        chat = 9000 + n
        chats.append(chat)
        if n % CRISIS_EVERY == CRISIS_EVERY - 1:
            crisis.add(chat)
            text = "I want to end my life"
        else:
            text = TEXTS[n % len(TEXTS)]
        updates.append(text_update(n + 1, chat, text, message_id=n + 1))
    return updates, chats, crisis


def env(tmp_path: Path) -> dict[str, str]:
    """One usage store across both processes; INFO logs."""
    return {
        "WELLBEING_DATABASE_URL": f"sqlite:///{tmp_path / 'usage.db'}",
        "WELLBEING_LOG_LEVEL": "INFO",
    }


def start_then(api: FakeBotAPI, log: Path, tmp_path: Path, chats: list[int], stop: int) -> None:
    """Run the bot until some of the chats are answered, then stop it with `stop`."""
    bot = BotProcess(api, log, **env(tmp_path))
    try:
        assert api.wait_for(lambda: sum(bool(api.texts(c)) for c in chats) >= 15, timeout=60)
        bot.proc.send_signal(stop)
        bot.proc.wait(timeout=30)
    finally:
        bot.stop()


def answer_the_rest(api: FakeBotAPI, log: Path, tmp_path: Path, chats: list[int]) -> None:
    """Start again and give it time to answer everything still waiting."""
    bot = BotProcess(api, log, **env(tmp_path))
    try:
        api.wait_for(lambda: all(api.texts(c) for c in chats), timeout=15)
        settle(api, quiet=1.5)
    finally:
        bot.stop()


def test_a_deploy_restart_answers_everything_once(api: FakeBotAPI, tmp_path: Path) -> None:
    updates, chats, crisis = backlog()
    api.push(*updates[: CHATS // 2])
    start_then(api, tmp_path / "first.log", tmp_path, chats, signal.SIGTERM)
    # Sent while the bot was down.
    api.push(*updates[CHATS // 2 :])
    answer_the_rest(api, tmp_path / "second.log", tmp_path, chats)

    missing = [c for c in chats if not api.texts(c)]
    assert not missing, f"{len(missing)} chat(s) never answered"
    for chat in crisis:
        assert all(number in "\n".join(api.texts(chat)) for number in CRISIS_NUMBERS), chat
    # A clean stop answers what it fetched before exiting: nothing is answered twice.
    twice = [c for c in chats if len(api.texts(c)) != len(set(api.texts(c)))]
    assert not twice, twice


def test_a_crash_with_updates_pending_loses_none(api: FakeBotAPI, tmp_path: Path) -> None:
    updates, chats, crisis = backlog()
    api.push(*updates)
    start_then(api, tmp_path / "first.log", tmp_path, chats, signal.SIGKILL)
    assert sum(bool(api.texts(c)) for c in chats) < CHATS  # the crash came mid-way
    answer_the_rest(api, tmp_path / "second.log", tmp_path, chats)

    missing = [c for c in chats if not api.texts(c)]
    lost_crisis = [c for c in missing if c in crisis]
    assert not missing, f"{len(missing)} chat(s) never answered, {len(lost_crisis)} in crisis"
