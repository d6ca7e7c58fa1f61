"""The python-telegram-bot callbacks: build a Turn, ask the core, render the Reply."""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Callable
from typing import Any, Protocol, cast

from telegram import CallbackQuery, InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram import Message as TgMessage
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ContextTypes,
    ExtBot,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.replies import LAST_RESORT_CRISIS
from bot.types import Reply, Turn
from handlers.memory import ChatMemory
from handlers.ratelimit import CRISIS, ChatRateLimiter
from handlers.render import render

log = logging.getLogger(__name__)

CHANNEL = "telegram"
# Only what is handled below; Telegram then never sends us anything else (RELIABILITY 5).
ALLOWED_UPDATES = ("message", "edited_message", "callback_query")
# Rows with these payloads answer once ('was this helpful?'): removed after a press.
ONE_SHOT_PREFIX = "fb:"
SAFE_REPLY = "Sorry, something went wrong on my side. Please try again in a minute.\n\n" + (
    LAST_RESORT_CRISIS
)
# Commands and button payloads whose reply is the crisis reply (bot/conversation.py).
URGENT_COMMANDS = ("help", "sos")
URGENT_BUTTON = "sos"
# Private chats only: in a group, colleagues would see what a person asks for.
PRIVATE = filters.ChatType.PRIVATE

Context = ContextTypes.DEFAULT_TYPE


class Core(Protocol):
    """The conversation core as the adapter sees it."""

    async def handle(self, turn: Turn) -> Reply:
        """Answer one turn."""
        ...


class Sessions(Protocol):
    """Keyed pseudonyms of a Telegram chat id (bot.storage.pseudonym.Pseudonymizer)."""

    def session(self, raw_id: int | str) -> str:
        """The pseudonym under the current key."""
        ...

    def all_sessions(self, raw_id: int | str) -> tuple[str, ...]:
        """The pseudonyms under the current and previous keys."""
        ...


