"""The shape of a resource entry: every field a SPOC may write, with what it means."""

from __future__ import annotations

import difflib
import re
from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from bot.catalogue.hours import Hours
from bot.types import INTENTS, ROLES, SMALL_TALK

# Needs a resource can serve: everything in NEEDS.md except small talk and out_of_scope.
SERVABLE_NEEDS: tuple[str, ...] = tuple(
    n for n in INTENTS if n not in SMALL_TALK and n != "out_of_scope"
)
ID_PATTERN = re.compile(r"^[a-z0-9_]{1,30}$")
EXAMPLE_DOMAIN = "example.police.uk"

# UK numbers as dialled: 999/111/112, 116 xxx helplines, 10-11 digit numbers from 01, 02, 03,
# 07 and 08; +44 is accepted in place of the leading 0.
_PHONE = re.compile(r"^(999|111|112|116\d{3}|0[1237]\d{8,9}|08\d{8,9})$")
_SHORT_CODE = re.compile(r"^\d{5}$")
_EXTENSION = re.compile(r"^ext\.? ?\d{3,6}$", re.IGNORECASE)
_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_URL = re.compile(r"^https://[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(/[^\s]*)?$")


def suggest(value: str, options: tuple[str, ...] | list[str]) -> str:
    """A 'did you mean' hint, or the list of allowed values when nothing is close."""
    close = difflib.get_close_matches(value, list(options), n=1, cutoff=0.5)
    if not close:
        close = [o for o in options if value and (o.startswith(value) or value in o)][:1]
    if close:
        return f"did you mean '{close[0]}'?"
    return "use one of: " + ", ".join(options)


def phone_digits(value: str) -> str:
    """The dialled digits of a written number ('+44 300 131 2789' -> '03001312789')."""
    digits = re.sub(r"[\s()-]", "", value)
    if digits.startswith("+44"):
        digits = "0" + digits[3:]
    return digits


def _phone(value: str) -> str:
    if not _PHONE.match(phone_digits(value)):
        hint = (
            "put internal extensions under 'extension'"
            if _EXTENSION.match(value.strip())
            else "write it like 0300 131 2789, 116 123 or 999"
        )
        raise ValueError(f"has '{value}', which is not a UK phone number; {hint}")
    return value.strip()


def _short_code(value: str) -> str:
    if not (_SHORT_CODE.match(value.strip()) or _PHONE.match(phone_digits(value))):
        raise ValueError(
            f"has '{value}', which is not a text number; use a 5-digit short code like 85258 "
            "or a mobile number"
        )
    return value.strip()


def _extension(value: str) -> str:
    if not _EXTENSION.match(value.strip()):
        raise ValueError(f"has '{value}', which is not an extension; write it like 'ext. 0000'")
    return value.strip()


def _email(value: str) -> str:
    if not _EMAIL.match(value.strip()):
        raise ValueError(
            f"has '{value}', which is not an email address; write it like "
            f"wellbeing@{EXAMPLE_DOMAIN}"
        )
    return value.strip()


def _url(value: str) -> str:
    if not _URL.match(value.strip()):
        raise ValueError(
            f"has '{value}', which is not a web link; write the full address starting with "
            "https://"
        )
    return value.strip()


def _need(value: str) -> str:
    if value not in SERVABLE_NEEDS:
        raise ValueError(f"has '{value}', which is not a need; {suggest(value, SERVABLE_NEEDS)}")
    return value


def _role(value: str) -> str:
    if value not in ROLES:
        raise ValueError(f"has '{value}', which is not a role; {suggest(value, ROLES)}")
    return value


def _resource_id(value: str) -> str:
    if not ID_PATTERN.match(value):
        raise ValueError(
            f"has '{value}'; ids are up to 30 lower-case letters, digits and underscores, "
            "e.g. 'occupational_health'"
        )
    return value


Phone = Annotated[str, AfterValidator(_phone)]
ShortCode = Annotated[str, AfterValidator(_short_code)]
Extension = Annotated[str, AfterValidator(_extension)]
Email = Annotated[str, AfterValidator(_email)]
Url = Annotated[str, AfterValidator(_url)]
Need = Annotated[str, AfterValidator(_need)]
Role = Annotated[str, AfterValidator(_role)]
ResourceId = Annotated[str, AfterValidator(_resource_id)]


