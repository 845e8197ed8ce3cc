"""Consultations: create one, change its settings, copy it for the next round, find it."""

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hoering.domain.deadline import DEFAULT_TIME_ZONE, ConsultationPeriod
from hoering.domain.enums import MeasureStatus, PlanStage, RespondentKind
from hoering.domain.errors import ConflictError, InvalidInputError, NotFoundError
from hoering.domain.roles import Permission
from hoering.domain.sms import normalise_keyword
from hoering.services.access import require
from hoering.services.dto import ConsultationSummary
from hoering.services.respondents import NewBody, add_body
from hoering.services.rows import current
from hoering.store.database import UnitOfWork
from hoering.store.models import (
    Consultation,
    Measure,
    Plan,
    PlanVersion,
    Respondent,
    Response,
    Section,
    SubGoal,
)


@dataclass(frozen=True, slots=True)
class ConsultationSettings:
    """What can be set on a consultation, and changed later (a deadline extended …)."""

    title: str
    opens_on: date
    closes_on: date
    time_zone: str = DEFAULT_TIME_ZONE
    email_address: str | None = None
    sms_number: str | None = None
    sms_keyword: str | None = None
    # The bodies consulted (høringsparter), by respondent id.
    parties: Sequence[int] = field(default=())


@dataclass(frozen=True, slots=True)
class NewConsultation(ConsultationSettings):
    plan_title: str = ""
    organisation: str | None = None
    plan_label: str = "Høringsudgave"


def create_consultation(uow: UnitOfWork, spec: NewConsultation) -> ConsultationSummary:
    """Create a consultation with an empty plan in its consultation edition."""
    with uow:
        require(uow, Permission.MANAGE_CONSULTATIONS)
        consultation = add_consultation(uow.session, spec)
        uow.commit()
        return summarise(consultation)


def add_consultation(session: Session, spec: NewConsultation) -> Consultation:
    """Add a consultation and its empty plan to an open session (no commit)."""
    plan = Plan(title=spec.plan_title.strip() or spec.title.strip(), organisation=spec.organisation)
    version = PlanVersion(plan=plan, label=spec.plan_label, stage=PlanStage.CONSULTATION)
    consultation = Consultation(plan_version=version)
    _apply(session, consultation, spec)
    session.add_all([plan, version, consultation])
    session.flush()
    return consultation


def update_consultation(
    uow: UnitOfWork,
    consultation_id: int,
    settings: ConsultationSettings,
    *,
    expected_version: int,
    new_bodies: Sequence[NewBody] = (),
) -> ConsultationSummary:
    """Change a consultation's settings (new bodies become parties too); responses get
    their late flags again. One transaction: all of it, or nothing."""
    with uow:
        require(uow, Permission.MANAGE_CONSULTATIONS)
        session = uow.session
        consultation = session.get(Consultation, consultation_id)
        if consultation is None:
            raise NotFoundError("Høringen findes ikke (længere).")
        if consultation.version != expected_version:
            raise ConflictError("En anden har ændret høringens oplysninger imens; intet er gemt.")
        added = [add_body(session, b.code, b.name, b.kind).id for b in new_bodies]
        _apply(session, consultation, replace(settings, parties=[*settings.parties, *added]))
        _recompute_timeliness(session, consultation)
        uow.flush()
        summary = summarise(consultation)
        uow.commit()
        return summary


def copy_consultation(
    uow: UnitOfWork, source_id: int, spec: NewConsultation
) -> ConsultationSummary:
    """A new consultation on the revised plan of another: the next round.

    The new plan edition is the old one as revised: measures taken out stay
    out, sub-goals taken out stay out, and revised texts become the texts put
    to consultation. Comments, responses and assessments stay with the old one.
    """
    with uow:
        require(uow, Permission.MANAGE_CONSULTATIONS)
        session = uow.session
        source = session.get(Consultation, source_id)
        if source is None:
            raise NotFoundError("Høringen, der skal kopieres, findes ikke.")
        consultation = add_consultation(session, spec)
        consultation.plan_version.based_on_id = source.plan_version_id
        copy_plan(session, source.plan_version_id, consultation.plan_version)
        uow.flush()
        summary = summarise(consultation)
        uow.commit()
        return summary


