"""The semantic crisis model in the bot: loaded by bootstrap, its fallback, its verdict.

These use the models trained under var/models (`make install` trains them ahead; a missing one
is trained here, about 90 s for the semantic model's first embedding of the training set).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.bootstrap import build_app, load_crisis_scorer
from bot.conversation import Conversation
from bot.safety import MODEL_THRESHOLD, SafetyResult, combine, screen
from bot.settings import Settings
from bot.types import Turn
from bot.understanding import understand
from nlu import semantic
from nlu.crisis_model import CrisisModel
from nlu.semantic import SemanticCrisisModel
from tests.fakes import FakeNLU, FakeRecorder
from tests.test_conversation import CRISIS_TEXT, assert_crisis_first

# Written for this test (not from any evaluation, held-out or blind set). A hopeless statement
# with no method, plan, time or death word: the screen has no pattern for it and the lexical
# crisis model gives it under MODEL_THRESHOLD (0.90), but the semantic model's mean of its two
# probabilities is over its own threshold (semantic.THRESHOLD). (The embedded classifier puts
# crisis first under its own threshold: on the bot's real NLU too, only the semantic model
# catches it.) The preconditions are asserted, so a retrained model that moves it says so.
SEMANTIC_ONLY = "I've stopped seeing a future for myself at all"


@pytest.fixture(scope="module")
def scorer() -> SemanticCrisisModel:
    model = load_crisis_scorer()
    assert isinstance(model, SemanticCrisisModel), "the MiniLM files are installed by make"
    return model


def test_the_bot_loads_the_semantic_crisis_model_when_its_files_are_there(
    settings: Settings, scorer: SemanticCrisisModel
) -> None:
    assert semantic.model_files_dir() is not None
    assert isinstance(scorer.lexical, CrisisModel)
    assert scorer.threshold == semantic.THRESHOLD
    assert scorer.paused_threshold == semantic.PAUSED_THRESHOLD
    app = build_app(settings, recorder=FakeRecorder(), nlu=FakeNLU())
    assert isinstance(app.conversation._crisis_model, SemanticCrisisModel)


@pytest.mark.parametrize("files", ["missing", "broken"])
async def test_without_usable_minilm_files_the_lexical_model_decides_and_the_screen_works(
    files: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    make_conversation: Callable[..., Conversation],
    nlu: FakeNLU,
) -> None:
    folder = tmp_path / "minilm"
    if files == "broken":
        folder.mkdir()
        (folder / "model.safetensors").write_bytes(b"\0" * 4096)
        (folder / "tokenizer.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setenv(semantic.MODEL_DIR_ENV, str(folder))
    with caplog.at_level(logging.WARNING):
        model = load_crisis_scorer()
    assert isinstance(model, CrisisModel)
    assert "lexical crisis model decides alone" in caplog.text
    nlu.down = True
    convo = make_conversation(crisis_model=model)
    assert_crisis_first(await convo.handle(Turn("s1", text=CRISIS_TEXT)))


async def test_a_crisis_only_the_semantic_model_catches_gets_the_crisis_reply(
    scorer: SemanticCrisisModel,
    make_conversation: Callable[..., Conversation],
    nlu: FakeNLU,
) -> None:
    lexical = scorer.lexical
    assert lexical is not None
    safety = screen(SEMANTIC_ONLY)
    assert not (safety.crisis or safety.calmed or safety.other_at_risk), "the screen moved"
    assert lexical.probability(SEMANTIC_ONLY) < MODEL_THRESHOLD, "the lexical model moved"
    assert scorer.is_crisis(SEMANTIC_ONLY), "the semantic model moved"
    # A classifier that reads it as a need, so that only the crisis model can decide.
    nlu.script[SEMANTIC_ONLY] = ("stress_anxiety", 0.6)

    with_lexical = await make_conversation(crisis_model=lexical).handle(
        Turn("s1", text=SEMANTIC_ONLY)
    )
    assert not with_lexical.crisis
    assert_crisis_first(
        await make_conversation(crisis_model=scorer).handle(Turn("s2", text=SEMANTIC_ONLY))
    )


class _Verdict:
    """A crisis model with its own verdict; records what it was asked."""

    def __init__(self, verdict: bool, paused_verdict: bool | None = None) -> None:
        self.verdict = verdict
        self.paused_verdict = verdict if paused_verdict is None else paused_verdict
        self.asked: list[str] = []

    def probability(self, text: str) -> float:
        self.asked.append("probability")
        return 0.0 if self.verdict else 1.0  # the opposite: must not be what decides

    def is_crisis(self, text: str, paused: bool = False) -> bool:
        self.asked.append("is_crisis paused" if paused else "is_crisis")
        return self.paused_verdict if paused else self.verdict


class _Probability:
    """A crisis model with a probability only (as the lexical model); records what it was asked."""

    def __init__(self, probability: float) -> None:
        self.value = probability
        self.asked = 0

    def probability(self, text: str) -> float:
        self.asked += 1
        return self.value


async def test_a_model_with_its_own_verdict_decides_through_it_not_model_threshold() -> None:
    quiet = SafetyResult(crisis=False)
    yes, no = _Verdict(True), _Verdict(False)
    assert (await understand("x", None, 0.5, crisis_model=yes, safety=quiet)).crisis
    assert not (await understand("x", None, 0.5, crisis_model=no, safety=quiet)).crisis
    assert yes.asked == ["is_crisis"] and no.asked == ["is_crisis"]


async def test_where_the_screen_paused_the_model_decides_at_its_paused_threshold() -> None:
    calmed = SafetyResult(crisis=False, calmed=True)
    sure = _Verdict(True, paused_verdict=True)
    unsure = _Verdict(True, paused_verdict=False)
    assert (await understand("x", None, 0.5, crisis_model=sure, safety=calmed)).crisis
    assert not (await understand("x", None, 0.5, crisis_model=unsure, safety=calmed)).crisis
    assert sure.asked == unsure.asked == ["is_crisis paused"]
    assert combine(calmed, None, None, model_crisis=True)


async def test_where_the_screen_paused_a_probability_alone_has_no_say() -> None:
    calmed = SafetyResult(crisis=False, calmed=True)
    model = _Probability(0.99)
    assert not (await understand("x", None, 0.5, crisis_model=model, safety=calmed)).crisis
    assert not combine(calmed, None, None, 0.99)
    assert (await understand("x", None, 0.5, crisis_model=model)).crisis


async def test_where_someone_else_is_at_risk_the_model_is_not_asked_and_has_no_say() -> None:
    other = SafetyResult(crisis=False, other_at_risk=True)
    model = _Verdict(True)
    u = await understand("x", None, 0.5, crisis_model=model, safety=other)
    assert not u.crisis and u.other_at_risk and model.asked == []
    assert not combine(other, None, None, model_crisis=True)
    assert combine(SafetyResult(crisis=False), None, None, model_crisis=True)
    # The verdict wins over a probability given beside it.
    assert not combine(SafetyResult(crisis=False), None, None, 0.99, model_crisis=False)


class _BrokenEncoder:
    """An encoder that fails on every message (a fault, like the NLU made to fail)."""

    def embed(self, text: str) -> object:
        raise MemoryError("encoder fault")


def test_an_encoder_fault_leaves_the_binary_model_deciding_at_its_own_threshold(
    scorer: SemanticCrisisModel, caplog: pytest.LogCaptureFixture
) -> None:
    lexical = scorer.lexical
    assert lexical is not None
    sure = "I have the pills counted out and I'm taking them all tonight"
    assert lexical.probability(sure) >= MODEL_THRESHOLD, "the lexical model moved"
    assert lexical.probability(SEMANTIC_ONLY) < MODEL_THRESHOLD, "the lexical model moved"
    encoder = scorer.encoder
    scorer.encoder = _BrokenEncoder()  # type: ignore[assignment]
    try:
        with caplog.at_level(logging.ERROR, logger="nlu.semantic"):
            assert scorer.is_crisis(sure)
            assert not scorer.is_crisis(SEMANTIC_ONLY)
            assert not scorer.is_crisis(SEMANTIC_ONLY, paused=True)
    finally:
        scorer.encoder = encoder
    assert "MemoryError" in caplog.text
    assert "pills" not in caplog.text
