"""Plain-text and CSV renderings of a Report; both show only disclosure-controlled numbers."""

from __future__ import annotations

import csv
import io

from bot.reports.build import Report, Section

SUPPRESSED = "*"
TOTAL = "total"


def grid(section: Section) -> tuple[list[str], list[tuple[str, list[int | None]]]]:
    """The section as a header and labelled rows, totals included where the table has them."""
    table = section.table
    header = [section.row_header, *section.columns]
    if table.row_totals is not None:
        header.append(TOTAL)
    body: list[tuple[str, list[int | None]]] = []
    for i, label in enumerate(section.rows):
        row = list(table.cells[i])
        if table.row_totals is not None:
            row.append(table.row_totals[i])
        body.append((label, row))
    if table.col_totals is not None and section.rows:
        row = list(table.col_totals)
        if table.row_totals is not None:
            row.append(table.grand_total)
        body.append((TOTAL, row))
    return header, body


def cell_text(value: int | None, unit: str) -> str:
    """A cell as people read it: '*' when hidden, '%' after rates."""
    if value is None:
        return SUPPRESSED
    return f"{value}%" if unit == "percent" else f"{value:,}"


def footnote(report: Report) -> str:
    """How to read the numbers; printed under every rendering."""
    return (
        f"{SUPPRESSED} = between 1 and {report.threshold}, or hidden so that a total cannot "
        "reveal a small number. Every other count is rounded to the nearest 5, so rows may not "
        f"add up exactly. Times are {report.timezone} local time."
    )


def heading(report: Report) -> str:
    """The report's title line."""
    return (
        f"Wellbeing bot usage, {report.since:%d %b %Y} to {report.until:%d %b %Y}, by {report.by}"
    )


def to_text(report: Report) -> str:
    """Aligned tables for a terminal."""
    out = [heading(report), "=" * len(heading(report)), ""]
    for section in report.sections:
        out += [section.title, "-" * len(section.title)]
        if section.note:
            out.append(section.note)
        header, body = grid(section)
        if not body:
            out += ["(no events)", ""]
            continue
        rows = [header] + [[label] + [cell_text(v, section.unit) for v in r] for label, r in body]
        widths = [max(len(r[j]) for r in rows) for j in range(len(header))]
        for n, row in enumerate(rows):
            first = row[0].ljust(widths[0])
            rest = [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
            out.append("  ".join([first, *rest]).rstrip())
            if n == 0:
                out.append("  ".join("-" * w for w in widths))
        out.append("")
    out.append(footnote(report))
    return "\n".join(out) + "\n"


def to_csv(report: Report) -> str:
    """Long format (section, row, column, value, unit): easy to pivot in a spreadsheet."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["section", "row", "column", "value", "unit"])
    for section in report.sections:
        header, body = grid(section)
        for label, row in body:
            for column, value in zip(header[1:], row, strict=True):
                shown = SUPPRESSED if value is None else str(value)
                writer.writerow([section.key, label, column, shown, section.unit])
    return buffer.getvalue()
