"""Scoring what the bot would do on a labelled file: per-intent figures, crisis figures."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

from bot.ports import NLUBackend
from bot.types import FALLBACK, WELLBEING_NEEDS
from bot.understanding import CrisisScorer, NeedGate, understand
from nlu.training_data import Example


@dataclass(frozen=True)
class Prediction:
    """One message: what was expected, what the bot would act on, whether crisis showed."""

    text: str
    expected: str
    intent: str
    confidence: float
    crisis: bool


async def predict(
    examples: list[Example],
    nlu: NLUBackend | None,
    threshold: float,
    crisis_model: CrisisScorer | None = None,
    need_gate: NeedGate | None = None,
) -> list[Prediction]:
    """Run every example through the same decision the conversation core makes."""
    out = []
    for ex in examples:
        u = await understand(
            ex.text, nlu, threshold, crisis_model=crisis_model, need_gate=need_gate
        )
        out.append(Prediction(ex.text, ex.intent, u.intent, round(u.confidence, 4), u.crisis))
    return out


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def metrics(predictions: list[Prediction]) -> dict[str, Any]:
    """Accuracy, per-intent precision/recall/F1, macro-F1, confusions, crisis and scope rates."""
    expected = Counter(p.expected for p in predictions)
    predicted = Counter(p.intent for p in predictions)
    correct = Counter(p.expected for p in predictions if p.intent == p.expected)
    per_intent: dict[str, dict[str, float | int | None]] = {}
    f1s = []
    for intent in sorted(expected):
        tp = correct[intent]
        precision = _ratio(tp, predicted[intent])
        recall = _ratio(tp, expected[intent])
        f1 = (
            round(2 * precision * recall / (precision + recall), 4)
            if precision and recall
            else 0.0
        )
        f1s.append(f1)
        per_intent[intent] = {
            "support": expected[intent],
            "precision": precision,
            "recall": recall,
            "f1": f1,
        }
    confusions = Counter(
        (p.expected, p.intent) for p in predictions if p.intent != p.expected
    ).most_common(15)
    crisis_expected = [p for p in predictions if p.expected == "crisis"]
    others = [p for p in predictions if p.expected != "crisis"]
    oos = [p for p in predictions if p.expected == "out_of_scope"]
    needs = [p for p in predictions if p.expected in WELLBEING_NEEDS]
    return {
        "messages": len(predictions),
        "accuracy": _ratio(sum(correct.values()), len(predictions)),
        "macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else None,
        "per_intent": per_intent,
        "confusions": [{"expected": e, "got": g, "count": n} for (e, g), n in confusions],
        "fallback_rate": _ratio(predicted[FALLBACK], len(predictions)),
        "crisis": {
            "expected": len(crisis_expected),
            "shown": sum(p.crisis for p in crisis_expected),
            "recall": _ratio(sum(p.crisis for p in crisis_expected), len(crisis_expected)),
            "others": len(others),
            "false_alarms": sum(p.crisis for p in others),
            "false_alarm_rate": _ratio(sum(p.crisis for p in others), len(others)),
            "all_messages_rate": _ratio(sum(p.crisis for p in predictions), len(predictions)),
        },
        "out_of_scope": {
            "messages": len(oos),
            "to_scope_or_fallback": _ratio(
                sum(p.intent in ("out_of_scope", FALLBACK) for p in oos), len(oos)
            ),
        },
        "wellbeing": {
            "messages": len(needs),
            "recognised_as_a_need": _ratio(
                sum(p.intent in WELLBEING_NEEDS or p.intent == "crisis" for p in needs),
                len(needs),
            ),
        },
    }


def as_json(backend: str, predictions: list[Prediction]) -> dict[str, Any]:
    """The `nlu evaluate --json` object."""
    return {
        "backend": backend,
        "predictions": [asdict(p) for p in predictions],
        "metrics": metrics(predictions),
    }


def as_text(backend: str, m: dict[str, Any]) -> str:
    """A readable report of the metrics."""
    lines = [
        f"backend: {backend}   messages: {m['messages']}   accuracy: {m['accuracy']}   "
        f"macro-F1: {m['macro_f1']}   fallback rate: {m['fallback_rate']}",
        "",
        f"{'intent':<22}{'support':>8}{'precision':>11}{'recall':>8}{'F1':>8}",
    ]
    for intent, row in m["per_intent"].items():
        lines.append(
            f"{intent:<22}{row['support']:>8}{_fmt(row['precision']):>11}"
            f"{_fmt(row['recall']):>8}{_fmt(row['f1']):>8}"
        )
    c = m["crisis"]
    lines += [
        "",
        f"crisis: {c['shown']}/{c['expected']} crisis messages got the crisis reply "
        f"(recall {c['recall']}); false alarms {c['false_alarms']}/{c['others']} "
        f"({c['false_alarm_rate']})",
        f"out of scope to out_of_scope or fallback: {m['out_of_scope']['to_scope_or_fallback']} "
        f"of {m['out_of_scope']['messages']}",
        f"wellbeing messages recognised as a need: {m['wellbeing']['recognised_as_a_need']} "
        f"of {m['wellbeing']['messages']}",
        "",
        "most common confusions (expected -> got):",
    ]
    lines += [f"  {x['expected']} -> {x['got']}: {x['count']}" for x in m["confusions"]]
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"
