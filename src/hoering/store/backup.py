"""Copies of a whole database, and putting one back.

SQLite is copied with its online backup API: a consistent copy, made while
colleagues keep working. PostgreSQL is dumped with ``pg_dump`` in its custom
format and restored with ``pg_restore`` in one transaction; both must be on
the PATH (they come with PostgreSQL's client package). The password travels
in the environment, never on the command line where others could see it.
"""

import os
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import URL

from hoering.domain.errors import DatabaseError, InvalidInputError

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"


def backup(url: URL, target: Path) -> Path:
    """Copy the database to ``target``, which must not exist yet."""
    if target.exists():
        raise InvalidInputError(f"{target} findes allerede; vælg et nyt filnavn.")
    if not target.parent.is_dir():
        raise InvalidInputError(f"Mappen findes ikke: {target.parent}")
    if url.get_backend_name() == "sqlite":
        _copy_sqlite(Path(str(url.database)), target)
    else:
        _run(_tool("pg_dump"), "--format=custom", f"--file={target}", url=url)
    return target


def restore(url: URL, source: Path) -> None:
    """Replace the database's content with a copy made by :func:`backup`."""
    try:
        with source.open("rb") as stream:
            head = stream.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise InvalidInputError(f"Kan ikke læse {source} ({error.strerror}).") from error
    if url.get_backend_name() == "sqlite":
        if head != SQLITE_MAGIC:
            raise InvalidInputError(f"{source} er ikke en sikkerhedskopi af en SQLite-database.")
        _copy_sqlite(source, Path(str(url.database)))
    else:
        if not head.startswith(PG_DUMP_MAGIC):
            raise InvalidInputError(
                f"{source} er ikke en sikkerhedskopi lavet med pg_dump (hoering db backup)."
            )
        _run(
            _tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            str(source),
            url=url,
        )


def backup_beside(url: URL, *, reason: str, folder: Path | None = None) -> Path:
    """A copy named after the database, the reason and the time: beside a SQLite file,
    in ``folder`` for PostgreSQL (before a schema upgrade, or before a restore)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    if url.get_backend_name() == "sqlite":
        source = Path(str(url.database))
        folder, name, suffix = source.parent, f"{source.stem}.{reason}.{stamp}", ".backup.sqlite"
    elif folder is None:
        raise DatabaseError("Der er ingen mappe til sikkerhedskopien.")
    else:
        folder.mkdir(parents=True, exist_ok=True)
        name, suffix = f"{url.database}.{reason}.{stamp}", ".dump"
    target = folder / f"{name}{suffix}"
    number = 1
    while target.exists():  # two copies within a second
        number += 1
        target = folder / f"{name}-{number}{suffix}"
    return backup(url, target)


def pg_tools_found() -> bool:
    return shutil.which("pg_dump") is not None and shutil.which("pg_restore") is not None


def _copy_sqlite(source_path: Path, target_path: Path) -> None:
    source = sqlite3.connect(source_path)
    target = sqlite3.connect(target_path)
    try:
        source.backup(target)
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"Kopien kunne ikke laves: {error}") from error
    finally:
        target.close()
        source.close()


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise DatabaseError(
            f"{name} findes ikke på denne maskine; installér PostgreSQL-klienten "
            "(Debian: apt-get install postgresql-client)."
        )
    return found


def _run(tool: str, *arguments: str, url: URL) -> None:
    environment = dict(os.environ)
    if url.password:
        environment["PGPASSWORD"] = str(url.password)
    address = url.set(drivername="postgresql", password=None).render_as_string()
    result = subprocess.run(
        [tool, *arguments, f"--dbname={address}"],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        detail = (result.stderr.strip().splitlines() or [""])[-1]
        raise DatabaseError(f"{Path(tool).name} mislykkedes: {detail}")
