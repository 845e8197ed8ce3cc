"""The annex's overview: counts per theme, source, channel, outcome and measure status.

Counted in the database, for the whole consultation; a comment on two
measures of one theme counts once for that theme.
"""

from collections import Counter

from sqlalchemy import ColumnElement, case, distinct, func, select
from sqlalchemy.orm import Session

from hoering.domain import labels
from hoering.domain.enums import MeasureStatus, Outcome, RespondentKind, TargetLevel, Timeliness
from hoering.exchange.annex.model import OverviewTable
from hoering.services.annex_content import PlanStructure
from hoering.store.models import (
    Comment,
    CommentTarget,
    Consultation,
    Respondent,
    Response,
    Section,
)

NO_THEME = "Uden tema"


def commented_measures(session: Session, consultation_id: int) -> set[int]:
    """The measures at least one comment of the consultation is about."""
    return set(
        session.scalars(
            select(CommentTarget.measure_id)
            .distinct()
            .join(Comment, Comment.id == CommentTarget.comment_id)
            .where(
                Comment.consultation_id == consultation_id, CommentTarget.measure_id.is_not(None)
            )
        )
    )


def overview_tables(
    session: Session, consultation: Consultation, plan: PlanStructure
) -> tuple[OverviewTable, ...]:
    return (
        _per_theme(session, consultation.id, plan),
        _per_source(session, consultation.id),
        _per_channel(session, consultation.id),
        _per_outcome(session, consultation.id),
        _per_status(plan),
    )


def _comment_counts(
    session: Session, consultation_id: int, where: ColumnElement[bool]
) -> tuple[int, int]:
    """Distinct comments on the targets ``where`` selects, and how many have no outcome."""
    total, open_ = session.execute(
        select(
            func.count(distinct(Comment.id)),
            func.count(distinct(Comment.id)).filter(Comment.outcome.is_(None)),
        )
        .join(CommentTarget, CommentTarget.comment_id == Comment.id)
        .where(Comment.consultation_id == consultation_id, where)
    ).one()
    return total, open_


def _per_theme(session: Session, consultation_id: int, plan: PlanStructure) -> OverviewTable:
    commented = commented_measures(session, consultation_id)
    groups: dict[int | None, tuple[list[int], list[int]]] = {}
    for item in plan.order:
        if isinstance(item, Section) and item.parent_id is None:
            groups[item.id] = ([], [])
    for key, theme in [*plan.theme_of.items(), *_themeless(plan)]:
        measures, sections = groups.setdefault(theme, ([], []))
        (measures if key.startswith("m") else sections).append(int(key[1:]))
    titles = {s.id: s.title for s in plan.order if isinstance(s, Section)}
    counts = _counts_per_place(session, consultation_id, groups)
    rows: list[tuple[str, tuple[int, ...]]] = []
    for theme, (measures, _) in groups.items():
        total, open_ = counts.get(_theme_key(theme), (0, 0))
        unassessed = sum(1 for m in measures if m in commented and m not in plan.assessments)
        title = titles[theme] if theme is not None else NO_THEME
        rows.append((title, (len(measures), total, open_, unassessed)))
    for level in (TargetLevel.POLICY, TargetLevel.NEW_MEASURE):
        total, open_ = counts.get(level.value, (0, 0))
        if total:
            rows.append((labels.TARGET_LEVEL[level].capitalize(), (0, total, open_, 0)))
    total, open_ = _comment_counts(session, consultation_id, CommentTarget.id.is_not(None))
    unassessed = sum(1 for m in commented if m not in plan.assessments)
    return OverviewTable(
        "Bemærkninger pr. tema",
        ("Klimatiltag", "Bemærkninger", "Uden udfald", "Tiltag uden vurdering"),
        tuple(rows),
        (len(plan.measures), total, open_, unassessed),
    )


def _counts_per_place(
    session: Session,
    consultation_id: int,
    groups: dict[int | None, tuple[list[int], list[int]]],
) -> dict[str, tuple[int, int]]:
    """Distinct comments and those without an outcome per theme (see ``_theme_key``) and on
    the policy and new measures (by level), in one pass over the comments' targets."""
    places: list[tuple[ColumnElement[bool], str]] = []
    for theme, (measures, sections) in groups.items():
        if measures:
            places.append((CommentTarget.measure_id.in_(measures), _theme_key(theme)))
        if sections:
            places.append((CommentTarget.section_id.in_(sections), _theme_key(theme)))
    for level in (TargetLevel.POLICY, TargetLevel.NEW_MEASURE):
        places.append((CommentTarget.level == level, level.value))
    # Grouped in an outer query: PostgreSQL would not see the CASE with its parameters in
    # the select list and in GROUP BY as the same expression.
    targets = (
        select(case(*places).label("place"), Comment.id, Comment.outcome)
        .join(CommentTarget, CommentTarget.comment_id == Comment.id)
        .where(Comment.consultation_id == consultation_id)
        .subquery()
    )
    found = session.execute(
        select(
            targets.c.place,
            func.count(distinct(targets.c.id)),
            func.count(distinct(targets.c.id)).filter(targets.c.outcome.is_(None)),
        ).group_by(targets.c.place)
    )
    return {key: (total, open_) for key, total, open_ in found if key is not None}


