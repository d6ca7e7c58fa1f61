"""Scoring one message with fitted TF-IDF vectorisers and linear models, in plain Python and numpy.

sklearn's transform and predict_proba validate and convert on every call: about 3 ms for one
short message, most of the 5 ms p99 budget. The arithmetic is tiny (a few hundred non-zero
features times a few weight rows), so it is done here with the fitted parameters directly.

The fitted sklearn objects are read once, at training time, into the plain objects below
(`from_fitted`): vocabularies, idf and weight arrays, class labels, and sklearn's analysers for
the options the recipes use (`Analyser`). They hold no reference to sklearn, and they are what is
cached and loaded, so the running bot imports neither sklearn nor scipy (about 97 MB of resident
memory). tests/test_nlu_embedded.py (intent classifier and gate) and tests/test_crisis_model.py
(the binary crisis model) check they give sklearn's own probabilities.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion

# sklearn's _VectorizerMixin._white_spaces: runs of whitespace become one space.
_WHITE_SPACES = re.compile(r"\s\s+")
# What Analyser.of requires of a vectoriser, beyond its analyzer: anything else would be analysed
# differently here, silently.
_PLAIN = {
    "input": "content",
    "preprocessor": None,
    "tokenizer": None,
    "strip_accents": None,
    "stop_words": None,
}


class Analyser:
    """A TfidfVectorizer's build_analyzer() for the options the recipes use: the 'word' analyser
    (lowercase, token_pattern, ngram_range) and 'char_wb' (lowercase, ngram_range), the steps of
    sklearn's _analyze, _word_ngrams and _char_wb_ngrams (sklearn/feature_extraction/text.py) as
    they are for str input, no stop words and no accent stripping."""

    def __init__(
        self,
        kind: str,
        ngram_range: tuple[int, int],
        lowercase: bool,
        token_pattern: str | None = None,
    ) -> None:
        if kind not in ("word", "char_wb"):
            raise ValueError(f"unsupported analyser {kind!r}")
        self.kind = kind
        self.ngram_range = (int(ngram_range[0]), int(ngram_range[1]))
        self.lowercase = bool(lowercase)
        self.token_pattern = token_pattern
        self._tokens = re.compile(token_pattern) if kind == "word" and token_pattern else None
        if kind == "word" and (self._tokens is None or self._tokens.groups > 1):
            raise ValueError("the word analyser needs a token pattern of at most one group")

    @classmethod
    def of(cls, vectorizer: TfidfVectorizer) -> Analyser:
        """The analyser of a TfidfVectorizer, refused if it uses options not copied here."""
        for name, value in _PLAIN.items():
            found = getattr(vectorizer, name)
            if found != value:
                raise ValueError(f"fast scoring does not copy {name}={found!r}")
        word = vectorizer.analyzer == "word"
        return cls(
            str(vectorizer.analyzer),
            vectorizer.ngram_range,
            vectorizer.lowercase,
            str(vectorizer.token_pattern) if word else None,
        )

    def __getstate__(self) -> dict[str, Any]:
        """The settings only: the token pattern is compiled again on loading."""
        state = dict(self.__dict__)
        state.pop("_tokens")
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    def __call__(self, text: str) -> list[str]:
        """The terms of one text, in sklearn's order, repeats kept."""
        if self.lowercase:
            text = text.lower()
        if self._tokens is not None:
            return self._word_ngrams(self._tokens.findall(text))
        return self._char_wb_ngrams(text)

    def _word_ngrams(self, tokens: list[str]) -> list[str]:
        """sklearn's _word_ngrams without stop words."""
        min_n, max_n = self.ngram_range
        if max_n == 1:
            return tokens
        original = tokens
        if min_n == 1:
            tokens = list(original)
            min_n += 1
        else:
            tokens = []
        n_original = len(original)
        for n in range(min_n, min(max_n + 1, n_original + 1)):
            for i in range(n_original - n + 1):
                tokens.append(" ".join(original[i : i + n]))
        return tokens

    def _char_wb_ngrams(self, text: str) -> list[str]:
        """sklearn's _char_wb_ngrams: n-grams inside words, each padded with one space."""
        text = _WHITE_SPACES.sub(" ", text)
        min_n, max_n = self.ngram_range
        ngrams: list[str] = []
        for word in text.split():
            w = " " + word + " "
            w_len = len(w)
            for n in range(min_n, max_n + 1):
                offset = 0
                ngrams.append(w[offset : offset + n])
                while offset + n < w_len:
                    offset += 1
                    ngrams.append(w[offset : offset + n])
                if offset == 0:  # count a short word (w_len < n) only once
                    break
        return ngrams


