"""``hoering export annex``, ``hoering package …`` and ``hoering import plan``."""

import argparse
from pathlib import Path

from hoering.cli.common import (
    CommandParsers,
    consultation_option,
    danish_date,
    new_consultation,
    new_consultation_options,
    open_db,
    read_input_file,
)
from hoering.domain import labels
from hoering.domain.errors import InvalidInputError
from hoering.services import annex, packages, plan_import
from hoering.services.annex import AnnexOptions, describe_preview
from hoering.services.packages import (
    CommentChangeKind,
    NodeDifference,
    PackageComparison,
    PackageSummary,
)

_COMMITTEE_HELP = (
    "koden på det udvalg, bilaget er til (fx UGO): står øverst på hver side "
    "og registreres med pakken, når filen sendes til udvalget"
)


def register(parsers: CommandParsers) -> None:
    exporting = parsers.exporting.add_parser(
        "annex",
        help="eksportér bilaget til et udvalg: høringsnotat, revideret handleplan, "
        "høringssvar og overblik (.xlsx)",
        description="Bilaget er et regneark, der kan udskrives (A4 på tværs). Borgere vises "
        "som »Borger N«; navne, e-mailadresser, telefonnumre og adresser kommer kun med, "
        "når --internal er valgt. Mens der mangler vurderinger eller udfald, står der "
        "UDKAST på hver side.",
    )
    consultation_option(exporting)
    exporting.add_argument("--out", type=Path, metavar="FIL.xlsx", help="filen, der skrives")
    exporting.add_argument("--committee", metavar="KODE", help=_COMMITTEE_HELP)
    exporting.add_argument(
        "--changed-only",
        action="store_true",
        help="kun klimatiltag, som høringen har ændret (og overskrifterne over dem)",
    )
    exporting.add_argument(
        "--internal",
        action="store_true",
        help="til intern brug: med afsendernes kontaktoplysninger, og hver side mærket "
        "»INTERN – indeholder personoplysninger«",
    )
    exporting.add_argument(
        "--preview", action="store_true", help="vis kun, hvad bilaget vil indeholde; skriv intet"
    )
    exporting.set_defaults(handler=_export)

    package = parsers.commands.add_parser(
        "package", help="udvalgspakker: bilag sendt til et udvalgsmøde, frosset"
    ).add_subparsers(dest="action", metavar="handling", required=True)
    registering = package.add_parser(
        "register", help="registrér en eksporteret bilagsfil som pakke til et udvalgsmøde"
    )
    registering.add_argument("file", type=Path, metavar="FIL.xlsx")
    registering.add_argument(
        "--meeting", type=danish_date, required=True, metavar="DD-MM-ÅÅÅÅ", help="mødedatoen"
    )
    registering.add_argument(
        "--committee", metavar="KODE", help="udvalget (standard: det, bilaget blev eksporteret til)"
    )
    consultation_option(registering)
    registering.set_defaults(handler=_register)
    listing = package.add_parser("list", help="vis høringens pakker")
    consultation_option(listing)
    listing.set_defaults(handler=_list)
    comparing = package.add_parser(
        "compare", help="sammenlign to pakker klimatiltag for klimatiltag"
    )
    comparing.add_argument("first", type=int, metavar="PAKKE1")
    comparing.add_argument("second", type=int, metavar="PAKKE2")
    comparing.set_defaults(handler=_compare)
    getting = package.add_parser("get", help="gem en pakkes fil, præcis som den blev sendt")
    getting.add_argument("package_id", type=int, metavar="PAKKE")
    getting.add_argument("--out", type=Path, required=True, metavar="FIL.xlsx")
    getting.set_defaults(handler=_get)

    importing = parsers.importing.add_parser(
        "plan",
        help="importér en plan fra et regneark: arket »Revideret handleplan« fra et bilag "
        "eller skabelonen (se README)",
    )
    importing.add_argument("file", type=Path, metavar="FIL.xlsx")
    new_consultation_options(importing)
    importing.set_defaults(handler=_import_plan)


def _export(args: argparse.Namespace) -> None:
    options = AnnexOptions(args.committee, args.changed_only, args.internal)
    if not args.preview and args.out is None:
        raise InvalidInputError("Angiv filen med --out FIL.xlsx (eller --preview).")
    db = open_db(args, must_exist=True)
    try:
        if args.preview:
            print(
                describe_preview(
                    annex.preview_annex(db.unit_of_work(write=False), args.consultation, options)
                )
            )
            return
        result = annex.export_annex(db.unit_of_work(), args.consultation, args.out, options)
    finally:
        db.dispose()
    print(
        f"Bilaget er gemt: {result.path} ({result.size // 1024} kB, SHA-256 {result.sha256[:12]}…)"
    )
    print(describe_preview(result.preview))
    if result.continued_cells:
        print(f"{result.continued_cells} lange tekster fortsætter i rækkerne nedenunder.")
    if result.removed_characters:
        print(
            f"{result.removed_characters} kontroltegn, som et regneark ikke kan rumme, er fjernet."
        )
    print(f"Eksporten er registreret som nr. {result.export_id}.")


