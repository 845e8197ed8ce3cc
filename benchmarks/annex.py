"""Exporting the committee annex, against plain openpyxl writing the same cells."""

import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook, load_workbook
from sqlalchemy import func, insert, select

from benchmarks.common import median_seconds, verdict
from benchmarks.scale_db import scaled_database, working_copy
from hoering.domain.enums import (
    Channel,
    ContactKind,
    Outcome,
    RespondentKind,
    ResponseStatus,
    TargetLevel,
    Timeliness,
)
from hoering.exchange.annex.model import AnnexDocument
from hoering.exchange.annex.writer import write_annex
from hoering.services.annex import export_annex
from hoering.services.annex_content import AnnexContent
from hoering.services.annex_overview import overview_tables
from hoering.services.demo import create_demo
from hoering.store.database import Database, database_url
from hoering.store.models import (
    Comment,
    CommentTarget,
    Consultation,
    Measure,
    Pseudonym,
    Respondent,
    RespondentContact,
    Response,
)
from hoering.store.schema import prepare

_PHRASES = (
    "Flere og sikrere cykelstier langs de store veje",
    "busserne skal køre oftere om aftenen og i weekenden",
    "solceller på alle kommunale tage og skoler",
    "plant flere træer og lad rabatterne gro vildt",
    "delebiler og ladestandere ved alle S-togsstationer",
    "kommunen bør gå forrest med klimavenlige indkøb",
    "fjernvarmen skal udbygges hurtigere end planlagt",
    "2030 er for sent – det bør ske allerede i 2025",
)


