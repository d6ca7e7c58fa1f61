"""`wellbeing-bot run`: the Telegram bot, by long polling or (TELEGRAM_WEBHOOK_URL) webhook."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import time as dtime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from bot.settings import Settings


def add_commands(sub: Any) -> None:
    """Register `run`."""
    parser = sub.add_parser(
        "run",
        help="run the Telegram bot",
        description="Run the Telegram bot. Needs TELEGRAM_BOT_TOKEN. Long polling by default; "
        "webhook mode when TELEGRAM_WEBHOOK_URL is set (then TELEGRAM_WEBHOOK_SECRET, 32+ "
        "characters, and TELEGRAM_WEBHOOK_LISTEN host:port, default 127.0.0.1:8443). "
        "TELEGRAM_API_BASE_URL points at another Bot API server (base up to '/bot'). "
        "See docs/telegram.md.",
    )
    parser.add_argument(
        "--log-level",
        default=os.environ.get("WELLBEING_LOG_LEVEL", "INFO"),
        choices=("DEBUG", "INFO", "WARNING", "ERROR"),
        type=str.upper,
        help="log level (default INFO, or WELLBEING_LOG_LEVEL); no level ever logs message text",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Check the environment, wire the core, serve until stopped."""
    # Imported here so that `wellbeing-bot --help` and other commands do not load telegram.
    from bot.bootstrap import build_app
    from bot.safety import screen
    from bot.settings import SettingsError, load_settings
    from bot.storage.pseudonym import Pseudonymizer, PseudonymKeyError
    from handlers.app import build_application, run_until_stopped
    from handlers.callbacks import TelegramAdapter
    from handlers.config import TelegramConfig, TelegramConfigError
    from handlers.logsafe import configure_logging

    configure_logging(args.log_level)
    try:
        config = TelegramConfig.from_env(os.environ)
        settings = load_settings()
        pseudonyms = Pseudonymizer.from_env(settings.environment)
    except (TelegramConfigError, SettingsError, PseudonymKeyError) as exc:
        print(f"wellbeing-bot run: {exc}", file=sys.stderr)
        return 2
    core = build_app(settings)
    adapter = TelegramAdapter(
        core.conversation, pseudonyms, is_crisis=lambda text: screen(text).crisis
    )
    application = build_application(config, adapter)
    _schedule_retention(application, settings)
    try:
        run_until_stopped(application, config)
    except TelegramConfigError as exc:
        print(f"wellbeing-bot run: {exc}", file=sys.stderr)
        return 2
    finally:
        close = getattr(core.recorder, "close", None)
        if callable(close):
            close()
    return 0


def _schedule_retention(application: Any, settings: Settings) -> None:
    """Delete usage events past the retention period every night, in UK local time."""
    from bot.storage.db import database_url
    from bot.storage.retention import daily_purge_job

    if application.job_queue is None:
        raise RuntimeError("python-telegram-bot was installed without its job-queue extra")
    application.job_queue.run_daily(
        daily_purge_job(database_url(), settings.storage.retention_days),
        time=dtime(settings.storage.purge_hour, tzinfo=ZoneInfo("Europe/London")),
        name="retention-purge",
    )
