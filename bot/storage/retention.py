"""Retention: delete usage events older than the configured period, on demand or daily."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete

from bot.storage.db import make_engine, upgrade
from bot.storage.models import ResourceEventRow, UsageEventRow

log = logging.getLogger(__name__)


def purge(url: str, older_than_days: int, now: datetime | None = None) -> int:
    """Delete events whose hour is older than `older_than_days`; returns how many went."""
    if older_than_days < 1:
        raise ValueError("older_than_days must be at least 1")
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    cutoff = moment - timedelta(days=older_than_days)
    engine = make_engine(url)
    try:
        upgrade(engine)
        with engine.begin() as conn:
            removed = conn.execute(
                delete(UsageEventRow).where(UsageEventRow.occurred_hour < cutoff)
            ).rowcount
            conn.execute(delete(ResourceEventRow).where(ResourceEventRow.occurred_hour < cutoff))
    finally:
        engine.dispose()
    log.info(
        "retention purge: %d usage event(s) older than %d days deleted", removed, older_than_days
    )
    return int(removed)


def daily_purge_job(url: str, older_than_days: int) -> Callable[[object], Awaitable[None]]:
    """A callback for python-telegram-bot's JobQueue.run_daily; a failure is logged, not raised."""

    async def purge_old_events(_context: object) -> None:
        """Run the purge off the event loop so replies keep flowing."""
        try:
            await asyncio.to_thread(purge, url, older_than_days)
        except Exception:
            log.exception("retention purge failed; it will run again tomorrow")

    return purge_old_events
