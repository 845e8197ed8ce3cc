"""Editing a plan's structure: themes, sub-themes, groups and measures with sub-goals.

Before the consultation opens the plan is a draft and is edited directly. Once
it is open, what was consulted is fixed: changes to measures go through
:mod:`hoering.services.revisions`, with their reason and history. Sections can
still be renamed and moved (they carry no commitments), and the audit log keeps
every change either way.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from hoering.domain.enums import GroupKind, MeasureStatus, SectionLevel
from hoering.domain.errors import InvalidInputError, NotFoundError
from hoering.domain.roles import Permission
from hoering.services import plan_order
from hoering.services.access import require
from hoering.services.consultations import period_of
from hoering.services.rows import consultation_by_id, current
from hoering.store.database import UnitOfWork
from hoering.store.models import CommentTarget, Consultation, Measure, Section, SubGoal

_ALLOWED_PARENT = {
    SectionLevel.THEME: (None,),
    SectionLevel.SUB_THEME: (SectionLevel.THEME,),
    SectionLevel.GROUP: (SectionLevel.THEME, SectionLevel.SUB_THEME),
}


@dataclass(frozen=True, slots=True)
class PlanEditable:
    """Whether the plan is still a draft: editable directly, not through revisions."""

    draft: bool
    reason: str


def plan_state(uow: UnitOfWork, consultation_id: int, now: datetime | None = None) -> PlanEditable:
    with uow:
        consultation = consultation_by_id(uow.session, consultation_id)
        return _state(consultation, now)


def add_section(
    uow: UnitOfWork,
    consultation_id: int,
    level: SectionLevel,
    title: str,
    *,
    parent_id: int | None,
    group_kind: GroupKind | None = None,
) -> int:
    """A new theme, sub-theme or group, last in its parent."""
    title = _text(title, "Afsnittet skal have en titel.")
    with uow:
        require(uow, Permission.REVISE_PLAN)
        session = uow.session
        consultation = consultation_by_id(uow.session, consultation_id)
        version = consultation.plan_version_id
        parent = session.get(Section, parent_id) if parent_id is not None else None
        if parent_id is not None and (parent is None or parent.plan_version_id != version):
            raise NotFoundError("Det overordnede afsnit findes ikke.")
        if (parent.level if parent else None) not in _ALLOWED_PARENT[level]:
            raise InvalidInputError(_misplaced(level))
        section = Section(
            plan_version_id=version,
            parent=parent,
            level=level,
            group_kind=(group_kind or GroupKind.OTHER) if level is SectionLevel.GROUP else None,
            title=title,
            position=0,
        )
        session.add(section)
        uow.flush()
        plan_order.place_last_in(session, version, ("section", section.id), parent_id)
        uow.commit()
        return section.id


def rename_section(uow: UnitOfWork, section_id: int, title: str, *, expected_version: int) -> None:
    title = _text(title, "Afsnittet skal have en titel.")
    with uow:
        require(uow, Permission.REVISE_PLAN)
        section = current(uow.session.get(Section, section_id), expected_version, "Afsnittet")
        section.title = title
        uow.commit()


def delete_section(uow: UnitOfWork, section_id: int, *, expected_version: int) -> None:
    """Delete an empty section that nobody has commented on."""
    with uow:
        require(uow, Permission.REVISE_PLAN)
        session = uow.session
        section = current(session.get(Section, section_id), expected_version, "Afsnittet")
        inside = _count(
            session, select(func.count(Section.id)).where(Section.parent_id == section_id)
        )
        inside += _count(
            session, select(func.count(Measure.id)).where(Measure.section_id == section_id)
        )
        if inside:
            raise InvalidInputError(
                f"»{section.title}« indeholder {inside} afsnit eller klimatiltag; "
                "flyt eller slet dem først."
            )
        if session.scalar(select(CommentTarget.id).where(CommentTarget.section_id == section_id)):
            raise InvalidInputError(
                f"Der er bemærkninger til »{section.title}«; det kan ikke slettes."
            )
        session.delete(section)
        uow.commit()


def move_item(
    uow: UnitOfWork,
    consultation_id: int,
    kind: Literal["section", "measure"],
    item_id: int,
    step: Literal[-1, 1],
) -> bool:
    """Move a section (with its contents) or a measure up or down among its siblings."""
    with uow:
        require(uow, Permission.REVISE_PLAN)
        consultation = consultation_by_id(uow.session, consultation_id)
        moved = plan_order.move(uow.session, consultation.plan_version_id, (kind, item_id), step)
        uow.commit()
        return moved


@dataclass(frozen=True, slots=True)
class DraftMeasure:
    section_id: int | None
    title: str
    sub_goals: Sequence[str] = ()
    number: str | None = None


def add_draft_measure(uow: UnitOfWork, consultation_id: int, draft: DraftMeasure) -> int:
    """A measure in a plan that is still a draft (before the consultation opens)."""
    title = _text(draft.title, "Klimatiltaget skal have en titel.")
    with uow:
        require(uow, Permission.REVISE_PLAN)
        session = uow.session
        consultation = _draft(uow, consultation_id)
        version = consultation.plan_version_id
        _check_section(session, version, draft.section_id)
        number = _free_number(uow, version, draft.number, None)
        goals = [g.strip() for g in draft.sub_goals if g.strip()]
        measure = Measure(
            plan_version_id=version,
            section_id=draft.section_id,
            number=number,
            title=title,
            position=0,
            status=MeasureStatus.UNCHANGED,
            sub_goals=[
                SubGoal(position=i, consulted_text=text, revised_text=text)
                for i, text in enumerate(goals)
            ],
        )
        session.add(measure)
        uow.flush()
        plan_order.place_last_in(session, version, ("measure", measure.id), draft.section_id)
        uow.commit()
        return measure.id


def edit_draft_measure(
    uow: UnitOfWork, measure_id: int, draft: DraftMeasure, *, expected_version: int
) -> None:
    """Change a draft measure's number, title, section and sub-goals."""
    title = _text(draft.title, "Klimatiltaget skal have en titel.")
    with uow:
        require(uow, Permission.REVISE_PLAN)
        session = uow.session
        measure = current(session.get(Measure, measure_id), expected_version, "Klimatiltaget")
        consultation = _draft_of_version(uow, measure.plan_version_id)
        _check_section(session, consultation.plan_version_id, draft.section_id)
        measure.number = _free_number(uow, measure.plan_version_id, draft.number, measure.id)
        measure.title = title
        moved = measure.section_id != draft.section_id
        measure.section_id = draft.section_id
        goals = [g.strip() for g in draft.sub_goals if g.strip()]
        for goal in measure.sub_goals[len(goals) :]:
            measure.sub_goals.remove(goal)
        for position, text in enumerate(goals):
            if position < len(measure.sub_goals):
                goal = measure.sub_goals[position]
                goal.consulted_text = goal.revised_text = text
            else:
                measure.sub_goals.append(
                    SubGoal(position=position, consulted_text=text, revised_text=text)
                )
        uow.flush()
        if moved:
            plan_order.place_last_in(
                session, measure.plan_version_id, ("measure", measure.id), draft.section_id
            )
        uow.commit()


