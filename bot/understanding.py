"""What the bot makes of one text: the crisis decision first, then the need it would act on.

Shared by the conversation core and `nlu evaluate`, so what is measured is what the bot does.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.ports import NLUBackend, NLUUnavailable
from bot.safety import MODEL_THRESHOLD, SafetyResult, combine, screen
from bot.types import FALLBACK, NLUResult

log = logging.getLogger(__name__)


class CrisisScorer(Protocol):
    """The second crisis net: a probability that a text is a crisis.

    The lexical model (nlu/crisis_model.py) counts from bot.safety.MODEL_THRESHOLD. A model that
    also has `is_crisis(text, paused=False) -> bool` (the semantic model, nlu/semantic.py) decides
    at its own thresholds through it, which may skip work when the answer is already known.
    """

    def probability(self, text: str) -> float: ...


class NeedGate(Protocol):
    """A second look at a message the NLU would not route to a need (nlu/need_gate.py)."""

    def need(self, text: str, ranking: Sequence[tuple[str, float]]) -> tuple[str, float] | None:
        """(need, score) when the message is a wellbeing need after all, else None."""
        ...


def model_says_crisis(model: CrisisScorer, text: str, paused: bool = False) -> bool | None:
    """The crisis model's own verdict: `is_crisis` when it has one, else MODEL_THRESHOLD.

    `paused`: the screen found a negation, idiom or work talk. A model with its own verdict then
    decides at its paused threshold; the lexical model has no say there (None).
    """
    decide = getattr(model, "is_crisis", None)
    if callable(decide):
        return bool(decide(text, paused=paused))
    if paused:
        return None
    return model.probability(text) >= MODEL_THRESHOLD


@dataclass(frozen=True)
class Understanding:
    """The decision for one text. `intent` is FALLBACK when the bot would ask instead."""

    crisis: bool
    other_at_risk: bool
    intent: str
    confidence: float
    ranking: tuple[tuple[str, float], ...]
    backend: str
    nlu_down: bool = False


async def understand(
    text: str,
    nlu: NLUBackend | None,
    threshold: float,
    crisis_model: CrisisScorer | None = None,
    safety: SafetyResult | None = None,
    need_gate: NeedGate | None = None,
) -> Understanding:
    """Screen for crisis without any model, then classify; a down NLU never hides a crisis.

    `safety` is the screen's result when the caller has already screened this text.
    """
    safety = safety if safety is not None else screen(text)
    model_crisis: bool | None = None
    # Where someone else is at risk the colleague path answers (with the crisis lines to pass
    # on), so the model is not asked; where the screen paused (negation, idiom, work talk) the
    # model decides at its paused threshold, or has no say (the lexical model).
    if crisis_model is not None and not safety.crisis and not safety.other_at_risk:
        try:
            # In a worker thread: the semantic model's encoder takes ~20 ms on some messages,
            # which on the event loop held back every other chat's sends and bunched them.
            model_crisis = await asyncio.to_thread(
                model_says_crisis, crisis_model, text, safety.calmed
            )
        except Exception as exc:  # the screen and the classifier still decide
            log.error("crisis model failed (%s); deciding without it", type(exc).__name__)
    result: NLUResult | None = None
    nlu_down = False
    if nlu is not None:
        try:
            result = await nlu.parse(text)
        except NLUUnavailable:
            nlu_down = True
            log.warning("NLU unavailable; answering from the crisis screen and the menu")
        except Exception as exc:  # a broken backend must never cost a reply
            nlu_down = True
            log.error(
                "NLU backend failed (%s); using the crisis screen and the menu", type(exc).__name__
            )
    intent = result.intent if result else FALLBACK
    confidence = result.confidence if result else 0.0
    crisis = combine(
        safety,
        intent if result else None,
        confidence if result else None,
        backend=result.backend if result else None,
        model_crisis=model_crisis,
    )
    if crisis:
        intent = "crisis"
    elif safety.other_at_risk:
        # Someone else is at risk: the colleague path, whatever the classifier thought.
        intent = "support_colleague"
    else:
        if intent == "crisis" and result is not None:
            # The screen ruled the classifier's crisis out (clear negation): act on the runner-up.
            intent, confidence = next(
                ((i, c) for i, c in result.ranking if i != "crisis"), (FALLBACK, 0.0)
            )
        if result is None or confidence < threshold:
            intent = FALLBACK
        if result is not None and intent in (FALLBACK, "out_of_scope") and need_gate is not None:
            intent, confidence = await _second_look(need_gate, text, result, intent, confidence)
    return Understanding(
        crisis=crisis,
        other_at_risk=safety.other_at_risk and not crisis,
        intent=intent,
        confidence=confidence,
        ranking=result.ranking if result else (),
        backend=result.backend if result else "none",
        nlu_down=nlu_down,
    )


async def _second_look(
    gate: NeedGate, text: str, result: NLUResult, intent: str, confidence: float
) -> tuple[str, float]:
    """The need gate's answer where it finds a need; the NLU's own decision otherwise."""
    try:
        # A worker thread, like the crisis model: the encoder takes ~20 ms.
        found = await asyncio.to_thread(gate.need, text, result.ranking)
    except Exception as exc:  # the NLU's decision stands
        log.error("need gate failed (%s); keeping the NLU's decision", type(exc).__name__)
        return intent, confidence
    return found if found is not None else (intent, confidence)
