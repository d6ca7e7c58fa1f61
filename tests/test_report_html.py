"""The HTML report: one self-contained file that really renders, checked in headless Chromium."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import insert

from bot.reports.build import build_report
from bot.reports.demo import generate
from bot.reports.html import to_html
from bot.storage.db import make_engine, upgrade
from bot.storage.models import UsageEventRow
from tests.conftest_db import unavailable

END = date(2026, 10, 31)
ACCENT = (0x1D, 0x4F, 0x91)


@pytest.fixture
def report_html(sqlite_url: str) -> str:
    engine = make_engine(sqlite_url)
    upgrade(engine)
    generate(engine, 8_000, seed=5, end=END)
    hostile = {
        "occurred_hour": END.replace(day=1),
        "kind": "need_recognised",
        "session": "x",
        "channel": "telegram",
        "need": "stress_anxiety",
        "directorate": "<script>alert(1)</script>",
        "resource_count": 0,
    }
    with engine.begin() as conn:
        conn.execute(insert(UsageEventRow), [hostile] * 20)
    report = build_report(engine, date(2025, 11, 1), END)
    engine.dispose()
    return to_html(report)


def test_the_file_is_self_contained_and_escapes_what_it_shows(report_html: str) -> None:
    lowered = report_html.lower()
    for outside in ("<script", "<link", "http://", "https://", "@import", "@font-face", "url("):
        assert outside not in lowered, f"the report must not load anything: found {outside}"
    assert "&lt;script&gt;" in report_html
    assert report_html.count("<svg") >= 4, "charts are drawn inline"


def test_chromium_renders_a_readable_page(report_html: str, tmp_path: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        unavailable("chromium is not installed (scripts/ensure-chromium.sh installs it)")
    page = tmp_path / "report.html"
    page.write_text(report_html, encoding="utf-8")
    shot = tmp_path / "shot.png"
    subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={shot}",
            "--window-size=1280,900",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=90,
    )
    width, height, pixels = decode_png(shot.read_bytes())
    assert (width, height) == (1280, 900)
    colours = Counter(pixels)
    background_share = colours.most_common(1)[0][1] / len(pixels)
    assert len(colours) > 50, "a blank page has a handful of colours"
    assert background_share < 0.9, f"{background_share:.0%} of the page is one colour"
    assert colours[ACCENT] > 2_000, "the bar charts were drawn"


def decode_png(data: bytes) -> tuple[int, int, list[tuple[int, ...]]]:
    """A tiny PNG reader (8-bit RGB or RGBA, not interlaced): enough to look at a screenshot."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour_type in (2, 6) and interlace == 0
    bpp = 3 if colour_type == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    previous = bytearray(stride)
    pixels: list[tuple[int, ...]] = []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        _unfilter(kind, line, previous, bpp)
        pixels += [tuple(line[x : x + 3]) for x in range(0, stride, bpp)]
        previous = line
    return width, height, pixels


def _unfilter(kind: int, line: bytearray, prev: bytearray, bpp: int) -> None:
    if kind == 1:
        for i in range(bpp, len(line)):
            line[i] = (line[i] + line[i - bpp]) & 0xFF
    elif kind == 2:
        for i in range(len(line)):
            line[i] = (line[i] + prev[i]) & 0xFF
    elif kind == 3:
        for i in range(len(line)):
            left = line[i - bpp] if i >= bpp else 0
            line[i] = (line[i] + (left + prev[i]) // 2) & 0xFF
    elif kind == 4:
        for i in range(len(line)):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
            line[i] = (line[i] + pred) & 0xFF
