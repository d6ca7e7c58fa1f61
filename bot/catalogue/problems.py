"""Problems found in the resources, worded for the wellbeing SPOCs who fix them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One error or warning, pinned to a file, a line and (where there is one) an entry."""

    file: str
    line: int
    message: str
    entry: str | None = None
    # Who should act on a warning: the entry's owner team, so each SPOC sees their own list.
    owner: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}: "
        return where + (f"{self.entry}: {self.message}" if self.entry else self.message)


class CatalogueError(Exception):
    """The resources failed validation; str() lists every problem, one per line."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
