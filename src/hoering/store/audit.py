"""Writes an audit entry for every row a session inserts, updates or deletes.

The hook runs after each flush, while SQLAlchemy still knows the old values,
and inserts the entries through the same connection: the log is committed or
rolled back together with the change it describes.
"""

from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Table, event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from hoering.store import bulk
from hoering.store.models import AuditEntry, SearchEntry, StoredFile, utc_now

ACTOR_KEY = "hoering_actor"
_PAUSED_KEY = "hoering_audit_paused"
_PLAIN = (str, int, float, bool)
# Stored files are content-addressed and immutable, their bytes do not belong in a
# log; search entries only mirror audited text.
_NOT_AUDITED: tuple[type, ...] = (AuditEntry, SearchEntry, StoredFile)
_NOT_AUDITED_TABLES = frozenset(
    (AuditEntry.__tablename__, SearchEntry.__tablename__, StoredFile.__tablename__)
)


def install(session_class: type[Session]) -> None:
    event.listen(session_class, "after_flush", _record_changes)
    bulk.on_insert(_record_bulk_insert)


@contextmanager
def unrecorded(session: Session) -> Iterator[None]:
    """Changes flushed inside the block write no entries of their own.

    Only for erasing personal data: an entry per row would copy into the log the
    very values being erased. The caller records one entry saying what it did.
    """
    session.info[_PAUSED_KEY] = True
    try:
        yield
    finally:
        del session.info[_PAUSED_KEY]


def _record_bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """One "create" entry per row, shaped as the flush hook writes them. Made for speed
    (an import writes hundreds of thousands): only the times need converting."""
    if table.name in _NOT_AUDITED_TABLES or session.info.get(_PAUSED_KEY):
        return
    timed = _time_columns(table)
    actor = str(session.info.get(ACTOR_KEY, "ukendt"))
    now = utc_now()
    found = []
    for row in rows:
        changes = {k: v for k, v in row.items() if v is not None}
        entity_id = changes.pop("id")
        for key in timed.intersection(changes):
            changes[key] = _jsonable(changes[key])
        found.append(
            {
                "at": now,
                "actor": actor,
                "action": "create",
                "entity": table.name,
                "entity_id": entity_id,
                "changes": changes,
            }
        )
    write(session, found)


@cache
def _time_columns(table: Table) -> frozenset[str]:
    """The columns whose values JSON cannot hold as they are (enums are strings already)."""
    return frozenset(c.name for c in table.columns if c.type.python_type in (datetime, date, bytes))


def record(
    session: Session,
    action: str,
    entity: str,
    changes_by_id: Iterable[tuple[int, dict[str, Any]]],
) -> None:
    """Audit changes made in bulk (``session.execute(update(...))``), which the flush
    hook does not see; the entries are shaped as the hook writes them."""
    write(session, entries(session, action, entity, changes_by_id))


def entries(
    session: Session,
    action: str,
    entity: str,
    changes_by_id: Iterable[tuple[int, dict[str, Any]]],
) -> list[dict[str, Any]]:
    """Audit entries for bulk-written rows, to be written together with :func:`write`."""
    actor = str(session.info.get(ACTOR_KEY, "ukendt"))
    now = utc_now()
    return [
        {
            "at": now,
            "actor": actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "changes": {k: _jsonable(v) for k, v in changes.items() if v is not None},
        }
        for entity_id, changes in changes_by_id
    ]


def write(session: Session, found: list[dict[str, Any]]) -> None:
    if found:
        table: Table = AuditEntry.__table__  # type: ignore[assignment]
        bulk.insert_with_ids(session, table, found)


def refers_to(session: Session, key: str, values: Collection[int]) -> ColumnElement[bool]:
    """Entries whose recorded ``key`` is one of ``values``, as the entries of created and
    deleted rows record it (an update records [old, new] and is not matched).

    PostgreSQL's JSON text operator compares as text, which also passes over the
    pairs of updates without a cast error; SQLite's extract gives numbers.
    """
    field = AuditEntry.changes[key]
    found: ColumnElement[bool]
    if session.get_bind().dialect.name == "postgresql":
        found = field.as_string().in_([str(v) for v in values])
    else:
        found = field.as_integer().in_(list(values))
    return found


def _record_changes(session: Session, _flush: UOWTransaction) -> None:
    if session.info.get(_PAUSED_KEY):
        return
    actor = str(session.info.get(ACTOR_KEY, "ukendt"))
    now = utc_now()
    entries: list[dict[str, Any]] = []
    for action, objects in (
        ("create", session.new),
        ("update", session.dirty),
        ("delete", session.deleted),
    ):
        for obj in objects:
            if isinstance(obj, _NOT_AUDITED):
                continue
            changes = _changes(obj, action)
            if changes or action != "update":
                entries.append(
                    {
                        "at": now,
                        "actor": actor,
                        "action": action,
                        "entity": obj.__tablename__,
                        "entity_id": inspect(obj).mapper.primary_key_from_instance(obj)[0],
                        "changes": changes,
                    }
                )
    if entries:
        session.execute(insert(AuditEntry), entries)


def _changes(obj: object, action: str) -> dict[str, Any]:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for column_attr in state.mapper.column_attrs:
        key = column_attr.key
        if key == "version":
            continue
        history = state.attrs[key].history
        if action == "create":
            value = getattr(obj, key)
            if value is not None:
                changes[key] = _jsonable(value)
        elif action == "delete":
            changes[key] = _jsonable(getattr(obj, key))
        elif history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[key] = [_jsonable(old), _jsonable(new)]
    return changes


def _jsonable(value: Any) -> Any:
    if type(value) in _PLAIN:
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value
