"""The plan as a tree of sections and measures, with the work left on each node."""

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hoering.domain.enums import TargetLevel
from hoering.services.consultations import resolve
from hoering.services.dto import MeasureNode, PlanTree, SectionNode, WorkCounts
from hoering.store.database import UnitOfWork
from hoering.store.models import Assessment, Comment, CommentTarget, Consultation, Measure, Section


def plan_tree(uow: UnitOfWork, consultation: str | int | None, *, counted: bool = True) -> PlanTree:
    """Themes > sub-themes > groups > measures in plan order, each with its work counts;
    without them (``counted=False``) it is read in milliseconds at any scale, where
    counting half a million comments takes a second."""
    with uow:
        found = resolve(uow.session, None if consultation is None else str(consultation))
        return _build_tree(uow.session, found, counted=counted)


def _build_tree(session: Session, consultation: Consultation, *, counted: bool) -> PlanTree:
    version = consultation.plan_version_id
    sections = list(
        session.scalars(
            select(Section).where(Section.plan_version_id == version).order_by(Section.position)
        )
    )
    measures = list(
        session.scalars(
            select(Measure).where(Measure.plan_version_id == version).order_by(Measure.position)
        )
    )
    counts = target_counts(session, consultation.id) if counted else {}
    measure_counts = {key: c for (level, key), c in counts.items() if level is TargetLevel.MEASURE}
    section_counts = {key: c for (level, key), c in counts.items() if level is TargetLevel.SECTION}
    assessed = assessed_measures(session, consultation.id) if counted else None
    measure_nodes = {
        m.id: MeasureNode(
            id=m.id,
            number=m.number,
            title=m.title,
            status=m.status,
            counts=measure_counts.get(m.id, WorkCounts())
            + WorkCounts(
                measures_without_assessment=int(assessed is not None and m.id not in assessed)
            ),
            section_id=m.section_id,
        )
        for m in measures
    }
    # Sections and measures share one position sequence: the plan's document order.
    children: dict[int | None, list[Section | Measure]] = defaultdict(list)
    items: list[Section | Measure] = [*sections, *measures]
    for item in sorted(items, key=lambda i: i.position):
        children[item.parent_id if isinstance(item, Section) else item.section_id].append(item)

    def build(parent: int | None) -> tuple[SectionNode | MeasureNode, ...]:
        nodes: list[SectionNode | MeasureNode] = []
        for item in children[parent]:
            if isinstance(item, Measure):
                nodes.append(measure_nodes[item.id])
                continue
            below = build(item.id)
            nodes.append(
                SectionNode(
                    id=item.id,
                    level=item.level,
                    title=item.title,
                    group_kind=item.group_kind,
                    children=below,
                    counts=_sum(below, section_counts.get(item.id, WorkCounts())),
                    version=item.version,
                )
            )
        return tuple(nodes)

    roots = build(None)
    return PlanTree(
        consultation_id=consultation.id,
        plan_title=consultation.plan_version.plan.title,
        roots=roots,
        counts=_sum(roots, WorkCounts()),
        policy=counts.get((TargetLevel.POLICY, None), WorkCounts()),
        new_measures=counts.get((TargetLevel.NEW_MEASURE, None), WorkCounts()),
        counted=counted,
    )


def assessed_measures(session: Session, consultation_id: int) -> set[int]:
    """The measures with a written assessment."""
    query = select(Assessment.measure_id).where(
        Assessment.consultation_id == consultation_id, func.trim(Assessment.text) != ""
    )
    return set(session.scalars(query))


def target_counts(
    session: Session, consultation_id: int
) -> dict[tuple[TargetLevel, int | None], WorkCounts]:
    """Comments and comments without outcome per target: (level, measure or section id).

    One pass over the consultation's comments (a covering index holds their
    outcomes) and their targets. Counting rows counts comments: a comment targets
    a measure or section once (a unique constraint), the policy or the new
    measures once (add_comment_into).
    """
    rows = session.execute(
        select(
            CommentTarget.level,
            func.coalesce(CommentTarget.measure_id, CommentTarget.section_id),
            func.count(),
            func.count().filter(Comment.outcome.is_(None)),
        )
        .join(CommentTarget, CommentTarget.comment_id == Comment.id)
        .where(Comment.consultation_id == consultation_id)
        .group_by(CommentTarget.level, CommentTarget.measure_id, CommentTarget.section_id)
    )
    return {(level, key): WorkCounts(total, open_) for level, key, total, open_ in rows}


def _sum(nodes: Sequence[SectionNode | MeasureNode], own: WorkCounts) -> WorkCounts:
    total = own
    for node in nodes:
        total = total + node.counts
    return total
