"""Disclosure control: no small number is shown or can be worked out from a total."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reports.disclosure import Controlled, control, publish

counts = st.integers(min_value=0, max_value=60)
tables = st.integers(1, 6).flatmap(
    lambda cols: st.lists(st.lists(counts, min_size=cols, max_size=cols), min_size=1, max_size=8)
)


def published(table: Controlled) -> list[int | None]:
    values = [v for row in table.cells for v in row]
    values += list(table.row_totals or ()) + list(table.col_totals or ())
    return [*values, table.grand_total] if table.grand_total is not None else values


def test_the_nhs_rule() -> None:
    assert [publish(n, 7) for n in (0, 1, 7, 8, 12, 13, 17, 18, 102)] == [
        0,
        None,
        None,
        10,
        10,
        15,
        15,
        20,
        100,
    ]
    assert publish(9, 10) is None and publish(11, 10) == 15 and publish(22, 10) == 20


def test_a_lone_hidden_cell_gets_a_partner_so_the_total_cannot_reveal_it() -> None:
    # Row total 53 minus 50 would give the hidden 3 away.
    table = control([[3, 50], [20, 40]], 7, row_totals=True, col_totals=True)
    assert table.cells[0][0] is None
    assert sum(v is None for v in table.cells[0]) >= 2 or table.row_totals is None
    assert sum(row[0] is None for row in table.cells) >= 2, "the column needs a second one too"


def test_a_single_column_with_a_total() -> None:
    table = control([[3], [50], [20]], 7, col_totals=True)
    assert table.cells == ((None,), (50,), (None,))
    assert table.col_totals == (75,)


@settings(max_examples=300, deadline=None)
@given(tables, st.sampled_from([7, 10]), st.booleans(), st.booleans())
def test_every_published_count_is_safe(
    cells: list[list[int]], threshold: int, row_totals: bool, col_totals: bool
) -> None:
    table = control(cells, threshold, row_totals=row_totals, col_totals=col_totals)
    for value in published(table):
        assert value is None or (value % 5 == 0 and not 1 <= value <= threshold)
    # No line with a published total has exactly one hidden part.
    if table.row_totals is not None:
        for row, total in zip(table.cells, table.row_totals, strict=True):
            assert total is None or sum(v is None for v in row) != 1
    if table.col_totals is not None:
        for j, total in enumerate(table.col_totals):
            assert total is None or sum(row[j] is None for row in table.cells) != 1
    # Nothing is hidden without a reason: zeros stay visible, big cells only as partners.
    for true_row, shown_row in zip(cells, table.cells, strict=True):
        for true, shown in zip(true_row, shown_row, strict=True):
            if true == 0:
                assert shown == 0
