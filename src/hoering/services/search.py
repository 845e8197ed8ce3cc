"""One search over comments, responses and measures, tolerant of case, accents and æøå."""

from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from hoering.domain.search import query_terms
from hoering.services.consultations import resolve
from hoering.services.respondents import pseudonyms, source_of
from hoering.store.database import UnitOfWork
from hoering.store.models import Comment, Consultation, Measure, Response, SearchEntry
from hoering.store.search_index import COMMENT, MEASURE, RESPONSE

_SNIPPET = 140


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # "comment", "response" or "measure"
    id: int
    title: str
    snippet: str
    # Where the hit opens: the measure a comment is about (its first measure target).
    measure_id: int | None


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
    matches = and_(*(SearchEntry.folded.like(f"%{_escape(t)}%", escape="\\") for t in terms))
    scopes = (
        (MEASURE, consultation.plan_version_id),
        (COMMENT, consultation.id),
        (RESPONSE, consultation.id),
    )
    hits: list[SearchHit] = []
    for kind, scope in scopes:
        ids = session.scalars(
            select(SearchEntry.entity_id)
            .where(SearchEntry.kind == kind, SearchEntry.scope_id == scope, matches)
            .order_by(SearchEntry.entity_id)
            .limit(limit - len(hits))
        ).all()
        hits += _describe(session, consultation.id, kind, list(ids))
        if len(hits) >= limit:
            break
    return hits


def _describe(session: Session, consultation_id: int, kind: str, ids: list[int]) -> list[SearchHit]:
    if not ids:
        return []
    if kind == MEASURE:
        query = select(Measure).where(Measure.id.in_(ids)).order_by(Measure.position)
        return [
            SearchHit(MEASURE, m.id, f"{m.number or ''} {m.title or ''}".strip(), "", m.id)
            for m in session.scalars(query)
        ]
    if kind == COMMENT:
        numbers = pseudonyms(session, consultation_id)
        return [
            SearchHit(
                COMMENT, c.id, source_of(c.respondent, numbers), _snippet(c.text), _first_measure(c)
            )
            for c in session.scalars(select(Comment).where(Comment.id.in_(ids)))
        ]
    responses = session.scalars(select(Response).where(Response.id.in_(ids)))
    return [
        SearchHit(RESPONSE, r.id, r.subject or _snippet(r.body, 60), _snippet(r.body), None)
        for r in responses
    ]


def _first_measure(comment: Comment) -> int | None:
    return next((t.measure_id for t in comment.targets if t.measure_id is not None), None)


def _snippet(text: str, length: int = _SNIPPET) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"


def _escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
