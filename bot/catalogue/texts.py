"""Shared wording (texts.yml), directorates and bank holidays: the non-resource files."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from bot.catalogue.models import ID_PATTERN, SERVABLE_NEEDS

# Every key the conversation core asks for; a texts.yml without one of them is refused.
TEXT_KEYS: tuple[str, ...] = (
    "welcome",
    "privacy",
    "crisis",
    "crisis_followup",
    "other_at_risk",
    "help",
    "menu",
    "clarify",
    "fallback",
    "out_of_scope",
    "error",
    "greet",
    "goodbye",
    "thanks",
    "bot_challenge",
    "ask_role",
    "ask_directorate",
    "feedback_question",
    "feedback_thanks",
    "forget_done",
    "crisis_lines",
    "out_of_hours",
)
# Texts that must carry all four crisis numbers (999, PMHCL, Samaritans, Shout) as written.
CRISIS_NUMBERS: tuple[str, ...] = ("999", "0300 131 2789", "116 123", "85258")
MUST_CARRY_CRISIS_NUMBERS: tuple[str, ...] = ("crisis", "crisis_lines", "welcome")
# Telegram refuses messages over 4096 characters.
MAX_TEXT = 4000
MAX_LABEL = 32
LABELLED_NEEDS: tuple[str, ...] = SERVABLE_NEEDS


class TextsFile(BaseModel):
    """texts.yml: what the bot says in its own words, and the button label of each need."""

    model_config = ConfigDict(extra="forbid")

    texts: dict[str, str] = Field(description="Each shared text block by key (see TEXT_KEYS).")
    need_labels: dict[str, str] = Field(
        description="Short button label for each need, e.g. sleep_fatigue: Sleep and tiredness."
    )


class DirectorateEntry(BaseModel):
    """One directorate: people pick it from buttons, and its SPOC is a local resource."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(
        pattern=ID_PATTERN.pattern,
        description="Short id, lower case, e.g. 'ops'; goes in buttons.",
    )
    name: str = Field(min_length=2, max_length=40, description="Name shown on the button.")


class DirectoratesFile(BaseModel):
    """directorates.yml: the force's directorates, each with its own wellbeing SPOC."""

    model_config = ConfigDict(extra="forbid")

    directorates: list[DirectorateEntry] = Field(
        min_length=1, description="The directorates, in the order the buttons show them."
    )


class BankHolidaysFile(BaseModel):
    """bank_holidays.yml: England and Wales bank holidays, from gov.uk/bank-holidays."""

    model_config = ConfigDict(extra="forbid")

    england_and_wales: list[date] = Field(
        min_length=1, description="Each bank holiday date, YYYY-MM-DD, one per line."
    )
