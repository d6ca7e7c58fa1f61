"""What a person is shown: role and directorate filters, open-now order, the wording of a block."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.catalogue import EXAMPLE_NOTE, LONDON, Catalogue, load_catalogue
from bot.catalogue.texts import CRISIS_NUMBERS, TEXT_KEYS
from bot.types import ROLES, WELLBEING_NEEDS

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
TUESDAY_AFTERNOON = datetime(2026, 11, 24, 14, 0, tzinfo=LONDON)
SATURDAY_NIGHT = datetime(2026, 11, 28, 2, 30, tzinfo=LONDON)
CHRISTMAS_MORNING = datetime(2026, 12, 25, 11, 0, tzinfo=LONDON)


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return load_catalogue(RESOURCES)


def ids(cat: Catalogue, need: str, **kw: object) -> list[str]:
    at = kw.pop("at", TUESDAY_AFTERNOON)
    sel = cat.select(need, role=kw.get("role"), directorate=kw.get("directorate"), at=at)  # type: ignore[arg-type]
    return [r.id for r in sel.resources]


def test_role_filters_federation_and_union(cat: Catalogue) -> None:
    assert "police_federation" in ids(cat, "money_worries", role="officer")
    assert "trade_union" not in ids(cat, "money_worries", role="officer")
    assert "trade_union" in ids(cat, "money_worries", role="staff")
    assert "police_federation" not in ids(cat, "money_worries", role="staff")
    volunteer = ids(cat, "money_worries", role="volunteer")
    assert "police_federation" not in volunteer and "trade_union" not in volunteer


def test_role_matters_only_while_unknown_and_only_when_it_changes_the_answer(
    cat: Catalogue,
) -> None:
    at = TUESDAY_AFTERNOON
    assert cat.select("money_worries", role=None, directorate=None, at=at).role_matters
    assert not cat.select("money_worries", role="staff", directorate=None, at=at).role_matters
    # Every physical-health route is open to every role: no reason to ask.
    assert not cat.select("physical_health", role=None, directorate=None, at=at).role_matters


def test_directorate_adds_only_that_directorates_spoc_first(cat: Catalogue) -> None:
    at = TUESDAY_AFTERNOON
    unknown = cat.select("talk_to_someone", role=None, directorate=None, at=at)
    assert unknown.directorate_matters
    assert not [r for r in unknown.resources if r.id.startswith("spoc_")]
    known = cat.select("talk_to_someone", role="staff", directorate="invest", at=at)
    assert not known.directorate_matters
    assert known.resources[0].id == "spoc_invest"
    assert [r.id for r in known.resources if r.id.startswith("spoc_")] == ["spoc_invest"]


def test_in_office_hours_force_routes_come_before_national_lines(cat: Catalogue) -> None:
    sel = cat.select("stress_anxiety", role="officer", directorate=None, at=TUESDAY_AFTERNOON)
    assert not sel.out_of_hours and cat.out_of_hours_note(sel) is None
    order = [r.id for r in sel.resources]
    assert order.index("mhfa") < order.index("samaritans")
    assert order.index("occupational_health") < order.index("shout")


@pytest.mark.parametrize("at", [SATURDAY_NIGHT, CHRISTMAS_MORNING])
def test_out_of_hours_leads_with_247_lines_and_says_when_offices_open(
    cat: Catalogue, at: datetime
) -> None:
    sel = cat.select("stress_anxiety", role="volunteer", directorate=None, at=at)
    assert sel.out_of_hours
    first = sel.resources[0]
    assert first.always_open and first.reachable_now
    closed = [r for r in sel.resources if r.hours and r.hours.scheduled]
    assert closed and sel.resources.index(closed[0]) > sel.resources.index(first)
    note = cat.out_of_hours_note(sel)
    assert note is not None and sel.opens_next is not None
    assert "opens again" in note and f"{sel.opens_next.astimezone(LONDON):%H:%M}" in note


def test_out_of_hours_note_names_the_next_opening(cat: Catalogue) -> None:
    sel = cat.select("sleep_fatigue", role="staff", directorate=None, at=SATURDAY_NIGHT)
    assert "opens again Mon 08:00" in (cat.out_of_hours_note(sel) or "")


def test_every_need_gives_something_to_every_role_at_any_hour(cat: Catalogue) -> None:
    for need in WELLBEING_NEEDS:
        for role in ROLES:
            for at in (TUESDAY_AFTERNOON, SATURDAY_NIGHT):
                sel = cat.select(need, role=role, directorate=None, at=at)
                assert len(sel.resources) >= 2, (need, role)
                assert any(cat.state(r, at).open for r in sel.resources), (need, role, at)


def test_describe_a_national_line(cat: Catalogue) -> None:
    samaritans = cat.resource("samaritans")
    assert samaritans is not None
    text = cat.describe(samaritans, SATURDAY_NIGHT)
    assert text.startswith("Samaritans\n")
    assert "Call: 116 123" in text.splitlines()
    assert "Open 24/7" in text and EXAMPLE_NOTE not in text
    assert not any(mark in text for mark in ("*", "<b>", "](", "_"))


def test_describe_says_open_or_when_it_opens_and_flags_examples(cat: Catalogue) -> None:
    oh = cat.resource("occupational_health")
    assert oh is not None
    assert "Open now, until 16:30" in cat.describe(oh, TUESDAY_AFTERNOON)
    weekend = cat.describe(oh, SATURDAY_NIGHT)
    assert "Closed now, opens Mon 08:30" in weekend
    assert "Internal phone: ext. 0000" in weekend
    assert weekend.endswith(EXAMPLE_NOTE)
    assert len(weekend) < 1000


def test_describe_shows_who_a_role_limited_route_is_for(cat: Catalogue) -> None:
    fed = cat.resource("police_federation")
    shout = cat.resource("shout")
    assert fed is not None and shout is not None
    assert "For: Police officer" in cat.describe(fed, TUESDAY_AFTERNOON)
    assert "Text SHOUT to 85258" in cat.describe(shout, TUESDAY_AFTERNOON)


def test_crisis_resources_are_the_four_lines_in_order_then_internal_247(cat: Catalogue) -> None:
    crisis = cat.crisis_resources()
    assert [r.id for r in crisis[:4]] == ["emergency", "police_crisis_line", "samaritans", "shout"]
    assert all(r.always_open for r in crisis)
    assert [r.kind for r in crisis[4:]] and all(r.kind.startswith("internal") for r in crisis[4:])


def test_texts_labels_roles_and_directorates(cat: Catalogue) -> None:
    for key in TEXT_KEYS:
        assert cat.text(key)
    for key in ("crisis", "crisis_lines", "welcome"):
        assert all(n in cat.text(key) for n in CRISIS_NUMBERS)
    assert "bot" in cat.text("welcome") and "not monitored" in cat.text("welcome")
    assert cat.need_label("sleep_fatigue") == "Sleep and tiredness"
    assert [r for r, _ in cat.roles] == list(ROLES)
    assert all(d.id.isascii() and len(f"dir:{d.id}") <= 64 for d in cat.directorates)
    assert all(len(f"more:{r.id}:99") <= 64 for r in cat.resources)
