"""What the bot makes of one text: the crisis decision first, then the need it would act on.

Shared by the conversation core and `nlu evaluate`, so what is measured is what the bot does.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from bot.ports import NLUBackend, NLUUnavailable
from bot.safety import SafetyResult, combine, screen
from bot.types import FALLBACK, NLUResult

log = logging.getLogger(__name__)


class CrisisScorer(Protocol):
    """The second crisis net (nlu/crisis_model.py): a probability that a text is a crisis."""

    def probability(self, text: str) -> float: ...


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
) -> Understanding:
    """Screen for crisis without any model, then classify; a down NLU never hides a crisis.

    `safety` is the screen's result when the caller has already screened this text.
    """
    safety = safety if safety is not None else screen(text)
    probability: float | None = None
    if crisis_model is not None and not safety.crisis:
        try:
            probability = crisis_model.probability(text)
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
        probability,
        backend=result.backend if result else None,
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
    return Understanding(
        crisis=crisis,
        other_at_risk=safety.other_at_risk and not crisis,
        intent=intent,
        confidence=confidence,
        ranking=result.ranking if result else (),
        backend=result.backend if result else "none",
        nlu_down=nlu_down,
    )
