"""Opening a database for use: connect, then bring its schema up to date (or refuse)."""

from pathlib import Path

from hoering.domain.errors import DatabaseError
from hoering.store.database import Database, database_url
from hoering.store.schema import prepare


def open_database(setting: str, actor: str, *, must_exist: bool = False) -> Database:
    """A ready database. ``must_exist`` refuses to create a missing SQLite file, for
    commands that only read."""
    url = database_url(setting)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        if must_exist and not path.exists():
            raise DatabaseError(f"Databasen findes ikke: {path}")
        if not path.parent.is_dir():
            raise DatabaseError(f"Mappen til databasen findes ikke: {path.parent}")
    db = Database(url, actor=actor)
    try:
        prepare(db)
    except Exception:
        db.dispose()
        raise
    return db
