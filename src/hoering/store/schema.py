"""Bringing a database to the schema this program expects.

- A database without tables is created at the newest revision.
- An older SQLite file is copied to a backup beside it, then upgraded.
- An older PostgreSQL database is refused: a team's server is upgraded on
  purpose, with ``hoering db upgrade``, by whoever looks after it; it is dumped
  with pg_dump first.
- A database from a newer program, or one that is not Høring's, is refused.
"""

from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL

from hoering.domain.errors import DatabaseError
from hoering.packaged import migrations_dir
from hoering.store.backup import backup_beside
from hoering.store.database import Database, create_engine_for, describe

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# The newest migration in db/versions (a test keeps the two equal). A database at it
# is opened without Alembic, whose import alone costs a quarter of a second at start;
# Alembic is imported when a database must be examined or upgraded.
HEAD_REVISION = "0105"


class SchemaState(StrEnum):
    EMPTY = "empty"
    CURRENT = "current"
    OLDER = "older"
    NEWER = "newer"
    FOREIGN = "foreign"


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    state: SchemaState
    revision: str | None
    head: str
    # The copy made before an upgrade.
    backup: Path | None = None


def _config(url: URL, script_location: Path | None) -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or migrations_dir()))
    config.set_main_option(
        "sqlalchemy.url", url.render_as_string(hide_password=False).replace("%", "%%")
    )
    return config


def status(db: Database, *, script_location: Path | None = None) -> SchemaStatus:
    """Which revision the database is at, compared with this program's newest."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    db.check_connection()
    scripts = ScriptDirectory.from_config(_config(db.url, script_location))
    head = scripts.get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    with db.engine.connect() as connection:
        revision = MigrationContext.configure(connection).get_current_revision()
        tables = set(inspect(connection).get_table_names())
    if revision is None:
        state = SchemaState.EMPTY if not tables else SchemaState.FOREIGN
    elif revision == head:
        state = SchemaState.CURRENT
    elif _is_known(scripts, revision):
        state = SchemaState.OLDER
    else:
        state = SchemaState.NEWER
    return SchemaStatus(state, revision, head)


def _is_known(scripts: "ScriptDirectory", revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def prepare(db: Database, *, script_location: Path | None = None) -> SchemaStatus:
    """Make the database usable at start-up, or explain in one line why it is not."""
    if script_location is None and _at_head(db):
        return SchemaStatus(SchemaState.CURRENT, HEAD_REVISION, HEAD_REVISION)
    found = status(db, script_location=script_location)
    if found.state is SchemaState.CURRENT:
        return found
    if found.state is SchemaState.EMPTY:
        _upgrade(db.url, script_location)
    elif found.state is SchemaState.OLDER and db.backend == "sqlite":
        copy = backup_beside(db.url, reason=f"rev{found.revision}")
        _upgrade(db.url, script_location)
        return replace(status(db, script_location=script_location), backup=copy)
    elif found.state is SchemaState.OLDER:
        raise DatabaseError(
            f"Databasen {describe(db.url)} har en ældre version ({found.revision}); "
            f"opgrader den med: hoering --db '{describe(db.url)}' db upgrade"
        )
    elif found.state is SchemaState.NEWER:
        raise DatabaseError(
            f"Databasen er lavet af en nyere udgave af Høring (version {found.revision}); "
            "opdater programmet."
        )
    else:
        raise DatabaseError(
            f"{describe(db.url)} indeholder andre data end en Høring-database; den er ikke ændret."
        )
    return status(db, script_location=script_location)


def upgrade(
    db: Database, *, script_location: Path | None = None, dump_folder: Path | None = None
) -> SchemaStatus:
    """Upgrade on request (``hoering db upgrade``). An older database is copied first:
    a SQLite file beside itself, a PostgreSQL database with pg_dump into ``dump_folder``
    (None: the caller has said it has a copy of its own)."""
    found = status(db, script_location=script_location)
    if found.state in (SchemaState.NEWER, SchemaState.FOREIGN):
        return prepare(db, script_location=script_location)  # raises the explanation
    copy = None
    if found.state is SchemaState.OLDER and (db.backend == "sqlite" or dump_folder is not None):
        copy = backup_beside(db.url, reason=f"rev{found.revision}", folder=dump_folder)
    if found.state is not SchemaState.CURRENT:
        _upgrade(db.url, script_location)
    return replace(status(db, script_location=script_location), backup=copy)


def _at_head(db: Database) -> bool:
    """Whether the database is at this program's newest revision (the usual case)."""
    db.check_connection()
    with db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return False
        revisions = connection.scalars(text("SELECT version_num FROM alembic_version")).all()
    return revisions == [HEAD_REVISION]


def _upgrade(url: URL, script_location: Path | None) -> None:
    from alembic import command

    engine = create_engine_for(url, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = _config(url, script_location)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()
