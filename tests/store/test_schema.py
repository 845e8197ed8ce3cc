"""Creating, recognising and upgrading databases, on SQLite and PostgreSQL."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import URL

from hoering.domain.errors import DatabaseError
from hoering.packaged import migrations_dir
from hoering.services.search import search
from hoering.store.database import Database
from hoering.store.models import Base
from hoering.store.schema import HEAD_REVISION, SchemaState, prepare, status, upgrade
from hoering.store.search_index import in_models

ACTOR = "testbruger"
HEAD = ScriptDirectory(str(migrations_dir())).get_current_head()

# A later revision that only exists in the test: it makes today's head "older".
_NEXT_REVISION = '''
"""test only: a later schema"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan") as batch:
        batch.add_column(sa.Column("test_note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("plan") as batch:
        batch.drop_column("test_note")
'''


@pytest.fixture
def later_migrations(tmp_path: Path) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    later = _NEXT_REVISION.replace("{head}", HEAD)
    (folder / "versions" / "9999_test_later.py").write_text(later, encoding="utf-8")
    return folder


def test_the_program_knows_its_newest_migration_without_alembic() -> None:
    assert HEAD_REVISION == HEAD  # add a migration, and raise HEAD_REVISION with it


def test_a_new_database_is_created_at_the_newest_revision(db_url: URL) -> None:
    db = Database(db_url, actor=ACTOR)
    try:
        assert status(db).state is SchemaState.EMPTY
        found = prepare(db)
        assert found.state is SchemaState.CURRENT
        assert found.revision == found.head
        assert {"consultation", "measure", "comment", "audit_entry"} <= set(
            inspect(db.engine).get_table_names()
        )
    finally:
        db.dispose()


def test_the_migrations_build_exactly_the_schema_of_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        # As db/env.py compares: the search index's trigram tables are not in the models.
        context = MigrationContext.configure(connection, opts={"include_name": in_models})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_an_older_sqlite_file_is_backed_up_then_upgraded(
    sqlite_backend, later_migrations: Path
) -> None:
    db = Database(sqlite_backend.new_database(template="demo"), actor=ACTOR)
    path = Path(str(db.url.database))
    try:
        assert status(db, script_location=later_migrations).state is SchemaState.OLDER
        found = prepare(db, script_location=later_migrations)
        assert found.state is SchemaState.CURRENT and found.revision == "9999"
        columns = {c["name"] for c in inspect(db.engine).get_columns("plan")}
        assert "test_note" in columns
    finally:
        db.dispose()
    backups = list(path.parent.glob(f"{path.stem}.rev{HEAD}.*.backup.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
        assert backup.execute("SELECT count(*) FROM measure").fetchone() == (64,)


@pytest.mark.postgres
def test_an_older_postgresql_database_is_refused_with_the_upgrade_command(
    postgres_backend, later_migrations: Path
) -> None:
    db = Database(postgres_backend.new_database(template="schema"), actor=ACTOR)
    try:
        with pytest.raises(DatabaseError, match=r"hoering --db .* db upgrade"):
            prepare(db, script_location=later_migrations)
        assert status(db, script_location=later_migrations).revision == HEAD
        assert upgrade(db, script_location=later_migrations).revision == "9999"
    finally:
        db.dispose()


def test_a_database_from_a_newer_program_is_refused_and_left_alone(db: Database) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'abcdef123456'"))
    with pytest.raises(DatabaseError, match="nyere udgave af Høring"):
        prepare(db)
    assert status(db).revision == "abcdef123456"


def test_a_database_with_other_tables_is_refused_and_left_alone(db_url: URL) -> None:
    db = Database(db_url, actor=ACTOR)
    try:
        with db.engine.begin() as connection:
            connection.execute(text("CREATE TABLE customers (id INTEGER PRIMARY KEY)"))
        with pytest.raises(DatabaseError, match="andre data end en Høring-database"):
            prepare(db)
        assert inspect(db.engine).get_table_names() == ["customers"]
    finally:
        db.dispose()


def test_a_file_that_is_not_a_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Dette er ikke en database\n" * 100, encoding="utf-8")
    before = path.read_bytes()
    db = Database(URL.create("sqlite", database=str(path)), actor=ACTOR)
    try:
        with pytest.raises(DatabaseError, match="ikke en database"):
            prepare(db)
    finally:
        db.dispose()
    assert path.read_bytes() == before


def test_an_unreachable_postgresql_server_gives_a_clear_message() -> None:
    url = URL.create(
        "postgresql+psycopg", username="postgres", host="127.0.0.1", port=1, database="x"
    )
    db = Database(url, actor=ACTOR)
    try:
        with pytest.raises(
            DatabaseError, match=r"Kan ikke forbinde til PostgreSQL-serveren 127\.0\.0\.1:1"
        ):
            prepare(db)
    finally:
        db.dispose()


def test_upgrading_from_the_first_schema_indexes_what_is_there(demo_db: Database) -> None:
    """Revision 0002 adds search: an older database's texts must become searchable."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with demo_db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert status(demo_db).state is SchemaState.OLDER
    assert upgrade(demo_db).state is SchemaState.CURRENT
    hits = search(demo_db.unit_of_work(write=False), None, "delecykler")
    assert {h.kind for h in hits} == {"comment", "response"}
