"""``hoering personal …``: the review of personal data in comments, the retention date,
purging a consultation's personal data, erasing one person's, and the register of
exported files."""

import argparse
from dataclasses import asdict

from hoering.cli.common import CommandParsers, consultation_option, danish_date, open_db
from hoering.domain import labels
from hoering.services import consultations, erasure, exports, personal_review
from hoering.services.erasure import PurgeReport
from hoering.services.exports import KIND_LABEL

_REPORT_LINES = {
    "people": "personer har fået slettet deres kontaktoplysninger",
    "contacts": "kontaktoplysninger er slettet",
    "responses": "høringssvar er renset for afsender, original og bilag",
    "comments": "bemærkninger er anonymiseret",
    "files_removed": "gemte filer er slettet",
    "files_kept": "filer rummer også andres beskeder (fx en SMS-eksport) og er bevaret",
    "audit_entries": "poster i ændringsloggen er renset",
    "annex_snapshots": "øjebliksbilleder af eksporterede bilag er renset",
    "assessments": "vurderinger nævnte personerne og er renset",
    "exports": "registrerede eksporter nævnte personerne i filnavn eller beskrivelse",
    "texts": "kampagnetekster, andres bemærkninger og svar nævnte personerne og er renset",
}


def register(parsers: CommandParsers) -> None:
    group = parsers.commands.add_parser(
        "personal", help="personoplysninger: gennemgang, opbevaring, sletning, eksporter"
    ).add_subparsers(dest="action", metavar="handling", required=True)

    review = group.add_parser(
        "review", help="vis bemærkninger med personoplysninger, som ingen har gennemgået"
    )
    consultation_option(review)
    review.set_defaults(handler=_review)

    approve = group.add_parser(
        "approve", help="godkend en bemærknings offentlige tekst (som den er, eller --text)"
    )
    approve.add_argument("comment_id", type=int, metavar="BEMÆRKNING")
    approve.add_argument("--text", metavar="TEKST", help="den offentlige tekst, du har skrevet")
    approve.set_defaults(handler=_approve)

    retention = group.add_parser(
        "retention", help="sæt den dag, høringens personoplysninger opbevares til"
    )
    consultation_option(retention)
    retention.add_argument("until", type=danish_date, metavar="DD-MM-ÅÅÅÅ")
    retention.set_defaults(handler=_retention)

    purge = group.add_parser(
        "purge", help="slet høringens personoplysninger, når opbevaringsfristen er udløbet"
    )
    consultation_option(purge)
    purge.set_defaults(handler=_purge)

    erase = group.add_parser("erase", help="slet én persons personoplysninger på anmodning")
    who = erase.add_mutually_exclusive_group(required=True)
    who.add_argument("--respondent", type=int, metavar="NR", help="afsenderens nummer")
    who.add_argument("--contact", metavar="ADRESSE", help="personens e-mailadresse eller nummer")
    erase.add_argument("--reason", default="", metavar="TEKST", help="fx journalnummeret")
    erase.set_defaults(handler=_erase)

    register_ = group.add_parser(
        "exports", help="vis registret over eksporterede filer (hvem, hvornår, hvis data)"
    )
    register_.add_argument(
        "--respondent", type=int, metavar="NR", help="kun filer med hans/hendes data"
    )
    register_.set_defaults(handler=_exports)


def _review(args: argparse.Namespace) -> None:
    db = open_db(args, must_exist=True)
    try:
        found = consultations.find_consultation(db.unit_of_work(write=False), args.consultation)
        counts = personal_review.review_counts(db.unit_of_work(write=False), found.id)
        items = personal_review.comments_to_review(
            db.unit_of_work(write=False), found.id, limit=counts.pending or 1
        )
    finally:
        db.dispose()
    print(
        f"{found.title}: {counts.pending} ikke gennemgået, {counts.approved} godkendt, "
        f"{counts.nothing_found} uden fund."
    )
    for item in items:
        found_text = ", ".join(f"{f.kind} »{f.text}«" for f in item.found)
        print(f"\nBemærkning {item.comment_id} fra {item.source}: {found_text}")
        print(f"  Offentlig tekst: {item.public_text}")


def _approve(args: argparse.Namespace) -> None:
    db = open_db(args, must_exist=True)
    try:
        item = personal_review.review_item(db.unit_of_work(write=False), args.comment_id)
        item = personal_review.approve_public_text(
            db.unit_of_work(), item.comment_id, expected_version=item.version, public_text=args.text
        )
    finally:
        db.dispose()
    print(f"Bemærkning {item.comment_id}: den offentlige tekst er godkendt.")
    print(f"  {item.public_text}")


def _retention(args: argparse.Namespace) -> None:
    db = open_db(args, must_exist=True)
    try:
        found = consultations.find_consultation(db.unit_of_work(write=False), args.consultation)
        summary = consultations.set_retention(
            db.unit_of_work(), found.id, args.until, expected_version=found.version
        )
    finally:
        db.dispose()
    print(
        f"Personoplysningerne i »{summary.title}« opbevares til og med "
        f"{args.until:%d-%m-%Y} (slet dem derefter med: hoering personal purge)."
    )


def _purge(args: argparse.Namespace) -> None:
    db = open_db(args, must_exist=True)
    try:
        report = erasure.purge_personal_data(db.unit_of_work(), args.consultation)
    finally:
        db.dispose()
    print("Høringens personoplysninger er slettet:")
    _print_report(report)


def _erase(args: argparse.Namespace) -> None:
    db = open_db(args, must_exist=True)
    try:
        person = erasure.find_person(
            db.unit_of_work(write=False), respondent_id=args.respondent, contact=args.contact
        )
        report = erasure.erase_person(db.unit_of_work(), person.respondent_id, reason=args.reason)
    finally:
        db.dispose()
    known_as = "; ".join(person.known_as) or labels.RESPONDENT_KIND[person.kind]
    print(f"Personoplysningerne om afsender nr. {person.respondent_id} ({known_as}) er slettet:")
    _print_report(report)


def _print_report(report: PurgeReport) -> None:
    for key, count in asdict(report).items():
        if count:
            print(f"  {count} {_REPORT_LINES[key]}")


def _exports(args: argparse.Namespace) -> None:
    db = open_db(args, must_exist=True)
    try:
        found = exports.list_exports(db.unit_of_work(write=False), respondent_id=args.respondent)
    finally:
        db.dispose()
    if not found:
        print("Ingen eksporterede filer er registreret.")
    for export in found:
        people = f", {len(export.subjects)} personers data" if export.subjects else ""
        mark = " [personoplysninger]" if export.personal_data else ""
        print(
            f"{export.id:>4}  {export.exported_at:%d-%m-%Y %H:%M}  {export.exported_by:<12} "
            f"{KIND_LABEL[export.kind]}: {export.filename}{mark}{people}"
        )
