"""Scoring one message with fitted TF-IDF vectorisers and linear models, without sklearn's
per-call overhead.

sklearn's transform and predict_proba validate and convert on every call: about 3 ms for one
short message, most of the 5 ms p99 budget. The arithmetic is tiny (a few hundred non-zero
features times a few weight rows), so it is done here with the fitted parameters directly.
tests/test_nlu_embedded.py (intent classifier and gate) and tests/test_crisis_model.py (the binary
crisis model) check it gives sklearn's own probabilities.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion


class _Block:
    """One fitted TfidfVectorizer (sublinear tf, idf, l2 norm) at a column offset."""

    def __init__(self, vectorizer: TfidfVectorizer, offset: int) -> None:
        # The arithmetic below is this weighting only; any other would score wrongly, silently.
        v = vectorizer
        if not (v.sublinear_tf and v.use_idf and v.norm == "l2" and not v.binary):
            raise ValueError("fast scoring needs sublinear tf, idf and l2 norm")
        self.analyse: Callable[[str], list[str]] = vectorizer.build_analyzer()
        self.vocabulary: dict[str, int] = {
            str(k): int(v) for k, v in vectorizer.vocabulary_.items()
        }
        self.idf: NDArray[np.float64] = np.asarray(vectorizer.idf_, dtype=np.float64)
        self.offset = offset

    def features(self, text: str) -> tuple[list[int], list[float]]:
        """Column indices and weights of the known terms of one text."""
        counts = Counter(self.analyse(text))
        index, value = [], []
        for term, n in counts.items():
            column = self.vocabulary.get(term)
            if column is not None:
                index.append(column)
                value.append((1.0 + math.log(n)) * float(self.idf[column]))
        norm = math.sqrt(sum(v * v for v in value)) or 1.0
        return [self.offset + i for i in index], [v / norm for v in value]


class SparseFeatures:
    """A fitted FeatureUnion of TF-IDF vectorisers, as one text's non-zero columns and weights."""

    def __init__(self, features: FeatureUnion) -> None:
        self._blocks: list[_Block] = []
        offset = 0
        for _, vectorizer in features.transformer_list:
            self._blocks.append(_Block(vectorizer, offset))
            offset += len(vectorizer.vocabulary_)

    def transform(self, text: str) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
        """Column indices and weights of one text's row of the union's matrix."""
        index: list[int] = []
        value: list[float] = []
        for block in self._blocks:
            i, v = block.features(text)
            index += i
            value += v
        return np.asarray(index, dtype=np.intp), np.asarray(value, dtype=np.float64)


class SparseScorer:
    """The classifier's decision scores and the gate's score for one text."""

    def __init__(
        self, features: FeatureUnion, classifier: LogisticRegression, gate: LogisticRegression
    ) -> None:
        self._features = SparseFeatures(features)
        coef = np.asarray(classifier.coef_, dtype=np.float64)
        intercept = np.asarray(classifier.intercept_, dtype=np.float64)
        if coef.shape[0] == 1:
            # Two classes keep one row (the second class's score); a zero row for the first
            # makes the softmax equal sklearn's sigmoid.
            coef = np.vstack([np.zeros_like(coef), coef])
            intercept = np.concatenate([[0.0], intercept])
        # Column-major: one message touches few columns, each read whole.
        self._coef = np.asfortranarray(coef)
        self._intercept = intercept
        self._gate = BinaryScorer(gate)

    def scores(self, text: str) -> tuple[NDArray[np.float64], float]:
        """(one decision score per intent, the gate's decision score)."""
        columns, weights = self._features.transform(text)
        scores = self._coef[:, columns] @ weights + self._intercept
        return scores, self._gate.decision(columns, weights)


class BinaryScorer:
    """A fitted two-class LogisticRegression's decision score for one sparse row."""

    def __init__(self, classifier: LogisticRegression) -> None:
        if len(classifier.classes_) != 2:
            raise ValueError("BinaryScorer needs a two-class model")
        self._coef = np.asarray(classifier.coef_[0], dtype=np.float64)
        self._intercept = float(classifier.intercept_[0])

    def decision(self, columns: NDArray[np.intp], weights: NDArray[np.float64]) -> float:
        """The score whose sigmoid is the probability of classes_[1]."""
        return float(self._coef[columns] @ weights) + self._intercept


def softmax(scores: NDArray[np.float64]) -> NDArray[np.float64]:
    """Multinomial logistic regression's probabilities from its decision scores."""
    shifted = np.exp(scores - scores.max())
    result: NDArray[np.float64] = shifted / shifted.sum()
    return result


def sigmoid(score: float) -> float:
    """Binary logistic regression's probability of the positive class."""
    return (
        1.0 / (1.0 + math.exp(-score)) if score >= 0 else math.exp(score) / (1 + math.exp(score))
    )