class Kind(StrEnum):
    """What sort of support a resource is."""

    INTERNAL_ROLE = "internal_role"
    INTERNAL_SERVICE = "internal_service"
    WEBPAGE = "webpage"
    EXTERNAL_PARTNER = "external_partner"
    CRISIS_LINE = "crisis_line"


_ROUTES = ("phone", "text", "email", "url", "extension", "ask_supervisor", "note")


class Contact(BaseModel):
    """One way to get in touch; exactly one route per contact."""

    model_config = ConfigDict(extra="forbid")

    label: str | None = Field(
        None, max_length=60, description="What this route is, e.g. 'Careline' or 'Referral form'."
    )
    phone: Phone | None = Field(None, description="A UK phone number, e.g. 0300 131 2789.")
    text: ShortCode | None = Field(
        None, description="Number to text, e.g. 85258; add the word to send as 'keyword'."
    )
    keyword: str | None = Field(
        None, max_length=20, description="Word to text to the 'text' number, e.g. SHOUT."
    )
    email: Email | None = Field(None, description="Email address.")
    url: Url | None = Field(None, description="Web link, starting https://.")
    extension: Extension | None = Field(
        None, description="Internal phone extension, e.g. 'ext. 0000'."
    )
    ask_supervisor: bool = Field(
        False, description="True where the route is to ask your supervisor or line manager."
    )
    note: str | None = Field(
        None, max_length=200, description="Any other route in words, e.g. 'Type /privacy here'."
    )

    @model_validator(mode="after")
    def _one_route(self) -> Contact:
        routes = [r for r in _ROUTES if getattr(self, r) not in (None, False)]
        if len(routes) != 1:
            raise ValueError(
                f"has {len(routes)} routes ({', '.join(routes) or 'none'}); give exactly one of "
                f"{', '.join(_ROUTES)} per contact, as separate '- ' items"
            )
        if self.keyword and not self.text:
            raise ValueError("has a 'keyword' without a 'text' number; add 'text: NUMBER'")
        return self


class Resource(BaseModel):
    """One place a person can be signposted to."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: ResourceId = Field(
        description="Short unique name, lower case with underscores, at most 30 characters; "
        "used in buttons and usage counts, so do not change it once live."
    )
    name: str = Field(min_length=2, max_length=80, description="Name as a person would say it.")
    kind: Kind = Field(
        description="internal_role, internal_service, webpage, external_partner or crisis_line."
    )
    summary: str = Field(
        min_length=10, max_length=400, description="What it is and who it helps, in plain English."
    )
    what_to_expect: str = Field(
        min_length=10,
        max_length=500,
        description="What happens when you get in touch: who answers, what they do, what is kept.",
    )
    needs: list[Need] = Field(
        min_length=1, description="Needs it serves, names from NEEDS.md (e.g. sleep_fatigue)."
    )
    roles: list[Role] = Field(
        default_factory=lambda: list(ROLES),
        min_length=1,
        description="Who it is for: officer, staff, pcso, special, volunteer. Leave out for all.",
    )
    directorate: str | None = Field(
        None, description="Directorate id where the resource is local; leave out if force-wide."
    )
    contacts: list[Contact] = Field(
        min_length=1, description="Ways to get in touch, each with exactly one route."
    )
    hours: Hours | None = Field(
        None, description="'24/7', or weekly UK-time hours; leave out if there are no set hours."
    )
    owner: str = Field(
        min_length=2,
        max_length=80,
        description="The team or role that keeps this entry right (not a person's name).",
    )
    last_verified: date | None = Field(
        None, description="When someone last checked the contacts work, YYYY-MM-DD."
    )
    review_by: date = Field(description="When the entry must next be checked, YYYY-MM-DD.")
    verified: bool = Field(
        False, description="True only once a person has checked every contact works."
    )
    example: bool = Field(
        False,
        description="True while contacts are the shipped examples a force must replace; the bot "
        "then says so.",
    )

    @property
    def always_open(self) -> bool:
        """Round-the-clock (24/7)."""
        return self.hours is not None and self.hours.always_open

    @property
    def reachable_now(self) -> bool:
        """Has a route a person can use at once (phone, text or extension), not only a page."""
        return any(c.phone or c.text or c.extension for c in self.contacts)

    def for_role(self, role: str | None) -> bool:
        """Whether the role may use it (unknown role: yes)."""
        return role is None or role in self.roles
