"""Disclosure control: small counts hidden, the rest rounded, and totals that give nothing away.

The NHS Digital rule: counts from 1 to the threshold (7 by default) are suppressed, every other
count is rounded to the nearest 5 (and never shown at or below the threshold). Secondary
suppression then makes sure that no row or column with a published total has exactly one hidden
cell, which the total would otherwise reveal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

ROUND_TO = 5


@dataclass(frozen=True)
class Controlled:
    """A published table: None marks a suppressed cell; every other value is safe to show."""

    cells: tuple[tuple[int | None, ...], ...]
    row_totals: tuple[int | None, ...] | None
    col_totals: tuple[int | None, ...] | None
    grand_total: int | None


def publish(count: int, threshold: int) -> int | None:
    """One count as published: None if 1..threshold, otherwise rounded to the nearest 5."""
    if count < 0:
        raise ValueError("counts cannot be negative")
    if 1 <= count <= threshold:
        return None
    if count == 0:
        return 0
    rounded = (count + ROUND_TO // 2) // ROUND_TO * ROUND_TO
    # With a threshold that is itself a multiple of 5 (say 10), 11 would round to 10 and seem
    # to be a hidden number; show the first multiple of 5 above the threshold instead.
    floor = (threshold // ROUND_TO + 1) * ROUND_TO
    return max(rounded, floor)


def control(
    cells: Sequence[Sequence[int]],
    threshold: int,
    *,
    row_totals: bool = False,
    col_totals: bool = False,
) -> Controlled:
    """Apply primary and secondary suppression and rounding to a table of true counts."""
    rows = [list(r) for r in cells]
    n_cols = len(rows[0]) if rows else 0
    # The whole grid, totals included, so one loop can protect every line of it.
    grid = [r + ([sum(r)] if row_totals else []) for r in rows]
    if col_totals:
        width = n_cols + (1 if row_totals else 0)
        grid.append([sum(r[j] for r in grid) for j in range(width)])
    hidden = [[1 <= v <= threshold for v in r] for r in grid]
    lines = _lines(len(rows), n_cols, row_totals, col_totals)
    changed = True
    while changed:
        changed = False
        for parts, total in lines:
            if hidden[total[0]][total[1]]:
                continue
            if sum(hidden[i][j] for i, j in parts) != 1:
                continue
            candidates = [(grid[i][j], i, j) for i, j in parts if not hidden[i][j] and grid[i][j]]
            if candidates:
                _, i, j = min(candidates)
                hidden[i][j] = True
            else:
                hidden[total[0]][total[1]] = True
            changed = True

    def shown(i: int, j: int) -> int | None:
        return None if hidden[i][j] else publish(grid[i][j], threshold)

    body = tuple(tuple(shown(i, j) for j in range(n_cols)) for i in range(len(rows)))
    r_tot = tuple(shown(i, n_cols) for i in range(len(rows))) if row_totals else None
    c_tot = tuple(shown(len(rows), j) for j in range(n_cols)) if col_totals else None
    grand = shown(len(rows), n_cols) if row_totals and col_totals else None
    return Controlled(body, r_tot, c_tot, grand)


Cell = tuple[int, int]


def _lines(
    n_rows: int, n_cols: int, row_totals: bool, col_totals: bool
) -> list[tuple[list[Cell], Cell]]:
    """Every (parts, total) pair of the grid whose total is the sum of its parts."""
    lines: list[tuple[list[Cell], Cell]] = []
    all_rows = n_rows + (1 if col_totals else 0)
    all_cols = n_cols + (1 if row_totals else 0)
    if row_totals:
        lines += [([(i, j) for j in range(n_cols)], (i, n_cols)) for i in range(all_rows)]
    if col_totals:
        lines += [([(i, j) for i in range(n_rows)], (n_rows, j)) for j in range(all_cols)]
    return lines
