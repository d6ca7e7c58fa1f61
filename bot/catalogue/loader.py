"""Reads and checks a whole resources directory; either a Catalogue or every problem found."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from bot.catalogue import checks
from bot.catalogue.catalogue import Catalogue, Directorate
from bot.catalogue.explain import explain, fields_of
from bot.catalogue.hours import LONDON, Hours, TimeRange, WeeklySlot
from bot.catalogue.models import Contact, Resource, suggest
from bot.catalogue.problems import CatalogueError, Problem
from bot.catalogue.safe_yaml import Document, YamlProblem, read_yaml
from bot.catalogue.texts import (
    CRISIS_NUMBERS,
    LABELLED_NEEDS,
    MAX_LABEL,
    MAX_TEXT,
    MUST_CARRY_CRISIS_NUMBERS,
    TEXT_KEYS,
    BankHolidaysFile,
    DirectoratesFile,
    TextsFile,
)

TEXTS, DIRECTORATES, HOLIDAYS, CRISIS = (
    "texts.yml",
    "directorates.yml",
    "bank_holidays.yml",
    "crisis.yml",
)
_M = TypeVar("_M", bound=BaseModel)
_RESOURCE_FIELDS = fields_of(
    (None, Resource),
    ("contacts", Contact),
    ("hours", Hours),
    ("weekly", WeeklySlot),
    ("bank_holidays", TimeRange),
)


@dataclass
class CheckResult:
    """What `resources check` reports: errors block loading, warnings do not."""

    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    catalogue: Catalogue | None = None


def load_catalogue(directory: Path, today: date | None = None) -> Catalogue:
    """Load and validate resources/; raise CatalogueError listing every problem."""
    result = check_directory(directory, today)
    if result.catalogue is None:
        raise CatalogueError(result.errors)
    return result.catalogue


def check_directory(directory: Path, today: date | None = None) -> CheckResult:
    """Validate every file in `directory` and build the catalogue when there is no error."""
    today = today or datetime.now(LONDON).date()
    result = CheckResult()
    errors = result.errors
    if not directory.is_dir():
        errors.append(Problem(str(directory), 1, "is not a folder; give the resources folder"))
        return result
    for stray in sorted(directory.glob("*.yaml")):
        errors.append(Problem(_show(directory, stray.name), 1, "rename this file to end in .yml"))
    docs: dict[str, Document] = {}
    for file in sorted(directory.glob("*.yml")):
        try:
            docs[file.name] = read_yaml(file)
        except YamlProblem as err:
            errors.append(
                Problem(_show(directory, file.name), err.line, "the file " + err.message)
            )
    for name in (TEXTS, DIRECTORATES, HOLIDAYS, CRISIS):
        if name not in docs and not (directory / name).exists():
            errors.append(Problem(_show(directory, name), 1, "is missing; restore it from git"))

    texts = _model(directory, docs, TEXTS, TextsFile, errors)
    dirs = _model(directory, docs, DIRECTORATES, DirectoratesFile, errors)
    hols = _model(directory, docs, HOLIDAYS, BankHolidaysFile, errors)
    placed: list[checks.Placed] = []
    for name, doc in docs.items():
        if name not in (TEXTS, DIRECTORATES, HOLIDAYS):
            placed.extend(_resources(_show(directory, name), doc, errors))

    need_lines: dict[str, tuple[str, int]] = {}
    if texts is not None:
        errors.extend(_check_texts(_show(directory, TEXTS), docs[TEXTS], texts))
        need_lines = {
            n: (_show(directory, TEXTS), docs[TEXTS].line_of(("need_labels", n)))
            for n in LABELLED_NEEDS
        }
    dir_lines: dict[str, tuple[str, int]] = {}
    if dirs is not None:
        dir_lines = {
            d.id: (_show(directory, DIRECTORATES), docs[DIRECTORATES].line_of(("directorates", i)))
            for i, d in enumerate(dirs.directorates)
        }
    errors.extend(checks.unique_ids(placed))
    errors.extend(checks.examples_marked(placed))
    errors.extend(checks.crisis_routes(placed, _show(directory, CRISIS)))
    if dirs is not None:
        errors.extend(checks.directorates_known(placed, list(dir_lines)))
        errors.extend(checks.directorates_have_spoc(placed, dir_lines))
    if need_lines:
        errors.extend(checks.coverage(placed, LABELLED_NEEDS, need_lines))
    result.warnings.extend(checks.review_warnings(placed, today))
    if hols is not None:
        line = docs[HOLIDAYS].line_of(("england_and_wales",))
        shown = _show(directory, HOLIDAYS)
        result.warnings.extend(checks.holiday_warnings(hols.england_and_wales, shown, line, today))
    if errors or texts is None or dirs is None or hols is None:
        return result
    result.catalogue = Catalogue(
        resources=tuple(p.resource for p in placed),
        texts={k: v.strip() for k, v in texts.texts.items()},
        need_labels=dict(texts.need_labels),
        directorates=[Directorate(d.id, d.name) for d in dirs.directorates],
        holidays=frozenset(hols.england_and_wales),
        warnings=result.warnings,
    )
    return result


def _show(directory: Path, name: str) -> str:
    return str(directory / name)


def _model(
    directory: Path, docs: dict[str, Document], name: str, model: type[_M], errors: list[Problem]
) -> _M | None:
    """Validate one of the fixed files against its model, reporting lines on failure."""
    doc = docs.get(name)
    if doc is None:
        return None
    try:
        return model.model_validate(doc.data if doc.data is not None else {})
    except ValidationError as err:
        allowed = fields_of((None, model))
        for line, message in explain(err, doc, (), allowed):
            errors.append(Problem(_show(directory, name), line, message))
        return None


def _resources(file: str, doc: Document, errors: list[Problem]) -> list[checks.Placed]:
    """Each valid entry of a resources file, with its lines; errors for the rest."""
    data: Any = doc.data
    if not isinstance(data, dict) or list(data) != ["resources"]:
        keys = list(data) if isinstance(data, dict) else []
        hint = f"; {suggest(keys[0], ['resources'])}" if keys and "resources" not in keys else ""
        errors.append(
            Problem(
                file, 1, f"should start with 'resources:' followed by '- id: ...' entries{hint}"
            )
        )
        return []
    entries = data["resources"]
    if not isinstance(entries, list):
        errors.append(Problem(file, doc.line_of(("resources",)), "'resources' should be a list"))
        return []
    placed = []
    for i, entry in enumerate(entries):
        base = ("resources", i)
        rid = entry.get("id") if isinstance(entry, dict) else None
        label = f"resource '{rid}'" if isinstance(rid, str) and rid else f"resource #{i + 1}"
        try:
            resource = Resource.model_validate(entry)
        except ValidationError as err:
            for line, message in explain(err, doc, base, _RESOURCE_FIELDS):
                errors.append(Problem(file, line, message, label))
            continue
        fields = {k: doc.line_of((*base, k)) for k in entry}
        placed.append(checks.Placed(resource, file, doc.line_of(base), fields))
    return placed


def _check_texts(file: str, doc: Document, texts: TextsFile) -> list[Problem]:
    """All keys present, none unknown, the crisis numbers where they must be, labels short."""
    out = []
    for key in TEXT_KEYS:
        if key not in texts.texts:
            out.append(Problem(file, doc.line_of(("texts",)), f"text '{key}' is missing; add it"))
    for key, value in texts.texts.items():
        line = doc.line_of(("texts", key))
        if key not in TEXT_KEYS:
            out.append(
                Problem(
                    file,
                    line,
                    f"is not a text the bot uses; {suggest(key, TEXT_KEYS)}",
                    f"text '{key}'",
                )
            )
        if len(value) > MAX_TEXT:
            out.append(
                Problem(file, line, f"is over {MAX_TEXT} characters; shorten it", f"text '{key}'")
            )
        if key in MUST_CARRY_CRISIS_NUMBERS:
            lacking = [n for n in CRISIS_NUMBERS if n not in value]
            if lacking:
                out.append(
                    Problem(
                        file,
                        line,
                        f"lacks {', '.join(lacking)}; this text must show all four crisis lines "
                        f"written as {', '.join(CRISIS_NUMBERS)}",
                        f"text '{key}'",
                    )
                )
    if "out_of_hours" in texts.texts and "{opens}" not in texts.texts["out_of_hours"]:
        out.append(
            Problem(
                file,
                doc.line_of(("texts", "out_of_hours")),
                "must contain {opens} where the opening time goes",
                "text 'out_of_hours'",
            )
        )
    for need in LABELLED_NEEDS:
        if need not in texts.need_labels:
            out.append(
                Problem(
                    file,
                    doc.line_of(("need_labels",)),
                    f"has no label for '{need}'; add '{need}: Short label'",
                )
            )
    for need, label in texts.need_labels.items():
        line = doc.line_of(("need_labels", need))
        if need not in LABELLED_NEEDS:
            out.append(
                Problem(
                    file,
                    line,
                    f"'{need}' is not a need; {suggest(need, LABELLED_NEEDS)}",
                    "need_labels",
                )
            )
        elif not 2 <= len(label) <= MAX_LABEL:
            out.append(
                Problem(
                    file, line, f"label should be 2 to {MAX_LABEL} characters", f"need '{need}'"
                )
            )
    return out