def set_retention(
    uow: UnitOfWork, consultation_id: int, until: date | None, *, expected_version: int | None
) -> ConsultationSummary:
    """The last day the consultation's personal data may be kept (see services/erasure.py);
    None when it is not decided yet."""
    with uow:
        require(uow, Permission.MANAGE_CONSULTATIONS)
        consultation = current(
            uow.session.get(Consultation, consultation_id), expected_version, "Høringen"
        )
        if until is not None and until < consultation.closes_on:
            raise InvalidInputError(
                "Personoplysningerne skal i hvert fald opbevares, til høringen er slut "
                f"({consultation.closes_on:%d-%m-%Y})."
            )
        consultation.retention_until = until
        uow.flush()
        summary = summarise(consultation)
        uow.commit()
        return summary


def _apply(session: Session, consultation: Consultation, settings: ConsultationSettings) -> None:
    title = settings.title.strip()
    if not title:
        raise InvalidInputError("Høringen skal have en titel.")
    ConsultationPeriod(settings.opens_on, settings.closes_on, settings.time_zone)  # validates
    keyword = (settings.sms_keyword or "").strip()
    if settings.sms_number and not keyword:
        raise InvalidInputError("Et SMS-nummer kræver et kodeord (fx »BALK KLIMA«).")
    clash = session.scalar(
        select(Consultation.id).where(
            func.lower(Consultation.title) == title.lower(), Consultation.id != consultation.id
        )
    )
    if clash is not None:
        raise InvalidInputError(f"Der findes allerede en høring med titlen »{title}«.")
    parties = list(
        session.scalars(select(Respondent).where(Respondent.id.in_(list(settings.parties))))
    )
    if len(parties) != len(set(settings.parties)) or any(
        p.kind is RespondentKind.CITIZEN for p in parties
    ):
        raise InvalidInputError(
            "Høringsparterne skal være registrerede udvalg, råd eller organisationer."
        )
    consultation.title = title
    consultation.opens_on = settings.opens_on
    consultation.closes_on = settings.closes_on
    consultation.time_zone = settings.time_zone
    consultation.email_address = (settings.email_address or "").strip().lower() or None
    consultation.sms_number = (settings.sms_number or "").strip() or None
    consultation.sms_keyword = normalise_keyword(keyword) if keyword else None
    consultation.parties = parties


def _recompute_timeliness(session: Session, consultation: Consultation) -> None:
    period = period_of(consultation)
    for response in session.scalars(
        select(Response).where(Response.consultation_id == consultation.id)
    ):
        timeliness = period.timeliness(response.received_at)
        if response.timeliness is not timeliness:
            response.timeliness = timeliness


def copy_plan(session: Session, source_version: int, target: PlanVersion) -> None:
    """Copy a plan version's structure, as revised, into another (no commit)."""
    sections = session.scalars(
        select(Section).where(Section.plan_version_id == source_version).order_by(Section.position)
    ).all()
    copies: dict[int, Section] = {}
    for section in sections:
        copies[section.id] = Section(
            plan_version=target,
            parent=copies.get(section.parent_id) if section.parent_id else None,
            level=section.level,
            group_kind=section.group_kind,
            title=section.title,
            position=section.position,
        )
        session.add(copies[section.id])
    measures = session.scalars(
        select(Measure)
        .where(Measure.plan_version_id == source_version, Measure.status != MeasureStatus.DROPPED)
        .order_by(Measure.position)
    ).all()
    for measure in measures:
        goals = [g.revised_text for g in measure.sub_goals if g.revised_text is not None]
        session.add(
            Measure(
                plan_version=target,
                section=copies.get(measure.section_id) if measure.section_id else None,
                number=measure.number,
                title=measure.title,
                position=measure.position,
                status=MeasureStatus.UNCHANGED,
                sub_goals=[
                    SubGoal(position=i, consulted_text=text, revised_text=text)
                    for i, text in enumerate(goals)
                ],
            )
        )


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
        parties=tuple(sorted(p.id for p in consultation.parties)),
        version=consultation.version,
        retention_until=consultation.retention_until,
        personal_data_purged=consultation.personal_data_purged_at is not None,
    )


def period_of(consultation: Consultation) -> ConsultationPeriod:
    return ConsultationPeriod(consultation.opens_on, consultation.closes_on, consultation.time_zone)


def require_empty_plan(session: Session, consultation: Consultation, document: str) -> None:
    """Refuse to import ``document`` ("en plan", "et notat") into a consultation whose
    plan already has measures."""
    count = session.scalar(
        select(func.count(Measure.id)).where(
            Measure.plan_version_id == consultation.plan_version_id
        )
    )
    if count:
        raise InvalidInputError(
            f"Høringen »{consultation.title}« har allerede en plan med {count} klimatiltag; "
            f"{document} kan kun importeres i en høring uden plan."
        )
