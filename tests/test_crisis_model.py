"""The binary crisis model: trained from open data only, cached, and never a reason to crash."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from bot.safety import MODEL_THRESHOLD, SafetyResult, combine
from bot.safety_text import normalise
from nlu import crisis_model
from nlu.crisis_model import CORPUS_DIR, load_or_train, training_set
from nlu.training_data import DATA_DIR

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="module")
def model(model_dir: Path) -> crisis_model.CrisisModel:
    trained = load_or_train(model_dir=model_dir)
    assert trained is not None
    return trained


# Edge cases the fast scorer must read exactly as sklearn does: nothing left after normalising,
# emoji, disguised spellings, unknown words, other scripts, repeats and very long messages.
ODD_TEXTS = [
    "🙂",
    "!!!",
    "😢😢 I can't go on 💔",
    "I w4nt t0 d1e",
    "ＦＵＬＬ WIDTH and Café naïve",
    "zzzz qqqq xxyyzz",
    "je veux mourir",
    "line one\nline two\ttab",
    "no no no no no no no no no",
    "a " * 300,
    "I have had enough of everything and I do not see the point any more. " * 40,
]


def _sklearn_probability(model: crisis_model.CrisisModel, text: str) -> float:
    """The pipeline's own predict_proba for the crisis class, on the text as the model reads it."""
    pipeline = model.pipeline
    assert pipeline is not None, "trained in this process: the sklearn pipeline is kept"
    column = [int(c) for c in pipeline.classes_].index(1)
    return float(pipeline.predict_proba([normalise(text)])[0][column])


def test_fast_probability_is_sklearns_predict_proba(model: crisis_model.CrisisModel) -> None:
    texts, labels = training_set()
    # Both classes, spread through the data, plus the edge cases.
    sample = texts[::20] + [t for t, y in zip(texts, labels, strict=True) if y][::5] + ODD_TEXTS
    got = np.array([model.probability(t) for t in sample])
    want = np.array([_sklearn_probability(model, t) for t in sample])
    assert np.abs(got - want).max() <= 1e-9
    # Not a vacuous match: the sample spans both sides of the threshold.
    assert got.min() < 0.1 and got.max() > MODEL_THRESHOLD


def test_an_empty_message_scores_zero_whatever_the_model_says(
    model: crisis_model.CrisisModel,
) -> None:
    assert [model.probability(t) for t in ("", "   ", "\n\t")] == [0.0, 0.0, 0.0]


def test_a_model_loaded_from_the_cache_scores_the_same(
    model: crisis_model.CrisisModel, model_dir: Path
) -> None:
    cached = load_or_train(model_dir=model_dir)
    assert cached is not None and cached is not model
    texts = ["I want to end it all tonight", "can I swap my shift", *ODD_TEXTS]
    assert [cached.probability(t) for t in texts] == [model.probability(t) for t in texts]


def test_it_learns_from_open_data_only() -> None:
    texts, labels = training_set()
    lines = (CORPUS_DIR / "crisis_heldout.txt").read_text(encoding="utf-8").splitlines()
    held_out = {line.strip().casefold() for line in lines if line.strip()}
    assert held_out.isdisjoint(text.strip().casefold() for text in texts)
    assert sum(labels) >= 100 and len(labels) - sum(labels) >= 1000


def test_its_threshold_is_the_one_combine_uses_and_is_no_lower_than_recall_needs(
    model: crisis_model.CrisisModel,
) -> None:
    assert model.threshold == pytest.approx(MODEL_THRESHOLD) or model.threshold > MODEL_THRESHOLD
    assert model.recall_threshold <= model.threshold
    assert 0.0 <= model.cv_false_alarm_rate < 0.05


def test_plain_crisis_wording_is_likely_and_everyday_wording_is_not(
    model: crisis_model.CrisisModel,
) -> None:
    # Our own sentences, in words the training data does not hold together.
    crisis = ["tonight I'm going to end my life", "I want to die, I have the tablets here"]
    everyday = ["what time does the canteen open", "can I change my rest days next month"]
    assert min(model.probability(t) for t in crisis) >= MODEL_THRESHOLD
    assert max(model.probability(t) for t in everyday) < 0.5
    assert model.probability("") == 0.0
    assert combine(SafetyResult(crisis=False), None, None, model.probability(crisis[0]))


def test_a_cached_model_is_reused_and_a_broken_cache_is_retrained(tmp_path: Path) -> None:
    data = tmp_path / "data"
    corpus = tmp_path / "crisis"
    shutil.copytree(DATA_DIR, data)
    shutil.copytree(CORPUS_DIR, corpus)
    models = tmp_path / "models"
    first = load_or_train(data, corpus, models)
    cached = list(models.glob("crisis-*.pkl"))
    assert first is not None and len(cached) == 1
    cached[0].write_bytes(b"not a pickle")
    again = load_or_train(data, corpus, models)
    assert again is not None and again.probability("I want to kill myself") >= MODEL_THRESHOLD


def test_no_data_means_no_model_not_a_crash(tmp_path: Path) -> None:
    assert load_or_train(tmp_path / "none", tmp_path / "none", tmp_path / "models") is None
