"""Helpers for the annex tests: export, read back, and finish the editors' work on the demo."""

from collections.abc import Iterator
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from hoering.domain.enums import Outcome, ResponseStatus
from hoering.services.annex import AnnexExportResult, AnnexOptions, export_annex
from hoering.store.database import Database
from hoering.store.models import Assessment, Comment, Consultation, Measure, Response


def export(
    db: Database, folder: Path, name: str = "bilag.xlsx", **options: object
) -> tuple[AnnexExportResult, Workbook]:
    """Export the only consultation and read the file back (rich text kept)."""
    result = export_annex(db.unit_of_work(), None, folder / name, AnnexOptions(**options))  # type: ignore[arg-type]
    return result, load_workbook(result.path, rich_text=True)


def plain(value: object) -> str | None:
    if isinstance(value, CellRichText):
        return "".join(str(part) for part in value)
    return value if isinstance(value, str) else None


def rows(sheet: Worksheet) -> list[list[object]]:
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def row_of(sheet: Worksheet, first: object, second: object = None) -> list[object]:
    """The first row whose first cell (and second, if given) hold these values."""
    for row in rows(sheet):
        if row[0] == first and (second is None or row[1] == second):
            return row
    raise AssertionError(f"no row starts with {first!r} {second!r} in {sheet.title}")


def every_text(book: Workbook) -> Iterator[str]:
    """Every text a reader of the file can see or find: cells, page headers, properties."""
    for sheet in book.worksheets:
        yield sheet.title
        for row in sheet.iter_rows():
            for cell in row:
                if (text := plain(cell.value)) is not None:
                    yield text
        for part in (sheet.oddHeader, sheet.oddFooter, sheet.evenHeader, sheet.evenFooter):
            for place in (part.left, part.center, part.right):
                if place.text:
                    yield place.text
    properties = book.properties
    for name in ("creator", "title", "subject", "description", "keywords", "lastModifiedBy"):
        if value := getattr(properties, name):
            yield str(value)


def finish_the_work(db: Database) -> None:
    """What the editors do before the final annex: outcomes, assessments, every response handled."""
    with db.unit_of_work() as uow:
        session = uow.session
        consultation = session.scalars(select(Consultation)).one()
        for comment in session.scalars(select(Comment).where(Comment.outcome.is_(None))):
            comment.outcome = Outcome.NOTED
        assessed = set(session.scalars(select(Assessment.measure_id)))
        for measure in session.scalars(
            select(Measure).where(Measure.plan_version_id == consultation.plan_version_id)
        ):
            if measure.id not in assessed:
                session.add(
                    Assessment(
                        consultation_id=consultation.id,
                        measure_id=measure.id,
                        text="Tages til efterretning.",
                    )
                )
        for response in session.scalars(select(Response)):
            if not response.comments and response.status is ResponseStatus.RECEIVED:
                response.status = ResponseStatus.SET_ASIDE
        uow.commit()
