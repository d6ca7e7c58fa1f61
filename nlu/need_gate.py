"""A second look, in sentence embeddings, at messages the NLU would not route to a need.

Plain help-seeking in words the training data never used ('how do I stop feeling like this all
the time', 'my partner and I keep arguing about everything') often spreads the NLU's probability
so thinly that it ends in out_of_scope or a clarifying question. For those messages only, this
gate asks the MiniLM encoder the semantic crisis model already holds (nlu/semantic.py): its score
is the mean of two probabilities that the message is some wellbeing need, a balanced logistic
regression on the sentence embedding and the needs' share of the NLU's own ranking, and from
NEED_THRESHOLD the message goes to a need. Which need: the one with the largest mean of an
embedding classifier over the needs and the NLU ranking's probability.

The same mean-of-two form as the semantic crisis model, with the natural threshold of 0.5 fixed
before any measurement (docs/nlu-embedded.md, "The embedding need gate"). It runs in the core
(bot/understanding.py), after either backend, never on a crisis decision and never with the NLU
down. Trained in a second or two from the embeddings of nlu/data/*.yml that the semantic crisis
model has already cached, and cached under var/models by a hash of the data, the MiniLM files and
this recipe.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from bot.types import WELLBEING_NEEDS
from nlu.fast_linear import sigmoid, softmax
from nlu.model_cache import file_lock, files_fingerprint, read_cached, write_cached
from nlu.semantic import (
    ENCODER_FORMAT,
    MODEL_DIR,
    MiniLMEncoder,
    cached_embeddings,
    embedding_cache_name,
)
from nlu.training_data import DATA_DIR, read_dir

log = logging.getLogger(__name__)

RECIPE_VERSION = "need-gate-mean-2"
# Fixed in advance, not tuned: the mean of the two probabilities says 'more likely a need'.
NEED_THRESHOLD = 0.5
_NEEDS = frozenset(WELLBEING_NEEDS)
# The gate's need side: crisis wording reads as distress, not as out of scope (as in the embedded
# backend's own gate). The gate never runs on a crisis decision, and it routes to needs only.
_GATE_POSITIVE = _NEEDS | {"crisis"}


@dataclass
class NeedGate:
    """Fitted weights (384 for the gate, a row per need for the router) and the encoder."""

    gate_coef: NDArray[np.float32]
    gate_intercept: float
    needs: tuple[str, ...]
    router_coef: NDArray[np.float32]
    router_intercept: NDArray[np.float32]
    trained_examples: int
    encoder: MiniLMEncoder | None = field(default=None, repr=False, compare=False)

    def need(self, text: str, ranking: Sequence[tuple[str, float]]) -> tuple[str, float] | None:
        """(need, score) when the mean says this message is a need, else None."""
        if self.encoder is None:
            raise RuntimeError("the need gate was loaded without its encoder")
        if not text or not text.strip():
            return None
        ranked = {intent: confidence for intent, confidence in ranking if intent in _NEEDS}
        mass = min(1.0, sum(ranked.values()))
        embedding = self.encoder.embed(text)
        score = (sigmoid(float(self.gate_coef @ embedding) + self.gate_intercept) + mass) / 2.0
        if score < NEED_THRESHOLD:
            return None
        logits = self.router_coef @ embedding + self.router_intercept
        routed = softmax(np.asarray(logits, dtype=np.float64))
        best = max(
            range(len(self.needs)),
            key=lambda i: (float(routed[i]) + ranked.get(self.needs[i], 0.0)) / 2.0,
        )
        return self.needs[best], score

    def __getstate__(self) -> dict[str, Any]:
        """The fitted parameters only: the encoder is loaded with the gate."""
        state = dict(self.__dict__)
        state["encoder"] = None
        return state


def train(
    texts: Sequence[str], intents: Sequence[str], encoder: MiniLMEncoder, cache: Path | None
) -> NeedGate:
    """Fit the gate (needs and crisis against the rest) and the router (which need)."""
    from sklearn.linear_model import LogisticRegression

    embeddings = cached_embeddings(encoder, texts, cache)
    gate = LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000)
    gate.fit(embeddings, [intent in _GATE_POSITIVE for intent in intents])
    sign = 1.0 if bool(gate.classes_[1]) else -1.0
    rows = [i for i, intent in enumerate(intents) if intent in _NEEDS]
    router = LogisticRegression(C=1.0, max_iter=3000)
    router.fit(embeddings[rows], [intents[i] for i in rows])
    return NeedGate(
        gate_coef=(sign * gate.coef_[0]).astype(np.float32),
        gate_intercept=sign * float(gate.intercept_[0]),
        needs=tuple(str(c) for c in router.classes_),
        router_coef=router.coef_.astype(np.float32),
        router_intercept=router.intercept_.astype(np.float32),
        trained_examples=len(texts),
    )


def data_fingerprint(encoder_key: str, data_dir: Path = DATA_DIR) -> str:
    """A hash of nlu/data/*.yml, the MiniLM files and this recipe."""
    recipe = f"{RECIPE_VERSION}-{ENCODER_FORMAT}-{encoder_key}"
    return files_fingerprint(recipe, sorted(data_dir.glob("*.yml")))


def load_or_train(
    encoder: MiniLMEncoder, data_dir: Path = DATA_DIR, cache_dir: Path = MODEL_DIR
) -> NeedGate | None:
    """The cached gate for this data, trained and cached if missing; None if none can be had."""
    try:
        path = cache_dir / f"need-gate-{data_fingerprint(encoder.files_key, data_dir)}.pkl"
        gate = read_cached(path, NeedGate, "need gate")
        if gate is None:
            with file_lock(cache_dir / ".need-gate.lock"):
                gate = read_cached(path, NeedGate, "need gate")
                if gate is None:
                    gate = _train_and_cache(encoder, data_dir, path, cache_dir)
        gate.encoder = encoder
        return gate
    except Exception as exc:  # the NLU's own decision stands; a model is never worth a crash
        log.error("need gate unavailable (%s)", type(exc).__name__)
        return None


def _train_and_cache(
    encoder: MiniLMEncoder, data_dir: Path, path: Path, cache_dir: Path
) -> NeedGate:
    examples = read_dir([data_dir])
    started = time.perf_counter()
    # The semantic crisis model's embedding cache: it already holds every line of nlu/data.
    cache = cache_dir / embedding_cache_name(encoder.files_key)
    gate = train([e.text for e in examples], [e.intent for e in examples], encoder, cache)
    log.info(
        "trained need gate on %d examples in %.1fs", len(examples), time.perf_counter() - started
    )
    write_cached(path, gate)
    return gate
