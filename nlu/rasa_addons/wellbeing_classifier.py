"""A Rasa 3.6 intent classifier with the embedded backend's recipe (see wellbeing_recipe.py).

Rasa's CountVectorsFeaturizer gives raw counts and its LogisticRegressionClassifier fixes
class_weight="balanced" and C=1, which measured well below the embedded backend (docs/nlu-rasa.md).
This component reads the message text itself and applies the embedded recipe: TF-IDF word and
character n-grams, multinomial logistic regression, and the need gate. It writes `intent` and
`intent_ranking` like Rasa's own classifiers, so the FallbackClassifier after it works as usual.

Loaded by Rasa as `wellbeing_classifier.WellbeingClassifier`: nlu/rasa_env.py puts this folder on
Rasa's PYTHONPATH. It runs in .venv-rasa (Python 3.10) and imports nothing of the bot. It logs no
message text, only counts.
"""

from __future__ import annotations

import json
import logging
from typing import Any, Dict, List, Optional, Type  # noqa: UP035 (see below)

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers import LABEL_RANKING_LENGTH
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.utils.tensorflow.constants import RANKING_LENGTH
from wellbeing_recipe import DEFAULTS, WellbeingModel

logger = logging.getLogger(__name__)

META_FILE = "wellbeing_classifier.json"
ARRAYS_FILE = "wellbeing_classifier.npz"

# Rasa's graph validation compares these signatures' type hints with its own typing.List and
# typing.Dict annotations, so they keep the typing names rather than list[...] and dict[...].


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class WellbeingClassifier(IntentClassifier, GraphComponent):
    """TF-IDF n-grams, multinomial logistic regression and a need gate, from the message text."""

    @classmethod
    def required_components(cls) -> List[Type]:  # noqa: UP006
        """Needs no tokenizer or featurizer: it builds its features from the text."""
        return []

    @staticmethod
    def required_packages() -> List[str]:  # noqa: UP006
        return ["sklearn", "numpy"]

    @staticmethod
    def get_default_config() -> Dict[str, Any]:  # noqa: UP006
        """The recipe's defaults (wellbeing_recipe.DEFAULTS) and Rasa's ranking length."""
        return {**DEFAULTS, RANKING_LENGTH: LABEL_RANKING_LENGTH}

    def __init__(
        self,
        config: Dict[str, Any],  # noqa: UP006
        model_storage: ModelStorage,
        resource: Resource,
        model: Optional[WellbeingModel] = None,  # noqa: UP045
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.model = model

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],  # noqa: UP006
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> WellbeingClassifier:
        """An untrained component."""
        return cls(config, model_storage, resource)

    @classmethod
    def validate_config(cls, config: Dict[str, Any]) -> None:  # noqa: UP006
        """need_intents must name the needs: without them the gate would never route."""
        if not config.get("need_intents"):
            raise ValueError("WellbeingClassifier needs `need_intents` in its config")

    def train(self, training_data: TrainingData) -> Resource:
        """Fit the recipe on every intent example and persist it."""
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if not examples:
            logger.warning("WellbeingClassifier: no intent examples; not trained")
            return self._resource
        texts = [str(e.get(TEXT)) for e in examples]
        intents = [str(e.get(INTENT)) for e in examples]
        recipe_config = {k: v for k, v in self.config.items() if k in DEFAULTS}
        self.model = WellbeingModel.fit(texts, intents, recipe_config)
        logger.info(
            "WellbeingClassifier trained on %d examples, %d intents",
            len(texts),
            len(self.model.labels),
        )
        self.persist()
        return self._resource

    def process(self, messages: List[Message]) -> List[Message]:  # noqa: UP006
        """Set `intent` (the routed intent and confidence) and `intent_ranking` on each message."""
        if self.model is None:
            return messages
        length = int(self.config[RANKING_LENGTH])
        for message in messages:
            text = str(message.get(TEXT) or "")
            if not text.strip():
                # Nothing to classify: no intent, as Rasa answers empty text; the
                # FallbackClassifier then answers nlu_fallback.
                message.set(INTENT, {"name": None, "confidence": 0.0}, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [], add_to_output=True)
                continue
            prediction = self.model.predict(text)
            ranking = [{"name": n, "confidence": c} for n, c in prediction.ranking]
            if length > 0:
                ranking = ranking[:length]
            # The gate may raise the top need's confidence; the ranking's first entry says the
            # same, so the FallbackClassifier's ambiguity rule compares what is routed.
            ranking[0] = {"name": prediction.intent, "confidence": prediction.confidence}
            message.set(INTENT, dict(ranking[0]), add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages

    def persist(self) -> None:
        """JSON and a numpy archive in Rasa's model storage: no pickle."""
        if self.model is None:
            return
        meta, arrays = self.model.to_state()
        with self._model_storage.write_to(self._resource) as directory:
            (directory / META_FILE).write_text(json.dumps(meta), encoding="utf-8")
            np.savez(directory / ARRAYS_FILE, **arrays)

    @classmethod
    def load(
        cls,
        config: Dict[str, Any],  # noqa: UP006
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> WellbeingClassifier:
        """The persisted model, or an untrained component if there is none."""
        try:
            with model_storage.read_from(resource) as directory:
                meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
                with np.load(directory / ARRAYS_FILE, allow_pickle=False) as archive:
                    arrays = {name: np.asarray(archive[name]) for name in archive.files}
        except (ValueError, OSError):
            logger.warning("WellbeingClassifier: no persisted model; it will not classify")
            return cls.create(config, model_storage, resource, execution_context)
        return cls(config, model_storage, resource, WellbeingModel.from_state(meta, arrays))
