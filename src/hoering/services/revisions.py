"""Revising the plan after the consultation, with a history of who, when, why and which
comments motivated each change.

Every change is a ``Revision`` row. The newest revision of a measure can be
undone: the change is reversed and its revision removed (the audit log keeps
both), so the history shows what the plan went through, not the user's slips.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hoering.domain.enums import MeasureStatus, RevisionKind, TargetLevel
from hoering.domain.errors import ConflictError, InvalidInputError, NotFoundError
from hoering.domain.roles import Permission
from hoering.services.access import require
from hoering.services.plan_order import place_last_in
from hoering.services.respondents import pseudonyms, source_of
from hoering.services.rows import current
from hoering.store.database import UnitOfWork
from hoering.store.models import (
    Comment,
    CommentTarget,
    Consultation,
    Measure,
    Revision,
    Section,
    SubGoal,
)


@dataclass(frozen=True, slots=True)
class Motivation:
    comment_id: int
    source: str
    text: str


@dataclass(frozen=True, slots=True)
class RevisionView:
    id: int
    measure_id: int
    sub_goal_id: int | None
    kind: RevisionKind
    old_text: str | None
    new_text: str | None
    reason: str
    author: str
    made_at: datetime
    motivations: tuple[Motivation, ...]


@dataclass(frozen=True, slots=True)
class Why:
    """The reason for a change and the comments that motivated it."""

    reason: str = ""
    comment_ids: Sequence[int] = ()


def revise_sub_goal(
    uow: UnitOfWork, sub_goal_id: int, text: str, *, expected_version: int | None, why: Why
) -> RevisionView:
    """Give a sub-goal a new revised text."""
    text = _required(text, "Delmålet skal have en tekst.")
    with uow:
        require(uow, Permission.REVISE_PLAN)
        goal = current(uow.session.get(SubGoal, sub_goal_id), expected_version, "Delmålet")
        if goal.revised_text == text:
            raise InvalidInputError("Delmålet er uændret.")
        revision = _record(
            uow,
            goal.measure,
            RevisionKind.SUB_GOAL_CHANGED,
            why,
            old=goal.revised_text,
            new=text,
            goal=goal,
        )
        goal.revised_text = text
        return _finish(uow, goal.measure, revision)


def add_sub_goal(uow: UnitOfWork, measure_id: int, text: str, *, why: Why) -> RevisionView:
    """A new sub-goal, which did not exist in the consultation edition."""
    text = _required(text, "Det nye delmål skal have en tekst.")
    with uow:
        require(uow, Permission.REVISE_PLAN)
        measure = _measure(uow.session, measure_id)
        goal = SubGoal(position=len(measure.sub_goals), revised_text=text)
        measure.sub_goals.append(goal)
        revision = _record(uow, measure, RevisionKind.SUB_GOAL_ADDED, why, new=text, goal=goal)
        return _finish(uow, measure, revision)


def remove_sub_goal(
    uow: UnitOfWork, sub_goal_id: int, *, expected_version: int | None, why: Why
) -> RevisionView:
    """Take a sub-goal out of the revised plan (it stays visible as consulted)."""
    with uow:
        require(uow, Permission.REVISE_PLAN)
        goal = current(uow.session.get(SubGoal, sub_goal_id), expected_version, "Delmålet")
        if goal.revised_text is None:
            raise InvalidInputError("Delmålet er allerede taget ud.")
        revision = _record(
            uow, goal.measure, RevisionKind.SUB_GOAL_REMOVED, why, old=goal.revised_text, goal=goal
        )
        goal.revised_text = None
        return _finish(uow, goal.measure, revision)


def retitle_measure(
    uow: UnitOfWork, measure_id: int, title: str, *, expected_version: int | None, why: Why
) -> RevisionView:
    title = _required(title, "Klimatiltaget skal have en titel.")
    with uow:
        require(uow, Permission.REVISE_PLAN)
        measure = current(uow.session.get(Measure, measure_id), expected_version, "Klimatiltaget")
        revision = _record(
            uow, measure, RevisionKind.MEASURE_RETITLED, why, old=measure.title, new=title
        )
        measure.title = title
        return _finish(uow, measure, revision)


def drop_measure(
    uow: UnitOfWork, measure_id: int, *, expected_version: int | None, why: Why
) -> RevisionView:
    """The measure leaves the revised plan ("Mål udgår")."""
    with uow:
        require(uow, Permission.REVISE_PLAN)
        measure = current(uow.session.get(Measure, measure_id), expected_version, "Klimatiltaget")
        if measure.status is MeasureStatus.DROPPED:
            raise InvalidInputError("Klimatiltaget er allerede taget ud af planen.")
        revision = _record(uow, measure, RevisionKind.MEASURE_DROPPED, why)
        return _finish(uow, measure, revision)


def reinstate_measure(
    uow: UnitOfWork, measure_id: int, *, expected_version: int | None, why: Why
) -> RevisionView:
    with uow:
        require(uow, Permission.REVISE_PLAN)
        measure = current(uow.session.get(Measure, measure_id), expected_version, "Klimatiltaget")
        if measure.status is not MeasureStatus.DROPPED:
            raise InvalidInputError("Klimatiltaget er ikke taget ud af planen.")
        revision = _record(uow, measure, RevisionKind.MEASURE_REINSTATED, why)
        return _finish(uow, measure, revision)


@dataclass(frozen=True, slots=True)
class NewMeasure:
    section_id: int | None
    title: str
    sub_goal: str
    number: str | None = None


def add_measure(
    uow: UnitOfWork, consultation_id: int, new: NewMeasure, *, why: Why
) -> RevisionView:
    """A new measure, usually from a "proposal for a new measure" comment, which then
    also targets the new measure."""
    title = _required(new.title, "Det nye klimatiltag skal have en titel.")
    with uow:
        require(uow, Permission.REVISE_PLAN)
        session = uow.session
        consultation = session.get(Consultation, consultation_id)
        if consultation is None:
            raise NotFoundError("Høringen findes ikke (længere).")
        version = consultation.plan_version_id
        section = session.get(Section, new.section_id) if new.section_id is not None else None
        if new.section_id is not None and (section is None or section.plan_version_id != version):
            raise NotFoundError("Afsnittet findes ikke i denne høring.")
        measure = Measure(
            plan_version_id=version,
            section=section,
            number=new.number or _next_number(session, version),
            title=title,
            position=0,
            status=MeasureStatus.NEW,
        )
        if new.sub_goal.strip():
            measure.sub_goals.append(SubGoal(position=0, revised_text=new.sub_goal.strip()))
        session.add(measure)
        uow.flush()
        place_last_in(session, version, ("measure", measure.id), new.section_id)
        revision = _record(uow, measure, RevisionKind.MEASURE_ADDED, why, new=title)
        for comment in revision.motivating_comments:
            comment.targets.append(CommentTarget(level=TargetLevel.MEASURE, measure=measure))
        return _finish(uow, measure, revision)


def undo_revision(uow: UnitOfWork, revision_id: int) -> None:
    """Reverse a measure's newest revision and remove it from the history."""
    with uow:
        require(uow, Permission.REVISE_PLAN)
        session = uow.session
        revision = session.get(Revision, revision_id)
        if revision is None:
            raise NotFoundError("Ændringen findes ikke (længere).")
        newest = session.scalar(
            select(func.max(Revision.id)).where(Revision.measure_id == revision.measure_id)
        )
        if newest != revision.id:
            raise ConflictError("Der er lavet nyere ændringer af klimatiltaget; fortryd dem først.")
        measure = revision.measure
        _reverse(session, revision)
        session.delete(revision)
        uow.flush()
        if revision.kind is RevisionKind.MEASURE_ADDED:
            session.delete(measure)
        else:
            _refresh_status(session, measure)
        uow.commit()


