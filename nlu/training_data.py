"""Reading Rasa NLU YAML (version 3.x) into (text, intent) pairs, entity markup removed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

NLU_DIR = Path(__file__).resolve().parent
DATA_DIR = NLU_DIR / "data"

# [text](entity) and [text]{"entity": ...} annotations: keep the text, drop the markup.
_ENTITY = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")


@dataclass(frozen=True)
class Example:
    """One labelled message."""

    text: str
    intent: str


def strip_entities(text: str) -> str:
    """'im a [pcso](role)' -> 'im a pcso'."""
    return _ENTITY.sub(r"\1", text)


def read_examples(path: Path) -> list[Example]:
    """Every example of one Rasa NLU YAML file, in file order."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    examples: list[Example] = []
    for block in doc.get("nlu") or []:
        intent = block.get("intent")
        if not intent:
            continue  # synonyms, regexes and lookups carry no labelled messages
        for line in str(block.get("examples") or "").splitlines():
            line = line.strip()
            if line.startswith("- "):
                examples.append(Example(strip_entities(line[2:].strip()), intent))
    return examples


def read_dir(paths: Iterable[Path]) -> list[Example]:
    """Examples of several files or folders of *.yml."""
    out: list[Example] = []
    for path in paths:
        files = sorted(path.glob("*.yml")) if path.is_dir() else [path]
        for file in files:
            out.extend(read_examples(file))
    return out
