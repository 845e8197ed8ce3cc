"""``hoering new``: set up a consultation of one's own, headless."""

import argparse
from pathlib import Path

from hoering.cli.common import CommandParsers, danish_date, open_db, read_input_file
from hoering.cli.memo import format_import_report
from hoering.domain.deadline import DEFAULT_TIME_ZONE
from hoering.domain.enums import RespondentKind
from hoering.domain.errors import InvalidInputError
from hoering.services import consultations, respondents
from hoering.services.respondents import NewBody
from hoering.services.setup import PlanFile, set_up_consultation

_KINDS = {
    "udvalg": RespondentKind.COMMITTEE,
    "råd": RespondentKind.COUNCIL,
    "organisation": RespondentKind.ORGANISATION,
    "virksomhed": RespondentKind.COMPANY,
}


def register(parsers: CommandParsers) -> None:
    new = parsers.commands.add_parser("new", help="opret en ny høring")
    new.add_argument("--title", required=True, help="høringens titel")
    for option, day in (("--opens", "første"), ("--closes", "sidste")):
        new.add_argument(
            option,
            required=True,
            type=danish_date,
            metavar="DD-MM-ÅÅÅÅ",
            help=f"høringens {day} dag",
        )
    new.add_argument("--plan", metavar="TITEL", help="planens titel (standard: høringens titel)")
    new.add_argument("--organisation", metavar="NAVN", help="fx Ballerup Kommune")
    new.add_argument("--time-zone", default=DEFAULT_TIME_ZONE, metavar="ZONE")
    new.add_argument("--email", metavar="ADRESSE", help="postkassen høringssvar sendes til")
    new.add_argument("--sms-number", metavar="NUMMER", help="SMS-nummeret, fx 1910")
    new.add_argument("--keyword", metavar="KODEORD", help="SMS-kodeordet, fx »BALK KLIMA«")
    new.add_argument(
        "--party",
        action="append",
        default=[],
        metavar="KODE[=NAVN[:TYPE]]",
        help="en høringspart: et registreret udvalg, eller et nyt med navn og type "
        "(udvalg, råd, organisation, virksomhed); kan gentages",
    )
    source = new.add_mutually_exclusive_group()
    source.add_argument(
        "--plan-from", type=Path, metavar="FIL", help="planen fra en tabel (.txt, .docx, .xlsx)"
    )
    source.add_argument(
        "--copy-from", metavar="HØRING", help="næste runde: den reviderede plan fra en høring"
    )
    new.set_defaults(handler=_new)


def _new(args: argparse.Namespace) -> None:
    plan_file = (
        PlanFile(args.plan_from.name, read_input_file(args.plan_from)) if args.plan_from else None
    )
    db = open_db(args)
    try:
        known = {b.code: b.id for b in respondents.list_bodies(db.unit_of_work(write=False))}
        existing, new_bodies = _parties(args.party, known)
        copy_from = (
            consultations.find_consultation(db.unit_of_work(write=False), args.copy_from).id
            if args.copy_from
            else None
        )
        spec = consultations.NewConsultation(
            title=args.title,
            opens_on=args.opens,
            closes_on=args.closes,
            time_zone=args.time_zone,
            email_address=args.email,
            sms_number=args.sms_number,
            sms_keyword=args.keyword,
            parties=existing,
            plan_title=args.plan or args.title,
            organisation=args.organisation,
        )
        result = set_up_consultation(
            db.unit_of_work(), spec, new_bodies=new_bodies, plan_file=plan_file, copy_from=copy_from
        )
    finally:
        db.dispose()
    print(f"Høringen »{result.consultation.title}« er oprettet (nr. {result.consultation.id}).")
    if result.plan_report is not None:
        print(format_import_report(result.plan_report))


def _parties(texts: list[str], known: dict[str | None, int]) -> tuple[list[int], list[NewBody]]:
    """Parties by code (registered) or ``CODE=Name[:kind]`` (to register)."""
    existing: list[int] = []
    new: list[NewBody] = []
    for text in texts:
        code, _, rest = text.partition("=")
        code = code.strip().upper()
        if not rest:
            if code not in known:
                raise InvalidInputError(
                    f"Ingen høringspart har koden {code}; skriv --party {code}=NAVN."
                )
            existing.append(known[code])
            continue
        name, _, kind_text = rest.partition(":")
        kind = _KINDS.get(kind_text.strip().lower() or "udvalg")
        if kind is None:
            raise InvalidInputError(
                f"Ukendt type »{kind_text}«; brug udvalg, råd, organisation eller virksomhed."
            )
        new.append(NewBody(code, name, kind))
    return existing, new
