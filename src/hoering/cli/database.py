"""``hoering db status`` and ``hoering db upgrade``."""

import argparse

from hoering.cli.common import CommandParsers
from hoering.config import current_user, database_setting
from hoering.store.database import Database, database_url
from hoering.store.schema import SchemaState, status, upgrade


def register(parsers: CommandParsers) -> None:
    database = parsers.commands.add_parser("db", help="vedligehold databasen").add_subparsers(
        dest="action", metavar="handling", required=True
    )
    database.add_parser("status", help="vis databasens version").set_defaults(handler=_status)
    database.add_parser(
        "upgrade", help="opgradér databasen (SQLite sikkerhedskopieres først)"
    ).set_defaults(handler=_upgrade)


def _status(args: argparse.Namespace) -> None:
    _report(args, upgrading=False)


def _upgrade(args: argparse.Namespace) -> None:
    _report(args, upgrading=True)


def _report(args: argparse.Namespace, *, upgrading: bool) -> None:
    # Not open_db: that would upgrade or refuse before we could report.
    setting, _ = database_setting(args.db)
    db = Database(database_url(setting), actor=current_user(args.user))
    try:
        found = upgrade(db) if upgrading else status(db)
    finally:
        db.dispose()
    if found.state is SchemaState.CURRENT:
        print(f"Databasen er opdateret (version {found.revision}).")
    elif found.state is SchemaState.EMPTY:
        print(f"Databasen er tom; den oprettes ved første brug (version {found.head}).")
    else:
        print(f"Databasen har version {found.revision}; programmet bruger {found.head}.")
