"""One self-contained HTML file: inline CSS and SVG charts, no scripts, fonts or links out."""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

from bot.reports.build import Report, Section
from bot.reports.render import cell_text, footnote, grid, heading

ACCENT = "#1d4f91"
MUTED = "#6b7280"

CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1f2937;
background:#f3f4f6;margin:0;line-height:1.45}
main{max-width:1120px;margin:0 auto;padding:24px 28px 48px}
h1{font-size:1.6rem;margin:0 0 4px;color:#0f2a4f}
h2{font-size:1.15rem;margin:0 0 4px;color:#0f2a4f}
.lead{color:#374151;margin:0 0 16px}
.card{background:#fff;border-radius:10px;padding:16px 20px;margin:0 0 18px;
box-shadow:0 1px 3px rgba(0,0,0,.08)}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:18px}
.grid .card{margin:0}
.gap{height:18px}
.note{color:#4b5563;font-size:.9rem;margin:0 0 10px}
.kpis{display:grid;grid-template-columns:repeat(5,1fr);gap:12px;margin:0 0 18px}
.kpi{background:#fff;border-radius:10px;padding:12px 14px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.kpi b{display:block;font-size:1.5rem;color:#1d4f91}
.kpi span{font-size:.85rem;color:#4b5563}
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-size:.86rem;font-variant-numeric:tabular-nums}
th,td{padding:4px 10px;border-bottom:1px solid #e5e7eb;text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left}
thead th{background:#eef2f8;color:#0f2a4f}
tr.total td{font-weight:600;border-top:2px solid #cbd5e1}
td.hidden{color:#9ca3af}
footer{color:#4b5563;font-size:.85rem}
svg text{font-family:inherit}
@media (max-width:800px){.grid{grid-template-columns:1fr}.kpis{grid-template-columns:1fr 1fr}}
"""


def to_html(report: Report) -> str:
    """The whole report as one HTML document."""
    title = heading(report)
    summary = dict(
        zip(report.section("summary").rows, report.section("summary").table.cells, strict=True)
    )
    kpi_rows = (
        "conversations started",
        "needs recognised",
        "crisis replies shown",
        "resources opened",
        "feedback: helpful",
    )
    kpis = "".join(
        f'<div class="kpi"><b>{cell_text(summary[k][0], "count")}</b>'
        f"<span>{escape(k)}</span></div>"
        for k in kpi_rows
    )
    activity = report.section("activity")
    needs = report.section("needs")
    hours = report.section("hour_of_day")
    days = report.section("day_of_week")
    charts = [
        _card(
            "Conversations started",
            "",
            bars(activity.columns, activity.table.cells[0] if activity.rows else [], 520, 220),
        ),
        _card(
            "Needs recognised, whole period",
            "",
            hbars(needs.rows, needs.table.row_totals or (), 520),
        ),
        _card(
            "Time of day",
            "Conversations started, local time.",
            bars(hours.rows, [r[0] for r in hours.table.cells], 520, 200),
        ),
        _card(
            "Day of week",
            "Conversations started.",
            bars(days.rows, [r[0] for r in days.table.cells], 520, 200),
        ),
    ]
    first, rest = report.sections[:2], report.sections[2:]
    side_by_side = "".join(_card(s.title, s.note, _table(s)) for s in first)
    tables = "".join(_card(s.title, s.note, _table(s)) for s in rest)
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body><main>"
        f"<h1>{escape(title)}</h1>"
        '<p class="lead">Anonymous counts from the wellbeing signposting bot. No message text '
        "and no identity is stored; small numbers are hidden and the rest rounded, so nothing "
        "here can point to a person.</p>"
        f'<div class="kpis">{kpis}</div>'
        f'<div class="grid">{"".join(charts)}</div><div class="gap"></div>'
        f'<div class="grid">{side_by_side}</div><div class="gap"></div>'
        f"{tables}<footer>{escape(footnote(report))}</footer></main></body></html>\n"
    )


def _card(title: str, note: str, body: str) -> str:
    note_html = f'<p class="note">{escape(note)}</p>' if note else ""
    return f'<section class="card"><h2>{escape(title)}</h2>{note_html}{body}</section>'


def _table(section: Section) -> str:
    header, body = grid(section)
    if not body:
        return '<p class="note">No events in this period.</p>'
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    rows = []
    for label, values in body:
        cells = "".join(
            f'<td class="hidden">{cell_text(v, section.unit)}</td>'
            if v is None
            else f"<td>{cell_text(v, section.unit)}</td>"
            for v in values
        )
        css = ' class="total"' if label == "total" else ""
        rows.append(f"<tr{css}><td>{escape(label)}</td>{cells}</tr>")
    return (
        f'<div class="scroll"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def bars(labels: Sequence[str], values: Sequence[int | None], width: int, height: int) -> str:
    """A vertical bar chart; a hidden value gets no bar and a '*' on the axis."""
    if not labels:
        return '<p class="note">No events in this period.</p>'
    left, bottom, top = 44, 34, 10
    plot_w, plot_h = width - left - 8, height - bottom - top
    peak = _nice(max((v for v in values if v), default=0))
    step = plot_w / len(labels)
    # Thin out axis labels so they never overlap, whatever the number of periods.
    label_px = max(len(label) for label in labels) * 6.2 + 10
    every = max(1, math.ceil(len(labels) * label_px / plot_w))
    parts = [_axis(left, top, plot_w, plot_h, peak)]
    for n, (label, value) in enumerate(zip(labels, values, strict=True)):
        x = left + n * step
        if value is None:
            parts.append(_text(x + step / 2, top + plot_h - 4, "*", MUTED, "middle"))
        elif value:
            h = plot_h * value / peak
            parts.append(
                f'<rect x="{x + step * 0.15:.1f}" y="{top + plot_h - h:.1f}" '
                f'width="{step * 0.7:.1f}" height="{h:.1f}" fill="{ACCENT}" rx="2">'
                f"<title>{escape(label)}: {value}</title></rect>"
            )
        if n % every == 0:
            parts.append(_text(x + step / 2, height - bottom + 16, label, MUTED, "middle"))
    return _svg(width, height, parts)


def hbars(labels: Sequence[str], values: Sequence[int | None], width: int) -> str:
    """A horizontal bar chart with the value at the end of each bar."""
    if not labels:
        return '<p class="note">No events in this period.</p>'
    row_h, left = 22, 150
    height = row_h * len(labels) + 8
    peak = max((v for v in values if v), default=0) or 1
    parts = []
    for n, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = 4 + n * row_h
        parts.append(_text(left - 8, y + 15, label, "#374151", "end"))
        length = 0.0 if not value else (width - left - 56) * value / peak
        if length:
            parts.append(
                f'<rect x="{left}" y="{y + 3}" width="{length:.1f}" height="{row_h - 7}" '
                f'fill="{ACCENT}" rx="2"/>'
            )
        parts.append(_text(left + length + 6, y + 15, cell_text(value, "count"), MUTED, "start"))
    return _svg(width, height, parts)


def _nice(peak: int) -> int:
    """The axis top: the peak rounded up to 1, 2 or 5 times a power of ten."""
    if peak <= 0:
        return 1
    magnitude = 10 ** math.floor(math.log10(peak))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= peak)


def _axis(left: int, top: int, plot_w: float, plot_h: float, peak: int) -> str:
    lines = []
    for fraction in (0, 0.5, 1):
        y = top + plot_h * (1 - fraction)
        lines.append(
            f'<line x1="{left}" x2="{left + plot_w:.1f}" y1="{y:.1f}" y2="{y:.1f}" '
            'stroke="#e5e7eb"/>'
        )
        lines.append(_text(left - 6, y + 4, f"{round(peak * fraction):,}", MUTED, "end"))
    return "".join(lines)


def _text(x: float, y: float, text: str, colour: str, anchor: str) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="11" fill="{colour}" '
        f'text-anchor="{anchor}">{escape(text)}</text>'
    )


def _svg(width: int, height: int, parts: list[str]) -> str:
    return f'<svg viewBox="0 0 {width} {height}" width="100%" role="img">{"".join(parts)}</svg>'
