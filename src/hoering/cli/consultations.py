"""``hoering demo`` (also ``--scale N``), ``list`` and ``stats``."""

import argparse
import json
import sys
import time
from collections.abc import Mapping
from dataclasses import asdict

from hoering.cli.common import CommandParsers, consultation_option, open_db
from hoering.domain import labels
from hoering.services import consultations, demo, demo_scale, stats
from hoering.services.dto import ConsultationStats
from hoering.store.database import Database


def register(parsers: CommandParsers) -> None:
    demo_parser = parsers.commands.add_parser(
        "demo", help="opret demohøringen »Klimahandleplan 2023«"
    )
    demo_parser.add_argument(
        "--scale",
        type=_positive,
        metavar="N",
        help="opret i stedet en genereret høring med N høringssvar (fx 200000)",
    )
    demo_parser.add_argument(
        "--seed",
        type=int,
        default=demo_scale.DEFAULT_SEED,
        help="samme tal giver samme høring (standard: %(default)s)",
    )
    demo_parser.set_defaults(handler=_demo)
    listing = parsers.commands.add_parser("list", help="vis databasens høringer")
    listing.add_argument("--json", action="store_true", help="skriv JSON")
    listing.set_defaults(handler=_list)
    figures = parsers.commands.add_parser("stats", help="vis hvad databasen rummer for en høring")
    consultation_option(figures)
    figures.add_argument("--json", action="store_true", help="skriv JSON")
    figures.set_defaults(handler=_stats)


def _demo(args: argparse.Namespace) -> None:
    db = open_db(args)
    try:
        if args.scale is not None:
            _scaled_demo(db, args.scale, args.seed)
            return
        result = demo.create_demo(db.unit_of_work())
    finally:
        db.dispose()
    verb = "oprettet" if result.created else "findes allerede"
    print(f"Demohøringen »{demo.DEMO_TITLE}« er {verb} (nr. {result.consultation_id}).")


def _scaled_demo(db: Database, responses: int, seed: int) -> None:
    started = time.monotonic()

    def report(progress: demo_scale.ScaleProgress) -> None:
        print(
            f"  {progress.done:>9,} af {progress.total:,} høringssvar"
            f"  ({time.monotonic() - started:.0f} s)".replace(",", "."),
            file=sys.stderr,
            flush=True,
        )

    result = demo_scale.create_scaled_demo(db.unit_of_work, responses, seed=seed, progress=report)
    verb = "oprettet" if result.created else "findes allerede"
    print(f"Høringen »{result.title}« er {verb} (nr. {result.consultation_id}).")
    print(
        f"  {result.responses} høringssvar ({result.late} for sent), {result.comments} "
        f"bemærkninger, {result.campaigns} kampagner"
    )


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"ikke et positivt heltal: {text}")
    return int(text)


def _list(args: argparse.Namespace) -> None:
    db = open_db(args, must_exist=True)
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
    db = open_db(args, must_exist=True)
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
