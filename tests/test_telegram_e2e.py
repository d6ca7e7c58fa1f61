"""`wellbeing-bot run` as a real process against the fake Bot API on 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CRISIS_NUMBERS
from tests.fakebotapi import TOKEN, FakeBotAPI, button_update, edit_update, text_update

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent / "wellbeing-bot"
SECRET = "e2e_secret-" + "x" * 32
CANARY = "CANARY marmalade otter"
CRISIS_TEXT = "i want to die"


@pytest.fixture
def api() -> Iterator[FakeBotAPI]:
    fake = FakeBotAPI().start()
    yield fake
    fake.stop()


class BotProcess:
    """The bot as a subprocess, its whole log (at DEBUG) kept in a file."""

    def __init__(self, api: FakeBotAPI, log: Path, **env: str) -> None:
        base = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
        base |= {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": api.base_url,
            "WELLBEING_PSEUDONYM_KEY": "p" * 48,
            "WELLBEING_LOG_LEVEL": "DEBUG",
            # Each run counts into its own file, never the developer's var/usage.db.
            "WELLBEING_DATABASE_URL": f"sqlite:///{log.parent / 'usage.db'}",
        }
        self.log = log
        self._out = log.open("wb")
        self.proc = subprocess.Popen(
            [str(BIN), "run"], env=base | env, cwd=ROOT, stdout=self._out, stderr=subprocess.STDOUT
        )

    def stop(self) -> str:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self._out.close()
        return self.log.read_text(errors="replace")


def once_each(texts: list[str]) -> bool:
    return bool(texts) and len(texts) == len(set(texts))


def crisis_lines(texts: list[str]) -> bool:
    joined = "\n".join(texts)
    return all(number in joined for number in CRISIS_NUMBERS)


def settle(api: FakeBotAPI, quiet: float = 2.0, timeout: float = 30.0) -> None:
    """Wait until nothing more is sent for `quiet` seconds: a reply's later parts included."""
    deadline = time.monotonic() + timeout
    count = -1
    while time.monotonic() < deadline:
        sent = len([c for c in api.calls if c.method != "getUpdates"])
        if sent == count:
            return
        count = sent
        time.sleep(quiet)
    raise AssertionError("the bot kept sending")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def post(url: str, update: dict[str, Any], secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(url, json.dumps(update).encode(), headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def test_run_refuses_to_start_without_a_token(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    done = subprocess.run(
        [str(BIN), "run"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in done.stderr


def test_webhook_mode_refuses_a_weak_secret(api: FakeBotAPI, tmp_path: Path) -> None:
    bot = BotProcess(
        api,
        tmp_path / "bot.log",
        TELEGRAM_WEBHOOK_URL="https://bot.example.org/tg",
        TELEGRAM_WEBHOOK_SECRET="short",
    )
    assert bot.proc.wait(timeout=60) == 2
    assert "TELEGRAM_WEBHOOK_SECRET" in bot.stop()
    assert not api.calls


def test_polling_answers_everything_once_through_faults(api: FakeBotAPI, tmp_path: Path) -> None:
    start, text, crisis, button, stale = 101, 102, 103, 104, 105
    # Sent while the bot was down: pending updates must be answered, not dropped.
    first = text_update(1, start, "/start")
    api.push(first, first, text_update(2, text, CANARY, message_id=7))
    api.fail("getUpdates", 500)
    api.fail("sendMessage", 429, retry_after=1)
    bot = BotProcess(api, tmp_path / "bot.log")
    try:
        assert api.wait_for(lambda: len(api.texts(text)) > 0, timeout=60), bot.stop()
        api.push(
            text_update(3, crisis, CRISIS_TEXT),
            edit_update(4, text, CANARY + " again", message_id=7),
            button_update(5, button, "menu", query_id="q-menu"),
            button_update(6, stale, "gone:2019", query_id="q-stale"),
            button_update(6, stale, "gone:2019", query_id="q-stale"),
        )
        assert api.wait_for(
            lambda: (
                len(api.ok_calls("answerCallbackQuery")) >= 2
                and bool(api.texts(crisis))
                and bool(api.texts(stale))
            ),
            timeout=30,
        )
        settle(api)
    finally:
        log = bot.stop()

    for chat in (start, text, crisis, button, stale):
        assert once_each(api.texts(chat)), (chat, api.texts(chat))
    assert crisis_lines(api.texts(crisis))
    answered = [a["callback_query_id"] for a in api.ok_calls("answerCallbackQuery")]
    assert sorted(answered) == ["q-menu", "q-stale"]
    assert any(c.status == 429 for c in api.calls)  # the 429 happened and was retried
    polls = api.ok_calls("getUpdates")
    assert polls and all(
        set(p["allowed_updates"]) == {"message", "edited_message", "callback_query"} for p in polls
    )
    assert all(not p.get("drop_pending_updates") for p in api.ok_calls("deleteWebhook"))
    assert api.ok_calls("setMyCommands") and api.ok_calls("setMyDescription")
    assert CANARY not in log and "marmalade" not in log and TOKEN not in log
    assert "sendMessage" in log  # the DEBUG log was really written
    # What the usage store kept: the steps, and nothing typed or identifying (RELIABILITY 10).
    stored = (tmp_path / "usage.db").read_bytes()
    for secret in (b"marmalade", b"otter", b"CANARY", b"i want to die", TOKEN.encode()):
        assert secret not in stored
    with sqlite3.connect(tmp_path / "usage.db") as db:
        kinds = {kind for (kind,) in db.execute("SELECT kind FROM usage_events")}
        sessions = {s for (s,) in db.execute("SELECT session FROM usage_events")}
    assert {"conversation_started", "crisis_shown"} <= kinds
    for chat in (start, text, crisis, button, stale):
        assert str(chat) not in sessions  # pseudonyms, never the chat id


def test_webhook_answers_with_the_secret_and_refuses_without(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    port = free_port()
    chat, crisis, button = 201, 202, 203
    bot = BotProcess(
        api,
        tmp_path / "bot.log",
        TELEGRAM_WEBHOOK_URL="https://bot.example.org/tg/hook",
        TELEGRAM_WEBHOOK_SECRET=SECRET,
        TELEGRAM_WEBHOOK_LISTEN=f"127.0.0.1:{port}",
    )
    url = f"http://127.0.0.1:{port}/tg/hook"
    try:
        assert api.wait_for(lambda: bool(api.ok_calls("setWebhook")), timeout=60), bot.stop()
        registered = api.ok_calls("setWebhook")[0]
        assert registered["url"] == "https://bot.example.org/tg/hook"
        assert registered["secret_token"] == SECRET
        assert set(registered["allowed_updates"]) == {
            "message",
            "edited_message",
            "callback_query",
        }
        assert not registered.get("drop_pending_updates")

        assert post(url, text_update(1, chat, "/start"), None) == 403
        assert post(url, text_update(1, chat, "/start"), SECRET[:-1] + "y") == 403
        assert not api.texts(chat)
        api.fail("sendMessage", 500)
        update = text_update(2, chat, "/start")
        assert post(url, update, SECRET) == 200
        assert post(url, update, SECRET) == 200  # Telegram retried: answered once still
        assert post(url, text_update(3, crisis, CRISIS_TEXT), SECRET) == 200
        assert post(url, button_update(4, button, "menu", query_id="q-w"), SECRET) == 200
        assert api.wait_for(
            lambda: bool(api.texts(chat)) and bool(api.texts(crisis)) and bool(api.texts(button)),
            timeout=30,
        )
        settle(api)
    finally:
        log = bot.stop()
    for c in (chat, crisis, button):
        assert once_each(api.texts(c)), (c, api.texts(c))
    assert crisis_lines(api.texts(crisis))
    assert [a["callback_query_id"] for a in api.ok_calls("answerCallbackQuery")] == ["q-w"]
    assert any(c.status == 500 for c in api.calls)
    assert not api.ok_calls("getUpdates")
    assert SECRET not in log and TOKEN not in log
