"""A synthetic year of use, so managers and tests can see a full report. Never real data."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, func, select

from bot.storage.models import ResourceEventRow, UsageEventRow
from bot.types import WELLBEING_NEEDS, EventKind

K = EventKind
LONDON = ZoneInfo("Europe/London")
# Made-up directorate names, as a force would configure its own.
DEMO_DIRECTORATES = (
    "Response",
    "Neighbourhood",
    "Investigations",
    "Custody",
    "Contact Centre",
    "Operational Support",
    "Corporate Services",
)
ROLE_WEIGHTS = {"officer": 55, "staff": 33, "pcso": 7, "special": 4, "volunteer": 1}
NEED_WEIGHTS = dict(
    zip(WELLBEING_NEEDS, (9, 22, 10, 5, 8, 7, 4, 3, 6, 6, 5, 6, 4, 3, 2), strict=True)
)
# Reaching out clusters before and after shifts (07:00, 15:00, 22:00) and late at night.
HOUR_WEIGHTS = (4, 3, 3, 2, 2, 3, 6, 8, 6, 5, 5, 5, 7, 6, 6, 8, 7, 6, 7, 8, 8, 8, 9, 6)
MONTH_WEIGHTS = (13, 11, 10, 10, 9, 9, 8, 8, 10, 11, 11, 12)
CRISIS_RESOURCES = ("crisis_line", "samaritans", "shout", "emergency_999")
RESOURCES: dict[str, tuple[str, ...]] = {
    "trauma_incident": ("trim", "welfare_officers", "oh_psych_therapists", "police_care_uk"),
    "stress_anxiety": ("wellbeing_journey", "mhfa", "oh_referral", "able_futures", "surfwell"),
    "sleep_fatigue": ("wellbeing_journey_sleep", "oh_referral", "nhs_111"),
    "bereavement": ("welfare_officers", "wellbeing_journey", "police_care_uk"),
    "money_worries": ("wellbeing_journey_money", "benevolent_fund", "federation", "unison"),
    "relationships_family": ("wellbeing_journey", "welfare_officers", "counselling"),
    "bullying_harassment": ("confidential_reporting", "federation", "unison", "staff_networks"),
    "alcohol_substance": ("oh_referral", "wellbeing_journey"),
    "physical_health": ("oh_referral", "wellbeing_journey_physical", "physio"),
    "occupational_health": ("oh_referral", "hr_advisory", "able_futures"),
    "counselling_therapy": ("oh_psych_therapists", "counselling", "police_care_uk"),
    "talk_to_someone": ("mhfa", "welfare_officers", "directorate_spoc"),
    "support_colleague": ("mhfa", "welfare_officers", "trim", "crisis_line"),
    "leaving_job": ("career_conversations", "exit_questionnaire", "rejoiner_scheme"),
    "wellbeing_general": ("wellbeing_journey", "directorate_spoc", "surfwell"),
}


def generate(engine: Engine, events: int, seed: int = 7, end: date | None = None) -> int:
    """Insert about `events` synthetic events over the year up to `end`; returns how many."""
    written = 0
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            # Random keys in four indexes: a larger page cache keeps the load from thrashing.
            conn.exec_driver_sql("PRAGMA cache_size=-262144")
        for event_rows, resource_rows in _chunks(events, seed, end or date.today()):
            # Plain DB-API executemany: a million rows load in a minute, not several.
            for table, rows in ((UsageEventRow, event_rows), (ResourceEventRow, resource_rows)):
                if rows:
                    conn.exec_driver_sql(*_bulk_insert(engine, table.__tablename__, rows))
            written += len(event_rows)
    return written


def _bulk_insert(
    engine: Engine, table: str, rows: list[dict[str, Any]]
) -> tuple[str, list[tuple[Any, ...]]]:
    columns = list(rows[0])
    mark = "?" if engine.dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"
    return sql, [tuple(row[c] for c in columns) for row in rows]


def has_events(engine: Engine) -> bool:
    """Whether the store already holds any event (demo data must never mix with real use)."""
    with engine.connect() as conn:
        return bool(conn.execute(select(func.count()).select_from(UsageEventRow)).scalar())


def _chunks(
    target: int, seed: int, end: date, size: int = 20_000
) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    rng = random.Random(seed)
    days = [end - timedelta(days=n) for n in range(365, 0, -1)]
    day_cum = list(accumulate(_day_weight(d, i) for i, d in enumerate(days)))
    hour_cum = list(accumulate(HOUR_WEIGHTS))
    events: list[dict[str, Any]] = []
    resources: list[dict[str, Any]] = []
    made = 0
    while made < target:
        day = rng.choices(days, cum_weights=day_cum)[0]
        hour = rng.choices(range(24), cum_weights=hour_cum)[0]
        local = datetime.combine(day, time(hour), LONDON)
        utc_hour = local.astimezone(UTC).replace(tzinfo=None)
        new_events, new_resources = _conversation(rng, utc_hour, hour)
        events += new_events
        resources += new_resources
        made += len(new_events)
        if len(events) >= size:
            yield events, resources
            events, resources = [], []
    if events:
        yield events, resources


def _day_weight(day: date, index: int) -> float:
    weekend = 0.75 if day.weekday() >= 5 else 1.0
    # Use grows over the first months after launch as word gets round.
    ramp = min(1.0, 0.4 + index / 120)
    return MONTH_WEIGHTS[day.month - 1] * weekend * ramp


def _conversation(
    rng: random.Random, hour: datetime, local_hour: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    session = f"{rng.getrandbits(256):064x}"
    channel = "telegram" if rng.random() < 0.97 else "console"
    role = _weighted(rng, ROLE_WEIGHTS) if rng.random() < 0.45 else None
    directorate = rng.choice(DEMO_DIRECTORATES) if rng.random() < 0.3 else None
    events: list[dict[str, Any]] = []
    resources: list[dict[str, Any]] = []

    def add(kind: EventKind, shown: tuple[str, ...] = (), **fields: Any) -> None:
        row = {
            "occurred_hour": hour,
            "kind": kind.value,
            "session": "" if kind == K.FORGET else session,
            "channel": channel,
            "need": None,
            "confidence_band": None,
            "backend": None,
            "role": role,
            "directorate": directorate,
            "helpful": None,
            "resource_count": len(shown),
        }
        row.update(fields)
        events.append(row)
        for resource_id in shown:
            resources.append(
                {
                    "occurred_hour": hour,
                    "kind": kind.value,
                    "session": session,
                    "resource_id": resource_id,
                    "helpful": row["helpful"],
                }
            )

    add(K.CONVERSATION_STARTED)
    night = local_hour >= 22 or local_hour < 5
    if rng.random() < (0.025 if night else 0.01):
        add(K.CRISIS_SHOWN, need="crisis")
        add(K.RESOURCES_SHOWN, CRISIS_RESOURCES, need="crisis")
        if rng.random() < 0.4:
            add(K.RESOURCE_OPENED, (rng.choice(CRISIS_RESOURCES),), need="crisis")
        return events, resources
    if rng.random() < 0.06:
        add(K.OUT_OF_SCOPE)
        if rng.random() < 0.6:
            return events, resources
    if rng.random() < 0.15:
        add(K.CLARIFYING_QUESTION)
        if rng.random() < 0.25:
            return events, resources
    need = _weighted(rng, NEED_WEIGHTS)
    band = rng.choices(("high", "medium", "low"), (70, 25, 5))[0]
    backend = "embedded" if rng.random() < 0.8 else "rasa"
    add(K.NEED_RECOGNISED, need=need, confidence_band=band, backend=backend)
    shown = tuple(rng.sample(RESOURCES[need], min(3, len(RESOURCES[need]))))
    add(K.RESOURCES_SHOWN, shown, need=need)
    if rng.random() < 0.35:
        add(K.RESOURCE_OPENED, (rng.choice(shown),), need=need)
    if rng.random() < 0.18:
        helpful = rng.random() < (0.6 if need in ("leaving_job", "money_worries") else 0.8)
        add(K.FEEDBACK, shown, need=need, helpful=helpful)
    if rng.random() < 0.004:
        add(K.FORGET)
    return events, resources


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(tuple(weights), tuple(weights.values()))[0]
