"""The plain data the conversation core speaks: a Turn in, a Reply out, usage events aside.

Nothing here knows about Telegram, SQL or any NLU engine. Adapters convert to and from these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

# The needs of ../shared/NEEDS.md. Fixed names: data, resources, records and evaluations use them.
WELLBEING_NEEDS: tuple[str, ...] = (
    "trauma_incident",
    "stress_anxiety",
    "sleep_fatigue",
    "bereavement",
    "money_worries",
    "relationships_family",
    "bullying_harassment",
    "alcohol_substance",
    "physical_health",
    "occupational_health",
    "counselling_therapy",
    "talk_to_someone",
    "support_colleague",
    "leaving_job",
    "wellbeing_general",
)
SMALL_TALK: tuple[str, ...] = ("greet", "goodbye", "thanks", "bot_challenge")
INTENTS: tuple[str, ...] = (
    "crisis",
    *WELLBEING_NEEDS,
    "privacy_question",
    *SMALL_TALK,
    "out_of_scope",
)
# What the NLU layer reports when it is not sure enough to act (Rasa's own name for it).
FALLBACK = "nlu_fallback"

ROLES: tuple[str, ...] = ("officer", "staff", "pcso", "special", "volunteer")


class OperatorText(str):
    """Text written by staff (SPOCs' resources files, settings), never by a person using the bot.

    Log filters that redact free text let this through, so an operator is told which file and
    line to fix.
    """

    __slots__ = ()


@dataclass(frozen=True)
class Turn:
    """One thing a person did: typed text or pressed a button.

    `session` is a pseudonymous key made by the channel adapter; never a raw platform id.
    """

    session: str
    text: str | None = None
    button: str | None = None
    channel: str = "console"
    # The same person's pseudonyms under the previous key, used only to honour /forget.
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Button:
    """A button: either a payload the core understands, or a link to open."""

    label: str
    payload: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Message:
    """One message to show: text plus rows of buttons."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()


@dataclass(frozen=True)
class Reply:
    """What the core answers to one Turn. `crisis` marks replies that must never be dropped."""

    messages: tuple[Message, ...]
    crisis: bool = False

    @property
    def text(self) -> str:
        return "\n\n".join(m.text for m in self.messages)

    @property
    def buttons(self) -> tuple[Button, ...]:
        return tuple(b for m in self.messages for row in m.buttons for b in row)


class EventKind(StrEnum):
    """The steps of a conversation that are worth counting. Never carries text."""

    CONVERSATION_STARTED = "conversation_started"
    NEED_RECOGNISED = "need_recognised"
    CLARIFYING_QUESTION = "clarifying_question"
    CRISIS_SHOWN = "crisis_shown"
    RESOURCES_SHOWN = "resources_shown"
    RESOURCE_OPENED = "resource_opened"
    FEEDBACK = "feedback"
    OUT_OF_SCOPE = "out_of_scope"
    FORGET = "forget"


@dataclass(frozen=True)
class UsageEvent:
    """One countable step. Holds no message text and no identifier but the session pseudonym.

    The recorder truncates the time to the hour; `session` is already a keyed pseudonym.
    """

    kind: EventKind
    session: str
    channel: str
    need: str | None = None
    confidence_band: str | None = None
    backend: str | None = None
    resources: tuple[str, ...] = field(default_factory=tuple)
    role: str | None = None
    directorate: str | None = None
    helpful: bool | None = None


@dataclass(frozen=True)
class NLUResult:
    """What an NLU backend made of a text: the top intent, its confidence and the runners-up."""

    intent: str
    confidence: float
    ranking: tuple[tuple[str, float], ...] = ()
    backend: str = ""


def confidence_band(confidence: float) -> str:
    """Coarse band stored in usage records instead of the exact score."""
    if confidence >= 0.8:
        return "high"
    if confidence >= 0.5:
        return "medium"
    return "low"
