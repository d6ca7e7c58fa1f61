"""The NLU training data, held-out set and domain: complete, big enough, and kept apart."""

from __future__ import annotations

import json
import re
import string
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

import pytest
import yaml

from bot.types import INTENTS, ROLES, SMALL_TALK, WELLBEING_NEEDS

NLU = Path(__file__).resolve().parent.parent / "nlu"
TRAIN = NLU / "data" / "nlu.yml"
HELDOUT = NLU / "heldout" / "heldout.yml"
# Every set we measure on; none may leak into the training files.
MEASURED = sorted((NLU / "heldout").glob("*.yml")) + sorted(
    (NLU.parent / "tests" / "data").glob("crisis_blind*/*.yml")
)
DOMAIN = NLU / "domain.yml"

TRAIN_MINIMUM = (
    {"crisis": 90, "out_of_scope": 250, "privacy_question": 60}
    | dict.fromkeys(WELLBEING_NEEDS, 90)
    | dict.fromkeys(SMALL_TALK, 60)
)
HELDOUT_MINIMUM = (
    {"crisis": 40, "out_of_scope": 60, "privacy_question": 15}
    | dict.fromkeys(WELLBEING_NEEDS, 20)
    | dict.fromkeys(SMALL_TALK, 15)
)
ENTITIES = ("role", "directorate")
# Similar enough that a held-out message would test memory, not generalisation.
NEAR_DUPLICATE_RATIO = 0.9

_ANNOTATION = re.compile(r"\[([^\]]+)\](\([^)]*\)|\{[^}]*\})")
_PUNCTUATION = str.maketrans("", "", string.punctuation)


def _examples(path: Path) -> list[tuple[str, str]]:
    """(intent, raw example) pairs of a Rasa NLU YAML file, in file order."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert str(doc.get("version")).startswith("3."), f"{path.name}: needs version 3.x"
    pairs: list[tuple[str, str]] = []
    for block in doc["nlu"]:
        lines = str(block["examples"]).splitlines()
        bad = [line for line in lines if line.strip() and not line.strip().startswith("- ")]
        assert not bad, f"{path.name} {block['intent']}: lines must start with '- ': {bad[:3]}"
        pairs += [(block["intent"], line.strip()[2:].strip()) for line in lines if line.strip()]
    return pairs


def _plain(text: str) -> str:
    """The text a person typed, without the entity markup."""
    return _ANNOTATION.sub(r"\1", text)


def _normalise(text: str) -> str:
    """Case, punctuation and spacing folded, so 'Can't sleep!' equals 'cant sleep'."""
    return " ".join(_plain(text).lower().translate(_PUNCTUATION).split())


@pytest.fixture(scope="module")
def train() -> list[tuple[str, str]]:
    return _examples(TRAIN)


@pytest.fixture(scope="module")
def all_training() -> list[tuple[str, str]]:
    """Every training file: nlu/data/*.yml and the crisis nets' own nlu/crisis_data/*.yml."""
    paths = [*sorted((NLU / "data").glob("*.yml")), *sorted((NLU / "crisis_data").glob("*.yml"))]
    return [pair for path in paths for pair in _examples(path)]


@pytest.fixture(scope="module")
def measured() -> list[tuple[str, str]]:
    return [pair for path in MEASURED for pair in _examples(path)]


@pytest.fixture(scope="module")
def heldout() -> list[tuple[str, str]]:
    return _examples(HELDOUT)


@pytest.mark.parametrize(
    ("name", "minimum"), [("train", TRAIN_MINIMUM), ("heldout", HELDOUT_MINIMUM)]
)
def test_every_intent_has_enough_examples(
    name: str, minimum: dict[str, int], request: pytest.FixtureRequest
) -> None:
    pairs: list[tuple[str, str]] = request.getfixturevalue(name)
    counts = Counter(intent for intent, _ in pairs)
    assert set(counts) == set(INTENTS), f"{name}: intents differ from bot.types.INTENTS"
    short = {i: counts[i] for i in INTENTS if counts[i] < minimum[i]}
    assert not short, f"{name}: too few examples (intent: count): {short}"


