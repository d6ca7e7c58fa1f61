"""The embedded NLU: good enough on the held-out set, fast path equal to sklearn, cached."""

from __future__ import annotations

import asyncio
import pickletools
from pathlib import Path

import numpy as np
import pytest

from bot.ports import NLUUnavailable
from bot.settings import Settings
from bot.types import WELLBEING_NEEDS
from nlu.crisis_model import build_pipeline
from nlu.crisis_model import load_or_train as load_crisis_model
from nlu.embedded import EmbeddedNLU, _features
from nlu.evaluation import metrics, predict
from nlu.fast_linear import Analyser
from nlu.training_data import DATA_DIR, NLU_DIR, Example, read_dir, read_examples

HELDOUT = NLU_DIR / "heldout" / "heldout.yml"
# Just under what the recipe achieves (0.88, docs/nlu-embedded.md): a worse change fails here.
MACRO_F1_FLOOR = 0.86
SMALL_DATA = """version: "3.1"
nlu:
  - intent: sleep_fatigue
    examples: |
      - i cannot sleep after nights
      - shift work has wrecked my sleep
      - exhausted all the time
  - intent: out_of_scope
    examples: |
      - what is the weather tomorrow
      - play some music
      - who won the football
"""


@pytest.fixture(scope="module")
def model() -> EmbeddedNLU:
    return EmbeddedNLU.train(read_dir([DATA_DIR]))


def test_heldout_macro_f1_stays_above_the_floor(model: EmbeddedNLU, settings: Settings) -> None:
    examples = read_examples(HELDOUT)
    # The whole decision the bot makes: screen, classifier and the second crisis net.
    crisis_model = load_crisis_model()
    assert crisis_model is not None
    scored = metrics(
        asyncio.run(predict(examples, model, settings.nlu.threshold, crisis_model=crisis_model))
    )
    assert scored["macro_f1"] >= MACRO_F1_FLOOR, scored["confusions"]
    assert scored["crisis"]["recall"] == 1.0
    assert scored["out_of_scope"]["to_scope_or_fallback"] >= 0.9


def _assert_same_as_sklearn(model: EmbeddedNLU, texts: list[str]) -> None:
    m = model.models
    expected = m.classifier.predict_proba(m.features.transform(texts))
    labels = [str(c) for c in m.classifier.classes_]
    for text, row in zip(texts, expected, strict=True):
        got = dict(model.classify(text).ranking)
        want = {labels[i]: float(row[i]) for i in np.argsort(row)[::-1][:5]}
        assert got.keys() == want.keys(), text
        assert all(got[k] == pytest.approx(want[k], abs=1e-9) for k in want), text


ODD_TEXTS = ["", "??", "zzzz qqqq", "I CAN'T SLEEP!!!", "🙂 hello", "a " * 300]


def test_the_analysers_are_sklearns() -> None:
    """fast_linear.Analyser, for each vectoriser of the embedded and crisis recipes, gives the
    terms sklearn's build_analyzer() gives, in order, on training lines and odd texts."""
    vectorisers = [
        *(v for _, v in _features().transformer_list),
        *(v for _, v in build_pipeline().named_steps["features"].transformer_list),
    ]
    odd = [
        *ODD_TEXTS,
        "  runs\t\tof \n\n white\u00a0\u2003space  ",
        "İstanbul ẞtraße ΣΑΣ Ǆ ﬁ",  # lowercasing that changes length
        "don't-stop_me now!! 42x",
        "a",
        "ab cd",
    ]
    texts = [e.text for e in read_dir([DATA_DIR])][::10] + odd
    for vectoriser in vectorisers:
        ours, sklearns = Analyser.of(vectoriser), vectoriser.build_analyzer()
        for text in texts:
            assert ours(text) == sklearns(text), (vectoriser.analyzer, text)


def test_an_option_the_analyser_does_not_copy_is_refused() -> None:
    vectoriser = _features().transformer_list[0][1]
    vectoriser.set_params(strip_accents="unicode")
    with pytest.raises(ValueError, match="strip_accents"):
        Analyser.of(vectoriser)


def test_a_cached_model_holds_no_sklearn_object(tmp_path: Path) -> None:
    (tmp_path / "nlu.yml").write_text(SMALL_DATA)
    EmbeddedNLU.load_or_train(tmp_path, tmp_path / "models")
    (cached,) = (tmp_path / "models").glob("*.pkl")
    # The module names of the pickled classes are among its strings.
    ops = pickletools.genops(cached.read_bytes())
    strings = [arg for _, arg, _ in ops if isinstance(arg, str)]
    assert "nlu.fast_linear" in strings
    assert [s for s in strings if s.startswith(("sklearn", "scipy"))] == []
    loaded = EmbeddedNLU.load_or_train(tmp_path, tmp_path / "models")
    with pytest.raises(RuntimeError, match="only train"):
        loaded.models  # noqa: B018


