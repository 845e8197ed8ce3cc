"""The command line: ``hoering <command>`` does the headless work with the same services."""

import argparse
import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import asdict
from datetime import date
from pathlib import Path

from hoering import __version__
from hoering.config import current_user, database_setting
from hoering.domain import labels
from hoering.domain.enums import RespondentKind
from hoering.domain.errors import FileFormatError, HoeringError, InvalidInputError
from hoering.services import consultations, demo, memo_import, stats
from hoering.services.dto import ConsultationStats, MemoImportReport
from hoering.services.opening import open_database
from hoering.store.database import Database, database_url
from hoering.store.schema import SchemaState, status, upgrade


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

    commands.add_parser("demo", help="opret demohøringen »Klimahandleplan 2023«")

    listing = commands.add_parser("list", help="vis databasens høringer")
    listing.add_argument("--json", action="store_true", help="skriv JSON")

    figures = commands.add_parser("stats", help="vis hvad databasen rummer for en høring")
    figures.add_argument("--consultation", metavar="HØRING", help="høringens nummer eller titel")
    figures.add_argument("--json", action="store_true", help="skriv JSON")

    importing = commands.add_parser("import", help="importér dokumenter").add_subparsers(
        dest="kind", metavar="type", required=True
    )
    memo = importing.add_parser(
        "notat", help="importér et høringsnotat (.txt kopieret fra Word, .docx eller .xlsx)"
    )
    memo.add_argument("file", type=Path, metavar="FIL")
    memo.add_argument("--consultation", metavar="HØRING", help="en eksisterende høring uden plan")
    memo.add_argument("--title", help="titel på en ny høring (standard: filens navn)")
    memo.add_argument("--opens", type=_date, metavar="DD-MM-ÅÅÅÅ", help="en ny hørings første dag")
    memo.add_argument("--closes", type=_date, metavar="DD-MM-ÅÅÅÅ", help="en ny hørings sidste dag")
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

    database = commands.add_parser("db", help="vedligehold databasen").add_subparsers(
        dest="action", metavar="handling", required=True
    )
    database.add_parser("status", help="vis databasens version")
    database.add_parser("upgrade", help="opgradér databasen (SQLite sikkerhedskopieres først)")
    return parser


def _date(text: str) -> date:
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


def run(args: argparse.Namespace) -> int:
    """Run a sub-command; a user error is one line on stderr and exit status 1."""
    handler = _HANDLERS[args.command]
    try:
        handler(args)
    except HoeringError as error:
        print(f"hoering: {error.message}", file=sys.stderr)
        return 1
    return 0


def _open(args: argparse.Namespace, *, must_exist: bool = False) -> Database:
    setting, _ = database_setting(args.db)
    return open_database(setting, current_user(args.user), must_exist=must_exist)


def _demo(args: argparse.Namespace) -> None:
    db = _open(args)
    try:
        result = demo.create_demo(db.unit_of_work())
    finally:
        db.dispose()
    verb = "oprettet" if result.created else "findes allerede"
    print(f"Demohøringen »{demo.DEMO_TITLE}« er {verb} (nr. {result.consultation_id}).")


def _list(args: argparse.Namespace) -> None:
    db = _open(args, must_exist=True)
    try:
        found = consultations.list_consultations(db.unit_of_work(write=False))
    finally:
        db.dispose()
    if args.json:
        print(json.dumps([asdict(c) for c in found], default=str, ensure_ascii=False, indent=2))
        return
    if not found:
        print("Databasen har ingen høringer.")
    for c in found:
        print(f"{c.id:>4}  {c.title}  ({c.opens_on:%d-%m-%Y} – {c.closes_on:%d-%m-%Y})")


def _stats(args: argparse.Namespace) -> None:
    db = _open(args, must_exist=True)
    try:
        figures = stats.consultation_stats(db.unit_of_work(write=False), args.consultation)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(asdict(figures), default=str, ensure_ascii=False, indent=2))
    else:
        print(format_stats(figures))


