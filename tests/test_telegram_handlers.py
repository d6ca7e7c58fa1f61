"""The Telegram callbacks on a real Application whose bot never leaves the process (PTB's way)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import pytest
from telegram import Update

from bot.conversation import Conversation
from bot.safety import screen
from bot.storage.pseudonym import Pseudonymizer
from bot.types import Reply, Turn
from handlers.app import COMMANDS, AnyApplication, announce, build_application
from handlers.callbacks import ALLOWED_UPDATES, TelegramAdapter
from handlers.config import TelegramConfig
from handlers.ratelimit import ChatRateLimiter
from tests.conftest import CRISIS_NUMBERS
from tests.fakebotapi import (
    TOKEN,
    FakeBotAPI,
    OfflineRequest,
    button_update,
    edit_update,
    photo_update,
    text_update,
)
from tests.fakes import FakeNLU, FakeRecorder

CHAT = 424242
KEY, OLD_KEY = b"k" * 32, b"o" * 32
CRISIS_TEXT = "i want to die"


class RecordingCore:
    """The real Conversation, with the turns it was given kept for assertions."""

    def __init__(self, inner: Conversation) -> None:
        self.inner = inner
        self.turns: list[Turn] = []

    async def handle(self, turn: Turn) -> Reply:
        self.turns.append(turn)
        return await self.inner.handle(turn)


@dataclass
class Rig:
    api: FakeBotAPI
    app: AnyApplication
    core: RecordingCore
    adapter: TelegramAdapter
    recorder: FakeRecorder

    async def feed(self, *updates: dict[str, Any]) -> None:
        for data in updates:
            await self.app.process_update(Update.de_json(data, self.app.bot))


@pytest.fixture
async def rig(
    make_conversation: Callable[..., Conversation], nlu: FakeNLU, recorder: FakeRecorder
) -> AsyncIterator[Rig]:
    nlu.script.update({"I cannot sleep after nights": ("sleep_fatigue", 0.95)})
    api = FakeBotAPI()
    core = RecordingCore(make_conversation())
    adapter = TelegramAdapter(
        core, Pseudonymizer(KEY, OLD_KEY), is_crisis=lambda text: screen(text).crisis
    )
    # Fast per-chat limit here; the limit itself is tested in test_telegram_ratelimit.
    limiter = ChatRateLimiter(per_chat_rate=1000, backoff_seconds=0.01)
    app = build_application(TelegramConfig(TOKEN), adapter, limiter, OfflineRequest(api))
    async with app:
        yield Rig(api, app, core, adapter, recorder)


def has_crisis_lines(text: str) -> bool:
    return all(number in text for number in CRISIS_NUMBERS)


async def test_start_gets_the_welcome_and_a_menu_keyboard(rig: Rig) -> None:
    await rig.feed(text_update(1, CHAT, "/start"))
    sent = rig.api.ok_calls("sendMessage")
    assert len(sent) >= 2
    assert all(p["chat_id"] == CHAT and "parse_mode" not in p for p in sent)
    keyboard = sent[-1]["reply_markup"]["inline_keyboard"]
    payloads = [b.get("callback_data") for row in keyboard for b in row]
    assert any(p and p.startswith("need:") for p in payloads)
    assert "sos" in payloads


async def test_the_core_never_sees_the_telegram_id(rig: Rig) -> None:
    await rig.feed(text_update(1, CHAT, "hello"))
    turn = rig.core.turns[0]
    assert turn.channel == "telegram"
    assert str(CHAT) not in turn.session
    assert turn.session == Pseudonymizer(KEY).session(CHAT)


async def test_a_duplicate_update_is_answered_once(rig: Rig) -> None:
    update = text_update(7, CHAT, "I cannot sleep after nights")
    await rig.feed(update, update)
    assert len(rig.core.turns) == 1
    await rig.feed(text_update(8, CHAT, "I cannot sleep after nights"))
    assert len(rig.core.turns) == 2


async def test_crisis_message_gets_the_crisis_lines(rig: Rig) -> None:
    await rig.feed(text_update(1, CHAT, CRISIS_TEXT))
    assert has_crisis_lines("\n".join(rig.api.texts(CHAT)))


async def test_an_ordinary_edit_gets_no_reply_and_is_not_counted(rig: Rig) -> None:
    await rig.feed(text_update(1, CHAT, "I cannot sleep after nights", message_id=10))
    sent, events = len(rig.api.texts(CHAT)), len(rig.recorder.events)
    await rig.feed(edit_update(2, CHAT, "I cannot sleep after night shifts", message_id=10))
    assert len(rig.api.texts(CHAT)) == sent
    assert len(rig.recorder.events) == events
    assert len(rig.core.turns) == 1


async def test_an_edit_into_crisis_wording_gets_the_crisis_reply_once(rig: Rig) -> None:
    await rig.feed(text_update(1, CHAT, "im fine", message_id=10))
    before = len(rig.api.texts(CHAT))
    await rig.feed(edit_update(2, CHAT, CRISIS_TEXT, message_id=10))
    after_edit = rig.api.texts(CHAT)[before:]
    assert after_edit and has_crisis_lines("\n".join(after_edit))
    await rig.feed(edit_update(3, CHAT, CRISIS_TEXT + " tonight", message_id=10))
    assert len(rig.api.texts(CHAT)) == before + len(after_edit)


async def test_editing_a_crisis_message_does_not_repeat_the_crisis_reply(rig: Rig) -> None:
    await rig.feed(text_update(1, CHAT, CRISIS_TEXT, message_id=10))
    sent = len(rig.api.texts(CHAT))
    await rig.feed(edit_update(2, CHAT, CRISIS_TEXT + "!", message_id=10))
    assert len(rig.api.texts(CHAT)) == sent


async def test_a_button_press_is_answered_exactly_once_and_routed(rig: Rig) -> None:
    await rig.feed(button_update(1, CHAT, "need:sleep_fatigue", query_id="q-1"))
    answers = rig.api.ok_calls("answerCallbackQuery")
    assert [a["callback_query_id"] for a in answers] == ["q-1"]
    assert rig.core.turns[0].button == "need:sleep_fatigue"
    assert rig.api.texts(CHAT)


async def test_a_stale_button_is_answered_once_with_a_polite_reply(rig: Rig) -> None:
    await rig.feed(button_update(1, CHAT, "no-such-button:from-2019", query_id="q-old"))
    assert len(rig.api.ok_calls("answerCallbackQuery")) == 1
    texts = rig.api.texts(CHAT)
    assert texts and "older message" in "\n".join(texts)


async def test_a_failed_answer_still_gets_the_reply(rig: Rig) -> None:
    rig.api.fail("answerCallbackQuery", 400)  # "query is too old" after a restart
    await rig.feed(button_update(1, CHAT, "menu"))
    assert rig.api.texts(CHAT)
    assert len([c for c in rig.api.calls if c.method == "answerCallbackQuery"]) == 1


async def test_feedback_buttons_go_once_pressed(rig: Rig) -> None:
    keyboard = [
        [{"text": "Menu", "callback_data": "menu"}],
        [
            {"text": "Helpful", "callback_data": "fb:sleep_fatigue:y"},
            {"text": "Not helpful", "callback_data": "fb:sleep_fatigue:n"},
        ],
    ]
    await rig.feed(button_update(1, CHAT, "fb:sleep_fatigue:y", keyboard=keyboard))
    edits = rig.api.ok_calls("editMessageReplyMarkup")
    assert len(edits) == 1
    assert edits[0]["reply_markup"]["inline_keyboard"] == [
        [{"text": "Menu", "callback_data": "menu"}]
    ]
    assert [e.helpful for e in rig.recorder.events if e.helpful is not None] == [True]


async def test_something_unreadable_gets_the_menu(rig: Rig) -> None:
    await rig.feed(photo_update(1, CHAT))
    assert rig.core.turns[0].text is None
    assert rig.api.texts(CHAT)


async def test_group_chats_are_ignored(rig: Rig) -> None:
    update = text_update(1, -100200, "hello")
    update["message"]["chat"]["type"] = "supergroup"
    await rig.feed(update)
    assert rig.core.turns == []
    assert rig.api.ok_calls("sendMessage") == []


async def test_forget_passes_the_old_pseudonym_and_clears_adapter_memory(rig: Rig) -> None:
    await rig.feed(text_update(1, CHAT, CRISIS_TEXT, message_id=10))
    await rig.feed(text_update(2, CHAT, "/forget", message_id=11))
    forget_turn = rig.core.turns[-1]
    assert forget_turn.aliases == (Pseudonymizer(OLD_KEY).session(CHAT),)
    assert rig.recorder.forgotten
    session = Pseudonymizer(KEY).session(CHAT)
    assert not rig.adapter.memory.crisis_answered(session, 10)


async def test_when_sending_fails_the_error_handler_sends_the_crisis_lines(rig: Rig) -> None:
    rig.api.fail("sendMessage", 400)
    await rig.feed(text_update(1, CHAT, "hello"))
    texts = rig.api.texts(CHAT)
    assert texts and has_crisis_lines(texts[-1])


async def test_commands_and_descriptions_are_set(rig: Rig) -> None:
    await announce(rig.app.bot)
    commands = rig.api.ok_calls("setMyCommands")[0]["commands"]
    assert [c["command"] for c in commands] == [c.command for c in COMMANDS]
    assert {"start", "help", "menu", "privacy", "forget", "feedback"} <= {
        c["command"] for c in commands
    }
    assert "999" in rig.api.ok_calls("setMyDescription")[0]["description"]
    assert rig.api.ok_calls("setMyShortDescription")


def test_allowed_updates_are_exactly_what_is_handled() -> None:
    assert set(ALLOWED_UPDATES) == {"message", "edited_message", "callback_query"}


class GatedCore(RecordingCore):
    """The real Conversation; turns the crisis screen does not catch wait for the gate."""

    def __init__(self, inner: Conversation) -> None:
        super().__init__(inner)
        self.gate = asyncio.Event()

    async def handle(self, turn: Turn) -> Reply:
        if not (turn.text and screen(turn.text).crisis):
            await self.gate.wait()
        return await super().handle(turn)


async def test_crisis_sos_and_help_are_urgent_and_nothing_else(rig: Rig) -> None:
    def urgent(data: dict[str, Any]) -> bool:
        return rig.adapter.is_urgent(Update.de_json(data, rig.app.bot))

    assert urgent(text_update(1, CHAT, CRISIS_TEXT))
    assert urgent(edit_update(2, CHAT, CRISIS_TEXT, message_id=1))
    assert urgent(text_update(3, CHAT, "/help"))
    assert urgent(button_update(4, CHAT, "sos"))
    assert not urgent(text_update(5, CHAT, "I cannot sleep after nights"))
    assert not urgent(button_update(6, CHAT, "need:sleep_fatigue"))
    assert not urgent(photo_update(7, CHAT))


async def test_a_crisis_message_is_answered_while_ordinary_ones_hold_every_slot(
    make_conversation: Callable[..., Conversation],
) -> None:
    api, core = FakeBotAPI(), GatedCore(make_conversation())
    adapter = TelegramAdapter(core, Pseudonymizer(KEY), is_crisis=lambda t: screen(t).crisis)
    limiter = ChatRateLimiter(per_chat_rate=1000)
    app = build_application(TelegramConfig(TOKEN), adapter, limiter, OfflineRequest(api))
    async with app:

        def arrive(data: dict[str, Any]) -> asyncio.Task[None]:
            update = Update.de_json(data, app.bot)
            work = app.update_processor.process_update(update, app.process_update(update))
            return asyncio.create_task(work)

        # More ordinary updates than there are slots, all stuck until the gate opens.
        ordinary = [arrive(text_update(n, CHAT + n, "hello")) for n in range(1, 41)]
        await asyncio.sleep(0.05)
        await asyncio.wait_for(arrive(text_update(99, CHAT, CRISIS_TEXT)), timeout=5)
        assert has_crisis_lines("\n".join(api.texts(CHAT)))
        assert not any(api.texts(CHAT + n) for n in range(1, 41))
        core.gate.set()
        await asyncio.gather(*ordinary)
        assert all(api.texts(CHAT + n) for n in range(1, 41))


async def test_a_press_is_handled_before_a_message_sent_just_after_it(rig: Rig) -> None:
    # Telegram holds the press's answer back for a second: the message must still wait its turn.
    rig.api.fail("answerCallbackQuery", 429, retry_after=1)
    press = button_update(1, CHAT, "need:sleep_fatigue", query_id="q-order")
    after = text_update(2, CHAT, "/privacy")
    await asyncio.gather(*(rig.feed(data) for data in (press, after)))
    assert [t.button or t.text for t in rig.core.turns] == ["need:sleep_fatigue", "/privacy"]
    answered = [p["callback_query_id"] for p in rig.api.ok_calls("answerCallbackQuery")]
    assert answered == ["q-order"]
