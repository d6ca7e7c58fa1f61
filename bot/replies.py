"""Building the messages the core sends: menus, the crisis reply, resource lists.

Wording comes from the resources YAML (texts.yml) so SPOCs can change it without code; the one
exception is LAST_RESORT_CRISIS, used only when the resources themselves cannot be read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from bot.types import WELLBEING_NEEDS, Button, Message

if TYPE_CHECKING:
    from bot.catalogue import Catalogue

# Shown only if texts.yml cannot be read at all: a crisis reply must never depend on a SPOC edit.
LAST_RESORT_CRISIS = (
    "If you are in immediate danger or have hurt yourself, call 999 now.\n\n"
    "Police Mental Health Crisis Line (24/7, independent of your force): 0300 131 2789\n"
    "Samaritans (24/7, free): 116 123\n"
    "Shout (24/7 text): text SHOUT to 85258"
)

SOS = Button("🆘 Urgent help now", payload="sos")
MENU = Button("☰ Menu", payload="menu")
TALK = Button("💬 Talk to someone", payload="talk")


def text_or(cat: Catalogue | None, key: str, fallback: str) -> str:
    """A text block, or the fallback when the catalogue is missing or lacks the key."""
    if cat is None:
        return fallback
    try:
        return cat.text(key)
    except Exception:
        return fallback


def crisis_lines(cat: Catalogue | None) -> str:
    """The short block of crisis lines that every error and fallback reply carries."""
    return text_or(cat, "crisis_lines", LAST_RESORT_CRISIS)


def rows(buttons: Sequence[Button], per_row: int = 2) -> tuple[tuple[Button, ...], ...]:
    """Lay buttons out in rows of a size that fits a phone."""
    return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))


def need_buttons(cat: Catalogue, needs: Iterable[str]) -> list[Button]:
    """One button per need, labelled for people."""
    return [Button(cat.need_label(n), payload=f"need:{n}") for n in needs]


def menu(cat: Catalogue, intro_key: str = "menu", extra: str | None = None) -> Message:
    """The needs as buttons, with the SOS button always last."""
    text = text_or(cat, intro_key, "What would you like support with?")
    if extra:
        text = f"{extra}\n\n{text}"
    return Message(text, (*rows(need_buttons(cat, WELLBEING_NEEDS)), (SOS,)))


def crisis(cat: Catalogue | None) -> tuple[Message, ...]:
    """The fixed crisis reply, then the offer of other support. Never varied."""
    first = Message(text_or(cat, "crisis", LAST_RESORT_CRISIS))
    follow = text_or(cat, "crisis_followup", "Would you like other support?")
    buttons = ((Button("🕐 Our 24/7 support", payload="open247"),), (TALK, MENU))
    return (first, Message(follow, buttons))


def with_crisis_lines(cat: Catalogue | None, text: str) -> str:
    """Append the crisis lines to an error or fallback text."""
    return f"{text}\n\n{crisis_lines(cat)}"