class TelegramAdapter:
    """Thin callbacks; the core decides every word, the adapter only converts and sends."""

    def __init__(
        self,
        core: Core,
        sessions: Sessions,
        is_crisis: Callable[[str], bool],
        memory: ChatMemory | None = None,
    ) -> None:
        self._core = core
        self._sessions = sessions
        self._is_crisis = is_crisis
        self.memory = memory or ChatMemory()

    def is_urgent(self, update: object) -> bool:
        """Whether the update will get the crisis reply: such updates skip every queue."""
        if not isinstance(update, Update):
            return False
        if update.callback_query is not None:
            data = update.callback_query.data
            return isinstance(data, str) and data.partition(":")[0] == URGENT_BUTTON
        message = update.message or update.edited_message
        text = message.text if message is not None else None
        if not text:
            return False
        return _command(text) in URGENT_COMMANDS or self._is_crisis(text)

    def register(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """Wire every callback into the application, dedupe first."""
        app.add_handler(TypeHandler(Update, self.dedupe), group=-1)
        app.add_handler(MessageHandler(PRIVATE & filters.UpdateType.MESSAGE, self.on_message))
        app.add_handler(
            MessageHandler(
                PRIVATE & filters.UpdateType.EDITED_MESSAGE & filters.TEXT, self.on_edit
            )
        )
        app.add_handler(CallbackQueryHandler(self.on_button))
        app.add_error_handler(self.on_error)

    async def dedupe(self, update: Update, context: Context) -> None:
        """Stop an update whose id was seen before: each is answered once."""
        if not self.memory.first_time(update.update_id):
            log.info("duplicate update %d skipped", update.update_id)
            raise ApplicationHandlerStop

    async def on_message(self, update: Update, context: Context) -> None:
        """Text or a command; anything else (voice, photo) reaches the core as an empty turn."""
        message, chat_id = update.effective_message, update.effective_chat
        if message is None or chat_id is None:
            return
        session = self._sessions.session(chat_id.id)
        text = message.text
        forget = _command(text or "") == "forget"
        aliases = self._sessions.all_sessions(chat_id.id)[1:] if forget else ()
        async with self.memory.turn(session):
            reply = await self._core.handle(
                Turn(session, text=text, channel=CHANNEL, aliases=aliases)
            )
            if forget:
                self.memory.forget(session)
                limiter = context.bot.rate_limiter
                if isinstance(limiter, ChatRateLimiter):
                    limiter.forget_chat(chat_id.id)
            elif reply.crisis:
                self.memory.mark_crisis(session, message.message_id)
            await send(context, chat_id.id, reply)

    async def on_edit(self, update: Update, context: Context) -> None:
        """An edit gets no new reply, unless it newly says something the crisis screen catches.

        A person who edits 'im fine' into 'i want to die' must see the crisis lines; any other
        edit is ignored so that nothing is answered or counted twice.
        """
        message, chat = update.edited_message, update.effective_chat
        if message is None or chat is None or not message.text:
            return
        if not self._is_crisis(message.text):
            return
        session = self._sessions.session(chat.id)
        async with self.memory.turn(session):
            if self.memory.crisis_answered(session, message.message_id):
                return
            reply = await self._core.handle(Turn(session, text=message.text, channel=CHANNEL))
            if reply.crisis:
                self.memory.mark_crisis(session, message.message_id)
                await send(context, chat.id, reply)

    async def on_button(self, update: Update, context: Context) -> None:
        """Answer the press at once (exactly once), then send the core's reply in chat order."""
        query, chat = update.callback_query, update.effective_chat
        if query is None:
            return
        # The answer goes out while this press keeps its place in the chat's queue: a message
        # sent just after the press must not be answered first.
        answering = asyncio.create_task(_answer(query))
        try:
            if chat is None or chat.type != chat.PRIVATE:
                return
            data = query.data if isinstance(query.data, str) else ""
            session = self._sessions.session(chat.id)
            async with self.memory.turn(session):
                reply = await self._core.handle(Turn(session, button=data, channel=CHANNEL))
                if data.startswith(ONE_SHOT_PREFIX) and isinstance(query.message, TgMessage):
                    await _drop_one_shot_rows(query.message)
                await send(context, chat.id, reply)
        finally:
            await answering

    async def on_error(self, update: object, context: Context) -> None:
        """Log the failure without any text, and give the person the crisis lines."""
        error = context.error
        frames = "".join(traceback.format_tb(error.__traceback__)) if error else ""
        log.error("update handling failed: %s\n%s", type(error).__name__, frames)
        if not isinstance(update, Update) or update.effective_chat is None:
            return
        if update.effective_chat.type != update.effective_chat.PRIVATE:
            return
        try:
            await _bot(context).send_message(
                update.effective_chat.id, SAFE_REPLY, rate_limit_args=CRISIS
            )
        except TelegramError as exc:
            log.error("safe reply failed too: %s", type(exc).__name__)


async def send(context: Context, chat_id: int, reply: Reply) -> None:
    """Send every part of the reply in order; crisis replies go ahead of any queue."""
    for part in render(reply):
        await _bot(context).send_message(
            chat_id,
            part.text,
            reply_markup=part.markup,
            # A preview card of a webpage doubles the message on a phone screen.
            link_preview_options=LinkPreviewOptions(is_disabled=True),
            rate_limit_args=CRISIS if reply.crisis else None,
        )


def _bot(context: Context) -> ExtBot[int]:
    # The rate limiter takes an int (CRISIS); PTB's default context types say None.
    return cast("ExtBot[int]", context.bot)


async def _answer(query: CallbackQuery) -> None:
    try:
        await query.answer()
    except TelegramError as exc:
        # A press from before a restart may be too old to answer; the reply still goes.
        log.warning("callback answer failed: %s", type(exc).__name__)


async def _drop_one_shot_rows(message: TgMessage) -> None:
    markup = message.reply_markup
    if markup is None:
        return
    rows = [
        row
        for row in markup.inline_keyboard
        if not any(str(b.callback_data or "").startswith(ONE_SHOT_PREFIX) for b in row)
    ]
    try:
        await message.edit_reply_markup(InlineKeyboardMarkup(rows) if rows else None)
    except TelegramError as exc:
        log.warning("could not remove answered buttons: %s", type(exc).__name__)


def _command(text: str) -> str | None:
    """'forget' for '/forget' or '/forget@SomeBot'; None for plain text."""
    if not text.startswith("/"):
        return None
    return text.split()[0][1:].split("@")[0].lower()
