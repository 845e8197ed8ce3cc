"""The history of a measure, a comment and a response, read from the audit log.

Who changed what, when, from which value to which, in the user's words. A
measure's history includes its sub-goals, its assessment in the consultation
and its revisions; a comment's the measures and sections it was linked to; a
response's its attachments and the comments it was split into. Rows that
were deleted are found through the log too: their entries name their parent.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from hoering.domain.audit_labels import ACTION, REFERENCES, changed_fields, entity_label
from hoering.domain.deadline import zone
from hoering.domain.errors import NotFoundError
from hoering.domain.labels import measure_label
from hoering.services.consultations import resolve
from hoering.services.respondents import display_names as respondent_names
from hoering.services.users import display_names
from hoering.store.audit import refers_to
from hoering.store.database import UnitOfWork
from hoering.store.models import (
    AuditEntry,
    Comment,
    Consultation,
    Measure,
    Response,
    Section,
)


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    # The login name the change is recorded under, and the name colleagues know.
    actor: str
    actor_name: str
    # "oprettet", "ændret", "slettet".
    action: str
    # What was changed: "vurdering", "delmål 2", "bemærkning" …
    subject: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True, slots=True)
class MeasureRef:
    consultation_id: int
    measure_id: int


def find_measure(uow: UnitOfWork, consultation: str | int | None, number: str) -> MeasureRef:
    """A measure of a consultation's plan by its number ("12", "4.8.1")."""
    with uow:
        found = resolve(uow.session, None if consultation is None else str(consultation))
        measure_id = uow.session.scalar(
            select(Measure.id).where(
                Measure.plan_version_id == found.plan_version_id, Measure.number == number.strip()
            )
        )
        if measure_id is None:
            raise NotFoundError(f"Høringens plan har intet klimatiltag nr. {number}.")
        return MeasureRef(found.id, measure_id)


def measure_history(
    uow: UnitOfWork, consultation_id: int, measure_id: int
) -> tuple[HistoryEntry, ...]:
    """The measure, its sub-goals and revisions, and its assessment in the consultation."""
    with uow:
        session = uow.session
        consultation = _consultation(session, consultation_id)
        if session.get(Measure, measure_id) is None and not _ever(session, "measure", measure_id):
            raise NotFoundError("Klimatiltaget findes ikke.")
        own_assessment = and_(
            AuditEntry.entity == "assessment",
            refers_to(session, "measure_id", [measure_id]),
            refers_to(session, "consultation_id", [consultation_id]),
        )
        return _history(
            session,
            consultation,
            [
                _entity("measure", measure_id),
                _child(session, "sub_goal", "measure_id", measure_id),
                _child(session, "revision", "measure_id", measure_id),
                _child_of_created(session, own_assessment, "assessment"),
            ],
        )


def comment_history(uow: UnitOfWork, comment_id: int) -> tuple[HistoryEntry, ...]:
    """The comment and what it was linked to."""
    with uow:
        session = uow.session
        consultation_id = session.scalar(
            select(Comment.consultation_id).where(Comment.id == comment_id)
        ) or _created_in(session, "comment", comment_id)
        return _history(
            session,
            _consultation(session, consultation_id),
            [
                _entity("comment", comment_id),
                _child(session, "comment_target", "comment_id", comment_id),
            ],
        )


def response_history(uow: UnitOfWork, response_id: int) -> tuple[HistoryEntry, ...]:
    """The response, its attachments and the comments made of it."""
    with uow:
        session = uow.session
        consultation_id = session.scalar(
            select(Response.consultation_id).where(Response.id == response_id)
        ) or _created_in(session, "response", response_id)
        return _history(
            session,
            _consultation(session, consultation_id),
            [
                _entity("response", response_id),
                _child(session, "attachment", "response_id", response_id),
                _child(session, "comment", "response_id", response_id),
            ],
        )


