"""The administration's assessment of the comments on a measure."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hoering.domain.assessment import categorise
from hoering.domain.enums import AssessmentCategory
from hoering.domain.errors import ConflictError, NotFoundError
from hoering.domain.roles import Permission
from hoering.services.access import require
from hoering.store.database import UnitOfWork
from hoering.store.models import Assessment, Consultation, Measure

_CONFLICT = (
    "En anden har gemt en ny vurdering af dette klimatiltag, mens du skrev; din tekst er ikke gemt."
)


@dataclass(frozen=True, slots=True)
class AssessmentView:
    measure_id: int
    text: str
    category: AssessmentCategory
    # 0 while no assessment has been saved; pass it back when saving.
    version: int


def get_assessment(uow: UnitOfWork, consultation_id: int, measure_id: int) -> AssessmentView:
    with uow:
        return assessment_view(uow.session, consultation_id, measure_id)


def assessment_view(session: Session, consultation_id: int, measure_id: int) -> AssessmentView:
    found = _find(session, consultation_id, measure_id)
    if found is None:
        return AssessmentView(measure_id, "", AssessmentCategory.BLANK, 0)
    return _view(found)


def save_assessment(
    uow: UnitOfWork,
    consultation_id: int,
    measure_id: int,
    text: str,
    *,
    expected_version: int,
    category: AssessmentCategory | None = None,
) -> AssessmentView:
    """Save an assessment the user edited from ``expected_version``.

    If a colleague saved in between, nothing is saved and ConflictError says so:
    never a silent overwrite.
    """
    with uow:
        require(uow, Permission.ASSESS)
        session = uow.session
        _require_measure(session, consultation_id, measure_id)
        assessment = _find(session, consultation_id, measure_id)
        current = assessment.version if assessment is not None else 0
        if current != expected_version:
            raise ConflictError(_CONFLICT)
        if assessment is None:
            assessment = Assessment(consultation_id=consultation_id, measure_id=measure_id)
            session.add(assessment)
        assessment.text = text
        assessment.category = category or categorise(text)
        try:
            uow.flush()
        except IntegrityError as error:  # a colleague saved the first assessment meanwhile
            raise ConflictError(_CONFLICT) from error
        view = _view(assessment)
        uow.commit()
        return view


def _find(session: Session, consultation_id: int, measure_id: int) -> Assessment | None:
    return session.scalars(
        select(Assessment).where(
            Assessment.consultation_id == consultation_id, Assessment.measure_id == measure_id
        )
    ).first()


def _require_measure(session: Session, consultation_id: int, measure_id: int) -> None:
    found = session.scalar(
        select(Measure.id)
        .join(Consultation, Consultation.plan_version_id == Measure.plan_version_id)
        .where(Consultation.id == consultation_id, Measure.id == measure_id)
    )
    if found is None:
        raise NotFoundError("Klimatiltaget findes ikke i denne høring.")


def _view(assessment: Assessment) -> AssessmentView:
    return AssessmentView(
        assessment.measure_id, assessment.text, assessment.category, assessment.version
    )
