"""Turns pydantic's validation errors into lines a SPOC can act on, with the right line number."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from bot.catalogue.models import suggest
from bot.catalogue.safe_yaml import Document, Path_

_KIND_OF_VALUE = {
    "string_type": "should be text",
    "bool_type": "should be true or false",
    "bool_parsing": "should be true or false",
    "list_type": "should be a list, one '- ' item per line",
    "dict_type": "should be a set of 'key: value' lines, indented under it",
    "model_type": "should be a set of 'key: value' lines, indented under it",
    "model_attributes_type": "should be a set of 'key: value' lines, indented under it",
}


def real_path(data: Any, loc: tuple[str | int, ...], kind: str = "") -> tuple[Path_, bool]:
    """The part of pydantic's location that exists in the data; also whether a union added steps.

    pydantic puts names like 'list[TimeRange]' into locations inside unions; they are not keys
    a SPOC wrote, so they are skipped. The final segment of a missing or unknown key is kept.
    """
    path: list[str | int] = []
    skipped = False
    node = data
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        in_dict = isinstance(node, dict) and isinstance(part, str) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and part < len(node)
        if in_dict or in_list:
            node = node[part]
            path.append(part)
        elif last and isinstance(part, str) and kind in ("missing", "extra_forbidden"):
            path.append(part)
        else:
            skipped = True
    return tuple(path), skipped


def _field(path: Path_) -> str | None:
    for part in reversed(path):
        if isinstance(part, str):
            return part
    return None


def _message(err: Any, path: Path_, allowed: dict[str | None, tuple[str, ...]]) -> str:
    kind, value = err["type"], err.get("input")
    field = _field(path) or "this entry"
    shown = f"'{value}'" if isinstance(value, str | int | float) else "this"
    if kind == "missing":
        return f"'{field}' is missing; add a line '{field}: ...' to the entry"
    if kind == "extra_forbidden":
        parents = [p for p in path[:-1] if isinstance(p, str)]
        options = allowed.get(parents[-1] if parents else None, ())
        return f"'{field}' is not a field we know; {suggest(field, options)}"
    if kind == "value_error":
        return f"'{field}' " + str(err["msg"]).removeprefix("Value error, ")
    if kind in _KIND_OF_VALUE:
        return f"'{field}' {_KIND_OF_VALUE[kind]}"
    if kind.startswith("date"):
        return (
            f"'{field}' has {shown}, which is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31"
        )
    if kind in ("enum", "literal_error"):
        expected = str(err.get("ctx", {}).get("expected", "")).split()
        names = tuple(o.strip("',") for o in expected if o != "or")
        return f"'{field}' has {shown}, which is not allowed; {suggest(str(value), names)}"
    if kind in ("too_short", "string_too_short"):
        return f"'{field}' is empty or too short; fill it in"
    if kind in ("too_long", "string_too_long"):
        limit = err.get("ctx", {}).get("max_length", "")
        return f"'{field}' is too long; keep it to {limit} characters so it fits on a phone"
    return f"'{field}' {err['msg']}; check it against resources/README.md"


def explain(
    error: ValidationError,
    doc: Document,
    base: Path_,
    allowed: dict[str | None, tuple[str, ...]],
) -> list[tuple[int, str]]:
    """(line, message) for each distinct problem in one entry found at `base` in `doc`."""
    entry = doc.data
    for part in base:
        entry = entry[part]
    found: list[tuple[Path_, bool, Any]] = []
    for err in error.errors():
        path, skipped = real_path(entry, tuple(err["loc"]), err["type"])
        found.append((path, skipped, err))
    out: list[tuple[int, str]] = []
    seen: set[Path_] = set()
    for path, skipped, err in found:
        # A union reports one error per branch; keep only the deepest ones for that field.
        if skipped and any(p[: len(path)] == path and len(p) > len(path) for p, _, _ in found):
            continue
        if path in seen:
            continue
        seen.add(path)
        out.append((doc.line_of(base + path), _message(err, path, allowed)))
    return out


def fields_of(*models: tuple[str | None, type[BaseModel]]) -> dict[str | None, tuple[str, ...]]:
    """Field names allowed under each parent key, for 'did you mean' on unknown keys."""
    return {parent: tuple(model.model_fields) for parent, model in models}
