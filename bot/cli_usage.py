"""`wellbeing-bot db|report|purge|demo-data`: the usage store and the manager reports."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path
from typing import Any

from bot.reports.settings import ReportSettings
from bot.storage.db import database_url, downgrade, make_engine, upgrade
from bot.storage.settings import StorageSettings


def add_commands(sub: Any) -> None:
    """Register `db`, `report`, `purge` and `demo-data`."""
    db = sub.add_parser("db", help="create or migrate the usage database")
    db.add_argument("action", choices=("upgrade", "downgrade"), help="migrate up or down")
    db.add_argument("--revision", default=None, help="target (default: head up, base down)")
    db.set_defaults(handler=run_db)

    report = sub.add_parser(
        "report",
        help="usage report for managers, with small numbers hidden",
        description="Anonymous usage report. Counts from 1 to the threshold are hidden, the "
        "rest rounded to the nearest 5. Dates are local (Europe/London), both inclusive.",
    )
    report.add_argument("--since", type=date.fromisoformat, help="first day, YYYY-MM-DD")
    report.add_argument("--until", type=date.fromisoformat, help="last day (default: today)")
    report.add_argument("--by", choices=("week", "month"), default="month")
    report.add_argument("--format", choices=("table", "csv", "html"), default="table")
    report.add_argument("--out", type=Path, help="write to this file instead of the terminal")
    report.set_defaults(handler=run_report)

    purge = sub.add_parser("purge", help="delete usage events older than the retention period")
    purge.add_argument(
        "--older-than", type=int, default=None, help="days (default: storage.retention_days)"
    )
    purge.set_defaults(handler=run_purge)

    demo = sub.add_parser(
        "demo-data", help="fill an empty usage database with a synthetic year of use"
    )
    demo.add_argument("--events", type=int, default=25_000, help="about how many events")
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument(
        "--append", action="store_true", help="add even if the database already holds events"
    )
    demo.set_defaults(handler=run_demo)


def _sections() -> tuple[StorageSettings, ReportSettings] | None:
    """The storage and reports sections of config.yml, or None (and why) if it is wrong."""
    from bot.settings import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as exc:
        # Guessing a retention period or a disclosure threshold is worse than stopping.
        print(f"wellbeing-bot: {exc}", file=sys.stderr)
        return None
    return settings.storage, settings.reports


def run_db(args: argparse.Namespace) -> int:
    """Migrate the schema."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    engine = make_engine(database_url())
    try:
        if args.action == "upgrade":
            upgrade(engine, args.revision or "head")
        else:
            downgrade(engine, args.revision or "base")
    finally:
        engine.dispose()
    return 0


def run_report(args: argparse.Namespace) -> int:
    """Build and write the report."""
    from bot.reports.build import build_report, default_range
    from bot.reports.html import to_html
    from bot.reports.render import to_csv, to_text

    sections = _sections()
    if sections is None:
        return 2
    reports = sections[1]
    since, until = default_range(date.today())
    since, until = args.since or since, args.until or until
    if since > until:
        print("wellbeing-bot: --since is after --until", file=sys.stderr)
        return 2
    engine = make_engine(database_url())
    try:
        upgrade(engine)
        report = build_report(
            engine,
            since,
            until,
            by=args.by,
            threshold=reports.disclosure_threshold,
            timezone=reports.timezone,
        )
    finally:
        engine.dispose()
    render = {"table": to_text, "csv": to_csv, "html": to_html}[args.format]
    output = render(report)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(output, encoding="utf-8")
        print(f"report written to {args.out}")
    else:
        sys.stdout.write(output)
    return 0


def run_purge(args: argparse.Namespace) -> int:
    """Delete events past retention."""
    from bot.storage.retention import purge

    sections = _sections()
    if sections is None:
        return 2
    storage = sections[0]
    days = args.older_than or storage.retention_days
    if days < 1:
        print("wellbeing-bot: --older-than must be at least 1 day", file=sys.stderr)
        return 2
    removed = purge(database_url(), days)
    print(f"deleted {removed} usage event(s) older than {days} days")
    return 0


def run_demo(args: argparse.Namespace) -> int:
    """Fill the store with synthetic events; refuses to mix them with real use."""
    from bot.reports.demo import generate, has_events

    engine = make_engine(database_url())
    try:
        upgrade(engine)
        if has_events(engine) and not args.append:
            print(
                "wellbeing-bot: this usage database already holds events; synthetic data "
                "would spoil real figures. Point WELLBEING_DATABASE_URL at another database, "
                "or pass --append.",
                file=sys.stderr,
            )
            return 1
        written = generate(engine, args.events, args.seed)
    finally:
        engine.dispose()
    print(f"wrote {written} synthetic usage events")
    return 0
