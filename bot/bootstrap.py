"""The one place that wires real parts together: settings, resources, NLU, recorder, core."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from bot.catalogue import LiveCatalogue
from bot.conversation import Conversation
from bot.ports import NLUBackend, NLUUnavailable, NullRecorder, Recorder
from bot.settings import Settings
from bot.understanding import CrisisScorer, NeedGate
from nlu.crisis_model import load_or_train as load_crisis_model

log = logging.getLogger(__name__)


@dataclass
class App:
    """Everything a channel needs: the core and the parts it may have to close."""

    settings: Settings
    conversation: Conversation
    catalogue: LiveCatalogue
    nlu: NLUBackend | None
    recorder: Recorder


def build_nlu(settings: Settings, backend: str | None = None) -> NLUBackend | None:
    """The configured NLU chain; None when no model can be had (the crisis screen still works)."""
    from nlu.backends import FallbackNLU
    from nlu.embedded import EmbeddedNLU

    choice = backend or settings.nlu.backend
    embedded: NLUBackend | None
    try:
        embedded = EmbeddedNLU.load_or_train()
    except (NLUUnavailable, OSError, ValueError) as exc:
        log.error("embedded NLU unavailable (%s): the menu and crisis screen only", exc)
        embedded = None
    if choice != "rasa":
        return embedded
    if not settings.nlu.rasa_url:
        log.warning("nlu.backend is rasa but no RASA_URL is set; using the embedded model")
        return embedded
    from nlu.rasa_backend import RasaBackend

    rasa = RasaBackend(
        settings.nlu.rasa_url,
        timeout=settings.nlu.rasa_timeout_seconds,
        # Rasa's API can load other models: production servers run with --auth-token.
        token=os.environ.get("RASA_TOKEN") or None,
    )
    return FallbackNLU([rasa, embedded] if embedded else [rasa])


def load_crisis_scorer() -> CrisisScorer | None:
    """The second crisis net the bot and `nlu evaluate` use (docs/nlu-semantic.md).

    The semantic model (the lexical crisis model averaged with MiniLM embeddings, counted from its
    own threshold); the lexical model alone when the MiniLM files cannot be loaded; None when no
    model can be had. The crisis screen needs none of them.
    """
    lexical = load_crisis_model()
    if lexical is None:
        return None
    from nlu import semantic  # the MiniLM encoder: only once a model is wanted

    model = semantic.load_or_train(lexical=lexical)
    if model is None:
        log.warning("semantic crisis model unavailable: the lexical crisis model decides alone")
        return lexical
    return model


def load_need_gate(crisis_scorer: CrisisScorer | None) -> NeedGate | None:
    """The embedding need gate (nlu/need_gate.py), on the semantic crisis model's encoder.

    None when that model is not loaded (the lexical model alone has no encoder, and a second copy
    of the encoder would cost 40 MB): the NLU's own decision then stands.
    """
    encoder = getattr(crisis_scorer, "encoder", None)
    if encoder is None:
        return None
    from nlu import need_gate

    gate = need_gate.load_or_train(encoder)
    if gate is None:
        log.warning("need gate unavailable: the NLU decides alone")
    return gate


def default_recorder(settings: Settings) -> Recorder:
    """The usage store of the settings; counting is never worth refusing to answer people."""
    from bot.storage.recorder import create_recorder

    try:
        return create_recorder(settings.storage)
    except Exception as exc:
        log.error("usage store unavailable (%s): nothing will be counted", type(exc).__name__)
        return NullRecorder()


def build_app(
    settings: Settings,
    *,
    recorder: Recorder | None = None,
    nlu: NLUBackend | None = None,
    backend: str | None = None,
) -> App:
    """Wire the core from settings; tests pass their own recorder or NLU."""
    catalogue = LiveCatalogue(settings.resources.directory)
    chosen_nlu = nlu if nlu is not None else build_nlu(settings, backend)
    chosen_recorder = recorder if recorder is not None else default_recorder(settings)
    crisis_scorer = load_crisis_scorer()
    conversation = Conversation(
        crisis_model=crisis_scorer,
        need_gate=load_need_gate(crisis_scorer),
        catalogue=catalogue.current,
        nlu=chosen_nlu,
        recorder=chosen_recorder,
        settings=settings.conversation,
        threshold=settings.nlu.threshold,
    )
    return App(settings, conversation, catalogue, chosen_nlu, chosen_recorder)
