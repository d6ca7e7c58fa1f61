"""The second crisis net: a binary crisis-or-not classifier, independent of the phrase screen.

Word and character n-grams with a balanced logistic regression, trained in a second or two on
nlu/data/*.yml (crisis against every other intent), nlu/crisis_data/*.yml (the crisis nets' own
data, which the intent classifiers never read) plus tests/data/crisis/crisis_dev.txt and
hard_negatives.txt. Never on the held-out corpora, the blind sets or ../shared/eval/. The text is
normalised as the screen reads it, so disguised spellings look alike to both. The threshold is
chosen for recall by cross-validation on the training data (`choose_threshold`). Cached under
var/models/ by a hash of the data and this recipe; `load_or_train()` returns None when no model
can be had, and the screen then works alone. Each message is scored with nlu/fast_linear.py
from the fitted parameters: sklearn's predict_proba cost about half of each update's time. Those
plain scorers are what is cached, so loading the model imports neither sklearn nor scipy.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from bot.safety_text import normalise
from nlu.fast_linear import BinaryScorer, SparseFeatures, sigmoid
from nlu.model_cache import file_lock, files_fingerprint, read_cached, write_cached
from nlu.training_data import DATA_DIR, read_dir

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

log = logging.getLogger(__name__)

# 4: the cache holds the plain scorers of nlu/fast_linear.py, no longer the sklearn pipeline.
RECIPE_VERSION = "crisis-binary-4"
ROOT = Path(__file__).resolve().parent.parent
MODEL_DIR = ROOT / "var" / "models"
CORPUS_DIR = ROOT / "tests" / "data" / "crisis"
# Only these two corpus files: the held-out parts stay held out.
POSITIVE_FILE = "crisis_dev.txt"
NEGATIVE_FILE = "hard_negatives.txt"
# Lines of this file are dropped from the training set even if an NLU data file borrowed them.
HELD_OUT_FILE = "crisis_heldout.txt"
# Cross-validated recall the threshold must keep (RELIABILITY.md: 0.98 sensitivity).
TARGET_RECALL = 0.99
# Never below this, however the folds fall: below it the model alone alarms on everyday requests
# beyond the false-alarm limits (clinc150: 50 of 1,505 at 0.5, 6 at 0.8, 4 at 0.9). The same
# figure is bot.safety.MODEL_THRESHOLD, the one combine() uses.
THRESHOLD_FLOOR = 0.90


def _corpus(path: Path) -> list[str]:
    """One message a line; '#' lines are comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def crisis_data_dir(data_dir: Path) -> Path:
    """The crisis nets' own training data beside the NLU data (nlu/crisis_data/ for nlu/data/).

    Crisis messages by many authors and everyday requests, in Rasa NLU YAML: enough for the crisis
    models, too many for the intent classifiers, whose crisis class would then outweigh the rest.
    """
    return data_dir.parent / "crisis_data"


def training_set(
    data_dir: Path = DATA_DIR, corpus_dir: Path = CORPUS_DIR
) -> tuple[list[str], list[int]]:
    """Texts and labels (1 = crisis): NLU data, the crisis nets' own data, the open corpora."""
    held_out_path = corpus_dir / HELD_OUT_FILE
    held_out = (
        {line.casefold() for line in _corpus(held_out_path)} if held_out_path.exists() else set()
    )
    texts: list[str] = []
    labels: list[int] = []
    extra = crisis_data_dir(data_dir)
    for example in read_dir([data_dir, extra] if extra.is_dir() else [data_dir]):
        if example.text.strip().casefold() in held_out:
            continue
        texts.append(example.text)
        labels.append(int(example.intent == "crisis"))
    for name, label in ((POSITIVE_FILE, 1), (NEGATIVE_FILE, 0)):
        path = corpus_dir / name
        if path.exists():
            lines = _corpus(path)
            texts += lines
            labels += [label] * len(lines)
    return texts, labels


