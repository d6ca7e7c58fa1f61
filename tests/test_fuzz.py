"""Fuzzing with hypothesis: whatever arrives, nothing crashes and every reply is well-formed.

The message path is the real one (conversation core, embedded NLU, resources, Telegram render
and python-telegram-bot on an offline bot); the YAML loader gets random bytes and YAML-like text.
Example counts are kept moderate so that the suite stays fast.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram import Update
from telegram.ext import ApplicationBuilder

from benchmarks.bench_updates import Unlimited
from bot.catalogue import Catalogue, CatalogueError, LiveCatalogue, load_catalogue
from bot.catalogue.safe_yaml import YamlProblem, read_yaml
from bot.conversation import Conversation
from bot.safety import screen
from bot.settings import Settings
from bot.storage.pseudonym import Pseudonymizer
from bot.types import INTENTS, ROLES, Reply, Turn
from handlers.callbacks import TelegramAdapter
from handlers.render import render
from nlu.embedded import EmbeddedNLU
from tests.conftest import CRISIS_NUMBERS, OFFICE_HOURS
from tests.fakebotapi import TOKEN, FakeBotAPI, OfflineRequest, button_update, text_update
from tests.fakes import FakeRecorder

ROOT = Path(__file__).resolve().parent.parent
TELEGRAM_MAX_TEXT = 4096
MAX_PAYLOAD_BYTES = 64
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Scripts and characters that break naive code: right-to-left, joiners, controls, emoji.
RTL = st.characters(min_codepoint=0x0590, max_codepoint=0x06FF)
CONTROLS = st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Zs"])
EMOJI = st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF)
TEXTS = st.one_of(
    st.text(),
    st.text(alphabet=st.one_of(RTL, CONTROLS, EMOJI), max_size=50),
    st.text(min_size=1, max_size=40).map(lambda s: s * (9000 // len(s))),  # very long
    st.sampled_from(["", " ", "\n\n", "/", "/start@", "\x00", "\u200f\u202e", "🆘" * 2000]),
    st.builds(lambda a, b: f"/{a} {b}", st.text(max_size=20), st.text(max_size=20)),
)
PAYLOADS = st.one_of(
    st.text(max_size=80),
    st.builds(
        lambda kind, rest: f"{kind}:{rest}",
        st.sampled_from(["need", "more", "role", "dir", "fb", "menu", "sos", "talk", "open247"]),
        st.text(max_size=40),
    ),
    st.sampled_from([f"role:{r}" for r in ROLES] + ["more:stress_anxiety:99999999999999"]),
)


@pytest.fixture(scope="module")
def embedded() -> EmbeddedNLU:
    return EmbeddedNLU.load_or_train()


@pytest.fixture(scope="module")
def conversation(
    settings: Settings, live_catalogue: LiveCatalogue, embedded: EmbeddedNLU
) -> Conversation:
    return Conversation(
        catalogue=live_catalogue.current,
        nlu=embedded,
        recorder=FakeRecorder(),
        settings=settings.conversation,
        threshold=settings.nlu.threshold,
        clock=lambda: OFFICE_HOURS,
    )


def assert_well_formed(reply: Reply) -> None:
    """What Telegram and a person need from any reply."""
    assert reply.messages
    for message in reply.messages:
        assert message.text.strip()
    for button in reply.buttons:
        assert button.label.strip()
        assert (button.payload is None) != (button.url is None)
        if button.payload is not None:
            assert len(button.payload.encode()) <= MAX_PAYLOAD_BYTES
    parts = render(reply)
    assert parts
    for part in parts:
        assert 0 < len(part.text) <= TELEGRAM_MAX_TEXT
        for row in part.markup.inline_keyboard if part.markup else ():
            for key in row:
                data = key.callback_data
                assert data is None or len(str(data).encode()) <= MAX_PAYLOAD_BYTES


@FUZZ
@given(text=TEXTS, session=st.sampled_from(["a", "b", "c"]))
def test_any_text_gets_a_well_formed_reply(
    conversation: Conversation, text: str, session: str
) -> None:
    reply = asyncio.run(conversation.handle(Turn(session, text=text)))
    assert_well_formed(reply)
    if text.strip() and screen(text.strip()).crisis:
        assert reply.crisis and all(n in reply.text for n in CRISIS_NUMBERS)


@FUZZ
@given(payload=PAYLOADS, session=st.sampled_from(["a", "b", "c"]))
def test_any_button_payload_gets_a_well_formed_reply(
    conversation: Conversation, payload: str, session: str
) -> None:
    reply = asyncio.run(conversation.handle(Turn(session, button=payload)))
    assert_well_formed(reply)


@settings(max_examples=60, deadline=None)
@given(turns=st.lists(st.one_of(TEXTS.map(lambda t: ("t", t)), PAYLOADS.map(lambda p: ("b", p)))))
def test_usage_events_never_carry_what_was_typed(
    settings: Settings, live_catalogue: LiveCatalogue, embedded: EmbeddedNLU, turns: list[Any]
) -> None:
    recorder = FakeRecorder()
    conversation = Conversation(
        catalogue=live_catalogue.current,
        nlu=embedded,
        recorder=recorder,
        settings=settings.conversation,
        threshold=settings.nlu.threshold,
        clock=lambda: OFFICE_HOURS,
    )
    for kind, value in turns:
        turn = Turn("s", text=value) if kind == "t" else Turn("s", button=value)
        asyncio.run(conversation.handle(turn))
    resource_ids = {r.id for r in live_catalogue.current().resources}
    for event in recorder.events:
        assert event.session in ("s", "")
        assert event.need is None or event.need in INTENTS
        assert event.role is None or event.role in ROLES
        assert set(event.resources) <= resource_ids


class OfflineBot:
    """The whole Telegram path in one event loop, kept across examples."""

    def __init__(self, conversation: Conversation) -> None:
        self.api = FakeBotAPI()
        request = OfflineRequest(self.api)
        self.app = (
            ApplicationBuilder()
            .token(TOKEN)
            .request(request)
            .get_updates_request(request)
            .rate_limiter(Unlimited())
            .build()
        )
        TelegramAdapter(
            conversation, Pseudonymizer(b"f" * 32), is_crisis=lambda t: screen(t).crisis
        ).register(self.app)
        self.loop = asyncio.new_event_loop()
        self.loop.run_until_complete(self.app.initialize())
        self.next_id = 1

    def feed(self, data: dict[str, Any]) -> list[dict[str, Any]]:
        """Process one update; return the sendMessage calls it made."""
        before = len(self.api.ok_calls("sendMessage"))
        update = Update.de_json(data, self.app.bot)
        self.loop.run_until_complete(self.app.process_update(update))
        self.next_id += 1
        return self.api.ok_calls("sendMessage")[before:]

    def close(self) -> None:
        self.loop.run_until_complete(self.app.shutdown())
        self.loop.close()


@pytest.fixture(scope="module")
def offline_bot(conversation: Conversation) -> Iterator[OfflineBot]:
    bot = OfflineBot(conversation)
    yield bot
    bot.close()


def assert_sendable(sent: list[dict[str, Any]]) -> None:
    """Each sendMessage as Telegram would accept it."""
    assert sent
    for params in sent:
        assert 0 < len(params["text"]) <= TELEGRAM_MAX_TEXT
        assert "parse_mode" not in params
        for row in (params.get("reply_markup") or {}).get("inline_keyboard", []):
            for key in row:
                assert ("callback_data" in key) != ("url" in key)
                assert len(key.get("callback_data", "").encode()) <= MAX_PAYLOAD_BYTES


@FUZZ
@given(text=TEXTS)
def test_any_telegram_message_is_answered_sendably(offline_bot: OfflineBot, text: str) -> None:
    n = offline_bot.next_id
    assert_sendable(offline_bot.feed(text_update(n, 7000 + n % 5, text, message_id=n)))


@settings(max_examples=80, deadline=None)
@given(payload=PAYLOADS)
def test_any_button_press_is_answered_once_and_sendably(
    offline_bot: OfflineBot, payload: str
) -> None:
    n = offline_bot.next_id
    answered = len(offline_bot.api.ok_calls("answerCallbackQuery"))
    data = button_update(n, 7000 + n % 5, payload, query_id=f"q{n}")
    assert_sendable(offline_bot.feed(data))
    assert len(offline_bot.api.ok_calls("answerCallbackQuery")) == answered + 1


# -- the YAML loader -------------------------------------------------------------------------

YAML_TOKENS = st.sampled_from(
    [
        "resources:", "- ", "id: ", "name: ", "  ", "\n", ":", "&a ", "*a", "!!python/object ",
        "!x ", "[", "]", "{", "}", "'", '"', "|", ">-", "%YAML 1.1", "---", "...", "#", "?",
        "0300 131 2789", "17:30", "no", "~", "\t", "\ufeff", "\x00", "é", "🆘",
    ]
)  # fmt: skip
YAML_LIKE = st.lists(YAML_TOKENS, max_size=60).map("".join)


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


@FUZZ
@given(content=st.one_of(st.binary(max_size=400), YAML_LIKE.map(str.encode)))
def test_the_yaml_reader_gives_a_clear_error_or_plain_data(scratch: Path, content: bytes) -> None:
    path = scratch / "fuzz.yml"
    path.write_bytes(content)
    try:
        doc = read_yaml(path)
    except YamlProblem as problem:
        assert problem.line >= 1 and problem.message.strip()
        return
    assert _plain(doc.data)


def test_a_control_character_in_a_resources_file_is_a_clear_error(scratch: Path) -> None:
    path = scratch / "control.yml"
    path.write_text("resources:\n  - id: x\x1f\n", encoding="utf-8")
    with pytest.raises(YamlProblem) as problem:
        read_yaml(path)
    assert problem.value.line == 2


def _plain(value: object) -> bool:
    """Only what the safe reader may return: dicts of str, lists, str, bool, None."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    return value is None or isinstance(value, str | bool)


@pytest.fixture(scope="module")
def resources_copy(scratch: Path) -> Path:
    target = scratch / "resources"
    shutil.copytree(ROOT / "resources", target)
    return target


@settings(max_examples=40, deadline=None)
@given(
    name=st.sampled_from(["crisis.yml", "texts.yml", "webpages.yml", "directorates.yml"]),
    content=st.one_of(YAML_LIKE, st.text(max_size=300)),
)
def test_a_resources_folder_with_any_file_loads_or_says_what_is_wrong(
    resources_copy: Path, name: str, content: str
) -> None:
    path = resources_copy / name
    original = (ROOT / "resources" / name).read_bytes()
    path.write_text(content, encoding="utf-8", errors="surrogatepass")
    try:
        catalogue = load_catalogue(resources_copy)
    except CatalogueError as err:
        assert err.problems
        assert all(p.file and p.line >= 1 and p.message.strip() for p in err.problems)
        assert any(name in p.file for p in err.problems)
    else:
        assert isinstance(catalogue, Catalogue)
    finally:
        path.write_bytes(original)
