"""How far the work has come: the overview, and the next measure that needs work."""

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from hoering.domain.enums import Outcome, RespondentKind
from hoering.services.dto import MeasureNode, SectionNode
from hoering.services.plan import assessed_measures, plan_tree
from hoering.store.database import UnitOfWork
from hoering.store.models import Comment, Respondent, Response

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
    """Counts the overview page shows: each one counted by the database (a consultation
    may have hundreds of thousands of comments)."""
    tree = plan_tree(uow, consultation_id)
    measures = _measures_in_order(tree.roots)
    with_comments = {m.id for m in measures if m.counts.comments}
    with uow:
        session = uow.session
        assessed = assessed_measures(session, consultation_id)
        outcomes: dict[Outcome | None, int] = dict(
            session.execute(
                select(Comment.outcome, func.count())
                .where(Comment.consultation_id == consultation_id)
                .group_by(Comment.outcome)
            ).all()
        )
        comments = sum(outcomes.values())
        return Overview(
            measures=len(measures),
            measures_with_comments=len(with_comments),
            measures_assessed=len(with_comments & assessed),
            comments=comments,
            comments_with_outcome=comments - outcomes.get(None, 0),
            comments_per_theme=tuple(
                (node.title, node.counts.comments)
                for node in tree.roots
                if isinstance(node, SectionNode)
            ),
            comments_per_source=_per_source(session, consultation_id),
            responses_per_channel=_per_channel(session, consultation_id),
            comments_per_outcome=tuple(
                (outcome, outcomes[outcome])
                for outcome in [*Outcome, None]
                if outcomes.get(outcome)
            ),
        )


def next_measure_needing_work(
    uow: UnitOfWork, consultation_id: int, after_measure_id: int | None
) -> int | None:
    """The next measure in plan order with a comment without outcome, or with comments
    but no assessment; the search wraps around to the start of the plan."""
    measures = _measures_in_order(plan_tree(uow, consultation_id).roots)
    with uow:
        assessed = assessed_measures(uow.session, consultation_id)
    ids = [m.id for m in measures]
    start = ids.index(after_measure_id) + 1 if after_measure_id in ids else 0
    for measure in measures[start:] + measures[:start]:
        unassessed = measure.counts.comments and measure.id not in assessed
        if measure.counts.comments_without_outcome or unassessed:
            return measure.id
    return None


def _measures_in_order(nodes: tuple[SectionNode | MeasureNode, ...]) -> list[MeasureNode]:
    found: list[MeasureNode] = []
    for node in nodes:
        found += _measures_in_order(node.children) if isinstance(node, SectionNode) else [node]
    return found


def _per_source(session: Session, consultation_id: int) -> tuple[tuple[str, int], ...]:
    """Comments per body, and all citizens' together (grouped by the database, not per
    citizen: there may be hundreds of thousands)."""
    citizen = Respondent.kind == RespondentKind.CITIZEN
    code = case((citizen, None), else_=Respondent.code)
    name = case((citizen, None), else_=Respondent.name)
    rows = session.execute(
        select(Respondent.kind, code, name, func.count())
        .join(Comment, Comment.respondent_id == Respondent.id)
        .where(Comment.consultation_id == consultation_id)
        .group_by(Respondent.kind, code, name)
    )
    counts: Counter[str] = Counter()
    for kind, body_code, body_name, count in rows:
        counts[CITIZENS if kind is RespondentKind.CITIZEN else (body_code or body_name or "?")] += (
            count
        )
    return tuple(counts.most_common())


def _per_channel(session: Session, consultation_id: int) -> tuple[tuple[str, int], ...]:
    rows = session.execute(
        select(Response.channel, func.count(Response.id))
        .where(Response.consultation_id == consultation_id)
        .group_by(Response.channel)
        .order_by(func.count(Response.id).desc())
    )
    return tuple((channel.value, count) for channel, count in rows)
