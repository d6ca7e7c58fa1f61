"""RasaBackend against small real HTTP servers that answer like Rasa, or badly; no Rasa needed.

Also finding Python 3.10 and the model cache key, which need no Rasa either.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from bot.ports import NLUUnavailable
from bot.types import FALLBACK, WELLBEING_NEEDS
from nlu.rasa_backend import RasaBackend
from nlu.rasa_env import (
    ADDONS,
    NLU_DIR,
    RasaEnvError,
    find_python310,
    project_hash,
    rasa_env,
)

CANARY = "my canary sentence 7f3a about debts"


class FakeRasa:
    """A real HTTP server on 127.0.0.1 that records request bodies and sends a set reply."""

    def __init__(self) -> None:
        self.status = 200
        self.body: bytes = b"{}"
        self.requests: list[dict[str, object]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                fake.requests.append(
                    {"path": self.path, "json": json.loads(self.rfile.read(length))}
                )
                self.send_response(fake.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(fake.body)))
                self.end_headers()
                self.wfile.write(fake.body)

            def log_message(self, format: str, *args: object) -> None:
                """Silent, like the real server at WARNING."""

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def reply(self, data: object, status: int = 200) -> None:
        self.status = status
        self.body = json.dumps(data).encode()


@pytest.fixture
def fake_rasa() -> Iterator[FakeRasa]:
    fake = FakeRasa()
    yield fake
    fake.server.shutdown()
    fake.server.server_close()


def parse_reply(intent: str | None, confidence: float, ranking: list[tuple[str, float]]) -> dict:
    return {
        "text": CANARY,
        "intent": {"name": intent, "confidence": confidence},
        "entities": [],
        "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking],
    }


async def test_maps_intent_and_ranking(fake_rasa: FakeRasa) -> None:
    fake_rasa.reply(
        parse_reply("money_worries", 0.82, [("money_worries", 0.82), ("stress_anxiety", 0.1)])
    )
    result = await RasaBackend(fake_rasa.url).parse("i can't pay my council tax")
    assert (result.intent, result.confidence, result.backend) == ("money_worries", 0.82, "rasa")
    assert result.ranking == (("money_worries", 0.82), ("stress_anxiety", 0.1))
    assert fake_rasa.requests == [
        {"path": "/model/parse", "json": {"text": "i can't pay my council tax"}}
    ]


async def test_fallback_keeps_real_intents_in_ranking(fake_rasa: FakeRasa) -> None:
    # Rasa's FallbackClassifier puts nlu_fallback on top; the likely needs stay for the buttons.
    ranking = [(FALLBACK, 0.45), ("sleep_fatigue", 0.31), ("stress_anxiety", 0.2)]
    fake_rasa.reply(parse_reply(FALLBACK, 0.45, ranking))
    result = await RasaBackend(fake_rasa.url).parse("tired")
    assert result.intent == FALLBACK
    assert [name for name, _ in result.ranking] == ["sleep_fatigue", "stress_anxiety"]


async def test_fallback_never_hides_a_crisis_the_classifier_saw(fake_rasa: FakeRasa) -> None:
    # Below Rasa's fallback threshold, or too close to the runner-up: the core must still see it.
    ranking = [(FALLBACK, 0.5), ("crisis", 0.41), ("stress_anxiety", 0.38)]
    fake_rasa.reply(parse_reply(FALLBACK, 0.5, ranking))
    result = await RasaBackend(fake_rasa.url).parse("not sure i can do this anymore")
    assert (result.intent, result.confidence) == ("crisis", 0.41)


async def test_unknown_intent_and_empty_text_become_fallback(fake_rasa: FakeRasa) -> None:
    fake_rasa.reply(parse_reply("order_pizza", 0.99, [("order_pizza", 0.99), ("greet", 0.01)]))
    assert (await RasaBackend(fake_rasa.url).parse("pizza")).intent == FALLBACK
    fake_rasa.reply(parse_reply(None, 0.0, []))
    result = await RasaBackend(fake_rasa.url).parse("   ")
    assert (result.intent, result.confidence) == (FALLBACK, 0.0)


async def test_leading_slash_cannot_choose_the_intent(fake_rasa: FakeRasa) -> None:
    # Rasa would read "/crisis" as an intent payload with confidence 1.0.
    fake_rasa.reply(parse_reply("greet", 0.9, [("greet", 0.9)]))
    await RasaBackend(fake_rasa.url).parse("  /greet please")
    assert fake_rasa.requests[0]["json"] == {"text": "greet please"}


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (500, {"status": "failure"}),
        (401, {"reason": "NotAuthenticated"}),
        (200, ["not", "a", "parse", "result"]),
        (200, {"text": CANARY}),
        (200, {"intent": {"name": "greet", "confidence": "high"}}),
        (200, {"intent": {"name": 7, "confidence": 0.5}}),
    ],
)
async def test_bad_replies_raise_unavailable_without_logging_text(
    fake_rasa: FakeRasa, status: int, body: object, caplog: pytest.LogCaptureFixture
) -> None:
    fake_rasa.reply(body, status)
    with caplog.at_level(logging.DEBUG), pytest.raises(NLUUnavailable) as raised:
        await RasaBackend(fake_rasa.url).parse(CANARY)
    assert CANARY not in caplog.text
    assert CANARY not in str(raised.value)
    assert raised.value.__cause__ is None


async def test_non_json_reply_is_unavailable(fake_rasa: FakeRasa) -> None:
    fake_rasa.status, fake_rasa.body = 200, b"<html>" + CANARY.encode()
    with pytest.raises(NLUUnavailable) as raised:
        await RasaBackend(fake_rasa.url).parse(CANARY)
    # The JSON error holds the whole reply (which echoes the text); it must not ride along.
    assert raised.value.__cause__ is None
    assert raised.value.__suppress_context__


async def test_nobody_listening_is_unavailable_at_once(caplog: pytest.LogCaptureFixture) -> None:
    with socket.socket() as sock:  # a port that was free a moment ago
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    started = time.monotonic()
    with caplog.at_level(logging.DEBUG), pytest.raises(NLUUnavailable):
        await RasaBackend(f"http://127.0.0.1:{port}", timeout=2.0).parse(CANARY)
    assert time.monotonic() - started < 1.0
    assert CANARY not in caplog.text


async def test_hung_server_times_out() -> None:
    # Accepts the connection and never answers: a Rasa stuck under load.
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        started = time.monotonic()
        with pytest.raises(NLUUnavailable):
            await RasaBackend(url, timeout=0.5).parse("hello")
        assert 0.4 < time.monotonic() - started < 2.0


def test_rasa_python_must_be_310(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASA_PYTHON", sys.executable)  # the bot's 3.11
    with pytest.raises(RasaEnvError, match="RASA_PYTHON"):
        find_python310()


def test_no_python310_anywhere_names_rasa_python(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("RASA_PYTHON", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    with pytest.raises(RasaEnvError, match="RASA_PYTHON"):
        find_python310()


def test_found_python_is_310() -> None:
    try:
        python = find_python310()
    except RasaEnvError as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI needs Python 3.10 for Rasa: {exc}")
        pytest.skip(f"no Python 3.10 on this machine: {exc}")
    out = subprocess.run([str(python), "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("Python 3.10.")


def test_model_key_follows_config_data_and_domain(tmp_path: Path) -> None:
    config, domain, data = tmp_path / "config.yml", tmp_path / "domain.yml", tmp_path / "data"
    data.mkdir()
    config.write_text("pipeline: []\n")
    domain.write_text("intents: [greet]\n")
    (data / "nlu.yml").write_text("nlu: []\n")
    first = project_hash(config, data, domain)
    assert project_hash(config, data, domain) == first
    seen = {first}
    for path, text in (
        (config, "pipeline: [x]\n"),
        (domain, "intents: []\n"),
        (data / "b.yml", ""),
    ):
        path.write_text(text)
        key = project_hash(config, data, domain)
        assert key not in seen, f"changing {path.name} kept the cached model"
        seen.add(key)


def test_one_backend_serves_successive_event_loops(fake_rasa: FakeRasa) -> None:
    # The bot keeps one backend for its life; tests and CLI runs may each bring a new loop.
    fake_rasa.reply(parse_reply("thanks", 0.9, [("thanks", 0.9)]))
    backend = RasaBackend(fake_rasa.url)
    assert asyncio.run(backend.parse("ta")).intent == "thanks"
    assert asyncio.run(backend.parse("ta")).intent == "thanks"
    assert len(fake_rasa.requests) == 2


def test_model_key_follows_the_custom_components_source(tmp_path: Path) -> None:
    config, data, addons = tmp_path / "config.yml", tmp_path / "data", tmp_path / "addons"
    data.mkdir()
    addons.mkdir()
    config.write_text("pipeline: []\n")
    (data / "nlu.yml").write_text("nlu: []\n")
    (addons / "component.py").write_text("C = 1\n")
    first = project_hash(config, data, None, addons)
    (addons / "component.py").write_text("C = 2\n")
    assert project_hash(config, data, None, addons) != first, "a component change kept the model"


def test_rasa_subprocesses_import_the_components_and_nothing_of_the_bot() -> None:
    env = rasa_env()
    assert env["PYTHONPATH"] == str(ADDONS)
    assert (ADDONS / "wellbeing_classifier.py").exists()
    # Rasa's interpreter cannot import the bot's packages, so the components must not either.
    for path in ADDONS.glob("*.py"):
        source = path.read_text()
        for package in ("bot", "nlu", "handlers"):
            assert f"from {package}" not in source and f"import {package}" not in source, path


def test_the_component_routes_the_needs_of_needs_md() -> None:
    config = yaml.safe_load((NLU_DIR / "config.yml").read_text())
    (component,) = [c for c in config["pipeline"] if c["name"].endswith("WellbeingClassifier")]
    assert tuple(component["need_intents"]) == WELLBEING_NEEDS
    assert component["gate_positive"] == ["crisis"]
    names = [c["name"] for c in config["pipeline"]]
    assert names[-1] == "FallbackClassifier", "the fallback must read the component's answer"


def test_component_recipe_survives_its_stored_form() -> None:
    # The recipe without Rasa: what the component persists (JSON and arrays) scores the same.
    from nlu.rasa_addons.wellbeing_recipe import WellbeingModel

    texts = ["cannot sleep after nights", "shifts wreck my sleep", "debts are piling up",
             "i owe money everywhere", "what is the weather", "book me a table",
             "i want to end my life", "no point going on"]  # fmt: skip
    intents = ["sleep_fatigue"] * 2 + ["money_worries"] * 2 + ["out_of_scope"] * 2 + ["crisis"] * 2
    config = {"need_intents": ["sleep_fatigue", "money_worries"], "gate_positive": ["crisis"]}
    model = WellbeingModel.fit(texts, intents, {**config, "char_min_df": 1})
    meta, arrays = model.to_state()
    again = WellbeingModel.from_state(json.loads(json.dumps(meta)), arrays)
    for text in [*texts, "sleepless and skint", ""]:
        a, b = model.predict(text), again.predict(text)
        assert (a.intent, a.ranking) == (b.intent, b.ranking)
        assert abs(sum(c for _, c in a.ranking) - 1.0) < 1e-9
    assert model.predict("cannot sleep after nights").intent == "sleep_fatigue"
