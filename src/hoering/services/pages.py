"""What the editor sees on a page: a measure, a plan section, the policy or the proposals.

A page carries everything the window shows at once, read in one transaction:
the measure's sub-goals as consulted and as revised, every comment that targets
it with its source and the other measures it also concerns, the assessment,
and the versions to save edits against.

A measure may have tens of thousands of comments. The window reads a page with
``first_comments``: the ids of all its comments in order, how many lack an
outcome, and the views of only the first ones; it reads the rest a page at a
time (``read_comments``) as they are scrolled into view.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from hoering.domain.enums import (
    Channel,
    MeasureStatus,
    Outcome,
    PersonalDataReview,
    RespondentKind,
    SectionLevel,
    TargetLevel,
    Timeliness,
)
from hoering.domain.errors import NotFoundError
from hoering.domain.labels import source_label
from hoering.services.assessments import AssessmentView, assessment_view
from hoering.services.respondents import pseudonyms
from hoering.services.rows import consultation_by_id
from hoering.store.database import UnitOfWork
from hoering.store.models import (
    Comment,
    CommentTarget,
    Consultation,
    Measure,
    Respondent,
    Response,
    Section,
    SubGoal,
)

# How many comments the window reads at a time.
COMMENT_PAGE_SIZE = 200


@dataclass(frozen=True, slots=True)
class SubGoalView:
    id: int
    position: int
    consulted_text: str | None
    revised_text: str | None
    version: int

    @property
    def status(self) -> MeasureStatus:
        if self.consulted_text is None:
            return MeasureStatus.NEW
        if self.revised_text is None:
            return MeasureStatus.DROPPED
        if self.revised_text != self.consulted_text:
            return MeasureStatus.CHANGED
        return MeasureStatus.UNCHANGED


@dataclass(frozen=True, slots=True)
class CommentView:
    id: int
    version: int
    source: str
    respondent_kind: RespondentKind
    # None for comments written in a memo rather than received.
    response_id: int | None
    channel: Channel | None
    received_at: datetime | None
    late: bool
    text: str
    reply: str | None
    outcome: Outcome | None
    # The other measures the comment also concerns (numbers, or titles if unnumbered).
    also_measures: tuple[str, ...]
    proposes_new_measure: bool
    # Whether personal data was found in the text, and whether a person has reviewed it.
    personal_data_review: PersonalDataReview = PersonalDataReview.NOTHING_FOUND


@dataclass(frozen=True, slots=True)
class MeasurePage:
    consultation_id: int
    id: int
    number: str | None
    title: str | None
    status: MeasureStatus
    version: int
    # Theme > sub-theme > group titles above the measure.
    path: tuple[str, ...]
    sub_goals: tuple[SubGoalView, ...]
    # The views of every comment, or of the first ``first_comments`` when read so.
    comments: tuple[CommentView, ...]
    assessment: AssessmentView
    # Every comment on the page, in the order listed; its length is the count.
    comment_ids: tuple[int, ...] = ()
    without_outcome: int = 0

    @property
    def label(self) -> str:
        return " ".join(filter(None, [f"{self.number}." if self.number else None, self.title]))


@dataclass(frozen=True, slots=True)
class TargetPage:
    """Comments on something other than a measure: a section, the policy, or proposals."""

    consultation_id: int
    level: TargetLevel
    section_id: int | None
    section_level: SectionLevel | None
    title: str
    path: tuple[str, ...]
    # The views of every comment, or of the first ``first_comments`` when read so.
    comments: tuple[CommentView, ...]
    comment_ids: tuple[int, ...] = ()
    without_outcome: int = 0


def measure_page(
    uow: UnitOfWork, consultation_id: int, measure_id: int, *, first_comments: int | None = None
) -> MeasurePage:
    """A measure's page; with ``first_comments``, only that many comment views are read."""
    with uow:
        session = uow.session
        consultation = consultation_by_id(session, consultation_id)
        measure = session.get(Measure, measure_id)
        if measure is None or measure.plan_version_id != consultation.plan_version_id:
            raise NotFoundError("Klimatiltaget findes ikke (længere) i denne høring.")
        listed = _listed(
            session,
            consultation,
            select(CommentTarget.comment_id).where(CommentTarget.measure_id == measure_id),
            first_comments,
            exclude_measure=measure_id,
        )
        return MeasurePage(
            consultation_id=consultation_id,
            id=measure.id,
            number=measure.number,
            title=measure.title,
            status=measure.status,
            version=measure.version,
            path=_path(measure.section),
            sub_goals=tuple(_sub_goal(goal) for goal in measure.sub_goals),
            comments=listed.views,
            assessment=assessment_view(session, consultation_id, measure_id),
            comment_ids=listed.ids,
            without_outcome=listed.without_outcome,
        )


