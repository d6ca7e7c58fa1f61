"""The embedding need gate: a second look at messages the NLU would question or turn away.

Real models from var/models (`make install` trains them; a missing one is trained here).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from bot.bootstrap import build_app, load_crisis_scorer, load_need_gate
from bot.settings import Settings
from bot.types import FALLBACK, WELLBEING_NEEDS
from bot.understanding import understand
from nlu import need_gate
from nlu.embedded import EmbeddedNLU
from nlu.need_gate import NeedGate
from nlu.semantic import SemanticCrisisModel
from tests.fakes import FakeRecorder

BOT = Path(sys.executable).parent / "wellbeing-bot"
# Written for this test (not from any evaluation, held-out or blind set): plain help-seeking
# that the embedded NLU alone turns away as out of scope or answers with a clarifying question
# (asserted below, so a retrained model that moves it says so).
QUESTIONED = "what should I do when my mind won't switch off"
EVERYDAY = (
    "what's the weather in Leeds tomorrow",
    "can you book me a table for two on friday",
    "how many miles is it from Derby to Nottingham",
    "set a reminder for my dentist on tuesday",
)


@pytest.fixture(scope="module")
def scorer() -> SemanticCrisisModel:
    model = load_crisis_scorer()
    assert isinstance(model, SemanticCrisisModel), "the MiniLM files are installed by make"
    return model


@pytest.fixture(scope="module")
def gate(scorer: SemanticCrisisModel) -> NeedGate:
    loaded = load_need_gate(scorer)
    assert isinstance(loaded, NeedGate)
    return loaded


@pytest.fixture(scope="module")
def nlu() -> EmbeddedNLU:
    return EmbeddedNLU.load_or_train()


async def test_a_need_the_nlu_would_question_is_routed_to_a_need(
    nlu: EmbeddedNLU, scorer: SemanticCrisisModel, gate: NeedGate, settings: Settings
) -> None:
    threshold = settings.nlu.threshold
    alone = await understand(QUESTIONED, nlu, threshold, crisis_model=scorer)
    assert alone.intent in ("out_of_scope", FALLBACK), "precondition: the NLU alone misses it"
    seen = await understand(QUESTIONED, nlu, threshold, crisis_model=scorer, need_gate=gate)
    assert seen.intent in WELLBEING_NEEDS and not seen.crisis
    assert seen.confidence >= need_gate.NEED_THRESHOLD


@pytest.mark.parametrize("text", EVERYDAY)
async def test_everyday_requests_still_get_what_i_can_help_with(
    text: str, nlu: EmbeddedNLU, gate: NeedGate, settings: Settings
) -> None:
    seen = await understand(text, nlu, settings.nlu.threshold, need_gate=gate)
    assert seen.intent in ("out_of_scope", FALLBACK)


async def test_the_gate_never_touches_a_crisis_decision(
    nlu: EmbeddedNLU, scorer: SemanticCrisisModel, gate: NeedGate, settings: Settings
) -> None:
    text = "I can't see the point in going on, I've been saving my tablets"
    seen = await understand(text, nlu, settings.nlu.threshold, crisis_model=scorer, need_gate=gate)
    assert seen.crisis and seen.intent == "crisis"


async def test_a_failing_gate_leaves_the_nlus_decision_and_logs_no_text(
    nlu: EmbeddedNLU, gate: NeedGate, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    alone = await understand(QUESTIONED, nlu, settings.nlu.threshold)
    broken = dataclasses.replace(gate, encoder=None)  # raises: loaded without its encoder
    with caplog.at_level(logging.ERROR):
        seen = await understand(QUESTIONED, nlu, settings.nlu.threshold, need_gate=broken)
    assert alone.intent in ("out_of_scope", FALLBACK)
    assert seen.intent == alone.intent  # the NLU's own decision
    assert "need gate failed" in caplog.text and "switch off" not in caplog.text


def test_the_bot_loads_the_gate_on_the_crisis_models_encoder(
    settings: Settings, scorer: SemanticCrisisModel
) -> None:
    app = build_app(settings, recorder=FakeRecorder(), nlu=EmbeddedNLU.load_or_train())
    loaded = app.conversation._need_gate
    assert isinstance(loaded, NeedGate)
    assert loaded.encoder is not None and loaded.needs == tuple(sorted(WELLBEING_NEEDS))
    # Without the semantic model there is no encoder to share: no gate, the NLU decides.
    assert load_need_gate(scorer.lexical) is None


def test_nlu_evaluate_measures_the_decision_with_the_gate(tmp_path: Path) -> None:
    data = tmp_path / "few.yml"
    data.write_text(
        'version: "3.1"\nnlu:\n- intent: stress_anxiety\n  examples: |\n'
        f"    - {QUESTIONED}\n- intent: out_of_scope\n  examples: |\n"
        f"    - {EVERYDAY[0]}\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [str(BOT), "nlu", "evaluate", str(data), "--backend", "embedded", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    got = {p["text"]: p["intent"] for p in json.loads(done.stdout)["predictions"]}
    assert got[QUESTIONED] in WELLBEING_NEEDS
    assert got[EVERYDAY[0]] in ("out_of_scope", FALLBACK)
