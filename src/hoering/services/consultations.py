"""Creating, listing and finding consultations."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hoering.domain.deadline import DEFAULT_TIME_ZONE, ConsultationPeriod
from hoering.domain.enums import PlanStage
from hoering.domain.errors import InvalidInputError, NotFoundError
from hoering.domain.sms import normalise_keyword
from hoering.services.dto import ConsultationSummary
from hoering.store.database import UnitOfWork
from hoering.store.models import Consultation, Plan, PlanVersion


@dataclass(frozen=True, slots=True)
class NewConsultation:
    title: str
    plan_title: str
    opens_on: date
    closes_on: date
    time_zone: str = DEFAULT_TIME_ZONE
    organisation: str | None = None
    email_address: str | None = None
    sms_number: str | None = None
    sms_keyword: str | None = None
    plan_label: str = "Høringsudgave"


def create_consultation(uow: UnitOfWork, spec: NewConsultation) -> ConsultationSummary:
    """Create a consultation with an empty plan in its consultation edition."""
    with uow:
        consultation = add_consultation(uow.session, spec)
        uow.commit()
        return summarise(consultation)


def add_consultation(session: Session, spec: NewConsultation) -> Consultation:
    """Add a consultation and its plan to an open session (no commit)."""
    title = spec.title.strip()
    if not title:
        raise InvalidInputError("Høringen skal have en titel.")
    ConsultationPeriod(spec.opens_on, spec.closes_on, spec.time_zone)  # validates the dates
    if spec.sms_number and not (spec.sms_keyword and spec.sms_keyword.strip()):
        raise InvalidInputError("Et SMS-nummer kræver et kodeord (fx »BALK KLIMA«).")
    if session.scalar(select(Consultation.id).where(Consultation.title == title)) is not None:
        raise InvalidInputError(f"Der findes allerede en høring med titlen »{title}«.")
    plan = Plan(title=spec.plan_title.strip() or title, organisation=spec.organisation)
    version = PlanVersion(plan=plan, label=spec.plan_label, stage=PlanStage.CONSULTATION)
    consultation = Consultation(
        title=title,
        plan_version=version,
        opens_on=spec.opens_on,
        closes_on=spec.closes_on,
        time_zone=spec.time_zone,
        email_address=spec.email_address,
        sms_number=spec.sms_number,
        sms_keyword=normalise_keyword(spec.sms_keyword) if spec.sms_keyword else None,
    )
    session.add_all([plan, version, consultation])
    session.flush()
    return consultation


def list_consultations(uow: UnitOfWork) -> list[ConsultationSummary]:
    """All consultations, newest period first."""
    with uow:
        rows = uow.session.scalars(
            select(Consultation).order_by(Consultation.opens_on.desc(), Consultation.id.desc())
        )
        return [summarise(c) for c in rows]


def find_consultation(uow: UnitOfWork, reference: str | None) -> ConsultationSummary:
    """A consultation by id or exact title; without a reference, the only one there is."""
    with uow:
        return summarise(resolve(uow.session, reference))


def resolve(session: Session, reference: str | None) -> Consultation:
    if reference is None or not reference.strip():
        count = session.scalar(select(func.count(Consultation.id))) or 0
        if count == 1:
            return session.scalars(select(Consultation)).one()
        if count == 0:
            raise NotFoundError("Databasen har ingen høringer endnu (prøv: hoering demo).")
        raise InvalidInputError("Databasen har flere høringer: vælg en med --consultation.")
    reference = reference.strip()
    query = select(Consultation).where(
        Consultation.id == int(reference)
        if reference.isdigit()
        else func.lower(Consultation.title) == reference.lower()
    )
    consultation = session.scalars(query).first()
    if consultation is None:
        raise NotFoundError(f"Ingen høring hedder »{reference}« (se: hoering list).")
    return consultation


def summarise(consultation: Consultation) -> ConsultationSummary:
    return ConsultationSummary(
        id=consultation.id,
        title=consultation.title,
        plan_title=consultation.plan_version.plan.title,
        opens_on=consultation.opens_on,
        closes_on=consultation.closes_on,
        time_zone=consultation.time_zone,
        email_address=consultation.email_address,
        sms_number=consultation.sms_number,
        sms_keyword=consultation.sms_keyword,
    )


def period_of(consultation: Consultation) -> ConsultationPeriod:
    return ConsultationPeriod(consultation.opens_on, consultation.closes_on, consultation.time_zone)