def _history(
    session: Session, consultation: Consultation, conditions: Sequence[ColumnElement[bool]]
) -> tuple[HistoryEntry, ...]:
    entries = session.scalars(
        select(AuditEntry).where(or_(*conditions)).order_by(AuditEntry.at, AuditEntry.id)
    ).all()
    users = display_names(session)
    local = zone(consultation.time_zone)
    positions = _sub_goal_numbers(entries)
    rows = _referenced_rows(session, consultation, entries)
    return tuple(
        HistoryEntry(
            at=entry.at,
            actor=entry.actor,
            actor_name=users.get(entry.actor, entry.actor),
            action=ACTION.get(entry.action, entry.action),
            subject=_subject(entry, positions),
            changes=tuple(
                FieldChange(*change)
                for change in changed_fields(entry.entity, entry.action, entry.changes, local, rows)
            ),
        )
        for entry in entries
    )


def _referenced_rows(
    session: Session, consultation: Consultation, entries: Sequence[AuditEntry]
) -> dict[tuple[str, int], str]:
    """Names of the measures, sections and senders the entries point at."""
    wanted: dict[str, set[int]] = {field: set() for field in REFERENCES}
    for entry in entries:
        for field in REFERENCES & entry.changes.keys():
            value = entry.changes[field]
            wanted[field].update(
                v for v in (value if isinstance(value, list) else [value]) if isinstance(v, int)
            )
    names: dict[tuple[str, int], str] = {}
    for measure_id, number, title in session.execute(
        select(Measure.id, Measure.number, Measure.title).where(
            Measure.id.in_(wanted["measure_id"])
        )
    ):
        names["measure_id", measure_id] = measure_label(number, title)
    sections = wanted["section_id"] | wanted["parent_id"]
    for section_id, title in session.execute(
        select(Section.id, Section.title).where(Section.id.in_(sections))
    ):
        names["section_id", section_id] = names["parent_id", section_id] = title
    senders = respondent_names(session, consultation.id, wanted["respondent_id"])
    names.update((("respondent_id", r), name) for r, name in senders.items())
    return names


def _entity(entity: str, entity_id: int) -> ColumnElement[bool]:
    return and_(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)


def _child(session: Session, entity: str, key: str, parent_id: int) -> ColumnElement[bool]:
    """Every entry of the rows of ``entity`` that belong (or belonged) to the parent."""
    of_parent = and_(AuditEntry.entity == entity, refers_to(session, key, [parent_id]))
    return _child_of_created(session, of_parent, entity)


def _child_of_created(
    session: Session, created: ColumnElement[bool], entity: str
) -> ColumnElement[bool]:
    """A row's creation (or deletion) names its parent; its updates only its id."""
    ids = select(AuditEntry.entity_id).where(created)
    return and_(AuditEntry.entity == entity, AuditEntry.entity_id.in_(ids))


def _ever(session: Session, entity: str, entity_id: int) -> bool:
    return (
        session.scalar(select(AuditEntry.id).where(_entity(entity, entity_id)).limit(1)) is not None
    )


def _created_in(session: Session, entity: str, entity_id: int) -> int:
    """The consultation a deleted row belonged to, from the entry of its creation."""
    changes = session.scalar(
        select(AuditEntry.changes)
        .where(_entity(entity, entity_id), AuditEntry.action == "create")
        .limit(1)
    )
    if not changes or "consultation_id" not in changes:
        raise NotFoundError("Der er ingen historik for det valgte.")
    return int(changes["consultation_id"])


def _consultation(session: Session, consultation_id: int) -> Consultation:
    consultation = session.get(Consultation, consultation_id)
    if consultation is None:
        raise NotFoundError("Høringen findes ikke.")
    return consultation


def _sub_goal_numbers(entries: Sequence[AuditEntry]) -> dict[int, int]:
    """Sub-goals are named by their number in the measure ("delmål 2")."""
    numbers: dict[int, int] = {}
    for entry in entries:
        position = entry.changes.get("position") if entry.entity == "sub_goal" else None
        if isinstance(position, int):
            numbers.setdefault(entry.entity_id, position + 1)
    return numbers


def _subject(entry: AuditEntry, sub_goal_numbers: dict[int, int]) -> str:
    label = entity_label(entry.entity)
    number: Any = sub_goal_numbers.get(entry.entity_id) if entry.entity == "sub_goal" else None
    return f"{label} {number}" if number else label
