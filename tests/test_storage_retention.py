"""Retention: old events go, recent ones stay, on demand and from the daily job."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, insert, select

from bot.storage.db import make_engine, upgrade
from bot.storage.models import ResourceEventRow, UsageEventRow
from bot.storage.retention import daily_purge_job, purge

NOW = datetime(2026, 11, 27, 12, tzinfo=UTC)


def seed(url: str, ages_in_days: list[int], now: datetime = NOW) -> None:
    engine = make_engine(url)
    upgrade(engine)
    with engine.begin() as conn:
        for age in ages_in_days:
            hour = (now - timedelta(days=age)).replace(tzinfo=None)
            fields = {"occurred_hour": hour, "kind": "resources_shown", "session": f"s{age}"}
            conn.execute(
                insert(UsageEventRow), [{**fields, "channel": "telegram", "resource_count": 1}]
            )
            conn.execute(insert(ResourceEventRow), [{**fields, "resource_id": "oh"}])
    engine.dispose()


def ages_left(url: str) -> tuple[list[str], list[str]]:
    engine = make_engine(url)
    with engine.connect() as conn:
        events = sorted(conn.execute(select(UsageEventRow.session)).scalars())
        resources = sorted(conn.execute(select(ResourceEventRow.session)).scalars())
    engine.dispose()
    return events, resources


def test_purge_deletes_only_events_past_retention(db_url: str) -> None:
    seed(db_url, [1, 399, 401, 800])
    assert purge(db_url, 400, now=NOW) == 2
    assert ages_left(db_url) == (["s1", "s399"], ["s1", "s399"])
    assert purge(db_url, 400, now=NOW) == 0


def test_purge_refuses_a_zero_period(sqlite_url: str) -> None:
    with pytest.raises(ValueError):
        purge(sqlite_url, 0)


async def test_the_daily_job_purges_and_never_raises(sqlite_url: str) -> None:
    seed(sqlite_url, [2, 5000], now=datetime.now(UTC))
    job = daily_purge_job(sqlite_url, 30)
    await job(object())
    events, _ = ages_left(sqlite_url)
    assert events == ["s2"]
    await daily_purge_job("postgresql+psycopg://nobody@127.0.0.1:1/x?connect_timeout=1", 30)(None)


def test_purge_counts_nothing_on_an_empty_store(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(UsageEventRow)).scalar() == 0
    engine.dispose()
    assert purge(db_url, 1) == 0
