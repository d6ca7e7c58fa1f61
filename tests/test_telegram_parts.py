"""The adapter's parts on their own: rendering, settings, flood control, log redaction."""

from __future__ import annotations

import asyncio
import io
import logging
import time
from typing import Any

import pytest
from telegram import Bot
from telegram.error import BadRequest, NetworkError, RetryAfter

from bot.types import Button, Message, Reply
from handlers.bucket import PriorityBucket
from handlers.config import TelegramConfig, TelegramConfigError
from handlers.logsafe import RedactFilter, configure_logging
from handlers.memory import ChatMemory
from handlers.ratelimit import CRISIS, ChatRateLimiter
from handlers.render import MAX_TEXT, render
from tests.fakebotapi import TOKEN

SECRET = "s" * 40
WEBHOOK = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/tg/hook"}

# -- rendering --------------------------------------------------------------------------------


def test_buttons_become_an_inline_keyboard_and_links_become_url_buttons() -> None:
    reply = Reply(
        (
            Message(
                "Support for sleep",
                (
                    (Button("More", payload="more:sleep_fatigue:1"),),
                    (Button("Oscar Kilo", url="https://www.oscarkilo.org.uk"),),
                ),
            ),
        )
    )
    [out] = render(reply)
    assert out.text == "Support for sleep"
    assert out.markup is not None
    rows = out.markup.inline_keyboard
    assert rows[0][0].callback_data == "more:sleep_fatigue:1"
    assert rows[1][0].url == "https://www.oscarkilo.org.uk"


def test_a_phone_link_goes_into_the_text_where_telegram_would_refuse_it_as_a_button() -> None:
    message = Message("Call us", ((Button("Samaritans", url="tel:116123"),),))
    [out] = render(Reply((message,)))
    assert "Samaritans: 116123" in out.text
    assert out.markup is None


def test_a_payload_over_64_bytes_is_dropped_not_the_whole_message() -> None:
    message = Message("Menu", ((Button("Long", payload="x" * 65), Button("Ok", payload="menu")),))
    [out] = render(Reply((message,)))
    assert out.markup is not None
    assert [b.callback_data for b in out.markup.inline_keyboard[0]] == ["menu"]


def test_a_long_text_is_split_at_paragraphs_with_buttons_on_the_last_part() -> None:
    paragraphs = [f"Paragraph {i}. " + "words " * 150 for i in range(12)]
    message = Message("\n\n".join(paragraphs), ((Button("Menu", payload="menu"),),))
    parts = render(Reply((message,)))
    assert len(parts) > 1
    assert all(len(p.text) <= MAX_TEXT for p in parts)
    assert all(p.markup is None for p in parts[:-1]) and parts[-1].markup is not None
    assert all(p.text.startswith("Paragraph") for p in parts)
    assert " ".join(p.text for p in parts).split() == "\n\n".join(paragraphs).split()


# -- settings from the environment --------------------------------------------------------------


def test_no_token_refuses_to_start_with_a_clear_message() -> None:
    with pytest.raises(TelegramConfigError, match="TELEGRAM_BOT_TOKEN is not set"):
        TelegramConfig.from_env({})