@pytest.mark.parametrize("name", ["train", "heldout"])
def test_no_example_appears_twice(name: str, request: pytest.FixtureRequest) -> None:
    pairs: list[tuple[str, str]] = request.getfixturevalue(name)
    counts = Counter(_normalise(text) for _, text in pairs)
    repeated = sorted(text for text, n in counts.items() if n > 1)
    assert not repeated, f"{name}: examples repeated (after folding case/punctuation): {repeated}"


def test_measured_sets_share_no_example_with_training(
    all_training: list[tuple[str, str]], measured: list[tuple[str, str]]
) -> None:
    seen = [_normalise(text) for _, text in all_training]
    clashes = []
    for _, text in measured:
        probe = _normalise(text)
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(probe)
        for other in seen:
            matcher.set_seq1(other)
            # quick_ratio bounds ratio from above: the slow exact ratio runs only on near misses.
            if matcher.quick_ratio() >= NEAR_DUPLICATE_RATIO and (
                matcher.ratio() >= NEAR_DUPLICATE_RATIO
            ):
                clashes.append(text)
    # Only the measured lines are printed: a blind author running this must stay blind.
    assert not clashes, f"measured messages too close to training ones: {sorted(set(clashes))}"


@pytest.mark.parametrize("name", ["train", "heldout"])
def test_entity_annotations_are_well_formed(name: str, request: pytest.FixtureRequest) -> None:
    pairs: list[tuple[str, str]] = request.getfixturevalue(name)
    problems = []
    for intent, text in pairs:
        for match in _ANNOTATION.finditer(text):
            value, spec = match.group(1), match.group(2)
            if spec.startswith("("):
                entity, target = spec[1:-1], value
            else:
                meta = json.loads(spec)
                entity, target = meta["entity"], meta.get("value", value)
            if entity not in ENTITIES or (entity == "role" and target not in ROLES):
                problems.append((intent, text))
        if "[" in _plain(text) or "]" in _plain(text):
            problems.append((intent, text))
    assert not problems, f"{name}: unknown entity, role or broken markup: {problems}"


def test_training_annotates_some_roles_and_directorates(train: list[tuple[str, str]]) -> None:
    annotated = [text for _, text in train if _ANNOTATION.search(text)]
    for entity in ENTITIES:
        assert any(entity in text for text in annotated), f"no '{entity}' annotation in training"
    # Most messages name no role; a mostly annotated set would teach the opposite.
    assert len(annotated) < len(train) / 10


def test_domain_lists_the_intents_and_entities() -> None:
    domain = yaml.safe_load(DOMAIN.read_text(encoding="utf-8"))
    assert str(domain["version"]).startswith("3.")
    assert tuple(domain["intents"]) == INTENTS
    assert tuple(domain["entities"]) == ENTITIES


def test_no_evaluation_message_is_in_nlu() -> None:
    """The public evaluation sets measure the bot; none of their messages may be trained on."""
    shared_eval = NLU.parent.parent / "shared" / "eval"
    if not shared_eval.is_dir():
        pytest.skip("../shared/eval is not beside this checkout")

    def fold(text: str) -> str:
        return re.sub(r"[^a-z0-9 ]", "", text.lower()).strip()

    evaluation = {
        fold(line.strip()[2:])
        for path in shared_eval.glob("*.yml")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("- ") and "intent:" not in line
    }
    evaluation = {text for text in evaluation if len(text.split()) >= 4}
    leaked = [
        f"{path.relative_to(NLU.parent)}:{number}"
        for path in NLU.rglob("*")
        if path.suffix in (".yml", ".yaml", ".md", ".json", ".csv", ".txt")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if fold(line.strip().lstrip("-").strip()) in evaluation
    ]
    assert not leaked, f"evaluation messages in nlu/ (write your own instead): {leaked}"
