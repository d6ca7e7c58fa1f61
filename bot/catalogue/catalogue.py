"""A validated set of resources and what the bot does with it: select, describe, texts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from bot.catalogue.checks import CRISIS_ROUTES
from bot.catalogue.hours import OpenState, open_state, status_line, when
from bot.catalogue.models import Kind, Resource
from bot.catalogue.problems import Problem
from bot.types import ROLES

ROLE_LABELS: dict[str, str] = {
    "officer": "Police officer",
    "staff": "Police staff",
    "pcso": "PCSO",
    "special": "Special constable",
    "volunteer": "Police support volunteer",
}
# People before services, services before pages, national lines last while others are open:
# in office hours someone who knows the force is the better first call.
_KIND_RANK = {
    Kind.INTERNAL_ROLE: 0,
    Kind.INTERNAL_SERVICE: 1,
    Kind.EXTERNAL_PARTNER: 2,
    Kind.WEBPAGE: 3,
    Kind.CRISIS_LINE: 4,
}
# A resource serving at most this many needs counts as made for them.
_SPECIFIC_NEEDS = 3
EXAMPLE_NOTE = "Example contact - your force must fill this in"


@dataclass(frozen=True)
class Directorate:
    """A directorate a person can say they work in; `id` goes into button payloads."""

    id: str
    name: str


@dataclass(frozen=True)
class Selection:
    """The resources for one need, in the order to show them, and what would change it."""

    need: str
    resources: list[Resource]
    role_matters: bool
    directorate_matters: bool
    out_of_hours: bool
    opens_next: datetime | None = None


@dataclass
class Catalogue:
    """Everything in resources/, validated; immutable in use (reload makes a new one)."""

    resources: tuple[Resource, ...]
    texts: dict[str, str]
    need_labels: dict[str, str]
    directorates: list[Directorate]
    holidays: frozenset[date]
    warnings: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_id = {r.id: r for r in self.resources}
        self._order = {r.id: i for i, r in enumerate(self.resources)}

    @property
    def roles(self) -> list[tuple[str, str]]:
        """(id, label) for each role the bot serves, in button order."""
        return [(r, ROLE_LABELS[r]) for r in ROLES]

    def text(self, key: str) -> str:
        """A shared text block from texts.yml; KeyError for a key the validator does not know."""
        return self.texts[key]

    def need_label(self, need: str) -> str:
        """Short button label for a need."""
        return self.need_labels.get(need) or need.replace("_", " ").capitalize()

    def resource(self, resource_id: str) -> Resource | None:
        """The resource with this id, if there is one (button payloads may be stale)."""
        return self._by_id.get(resource_id)

    def state(self, resource: Resource, at: datetime) -> OpenState:
        """Open or closed at `at` (Europe/London, bank holidays included)."""
        return open_state(resource.hours, at, self.holidays)

    def select(
        self, need: str, *, role: str | None, directorate: str | None, at: datetime
    ) -> Selection:
        """Resources for a need, filtered by role and directorate, ordered by what is open."""
        candidates = [r for r in self.resources if need in r.needs]
        role_matters = role is None and any(set(r.roles) != set(ROLES) for r in candidates)
        for_role = [r for r in candidates if r.for_role(role)]
        local = [r for r in for_role if r.directorate is not None]
        directorate_matters = directorate is None and bool(local)
        chosen = [r for r in for_role if r.directorate in (None, directorate)]
        states = {r.id: self.state(r, at) for r in chosen}
        scheduled = [r for r in chosen if r.hours is not None and r.hours.scheduled]
        out_of_hours = bool(scheduled) and not any(states[r.id].open for r in scheduled)
        upcoming = [s.next_open for r in scheduled if (s := states[r.id]).next_open]
        opens_next = min(upcoming) if out_of_hours and upcoming else None

        def tier(r: Resource) -> int:
            s = states[r.id]
            if not out_of_hours:
                return 1 if s.known and not s.open else 0
            if s.always:
                return 0 if r.reachable_now else 1
            return 2 if not s.known else 3

        def key(r: Resource) -> tuple[int, int, float, int, int, int]:
            s = states[r.id]
            soon = s.next_open.timestamp() if s.next_open and tier(r) == 3 else 0.0
            is_local = 0 if directorate and r.directorate == directorate else 1
            # Support made for this need (a sleep page for sleep) before general lines that
            # serve every need, so the first thing a person sees fits what they asked.
            general = 0 if len(r.needs) <= _SPECIFIC_NEEDS else 1
            return (tier(r), is_local, soon, general, _KIND_RANK[r.kind], self._order[r.id])

        return Selection(
            need=need,
            resources=sorted(chosen, key=key),
            role_matters=role_matters,
            directorate_matters=directorate_matters,
            out_of_hours=out_of_hours,
            opens_next=opens_next,
        )

    def out_of_hours_note(self, selection: Selection) -> str | None:
        """'Office-hours support opens again Mon 09:00...' when it is out of hours."""
        if not selection.out_of_hours:
            return None
        opens = when(selection.opens_next) if selection.opens_next else "on the next working day"
        return self.texts["out_of_hours"].replace("{opens}", opens).strip()

    def crisis_resources(self) -> list[Resource]:
        """999, the Police Mental Health Crisis Line, Samaritans, Shout; then internal 24/7."""
        national = [self._by_id[rid] for rid in CRISIS_ROUTES]
        internal = [
            r
            for r in self.resources
            if r.kind in (Kind.INTERNAL_ROLE, Kind.INTERNAL_SERVICE)
            and r.always_open
            and r.reachable_now
        ]
        return national + internal

    def describe(self, resource: Resource, at: datetime, brief: bool = False) -> str:
        """A phone-sized plain-text block: what it is, how to get in touch, open or not.

        `brief` leaves out 'what to expect', for lists where each entry has a 'more' button.
        """
        lines = [resource.name, resource.summary.strip()]
        if not brief:
            lines += ["", "What to expect: " + resource.what_to_expect.strip()]
        lines.extend(_contact_lines(resource))
        status = status_line(self.state(resource, at))
        if status:
            lines.append(status)
        if resource.hours and resource.hours.note:
            lines.append(resource.hours.note.strip())
        if set(resource.roles) != set(ROLES):
            lines.append("For: " + ", ".join(ROLE_LABELS[r] for r in resource.roles))
        if resource.example:
            lines.append(EXAMPLE_NOTE)
        return "\n".join(lines)


def _contact_lines(resource: Resource) -> list[str]:
    """One line per route; numbers stand alone so Telegram makes them tappable."""
    out = []
    for c in resource.contacts:
        label = f"{c.label}: " if c.label else ""
        if c.phone:
            out.append(f"{label or 'Call: '}{c.phone}")
        elif c.text:
            word = f"{c.keyword} " if c.keyword else ""
            out.append(f"{label}Text {word}to {c.text}")
        elif c.email:
            out.append(f"{label or 'Email: '}{c.email}")
        elif c.url:
            out.append(f"{label or 'Web: '}{c.url}")
        elif c.extension:
            out.append(f"{label or 'Internal phone: '}{c.extension}")
        elif c.ask_supervisor:
            out.append(f"{label}Ask your supervisor or line manager to refer you")
        elif c.note:
            out.append(f"{label}{c.note}")
    return out