def _register(args: argparse.Namespace) -> None:
    path: Path = args.file
    data = read_input_file(path)
    db = open_db(args, must_exist=True)
    try:
        found = packages.register_package(
            db.unit_of_work(),
            args.consultation,
            path.name,
            data,
            meeting_on=args.meeting,
            committee=args.committee,
        )
    finally:
        db.dispose()
    print(
        f"Pakke nr. {found.id} er registreret: {found.filename} til {found.committee.code} "
        f"på mødet {found.meeting_on:%d-%m-%Y} (SHA-256 {found.sha256[:12]}…)."
    )


def _list(args: argparse.Namespace) -> None:
    db = open_db(args, must_exist=True)
    try:
        found = packages.list_packages(db.unit_of_work(write=False), args.consultation)
    finally:
        db.dispose()
    if not found:
        print("Høringen har ingen pakker endnu (se: hoering package register).")
    for package in found:
        print(format_package(package))


def format_package(package: PackageSummary) -> str:
    marks = [
        mark
        for flag, mark in (
            (package.draft, "udkast"),
            (package.personal_data, "INTERN"),
            (package.changed_only, "kun ændrede"),
        )
        if flag
    ]
    extra = f" [{', '.join(marks)}]" if marks else ""
    return (
        f"{package.id:>4}  {package.meeting_on:%d-%m-%Y}  {package.committee.code:<6} "
        f"{package.filename}{extra}  eksporteret {package.exported_at:%d-%m-%Y %H:%M} "
        f"af {package.exported_by}, SHA-256 {package.sha256[:12]}…"
    )


def _compare(args: argparse.Namespace) -> None:
    db = open_db(args, must_exist=True)
    try:
        found = packages.compare_packages(db.unit_of_work(write=False), args.first, args.second)
    finally:
        db.dispose()
    print(format_comparison(found))


def format_comparison(comparison: PackageComparison) -> str:
    first, second = comparison.first, comparison.second
    lines = [
        f"Pakke {first.id} ({first.committee.code} {first.meeting_on:%d-%m-%Y}) → "
        f"pakke {second.id} ({second.committee.code} {second.meeting_on:%d-%m-%Y}): "
        f"{len(comparison.differences)} ændret, {comparison.unchanged} uændret"
    ]
    for difference in comparison.differences:
        lines += _difference_lines(difference)
    return "\n".join(lines)


_PRESENCE = {
    packages.Presence.ONLY_FIRST: "kun i den første pakke",
    packages.Presence.ONLY_SECOND: "kun i den anden pakke",
}
_COMMENT_MARK = {
    CommentChangeKind.ADDED: "+ ny",
    CommentChangeKind.REMOVED: "- fjernet",
    CommentChangeKind.TEXT: "~ ny tekst",
    CommentChangeKind.OUTCOME: "~ udfald",
}


def _difference_lines(difference: NodeDifference) -> list[str]:
    if difference.presence in _PRESENCE:
        return [f"{difference.label}: {_PRESENCE[difference.presence]}"]
    lines = [difference.label]
    if difference.status is not None:
        before, after = (labels.MEASURE_STATUS[s] if s else "–" for s in difference.status)
        lines.append(f"    status: {before} → {after}")
    lines += [
        f"    delmål {g.number}: {_quoted(g.before)} → {_quoted(g.after)}"
        for g in difference.sub_goals
    ]
    if difference.assessment is not None:
        before, after = difference.assessment
        lines.append(f"    vurdering: {_quoted(before)} → {_quoted(after)}")
    for change in difference.comments:
        text = f"    {_COMMENT_MARK[change.kind]}: {change.source} »{change.excerpt}…«"
        if change.kind is CommentChangeKind.OUTCOME:
            text += (
                f" {packages.outcome_name(change.outcome_before)}"
                f" → {packages.outcome_name(change.outcome_after)}"
            )
        lines.append(text)
    return lines


def _quoted(text: str | None, limit: int = 80) -> str:
    if not text:
        return "–"
    return f"»{text[:limit]}…«" if len(text) > limit else f"»{text}«"


def _get(args: argparse.Namespace) -> None:
    db = open_db(args, must_exist=True)
    try:
        found = packages.save_package_file(db.unit_of_work(), args.package_id, args.out)
    finally:
        db.dispose()
    print(f"Pakke nr. {found.id} er gemt som {args.out} ({found.size // 1024} kB).")


def _import_plan(args: argparse.Namespace) -> None:
    path: Path = args.file
    data = read_input_file(path)
    new = None if args.consultation else new_consultation(args, path)
    db = open_db(args)
    try:
        report = plan_import.import_plan(
            db.unit_of_work(), args.consultation, path.name, data, new=new
        )
    finally:
        db.dispose()
    layout = "bilagets ark" if report.layout == "annex" else "skabelonen"
    print(
        f"Importeret {report.filename} ({layout} »{report.sheet}«) i høring nr. "
        f"{report.consultation_id}: {report.sections} afsnit, {report.measures} klimatiltag, "
        f"{report.sub_goals} delmål."
    )
    if report.left_out:
        print("Udgået i den reviderede plan og ikke taget med: " + "; ".join(report.left_out))