def delete_draft_measure(uow: UnitOfWork, measure_id: int, *, expected_version: int) -> None:
    """Delete a measure from a draft plan; a consulted one is taken out by a revision."""
    with uow:
        require(uow, Permission.REVISE_PLAN)
        session = uow.session
        measure = current(session.get(Measure, measure_id), expected_version, "Klimatiltaget")
        _draft_of_version(uow, measure.plan_version_id)
        if session.scalar(select(CommentTarget.id).where(CommentTarget.measure_id == measure_id)):
            raise InvalidInputError("Der er bemærkninger til klimatiltaget; det kan ikke slettes.")
        session.delete(measure)
        uow.commit()


# -- helpers ---------------------------------------------------------------------


def _state(consultation: Consultation, now: datetime | None) -> PlanEditable:
    moment = now or datetime.now(period_of(consultation).opens_at.tzinfo)
    if moment < period_of(consultation).opens_at:
        return PlanEditable(True, "Planen er et udkast, indtil høringen åbner.")
    return PlanEditable(
        False,
        "Høringen er åbnet: klimatiltag ændres nu som revisioner med begrundelse og historik.",
    )


def _draft(uow: UnitOfWork, consultation_id: int) -> Consultation:
    consultation = consultation_by_id(uow.session, consultation_id)
    state = _state(consultation, None)
    if not state.draft:
        raise InvalidInputError(state.reason)
    return consultation


def _draft_of_version(uow: UnitOfWork, plan_version_id: int) -> Consultation:
    consultation_id = uow.session.scalar(
        select(Consultation.id).where(Consultation.plan_version_id == plan_version_id)
    )
    if consultation_id is None:
        raise NotFoundError("Planen hører ikke til en høring.")
    return _draft(uow, consultation_id)


def _check_section(session: Session, plan_version_id: int, section_id: int | None) -> None:
    if section_id is None:
        return
    section = session.get(Section, section_id)
    if section is None or section.plan_version_id != plan_version_id:
        raise NotFoundError("Afsnittet findes ikke i denne plan.")


def _free_number(
    uow: UnitOfWork, plan_version_id: int, number: str | None, own_id: int | None
) -> str | None:
    number = (number or "").strip().rstrip(".") or None
    if number is None:
        return None
    taken = uow.session.scalar(
        select(Measure.id).where(
            Measure.plan_version_id == plan_version_id,
            Measure.number == number,
            Measure.id != (own_id or 0),
        )
    )
    if taken is not None:
        raise InvalidInputError(f"Nummer {number} er allerede brugt i planen.")
    return number


def _count(session: Session, query: Select[int]) -> int:
    return session.scalar(query) or 0


def _text(text: str, message: str) -> str:
    text = text.strip()
    if not text:
        raise InvalidInputError(message)
    return text


def _misplaced(level: SectionLevel) -> str:
    return {
        SectionLevel.THEME: "Et tema står øverst i planen.",
        SectionLevel.SUB_THEME: "Et undertema står under et tema.",
        SectionLevel.GROUP: "En ansvarsgruppe står under et tema eller et undertema.",
    }[level]