def _theme_key(theme: int | None) -> str:
    return "themeless" if theme is None else f"theme {theme}"


def _themeless(plan: PlanStructure) -> list[tuple[str, int | None]]:
    """Measures that stand outside every theme (plans without themes have them)."""
    return [(f"m{m.id}", None) for m in plan.measures if f"m{m.id}" not in plan.theme_of]


def _per_source(session: Session, consultation_id: int) -> OverviewTable:
    """Comments and responses per body; a body's statement in a memo counts as its response."""
    comments = Counter(
        dict(
            session.execute(
                select(Comment.respondent_id, func.count(Comment.id))
                .join(Respondent, Respondent.id == Comment.respondent_id)
                .where(
                    Comment.consultation_id == consultation_id,
                    Respondent.kind != RespondentKind.CITIZEN,
                )
                .group_by(Comment.respondent_id)
            ).all()
        )
    )
    responses = Counter(
        dict(
            session.execute(
                select(Response.respondent_id, func.count(Response.id))
                .join(Respondent, Respondent.id == Response.respondent_id)
                .where(
                    Response.consultation_id == consultation_id,
                    Respondent.kind != RespondentKind.CITIZEN,
                )
                .group_by(Response.respondent_id)
            ).all()
        )
    )
    responses.update(
        session.scalars(
            select(Comment.respondent_id)
            .distinct()
            .where(Comment.consultation_id == consultation_id, Comment.response_id.is_(None))
        )
    )
    bodies = {
        r.id: r
        for r in session.scalars(
            select(Respondent).where(Respondent.id.in_(comments.keys() | responses.keys()))
        )
    }
    rows = sorted(
        ((_source_name(bodies[rid]), (responses[rid], comments[rid])) for rid in bodies),
        key=lambda row: (-row[1][1], row[0]),
    )
    citizens, citizen_responses = session.execute(
        select(func.count(distinct(Response.respondent_id)), func.count(Response.id))
        .join(Respondent, Respondent.id == Response.respondent_id)
        .where(
            Response.consultation_id == consultation_id, Respondent.kind == RespondentKind.CITIZEN
        )
    ).one()
    citizen_comments = (
        session.scalar(
            select(func.count(Comment.id))
            .join(Respondent, Respondent.id == Comment.respondent_id)
            .where(
                Comment.consultation_id == consultation_id,
                Respondent.kind == RespondentKind.CITIZEN,
            )
        )
        or 0
    )
    if citizens:
        rows.append((f"Borgere ({citizens} personer)", (citizen_responses, citizen_comments)))
    return OverviewTable(
        "Pr. afsender",
        ("Høringssvar", "Bemærkninger"),
        tuple(rows),
        (sum(r[1][0] for r in rows), sum(r[1][1] for r in rows)),
    )


def _source_name(respondent: Respondent) -> str:
    kind = labels.RESPONDENT_KIND[respondent.kind]
    name = respondent.name or respondent.code or "?"
    if respondent.code and respondent.code != name:
        name = f"{respondent.code} – {name}"
    return f"{name} ({kind})"


def _per_channel(session: Session, consultation_id: int) -> OverviewTable:
    responses = {
        channel: (count, late)
        for channel, count, late in session.execute(
            select(
                Response.channel,
                func.count(Response.id),
                func.count(Response.id).filter(Response.timeliness == Timeliness.LATE),
            )
            .where(Response.consultation_id == consultation_id)
            .group_by(Response.channel)
        )
    }
    comments = dict(
        session.execute(
            select(Response.channel, func.count(Comment.id))
            .join(Response, Response.id == Comment.response_id)
            .where(Comment.consultation_id == consultation_id)
            .group_by(Response.channel)
        ).all()
    )
    rows = [
        (labels.CHANNEL[channel], (count, late, comments.get(channel, 0)))
        for channel, (count, late) in sorted(responses.items())
    ]
    bodies, from_memo = session.execute(
        select(func.count(distinct(Comment.respondent_id)), func.count(Comment.id)).where(
            Comment.consultation_id == consultation_id, Comment.response_id.is_(None)
        )
    ).one()
    if from_memo:
        rows.append(("høringsnotat", (bodies, 0, from_memo)))
    return OverviewTable(
        "Pr. kanal",
        ("Høringssvar", "For sent", "Bemærkninger"),
        tuple(rows),
        tuple(sum(row[1][i] for row in rows) for i in range(3)),
    )


def _per_outcome(session: Session, consultation_id: int) -> OverviewTable:
    counts = dict(
        session.execute(
            select(Comment.outcome, func.count(Comment.id))
            .where(Comment.consultation_id == consultation_id)
            .group_by(Comment.outcome)
        ).all()
    )
    rows = [(labels.OUTCOME[outcome], (counts.get(outcome, 0),)) for outcome in Outcome]
    rows.append(("uden udfald", (counts.get(None, 0),)))
    return OverviewTable("Pr. udfald", ("Bemærkninger",), tuple(rows), (sum(counts.values()),))


def _per_status(plan: PlanStructure) -> OverviewTable:
    counts = Counter(measure.status for measure in plan.measures)
    rows = tuple((labels.MEASURE_STATUS[s], (counts.get(s, 0),)) for s in MeasureStatus)
    return OverviewTable("Klimatiltag pr. status", ("Klimatiltag",), rows, (len(plan.measures),))
