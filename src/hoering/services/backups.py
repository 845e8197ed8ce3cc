"""Backing up a whole database, and putting a backup back (administrators only).

A backup holds everyone's personal data: it is entered in the register of
exported files like any other file that leaves the program. Before a restore,
the database as it is is copied too, so a restore can itself be undone.
"""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, select

from hoering.domain.enums import ExportKind
from hoering.domain.roles import Permission
from hoering.services.access import require
from hoering.services.exports import WrittenFile, hash_file, record_export
from hoering.store import backup
from hoering.store.database import Database
from hoering.store.models import RespondentContact, User
from hoering.store.schema import SchemaState, SchemaStatus, status


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    sha256: str
    size: int
    export_id: int


@dataclass(frozen=True, slots=True)
class RestoreResult:
    # The database as it was before the restore; None if it was empty.
    previous: Path | None
    schema: SchemaStatus


def back_up(db: Database, target: Path) -> BackupResult:
    """Copy the database to ``target`` (a new file) and register the copy."""
    _require_maintainer(db)
    path = backup.backup(db.url, target.expanduser().absolute())
    digest, size = hash_file(path)
    with db.unit_of_work() as uow:
        export = record_export(
            uow.session,
            kind=ExportKind.BACKUP,
            written=WrittenFile(path, digest, size),
            actor=uow.actor,
            description="Sikkerhedskopi af hele databasen",
            personal_data=True,
            # Everyone whose contact details the copy holds, for a request to see or
            # erase one's data to find it.
            subjects=uow.session.scalars(select(RespondentContact.respondent_id).distinct()),
        )
        uow.commit()
        return BackupResult(path, digest, size, export.id)


def restore_backup(db: Database, source: Path, *, dump_folder: Path | None) -> RestoreResult:
    """Replace the database with a backup. The current content is copied first (beside a
    SQLite file; into ``dump_folder`` for PostgreSQL, unless None)."""
    _require_maintainer(db)
    previous = None
    if status(db).state is not SchemaState.EMPTY and (
        db.backend == "sqlite" or dump_folder is not None
    ):
        previous = backup.backup_beside(db.url, reason="foer-gendannelse", folder=dump_folder)
    db.engine.dispose()
    backup.restore(db.url, source.expanduser())
    db.engine.dispose()  # pooled connections must not keep the old pages
    return RestoreResult(previous, status(db))


def _require_maintainer(db: Database) -> None:
    """Administrators only; a database from before users existed has no roles to check."""
    db.check_connection()
    if User.__tablename__ not in inspect(db.engine).get_table_names():
        return
    with db.unit_of_work(write=False) as uow:
        require(uow, Permission.MAINTAIN_DATABASE)
