"""Keeps the folded search text of comments, responses and measures current.

Like the audit log it runs after each flush, so no service can forget it: the
search table changes in the same transaction as the text it mirrors.
"""

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, delete, event, insert, select
from sqlalchemy.orm import Session, UOWTransaction

from hoering.domain.search import fold
from hoering.store import bulk
from hoering.store.models import Comment, Measure, Response, SearchEntry, SubGoal

COMMENT, RESPONSE, MEASURE = "comment", "response", "measure"


def install(session_class: type[Session]) -> None:
    event.listen(session_class, "after_flush", _refresh)
    bulk.on_insert(_index_bulk_rows)


def _index_bulk_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Rows written in bulk (large imports) bypass the flush: index them here."""
    if table.name == Response.__tablename__:
        fresh = [
            _row(
                RESPONSE,
                r["id"],
                r["consultation_id"],
                _join(r.get("sender_name"), r.get("subject"), r.get("body")),
            )
            for r in rows
        ]
    elif table.name == Comment.__tablename__:
        fresh = [
            _row(COMMENT, r["id"], r["consultation_id"], _join(r.get("text"), r.get("reply")))
            for r in rows
        ]
    else:
        return
    _write(session, set(), fresh)


_DELETE_CHUNK = 500


def _join(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


def _refresh(session: Session, _flush: UOWTransaction) -> None:
    fresh: dict[tuple[str, int], dict[str, Any]] = {}
    for obj in [*session.new, *session.dirty]:
        entry = _entry(session, obj)
        if entry is not None:
            fresh[(entry["kind"], entry["entity_id"])] = entry
    # Rows of new objects cannot have an entry yet; only the others are replaced.
    new_keys = {(kind, obj.id) for obj in session.new if (kind := _kind(obj)) is not None}
    gone = {(kind, obj.id) for obj in session.deleted if (kind := _kind(obj)) is not None}
    _write(session, (set(fresh) - new_keys) | gone, fresh.values())


def _kind(obj: object) -> str | None:
    if isinstance(obj, Comment):
        return COMMENT
    if isinstance(obj, Response):
        return RESPONSE
    if isinstance(obj, Measure):
        return MEASURE
    return None


def _entry(session: Session, obj: object) -> dict[str, Any] | None:
    if isinstance(obj, Comment):
        text, scope = " ".join(filter(None, [obj.text, obj.reply])), obj.consultation_id
        return _row(COMMENT, obj.id, scope, text)
    if isinstance(obj, Response):
        parts = [obj.sender_name, obj.subject, obj.body]
        return _row(RESPONSE, obj.id, obj.consultation_id, " ".join(filter(None, parts)))
    measure = obj if isinstance(obj, Measure) else obj.measure if isinstance(obj, SubGoal) else None
    if measure is None or measure in session.deleted:
        return None
    goals = session.scalars(select(SubGoal).where(SubGoal.measure_id == measure.id)).all()
    texts = [measure.number, measure.title]
    texts += [t for g in goals for t in (g.consulted_text, g.revised_text)]
    return _row(MEASURE, measure.id, measure.plan_version_id, " ".join(filter(None, texts)))


def _row(kind: str, entity_id: int, scope_id: int, text: str) -> dict[str, Any]:
    return {"kind": kind, "entity_id": entity_id, "scope_id": scope_id, "folded": fold(text)}


def _write(session: Session, keys: set[tuple[str, int]], rows: Iterable[dict[str, Any]]) -> None:
    # One statement per kind and chunk of ids: a purge rewrites thousands of responses.
    ids_by_kind: dict[str, list[int]] = {}
    for kind, entity_id in keys:
        ids_by_kind.setdefault(kind, []).append(entity_id)
    for kind, ids in ids_by_kind.items():
        for start in range(0, len(ids), _DELETE_CHUNK):
            chunk = ids[start : start + _DELETE_CHUNK]
            session.execute(
                delete(SearchEntry).where(
                    SearchEntry.kind == kind, SearchEntry.entity_id.in_(chunk)
                )
            )
    rows = list(rows)
    if rows:
        session.execute(insert(SearchEntry), rows)
