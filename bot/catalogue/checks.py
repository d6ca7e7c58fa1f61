"""Checks across entries and files: ids, directorates, coverage, the locked crisis routes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from bot.catalogue.models import EXAMPLE_DOMAIN, Resource, phone_digits, suggest
from bot.catalogue.problems import Problem
from bot.types import ROLES

# The four national crisis routes: an edit may reword them but never remove them or change the
# number. If a national number ever changes, a developer updates it here and in texts.yml.
CRISIS_ROUTES: dict[str, tuple[str, str]] = {
    "emergency": ("phone", "999"),
    "police_crisis_line": ("phone", "03001312789"),
    "samaritans": ("phone", "116123"),
    "shout": ("text", "85258"),
}
ROLE_WORDS = {
    "officer": "officers",
    "staff": "staff",
    "pcso": "PCSOs",
    "special": "specials",
    "volunteer": "volunteers",
}


@dataclass(frozen=True)
class Placed:
    """A valid resource and where it was written."""

    resource: Resource
    file: str
    line: int
    field_lines: dict[str, int]

    def at(self, field: str, message: str, owner: str | None = None) -> Problem:
        """A problem on one field of this entry."""
        line = self.field_lines.get(field, self.line)
        return Problem(self.file, line, message, f"resource '{self.resource.id}'", owner)


def unique_ids(placed: list[Placed]) -> list[Problem]:
    """Each id once across all files; buttons and usage counts rely on it."""
    first: dict[str, Placed] = {}
    out = []
    for p in placed:
        seen = first.setdefault(p.resource.id, p)
        if seen is not p:
            out.append(
                p.at(
                    "id",
                    f"'id' is already used at {seen.file}:{seen.line}; "
                    "give one of them another id",
                )
            )
    return out


def directorates_known(placed: list[Placed], directorates: list[str]) -> list[Problem]:
    """A local resource names a directorate from directorates.yml."""
    return [
        p.at(
            "directorate",
            f"'directorate' has '{p.resource.directorate}', which is not in directorates.yml; "
            + suggest(p.resource.directorate, directorates),
        )
        for p in placed
        if p.resource.directorate is not None and p.resource.directorate not in directorates
    ]


def examples_marked(placed: list[Placed]) -> list[Problem]:
    """A shipped example contact is never presented as if it were real."""
    out = []
    for p in placed:
        uses_example = any(
            EXAMPLE_DOMAIN in (c.email or "") + (c.url or "")
            or re.fullmatch(r"ext\.? ?0+", c.extension or "", re.IGNORECASE)
            for c in p.resource.contacts
        )
        if uses_example and not p.resource.example:
            out.append(
                p.at(
                    "contacts",
                    "'contacts' still has an example contact; replace it with the real one, or "
                    "add 'example: true' until you do",
                )
            )
    return out


def crisis_routes(placed: list[Placed], crisis_file: str) -> list[Problem]:
    """The four crisis routes exist, are 24/7, serve 'crisis' and keep their numbers."""
    by_id = {p.resource.id: p for p in placed}
    out = []
    for rid, (route, number) in CRISIS_ROUTES.items():
        p = by_id.get(rid)
        if p is None:
            out.append(
                Problem(
                    crisis_file,
                    1,
                    "is missing; it is one of the four crisis routes and cannot be removed; "
                    "put the entry back (see resources/README.md)",
                    f"resource '{rid}'",
                )
            )
            continue
        r = p.resource
        numbers = [phone_digits(getattr(c, route) or "") for c in r.contacts]
        if number not in numbers:
            shown = {"03001312789": "0300 131 2789", "116123": "116 123"}.get(number, number)
            out.append(
                p.at(
                    "contacts",
                    f"crisis route without its number; keep a contact '{route}: {shown}'",
                )
            )
        if rid == "shout" and not any((c.keyword or "").upper() == "SHOUT" for c in r.contacts):
            out.append(p.at("contacts", "Shout needs 'keyword: SHOUT' with 'text: 85258'"))
        if not r.always_open:
            out.append(p.at("hours", "crisis route must say 'hours: 24/7'"))
        if "crisis" not in r.needs:
            out.append(p.at("needs", "crisis route must list 'crisis' in 'needs'"))
        if r.example:
            out.append(p.at("example", "crisis route is a real contact; remove 'example: true'"))
    return out


def coverage(
    placed: list[Placed], needs: Iterable[str], need_lines: dict[str, tuple[str, int]]
) -> list[Problem]:
    """Every need has two force-wide resources per role, one of them reachable 24/7."""
    out = []
    for need in needs:
        file, line = need_lines[need]
        for role in ROLES:
            serving = [
                p.resource
                for p in placed
                if need in p.resource.needs
                and role in p.resource.roles
                and p.resource.directorate is None
            ]
            who = ROLE_WORDS[role]
            if len(serving) < 2:
                names = ", ".join(r.id for r in serving) or "none"
                out.append(
                    Problem(
                        file,
                        line,
                        f"has {len(serving)} resource(s) for {who} ({names}); add '{need}' to "
                        f"the 'needs' of another resource open to {who}",
                        f"need '{need}'",
                    )
                )
            if not any(r.always_open and r.reachable_now for r in serving):
                out.append(
                    Problem(
                        file,
                        line,
                        f"has no 24/7 phone or text route for {who}; add '{need}' to the 'needs' "
                        "of a 24/7 line such as 'samaritans'",
                        f"need '{need}'",
                    )
                )
    return out


def directorates_have_spoc(
    placed: list[Placed], directorates: dict[str, tuple[str, int]]
) -> list[Problem]:
    """Each directorate has at least one local resource (its wellbeing SPOC)."""
    local = {p.resource.directorate for p in placed}
    return [
        Problem(
            file,
            line,
            f"has no local resource; add its wellbeing SPOC with 'directorate: {did}'",
            f"directorate '{did}'",
        )
        for did, (file, line) in directorates.items()
        if did not in local
    ]


def review_warnings(placed: list[Placed], today: date) -> list[Problem]:
    """Overdue and unverified entries, each with the owner who should look at it."""
    out = []
    for p in placed:
        r = p.resource
        if r.review_by < today:
            out.append(
                p.at(
                    "review_by",
                    f"review was due {r.review_by:%Y-%m-%d}; {r.owner} should check the "
                    "contacts and set a new 'review_by'",
                    r.owner,
                )
            )
        if not r.verified:
            what = "example contacts to replace" if r.example else "contacts not yet checked"
            out.append(
                p.at(
                    "verified",
                    f"{what}; {r.owner} should check them and set 'verified: true'",
                    r.owner,
                )
            )
    return out


def holiday_warnings(holidays: list[date], file: str, line: int, today: date) -> list[Problem]:
    """Warn before the bank-holiday list runs out, so opening hours stay right."""
    last = max(holidays)
    if last < today + timedelta(days=180):
        return [
            Problem(
                file,
                line,
                f"the last bank holiday listed is {last:%Y-%m-%d}; add next year's dates from "
                "gov.uk/bank-holidays",
            )
        ]
    return []
