"""The crisis screen's risk scorer: combinations fire; one cue alone and other people do not."""

from __future__ import annotations

import pytest

from bot.safety import screen
from bot.safety_risk import assess
from bot.safety_text import normalise


@pytest.mark.parametrize(
    ("crisis", "everyday"),
    [
        # A means with an act on it, and the same act on something harmless.
        ("just necked a whole box of diazepam", "just necked a whole pint of squash"),
        ("the razor's in my hand right now", "the remote's in my hand right now"),
        # Finality with a time, and the same time with a journey.
        ("I'll be gone by Friday, it's sorted", "I'll be gone by Friday, the flight's booked"),
        # Self-harm with its severity, and the same verb for a price.
        ("cutting my arms again, it's deep this time", "cutting my hours again, it's payday soon"),
        # A ligature made ready, and the same rope for a hobby.
        ("tied the dog lead to the loft hatch", "tied the dog to the railing outside the shop"),
    ],
)
def test_a_combination_fires_where_the_same_words_in_everyday_use_do_not(
    crisis: str, everyday: str
) -> None:
    assert screen(crisis).crisis
    assert not screen(everyday).crisis


@pytest.mark.parametrize(
    "text",
    [
        "booking a train for tonight",  # a place and a time: one group
        "bought a new belt today",  # a weak means and an act
        "I've decided",  # resolve alone
        "my pills are in the cupboard",  # a means alone
    ],
)
def test_one_group_alone_does_not_fire(text: str) -> None:
    assert not assess(normalise(text)).fires


def test_what_someone_else_did_is_not_the_speakers_crisis() -> None:
    assert assess(normalise("I've swallowed a whole strip of sertraline")).fires
    assert not assess(normalise("she's swallowed a whole strip of sertraline")).fires
    assert not assess(normalise("my brother swallowed a whole strip of sertraline")).fires


def test_work_and_accident_talk_raise_the_bar() -> None:
    assert assess(normalise("I've taken a load of tablets tonight")).fires
    assert not assess(normalise("the male had taken a load of tablets, we found him")).fires
    assert not assess(normalise("cut myself chopping onions, it's bleeding")).fires


def test_the_score_says_nothing_of_the_words() -> None:
    risk = assess(normalise("I've swallowed a whole strip of sertraline"))
    assert set(vars(risk)) == {"fires", "score", "group", "damped"}
    assert risk.group in {"means", "act"}
