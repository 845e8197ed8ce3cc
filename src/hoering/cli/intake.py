"""``hoering import mail`` and ``hoering import sms``: responses into a consultation."""

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from hoering.cli.common import CommandParsers, consultation_option, open_db, read_input_file
from hoering.domain.errors import InvalidInputError
from hoering.exchange.sms_export import SmsField, SmsLayout, preview_sms_export
from hoering.services import imports
from hoering.services.imports import ImportProgress, ImportSummary

_FIELDS = ", ".join(f.value for f in SmsField)


def register(parsers: CommandParsers) -> None:
    mail = parsers.importing.add_parser(
        "mail", help="importér e-mails: .eml, .msg og .mbox-filer og mapper med dem"
    )
    consultation_option(mail)
    mail.add_argument("paths", nargs="+", type=Path, metavar="STI", help="filer eller mapper")
    mail.set_defaults(handler=_import_mail)

    sms = parsers.importing.add_parser("sms", help="importér SMS-gatewayens eksport (CSV/JSON)")
    consultation_option(sms)
    sms.add_argument("file", type=Path, metavar="FIL")
    sms.add_argument("--delimiter", metavar="TEGN", help="skilletegn, fx ';' ',' eller 'tab'")
    sms.add_argument("--encoding", metavar="TEGNSÆT", help="fx utf-8 eller cp1252")
    sms.add_argument(
        "--date-format",
        metavar="FORMAT",
        help="tidsformat som strptime, fx '%%d-%%m-%%Y %%H:%%M', eller 'unix' / 'iso'",
    )
    sms.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FELT=KOLONNE",
        help=f"hvilken kolonne et felt står i (felter: {_FIELDS}); kan gentages",
    )
    sms.add_argument(
        "--preview", action="store_true", help="vis det fundne filformat og de første rækker"
    )
    sms.set_defaults(handler=_import_sms)


def _import_mail(args: argparse.Namespace) -> None:
    db = open_db(args, must_exist=True)
    try:
        summary = imports.import_mail(
            db.unit_of_work, args.consultation, args.paths, progress=_progress
        )
    finally:
        db.dispose()
    print(format_summary(summary))


def _import_sms(args: argparse.Namespace) -> None:
    path: Path = args.file
    data = read_input_file(path)
    layout = _layout(data, args)
    if args.preview:
        print(format_preview(data, layout))
        return
    db = open_db(args, must_exist=True)
    try:
        summary = imports.import_sms(
            db.unit_of_work, args.consultation, data, path.name, layout=layout, progress=_progress
        )
    finally:
        db.dispose()
    print(format_summary(summary))


def _layout(data: bytes, args: argparse.Namespace) -> SmsLayout:
    """The detected layout with what the user chose instead."""
    detected = preview_sms_export(data).layout
    columns = dict(detected.columns)
    for choice in args.column:
        name, _, column = choice.partition("=")
        try:
            columns[SmsField(name.strip())] = column.strip()
        except ValueError as error:
            raise InvalidInputError(
                f"--column skal skrives FELT=KOLONNE med et af felterne {_FIELDS}."
            ) from error
    delimiter = {"tab": "\t", "\\t": "\t"}.get(args.delimiter or "", args.delimiter)
    chosen = replace(
        detected,
        columns=columns,
        delimiter=delimiter or detected.delimiter,
        encoding=args.encoding or detected.encoding,
        date_format=args.date_format,
    )
    # The time column may be one the user named: detect its format from that column.
    return chosen if args.date_format else preview_sms_export(data, chosen).layout


def format_preview(data: bytes, layout: SmsLayout) -> str:
    preview = preview_sms_export(data, layout)
    shown = preview.layout
    delimiter = {"\t": "tab"}.get(shown.delimiter or "", shown.delimiter or "–")
    lines = [
        f"Format: {shown.format.value}, tegnsæt: {shown.encoding}, skilletegn: {delimiter}, "
        f"tidsformat: {shown.date_format or 'ukendt'}, "
        f"{'ca. ' if preview.rows_estimated else ''}{preview.rows} rækker",
        "Kolonner: " + ", ".join(f"{f.value}={c}" for f, c in shown.columns.items()),
    ]
    if preview.unmapped:
        lines.append("Ikke fundet: " + ", ".join(f.value for f in preview.unmapped))
    for row in preview.sample:
        lines.append("  " + " | ".join(f"{k}: {' '.join(v.split())}" for k, v in row.items()))
    return "\n".join(lines)


def format_summary(summary: ImportSummary) -> str:
    lines = [
        f"Høring nr. {summary.consultation_id}: {summary.given} modtaget, "
        f"{summary.imported} importeret, {summary.duplicates} dubletter, "
        f"{summary.set_aside} lagt til side, {len(summary.failed)} kunne ikke læses."
    ]
    if summary.late:
        lines.append(f"For sent: {summary.late}.")
    if summary.campaigns:
        lines.append(f"Kampagner i høringen: {summary.campaigns}.")
    for failure in summary.failed:
        kept = " (gemt til manuel behandling)" if failure.response_id else ""
        lines.append(f"  Fejl: {failure.source}: {failure.reason}{kept}")
    if summary.skipped_files:
        lines.append("Ikke e-mails, sprunget over: " + ", ".join(summary.skipped_files))
    if summary.cancelled:
        lines.append("Afbrudt: importér det samme igen for at gøre det færdigt.")
    return "\n".join(lines)


def _progress(progress: ImportProgress) -> None:
    if sys.stderr.isatty() and progress.total:
        print(f"\r{progress.done}/{progress.total}", end="", file=sys.stderr, flush=True)
        if progress.done == progress.total:
            print(file=sys.stderr)
