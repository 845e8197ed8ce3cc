"""The command line: ``hoering <command>`` does the headless work with the same services.

Each module registers its commands on the shared parsers and sets a handler;
a user error is one line on stderr and exit status 1.
"""

import argparse
import sys

from hoering import __version__
from hoering.cli import (
    annex,
    audit,
    consultations,
    database,
    intake,
    memo,
    personal,
    setup,
    users,
)
from hoering.cli.common import CommandParsers
from hoering.domain.errors import HoeringError

_MODULES = (consultations, setup, memo, intake, annex, users, personal, audit, database)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hoering",
        description="Høring: registrér, vurdér og rapportér høringssvar. "
        "Uden kommando åbnes vinduet.",
    )
    parser.add_argument("--version", action="version", version=f"hoering {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database: en SQLite-fil eller postgresql+psycopg://… (ellers $HOERING_DB "
        "eller standarddatabasen i brugerens datamappe)",
    )
    parser.add_argument("--user", metavar="NAVN", help="navnet ændringer registreres under")
    commands = parser.add_subparsers(dest="command", metavar="kommando")
    importing = commands.add_parser("import", help="importér dokumenter").add_subparsers(
        dest="kind", metavar="type", required=True
    )
    exporting = commands.add_parser("export", help="eksportér til filer").add_subparsers(
        dest="kind", metavar="type", required=True
    )
    parsers = CommandParsers(commands, importing, exporting)
    for module in _MODULES:
        module.register(parsers)
    return parser


def run(args: argparse.Namespace) -> int:
    """Run the chosen command; a user error is one line on stderr and exit status 1."""
    try:
        args.handler(args)
    except HoeringError as error:
        print(f"hoering: {error.message}", file=sys.stderr)
        return 1
    return 0
