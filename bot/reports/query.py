"""The only SQL of the reports: GROUP BY queries that return counts, never rows of events.

Each query follows one of the covering indexes of bot.storage.models, so SQLite answers from the
index alone, in index order, without sorting a million rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Engine, func, select

from bot.storage.models import ResourceEventRow, UsageEventRow
from bot.types import EventKind


@dataclass(frozen=True)
class RawCounts:
    """True counts for one time range, before disclosure control. Never published as they are."""

    by_hour: dict[tuple[datetime, str], int]  # (UTC hour, kind)
    needs_by_hour: dict[tuple[datetime, str | None], int]  # (UTC hour, need) recognised
    feedback: dict[tuple[str | None, bool | None], int]  # (need, helpful)
    by_person_group: dict[tuple[str | None, str | None], int]  # (role, directorate) recognised
    by_resource: dict[tuple[str, str, bool | None], int]  # (resource id, kind, helpful)


def fetch_counts(engine: Engine, start: datetime, end: datetime) -> RawCounts:
    """Aggregate events with start <= hour < end (naive UTC) in the database."""
    ev, rs = UsageEventRow, ResourceEventRow
    in_range = (ev.occurred_hour >= start, ev.occurred_hour < end)

    def of_kind(kind: EventKind) -> tuple[ColumnElement[bool], ...]:
        return (ev.kind == kind.value, *in_range)

    hourly = (
        select(ev.occurred_hour, ev.kind, func.count())
        .where(*in_range)
        .group_by(ev.occurred_hour, ev.kind)
    )
    needs = (
        select(ev.occurred_hour, ev.need, func.count())
        .where(*of_kind(EventKind.NEED_RECOGNISED))
        .group_by(ev.occurred_hour, ev.need)
    )
    feedback = (
        select(ev.need, ev.helpful, func.count())
        .where(*of_kind(EventKind.FEEDBACK))
        .group_by(ev.need, ev.helpful)
    )
    groups = (
        select(ev.role, ev.directorate, func.count())
        .where(*of_kind(EventKind.NEED_RECOGNISED))
        .group_by(ev.role, ev.directorate)
    )
    resources = (
        select(rs.resource_id, rs.kind, rs.helpful, func.count())
        .where(rs.occurred_hour >= start, rs.occurred_hour < end)
        .group_by(rs.resource_id, rs.kind, rs.helpful)
    )
    with engine.connect() as conn:
        return RawCounts(
            by_hour={(h, k): c for h, k, c in conn.execute(hourly)},
            needs_by_hour={(h, n): c for h, n, c in conn.execute(needs)},
            feedback={(n, f): c for n, f, c in conn.execute(feedback)},
            by_person_group={(r, d): c for r, d, c in conn.execute(groups)},
            by_resource={(r, k, f): c for r, k, f, c in conn.execute(resources)},
        )
