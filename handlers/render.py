"""Turning the core's Reply into Telegram messages: plain text and inline keyboards."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.types import Button, Message, Reply

log = logging.getLogger(__name__)

# Telegram allows 4096 characters; a margin keeps us clear of how clients count emoji.
MAX_TEXT = 4000
# Telegram's callback_data limit, in bytes.
MAX_PAYLOAD_BYTES = 64
# Telegram refuses the whole message when a url button holds any other scheme (tel:, mailto:),
# so those links go into the text instead, where clients make them tappable anyway.
BUTTON_SCHEMES = ("https://", "http://", "tg://")


@dataclass(frozen=True)
class Outgoing:
    """One sendMessage call: text without parse_mode, so nothing needs escaping."""

    text: str
    markup: InlineKeyboardMarkup | None = None


def render(reply: Reply) -> list[Outgoing]:
    """Every message of the reply, split to Telegram's length, buttons on the last part."""
    out: list[Outgoing] = []
    for message in reply.messages:
        out.extend(render_message(message))
    return out


def render_message(message: Message) -> list[Outgoing]:
    """One core message as one or more Telegram messages."""
    rows: list[list[InlineKeyboardButton]] = []
    extra: list[str] = []
    for row in message.buttons:
        kept = [b for b in (_button(button, extra) for button in row) if b is not None]
        if kept:
            rows.append(kept)
    text = "\n".join([message.text, *extra]).strip() if extra else message.text.strip()
    if not text:
        if not rows:
            return []
        text = "Choose an option:"
    parts = split_text(text)
    markup = InlineKeyboardMarkup(rows) if rows else None
    return [Outgoing(p) for p in parts[:-1]] + [Outgoing(parts[-1], markup)]


def _button(button: Button, extra: list[str]) -> InlineKeyboardButton | None:
    if button.url:
        if button.url.startswith(BUTTON_SCHEMES):
            return InlineKeyboardButton(button.label, url=button.url)
        extra.append(f"{button.label}: {button.url.split(':', 1)[-1]}")
        return None
    if button.payload is None:
        log.warning("button without payload or link dropped")
        return None
    if len(button.payload.encode()) > MAX_PAYLOAD_BYTES:
        # Telegram would refuse the whole message; losing one button is the smaller harm.
        log.warning("button payload of %d bytes dropped", len(button.payload.encode()))
        return None
    return InlineKeyboardButton(button.label, callback_data=button.payload)


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Split at paragraph, then line, then word boundaries so each part fits one message."""
    parts: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = max(window.rfind("\n\n"), 0) or max(window.rfind("\n"), 0) or window.rfind(" ")
        if cut <= 0:
            cut = limit
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    parts.append(rest)
    return parts
