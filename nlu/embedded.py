"""The embedded NLU backend: word and character n-grams with linear models, in-process.

Two models share one recipe: a classifier over every intent, and a binary gate that asks only
"is this some wellbeing need?". Long, general help-seeking messages spread the classifier's
probability over several needs, so its top score alone would send them to a clarifying
question; when the gate is sure it is a need, the top need is routed with the gate's confidence.
Measurements and the choice against sentence embeddings are in docs/nlu-embedded.md.

Trained from nlu/data/*.yml in a few seconds with scikit-learn, and cached under var/models/ by a
hash of the data and this recipe, so it is retrained only when either changes. What is cached is
the plain scorer of nlu/fast_linear.py, not the sklearn objects: loading it imports no sklearn.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.ports import NLUUnavailable
from bot.types import WELLBEING_NEEDS, NLUResult
from nlu.fast_linear import SparseScorer, sigmoid, softmax
from nlu.model_cache import files_fingerprint, read_cached, write_cached
from nlu.training_data import DATA_DIR, Example, read_dir

if TYPE_CHECKING:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion

log = logging.getLogger(__name__)

# 5: the cache holds fast_linear.SparseScorer, no longer the sklearn objects.
RECIPE_VERSION = "tfidf-lr-gate-5"
MODEL_DIR = Path(__file__).resolve().parent.parent / "var" / "models"
# Crisis sits on the need side of the gate: a crisis-like message must never look out of scope.
GATE_POSITIVE = frozenset((*WELLBEING_NEEDS, "crisis"))
# Gate probability from which a top need is routed on the gate's word (docs/nlu-embedded.md).
GATE_THRESHOLD = 0.5
# A long message whose top intent is out_of_scope goes to its top need when the classifier puts at
# least this much probability on the needs together and the gate agrees: long, plain help-seeking
# spreads over several needs and lets out_of_scope win the argmax (cross-validated in the doc).
NEED_MASS = 0.5
LONG_MESSAGE_WORDS = 12


def _features() -> FeatureUnion:
    """Word unigrams and bigrams for meaning, character n-grams for typos and slang."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    return FeatureUnion(
        [
            (
                "words",
                TfidfVectorizer(
                    lowercase=True,
                    ngram_range=(1, 2),
                    sublinear_tf=True,
                    min_df=1,
                    token_pattern=r"(?u)\b\w+\b",
                ),
            ),
            (
                "chars",
                TfidfVectorizer(
                    lowercase=True,
                    analyzer="char_wb",
                    ngram_range=(2, 5),
                    sublinear_tf=True,
                    min_df=2,
                ),
            ),
        ]
    )


def build_classifier() -> LogisticRegression:
    """The intent classifier: no class reweighting, so the large out_of_scope class keeps its
    prior (balanced weights pushed ordinary requests into small needs and crisis)."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=10.0, solver="newton-cg", max_iter=200)


def build_gate() -> LogisticRegression:
    """The need-or-not gate, balanced because the two sides differ in size."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=10.0, solver="newton-cg", max_iter=200, class_weight="balanced")


def data_fingerprint(data_dir: Path = DATA_DIR) -> str:
    """A hash of the training files and the recipe: the cache key of a trained model."""
    return files_fingerprint(RECIPE_VERSION, sorted(data_dir.glob("*.yml")))


@dataclass(frozen=True)
class Models:
    """What is trained together: one feature space, two linear models on it (sklearn's objects,
    kept by a model trained in this process; the cache holds their SparseScorer)."""

    features: FeatureUnion
    classifier: LogisticRegression
    gate: LogisticRegression


class EmbeddedNLU:
    """In-process classifier implementing the NLUBackend port."""

    name = "embedded"

    def __init__(self, scorer: SparseScorer, models: Models | None = None) -> None:
        self._scorer = scorer
        self._models = models
        self._labels: list[str] = list(scorer.labels)
        self._need_sign = 1.0 if bool(scorer.gate.classes[1]) else -1.0
        self._need_columns = [
            i for i, label in enumerate(self._labels) if label in WELLBEING_NEEDS
        ]

    @property
    def scorer(self) -> SparseScorer:
        """The fitted parameters as plain arrays: what is cached, and what scores each text."""
        return self._scorer

    @property
    def models(self) -> Models:
        """The fitted feature union, classifier and gate, for a model trained in this process."""
        if self._models is None:
            raise RuntimeError("loaded from the cache: only train() keeps the sklearn models")
        return self._models

    @classmethod
    def train(cls, examples: list[Example]) -> EmbeddedNLU:
        """Fit fresh models on these examples."""
        features = _features()
        matrix = features.fit_transform([e.text for e in examples])
        classifier = build_classifier().fit(matrix, [e.intent for e in examples])
        gate = build_gate().fit(matrix, [e.intent in GATE_POSITIVE for e in examples])
        scorer = SparseScorer.from_fitted(features, classifier, gate)
        return cls(scorer, Models(features, classifier, gate))

    @classmethod
    def load_or_train(
        cls, data_dir: Path = DATA_DIR, model_dir: Path = MODEL_DIR, force: bool = False
    ) -> EmbeddedNLU:
        """Use the cached model for this data, training and caching one if there is none."""
        path = model_dir / f"embedded-{data_fingerprint(data_dir)}.pkl"
        cached = None if force else read_cached(path, SparseScorer, "NLU model")
        if cached is not None:
            return cls(cached)
        examples = read_dir([data_dir])
        if not examples:
            raise NLUUnavailable(f"no training examples in {data_dir}")
        started = time.perf_counter()
        model = cls.train(examples)
        log.info(
            "trained embedded NLU on %d examples in %.1fs",
            len(examples),
            time.perf_counter() - started,
        )
        write_cached(path, model.scorer)
        return model

    def classify(self, text: str) -> NLUResult:
        """Synchronous parse: the top intent, its confidence and the ranking."""
        scores, gate_score = self._scorer.scores(text)
        probs = softmax(scores)
        order = probs.argsort()[::-1]
        ranking = tuple((self._labels[i], float(probs[i])) for i in order[:5])
        intent, confidence = ranking[0]
        if intent in WELLBEING_NEEDS:
            need = sigmoid(self._need_sign * gate_score)
            if need >= GATE_THRESHOLD:
                confidence = max(confidence, need)
        elif intent == "out_of_scope" and len(text.split()) >= LONG_MESSAGE_WORDS:
            mass = float(probs[self._need_columns].sum())
            need = sigmoid(self._need_sign * gate_score)
            if mass >= NEED_MASS and need >= GATE_THRESHOLD:
                top = max(self._need_columns, key=lambda i: probs[i])
                intent, confidence = self._labels[top], max(mass, need)
        return NLUResult(intent, confidence, ranking, self.name)

    async def parse(self, text: str) -> NLUResult:
        """The NLUBackend port: CPU-bound and about a millisecond, so run inline."""
        return self.classify(text)
