"""``hoering db status|upgrade|backup|restore``."""

import argparse
from pathlib import Path

from hoering.cli.common import CommandParsers
from hoering.config import backup_folder, current_user, database_setting
from hoering.services.backups import back_up, restore_backup
from hoering.store.database import Database, database_url
from hoering.store.schema import SchemaState, SchemaStatus, status, upgrade


def register(parsers: CommandParsers) -> None:
    database = parsers.commands.add_parser("db", help="vedligehold databasen").add_subparsers(
        dest="action", metavar="handling", required=True
    )
    database.add_parser("status", help="vis databasens version").set_defaults(handler=_status)
    upgrading = database.add_parser(
        "upgrade",
        help="opgradér databasen (den kopieres først: SQLite ved siden af filen, "
        "PostgreSQL med pg_dump)",
    )
    _no_copy_option(upgrading)
    upgrading.set_defaults(handler=_upgrade)
    backing_up = database.add_parser(
        "backup", help="tag en sikkerhedskopi (SQLite: en kopi af filen; PostgreSQL: pg_dump)"
    )
    backing_up.add_argument("file", type=Path, metavar="FIL")
    backing_up.set_defaults(handler=_backup)
    restoring = database.add_parser(
        "restore", help="læg en sikkerhedskopi tilbage (databasen, som den er, kopieres først)"
    )
    restoring.add_argument("file", type=Path, metavar="FIL")
    _no_copy_option(restoring)
    restoring.set_defaults(handler=_restore)


def _no_copy_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-backup",
        action="store_true",
        help="PostgreSQL: tag ingen kopi først (når du selv har en)",
    )


def _database(args: argparse.Namespace) -> Database:
    # Not open_db: that would upgrade or refuse before we could report or repair.
    setting, _ = database_setting(args.db)
    return Database(database_url(setting), actor=current_user(args.user))


def _status(args: argparse.Namespace) -> None:
    db = _database(args)
    try:
        found = status(db)
    finally:
        db.dispose()
    _report(found)


def _upgrade(args: argparse.Namespace) -> None:
    db = _database(args)
    try:
        found = upgrade(db, dump_folder=None if args.no_backup else backup_folder())
    finally:
        db.dispose()
    if found.backup is not None:
        print(f"Databasen er kopieret til {found.backup} før opgraderingen.")
    _report(found)


def _backup(args: argparse.Namespace) -> None:
    db = _database(args)
    try:
        result = back_up(db, args.file)
    finally:
        db.dispose()
    print(
        f"Sikkerhedskopien er gemt: {result.path} ({result.size // 1024} kB, SHA-256 "
        f"{result.sha256[:12]}…). Den rummer alle personoplysninger; opbevar den derefter."
    )


def _restore(args: argparse.Namespace) -> None:
    db = _database(args)
    try:
        result = restore_backup(
            db, args.file, dump_folder=None if args.no_backup else backup_folder()
        )
    finally:
        db.dispose()
    if result.previous is not None:
        print(f"Databasen, som den var, er kopieret til {result.previous}.")
    print(f"Sikkerhedskopien {args.file} er lagt tilbage.")
    _report(result.schema)


def _report(found: SchemaStatus) -> None:
    if found.state is SchemaState.CURRENT:
        print(f"Databasen er opdateret (version {found.revision}).")
    elif found.state is SchemaState.EMPTY:
        print(f"Databasen er tom; den oprettes ved første brug (version {found.head}).")
    else:
        print(f"Databasen har version {found.revision}; programmet bruger {found.head}.")
