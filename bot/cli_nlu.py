"""`wellbeing-bot nlu train|evaluate`: train the models, and measure what the bot would do."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bot.ports import NLUBackend
from bot.settings import SettingsError, load_settings
from nlu.training_data import read_examples


def add_commands(sub: Any) -> None:
    """Register `nlu train` and `nlu evaluate`."""
    nlu = sub.add_parser("nlu", help="train and evaluate the NLU", description=__doc__)
    nlu_sub = nlu.add_subparsers(dest="nlu_command", metavar="COMMAND", required=True)

    train = nlu_sub.add_parser(
        "train",
        help="train a model from nlu/data (reused while data is unchanged)",
        description="Train the NLU model from nlu/data. A model for the same data and config "
        "is reused unless --force is given.",
    )
    train.add_argument("--backend", choices=("embedded", "rasa"), default="embedded")
    train.add_argument("--force", action="store_true", help="retrain even if cached")
    train.set_defaults(handler=run_train)

    evaluate = nlu_sub.add_parser(
        "evaluate",
        help="measure routing and crisis decisions on a Rasa NLU YAML file",
        description="Run every example of FILE through the bot's own decision (crisis screen, "
        "classifier, fallback threshold) and report per-intent and crisis figures. "
        "--backend none measures the bot with the NLU down (crisis screen only).",
    )
    evaluate.add_argument("file", type=Path, help="Rasa NLU YAML file")
    evaluate.add_argument(
        "--backend",
        choices=("embedded", "rasa", "none"),
        default=None,
        help="default: nlu.backend in config.yml",
    )
    evaluate.add_argument("--json", action="store_true", help="print one JSON object")
    evaluate.add_argument(
        "--no-crisis-model",
        action="store_true",
        help="leave out the second crisis net (to measure the screen and classifier alone)",
    )
    evaluate.set_defaults(handler=run_evaluate)


def run_train(args: argparse.Namespace) -> int:
    """Train (or reuse) the chosen backend's model."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    started = time.perf_counter()
    if args.backend == "embedded":
        from bot.bootstrap import load_crisis_scorer, load_need_gate
        from nlu.embedded import EmbeddedNLU
        from nlu.semantic import SemanticCrisisModel

        EmbeddedNLU.load_or_train(force=args.force)
        # The second crisis net trains from the same data: prepare it too (the lexical model and
        # the semantic one, whose first training embeds every text for about 90 s), so the
        # bot's first reply does not wait for it.
        crisis = load_crisis_scorer()
        gate = load_need_gate(crisis)  # and the need gate, from the same embeddings
        if crisis is None:
            note = " (crisis model unavailable: the screen works alone)"
        elif not isinstance(crisis, SemanticCrisisModel):
            note = " (semantic crisis model unavailable: the lexical crisis model alone)"
        elif gate is None:
            note = " (need gate unavailable: the NLU decides alone)"
        else:
            note = ""
        print(f"embedded model ready in {time.perf_counter() - started:.1f}s{note}")
        return 0
    from nlu.rasa_env import RasaEnvError, train_rasa

    try:
        path = train_rasa(force=args.force)
    except RasaEnvError as exc:
        print(f"wellbeing-bot: {exc}", file=sys.stderr)
        return 2
    print(f"rasa model ready: {path} ({time.perf_counter() - started:.1f}s)")
    return 0


@contextlib.contextmanager
def _backend(name: str, rasa_url: str | None, timeout: float) -> Iterator[NLUBackend | None]:
    if name == "none":
        yield None
        return
    if name == "embedded":
        from nlu.embedded import EmbeddedNLU

        yield EmbeddedNLU.load_or_train()
        return
    from nlu.rasa_backend import RasaBackend

    if rasa_url:
        yield RasaBackend(rasa_url, timeout=timeout)
        return
    from nlu.rasa_env import RasaServer, train_rasa

    # No server given: start one on this model for the run, and stop it after.
    with RasaServer(train_rasa()) as server:
        yield RasaBackend(server.url, timeout=max(timeout, 10.0))


def run_evaluate(args: argparse.Namespace) -> int:
    """Evaluate FILE and print the report or the JSON object."""
    from bot.bootstrap import load_crisis_scorer, load_need_gate
    from nlu.evaluation import as_json, as_text, predict

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = load_settings()
        examples = read_examples(args.file)
    except (SettingsError, OSError) as exc:
        print(f"wellbeing-bot: {exc}", file=sys.stderr)
        return 2
    name = args.backend or settings.nlu.backend
    rasa_url = os.environ.get("RASA_URL") or settings.nlu.rasa_url
    # The second crisis net is part of the bot's decision, so it is part of what is measured:
    # the same one the bot loads (bot/bootstrap.py), the semantic model or its lexical fallback.
    # With --backend none the NLU is down, but the crisis model runs in-process as in the bot.
    # The need gate (nlu/need_gate.py) is part of the decision too, on the same model's encoder.
    scorer = load_crisis_scorer()
    need_gate = load_need_gate(scorer)
    crisis_model = None if args.no_crisis_model else scorer
    with _backend(name, rasa_url, settings.nlu.rasa_timeout_seconds) as nlu:
        predictions = asyncio.run(
            predict(
                examples,
                nlu,
                settings.nlu.threshold,
                crisis_model=crisis_model,
                need_gate=need_gate,
            )
        )
    result = as_json(name, predictions)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(as_text(name, result["metrics"]))
    return 0
