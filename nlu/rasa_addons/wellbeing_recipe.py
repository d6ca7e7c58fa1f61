"""The embedded backend's recipe for the Rasa component, with numpy and scikit-learn only.

TF-IDF word 1-2-grams and char_wb 2-5-grams (sublinear tf, l2 norm per block), a multinomial
logistic regression over every intent (C=10, no class reweighting) and a balanced binary "is
this some need?" gate (docs/nlu-embedded.md). When the classifier's top intent is a need and the
gate is at least `gate_threshold` sure, the need keeps the gate's confidence.

Runs in .venv-rasa (Python 3.10, Rasa's scikit-learn 1.1) as the top-level module
`wellbeing_recipe`, and in the bot's venv as `nlu.rasa_addons.wellbeing_recipe` for tests, so it
imports nothing of the bot. A fitted model is plain JSON and arrays (`to_state`/`from_state`),
never a pickle, and scores one text without sklearn's per-call checks.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

DEFAULTS: dict[str, Any] = {
    "C": 10.0,
    "gate_C": 10.0,
    "gate_threshold": 0.7,
    "word_ngram": [1, 2],
    "char_ngram": [2, 5],
    "char_min_df": 2,
    "max_iter": 200,
    # Intents the gate may route (the needs); `gate_positive` adds crisis to the gate's "yes"
    # side so that a crisis-like message never looks out of scope to it.
    "need_intents": [],
    "gate_positive": [],
}


def _vectorizer_params(config: dict[str, Any]) -> list[dict[str, Any]]:
    """The two TfidfVectorizers' settings, as stored with the model."""
    return [
        {
            "lowercase": True,
            "analyzer": "word",
            "ngram_range": [int(n) for n in config["word_ngram"]],
            "sublinear_tf": True,
            "min_df": 1,
            "token_pattern": r"(?u)\b\w+\b",
        },
        {
            "lowercase": True,
            "analyzer": "char_wb",
            "ngram_range": [int(n) for n in config["char_ngram"]],
            "sublinear_tf": True,
            "min_df": int(config["char_min_df"]),
        },
    ]


def _vectorizer(params: dict[str, Any]) -> TfidfVectorizer:
    return TfidfVectorizer(**{**params, "ngram_range": tuple(params["ngram_range"])})


class _Block:
    """One fitted vectoriser's vocabulary and idf at a column offset: sublinear tf-idf, l2."""

    def __init__(
        self, params: dict[str, Any], vocabulary: dict[str, int], idf: NDArray[np.float64]
    ) -> None:
        self.params = params
        self.analyse: Callable[[str], list[str]] = _vectorizer(params).build_analyzer()
        self.vocabulary = vocabulary
        self.idf = idf

    def row(self, text: str) -> tuple[list[int], list[float]]:
        counts = Counter(self.analyse(text))
        index, value = [], []
        for term, n in counts.items():
            column = self.vocabulary.get(term)
            if column is not None:
                index.append(column)
                value.append((1.0 + math.log(n)) * float(self.idf[column]))
        norm = math.sqrt(sum(v * v for v in value)) or 1.0
        return index, [v / norm for v in value]


@dataclass
class Prediction:
    """Every intent's probability, and what the recipe routes: the top intent and confidence."""

    ranking: list[tuple[str, float]]
    intent: str
    confidence: float
    gate: float


