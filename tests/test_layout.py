"""House rules that the code's shape must keep: the core never imports telegram, the running
bot never imports scikit-learn or scipy."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_module_under_bot_or_nlu_imports_telegram() -> None:
    offenders = []
    for folder in ("bot", "nlu"):
        for path in (ROOT / folder).rglob("*.py"):
            if any(m == "telegram" or m.startswith("telegram.") for m in imported_modules(path)):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_sql_stays_in_storage_and_reports() -> None:
    offenders = []
    for path in (ROOT / "bot").rglob("*.py"):
        rel = path.relative_to(ROOT).parts
        if len(rel) > 2 and rel[1] in ("storage", "reports"):
            continue
        if any(m.startswith("sqlalchemy") for m in imported_modules(path)):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_every_test_the_hazard_log_names_exists() -> None:
    """Each control in the hazard log points at a test; a rename must not leave it dangling."""
    log = (ROOT / "docs" / "safety" / "hazard-log.md").read_text(encoding="utf-8")
    named = set(re.findall(r"(tests/[\w/]+\.py)::(\w+)", log))
    # The log's shorthand: "`T` below means `tests/test_safety.py`".
    shorthand = re.search(r"`(\w+)` below means `(tests/[\w/]+\.py)`", log)
    assert shorthand, "the hazard log no longer says what its test shorthand means"
    letter, path = shorthand.groups()
    named |= {(path, name) for name in re.findall(rf"`{letter}::(\w+)`", log)}
    assert len(named) >= 10
    missing = [
        f"{path}::{name}"
        for path, name in sorted(named)
        if not re.search(rf"def {name}\b", (ROOT / path).read_text(encoding="utf-8"))
    ]
    assert missing == []


# Loads the models as the bot does (bot/bootstrap.py), scores one message with each, and prints
# what it loaded and which sklearn or scipy modules were imported.
_LOAD_AND_SCORE = """
import json, sys
from bot.bootstrap import build_nlu, load_crisis_scorer, load_need_gate
from bot.settings import load_settings
nlu = build_nlu(load_settings(), "embedded")
scorer = load_crisis_scorer()
gate = load_need_gate(scorer)
text = "I have not slept properly for weeks and I cannot cope"
ranking = nlu.classify(text).ranking
scorer.probability(text)
gate.need(text, ranking)
print(json.dumps({
    "loaded": [type(nlu).__name__, type(scorer).__name__, type(gate).__name__],
    "imported": sorted(m for m in sys.modules if m.split(".")[0] in ("sklearn", "scipy")),
}))
"""


def test_the_bot_loads_its_cached_models_without_sklearn_or_scipy() -> None:
    """sklearn and scipy (about 97 MB resident) are for training only: the cached models are plain
    scorers (nlu/fast_linear.py) and the encoder's erf is nlu/erf.py."""
    from bot.bootstrap import build_nlu, load_crisis_scorer, load_need_gate
    from bot.settings import load_settings

    # Here first, so that any model missing from var/models is trained (with sklearn) and cached.
    build_nlu(load_settings(), "embedded")
    assert load_need_gate(load_crisis_scorer()) is not None
    done = subprocess.run(
        [sys.executable, "-c", _LOAD_AND_SCORE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["loaded"] == ["EmbeddedNLU", "SemanticCrisisModel", "NeedGate"]
    assert result["imported"] == []
