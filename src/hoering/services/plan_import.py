"""Importing a plan from a spreadsheet into a consultation whose plan is still empty.

The revised plan of one consultation, exported in its annex, can start the
next: the sheet "Revideret handleplan" is read as the new plan as consulted.
A simple template works too (see :mod:`hoering.exchange.plan_sheet`).
"""

from dataclasses import dataclass

from sqlalchemy.orm import Session

from hoering.domain.enums import MeasureStatus, SectionLevel
from hoering.domain.groups import group_kind
from hoering.domain.roles import Permission
from hoering.exchange.plan_sheet import PlanDocument, read_plan
from hoering.services.access import require
from hoering.services.consultations import (
    NewConsultation,
    add_consultation,
    require_empty_plan,
    resolve,
)
from hoering.services.files import store_file
from hoering.store.database import UnitOfWork
from hoering.store.models import Consultation, DocumentImport, Measure, Section, SubGoal


@dataclass(frozen=True, slots=True)
class PlanImportReport:
    consultation_id: int
    filename: str
    layout: str
    sheet: str
    sections: int
    measures: int
    sub_goals: int
    # Measures the revised plan dropped, not imported.
    left_out: tuple[str, ...]


def import_plan(
    uow: UnitOfWork,
    consultation: str | int | None,
    filename: str,
    data: bytes,
    *,
    new: NewConsultation | None = None,
) -> PlanImportReport:
    """Read a plan (.xlsx) into a consultation without a plan, or into ``new``, created with it.

    A file that is not a plan saves nothing, not even the new consultation.
    """
    document = read_plan(data, filename)
    with uow:
        require(uow, Permission.MANAGE_CONSULTATIONS)
        session = uow.session
        if new is not None:
            target = add_consultation(session, new)
        else:
            target = resolve(session, None if consultation is None else str(consultation))
        require_empty_plan(session, target, "en plan")
        _write_plan(session, target, document)
        report = PlanImportReport(
            consultation_id=target.id,
            filename=filename,
            layout=document.layout.value,
            sheet=document.sheet,
            sections=len(document.sections),
            measures=len(document.measures),
            sub_goals=sum(len(m.sub_goals) for m in document.measures),
            left_out=document.left_out,
        )
        session.add(
            DocumentImport(
                consultation_id=target.id,
                kind="plan",
                filename=filename,
                file_id=store_file(session, data).id,
                imported_by=uow.actor,
                report={
                    "layout": report.layout,
                    "sheet": report.sheet,
                    "sections": report.sections,
                    "measures": report.measures,
                    "sub_goals": report.sub_goals,
                    "left_out": list(report.left_out),
                },
            )
        )
        uow.commit()
        return report


def _write_plan(session: Session, consultation: Consultation, document: PlanDocument) -> None:
    """Sections and measures share one position sequence: the order of the sheet's rows.

    A row can open sections and start a measure at once: the sections come first.
    """
    version = consultation.plan_version
    sections: dict[int, Section] = {}
    for found in document.sections:
        sections[found.key] = Section(
            plan_version=version,
            parent=None if found.parent is None else sections[found.parent],
            level=found.level,
            group_kind=group_kind(found.title) if found.level is SectionLevel.GROUP else None,
            title=found.title,
            position=2 * found.row,
        )
    session.add_all(sections.values())
    session.add_all(
        Measure(
            plan_version=version,
            section=None if found.section is None else sections[found.section],
            number=found.number,
            title=found.title,
            position=2 * found.row + 1,
            status=MeasureStatus.UNCHANGED,
            sub_goals=[
                SubGoal(position=i, consulted_text=text, revised_text=text)
                for i, text in enumerate(found.sub_goals)
            ],
        )
        for found in document.measures
    )
    session.flush()