def format_stats(figures: ConsultationStats) -> str:
    c = figures.consultation
    lines = [
        f"{c.title} (nr. {c.id}), høring {c.opens_on:%d-%m-%Y} – {c.closes_on:%d-%m-%Y}",
        f"  Plan:          {figures.themes} temaer, {figures.sections} afsnit i alt, "
        f"{figures.measures} klimatiltag, {figures.sub_goals} delmål",
        f"  Bemærkninger:  {figures.comments} ({figures.comments_with_outcome} med udfald, "
        f"{figures.comments_with_reply} med svar)",
        "    pr. afsender: " + _pairs(figures.comments_by_source),
        "    pr. niveau:   " + _pairs(figures.comments_by_target, _TARGET_NAMES),
        f"  Vurderinger:   {figures.assessments}",
        "    pr. type:     " + _pairs(figures.assessments_by_category, _CATEGORY_NAMES),
        f"  Høringssvar:   {figures.responses} ({figures.late_responses} for sent, "
        f"{figures.responses_set_aside} lagt til side)",
        "    pr. kanal:    " + _pairs(figures.responses_by_channel, _CHANNEL_NAMES),
    ]
    return "\n".join(lines)


_TARGET_NAMES = {
    "measure": "klimatiltag",
    "theme": "tema",
    "sub_theme": "undertema",
    "group": "ansvarsgruppe",
    "policy": "politikken",
    "new_measure": "nye tiltag",
}
_CATEGORY_NAMES = {k.value: v for k, v in labels.ASSESSMENT_CATEGORY.items()}
_CHANNEL_NAMES = {k.value: v for k, v in labels.CHANNEL.items()}


def _pairs(counts: Mapping[str, int], names: Mapping[str, str] | None = None) -> str:
    if not counts:
        return "–"
    return ", ".join(f"{(names or {}).get(k, k)} {v}" for k, v in counts.items())


def _import(args: argparse.Namespace) -> None:
    path: Path = args.file
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise FileFormatError(f"Filen findes ikke: {path}") from error
    except OSError as error:
        raise FileFormatError(f"Filen kan ikke læses: {path} ({error.strerror})") from error
    confirm = [_confirmation(text) for text in args.source]
    db = _open(args)
    try:
        target = args.consultation or _new_consultation(db, args, path)
        report = memo_import.import_memo(
            db.unit_of_work(),
            target,
            path.name,
            data,
            confirm=confirm,
            not_sources=args.not_source,
        )
    except memo_import.UnknownSourceCodesError as error:
        codes = " ".join(f"--source {c.code}=NAVN" for c in error.codes)
        raise InvalidInputError(f"{error.message} Fx: {codes} (eller --not-source KODE)") from error
    finally:
        db.dispose()
    print(format_import_report(report))


def _new_consultation(db: Database, args: argparse.Namespace, path: Path) -> int:
    if args.opens is None or args.closes is None:
        raise InvalidInputError(
            "Vælg en høring med --consultation, eller angiv en ny hørings periode "
            "med --opens og --closes."
        )
    title = args.title or path.stem
    created = consultations.create_consultation(
        db.unit_of_work(),
        consultations.NewConsultation(
            title=title, plan_title=title, opens_on=args.opens, closes_on=args.closes
        ),
    )
    return created.id


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


def _db(args: argparse.Namespace) -> None:
    setting, _ = database_setting(args.db)
    db = Database(database_url(setting), actor=current_user(args.user))
    try:
        found = upgrade(db) if args.action == "upgrade" else status(db)
    finally:
        db.dispose()
    if found.state is SchemaState.CURRENT:
        print(f"Databasen er opdateret (version {found.revision}).")
    elif found.state is SchemaState.EMPTY:
        print(f"Databasen er tom; den oprettes ved første brug (version {found.head}).")
    else:
        print(f"Databasen har version {found.revision}; programmet bruger {found.head}.")


_HANDLERS: dict[str, Callable[[argparse.Namespace], None]] = {
    "demo": _demo,
    "list": _list,
    "stats": _stats,
    "import": _import,
    "db": _db,
}