def section_page(
    uow: UnitOfWork, consultation_id: int, section_id: int, *, first_comments: int | None = None
) -> TargetPage:
    """A plan section's page; with ``first_comments``, only that many comment views are read."""
    with uow:
        session = uow.session
        consultation = consultation_by_id(session, consultation_id)
        section = session.get(Section, section_id)
        if section is None or section.plan_version_id != consultation.plan_version_id:
            raise NotFoundError("Afsnittet findes ikke (længere) i denne høring.")
        listed = _listed(
            session,
            consultation,
            select(CommentTarget.comment_id).where(CommentTarget.section_id == section_id),
            first_comments,
        )
        return TargetPage(
            consultation_id,
            TargetLevel.SECTION,
            section.id,
            section.level,
            section.title,
            _path(section),
            listed.views,
            listed.ids,
            listed.without_outcome,
        )


def other_target_page(
    uow: UnitOfWork, consultation_id: int, level: TargetLevel, *, first_comments: int | None = None
) -> TargetPage:
    """The comments on the policy as a whole, or the proposals for new measures; with
    ``first_comments``, only that many comment views are read."""
    if level not in (TargetLevel.POLICY, TargetLevel.NEW_MEASURE):
        raise ValueError(level)
    with uow:
        session = uow.session
        consultation = consultation_by_id(session, consultation_id)
        listed = _listed(
            session,
            consultation,
            select(CommentTarget.comment_id).where(CommentTarget.level == level),
            first_comments,
        )
        title = "Politikken som helhed" if level is TargetLevel.POLICY else "Forslag til nye tiltag"
        return TargetPage(
            consultation_id,
            level,
            None,
            None,
            title,
            (),
            listed.views,
            listed.ids,
            listed.without_outcome,
        )


def read_comments(
    uow: UnitOfWork,
    consultation_id: int,
    comment_ids: Sequence[int],
    *,
    besides_measure: int | None = None,
) -> tuple[CommentView, ...]:
    """The views of some comments of a page (one page of a long list), in the page's
    order; comments deleted meanwhile are left out. ``besides_measure`` is the measure
    whose page lists them, left out of the other measures each comment concerns."""
    with uow:
        session = uow.session
        consultation = consultation_by_id(session, consultation_id)
        return _comments(session, consultation, comment_ids, exclude_measure=besides_measure)


@dataclass(frozen=True, slots=True)
class _Listed:
    ids: tuple[int, ...]
    without_outcome: int
    views: tuple[CommentView, ...]


# The order a page lists its comments in: those written in the memo first.
_ORDER = (Comment.response_id.is_not(None), Comment.position, Comment.id)


