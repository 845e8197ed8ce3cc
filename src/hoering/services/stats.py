"""What a database holds for one consultation: the figures behind ``hoering stats``."""

from collections import Counter

from sqlalchemy import Select, distinct, func, select
from sqlalchemy.orm import Session

from hoering.domain.enums import RespondentKind, SectionLevel, TargetLevel, Timeliness
from hoering.domain.enums import ResponseStatus as Status
from hoering.services.consultations import resolve, summarise
from hoering.services.dto import ConsultationStats
from hoering.store.database import UnitOfWork
from hoering.store.models import (
    Assessment,
    Comment,
    CommentTarget,
    Consultation,
    Measure,
    Respondent,
    Response,
    Section,
    SubGoal,
)

CITIZENS = "borgere"


def consultation_stats(uow: UnitOfWork, consultation: str | int | None) -> ConsultationStats:
    with uow:
        found = resolve(uow.session, None if consultation is None else str(consultation))
        return _stats(uow.session, found)


def _stats(session: Session, consultation: Consultation) -> ConsultationStats:
    version = consultation.plan_version_id
    comments = select(Comment).where(Comment.consultation_id == consultation.id).subquery()
    responses = select(Response).where(Response.consultation_id == consultation.id).subquery()
    sections = Counter(
        level
        for (level,) in session.execute(
            select(Section.level).where(Section.plan_version_id == version)
        )
    )
    assessments = Counter(
        category.value
        for (category,) in session.execute(
            select(Assessment.category).where(
                Assessment.consultation_id == consultation.id, func.trim(Assessment.text) != ""
            )
        )
    )
    return ConsultationStats(
        consultation=summarise(consultation),
        themes=sections[SectionLevel.THEME],
        sections=sum(sections.values()),
        measures=_count(
            session, select(func.count(Measure.id)).where(Measure.plan_version_id == version)
        ),
        sub_goals=_count(
            session,
            select(func.count(SubGoal.id))
            .join(Measure)
            .where(Measure.plan_version_id == version, SubGoal.consulted_text.is_not(None)),
        ),
        comments=_count(session, select(func.count()).select_from(comments)),
        comments_by_source=_by_source(session, consultation.id),
        comments_by_target=_by_target(session, consultation.id),
        comments_with_outcome=_count(
            session,
            select(func.count()).select_from(comments).where(comments.c.outcome.is_not(None)),
        ),
        comments_with_reply=_count(
            session, select(func.count()).select_from(comments).where(comments.c.reply.is_not(None))
        ),
        assessments=sum(assessments.values()),
        assessments_by_category=dict(assessments.most_common()),
        responses=_count(session, select(func.count()).select_from(responses)),
        responses_by_channel={
            channel.value: count
            for channel, count in session.execute(
                select(responses.c.channel, func.count()).group_by(responses.c.channel)
            )
        },
        late_responses=_count(
            session,
            select(func.count())
            .select_from(responses)
            .where(responses.c.timeliness == Timeliness.LATE),
        ),
        responses_set_aside=_count(
            session,
            select(func.count())
            .select_from(responses)
            .where(responses.c.status == Status.SET_ASIDE),
        ),
    )


def _count(session: Session, query: Select[int]) -> int:
    return session.scalar(query) or 0


def _by_source(session: Session, consultation_id: int) -> dict[str, int]:
    """Comments per body (by code or name); citizens together, never by name."""
    counts: Counter[str] = Counter()
    query = (
        select(Respondent.kind, Respondent.code, Respondent.name, func.count(Comment.id))
        .join(Comment, Comment.respondent_id == Respondent.id)
        .where(Comment.consultation_id == consultation_id)
        .group_by(Respondent.id, Respondent.kind, Respondent.code, Respondent.name)
    )
    for kind, code, name, count in session.execute(query):
        counts[CITIZENS if kind is RespondentKind.CITIZEN else (code or name or "?")] += count
    return dict(counts.most_common())


def _by_target(session: Session, consultation_id: int) -> dict[str, int]:
    """Comments per level they point at; a comment on two levels counts on both."""
    level_name = {
        TargetLevel.MEASURE: "measure",
        TargetLevel.POLICY: "policy",
        TargetLevel.NEW_MEASURE: "new_measure",
    }
    query = (
        select(CommentTarget.level, Section.level, func.count(distinct(CommentTarget.comment_id)))
        .join(Comment, Comment.id == CommentTarget.comment_id)
        .outerjoin(Section, Section.id == CommentTarget.section_id)
        .where(Comment.consultation_id == consultation_id)
        .group_by(CommentTarget.level, Section.level)
    )
    counts: Counter[str] = Counter()
    for target_level, section_level, count in session.execute(query):
        key = section_level.value if section_level is not None else level_name[target_level]
        counts[key] += count
    return dict(counts.most_common())
