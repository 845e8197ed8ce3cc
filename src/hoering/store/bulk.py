"""Bulk inserts with ids known in advance, on SQLite and PostgreSQL.

An INSERT … RETURNING of many rows gives the ids in an order neither backend
promises, so SQLAlchemy falls back to one statement per row when the order
matters. Taking the ids first lets one executemany insert them all: PostgreSQL
hands out a range from the table's sequence; SQLite continues after the highest
id, which is safe because writers hold the database lock from BEGIN IMMEDIATE.

The rows go to the driver's executemany directly, converted by each column's
own bind processor (time zones, enums, JSON) with the column defaults filled
in: the same values the ORM would write, without its cost per row, which for
100 000 SMS is most of the import. What the ORM's flush hooks do for single rows
(the audit log) is done for bulk rows by listeners registered with :func:`on_insert`.
"""

from collections.abc import Callable
from functools import cache
from operator import methodcaller
from typing import Any

from sqlalchemy import Column, Connection, Dialect, Table, func, select, text
from sqlalchemy.orm import Session

_Converter = Callable[[list[dict[str, Any]]], list[tuple[Any, ...]]]
# Called after every bulk insert with the rows as inserted (their ids included).
InsertListener = Callable[[Session, Table, list[dict[str, Any]]], None]
_listeners: list[InsertListener] = []


def on_insert(listener: InsertListener) -> None:
    """Run ``listener`` after every bulk insert, in the same transaction."""
    if listener not in _listeners:
        _listeners.append(listener)


def allocate_ids(connection: Connection, table: Table, count: int) -> list[int]:
    """``count`` new primary keys for ``table``, for use in this transaction."""
    if count <= 0:
        return []
    if connection.dialect.name == "postgresql":
        rows = connection.execute(
            text(
                "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"
            ),
            {"table": table.name, "n": count},
        )
        return [int(row[0]) for row in rows]
    highest = connection.scalar(select(func.max(table.c.id))) or 0
    return list(range(highest + 1, highest + count + 1))


def insert_with_ids(session: Session, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows in one executemany, giving each a new id (also set in its dict);
    the ids in row order."""
    if not rows:
        return []
    connection = session.connection()
    ids = allocate_ids(connection, table, len(rows))
    for row, new_id in zip(rows, ids, strict=True):
        row["id"] = new_id
    sql, convert = _statement(table, connection.dialect)
    connection.exec_driver_sql(sql, convert(rows))
    for listener in _listeners:
        listener(session, table, rows)
    return ids


@cache
def _statement(table: Table, dialect: Dialect) -> tuple[str, _Converter]:
    columns = list(table.columns)
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
        f"VALUES ({', '.join(marker for _ in columns)})"
    )
    steps = [_column_values(column, dialect) for column in columns]

    def convert(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        return list(zip(*(step(rows) for step in steps), strict=True))

    return sql, convert


def _column_values(
    column: Column[Any], dialect: Dialect
) -> Callable[[list[dict[str, Any]]], list[Any]]:
    """One column's values for a batch of rows, column by column: the loops run in C.

    A missing value takes the column default (a callable one is called once per
    batch, like the time of the audit entries). Rows of a batch repeat values (the
    consultation, enums, times), so each distinct value is converted once.
    """
    name = column.name
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    default = column.default

    def values(rows: list[dict[str, Any]]) -> list[Any]:
        if default is None:
            fill = None
        elif getattr(default, "is_callable", False):
            fill = default.arg(None)  # type: ignore[attr-defined]
        else:
            fill = default.arg  # type: ignore[attr-defined]
        found = list(map(methodcaller("get", name, fill), rows))
        if process is None:
            return found
        try:
            converted = {value: process(value) for value in set(found)}
        except TypeError:  # unhashable values (JSON): each on its own
            return list(map(process, found))
        return list(map(converted.__getitem__, found))

    return values
