"""Noticing when a person says who they are ('im a pcso'), so the bot need not ask.

Only first-person statements count: 'my sergeant' is someone else, 'I'm a sergeant' is the person.
"""

from __future__ import annotations

import re

_SUBJECT = r"\b(?:i'?m|i\s+am|im|as|i\s+work\s+as|working\s+as|i'?ve\s+been)\s+"
# 'I'm staff' is said without an article; 'I'm special' is not a role, so others need one.
_ARTICLE = {"staff": r"(?:(?:a|an)\s+)?"}
_ROLE_WORDS: dict[str, str] = {
    "pcso": r"pcso|police\s+community\s+support\s+officer",
    "special": r"special(?:\s+constable|\s+sergeant|\s+inspector)?|sc",
    "volunteer": r"(?:police\s+(?:support\s+)?)?volunteer|psv|cadet\s+leader",
    "staff": r"(?:member\s+of\s+)?(?:police\s+)?staff(?:\s+member)?|civilian|civvy|call\s+handler"
    r"|dispatcher|detention\s+officer|police\s+staff\s+investigator|analyst",
    "officer": r"(?:police\s+)?officer|(?:response\s+|firearms\s+|traffic\s+|armed\s+)?"
    r"(?:cop|pc|dc|ps|ds|sergeant|sarge|inspector|constable|detective|afo|copper|bobby)",
}
# Longest alternatives first so 'special constable' is not read as 'constable'.
_ROLE_PATTERNS = [
    (
        role,
        re.compile(
            _SUBJECT
            + _ARTICLE.get(role, r"(?:a|an)\s+")
            + r"(?:\w+\s+){0,2}?(?:"
            + words
            + r")\b",
            re.IGNORECASE,
        ),
    )
    for role, words in _ROLE_WORDS.items()
]


def stated_role(text: str) -> str | None:
    """The role a person says they have, or None when they do not say."""
    for role, pattern in _ROLE_PATTERNS:
        if pattern.search(text):
            return role
    return None
