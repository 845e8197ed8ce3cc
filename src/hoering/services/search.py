"""One search over comments, responses and measures, tolerant of case, accents and æøå."""

from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, joinedload, selectinload

from hoering.domain.enums import Channel, Outcome, RespondentKind, TargetLevel, Timeliness
from hoering.domain.search import query_terms
from hoering.services.consultations import resolve
from hoering.services.respondents import pseudonyms, source_of
from hoering.store.database import UnitOfWork
from hoering.store.models import (
    Comment,
    Consultation,
    Measure,
    Respondent,
    Response,
)
from hoering.store.search_index import COMMENT, MEASURE, RESPONSE, matching

_SNIPPET = 140


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # "comment", "response" or "measure"
    id: int
    title: str
    snippet: str
    # Where the hit opens: a measure, or for a comment its first target.
    measure_id: int | None
    section_id: int | None = None
    level: TargetLevel | None = None


def search(
    uow: UnitOfWork, consultation: str | int | None, query: str, *, limit: int = 200
) -> list[SearchHit]:
    """Everything in a consultation whose text contains every word of the query."""
    terms = query_terms(query)
    if not terms:
        return []
    with uow:
        found = resolve(uow.session, None if consultation is None else str(consultation))
        return _search(uow.session, found, terms, limit)


def _search(
    session: Session, consultation: Consultation, terms: list[str], limit: int
) -> list[SearchHit]:
    scopes = (
        (MEASURE, consultation.plan_version_id),
        (COMMENT, consultation.id),
        (RESPONSE, consultation.id),
    )
    hits: list[SearchHit] = []
    for kind, scope in scopes:
        ids = session.scalars(matching(session, kind, scope, terms).limit(limit - len(hits)))
        hits += _describe(session, consultation.id, kind, list(ids))
        if len(hits) >= limit:
            break
    return hits


def _describe(session: Session, consultation_id: int, kind: str, ids: list[int]) -> list[SearchHit]:
    """The hits in the order found."""
    if not ids:
        return []
    if kind == MEASURE:
        query = select(Measure).where(Measure.id.in_(ids)).order_by(Measure.position)
        return [
            SearchHit(MEASURE, m.id, f"{m.number or ''} {m.title or ''}".strip(), "", m.id)
            for m in session.scalars(query)
        ]
    if kind == COMMENT:
        comments = session.scalars(
            select(Comment)
            .where(Comment.id.in_(ids))
            .options(selectinload(Comment.targets), joinedload(Comment.respondent))
        ).all()
        numbers = pseudonyms(session, consultation_id, (c.respondent_id for c in comments))
        by_id = {
            c.id: SearchHit(
                COMMENT, c.id, source_of(c.respondent, numbers), _snippet(c.text), *_opens(c)
            )
            for c in comments
        }
        return [by_id[i] for i in ids if i in by_id]
    responses = {r.id: r for r in session.scalars(select(Response).where(Response.id.in_(ids)))}
    return [
        SearchHit(RESPONSE, r.id, r.subject or _snippet(r.body, 60), _snippet(r.body), None)
        for r in (responses[i] for i in ids if i in responses)
    ]


def _opens(comment: Comment) -> tuple[int | None, int | None, TargetLevel | None]:
    """Where a comment hit opens: its first measure, else its first other target."""
    targets = sorted(comment.targets, key=lambda t: t.level is not TargetLevel.MEASURE)
    if not targets:
        return None, None, None
    first = targets[0]
    return first.measure_id, first.section_id, first.level


def _snippet(text: str, length: int = _SNIPPET) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"


NO_OUTCOME = "none"


@dataclass(frozen=True, slots=True)
class CommentFilter:
    """Which comments to list; an empty filter lets every comment through."""

    respondent_id: int | None = None
    respondent_kind: RespondentKind | None = None
    # An outcome, NO_OUTCOME for comments without one, or None for any.
    outcome: Outcome | str | None = None
    channel: Channel | None = None
    late_only: bool = False

    @property
    def is_empty(self) -> bool:
        return self == CommentFilter()


@dataclass(frozen=True, slots=True)
class SourceChoice:
    respondent_id: int
    label: str


def find_comments(
    uow: UnitOfWork, consultation_id: int, query: str, where: CommentFilter, *, limit: int = 500
) -> list[SearchHit]:
    """Comments matching the filter and containing every word of the query (if any)."""
    with uow:
        session = uow.session
        statement = select(Comment.id).where(Comment.consultation_id == consultation_id)
        terms = query_terms(query)
        if terms:
            matches = matching(session, COMMENT, consultation_id, terms, whole=True)
            matches = matches.order_by(None)
            statement = statement.where(Comment.id.in_(matches))
        statement = _filtered(statement, where)
        found = session.scalars(statement.order_by(Comment.id).limit(limit)).all()
        return _describe(session, consultation_id, COMMENT, list(found))


def _filtered(statement: Select[int], where: CommentFilter) -> Select[int]:
    if where.respondent_id is not None:
        statement = statement.where(Comment.respondent_id == where.respondent_id)
    if where.respondent_kind is not None:
        statement = statement.join(Respondent, Respondent.id == Comment.respondent_id).where(
            Respondent.kind == where.respondent_kind
        )
    if where.outcome == NO_OUTCOME:
        statement = statement.where(Comment.outcome.is_(None))
    elif where.outcome is not None:
        statement = statement.where(Comment.outcome == where.outcome)
    if where.channel is not None or where.late_only:
        statement = statement.join(Response, Response.id == Comment.response_id)
        if where.channel is not None:
            statement = statement.where(Response.channel == where.channel)
        if where.late_only:
            statement = statement.where(Response.timeliness == Timeliness.LATE)
    return statement


def source_choices(uow: UnitOfWork, consultation_id: int) -> list[SourceChoice]:
    """The bodies that commented in a consultation, for the source filter."""
    with uow:
        rows = uow.session.scalars(
            select(Respondent)
            .where(
                Respondent.kind != RespondentKind.CITIZEN,
                Respondent.id.in_(
                    select(Comment.respondent_id).where(Comment.consultation_id == consultation_id)
                ),
            )
            .order_by(Respondent.code, Respondent.name)
        )
        return [SourceChoice(r.id, r.code or r.name or "?") for r in rows]
