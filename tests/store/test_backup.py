"""Backups and restores of whole databases: SQLite's online backup, pg_dump/pg_restore."""

from pathlib import Path

import pytest
from sqlalchemy import func, select

from hoering.domain.enums import ExportKind
from hoering.domain.errors import InvalidInputError
from hoering.services.backups import back_up, restore_backup
from hoering.services.exports import list_exports
from hoering.services.phrases import add_phrase, list_phrases
from hoering.store.backup import PG_DUMP_MAGIC, SQLITE_MAGIC
from hoering.store.database import Database
from hoering.store.models import Comment, RespondentContact
from hoering.store.schema import SchemaState, status, upgrade
from tests.store.test_schema import HEAD, later_migrations

__all__ = ["later_migrations"]


def comments(db: Database) -> int:
    with db.unit_of_work(write=False) as uow:
        return uow.session.scalar(select(func.count(Comment.id))) or 0


def test_a_backup_is_restored_and_what_came_after_it_is_gone(
    demo_db: Database, pg_tools: None, tmp_path: Path
) -> None:
    result = back_up(demo_db, tmp_path / "kopi.backup")
    magic = SQLITE_MAGIC if demo_db.backend == "sqlite" else PG_DUMP_MAGIC
    assert result.path.read_bytes().startswith(magic)
    [registered] = list_exports(demo_db.unit_of_work(write=False))
    assert registered.kind is ExportKind.BACKUP and registered.personal_data
    assert registered.sha256 == result.sha256
    # Whose data it holds: a citizen asking for their data finds the copy.
    with demo_db.unit_of_work(write=False) as uow:
        citizens = set(uow.session.scalars(select(RespondentContact.respondent_id)))
    assert set(registered.subjects) == citizens and len(citizens) > 20
    some = min(citizens)
    assert [e.id for e in list_exports(demo_db.unit_of_work(write=False), respondent_id=some)] == [
        registered.id
    ]
    add_phrase(demo_db.unit_of_work(), "Efter kopien", "Denne tekst kom efter kopien.")

    restored = restore_backup(demo_db, result.path, dump_folder=tmp_path / "før")

    assert restored.schema.state is SchemaState.CURRENT
    assert list_phrases(demo_db.unit_of_work(write=False)) == ()
    assert comments(demo_db) == 193
    # The database as it was before the restore is kept, so the restore can be undone.
    assert restored.previous is not None and restored.previous.read_bytes().startswith(magic)
    restore_backup(demo_db, restored.previous, dump_folder=None)
    assert [p.title for p in list_phrases(demo_db.unit_of_work(write=False))] == ["Efter kopien"]


def test_a_file_that_is_no_backup_is_refused_and_nothing_changes(
    demo_db: Database, pg_tools: None, tmp_path: Path
) -> None:
    wrong = tmp_path / "bilag.xlsx"
    wrong.write_bytes(b"PK\x03\x04 not a database")
    with pytest.raises(InvalidInputError, match="ikke en sikkerhedskopi"):
        restore_backup(demo_db, wrong, dump_folder=None)
    assert comments(demo_db) == 193
    with pytest.raises(InvalidInputError, match="findes allerede"):
        back_up(demo_db, wrong)


@pytest.mark.postgres
def test_postgresql_is_dumped_before_a_schema_upgrade(
    postgres_backend, pg_tools: None, later_migrations: Path, tmp_path: Path
) -> None:
    db = Database(postgres_backend.new_database(template="demo"), actor="testbruger")
    try:
        found = upgrade(db, script_location=later_migrations, dump_folder=tmp_path)
        assert found.state is SchemaState.CURRENT and found.revision == "9999"
        assert found.backup is not None and found.backup.parent == tmp_path
        assert found.backup.read_bytes().startswith(PG_DUMP_MAGIC)
        # The dump is the database as it was: restoring it gives back the older schema.
        restore_backup(db, found.backup, dump_folder=None)
        assert status(db, script_location=later_migrations).revision == HEAD
        assert comments(db) == 193
    finally:
        db.dispose()