def _listed(
    session: Session,
    consultation: Consultation,
    targeted: Select[int],
    first: int | None,
    *,
    exclude_measure: int | None = None,
) -> _Listed:
    """A page's comments: all of them read, or their ids and the first ``first`` read."""
    if first is None:
        views = _comments(session, consultation, targeted, exclude_measure=exclude_measure)
        without = sum(1 for v in views if v.outcome is None)
        return _Listed(tuple(v.id for v in views), without, views)
    listed = Comment.consultation_id == consultation.id, Comment.id.in_(targeted)
    ids = tuple(session.scalars(select(Comment.id).where(*listed).order_by(*_ORDER)))
    lacking = session.scalar(
        select(func.count()).select_from(Comment).where(*listed, Comment.outcome.is_(None))
    )
    views = _comments(session, consultation, ids[:first], exclude_measure=exclude_measure)
    return _Listed(ids, lacking or 0, views)


def _comments(
    session: Session,
    consultation: Consultation,
    comment_ids: Select[int] | Sequence[int],
    *,
    exclude_measure: int | None = None,
) -> tuple[CommentView, ...]:
    """The comments as plain rows, not ORM objects: a measure of a national
    consultation has 50 000, and objects for them and their responses took seconds
    to build and kept the cycle collector busy."""
    rows = session.execute(
        select(
            Comment.id,
            Comment.version,
            Comment.respondent_id,
            Respondent.kind,
            Respondent.code,
            Respondent.name,
            Comment.response_id,
            Response.channel,
            Response.received_at,
            Response.timeliness,
            Comment.text,
            Comment.reply,
            Comment.outcome,
            Comment.personal_data_review,
        )
        .join(Respondent, Respondent.id == Comment.respondent_id)
        .outerjoin(Response, Response.id == Comment.response_id)
        .where(Comment.consultation_id == consultation.id, Comment.id.in_(comment_ids))
        .order_by(*_ORDER)
    ).all()
    also, proposals = _other_targets(session, comment_ids, exclude_measure)
    numbers = pseudonyms(session, consultation.id, (row.respondent_id for row in rows))
    return tuple(
        CommentView(
            id=row.id,
            version=row.version,
            source=source_label(row.kind, row.code, row.name, numbers.get(row.respondent_id)),
            respondent_kind=row.kind,
            response_id=row.response_id,
            channel=row.channel,
            received_at=row.received_at,
            late=row.timeliness is Timeliness.LATE,
            text=row.text,
            reply=row.reply,
            outcome=row.outcome,
            also_measures=tuple(also.get(row.id, ())),
            proposes_new_measure=row.id in proposals,
            personal_data_review=row.personal_data_review,
        )
        for row in rows
    )


def _other_targets(
    session: Session, comment_ids: Select[int] | Sequence[int], exclude_measure: int | None
) -> tuple[dict[int, list[str]], set[int]]:
    """The other measures each comment concerns (numbers, or titles if unnumbered),
    and the comments that propose a new measure."""
    rows = session.execute(
        select(
            CommentTarget.comment_id, CommentTarget.level, Measure.id, Measure.number, Measure.title
        )
        .outerjoin(Measure, Measure.id == CommentTarget.measure_id)
        .where(CommentTarget.comment_id.in_(comment_ids))
        .order_by(CommentTarget.comment_id, CommentTarget.id)
    )
    also: dict[int, list[str]] = {}
    proposals: set[int] = set()
    for comment_id, level, measure_id, number, title in rows:
        if level is TargetLevel.NEW_MEASURE:
            proposals.add(comment_id)
        if measure_id is not None and measure_id != exclude_measure:
            also.setdefault(comment_id, []).append(number or title or "?")
    return also, proposals


def _sub_goal(goal: SubGoal) -> SubGoalView:
    return SubGoalView(goal.id, goal.position, goal.consulted_text, goal.revised_text, goal.version)


def _path(section: Section | None) -> tuple[str, ...]:
    titles: list[str] = []
    while section is not None:
        titles.append(section.title)
        section = section.parent
    return tuple(reversed(titles))


def comment_views(
    session: Session, consultation: Consultation, ids: Sequence[int]
) -> tuple[CommentView, ...]:
    """Fresh views of some comments (after an edit), in the page's order."""
    return _comments(session, consultation, ids)