def test_polling_is_the_default_and_the_base_url_is_used_for_files_too() -> None:
    config = TelegramConfig.from_env(
        {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot"}
    )
    assert config.webhook_url is None
    assert config.base_file_url == "http://127.0.0.1:8081/file/bot"


@pytest.mark.parametrize("secret", ["", "short", "s" * 31, "s" * 31 + "!", "s" * 257])
def test_webhook_mode_refuses_a_weak_secret(secret: str) -> None:
    with pytest.raises(TelegramConfigError, match="TELEGRAM_WEBHOOK_SECRET"):
        TelegramConfig.from_env(WEBHOOK | {"TELEGRAM_WEBHOOK_SECRET": secret})


def test_webhook_listens_where_told_at_the_path_of_the_url() -> None:
    config = TelegramConfig.from_env(
        WEBHOOK | {"TELEGRAM_WEBHOOK_SECRET": SECRET, "TELEGRAM_WEBHOOK_LISTEN": "0.0.0.0:9000"}
    )
    assert (config.listen_host, config.listen_port, config.webhook_path) == (
        "0.0.0.0",
        9000,
        "/tg/hook",
    )
    default = TelegramConfig.from_env(WEBHOOK | {"TELEGRAM_WEBHOOK_SECRET": SECRET})
    assert (default.listen_host, default.listen_port) == ("127.0.0.1", 8443)


@pytest.mark.parametrize(
    "env",
    [
        {"TELEGRAM_WEBHOOK_URL": "http://bot.example.org/hook"},
        {"TELEGRAM_WEBHOOK_LISTEN": "8443"},
        {"TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081"},
    ],
)
def test_doubtful_settings_are_refused(env: dict[str, str]) -> None:
    with pytest.raises(TelegramConfigError):
        TelegramConfig.from_env(WEBHOOK | {"TELEGRAM_WEBHOOK_SECRET": SECRET} | env)


# -- flood control ------------------------------------------------------------------------------


class FlakyEndpoint:
    """Plays Telegram: fails as scripted, then records what was sent and when."""

    def __init__(self, *failures: Exception) -> None:
        self.failures = list(failures)
        self.sent: list[tuple[str, float]] = []
        self.attempts = 0

    async def __call__(self, endpoint: str, data: dict[str, Any]) -> bool:
        self.attempts += 1
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append((data["text"], time.monotonic()))
        return True


async def send(
    limiter: ChatRateLimiter, api: FlakyEndpoint, text: str, chat: int = 1, crisis: bool = False
) -> Any:
    data = {"chat_id": chat, "text": text}
    return await limiter.process_request(
        api, ("sendMessage", data), {}, "sendMessage", data, CRISIS if crisis else None
    )


async def test_one_chat_gets_about_one_message_a_second_after_a_short_burst() -> None:
    limiter, api = ChatRateLimiter(per_chat_rate=4, per_chat_burst=2), FlakyEndpoint()
    start = time.monotonic()
    await asyncio.gather(*(send(limiter, api, str(i)) for i in range(4)))
    assert time.monotonic() - start >= 0.4  # 2 at once, then one every 0.25 s
    other = time.monotonic()
    await send(limiter, api, "other chat", chat=2)
    assert time.monotonic() - other < 0.1


async def test_a_crisis_reply_is_not_held_back_by_the_per_chat_limit() -> None:
    limiter, api = ChatRateLimiter(per_chat_rate=1, per_chat_burst=1), FlakyEndpoint()
    await send(limiter, api, "first")
    start = time.monotonic()
    await send(limiter, api, "crisis", crisis=True)
    assert time.monotonic() - start < 0.3


async def test_a_429_is_waited_out_and_retried() -> None:
    limiter, api = ChatRateLimiter(), FlakyEndpoint(RetryAfter(1))
    start = time.monotonic()
    assert await send(limiter, api, "hello") is True
    assert time.monotonic() - start >= 1.0
    assert [t for t, _ in api.sent] == ["hello"]


async def test_after_a_429_crisis_replies_go_first() -> None:
    limiter, api = ChatRateLimiter(per_chat_rate=100), FlakyEndpoint(RetryAfter(1))
    first = asyncio.create_task(send(limiter, api, "ordinary 1", chat=1))
    await asyncio.sleep(0.05)  # the 429 has paused everything
    queued = [asyncio.create_task(send(limiter, api, f"ordinary {i}", chat=i)) for i in (2, 3)]
    await asyncio.sleep(0.05)
    crisis = asyncio.create_task(send(limiter, api, "crisis", chat=4, crisis=True))
    await asyncio.gather(first, *queued, crisis)
    assert api.sent[0][0] == "crisis"


class ThrottledEndpoint(FlakyEndpoint):
    """Answers the n-th call with a 429 (retry after 1 s), noting when."""

    def __init__(self, nth: int) -> None:
        super().__init__()
        self.nth = nth
        self.refused_at = 0.0

    async def __call__(self, endpoint: str, data: dict[str, Any]) -> bool:
        if self.attempts + 1 == self.nth:
            self.attempts += 1
            self.refused_at = time.monotonic()
            raise RetryAfter(1)
        return await super().__call__(endpoint, data)


async def test_a_429_also_holds_back_requests_already_waiting_for_the_overall_limit() -> None:
    # 5 a second overall: five go at once, the rest queue; the sixth is refused with a 429.
    limiter, api = ChatRateLimiter(overall_rate=5, overall_burst=5), ThrottledEndpoint(nth=6)
    await asyncio.gather(*(send(limiter, api, str(i), chat=i) for i in range(10)))
    during = [t for _, t in api.sent if api.refused_at < t < api.refused_at + 1.0]
    assert api.refused_at and not during, f"{len(during)} sent during the pause"
    assert len(api.sent) == 10


async def test_the_overall_limit_serves_crisis_replies_before_those_queued_earlier() -> None:
    bucket, order = PriorityBucket(1, 20), []

    async def take(name: str, urgent: bool) -> None:
        await bucket.acquire(urgent)
        order.append(name)

    await take("first", False)
    waiting = [asyncio.create_task(take(f"ordinary {i}", False)) for i in range(3)]
    await asyncio.sleep(0.01)
    crisis = asyncio.create_task(take("crisis", True))
    await asyncio.gather(*waiting, crisis)
    assert order == ["first", "crisis", "ordinary 0", "ordinary 1", "ordinary 2"]


async def test_network_errors_are_retried_with_backoff_but_bad_requests_are_not() -> None:
    limiter = ChatRateLimiter(backoff_seconds=0.01)
    api = FlakyEndpoint(NetworkError("Internal Server Error (500)"), NetworkError("reset"))
    assert await send(limiter, api, "hello") is True
    assert api.attempts == 3
    refused = FlakyEndpoint(BadRequest("Message text is empty"))
    with pytest.raises(BadRequest):
        await send(limiter, refused, "")
    assert refused.attempts == 1


async def test_network_retries_end() -> None:
    limiter = ChatRateLimiter(backoff_seconds=0.001, network_retries=2)
    api = FlakyEndpoint(*(NetworkError("down") for _ in range(5)))
    with pytest.raises(NetworkError):
        await send(limiter, api, "hello")
    assert api.attempts == 3


# -- adapter memory -----------------------------------------------------------------------------


def test_update_ids_are_seen_once_within_a_bounded_memory() -> None:
    memory = ChatMemory(max_updates=3)
    assert [memory.first_time(i) for i in (1, 2, 1, 3)] == [True, True, False, True]
    memory.first_time(4)  # 1 falls out: memory stays bounded
    assert len(memory._seen) == 3


def test_crisis_marks_expire_and_can_be_forgotten() -> None:
    now = [0.0]
    memory = ChatMemory(ttl_seconds=60, clock=lambda: now[0])
    memory.mark_crisis("s", 10)
    assert memory.crisis_answered("s", 10)
    memory.forget("s")
    assert not memory.crisis_answered("s", 10)
    memory.mark_crisis("s", 11)
    now[0] = 61
    assert not memory.crisis_answered("s", 11)


async def test_one_chat_is_handled_in_order_while_others_go_ahead() -> None:
    memory, order = ChatMemory(), []

    async def turn(session: str, name: str, pause: float) -> None:
        async with memory.turn(session):
            await asyncio.sleep(pause)
            order.append(name)

    await asyncio.gather(turn("a", "a1", 0.1), turn("a", "a2", 0), turn("b", "b1", 0))
    assert order == ["b1", "a1", "a2"]
    assert memory._locks == {}


# -- logs ---------------------------------------------------------------------------------------


def record(msg: object, *args: object, exc: BaseException | None = None) -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc else None
    return logging.LogRecord("telegram.Bot", logging.DEBUG, __file__, 1, msg, args, exc_info)


def format_filtered(rec: logging.LogRecord) -> str:
    RedactFilter().filter(rec)
    return logging.Formatter().format(rec)


def test_redaction_keeps_endpoints_and_numbers_but_not_payloads() -> None:
    params = {"chat_id": 5, "text": "CANARY lemon meringue"}
    line = format_filtered(
        record("Calling Bot API endpoint `%s` with parameters `%s`", "sendMessage", params)
    )
    assert "sendMessage" in line and "CANARY" not in line
    assert "42" in format_filtered(record("update %d skipped", 42))
    assert "CANARY" not in format_filtered(record("Webhook: %s", "CANARY lemon meringue"))
    assert "CANARY" not in format_filtered(record({"text": "CANARY lemon meringue"}))
    assert "CANARY" not in format_filtered(record('{"update_id": 1, "text": "CANARY x"}'))


def test_redaction_removes_the_token_and_exception_messages_from_our_code() -> None:
    assert TOKEN not in format_filtered(record(f"Set Bot API URL: http://x/bot{TOKEN}"))
    typed = " ".join(("CANARY", "lemon", "meringue"))  # as typed, not in this source line
    try:
        raise ValueError(typed)
    except ValueError as exc:
        line = format_filtered(record("failed", exc=exc))
    assert "ValueError" in line and "CANARY" not in line
    line = format_filtered(record("failed", exc=BadRequest("Message is not modified")))
    assert "Message is not modified" in line


async def test_no_message_text_reaches_the_log_even_at_debug() -> None:
    """Run a real Bot through the offline fake at DEBUG; every log line is captured."""
    from tests.fakebotapi import FakeBotAPI, OfflineRequest

    stream = io.StringIO()
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    configure_logging("DEBUG", stream)
    try:
        api = FakeBotAPI()
        bot = Bot(TOKEN, request=OfflineRequest(api), get_updates_request=OfflineRequest(api))
        async with bot:
            api.push(
                {
                    "update_id": 9,
                    "message": {
                        "message_id": 1,
                        "date": 0,
                        "chat": {"id": 5, "type": "private"},
                        "text": "CANARY lemon meringue",
                    },
                }
            )
            await bot.get_updates()
            await bot.send_message(5, "CANARY lemon meringue reply")
    finally:
        root.handlers[:], _ = saved
        root.setLevel(saved[1])
        logging.getLogger("telegram").setLevel(logging.NOTSET)
    output = stream.getvalue()
    assert "sendMessage" in output  # DEBUG lines were written...
    assert "CANARY" not in output  # ...and none carried the text
    assert TOKEN not in output
