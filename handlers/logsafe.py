"""Logging that can never carry what a person typed, nor the bot token.

python-telegram-bot logs whole updates and request parameters at DEBUG, and httpx logs request
URLs (which contain the token) at INFO. The filter below sits on the root handlers, so it sees
every record that is written, from any logger, at any level.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from typing import Any, TextIO

from telegram.error import TelegramError

from bot.types import OperatorText

REDACTED = "<redacted>"
# Numbers, enum-like names and dotted identifiers are kept (update ids, endpoints, seconds);
# anything with spaces, quotes or braces could be a sentence or a payload, so it goes.
_SAFE_WORD = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]{0,63}$")
_TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{30,}")
_PAYLOAD_HINTS = ('"text"', "'text'", "update_id", "callback_query", "'chat'", '"chat"')


class RedactFilter(logging.Filter):
    """Strips anything that could be message text or a token from a record before it is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record in place; never drops it."""
        if not isinstance(record.msg, str):
            record.msg, record.args = f"{REDACTED} {type(record.msg).__name__}", ()
        elif any(hint in record.msg for hint in _PAYLOAD_HINTS):
            record.msg, record.args = REDACTED + " payload", ()
        record.msg = _TOKEN.sub(REDACTED, record.msg)
        if isinstance(record.args, dict):
            record.args = {k: _safe_arg(v) for k, v in record.args.items()}
        elif record.args:
            record.args = tuple(_safe_arg(a) for a in record.args)
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = _safe_exception(record.exc_info[1])
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = REDACTED
        return True


def _safe_arg(arg: Any) -> Any:
    if arg is None or isinstance(arg, bool | int | float):
        return arg
    if isinstance(arg, BaseException):
        return type(arg).__name__
    if isinstance(arg, OperatorText):
        return _TOKEN.sub(REDACTED, arg)
    if isinstance(arg, str) and _SAFE_WORD.match(arg):
        return arg
    return REDACTED


def _safe_exception(exc: BaseException) -> str:
    """The type and the code frames; the message only from Telegram's own errors.

    An exception raised in our code or a library may quote its input; Telegram's error texts
    ('Bad Request: message is not modified') do not, and they are what an operator needs.
    """
    frames = "".join(traceback.format_tb(exc.__traceback__))
    message = f": {_TOKEN.sub(REDACTED, str(exc))}" if isinstance(exc, TelegramError) else ""
    return f"Traceback (most recent call last):\n{frames}{type(exc).__name__}{message}"


def configure_logging(level: str = "INFO", stream: TextIO | None = None) -> logging.Handler:
    """Root logging for `run`: one redacting handler; chatty libraries kept at WARNING."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactFilter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    # httpx logs each URL, token included, at INFO: kept at WARNING whatever the level asked.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # PTB prints whole updates at DEBUG: only an explicit DEBUG run lets that reach the filter.
    logging.getLogger("telegram").setLevel(root.level)
    logging.getLogger("tornado.access").setLevel(logging.WARNING)
    logging.captureWarnings(True)
    return handler
