"""Fault: resources broken while `wellbeing-bot run` serves; it keeps the last good set.

The real command against the fake Bot API, on a copy of resources/ named by its own config.yml.
A good edit goes live without a restart (so the test can see a reload at all); a broken one
and a deleted file do not, and the replies stay right: the crisis lines, the 24/7 list, the menu.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from bot.catalogue import load_catalogue
from tests.conftest import CRISIS_NUMBERS
from tests.fakebotapi import FakeBotAPI, button_update, text_update
from tests.test_telegram_e2e import BotProcess

ROOT = Path(__file__).resolve().parent.parent
# LiveCatalogue looks at the files at most once a second.
RELOAD = 1.3


def save(path: Path, text: str) -> None:
    """Write a file and move its modification time on, as an editor's save would."""
    path.write_text(text, encoding="utf-8")
    stamp = time.time_ns() + 2_000_000_000
    os.utime(path, ns=(stamp, stamp))


class Chats:
    """Each step in a new chat, so that the per-chat limit never slows the test."""

    def __init__(self, api: FakeBotAPI) -> None:
        self.api = api
        self.n = 0

    def send(self, text: str | None = None, button: str | None = None) -> str:
        """Send one update in a new chat and return everything the bot answered."""
        self.n += 1
        chat = 5000 + self.n
        if button is not None:
            self.api.push(button_update(self.n, chat, button, query_id=f"q{self.n}"))
        else:
            self.api.push(text_update(self.n, chat, text or "", message_id=self.n))
        assert self.api.wait_for(lambda: bool(self.api.texts(chat)), timeout=30), self.n
        time.sleep(0.3)  # the later parts of a reply
        return "\n".join(self.api.texts(chat))


@dataclass
class Scenario:
    """What the bot answered at each step, and its log."""

    replies: dict[str, str]
    log: str
    alive: bool


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scenario]:
    tmp_path = tmp_path_factory.mktemp("resources-fault")
    resources = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", resources)
    config = yaml.safe_load((ROOT / "config.yml").read_text())
    config["resources"]["directory"] = str(resources)
    (tmp_path / "config.yml").write_text(yaml.safe_dump(config))
    crisis_file = resources / "crisis.yml"
    good = crisis_file.read_text(encoding="utf-8")
    edited = good.replace("    name: Samaritans\n", "    name: Samaritans helpline\n", 1)
    assert edited != good

    api = FakeBotAPI().start()
    bot = BotProcess(
        api,
        tmp_path / "bot.log",
        WELLBEING_CONFIG=str(tmp_path / "config.yml"),
        WELLBEING_DATABASE_URL=f"sqlite:///{tmp_path / 'usage.db'}",
        WELLBEING_LOG_LEVEL="INFO",
    )
    chats = Chats(api)
    replies: dict[str, str] = {}
    try:
        replies["first"] = chats.send(button="open247")
        save(crisis_file, edited)
        time.sleep(RELOAD)
        replies["after good edit"] = chats.send(button="open247")
        # A half-finished save, and a file deleted by mistake.
        save(crisis_file, "resources:\n  - id: samaritans\n    name: [unclosed\n")
        (resources / "texts.yml").unlink()
        time.sleep(RELOAD)
        replies["after bad edit"] = chats.send(button="open247")
        replies["crisis"] = chats.send("I want to end my life")
        replies["start"] = chats.send("/start")
        replies["sos"] = chats.send(button="sos")
        # Put right again: the fixed set goes live.
        save(crisis_file, good)
        shutil.copy(ROOT / "resources" / "texts.yml", resources / "texts.yml")
        time.sleep(RELOAD)
        replies["put right"] = chats.send(button="open247")
        alive = bot.proc.poll() is None
    finally:
        log = bot.stop()
        api.stop()
    yield Scenario(replies, log, alive)


def test_a_good_edit_goes_live_during_the_run(scenario: Scenario) -> None:
    first, edited = scenario.replies["first"], scenario.replies["after good edit"]
    assert "Samaritans" in first and "Samaritans helpline" not in first
    assert "Samaritans helpline" in edited


def test_a_broken_edit_keeps_the_last_good_set_and_the_replies_right(
    scenario: Scenario,
) -> None:
    replies = scenario.replies
    assert "Samaritans helpline" in replies["after bad edit"]
    assert all(number in replies["crisis"] for number in CRISIS_NUMBERS)
    assert all(number in replies["sos"] for number in CRISIS_NUMBERS)
    assert "Samaritans helpline" not in replies["put right"]
    assert "Samaritans" in replies["put right"]
    assert scenario.alive


def test_start_is_answered_in_full_with_a_file_missing(scenario: Scenario) -> None:
    welcome = load_catalogue(ROOT / "resources").text("welcome")
    assert welcome.splitlines()[0] in scenario.replies["start"]


def test_the_operator_is_told_which_file_is_wrong(scenario: Scenario) -> None:
    assert "failed validation" in scenario.log
    assert "crisis.yml" in scenario.log