class _Block:
    """One fitted TfidfVectorizer (sublinear tf, idf, l2 norm) at a column offset."""

    def __init__(
        self,
        analyse: Analyser,
        vocabulary: dict[str, int],
        idf: NDArray[np.float64],
        offset: int,
    ) -> None:
        self.analyse = analyse
        self.vocabulary = vocabulary
        self.idf = idf
        self.offset = offset

    @classmethod
    def from_fitted(cls, vectorizer: TfidfVectorizer, offset: int) -> _Block:
        # The arithmetic below is this weighting only; any other would score wrongly, silently.
        v = vectorizer
        if not (v.sublinear_tf and v.use_idf and v.norm == "l2" and not v.binary):
            raise ValueError("fast scoring needs sublinear tf, idf and l2 norm")
        vocabulary = {str(k): int(i) for k, i in v.vocabulary_.items()}
        idf = np.array(v.idf_, dtype=np.float64)
        return cls(Analyser.of(v), vocabulary, idf, offset)

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

    def __init__(self, blocks: Sequence[_Block]) -> None:
        self._blocks = list(blocks)

    @classmethod
    def from_fitted(cls, features: FeatureUnion) -> SparseFeatures:
        """The union's vectorisers, each at the column where its block of the matrix starts."""
        blocks: list[_Block] = []
        offset = 0
        for _, vectorizer in features.transformer_list:
            blocks.append(_Block.from_fitted(vectorizer, offset))
            offset += len(vectorizer.vocabulary_)
        return cls(blocks)

    def transform(self, text: str) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
        """Column indices and weights of one text's row of the union's matrix."""
        index: list[int] = []
        value: list[float] = []
        for block in self._blocks:
            i, v = block.features(text)
            index += i
            value += v
        return np.asarray(index, dtype=np.intp), np.asarray(value, dtype=np.float64)


class BinaryScorer:
    """A fitted two-class LogisticRegression's decision score for one sparse row."""

    def __init__(
        self, coef: NDArray[np.float64], intercept: float, classes: tuple[Any, Any]
    ) -> None:
        self._coef = coef
        self._intercept = intercept
        # sklearn's classes_, as plain Python values: the score is that of classes[1].
        self.classes = classes

    @classmethod
    def from_fitted(cls, classifier: LogisticRegression) -> BinaryScorer:
        if len(classifier.classes_) != 2:
            raise ValueError("BinaryScorer needs a two-class model")
        first, second = classifier.classes_.tolist()
        coef = np.array(classifier.coef_[0], dtype=np.float64)
        return cls(coef, float(classifier.intercept_[0]), (first, second))

    def decision(self, columns: NDArray[np.intp], weights: NDArray[np.float64]) -> float:
        """The score whose sigmoid is the probability of classes[1]."""
        return float(self._coef[columns] @ weights) + self._intercept


class SparseScorer:
    """The classifier's decision scores and the gate's score for one text."""

    def __init__(
        self,
        features: SparseFeatures,
        labels: Sequence[str],
        coef: NDArray[np.float64],
        intercept: NDArray[np.float64],
        gate: BinaryScorer,
    ) -> None:
        self._features = features
        # sklearn's classes_ of the classifier, in the order of the scores.
        self.labels = tuple(labels)
        # Column-major: one message touches few columns, each read whole.
        self._coef = np.asfortranarray(coef)
        self._intercept = intercept
        self.gate = gate

    @classmethod
    def from_fitted(
        cls, features: FeatureUnion, classifier: LogisticRegression, gate: LogisticRegression
    ) -> SparseScorer:
        coef = np.array(classifier.coef_, dtype=np.float64)
        intercept = np.array(classifier.intercept_, dtype=np.float64)
        if coef.shape[0] == 1:
            # Two classes keep one row (the second class's score); a zero row for the first
            # makes the softmax equal sklearn's sigmoid.
            coef = np.vstack([np.zeros_like(coef), coef])
            intercept = np.concatenate([[0.0], intercept])
        labels = [str(c) for c in classifier.classes_]
        sparse = SparseFeatures.from_fitted(features)
        return cls(sparse, labels, coef, intercept, BinaryScorer.from_fitted(gate))

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._coef = np.asfortranarray(self._coef)

    def scores(self, text: str) -> tuple[NDArray[np.float64], float]:
        """(one decision score per intent, the gate's decision score)."""
        columns, weights = self._features.transform(text)
        scores = self._coef[:, columns] @ weights + self._intercept
        return scores, self.gate.decision(columns, weights)


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
