"""``hoering audit export`` and ``hoering audit history``: the audit log, headless."""

import argparse
from pathlib import Path

from hoering.cli.common import CommandParsers, consultation_option, danish_date, open_db
from hoering.domain.deadline import DEFAULT_TIME_ZONE, zone
from hoering.domain.errors import InvalidInputError
from hoering.services import audit_log, history
from hoering.services.history import HistoryEntry


def register(parsers: CommandParsers) -> None:
    group = parsers.commands.add_parser(
        "audit", help="ændringsloggen: hvem ændrede hvad og hvornår"
    ).add_subparsers(dest="action", metavar="handling", required=True)

    exporting = group.add_parser("export", help="eksportér ændringsloggen til .xlsx eller .csv")
    exporting.add_argument("out", type=Path, metavar="FIL")
    exporting.add_argument("--since", type=danish_date, metavar="DD-MM-ÅÅÅÅ", help="fra og med")
    exporting.add_argument("--until", type=danish_date, metavar="DD-MM-ÅÅÅÅ", help="til og med")
    exporting.set_defaults(handler=_export)

    showing = group.add_parser(
        "history", help="vis historikken for et klimatiltag, en bemærkning eller et høringssvar"
    )
    consultation_option(showing)
    what = showing.add_mutually_exclusive_group(required=True)
    what.add_argument("--measure", metavar="NR", help="klimatiltagets nummer")
    what.add_argument("--comment", type=int, metavar="ID", help="bemærkningens nummer")
    what.add_argument("--response", type=int, metavar="ID", help="høringssvarets nummer")
    showing.set_defaults(handler=_history)


def _export(args: argparse.Namespace) -> None:
    if args.since and args.until and args.since > args.until:
        raise InvalidInputError("--since skal ligge før --until.")
    db = open_db(args, must_exist=True)
    try:
        result = audit_log.export_audit_log(
            db.unit_of_work(), args.out, since=args.since, until=args.until
        )
    finally:
        db.dispose()
    print(
        f"Ændringsloggen er gemt: {result.path} ({result.entries} ændringer, "
        f"SHA-256 {result.sha256[:12]}…). Filen rummer personoplysninger om "
        f"{result.subjects} personer og er registreret som eksport nr. {result.export_id}."
    )


def _history(args: argparse.Namespace) -> None:
    db = open_db(args, must_exist=True)
    try:
        reading = db.unit_of_work(write=False)
        if args.measure:
            found = history.find_measure(reading, args.consultation, args.measure)
            entries = history.measure_history(
                db.unit_of_work(write=False), found.consultation_id, found.measure_id
            )
        elif args.comment:
            entries = history.comment_history(reading, args.comment)
        else:
            entries = history.response_history(reading, args.response)
    finally:
        db.dispose()
    if not entries:
        print("Ingen ændringer er registreret.")
    for entry in entries:
        print(format_entry(entry))


def format_entry(entry: HistoryEntry) -> str:
    at = entry.at.astimezone(zone(DEFAULT_TIME_ZONE))
    lines = [f"{at:%d-%m-%Y %H:%M}  {entry.actor_name}: {entry.subject} {entry.action}"]
    for change in entry.changes:
        if change.old is not None and change.new is not None:
            lines.append(f"    {change.field}: {_short(change.old)} → {_short(change.new)}")
        else:
            lines.append(f"    {change.field}: {_short(change.new or change.old or '')}")
    return "\n".join(lines)


def _short(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return f"»{flat[:limit]}…«" if len(flat) > limit else f"»{flat}«"
