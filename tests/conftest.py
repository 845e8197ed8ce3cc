"""Shared test set-up: offscreen Qt, a throwaway PostgreSQL server, fresh databases.

Store and service tests run once per backend (``sqlite`` and ``postgres``). The
PostgreSQL server is Debian's ``postgresql`` package, started here in a
temporary folder; set HOERING_TEST_POSTGRES to a server URL to use another one.
Without PostgreSQL installed the postgres tests fail with the command that
installs it, unless HOERING_TEST_SKIP_POSTGRES=1 says to skip them.
"""

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HOERING_LANG", "da")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from hoering.store.database import Database
from tests.support.databases import (
    Backend,
    PostgresBackend,
    PostgresServer,
    SqliteBackend,
    postgres_binaries,
)

ACTOR = "testbruger"


@pytest.fixture(autouse=True)
def _isolated_user_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the real user's database or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("HOERING_DB", raising=False)


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
    external = os.environ.get("HOERING_TEST_POSTGRES")
    if external:
        yield PostgresServer.external(external)
        return
    server = PostgresServer.start_local()
    if server is None:
        if os.environ.get("HOERING_TEST_SKIP_POSTGRES") == "1":
            pytest.skip("PostgreSQL is not installed (HOERING_TEST_SKIP_POSTGRES=1)")
        pytest.fail(
            "PostgreSQL is needed for the store tests: apt-get install postgresql "
            "(or set HOERING_TEST_SKIP_POSTGRES=1 to skip them)"
        )
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def sqlite_backend(tmp_path_factory: pytest.TempPathFactory) -> SqliteBackend:
    return SqliteBackend(tmp_path_factory.mktemp("sqlite"))


@pytest.fixture(scope="session")
def postgres_backend(postgres_server: PostgresServer) -> Iterator[PostgresBackend]:
    backend = PostgresBackend(postgres_server)
    yield backend
    backend.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> Backend:
    name = "sqlite_backend" if request.param == "sqlite" else "postgres_backend"
    backend: Backend = request.getfixturevalue(name)
    return backend


@pytest.fixture
def pg_tools(monkeypatch: pytest.MonkeyPatch) -> None:
    """pg_dump and pg_restore on the PATH: those of the test server unless there are some."""
    if shutil.which("pg_dump") and shutil.which("pg_restore"):
        return
    binaries = postgres_binaries()
    if binaries is None or not (binaries / "pg_dump").exists():
        pytest.skip("pg_dump is not installed")
    monkeypatch.setenv("PATH", f"{binaries}{os.pathsep}{os.environ.get('PATH', '')}")


@pytest.fixture
def db_url(backend: Backend) -> URL:
    """A new, empty database (no tables)."""
    return backend.new_database()


@pytest.fixture
def db(backend: Backend) -> Iterator[Database]:
    """A new database at the newest schema, with no consultations."""
    database = Database(backend.new_database(template="schema"), actor=ACTOR)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(backend: Backend) -> Iterator[Database]:
    """A new database holding the demo consultation (copied from a template made once)."""
    database = Database(backend.new_database(template="demo"), actor=ACTOR)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_demo_path(sqlite_backend: SqliteBackend) -> Path:
    """A SQLite file with the demo, for command-line and window tests."""
    url = sqlite_backend.new_database(template="demo")
    return Path(str(url.database))


@pytest.fixture
def make_db(backend: Backend) -> Iterator[Callable[[str | None], Database]]:
    """Open further databases of the current backend (e.g. a second user)."""
    opened: list[Database] = []

    def make(template: str | None = "schema") -> Database:
        database = Database(backend.new_database(template=template), actor=ACTOR)
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.dispose()
