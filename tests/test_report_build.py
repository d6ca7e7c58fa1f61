"""Reports over a synthetic year: every count is safe to publish, and the figures add up."""

from __future__ import annotations

import argparse
import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert

from bot import cli_usage
from bot.reports.build import Report, build_report
from bot.reports.demo import generate
from bot.reports.render import to_csv, to_text
from bot.storage.db import make_engine, upgrade
from bot.storage.models import UsageEventRow

END = date(2026, 10, 31)


def demo_report(url: str, events: int = 10_000, **options: object) -> Report:
    engine = make_engine(url)
    try:
        upgrade(engine)
        generate(engine, events, seed=3, end=END)
        return build_report(engine, date(2025, 11, 1), END, **options)  # type: ignore[arg-type]
    finally:
        engine.dispose()


def every_count(report: Report) -> list[int | None]:
    values: list[int | None] = []
    for section in report.sections:
        if section.unit != "count":
            continue
        t = section.table
        values += [v for row in t.cells for v in row]
        values += [*(t.row_totals or ()), *(t.col_totals or ()), t.grand_total]
    return values


def test_a_synthetic_year_shows_no_small_or_unrounded_count(db_url: str) -> None:
    report = demo_report(db_url)
    values = every_count(report)
    shown = [v for v in values if v is not None]
    assert len(shown) > 200 and any(v is None for v in values), "a full, realistic report"
    assert not [v for v in shown if 1 <= v <= 7]
    assert not [v for v in shown if v % 5]
    months = report.section("needs").columns
    assert months[0] == "Nov 2025" and months[-1] == "Oct 2026" and len(months) == 12


def test_stricter_threshold_hides_more(sqlite_url: str) -> None:
    strict = demo_report(sqlite_url, 3_000, threshold=10)
    assert strict.threshold == 10
    shown = [v for v in every_count(strict) if v is not None]
    assert not [v for v in shown if 1 <= v <= 10 or v % 5]


def test_times_are_reported_in_uk_local_time(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    # 22:00 UTC on 1 July is 23:00 in London (BST); on 1 December it is 22:00 (GMT).
    rows = [
        {
            "occurred_hour": hour,
            "kind": "conversation_started",
            "session": f"s{n}",
            "channel": "telegram",
            "resource_count": 0,
        }
        for hour in (datetime(2026, 7, 1, 22), datetime(2026, 12, 1, 22))
        for n in range(12)
    ]
    with engine.begin() as conn:
        conn.execute(insert(UsageEventRow), rows)
    report = build_report(engine, date(2026, 6, 1), date(2026, 12, 31), by="month")
    engine.dispose()
    hours = report.section("hour_of_day")
    by_hour = dict(zip(hours.rows, (r[0] for r in hours.table.cells), strict=True))
    assert by_hour["23:00"] == 10 and by_hour["22:00"] == 10
    days = dict(
        zip(
            report.section("day_of_week").rows,
            report.section("day_of_week").table.cells,
            strict=True,
        )
    )
    assert days["Wed"][0] == 10 and days["Tue"][0] == 10  # 1 Jul 2026 is a Wednesday


def test_text_and_csv_show_the_same_published_numbers(sqlite_url: str) -> None:
    report = demo_report(sqlite_url, 4_000, by="week")
    text = to_text(report)
    assert "Needs recognised over time" in text and "w/c " in text
    assert "* = between 1 and 7" in text
    parsed = list(csv.DictReader(io.StringIO(to_csv(report))))
    summary = {r["row"]: r["value"] for r in parsed if r["section"] == "summary"}
    conversations = report.section("summary").table.cells[0][0]
    assert summary["conversations started"] == str(conversations)
    counts = [r["value"] for r in parsed if r["unit"] == "count" and r["value"] != "*"]
    assert counts and all(int(v) % 5 == 0 and not 1 <= int(v) <= 7 for v in counts)


def run_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    cli_usage.add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code: int = args.handler(args)
    return code


def test_the_commands_fill_report_and_purge(
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("WELLBEING_DATABASE_URL", sqlite_url)
    assert run_cli("db", "upgrade") == 0
    assert run_cli("demo-data", "--events", "3000", "--seed", "1") == 0
    assert run_cli("demo-data", "--events", "100") == 1, "never mixes demo data into real use"
    for fmt in ("table", "csv", "html"):
        out = tmp_path / f"report.{fmt}"
        assert run_cli("report", "--format", fmt, "--by", "week", "--out", str(out)) == 0
        assert out.stat().st_size > 1000
    assert run_cli("report", "--since", "2026-02-01", "--until", "2026-01-01") == 2
    capsys.readouterr()
    assert run_cli("purge", "--older-than", "30") == 0
    assert "deleted" in capsys.readouterr().out
    assert run_cli("db", "downgrade") == 0


def test_the_threshold_comes_from_config(
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("WELLBEING_DATABASE_URL", sqlite_url)
    config = tmp_path / "config.yml"
    config.write_text("reports:\n  disclosure_threshold: 10\n", encoding="utf-8")
    monkeypatch.setenv("WELLBEING_CONFIG", str(config))
    assert run_cli("demo-data", "--events", "3000") == 0
    capsys.readouterr()
    assert run_cli("report", "--format", "csv", "--by", "week") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    counts = [int(r["value"]) for r in rows if r["unit"] == "count" and r["value"] != "*"]
    assert counts and not [v for v in counts if 1 <= v <= 10]
    config.write_text("reports:\n  disclosure_threshold: 0\n", encoding="utf-8")
    assert run_cli("report") == 2, "a wrong setting stops the report instead of guessing"
    assert run_cli("purge") == 2
