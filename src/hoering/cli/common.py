"""What every command shares: the parsers to register on, the database, dates, files."""

import argparse
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from hoering.config import current_user, database_setting
from hoering.domain.errors import FileFormatError, InvalidInputError
from hoering.services import consultations
from hoering.services.opening import open_database
from hoering.store.database import Database

# argparse's private type for the object add_subparsers() returns.
Subparsers = Any


@dataclass(frozen=True, slots=True)
class CommandParsers:
    """Where a command module adds its commands: ``hoering X``, ``hoering import X`` …"""

    commands: Subparsers
    importing: Subparsers
    exporting: Subparsers


def open_db(args: argparse.Namespace, *, must_exist: bool = False) -> Database:
    """The database of ``--db``/$HOERING_DB/the default, ready for use."""
    setting, _ = database_setting(args.db)
    return open_database(setting, current_user(args.user), must_exist=must_exist)


def read_input_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        raise FileFormatError(f"Filen findes ikke: {path}") from error
    except IsADirectoryError as error:
        raise FileFormatError(f"{path} er en mappe, ikke en fil.") from error
    except OSError as error:
        raise FileFormatError(f"Filen kan ikke læses: {path} ({error.strerror})") from error


def danish_date(text: str) -> date:
    """An argparse type for dates written 30-04-2023 (or 30.04.2023, 2023-04-30)."""
    for separator in ("-", ".", "/"):
        parts = text.split(separator)
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            day, month, year = (int(p) for p in parts)
            if len(parts[0]) == 4:
                year, day = day, year
            try:
                return date(year, month, day)
            except ValueError:
                break
    raise argparse.ArgumentTypeError(f"ugyldig dato: {text} (skriv fx 30-04-2023)")


def consultation_option(
    parser: argparse.ArgumentParser, help_text: str = "høringens nummer eller titel"
) -> None:
    parser.add_argument("--consultation", metavar="HØRING", help=help_text)


def new_consultation_options(parser: argparse.ArgumentParser) -> None:
    """``--consultation`` or the options of a new consultation, for commands that import a plan."""
    parser.add_argument("--consultation", metavar="HØRING", help="en eksisterende høring uden plan")
    parser.add_argument("--title", help="titel på en ny høring (standard: filens navn)")
    parser.add_argument(
        "--opens", type=danish_date, metavar="DD-MM-ÅÅÅÅ", help="en ny hørings første dag"
    )
    parser.add_argument(
        "--closes", type=danish_date, metavar="DD-MM-ÅÅÅÅ", help="en ny hørings sidste dag"
    )


def new_consultation(args: argparse.Namespace, path: Path) -> consultations.NewConsultation:
    """The new consultation ``--title``, ``--opens`` and ``--closes`` describe."""
    if args.opens is None or args.closes is None:
        raise InvalidInputError(
            "Vælg en høring med --consultation, eller angiv en ny hørings periode "
            "med --opens og --closes."
        )
    title = args.title or path.stem
    return consultations.NewConsultation(
        title=title, plan_title=title, opens_on=args.opens, closes_on=args.closes
    )