def add_citizen_comments(db: Database, comments: int, seed: int = 7) -> int:
    """Add citizens' e-mails and SMS with two comments each to the demo, by bulk inserts.

    Core inserts bypass the audit log: this is test data, not a user's work.
    Returns the number of comments the consultation then has.
    """
    rng = random.Random(seed)
    with db.unit_of_work() as uow:
        session = uow.session
        consultation = session.scalars(select(Consultation)).one()
        measures = list(
            session.scalars(
                select(Measure.id).where(Measure.plan_version_id == consultation.plan_version_id)
            )
        )
        existing = session.scalar(select(func.count(Comment.id))) or 0
        wanted = comments - existing
        if wanted <= 0:
            return existing
        first_number = (session.scalar(select(func.max(Pseudonym.number))) or 0) + 1
        people = (wanted + 1) // 2
        citizens = session.scalars(
            insert(Respondent).returning(Respondent.id),
            [{"kind": RespondentKind.CITIZEN} for _ in range(people)],
        ).all()
        session.execute(
            insert(Pseudonym),
            [
                {"consultation_id": consultation.id, "respondent_id": r, "number": first_number + i}
                for i, r in enumerate(citizens)
            ],
        )
        session.execute(
            insert(RespondentContact),
            [
                {"respondent_id": r, "kind": ContactKind.EMAIL, "value": f"borger{i}@example.org"}
                for i, r in enumerate(citizens)
            ],
        )
        opens = datetime(2023, 3, 28, 8, tzinfo=UTC)
        responses = session.scalars(
            insert(Response).returning(Response.id),
            [
                {
                    "consultation_id": consultation.id,
                    "respondent_id": r,
                    "channel": Channel.EMAIL if i % 3 else Channel.SMS,
                    "received_at": opens + timedelta(minutes=rng.randrange(45_000)),
                    "sender_address": f"borger{i}@example.org",
                    "body": "",
                    "timeliness": Timeliness.ON_TIME,
                    "status": ResponseStatus.SPLIT,
                }
                for i, r in enumerate(citizens)
            ],
        ).all()
        texts = [
            f"{rng.choice(_PHRASES).capitalize()}, og {rng.choice(_PHRASES)}. "
            f"{rng.choice(_PHRASES).capitalize()}."
            for _ in range(wanted)
        ]
        new_comments = session.scalars(
            insert(Comment).returning(Comment.id),
            [
                {
                    "consultation_id": consultation.id,
                    "respondent_id": citizens[i // 2],
                    "response_id": responses[i // 2],
                    "position": i % 2,
                    "text": text,
                    "outcome": rng.choice([*Outcome, None]),
                }
                for i, text in enumerate(texts)
            ],
        ).all()
        session.execute(
            insert(CommentTarget),
            [
                {"comment_id": c, "level": TargetLevel.MEASURE, "measure_id": m}
                for c in new_comments
                for m in rng.sample(measures, 2 if rng.random() < 0.1 else 1)
            ],
        )
        uow.commit()
    return existing + len(new_comments)


def plain_openpyxl(annex: Path, out: Path) -> Callable[[], None]:
    """The baseline: openpyxl write-only writing the same cells, values only, no styles."""
    source = load_workbook(annex, read_only=True, rich_text=True)
    sheets = {ws.title: [list(row) for row in ws.iter_rows(values_only=True)] for ws in source}
    source.close()

    def write() -> None:
        book = Workbook(write_only=True)
        for title, rows in sheets.items():
            sheet = book.create_sheet(title)
            for row in rows:
                sheet.append(row)
        book.save(out)

    return write


def write_only(db: Database, consultation: int, out: Path) -> Callable[[], None]:
    """The annex writer alone, on content read from the database beforehand."""
    with db.unit_of_work(write=False) as uow:
        found = uow.session.get_one(Consultation, consultation)
        content = AnnexContent(uow.session, found, changed_only=False, internal=False)
        memo = [node.entry for node in content.memo_nodes()]
        plan = list(content.plan_entries())
        responses = list(content.responses())
        overview = overview_tables(uow.session, found, content.plan)
        document = AnnexDocument(
            found.title, found.time_zone, date.today(), memo, plan, responses, overview
        )

    def write() -> None:
        with out.open("wb") as stream:
            write_annex(document, stream)

    return write


def bench_annex_export(repeat: int, comments: int) -> None:
    """The committee annex of the demo and of a consultation with many comments, on SQLite."""
    print("annex export (SQLite; median of runs, ratio to plain openpyxl writing the same cells)")
    with tempfile.TemporaryDirectory() as folder:
        for label, extra in (("demo", 0), (f"{comments} comments", comments)):
            db = Database(database_url(str(Path(folder) / f"{extra}.sqlite")), actor="benchmark")
            prepare(db)
            create_demo(db.unit_of_work())
            total = add_citizen_comments(db, extra)
            annex = Path(folder) / f"annex-{extra}.xlsx"
            runs = repeat if not extra else max(3, repeat // 2)

            def export(db: Database = db, annex: Path = annex) -> None:
                export_annex(db.unit_of_work(), None, annex)

            exported = median_seconds(export, runs)
            base = median_seconds(plain_openpyxl(annex, Path(folder) / "plain.xlsx"), runs)
            writer = median_seconds(write_only(db, 1, Path(folder) / "writer.xlsx"), runs)
            db.dispose()
            print(f"  {label} ({total} comments)")
            print(f"    baseline: plain openpyxl, same cells  {base * 1000:8.1f} ms")
            for name, seconds in (("export from the database", exported), ("writer only", writer)):
                ratio = seconds / base
                print(f"    {name:<35}  {seconds * 1000:8.1f} ms  ({ratio:4.2f}× baseline)")
            if extra:
                print(verdict("≤ 1.5× the baseline", exported / base, 1.5, unit="×"))
            else:
                print(verdict("well under 1 s", exported, 0.5))


# The annex of the generated consultations: 20 000 responses (about 50 000 comments)
# and 200 000 (about 500 000), each exported in a process of its own.
LARGE_ANNEX = (20_000, 200_000)
MEMORY_LIMIT_MB = 500


def bench_large_annex() -> None:
    """Exporting 500 000 comments completes, in memory that does not grow with them."""
    print("annex export of the generated consultations (SQLite, one run each)")
    peaks = []
    for responses in LARGE_ANNEX:
        source = scaled_database(responses)
        with tempfile.TemporaryDirectory() as folder:
            copy = working_copy(source, Path(folder))  # the export is recorded in it
            figures = _export_in_child(copy, Path(folder) / "bilag.xlsx")
        peaks.append(figures["peak_mb"])
        print(
            f"  {figures['comments']:>9,} comments, {figures['rows']:>9,} rows"
            f"  {figures['seconds']:8.1f} s   peak {figures['peak_mb']:6.0f} MB resident"
        )
    print(
        verdict(
            f"500 000 comments in ≤ {MEMORY_LIMIT_MB} MB", peaks[-1], MEMORY_LIMIT_MB, unit=" MB"
        )
    )


def _export_in_child(database: Path, out: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.annex_child", str(database), str(out)],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return figures
