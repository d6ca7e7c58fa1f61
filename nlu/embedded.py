"""The embedded NLU backend: word and character n-grams with a linear model, in-process.

Trained from nlu/data/*.yml in a second or two and cached under var/models/ by a hash of the data,
so it is retrained only when the data or this recipe changes.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import time
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from bot.ports import NLUUnavailable
from bot.types import NLUResult
from nlu.training_data import DATA_DIR, Example, read_dir

log = logging.getLogger(__name__)

RECIPE_VERSION = "tfidf-lr-1"
MODEL_DIR = Path(__file__).resolve().parent.parent / "var" / "models"


def build_pipeline() -> Pipeline:
    """Word unigrams and bigrams for meaning, character n-grams for typos and slang."""
    features = FeatureUnion(
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
    classifier = LogisticRegression(C=10.0, max_iter=2000, class_weight="balanced")
    return Pipeline([("features", features), ("classifier", classifier)])


def data_fingerprint(data_dir: Path = DATA_DIR) -> str:
    """A hash of the training files and the recipe: the cache key of a trained model."""
    digest = hashlib.sha256(RECIPE_VERSION.encode())
    for file in sorted(data_dir.glob("*.yml")):
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


class EmbeddedNLU:
    """In-process classifier implementing the NLUBackend port."""

    name = "embedded"

    def __init__(self, pipeline: Pipeline) -> None:
        self._pipeline = pipeline
        self._labels: list[str] = [str(c) for c in pipeline.classes_]

    @classmethod
    def train(cls, examples: list[Example]) -> EmbeddedNLU:
        """Fit a fresh model on these examples."""
        pipeline = build_pipeline()
        pipeline.fit([e.text for e in examples], [e.intent for e in examples])
        return cls(pipeline)

    @classmethod
    def load_or_train(
        cls, data_dir: Path = DATA_DIR, model_dir: Path = MODEL_DIR, force: bool = False
    ) -> EmbeddedNLU:
        """Use the cached model for this data, training and caching one if there is none."""
        path = model_dir / f"embedded-{data_fingerprint(data_dir)}.pkl"
        if path.exists() and not force:
            try:
                with path.open("rb") as fh:
                    return cls(pickle.load(fh))
            except Exception as exc:  # a stale or broken cache is retrained, not fatal
                log.warning("cached NLU model unreadable (%s); retraining", type(exc).__name__)
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
        model_dir.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump(model._pipeline, fh)
        tmp.replace(path)
        return model

    def classify(self, text: str) -> NLUResult:
        """Synchronous parse: the top intent, its probability and the ranking."""
        probs = self._pipeline.predict_proba([text])[0]
        order = probs.argsort()[::-1]
        ranking = tuple((self._labels[i], float(probs[i])) for i in order[:5])
        return NLUResult(ranking[0][0], ranking[0][1], ranking, self.name)

    async def parse(self, text: str) -> NLUResult:
        """The NLUBackend port: CPU-bound and well under a millisecond or two, so run inline."""
        return self.classify(text)
