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


# Classes of issue 5's second follow-up (blind sets 4 and 5 read as development data, and classes
# none of our sets had), in our own words: each beside the everyday use of the same words.
@pytest.mark.parametrize(
    ("crisis", "everyday"),
    [
        (
            "my sister can have the cat, the vet's number is in my phone. thanks for everything",
            "my sister can have the cat while I'm away, her vet's number is in my phone",
        ),
        (
            "what amount of sertraline would be lethal for someone my size",
            "what amount of sertraline is the normal starting dose",
        ),
        (
            "is the footbridge over the dual carriageway high enough, asking for me",
            "is the footbridge over the dual carriageway high enough for the new lorries",
        ),
        (
            "been reading up on which method is painless",
            "been reading up on which mortgage is cheapest",
        ),
        (
            "would it hurt much to step off the multi storey roof",
            "would it hurt much to get my ears pierced",
        ),
        (
            "the voice keeps telling me to step in front of the next train",
            "my sat nav keeps telling me to take the next exit",
        ),
        (
            "I'm sat on the bridge over the motorway with a bottle of gin",
            "I'm sat in the pub by the bridge over the canal with a gin",
        ),
        (
            "thinking about swerving into a lorry on the way home from earlies",
            "nearly swerved into a lorry on the way home, the roads were icy",
        ),
        (
            "if I'm not around, who will look after my dog",
            "who will look after my dog while I'm on the course next week",
        ),
        (
            "please tell my dad I'm sorry and that it's not his fault",
            "please tell my dad I'm sorry I missed his call, I'll ring tonight",
        ),
        (
            "pray every night for God to take me in my sleep",
            "we pray every night for my nan in the hospice",
        ),
        (
            "the lord can take me, I'm ready to go tonight",
            "I'm ready to go tonight, the taxi is booked",
        ),
        (
            "cut again last night and it probably needed stitches",
            "cut my finger on a tin last night and it probably needed stitches",
        ),
        (
            "burned myself with a lighter and I want to do it again",
            "burned the toast again and I want a new toaster",
        ),
        (
            "I'm a burden on my family and won't be much longer",
            "the paperwork is a burden on the whole team",
        ),
        (
            "they'd all manage better without having to look after me",
            "the team will manage better without me while I'm on leave",
        ),
        ("logging off permanently, sorry everyone", "logging off for the night, sorry everyone"),
        (
            "can't promise I'll still be here in the morning",
            "can't promise I'll still be awake when you get in",
        ),
        (
            "I've hidden the tablets in my locker for when it gets too much",
            "I've hidden the chocolate in my locker for when it gets too much",
        ),
        (
            "planning my own death feels calmer than planning rotas",
            "planning my own wedding feels harder than planning rotas",
        ),
        (
            "been googling how many co codamol it would take",
            "been googling how many calories are in a pint",
        ),
        (
            "I've written my wife a letter and sorted everything with the pension",
            "I've written the council a letter about the bins",
        ),
        (
            "on the top floor of the multi storey and I'm not getting back in the car",
            "I'm parked on the top floor of the multi storey, the lift is broken",
        ),
        ("tell my kids their dad loved them", "I tell the kids their gran loved them"),
        (
            "honestly everyone would cope better without me",
            "honestly the kids will cope better without me nagging them",
        ),
        (
            "I'm going to be another statistic by the weekend",
            "this quarter's figures are just another statistic",
        ),
    ],
)
def test_new_classes_fire_and_their_everyday_uses_do_not(crisis: str, everyday: str) -> None:
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
