"""The Rasa backend end to end: the real trained model served by a real `rasa run`.

Needs .venv-rasa (built by `make rasa`, or here on first use). With CI=true a Rasa that cannot
be built or started fails the run; elsewhere these tests are skipped with the reason.
"""

from __future__ import annotations

import json
import os
import shutil
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.ports import NLUUnavailable
from bot.types import FALLBACK, INTENTS
from nlu.rasa_backend import RasaBackend
from nlu.rasa_env import NLU_DIR, RasaEnvError, RasaServer, ensure_rasa_env, train_rasa

CANARY = "canary 5c2e: my sergeant keeps shouting at me in briefings"


def _unavailable(reason: str) -> None:
    """Fail in CI, where Rasa is part of what is tested; skip elsewhere."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"Rasa could not run in CI: {reason}")
    pytest.skip(f"Rasa could not run here: {reason}")


def _train(project: dict[str, Path]) -> Path:
    return train_rasa(config=project["config"], data=project["data"], domain=project["domain"])


@pytest.fixture(scope="session")
def rasa_project(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A snapshot of nlu/: edits made while the tests run cannot change the model under them.

    Same content, same cache key, so a model `make rasa` trained is reused.
    """
    root = tmp_path_factory.mktemp("rasa-project")
    shutil.copytree(NLU_DIR / "data", root / "data")
    for name in ("config.yml", "domain.yml"):
        if (NLU_DIR / name).exists():
            shutil.copy(NLU_DIR / name, root / name)
    return {"config": root / "config.yml", "data": root / "data", "domain": root / "domain.yml"}


@pytest.fixture(scope="session")
def rasa_model(rasa_project: dict[str, Path]) -> Path:
    try:
        ensure_rasa_env()
        return _train(rasa_project)
    except (RasaEnvError, OSError) as exc:
        _unavailable(str(exc))
        raise


@pytest.fixture(scope="session")
def rasa_server(rasa_model: Path) -> Iterator[RasaServer]:
    try:
        server = RasaServer(rasa_model).start()
    except (RasaEnvError, OSError) as exc:
        _unavailable(str(exc))
        raise
    yield server
    server.stop()


@pytest.fixture
def backend(rasa_server: RasaServer) -> RasaBackend:
    return RasaBackend(rasa_server.url, timeout=10.0)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("three weeks of nights and i still can't get to sleep in the day", "sleep_fatigue"),
        ("my overdraft is maxed and the car loan payment bounced", "money_worries"),
        ("how do i get referred to occupational health for my back", "occupational_health"),
        ("hello there", "greet"),
    ],
)
async def test_plain_requests_reach_their_need(
    backend: RasaBackend, text: str, intent: str
) -> None:
    result = await backend.parse(text)
    assert result.backend == "rasa"
    assert result.intent == intent, result
    assert result.ranking and all(name in INTENTS for name, _ in result.ranking)
    assert all(0.0 <= c <= 1.0 for _, c in result.ranking)


@pytest.mark.parametrize(
    "text",
    [
        "what temperature should i roast a chicken at",
        "which premier league team has the most titles",
        "how do i convert a word document to pdf",
    ],
)
async def test_off_topic_is_not_routed_to_a_need(backend: RasaBackend, text: str) -> None:
    result = await backend.parse(text)
    assert result.intent in ("out_of_scope", FALLBACK), result


async def test_typed_slash_intent_is_classified_not_obeyed(backend: RasaBackend) -> None:
    # Sent as-is, Rasa answers "/thanks" with exactly one intent at confidence 1.0.
    result = await backend.parse("/thanks")
    assert len(result.ranking) > 1


async def test_server_keeps_no_message_text(backend: RasaBackend, rasa_server: RasaServer) -> None:
    await backend.parse(CANARY)
    assert CANARY not in rasa_server.output()
    assert "canary 5c2e" not in rasa_server.output()


def test_second_train_reuses_the_model(rasa_model: Path, rasa_project: dict[str, Path]) -> None:
    modified = rasa_model.stat().st_mtime
    started = time.monotonic()
    assert _train(rasa_project) == rasa_model
    assert time.monotonic() - started < 5.0
    assert rasa_model.stat().st_mtime == modified


async def test_killed_server_is_unavailable_quickly(rasa_model: Path) -> None:
    with RasaServer(rasa_model) as server:
        backend = RasaBackend(server.url, timeout=2.0)
        assert (await backend.parse("hi")).intent in INTENTS
        pid = server.pid
    assert pid is not None
    with pytest.raises(ProcessLookupError):
        os.killpg(pid, 0)  # the server led its own process group: nothing of it is left
    started = time.monotonic()
    with pytest.raises(NLUUnavailable):
        await backend.parse("hi")
    assert time.monotonic() - started < 2.5


def test_trained_pipeline_runs_the_wellbeing_classifier(rasa_model: Path) -> None:
    with tarfile.open(rasa_model) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("metadata.json"))
        handle = tar.extractfile(member)
        assert handle is not None
        metadata = json.load(handle)
    nodes = metadata["predict_schema"]["nodes"]
    ours = [name for name, node in nodes.items() if node["uses"].endswith("WellbeingClassifier")]
    assert ours, "the custom classifier is not in the trained pipeline"
    (fallback,) = [n for n in nodes.values() if n["uses"].endswith("FallbackClassifier")]
    assert set(fallback["needs"].values()) & set(ours), "the fallback does not read its answer"


def test_the_classifier_answers_with_an_intent_ranking(rasa_server: RasaServer) -> None:
    # The raw reply, not the backend's reading of it: what the component itself wrote.
    reply = httpx.post(
        f"{rasa_server.url}/model/parse",
        json={"text": "debts are piling up and the bailiffs wrote again"},
        timeout=10.0,
    ).json()
    ranking = reply["intent_ranking"]
    assert len(ranking) >= 5
    assert len({r["name"] for r in ranking}) == len(ranking)
    assert reply["intent"] == ranking[0]
    assert reply["intent"]["name"] == "money_worries"
    assert all(0.0 <= r["confidence"] <= 1.0 for r in ranking)
    assert all(r["name"] in INTENTS for r in ranking)
    assert [r["confidence"] for r in ranking[1:]] == sorted(
        (r["confidence"] for r in ranking[1:]), reverse=True
    )
