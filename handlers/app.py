"""Building the python-telegram-bot Application and running it by polling or webhook."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from telegram import Bot, BotCommand
from telegram.error import InvalidToken, TelegramError
from telegram.ext import ApplicationBuilder
from telegram.request import BaseRequest

from handlers.callbacks import ALLOWED_UPDATES, TelegramAdapter
from handlers.config import TOKEN_ENV, TelegramConfig, TelegramConfigError
from handlers.polling import Poller
from handlers.priority import CrisisFirstProcessor
from handlers.ratelimit import ChatRateLimiter
from handlers.webhook import AnyApplication, WebhookServer

log = logging.getLogger(__name__)

COMMANDS = (
    BotCommand("start", "Start, and what this bot can help with"),
    BotCommand("menu", "Choose what you need support with"),
    BotCommand("help", "Urgent help now: crisis lines"),
    BotCommand("privacy", "What is kept and who can see it"),
    BotCommand("forget", "Delete what the bot keeps about this chat"),
    BotCommand("feedback", "Tell us whether the bot helped"),
)
DESCRIPTION = (
    "Wellbeing signposting for police officers, staff, PCSOs, special constables and "
    "volunteers: tell me what is on your mind and I will point you to support.\n\n"
    "I am a bot. Nobody reads this chat and it is not an emergency service: if you are in "
    "danger, call 999."
)
SHORT_DESCRIPTION = "Finds wellbeing support for police officers and staff. A bot, not monitored."
# Long-poll wait in seconds: Telegram answers at once when an update arrives.
POLL_TIMEOUT = 10
# Ordinary updates handled at once across chats (crisis ones skip this limit); one chat's turns
# stay in order (ChatMemory.turn).
CONCURRENT_UPDATES = 32


def build_application(
    config: TelegramConfig,
    adapter: TelegramAdapter,
    limiter: ChatRateLimiter | None = None,
    request: BaseRequest | None = None,
) -> AnyApplication:
    """An Application with the rate limiter, the Bot API server of the config and our handlers.

    `request` replaces the HTTP client, as PTB's own tests do to keep a bot offline.
    """
    builder = (
        ApplicationBuilder()
        .token(config.token)
        .rate_limiter(limiter or ChatRateLimiter())
        .concurrent_updates(CrisisFirstProcessor(adapter.is_urgent, CONCURRENT_UPDATES))
    )
    if request is None:
        builder = builder.connect_timeout(5).read_timeout(10).write_timeout(10)
    else:
        builder = builder.request(request).get_updates_request(request)
    if config.base_url and config.base_file_url:
        builder = builder.base_url(config.base_url).base_file_url(config.base_file_url)
    app = builder.build()
    adapter.register(app)
    return app


async def announce(bot: Bot) -> None:
    """Set the command list and descriptions people see; a failure here must not stop the bot."""
    try:
        await bot.set_my_commands(COMMANDS)
        await bot.set_my_description(DESCRIPTION)
        await bot.set_my_short_description(SHORT_DESCRIPTION)
    except TelegramError as exc:
        log.warning("could not set the command list or description: %s", type(exc).__name__)


def run_until_stopped(app: AnyApplication, config: TelegramConfig) -> None:
    """Serve until SIGINT/SIGTERM; a token Telegram refuses becomes a TelegramConfigError."""
    try:
        asyncio.run(serve(app, config))
    except InvalidToken:
        raise TelegramConfigError(
            f"Telegram refused {TOKEN_ENV}: check the token with @BotFather"
        ) from None
    except KeyboardInterrupt:
        pass


async def serve(
    app: AnyApplication, config: TelegramConfig, stop: asyncio.Event | None = None
) -> None:
    """Run until SIGINT/SIGTERM (or `stop`): webhook if configured, else long polling.

    Pending updates are never dropped: Telegram keeps them for 24 hours, and a crisis message
    sent while the bot was down must still be answered.
    """
    stop = stop or _stop_on_signals()
    async with app:
        await announce(app.bot)
        await app.start()
        try:
            if config.webhook_url and config.webhook_secret:
                await _serve_webhook(app, config, stop)
            else:
                await _serve_polling(app, stop)
        finally:
            await app.stop()


async def _serve_polling(app: AnyApplication, stop: asyncio.Event) -> None:
    # Our own loop, not PTB's Updater: it confirms an update only once it has been answered.
    await Poller(app, ALLOWED_UPDATES, timeout=POLL_TIMEOUT).run(stop)


async def _serve_webhook(app: AnyApplication, config: TelegramConfig, stop: asyncio.Event) -> None:
    server = WebhookServer(
        app,
        config.webhook_path,
        config.webhook_secret or "",
        config.listen_host,
        config.listen_port,
    )
    # Listen first, so the updates Telegram sends as soon as the webhook is set are taken.
    server.start()
    try:
        await app.bot.set_webhook(
            config.webhook_url or "",
            secret_token=config.webhook_secret,
            allowed_updates=list(ALLOWED_UPDATES),
            drop_pending_updates=False,
        )
        log.info("webhook registered")
        await stop.wait()
    finally:
        await server.stop()


def _stop_on_signals() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    return stop
