"""Keeps the folded search text of comments, responses and measures current, and finds it.

Like the audit log it runs after each flush, so no service can forget it: the
search table changes in the same transaction as the text it mirrors.

A search finds the entries whose folded text contains every term, anywhere
(so "varme" finds "fjernvarme": Danish runs words together). A trigram index
answers that without reading every text: on SQLite an FTS5 table with the
trigram tokenizer over ``search_entry`` (external content, written here beside
each entry), on PostgreSQL a GIN index with ``pg_trgm`` on ``folded``, which
the plain LIKE uses. Both are made by migration 0105 and are not in the models.
A term shorter than a trigram is checked by LIKE on the entries found by the others.
"""

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Table,
    bindparam,
    column,
    delete,
    event,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session, UOWTransaction

from hoering.domain.search import fold
from hoering.store import bulk
from hoering.store.models import Comment, Measure, Response, SearchEntry, SubGoal

COMMENT, RESPONSE, MEASURE = "comment", "response", "measure"
# What migration 0105 adds beside the models: the SQLite FTS5 table (and its shadow
# tables, named after it) and the PostgreSQL trigram index.
FTS_TABLE = "search_fts"
TRIGRAM_INDEX = "ix_search_entry_folded_trgm"
_TRIGRAM = 3
_ENTRY: Table = SearchEntry.__table__  # type: ignore[assignment]
_FTS = table(FTS_TABLE, column("rowid"), column(FTS_TABLE))
_FTS_DELETE = text(
    f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, folded) "
    "SELECT 'delete', id, folded FROM search_entry "
    "WHERE kind = :kind AND entity_id IN :ids"
).bindparams(bindparam("ids", expanding=True))


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
    sqlite = session.get_bind().dialect.name == "sqlite"
    # One statement per kind and chunk of ids: a purge rewrites thousands of responses.
    ids_by_kind: dict[str, list[int]] = {}
    for kind, entity_id in keys:
        ids_by_kind.setdefault(kind, []).append(entity_id)
    for kind, ids in ids_by_kind.items():
        for start in range(0, len(ids), _DELETE_CHUNK):
            chunk = ids[start : start + _DELETE_CHUNK]
            if sqlite:  # external content: the index is told which texts go
                session.execute(_FTS_DELETE, {"kind": kind, "ids": chunk})
            session.execute(
                delete(SearchEntry).where(
                    SearchEntry.kind == kind, SearchEntry.entity_id.in_(chunk)
                )
            )
    rows = list(rows)
    ids = bulk.insert_with_ids(session, _ENTRY, rows)
    if sqlite and rows:
        session.connection().exec_driver_sql(
            f"INSERT INTO {FTS_TABLE} (rowid, folded) VALUES (?, ?)",
            [(i, row["folded"]) for i, row in zip(ids, rows, strict=True)],
        )


def matching(
    session: Session, kind: str, scope_id: int, terms: Sequence[str], *, whole: bool = False
) -> Select[int]:
    """The ids of ``kind`` in the scope whose text contains every (folded) term, in the
    order their texts were indexed.

    On SQLite the trigram index is read in that order, so a LIMIT stops it early. Pass
    ``whole`` when every id is wanted (inside ``IN (…)``): the index's hits are then
    listed first, else SQLite may test each entry of the scope against the index.
    """
    if kind == MEASURE:
        # A plan's measures are few: their texts are read (found through the plan, as
        # a plan version's id may also be a consultation's, whose scope is large).
        plan = select(Measure.id).where(Measure.plan_version_id == scope_id)
        return (
            select(SearchEntry.entity_id)
            .where(SearchEntry.kind == kind, SearchEntry.entity_id.in_(plan))
            .where(*map(_contains, terms))
            .order_by(SearchEntry.id)
        )
    query = select(SearchEntry.entity_id).where(
        SearchEntry.kind == kind, SearchEntry.scope_id == scope_id
    )
    indexed = [t for t in terms if len(t) >= _TRIGRAM]
    if session.get_bind().dialect.name != "sqlite" or not indexed:
        return query.where(*map(_contains, terms)).order_by(SearchEntry.id)
    phrases = " AND ".join('"' + t.replace('"', '""') + '"' for t in indexed)
    found = literal_column(FTS_TABLE).op("MATCH")(phrases)
    short = [_contains(t) for t in terms if len(t) < _TRIGRAM]
    if whole:
        hits = select(_FTS.c.rowid).where(found)
        return query.where(SearchEntry.id.in_(hits), *short).order_by(SearchEntry.id)
    return (
        query.join(_FTS, _FTS.c.rowid == SearchEntry.id).where(found, *short).order_by(_FTS.c.rowid)
    )


def _contains(term: str) -> ColumnElement[bool]:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return SearchEntry.folded.like(f"%{escaped}%", escape="\\")


def in_models(name: str | None, type_: str, _parents: Any) -> bool:
    """Whether Alembic compares it with the models (its ``include_name``): not what
    migration 0105 adds beside them."""
    if type_ == "table" and name is not None and name.startswith(FTS_TABLE):
        return False
    return not (type_ == "index" and name == TRIGRAM_INDEX)