def history(uow: UnitOfWork, measure_id: int) -> tuple[RevisionView, ...]:
    """A measure's revisions, oldest first."""
    with uow:
        session = uow.session
        measure = _measure(session, measure_id)
        revisions = session.scalars(
            select(Revision).where(Revision.measure_id == measure.id).order_by(Revision.id)
        ).all()
        return tuple(_view(session, r) for r in revisions)


# -- helpers ------------------------------------------------------------------


def _required(text: str, message: str) -> str:
    text = text.strip()
    if not text:
        raise InvalidInputError(message)
    return text


def _measure(session: Session, measure_id: int) -> Measure:
    measure = session.get(Measure, measure_id)
    if measure is None:
        raise NotFoundError("Klimatiltaget findes ikke (længere).")
    return measure


def _record(
    uow: UnitOfWork,
    measure: Measure,
    kind: RevisionKind,
    why: Why,
    *,
    old: str | None = None,
    new: str | None = None,
    goal: SubGoal | None = None,
) -> Revision:
    comments = list(
        uow.session.scalars(select(Comment).where(Comment.id.in_(list(why.comment_ids))))
    )
    if len(comments) != len(set(why.comment_ids)):
        raise NotFoundError("En af de begrundende bemærkninger findes ikke (længere).")
    revision = Revision(
        measure=measure,
        sub_goal=goal,
        kind=kind,
        old_text=old,
        new_text=new,
        reason=why.reason.strip(),
        author=uow.actor,
        motivating_comments=comments,
    )
    uow.session.add(revision)
    return revision


