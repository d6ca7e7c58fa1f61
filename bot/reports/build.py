"""Turn true counts into a Report whose every number has passed disclosure control."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from bot.reports.disclosure import Controlled, control
from bot.reports.query import RawCounts, fetch_counts
from bot.types import WELLBEING_NEEDS, EventKind

Period = Literal["week", "month"]
K = EventKind
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
NOT_GIVEN = "not given"


@dataclass(frozen=True)
class Section:
    """One table of the report; `unit` is 'count' (disclosure-controlled) or 'percent'."""

    key: str
    title: str
    note: str
    row_header: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    table: Controlled
    unit: Literal["count", "percent"] = "count"


@dataclass(frozen=True)
class Report:
    """Everything a manager sees, already safe to publish."""

    since: date
    until: date
    by: Period
    threshold: int
    timezone: str
    sections: tuple[Section, ...]

    def section(self, key: str) -> Section:
        """The section with this key."""
        return next(s for s in self.sections if s.key == key)


def build_report(
    engine: Engine,
    since: date,
    until: date,
    *,
    by: Period = "month",
    threshold: int = 7,
    timezone: str = "Europe/London",
) -> Report:
    """Query the store for since..until (local dates, inclusive) and apply disclosure control."""
    zone = ZoneInfo(timezone)
    start = _utc(datetime.combine(since, time(), zone))
    end = _utc(datetime.combine(until + timedelta(days=1), time(), zone))
    raw = fetch_counts(engine, start, end)
    return _assemble(raw, since, until, by, threshold, zone)


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def _assemble(
    raw: RawCounts, since: date, until: date, by: Period, threshold: int, zone: ZoneInfo
) -> Report:
    periods = _periods(since, until, by)
    index = {p: i for i, p in enumerate(periods)}
    kinds: dict[str, int] = defaultdict(int)
    need_period: dict[str, list[int]] = defaultdict(lambda: [0] * len(periods))
    kind_period: dict[str, list[int]] = defaultdict(lambda: [0] * len(periods))
    hour_of_day = [[0, 0] for _ in range(24)]
    weekday = [[0, 0] for _ in range(7)]
    feedback: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    local_cache: dict[datetime, datetime] = {}

    def local(hour: datetime) -> datetime:
        found = local_cache.get(hour)
        if found is None:
            found = local_cache[hour] = hour.replace(tzinfo=UTC).astimezone(zone)
        return found

    for (hour, kind), count in raw.by_hour.items():
        when = local(hour)
        kinds[kind] += count
        kind_period[kind][index[_period_of(when.date(), by)]] += count
        if kind in (K.CONVERSATION_STARTED, K.CRISIS_SHOWN):
            slot = 0 if kind == K.CONVERSATION_STARTED else 1
            hour_of_day[when.hour][slot] += count
            weekday[when.weekday()][slot] += count
    for (hour, need), count in raw.needs_by_hour.items():
        if need:
            need_period[need][index[_period_of(local(hour).date(), by)]] += count
    for (need, helpful), count in raw.feedback.items():
        if helpful is None:
            continue
        kinds["helpful" if helpful else "not_helpful"] += count
        feedback[need or NOT_GIVEN][0 if helpful else 1] += count
    labels = tuple(_label(p, by) for p in periods)
    activity = (K.CONVERSATION_STARTED, K.CRISIS_SHOWN, K.CLARIFYING_QUESTION, K.OUT_OF_SCOPE)
    needs = _ordered(need_period)
    summary = _summary(kinds, threshold)
    sections = [
        summary,
        _rates(summary),
        Section(
            "activity",
            "Activity over time",
            "Conversations, crisis replies, and the two ways the bot can fail people: a "
            "clarifying question (it was not sure) and an out-of-scope reply.",
            "measure",
            tuple(_KIND_LABELS[k] for k in activity),
            labels,
            control([kind_period[k] for k in activity], threshold, row_totals=True),
        ),
        Section(
            "needs",
            "Needs recognised over time",
            "How often each need was recognised; one conversation can raise more than one need.",
            "need",
            tuple(n.replace("_", " ") for n in needs),
            labels,
            control([need_period[n] for n in needs], threshold, row_totals=True, col_totals=True),
        ),
        _resources(raw, threshold),
        _simple(
            "helpfulness",
            "Helpfulness by need",
            "Answers to 'was this helpful?' after the bot signposted support.",
            "need",
            {n.replace("_", " "): v for n, v in sorted(feedback.items())},
            ("helpful", "not helpful"),
            threshold,
            row_totals=True,
        ),
        _simple(
            "hour_of_day",
            "Time of day (local time)",
            "When people reach out: plan cover around shift changes and nights.",
            "hour",
            {f"{h:02d}:00": hour_of_day[h] for h in range(24)},
            ("conversations", "crisis replies"),
            threshold,
        ),
        _simple(
            "day_of_week",
            "Day of week (local time)",
            "",
            "day",
            dict(zip(WEEKDAYS, weekday, strict=True)),
            ("conversations", "crisis replies"),
            threshold,
        ),
        _groups(raw, 0, "by_role", "Needs recognised by role", threshold),
        _groups(raw, 1, "by_directorate", "Needs recognised by directorate", threshold),
    ]
    return Report(since, until, by, threshold, zone.key, tuple(sections))


_KIND_LABELS = {
    K.CONVERSATION_STARTED: "conversations started",
    K.NEED_RECOGNISED: "needs recognised",
    K.CLARIFYING_QUESTION: "clarifying questions",
    K.OUT_OF_SCOPE: "out-of-scope replies",
    K.CRISIS_SHOWN: "crisis replies shown",
    K.RESOURCES_SHOWN: "resource lists shown",
    K.RESOURCE_OPENED: "resources opened",
    "helpful": "feedback: helpful",
    "not_helpful": "feedback: not helpful",
    K.FORGET: "/forget requests",
}


def _summary(kinds: dict[str, int], threshold: int) -> Section:
    keys = list(_KIND_LABELS)
    return Section(
        "summary",
        "Summary",
        "Counts of events in the period.",
        "measure",
        tuple(_KIND_LABELS[k] for k in keys),
        ("events",),
        control([[kinds[str(k)]] for k in keys], threshold),
    )


def _rates(summary: Section) -> Section:
    """Rates from the published counts only, so a rate can never undo the rounding."""
    value = {label: row[0] for label, row in zip(summary.rows, summary.table.cells, strict=True)}

    def pct(part: str, *whole: str) -> int | None:
        top, bottom = value[part], [value[w] for w in whole]
        if top is None or any(b is None for b in bottom):
            return None
        total = sum(b for b in bottom if b is not None)
        return round(100 * top / total) if total else None

    classified = ("needs recognised", "clarifying questions", "out-of-scope replies")
    rates = {
        "clarifying question rate": pct("clarifying questions", *classified),
        "out-of-scope rate": pct("out-of-scope replies", *classified),
        "resources opened per list shown": pct("resources opened", "resource lists shown"),
        "feedback that was helpful": pct(
            "feedback: helpful", "feedback: helpful", "feedback: not helpful"
        ),
    }
    return Section(
        "rates",
        "Where the bot helps and where it fails people",
        "Percentages worked out from the published (rounded) counts above.",
        "rate",
        tuple(rates),
        ("%",),
        Controlled(tuple((v,) for v in rates.values()), None, None, None),
        unit="percent",
    )


def _resources(raw: RawCounts, threshold: int) -> Section:
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for (resource, kind, helpful), count in raw.by_resource.items():
        if kind == K.RESOURCES_SHOWN:
            table[resource][0] += count
        elif kind == K.RESOURCE_OPENED:
            table[resource][1] += count
        elif kind == K.FEEDBACK and helpful is not None:
            table[resource][2 if helpful else 3] += count
    return _simple(
        "resources",
        "Resources shown, opened and rated",
        "Each resource by its id in the resources YAML; a rating counts for every resource "
        "it was given after.",
        "resource",
        dict(sorted(table.items())),
        ("shown", "opened", "helpful", "not helpful"),
        threshold,
    )


def _groups(raw: RawCounts, position: int, key: str, title: str, threshold: int) -> Section:
    totals: dict[str, int] = defaultdict(int)
    for group, count in raw.by_person_group.items():
        totals[group[position] or NOT_GIVEN] += count
    named = sorted(g for g in totals if g != NOT_GIVEN)
    order = [*named, NOT_GIVEN] if NOT_GIVEN in totals else named
    return _simple(
        key,
        title,
        "Only if the person chose to say; small groups are hidden like every other count.",
        key.removeprefix("by_"),
        {g: [totals[g]] for g in order},
        ("needs recognised",),
        threshold,
    )


def _simple(
    key: str,
    title: str,
    note: str,
    row_header: str,
    rows: dict[str, list[int]],
    columns: tuple[str, ...],
    threshold: int,
    *,
    row_totals: bool = False,
) -> Section:
    cells = [rows[r] for r in rows]
    return Section(
        key,
        title,
        note,
        row_header,
        tuple(rows),
        columns,
        control(cells, threshold, row_totals=row_totals, col_totals=True)
        if cells
        else Controlled((), None, None, None),
    )


def _ordered(need_period: dict[str, list[int]]) -> list[str]:
    known = [n for n in ("crisis", *WELLBEING_NEEDS) if n in need_period]
    return known + sorted(n for n in need_period if n not in known)


def _period_of(day: date, by: Period) -> date:
    if by == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def _periods(since: date, until: date, by: Period) -> list[date]:
    periods: list[date] = []
    current = _period_of(since, by)
    while current <= until:
        periods.append(current)
        if by == "week":
            current += timedelta(days=7)
        else:
            current = (current + timedelta(days=32)).replace(day=1)
    return periods


def _label(period: date, by: Period) -> str:
    return f"w/c {period:%d %b %y}" if by == "week" else f"{period:%b %Y}"


def default_range(today: date) -> tuple[date, date]:
    """The last twelve whole months and this month so far."""
    return today.replace(year=today.year - 1, day=1), today