class WellbeingModel:
    """A fitted recipe: two vocabularies, the classifier's and the gate's weights."""

    def __init__(
        self,
        config: dict[str, Any],
        blocks: list[_Block],
        labels: list[str],
        coef: NDArray[np.float64],
        intercept: NDArray[np.float64],
        gate_coef: NDArray[np.float64],
        gate_intercept: float,
    ) -> None:
        self.config = {**DEFAULTS, **config}
        self.blocks = blocks
        self.labels = labels
        self.coef = coef  # (labels, features)
        self.intercept = intercept
        self.gate_coef = gate_coef  # (features,), positive means "a need"
        self.gate_intercept = gate_intercept
        self.needs = frozenset(self.config["need_intents"])

    @classmethod
    def fit(
        cls, texts: Sequence[str], intents: Sequence[str], config: dict[str, Any]
    ) -> WellbeingModel:
        """Fit the vectorisers, the classifier and the gate on labelled texts."""
        config = {**DEFAULTS, **config}
        blocks: list[_Block] = []
        matrices = []
        for params in _vectorizer_params(config):
            vectorizer = _vectorizer(params)
            matrices.append(vectorizer.fit_transform(texts))
            vocabulary = {str(k): int(v) for k, v in vectorizer.vocabulary_.items()}
            blocks.append(_Block(params, vocabulary, np.asarray(vectorizer.idf_, np.float64)))
        from scipy.sparse import hstack

        matrix = hstack(matrices).tocsr()
        classifier = LogisticRegression(
            C=float(config["C"]), solver="newton-cg", max_iter=int(config["max_iter"])
        ).fit(matrix, list(intents))
        labels = [str(c) for c in classifier.classes_]
        coef = np.asarray(classifier.coef_, np.float64)
        intercept = np.asarray(classifier.intercept_, np.float64)
        if len(labels) == 2:  # sklearn keeps one row for two classes: make it a softmax pair
            coef = np.vstack([-coef[0] / 2, coef[0] / 2])
            intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
        positive = set(config["gate_positive"]) | set(config["need_intents"])
        target = [intent in positive for intent in intents]
        if len(set(target)) == 2:
            gate = LogisticRegression(
                C=float(config["gate_C"]),
                solver="newton-cg",
                max_iter=int(config["max_iter"]),
                class_weight="balanced",
            ).fit(matrix, target)
            sign = 1.0 if bool(gate.classes_[1]) else -1.0
            gate_coef = sign * np.asarray(gate.coef_[0], np.float64)
            gate_intercept = sign * float(gate.intercept_[0])
        else:  # nothing to tell apart: the gate never routes
            gate_coef = np.zeros(matrix.shape[1])
            gate_intercept = -1e9
        return cls(config, blocks, labels, coef, intercept, gate_coef, gate_intercept)

    def _features(self, text: str) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
        index: list[int] = []
        value: list[float] = []
        offset = 0
        for block in self.blocks:
            i, v = block.row(text)
            index += [offset + c for c in i]
            value += v
            offset += len(block.vocabulary)
        return np.asarray(index, dtype=np.intp), np.asarray(value, dtype=np.float64)

    def predict(self, text: str) -> Prediction:
        """Score one text."""
        index, value = self._features(text)
        scores = self.coef[:, index] @ value + self.intercept
        scores = np.exp(scores - scores.max())
        probs = scores / scores.sum()
        z = float(self.gate_coef[index] @ value + self.gate_intercept)
        gate = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
        order = np.argsort(-probs, kind="stable")
        ranking = [(self.labels[i], float(probs[i])) for i in order]
        intent, confidence = ranking[0]
        if intent in self.needs and gate >= float(self.config["gate_threshold"]):
            confidence = max(confidence, gate)
        return Prediction(ranking, intent, confidence, gate)

    def to_state(self) -> tuple[dict[str, Any], dict[str, NDArray[np.float64]]]:
        """(JSON-able metadata, named arrays): everything `from_state` needs."""
        meta = {
            "config": self.config,
            "labels": self.labels,
            "blocks": [{"params": b.params, "vocabulary": b.vocabulary} for b in self.blocks],
            "gate_intercept": self.gate_intercept,
        }
        arrays = {f"idf{i}": b.idf for i, b in enumerate(self.blocks)}
        arrays.update(coef=self.coef, intercept=self.intercept, gate_coef=self.gate_coef)
        return meta, arrays

    @classmethod
    def from_state(
        cls, meta: dict[str, Any], arrays: dict[str, NDArray[np.float64]]
    ) -> WellbeingModel:
        blocks = [
            _Block(
                b["params"],
                {str(k): int(v) for k, v in b["vocabulary"].items()},
                arrays[f"idf{i}"],
            )
            for i, b in enumerate(meta["blocks"])
        ]
        return cls(
            meta["config"],
            blocks,
            [str(label) for label in meta["labels"]],
            arrays["coef"],
            arrays["intercept"],
            arrays["gate_coef"],
            float(meta["gate_intercept"]),
        )