def _finish(uow: UnitOfWork, measure: Measure, revision: Revision) -> RevisionView:
    uow.flush()
    _refresh_status(uow.session, measure)
    uow.flush()
    view = _view(uow.session, revision)
    uow.commit()
    return view


def _refresh_status(session: Session, measure: Measure) -> None:
    """Derive the measure's status from its revisions and sub-goals."""
    kinds = set(session.scalars(select(Revision.kind).where(Revision.measure_id == measure.id)))
    dropped = _last_drop_decision(session, measure.id)
    if dropped:
        status = MeasureStatus.DROPPED
    elif RevisionKind.MEASURE_ADDED in kinds:
        status = MeasureStatus.NEW
    elif RevisionKind.MEASURE_RETITLED in kinds or any(
        g.consulted_text != g.revised_text for g in measure.sub_goals
    ):
        status = MeasureStatus.CHANGED
    else:
        status = MeasureStatus.UNCHANGED
    if measure.status is not status:
        measure.status = status


def _last_drop_decision(session: Session, measure_id: int) -> bool:
    last = session.scalars(
        select(Revision.kind)
        .where(
            Revision.measure_id == measure_id,
            Revision.kind.in_([RevisionKind.MEASURE_DROPPED, RevisionKind.MEASURE_REINSTATED]),
        )
        .order_by(Revision.id.desc())
        .limit(1)
    ).first()
    return last is RevisionKind.MEASURE_DROPPED


def _reverse(session: Session, revision: Revision) -> None:
    goal = revision.sub_goal
    if revision.kind in (RevisionKind.SUB_GOAL_CHANGED, RevisionKind.SUB_GOAL_REMOVED):
        assert goal is not None
        goal.revised_text = revision.old_text
    elif revision.kind is RevisionKind.SUB_GOAL_ADDED:
        assert goal is not None
        revision.sub_goal = None
        session.delete(goal)
    elif revision.kind is RevisionKind.MEASURE_RETITLED:
        revision.measure.title = revision.old_text


def _next_number(session: Session, plan_version_id: int) -> str | None:
    """The number after the highest plain number, for plans that number their measures."""
    numbers = session.scalars(
        select(Measure.number).where(
            Measure.plan_version_id == plan_version_id, Measure.number.is_not(None)
        )
    ).all()
    plain = [int(n) for n in numbers if n and n.isdigit()]
    return str(max(plain) + 1) if plain else None


def _view(session: Session, revision: Revision) -> RevisionView:
    consultation_id = session.scalar(
        select(Consultation.id).where(
            Consultation.plan_version_id == revision.measure.plan_version_id
        )
    )
    motivating = revision.motivating_comments
    numbers = (
        pseudonyms(session, consultation_id, (c.respondent_id for c in motivating))
        if consultation_id is not None
        else {}
    )
    return RevisionView(
        id=revision.id,
        measure_id=revision.measure_id,
        sub_goal_id=revision.sub_goal_id,
        kind=revision.kind,
        old_text=revision.old_text,
        new_text=revision.new_text,
        reason=revision.reason,
        author=revision.author,
        made_at=revision.made_at,
        motivations=tuple(
            Motivation(c.id, source_of(c.respondent, numbers), c.text) for c in motivating
        ),
    )
