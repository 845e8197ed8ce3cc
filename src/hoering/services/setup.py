"""Setting up a consultation in one step: its bodies, its settings and its plan.

Everything happens in one transaction: if the plan file cannot be read or a
setting is wrong, nothing is saved — no half-made consultation, no stray body.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace

from hoering.domain.errors import NotFoundError
from hoering.domain.roles import Permission
from hoering.exchange.memo.rows import parse_memo_bytes
from hoering.services.access import require
from hoering.services.consultations import (
    NewConsultation,
    add_consultation,
    copy_plan,
    summarise,
)
from hoering.services.dto import ConsultationSummary, MemoImportReport
from hoering.services.memo_import import SourceConfirmation, import_memo_into
from hoering.services.respondents import NewBody, add_body
from hoering.store.database import UnitOfWork
from hoering.store.models import Consultation


@dataclass(frozen=True, slots=True)
class PlanFile:
    filename: str
    data: bytes


@dataclass(frozen=True, slots=True)
class SetUp:
    consultation: ConsultationSummary
    plan_report: MemoImportReport | None


def set_up_consultation(
    uow: UnitOfWork,
    spec: NewConsultation,
    *,
    new_bodies: Sequence[NewBody] = (),
    plan_file: PlanFile | None = None,
    copy_from: int | None = None,
    confirm: Sequence[SourceConfirmation] = (),
    not_sources: Sequence[str] = (),
) -> SetUp:
    """Register new bodies as parties, create the consultation and give it its plan:
    from a plan table, from the revised plan of an earlier round, or empty."""
    table = parse_memo_bytes(plan_file.data, plan_file.filename) if plan_file else None
    with uow:
        require(uow, Permission.MANAGE_CONSULTATIONS)
        session = uow.session
        bodies = [add_body(session, b.code, b.name, b.kind) for b in new_bodies]
        spec = replace(spec, parties=[*spec.parties, *(b.id for b in bodies)])
        consultation = add_consultation(session, spec)
        report = None
        if copy_from is not None:
            source = session.get(Consultation, copy_from)
            if source is None:
                raise NotFoundError("Høringen, der skal kopieres, findes ikke.")
            consultation.plan_version.based_on_id = source.plan_version_id
            copy_plan(session, source.plan_version_id, consultation.plan_version)
        elif plan_file is not None and table is not None:
            report = import_memo_into(
                session,
                consultation,
                plan_file.filename,
                plan_file.data,
                table=table,
                confirm=confirm,
                not_sources=not_sources,
                actor=uow.actor,
            )
        uow.flush()
        result = SetUp(summarise(consultation), report)
        uow.commit()
        return result
