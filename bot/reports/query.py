"""The only SQL of the reports: GROUP BY queries that return counts, never rows of events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, select

from bot.storage.models import ResourceEventRow, UsageEventRow
from bot.types import EventKind


@dataclass(frozen=True)
class RawCounts:
    """True counts for one time range, before disclosure control. Never published as they are."""

    # (UTC hour, kind, need, helpful) -> count
    by_hour: dict[tuple[datetime, str, str | None, bool | None], int]
    # (role, directorate) -> needs recognised
    by_person_group: dict[tuple[str | None, str | None], int]
    # (resource id, kind, helpful) -> count
    by_resource: dict[tuple[str, str, bool | None], int]


def fetch_counts(engine: Engine, start: datetime, end: datetime) -> RawCounts:
    """Aggregate events with start <= hour < end (naive UTC) in the database."""
    ev, rs = UsageEventRow, ResourceEventRow
    in_range = (ev.occurred_hour >= start, ev.occurred_hour < end)
    hourly = (
        select(ev.occurred_hour, ev.kind, ev.need, ev.helpful, func.count())
        .where(*in_range)
        .group_by(ev.occurred_hour, ev.kind, ev.need, ev.helpful)
    )
    groups = (
        select(ev.role, ev.directorate, func.count())
        .where(*in_range, ev.kind == EventKind.NEED_RECOGNISED.value)
        .group_by(ev.role, ev.directorate)
    )
    resources = (
        select(rs.resource_id, rs.kind, rs.helpful, func.count())
        .where(rs.occurred_hour >= start, rs.occurred_hour < end)
        .group_by(rs.resource_id, rs.kind, rs.helpful)
    )
    with engine.connect() as conn:
        return RawCounts(
            by_hour={(h, k, n, f): c for h, k, n, f, c in conn.execute(hourly)},
            by_person_group={(r, d): c for r, d, c in conn.execute(groups)},
            by_resource={(r, k, f): c for r, k, f, c in conn.execute(resources)},
        )
