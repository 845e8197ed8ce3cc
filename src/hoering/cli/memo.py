"""``hoering import notat``: a consultation memo into a consultation."""

import argparse
from pathlib import Path

from hoering.cli.common import (
    CommandParsers,
    new_consultation,
    new_consultation_options,
    open_db,
    read_input_file,
)
from hoering.domain.enums import RespondentKind
from hoering.domain.errors import InvalidInputError
from hoering.services import memo_import
from hoering.services.dto import MemoImportReport
from hoering.services.setup import PlanFile, set_up_consultation


def register(parsers: CommandParsers) -> None:
    memo = parsers.importing.add_parser(
        "notat", help="importér et høringsnotat (.txt kopieret fra Word, .docx eller .xlsx)"
    )
    memo.add_argument("file", type=Path, metavar="FIL")
    new_consultation_options(memo)
    memo.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="KODE=NAVN",
        help="bekræft en ukendt afsenderkode som udvalg (kan gentages)",
    )
    memo.add_argument(
        "--not-source",
        action="append",
        default=[],
        metavar="KODE",
        help="en KODE: i notatet, som ikke er en afsender (kan gentages)",
    )
    memo.set_defaults(handler=_import)


def _import(args: argparse.Namespace) -> None:
    path: Path = args.file
    data = read_input_file(path)
    confirm = [_confirmation(text) for text in args.source]
    spec = None if args.consultation else new_consultation(args, path)
    db = open_db(args)
    report: MemoImportReport | None
    try:
        if spec is None:
            report = memo_import.import_memo(
                db.unit_of_work(),
                args.consultation,
                path.name,
                data,
                confirm=confirm,
                not_sources=args.not_source,
            )
        else:  # the new consultation and its memo in one transaction: all or nothing
            report = set_up_consultation(
                db.unit_of_work(),
                spec,
                plan_file=PlanFile(path.name, data),
                confirm=confirm,
                not_sources=args.not_source,
            ).plan_report
    except memo_import.UnknownSourceCodesError as error:
        codes = " ".join(f"--source {c.code}=NAVN" for c in error.codes)
        raise InvalidInputError(f"{error.message} Fx: {codes} (eller --not-source KODE)") from error
    finally:
        db.dispose()
    if report is not None:
        print(format_import_report(report))


def _confirmation(text: str) -> memo_import.SourceConfirmation:
    code, _, name = text.partition("=")
    if not code.strip():
        raise InvalidInputError(f"--source skal skrives KODE=NAVN, ikke »{text}«.")
    return memo_import.SourceConfirmation(code.strip(), name.strip(), RespondentKind.COMMITTEE)


def format_import_report(report: MemoImportReport) -> str:
    lines = [
        f"Importeret {report.filename} i høring nr. {report.consultation_id}: "
        f"{report.sections} afsnit, {report.measures} klimatiltag, {report.sub_goals} delmål, "
        f"{report.comments} bemærkninger, {report.assessments} vurderinger, "
        f"{report.revisions} revisioner."
    ]
    if report.created_respondents:
        lines.append("Nye afsendere: " + ", ".join(report.created_respondents))
    for note in report.notes:
        where = f"{note.location}: " if note.location else ""
        lines.append(f"  [{_NOTE_NAMES.get(note.kind, note.kind)}] {where}{note.text}")
    return "\n".join(lines)


_NOTE_NAMES = {"unplaced": "ikke placeret", "assumption": "antaget", "numbering": "nummerering"}
