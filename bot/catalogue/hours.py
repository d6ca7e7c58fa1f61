"""Opening hours in Europe/London wall-clock time: weekly slots, bank holidays, 24/7."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Annotated, Literal
from zoneinfo import ZoneInfo

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

LONDON = ZoneInfo("Europe/London")
DAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_LABELS: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_FULL_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TIME = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")
# Look this far ahead for the next opening: a fortnight covers Christmas and Easter closures.
_LOOKAHEAD_DAYS = 15


def _clock(value: str) -> str:
    """Accept a 24-hour HH:MM time; 24:00 means the end of the day."""
    match = _TIME.match(value.strip())
    if not match or (match.group(1) == "24" and match.group(2) != "00"):
        raise ValueError(
            f"has '{value}', which is not a time; write 24-hour times like 09:00 or 17:30"
        )
    return value.strip()


def _day(value: str) -> str:
    """Accept a day as 'mon' or 'monday', in any case."""
    word = value.strip().lower()
    for day, full in zip(DAYS, _FULL_DAYS, strict=True):
        if word in (day, full):
            return day
    raise ValueError(f"has '{value}', which is not a day; use mon, tue, wed, thu, fri, sat, sun")


Clock = Annotated[str, AfterValidator(_clock)]
Day = Annotated[str, AfterValidator(_day)]


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


class TimeRange(BaseModel):
    """One opening period; closing earlier than opening means it closes the next morning."""

    model_config = ConfigDict(extra="forbid")

    opens: Clock = Field(description="Opening time, 24-hour HH:MM in UK time, e.g. 09:00.")
    closes: Clock = Field(
        description="Closing time, 24-hour HH:MM; earlier than 'opens' means the next day "
        "(22:00 to 06:00 runs overnight); 24:00 is midnight at the end of the day."
    )

    @model_validator(mode="after")
    def _not_empty(self) -> TimeRange:
        if self.opens == self.closes:
            raise ValueError(
                "opens and closes at the same time; for round-the-clock write 'hours: 24/7'"
            )
        return self

    def span(self) -> tuple[int, int]:
        """Start and end in minutes from midnight; the end may pass 1440 (overnight)."""
        start, end = _minutes(self.opens), _minutes(self.closes)
        return start, end if end > start else end + 1440


class WeeklySlot(TimeRange):
    """The same opening period on some days of the week (like HSDS's schedule byday)."""

    days: list[Day] = Field(
        min_length=1, description="Days this period applies: mon, tue, wed, thu, fri, sat, sun."
    )


class Hours(BaseModel):
    """When a route can be used; '24/7' is written as `hours: 24/7`."""

    model_config = ConfigDict(extra="forbid")

    always_open: bool = Field(False, description="True for round-the-clock routes (24/7/365).")
    weekly: list[WeeklySlot] = Field(
        default_factory=list, description="Weekly opening periods, in UK time (Europe/London)."
    )
    bank_holidays: Literal["closed", "as_usual"] | list[TimeRange] = Field(
        "closed",
        description="On England and Wales bank holidays: 'closed', 'as_usual', or opening "
        "periods for those days.",
    )
    note: str | None = Field(
        None, max_length=200, description="Anything else a person should know about the hours."
    )

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: object) -> object:
        if isinstance(value, str):
            if value.strip().replace(" ", "").lower() in ("24/7", "24/7/365"):
                return {"always_open": True}
            raise ValueError(
                f"has '{value}'; write 'hours: 24/7' or a weekly list (see resources/README.md)"
            )
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Hours:
        if self.always_open and self.weekly:
            raise ValueError("says 24/7 and also lists weekly hours; keep one of them")
        return self

    @property
    def scheduled(self) -> bool:
        """Has office-style hours (as opposed to 24/7 or no stated hours)."""
        return not self.always_open and bool(self.weekly)


@dataclass(frozen=True)
class OpenState:
    """Whether a route is open at a moment, and when it next opens or closes (UK time)."""

    open: bool
    always: bool = False
    known: bool = True
    until: datetime | None = None
    next_open: datetime | None = None


def _periods(hours: Hours, day: date, holidays: frozenset[date]) -> list[tuple[int, int]]:
    """Opening periods starting on `day`, minutes from that day's midnight."""
    if day in holidays and hours.bank_holidays != "as_usual":
        if hours.bank_holidays == "closed":
            return []
        assert isinstance(hours.bank_holidays, list)
        return [r.span() for r in hours.bank_holidays]
    name = DAYS[day.weekday()]
    return [slot.span() for slot in hours.weekly if name in slot.days]


def _at(day: date, minutes: int) -> datetime:
    """The UK wall-clock moment `minutes` after `day`'s midnight."""
    return datetime.combine(day, time(0), tzinfo=LONDON) + timedelta(minutes=minutes)


def open_state(hours: Hours | None, at: datetime, holidays: frozenset[date]) -> OpenState:
    """Open or closed at `at`, judged on the UK wall clock so the clock change is followed."""
    if hours is None or (not hours.always_open and not hours.weekly):
        return OpenState(open=False, known=False)
    if hours.always_open:
        return OpenState(open=True, always=True)
    local = at.astimezone(LONDON)
    today, now = local.date(), local.hour * 60 + local.minute
    # Yesterday's overnight periods can still be running after midnight.
    for offset in (-1, 0):
        day = today + timedelta(days=offset)
        for start, end in _periods(hours, day, holidays):
            shifted = now - offset * 1440
            if start <= shifted < end:
                return OpenState(open=True, until=_at(day, end))
    for offset in range(_LOOKAHEAD_DAYS):
        day = today + timedelta(days=offset)
        starts = [s for s, _ in _periods(hours, day, holidays) if offset or s > now]
        if starts:
            return OpenState(open=False, next_open=_at(day, min(starts)))
    return OpenState(open=False)


def status_line(state: OpenState) -> str | None:
    """'Open 24/7', 'Open now, until 17:00' or 'Closed now, opens Mon 09:00'."""
    if state.always:
        return "Open 24/7"
    if not state.known:
        return None
    if state.open:
        until = f", until {state.until:%H:%M}" if state.until else ""
        return f"Open now{until}"
    if state.next_open:
        return f"Closed now, opens {when(state.next_open)}"
    return "Closed now"


def when(moment: datetime) -> str:
    """Short day and time, e.g. 'Mon 09:00'."""
    local = moment.astimezone(LONDON)
    return f"{DAY_LABELS[local.weekday()]} {local:%H:%M}"
