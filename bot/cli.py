"""The `wellbeing-bot` command: one subcommand per job, each with --help."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each module adds its own subcommands with `add_commands(subparsers)`; kept in one list so the
# command's shape reads in one place.
COMMAND_MODULES: tuple[str, ...] = (
    "bot.cli_chat",
    "bot.cli_nlu",
    "bot.cli_resources",
    "bot.cli_run",
    "bot.cli_usage",
)


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="wellbeing-bot",
        description="Wellbeing signposting bot for police officers, staff, PCSOs, specials "
        "and volunteers.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; its handler returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    code: int = args.handler(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
