"""Opening hours on the UK wall clock: weekends, overnight, bank holidays, the clock change."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pydantic import ValidationError

from bot.catalogue.hours import LONDON, Hours, open_state, status_line

OFFICE = Hours.model_validate(
    {
        "weekly": [
            {"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "09:00", "closes": "17:00"}
        ]
    }
)
NIGHTS = Hours.model_validate(
    {"weekly": [{"days": ["fri", "sat"], "opens": "22:00", "closes": "06:00"}]}
)
HOLIDAYS = frozenset({date(2026, 12, 25), date(2026, 12, 28), date(2027, 1, 1)})


def uk(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=LONDON)


def utc(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


def test_office_hours_on_a_weekday() -> None:
    assert open_state(OFFICE, uk("2026-11-24 09:00"), HOLIDAYS).open
    assert open_state(OFFICE, uk("2026-11-24 16:59"), HOLIDAYS).open
    assert not open_state(OFFICE, uk("2026-11-24 17:00"), HOLIDAYS).open
    assert status_line(open_state(OFFICE, uk("2026-11-24 10:00"), HOLIDAYS)) == (
        "Open now, until 17:00"
    )


def test_a_weekend_says_when_it_opens_on_monday() -> None:
    state = open_state(OFFICE, uk("2026-11-28 11:00"), HOLIDAYS)
    assert not state.open
    assert status_line(state) == "Closed now, opens Mon 09:00"


def test_an_overnight_slot_runs_past_midnight_into_the_next_day() -> None:
    assert open_state(NIGHTS, uk("2026-11-27 23:30"), HOLIDAYS).open  # Friday night
    late = open_state(NIGHTS, uk("2026-11-28 05:59"), HOLIDAYS)  # Saturday morning
    assert late.open and status_line(late) == "Open now, until 06:00"
    assert not open_state(NIGHTS, uk("2026-11-28 06:00"), HOLIDAYS).open
    sunday = open_state(NIGHTS, uk("2026-11-29 03:00"), HOLIDAYS)  # Saturday night's slot
    assert sunday.open
    monday = open_state(NIGHTS, uk("2026-11-30 03:00"), HOLIDAYS)
    assert status_line(monday) == "Closed now, opens Fri 22:00"


def test_bank_holidays_close_office_hours_by_default() -> None:
    christmas = open_state(OFFICE, uk("2026-12-25 10:00"), HOLIDAYS)
    assert not christmas.open
    # Boxing Day's substitute (Mon 28th) is also a holiday: next opening is Tuesday.
    assert status_line(christmas) == "Closed now, opens Tue 09:00"


def test_bank_holiday_hours_can_differ_or_stay_as_usual() -> None:
    short = Hours.model_validate(
        {**OFFICE.model_dump(), "bank_holidays": [{"opens": "10:00", "closes": "14:00"}]}
    )
    assert open_state(short, uk("2026-12-28 11:00"), HOLIDAYS).open
    assert not open_state(short, uk("2026-12-28 15:00"), HOLIDAYS).open
    usual = Hours.model_validate({**OFFICE.model_dump(), "bank_holidays": "as_usual"})
    assert open_state(usual, uk("2026-12-28 15:00"), HOLIDAYS).open


def test_spring_clock_change_follows_the_uk_wall_clock() -> None:
    # 08:30 UTC is 08:30 in winter (closed) but 09:30 after the clocks go forward (open).
    assert not open_state(OFFICE, utc("2026-03-27 08:30"), HOLIDAYS).open
    assert open_state(OFFICE, utc("2026-03-30 08:30"), HOLIDAYS).open
    # Overnight slot on the night the clocks go forward (Sat 28 to Sun 29 March 2026).
    assert open_state(NIGHTS, utc("2026-03-29 04:30"), HOLIDAYS).open  # 05:30 BST
    assert not open_state(NIGHTS, utc("2026-03-29 05:30"), HOLIDAYS).open  # 06:30 BST


def test_autumn_clock_change_follows_the_uk_wall_clock() -> None:
    assert open_state(OFFICE, utc("2026-10-23 08:30"), HOLIDAYS).open  # 09:30 BST
    monday = open_state(OFFICE, utc("2026-10-26 08:30"), HOLIDAYS)  # 08:30 GMT
    assert not monday.open
    assert monday.next_open == utc("2026-10-26 09:00")


def test_247_and_no_stated_hours() -> None:
    always = Hours.model_validate("24/7")
    assert status_line(open_state(always, uk("2026-12-25 03:00"), HOLIDAYS)) == "Open 24/7"
    unknown = open_state(None, uk("2026-12-25 03:00"), HOLIDAYS)
    assert not unknown.known and status_line(unknown) is None


@pytest.mark.parametrize(
    "hours",
    [
        "weekdays",
        {"weekly": [{"days": ["mon"], "opens": "9am", "closes": "17:00"}]},
        {"weekly": [{"days": ["monday-friday"], "opens": "09:00", "closes": "17:00"}]},
        {"weekly": [{"days": ["mon"], "opens": "09:00", "closes": "09:00"}]},
        {"weekly": [{"days": ["mon"], "opens": "25:00", "closes": "09:00"}]},
        {"always_open": True, "weekly": [{"days": ["mon"], "opens": "09:00", "closes": "10:00"}]},
        {"bank_holidays": "shut"},
    ],
)
def test_schedules_that_do_not_parse_are_refused(hours: object) -> None:
    with pytest.raises(ValidationError):
        Hours.model_validate(hours)
