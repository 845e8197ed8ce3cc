"""How far the work has come: the overview, and the next measure that needs work."""

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hoering.domain.enums import Outcome, RespondentKind
from hoering.services.dto import MeasureNode, SectionNode
from hoering.services.plan import plan_tree
from hoering.store.database import UnitOfWork
from hoering.store.models import Assessment, Comment, CommentTarget, Respondent, Response

CITIZENS = "Borgere"


@dataclass(frozen=True, slots=True)
class Overview:
    measures: int
    measures_with_comments: int
    # Of the measures with comments, those with a written assessment.
    measures_assessed: int
    comments: int
    comments_with_outcome: int
    # (label, count) pairs in the order to show them.
    comments_per_theme: tuple[tuple[str, int], ...]
    comments_per_source: tuple[tuple[str, int], ...]
    responses_per_channel: tuple[tuple[str, int], ...]
    # Outcome values, None for comments without one.
    comments_per_outcome: tuple[tuple[Outcome | None, int], ...]


def overview(uow: UnitOfWork, consultation_id: int) -> Overview:
    tree = plan_tree(uow, consultation_id)
    measures = _measures_in_order(tree.roots)
    with uow:
        session = uow.session
        with_comments = _measures_with_comments(session, consultation_id)
        assessed = _assessed(session, consultation_id)
        outcomes = Counter(
            session.scalars(
                select(Comment.outcome).where(Comment.consultation_id == consultation_id)
            )
        )
        return Overview(
            measures=len(measures),
            measures_with_comments=len(with_comments),
            measures_assessed=len(with_comments & assessed),
            comments=sum(outcomes.values()),
            comments_with_outcome=sum(outcomes.values()) - outcomes[None],
            comments_per_theme=tuple(
                (node.title, node.counts.comments)
                for node in tree.roots
                if isinstance(node, SectionNode)
            ),
            comments_per_source=_per_source(session, consultation_id),
            responses_per_channel=_per_channel(session, consultation_id),
            comments_per_outcome=tuple(
                (outcome, outcomes[outcome]) for outcome in [*Outcome, None] if outcomes[outcome]
            ),
        )


def next_measure_needing_work(
    uow: UnitOfWork, consultation_id: int, after_measure_id: int | None
) -> int | None:
    """The next measure in plan order with a comment without outcome, or with comments
    but no assessment; the search wraps around to the start of the plan."""
    measures = _measures_in_order(plan_tree(uow, consultation_id).roots)
    with uow:
        with_comments = _measures_with_comments(uow.session, consultation_id)
        assessed = _assessed(uow.session, consultation_id)
    ids = [m.id for m in measures]
    start = ids.index(after_measure_id) + 1 if after_measure_id in ids else 0
    for measure in measures[start:] + measures[:start]:
        unassessed = measure.id in with_comments and measure.id not in assessed
        if measure.counts.comments_without_outcome or unassessed:
            return measure.id
    return None


def _measures_in_order(nodes: tuple[SectionNode | MeasureNode, ...]) -> list[MeasureNode]:
    found: list[MeasureNode] = []
    for node in nodes:
        found += _measures_in_order(node.children) if isinstance(node, SectionNode) else [node]
    return found


def _measures_with_comments(session: Session, consultation_id: int) -> set[int]:
    query = (
        select(CommentTarget.measure_id)
        .distinct()
        .join(Comment, Comment.id == CommentTarget.comment_id)
        .where(Comment.consultation_id == consultation_id, CommentTarget.measure_id.is_not(None))
    )
    return {measure_id for measure_id in session.scalars(query) if measure_id is not None}


def _assessed(session: Session, consultation_id: int) -> set[int]:
    query = select(Assessment.measure_id).where(
        Assessment.consultation_id == consultation_id, func.trim(Assessment.text) != ""
    )
    return set(session.scalars(query))


def _per_source(session: Session, consultation_id: int) -> tuple[tuple[str, int], ...]:
    counts: Counter[str] = Counter()
    rows = session.execute(
        select(Respondent.kind, Respondent.code, Respondent.name, func.count(Comment.id))
        .join(Comment, Comment.respondent_id == Respondent.id)
        .where(Comment.consultation_id == consultation_id)
        .group_by(Respondent.id, Respondent.kind, Respondent.code, Respondent.name)
    )
    for kind, code, name, count in rows:
        counts[CITIZENS if kind is RespondentKind.CITIZEN else (code or name or "?")] += count
    return tuple(counts.most_common())


def _per_channel(session: Session, consultation_id: int) -> tuple[tuple[str, int], ...]:
    rows = session.execute(
        select(Response.channel, func.count(Response.id))
        .where(Response.consultation_id == consultation_id)
        .group_by(Response.channel)
        .order_by(func.count(Response.id).desc())
    )
    return tuple((channel.value, count) for channel, count in rows)
