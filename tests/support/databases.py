"""Fresh test databases on SQLite and on a throwaway PostgreSQL server.

Building the schema or the demo takes a moment, so each is built once per
session as a template and copied for every test: a file copy on SQLite,
``CREATE DATABASE … TEMPLATE`` on PostgreSQL.
"""

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from hoering.services.demo import create_demo
from hoering.store.database import Database
from hoering.store.schema import prepare

_ACTOR = "testopsætning"


def _build_schema(db: Database) -> None:
    prepare(db)


def _build_demo(db: Database) -> None:
    prepare(db)
    create_demo(db.unit_of_work())


TEMPLATES: dict[str, Callable[[Database], None]] = {"schema": _build_schema, "demo": _build_demo}


class Backend(Protocol):
    name: str

    def new_database(self, template: str | None = None) -> URL: ...


class SqliteBackend:
    name = "sqlite"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._numbers = itertools.count(1)
        self._templates: dict[str, Path] = {}

    def new_database(self, template: str | None = None) -> URL:
        path = self.folder / f"test-{next(self._numbers)}.sqlite"
        if template is not None:
            shutil.copyfile(self._template(template), path)
        return URL.create("sqlite", database=str(path))

    def _template(self, name: str) -> Path:
        if name not in self._templates:
            path = self.folder / f"template-{name}.sqlite"
            db = Database(URL.create("sqlite", database=str(path)), actor=_ACTOR)
            TEMPLATES[name](db)
            db.dispose()  # the last connection checkpoints the WAL into the file
            self._templates[name] = path
        return self._templates[name]


class PostgresServer:
    """A PostgreSQL server for the tests: started here, or given by URL."""

    def __init__(self, url: URL, stop: Callable[[], None] | None = None) -> None:
        self.url = url
        self._stop = stop

    @classmethod
    def external(cls, url: str) -> "PostgresServer":
        return cls(make_url(url).set(drivername="postgresql+psycopg"))

    @classmethod
    def start_local(cls) -> "PostgresServer | None":
        binaries = postgres_binaries()
        if binaries is None:
            return None
        data = Path(tempfile.mkdtemp(prefix="hoering-pg-"))
        as_postgres: list[str] = []
        if os.geteuid() == 0:  # initdb refuses to run as root
            account = pwd.getpwnam("postgres")
            os.chown(data, account.pw_uid, account.pw_gid)
            as_postgres = ["runuser", "-u", "postgres", "--"]
        port = _free_port()
        subprocess.run(
            [
                *as_postgres,
                str(binaries / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ],
            check=True,
            capture_output=True,
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -p {port} -k {data} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        subprocess.run(
            [
                *as_postgres,
                str(binaries / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(data / "server.log"),
                "-w",
                "-o",
                options,
                "start",
            ],
            check=True,
            capture_output=True,
        )

        def stop() -> None:
            subprocess.run(
                [
                    *as_postgres,
                    str(binaries / "pg_ctl"),
                    "-D",
                    str(data),
                    "-m",
                    "immediate",
                    "stop",
                ],
                check=False,
                capture_output=True,
            )
            shutil.rmtree(data, ignore_errors=True)

        url = URL.create(
            "postgresql+psycopg",
            username="postgres",
            host="127.0.0.1",
            port=port,
            database="postgres",
        )
        return cls(url, stop)

    def stop(self) -> None:
        if self._stop is not None:
            self._stop()


def postgres_binaries() -> Path | None:
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    if candidates:
        return candidates[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class PostgresBackend:
    name = "postgres"

    def __init__(self, server: PostgresServer) -> None:
        self.server = server
        self._admin = create_engine(server.url, isolation_level="AUTOCOMMIT")
        self._prefix = f"hoering_test_{os.getpid()}"
        self._numbers = itertools.count(1)
        self._templates: dict[str, str] = {}
        self._created: list[str] = []

    def new_database(self, template: str | None = None) -> URL:
        name = f"{self._prefix}_{next(self._numbers)}"
        source = f" TEMPLATE {self._template(template)}" if template is not None else ""
        self._create(name, source)
        return self.server.url.set(database=name)

    def _template(self, name: str) -> str:
        if name not in self._templates:
            database = f"{self._prefix}_template_{name}"
            self._create(database, "")
            db = Database(self.server.url.set(database=database), actor=_ACTOR)
            TEMPLATES[name](db)
            db.dispose()
            self._templates[name] = database
        return self._templates[name]

    def _create(self, name: str, source: str) -> None:
        with self._admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"{source}'))
        self._created.append(name)

    def close(self) -> None:
        with self._admin.connect() as connection:
            for name in reversed(self._created):
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self._admin.dispose()
