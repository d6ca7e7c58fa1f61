"""`wellbeing-bot resources check|show`: let SPOCs validate and preview their edits."""

from __future__ import annotations

import argparse
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.catalogue import LONDON, ROLE_LABELS, CatalogueError, check_directory, load_catalogue
from bot.types import ROLES

DEFAULT_DIR = Path("resources")


def add_commands(sub: Any) -> None:
    """Register `resources check` and `resources show`."""
    parser = sub.add_parser("resources", help="check or preview the resources SPOCs edit")
    inner = parser.add_subparsers(dest="resources_command", metavar="ACTION", required=True)

    check = inner.add_parser("check", help="validate every resources file; non-zero on errors")
    check.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR, help="resources folder")
    check.set_defaults(handler=run_check)

    show = inner.add_parser("show", help="print what a person asking about NEED would be shown")
    show.add_argument("need", metavar="NEED", help="a need from NEEDS.md, e.g. sleep_fatigue")
    show.add_argument("--role", choices=ROLES, help="the person's role")
    show.add_argument("--directorate", help="the person's directorate id (see directorates.yml)")
    show.add_argument(
        "--at", help="UK date and time to preview, 'YYYY-MM-DD HH:MM' (default: now)"
    )
    show.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="resources folder")
    show.set_defaults(handler=run_show)


def run_check(args: argparse.Namespace) -> int:
    """Print every error and warning; exit 1 when there is an error."""
    result = check_directory(args.dir)
    for problem in result.errors:
        print(f"ERROR   {problem}")
    for problem in result.warnings:
        print(f"WARNING {problem}")
    owners = Counter(p.owner for p in result.warnings if p.owner)
    if owners:
        print("\nEntries to look at, by owner:")
        for owner, count in sorted(owners.items()):
            print(f"  {owner}: {count}")
    if result.errors:
        print(
            f"\n{len(result.errors)} error(s): the bot keeps using the last good version until "
            "they are fixed."
        )
        return 1
    assert result.catalogue is not None
    print(
        f"\nOK: {len(result.catalogue.resources)} resources checked, "
        f"{len(result.warnings)} warning(s) for owners to look at."
    )
    return 0


def _parse_at(text: str | None) -> datetime:
    if text is None:
        return datetime.now(LONDON)
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=LONDON)
    except ValueError:
        raise SystemExit(f"--at: write the time like '2026-03-30 09:15', not '{text}'") from None


def run_show(args: argparse.Namespace) -> int:
    """Print the resources a person would see, in order, as the bot would write them."""
    try:
        cat = load_catalogue(args.dir)
    except CatalogueError as err:
        print(f"The resources have errors; fix them first:\n{err}")
        return 1
    at = _parse_at(args.at)
    known_dirs = [d.id for d in cat.directorates]
    if args.directorate is not None and args.directorate not in known_dirs:
        print(f"Unknown directorate '{args.directorate}'; use one of: {', '.join(known_dirs)}")
        return 2
    if args.need == "crisis":
        print(cat.text("crisis"))
        print()
        for r in cat.crisis_resources():
            print(cat.describe(r, at), end="\n\n")
        return 0
    if args.need not in cat.need_labels:
        print(f"Unknown need '{args.need}'; use one of: {', '.join(cat.need_labels)}")
        return 2
    sel = cat.select(args.need, role=args.role, directorate=args.directorate, at=at)
    role = ROLE_LABELS[args.role] if args.role else "not given"
    print(f"Need: {cat.need_label(args.need)} ({args.need})")
    print(
        f"When: {at:%a %Y-%m-%d %H:%M} UK time | role: {role} | "
        f"directorate: {args.directorate or 'not given'}"
    )
    if sel.role_matters:
        print("The bot would first ask the person's role: the answer depends on it.")
    if sel.directorate_matters:
        print("The bot would ask their directorate: it adds their directorate's SPOC.")
    note = cat.out_of_hours_note(sel)
    if note:
        print(f"\n{note}")
    for i, resource in enumerate(sel.resources, 1):
        print(f"\n--- {i} ---\n{cat.describe(resource, at)}")
    return 0