def test_fast_scoring_gives_sklearns_probabilities(model: EmbeddedNLU) -> None:
    _assert_same_as_sklearn(model, [e.text for e in read_dir([DATA_DIR])][::25] + ODD_TEXTS)


def test_fast_scoring_handles_a_two_intent_model(tmp_path: Path) -> None:
    (tmp_path / "nlu.yml").write_text(SMALL_DATA)
    examples = read_examples(tmp_path / "nlu.yml")
    _assert_same_as_sklearn(EmbeddedNLU.train(examples), [e.text for e in examples] + ODD_TEXTS)


@pytest.mark.parametrize(
    "text",
    [
        "For a few months now I have felt worn down and tense, and I keep snapping at the "
        "people closest to me. I do not really know what is wrong or what would help.",
        "My wife and I seem to disagree about everything lately and the house feels cold.",
    ],
)
def test_general_help_seeking_is_routed_to_a_need(
    model: EmbeddedNLU, settings: Settings, text: str
) -> None:
    result = model.classify(text)
    assert result.intent in WELLBEING_NEEDS
    assert result.confidence >= settings.nlu.threshold


def test_an_ordinary_request_is_out_of_scope(model: EmbeddedNLU) -> None:
    assert model.classify("which motorway is quickest to the coast on saturday").intent == (
        "out_of_scope"
    )


def _three_intent_model(gate_score: float) -> EmbeddedNLU:
    """A tiny model whose scores are fixed: out_of_scope 0.4 on top, two needs 0.35 and 0.25."""
    examples = [
        Example(text, intent)
        for intent, texts in {
            "sleep_fatigue": ["cannot sleep", "exhausted after nights", "no sleep"],
            "money_worries": ["debt is piling up", "cannot pay the bills", "money is tight"],
            "out_of_scope": ["weather tomorrow", "play some music", "who won the match"],
        }.items()
        for text in texts
    ]
    model = EmbeddedNLU.train(examples)
    wanted = {"money_worries": 0.25, "out_of_scope": 0.4, "sleep_fatigue": 0.35}
    logits = np.log([wanted[label] for label in model._labels])
    model._scorer.scores = lambda text: (logits, gate_score * model._need_sign)  # type: ignore[method-assign]
    return model


def test_a_long_message_with_most_weight_on_needs_goes_to_the_top_need() -> None:
    long_text = " ".join(["word"] * 12)
    sure = _three_intent_model(gate_score=3.0)  # gate about 0.95
    routed = sure.classify(long_text)
    assert routed.intent == "sleep_fatigue"
    assert routed.confidence == pytest.approx(0.95, abs=0.01)
    assert routed.ranking[0][0] == "out_of_scope"  # the ranking itself is untouched
    # Short messages, and long ones the gate doubts, keep the classifier's out_of_scope.
    assert sure.classify("word word word").intent == "out_of_scope"
    assert _three_intent_model(gate_score=-1.0).classify(long_text).intent == "out_of_scope"


class RecordingTrain:
    """Wraps the real training and counts how often it runs."""

    def __init__(self) -> None:
        self.calls = 0
        self._real = EmbeddedNLU.train

    def __call__(self, examples: list[Example]) -> EmbeddedNLU:
        self.calls += 1
        return self._real(examples)


def test_a_second_load_uses_the_cache_and_new_data_retrains(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, models = tmp_path / "data", tmp_path / "models"
    data.mkdir()
    (data / "nlu.yml").write_text(SMALL_DATA)
    train = RecordingTrain()
    monkeypatch.setattr(EmbeddedNLU, "train", train)
    first = EmbeddedNLU.load_or_train(data, models)
    second = EmbeddedNLU.load_or_train(data, models)
    assert train.calls == 1
    assert len(list(models.glob("*.pkl"))) == 1
    text = "exhausted after nights"
    assert second.classify(text) == first.classify(text)
    (data / "nlu.yml").write_text(SMALL_DATA + "      - who won the rugby\n")
    EmbeddedNLU.load_or_train(data, models)
    assert train.calls == 2


def test_a_broken_cache_is_retrained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data, models = tmp_path / "data", tmp_path / "models"
    data.mkdir()
    (data / "nlu.yml").write_text(SMALL_DATA)
    EmbeddedNLU.load_or_train(data, models)
    (cached,) = models.glob("*.pkl")
    cached.write_bytes(b"not a pickle")
    train = RecordingTrain()
    monkeypatch.setattr(EmbeddedNLU, "train", train)
    model = EmbeddedNLU.load_or_train(data, models)
    assert train.calls == 1
    assert model.classify("shift work has wrecked my sleep").intent == "sleep_fatigue"


def test_no_training_data_means_unavailable(tmp_path: Path) -> None:
    with pytest.raises(NLUUnavailable):
        EmbeddedNLU.load_or_train(tmp_path, tmp_path / "models")
