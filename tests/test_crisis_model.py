"""The binary crisis model: trained from open data only, cached, and never a reason to crash."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.safety import MODEL_THRESHOLD, SafetyResult, combine
from nlu import crisis_model
from nlu.crisis_model import CORPUS_DIR, load_or_train, training_set
from nlu.training_data import DATA_DIR

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> crisis_model.CrisisModel:
    trained = load_or_train(model_dir=tmp_path_factory.mktemp("models"))
    assert trained is not None
    return trained


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