def build_pipeline() -> Pipeline:
    """Word unigrams and bigrams for meaning, char_wb n-grams for typos; balanced classes."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion(
        [
            (
                "words",
                TfidfVectorizer(
                    ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b"
                ),
            ),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2
                ),
            ),
        ]
    )
    classifier = LogisticRegression(C=3.0, solver="liblinear", class_weight="balanced")
    return Pipeline([("features", features), ("classifier", classifier)])


def recall_threshold(probabilities: Sequence[float], labels: Sequence[int]) -> float:
    """The highest threshold whose cross-validated recall reaches TARGET_RECALL."""
    positives = np.sort(np.asarray([p for p, y in zip(probabilities, labels, strict=True) if y]))
    if positives.size == 0:
        return 0.5
    # At most this many positives may fall below the threshold.
    allowed = int(np.floor((1.0 - TARGET_RECALL) * positives.size))
    return float(positives[allowed]) - 1e-6


def choose_threshold(probabilities: Sequence[float], labels: Sequence[int]) -> float:
    """The recall threshold, raised to the floor the false-alarm limits set."""
    return max(THRESHOLD_FLOOR, recall_threshold(probabilities, labels))


@dataclass(frozen=True)
class CrisisModel:
    """A trained model as plain scorers, its threshold and cross-validated figures there."""

    features: SparseFeatures
    classifier: BinaryScorer
    threshold: float
    cv_recall: float
    cv_false_alarm_rate: float
    # The threshold that TARGET_RECALL alone would choose (reported: it is far below the floor).
    recall_threshold: float
    # The fitted sklearn pipeline the scorers were read from: kept by a model trained in this
    # process (tests compare the two), never cached.
    pipeline: Pipeline | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_pipeline(
        cls,
        pipeline: Pipeline,
        threshold: float,
        cv_recall: float,
        cv_false_alarm_rate: float,
        recall_threshold: float,
    ) -> CrisisModel:
        """A fitted build_pipeline() and its figures."""
        return cls(
            SparseFeatures.from_fitted(pipeline.named_steps["features"]),
            BinaryScorer.from_fitted(pipeline.named_steps["classifier"]),
            threshold,
            cv_recall,
            cv_false_alarm_rate,
            recall_threshold,
            pipeline,
        )

    def probability(self, text: str) -> float:
        """The model's probability that this message is a crisis (0 for an empty message)."""
        if not text or not text.strip():
            return 0.0
        columns, weights = self.features.transform(normalise(text))
        # The decision score is that of classes[1]: crisis (1) unless the labels were odd.
        sign = 1.0 if int(self.classifier.classes[1]) == 1 else -1.0
        return sigmoid(sign * self.classifier.decision(columns, weights))

    def __getstate__(self) -> dict[str, Any]:
        """The plain scorers and figures: the sklearn pipeline is never pickled."""
        return {**self.__dict__, "pipeline": None}


def train(texts: list[str], labels: list[int], folds: int = 3) -> CrisisModel:
    """Fit on everything; pick the threshold from out-of-fold probabilities."""
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    normalised = [normalise(t) for t in texts]
    cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    oof = cross_val_predict(build_pipeline(), normalised, labels, cv=cv, method="predict_proba")
    probabilities = oof[:, 1]
    threshold = choose_threshold(probabilities, labels)
    y = np.asarray(labels)
    fired = probabilities >= threshold
    recall = float(fired[y == 1].mean()) if (y == 1).any() else 0.0
    false_alarms = float(fired[y == 0].mean()) if (y == 0).any() else 0.0
    pipeline = build_pipeline().fit(normalised, labels)
    return CrisisModel.from_pipeline(
        pipeline, threshold, recall, false_alarms, recall_threshold(probabilities, labels)
    )


def data_fingerprint(data_dir: Path = DATA_DIR, corpus_dir: Path = CORPUS_DIR) -> str:
    """A hash of the training files and the recipe: the cache key of a trained model."""
    corpora = (corpus_dir / POSITIVE_FILE, corpus_dir / NEGATIVE_FILE, corpus_dir / HELD_OUT_FILE)
    own = sorted(crisis_data_dir(data_dir).glob("*.yml"))
    return files_fingerprint(RECIPE_VERSION, [*sorted(data_dir.glob("*.yml")), *own, *corpora])


def _load_cached(path: Path) -> CrisisModel | None:
    """The cached model at `path`, or None (to retrain)."""
    return read_cached(path, CrisisModel, "crisis model")


def _train_and_cache(data_dir: Path, corpus_dir: Path, path: Path) -> CrisisModel | None:
    """Train on the training set and pickle the model at `path`."""
    texts, labels = training_set(data_dir, corpus_dir)
    if sum(labels) < 10 or len(labels) - sum(labels) < 10:
        log.error("too few crisis or other examples to train the crisis model")
        return None
    started = time.perf_counter()
    model = train(texts, labels)
    log.info(
        "trained crisis model on %d examples in %.1fs: threshold %.2f, cv recall %.3f, "
        "cv false alarms %.3f (%.2f would keep recall %.2f)",
        len(texts),
        time.perf_counter() - started,
        model.threshold,
        model.cv_recall,
        model.cv_false_alarm_rate,
        model.recall_threshold,
        TARGET_RECALL,
    )
    write_cached(path, model)
    return model


def load_or_train(
    data_dir: Path = DATA_DIR,
    corpus_dir: Path = CORPUS_DIR,
    model_dir: Path = MODEL_DIR,
    force: bool = False,
) -> CrisisModel | None:
    """The cached model for this data, trained and cached if missing; None if none can be had."""
    try:
        path = model_dir / f"crisis-{data_fingerprint(data_dir, corpus_dir)}.pkl"
        cached = None if force else _load_cached(path)
        if cached is not None:
            return cached
        # One process trains; another that wants the same model waits, then loads it.
        with file_lock(model_dir / ".crisis.lock"):
            cached = None if force else _load_cached(path)
            return cached if cached is not None else _train_and_cache(data_dir, corpus_dir, path)
    except Exception as exc:  # the screen works alone; a model is never worth a crash
        log.error("crisis model unavailable (%s): the screen works alone", type(exc).__name__)
        return None
