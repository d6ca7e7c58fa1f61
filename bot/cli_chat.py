"""`wellbeing-bot chat`: talk to the bot in the terminal, no token or server needed."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from typing import Any

from bot.bootstrap import build_app
from bot.console import ConsoleChannel
from bot.settings import SettingsError, load_settings


def add_commands(sub: Any) -> None:
    """Register `chat`."""
    parser = sub.add_parser(
        "chat",
        help="talk to the bot in this terminal",
        description="Talk to the bot in the terminal. When standard input is not a terminal, "
        "reads one message per line and prints each reply; buttons are numbered and typing "
        "the number presses the button.",
    )
    parser.add_argument(
        "--backend",
        choices=("embedded", "rasa"),
        default=None,
        help="NLU backend (default: nlu.backend in config.yml)",
    )
    parser.set_defaults(handler=run_chat)


def run_chat(args: argparse.Namespace) -> int:
    """Start the terminal channel on the real core."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"wellbeing-bot: {exc}", file=sys.stderr)
        return 2
    app = build_app(settings, backend=args.backend)
    channel = ConsoleChannel(app.conversation)
    try:
        asyncio.run(channel.run(sys.stdin))
    except KeyboardInterrupt:
        pass
    finally:
        close = getattr(app.recorder, "close", None)
        if callable(close):
            close()
    return 0
