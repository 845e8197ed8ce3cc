"""Connecting to SQLite or PostgreSQL, and the unit of work the services use."""

from pathlib import Path
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from hoering.domain.errors import ConflictError, DatabaseError
from hoering.domain.roles import Role
from hoering.store import audit, search_index
from hoering.store.models import User

SQLITE_BUSY_TIMEOUT_MS = 5000
_WRITE_OPTION = "hoering_write"


class HoeringSession(Session):
    """A session that writes every change to the audit log and keeps search current."""


audit.install(HoeringSession)
search_index.install(HoeringSession)


def database_url(text: str) -> URL:
    """A URL for a database given as a URL or, for SQLite, as a plain file path."""
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))
    try:
        url = make_url(text)
    except ArgumentError as error:
        raise DatabaseError(f"Ugyldig databaseadresse: {text}") from error
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseError(f"Databasetypen {url.get_backend_name()!r} understøttes ikke.")
    if url.get_backend_name() == "postgresql":
        url = url.set(drivername="postgresql+psycopg")  # the driver Høring ships with
    return url


def describe(url: URL) -> str:
    """A URL fit to show to a user: no password."""
    return url.render_as_string(hide_password=True)


def create_engine_for(url: URL, *, foreign_keys: bool = True) -> Engine:
    """An engine with the settings Høring relies on.

    SQLite: WAL, a busy timeout, foreign keys, and writes that take the lock
    when they begin (``BEGIN IMMEDIATE``) so two writers wait for each other
    instead of failing halfway. Migrations pass ``foreign_keys=False`` because
    rebuilding a table must not cascade.
    """
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url)
        _configure_sqlite(engine, foreign_keys=foreign_keys)
        return engine
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5})


def _configure_sqlite(engine: Engine, *, foreign_keys: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event, not the driver, decide how transactions start.
        dbapi_connection.isolation_level = None
        # SQLite's own lower() folds only A-Z: »Østergård« would never match
        # »østergård«, and searches, filters and erasure compare lowered text.
        dbapi_connection.create_function("lower", 1, _lower, deterministic=True)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # A large import writes hundreds of megabytes: a checkpoint every 40 MB rather
        # than every 4 MB syncs the disk a tenth as often. (A larger page cache was
        # faster too, but it is per connection: 60-75 MB more for a large read.)
        cursor.execute("PRAGMA wal_autocheckpoint = 10000")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        write = connection.get_execution_options().get(_WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _lower(text: str | None) -> str | None:
    return text.lower() if isinstance(text, str) else text


class UnitOfWork:
    """One transaction for one user action. Nothing is written unless ``commit()`` is called.

    >>> with db.unit_of_work() as uow:
    ...     uow.session.add(thing)
    ...     uow.commit()
    """

    def __init__(self, sessions: sessionmaker[HoeringSession], actor: str) -> None:
        self._sessions = sessions
        self.actor = actor
        self._session: HoeringSession | None = None
        self._role: Role | None = None

    @property
    def session(self) -> HoeringSession:
        if self._session is None:
            raise RuntimeError("the unit of work is used outside its 'with' block")
        return self._session

    @property
    def role(self) -> Role:
        """The actor's role, looked up once per transaction (see :func:`actor_role`)."""
        if self._role is None:
            self._role = actor_role(self.session, self.actor)
        return self._role

    def __enter__(self) -> Self:
        self._session = self._sessions()
        self._session.info[audit.ACTOR_KEY] = self.actor
        self._role = None
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session, self._session = self.session, None
        session.rollback()
        session.close()

    def commit(self) -> None:
        try:
            self.session.commit()
        except StaleDataError as error:
            self.session.rollback()
            raise ConflictError(
                "En anden har ændret det samme imens; din ændring er ikke gemt."
            ) from error

    def flush(self) -> None:
        try:
            self.session.flush()
        except StaleDataError as error:
            raise ConflictError(
                "En anden har ændret det samme imens; din ændring er ikke gemt."
            ) from error


def actor_role(session: Session, login: str) -> Role:
    """The role of a login name. A database without users treats everyone as
    administrator (a single user's laptop, the demo), so nobody is locked out before
    the first user is registered; once there are users, unknown names may only read."""
    role = session.scalar(select(User.role).where(func.lower(User.login) == login.lower()))
    if role is not None:
        return role
    anyone = session.scalar(select(User.id).limit(1))
    return Role.READER if anyone is not None else Role.ADMINISTRATOR


class Database:
    """A connection to one Høring database, and the factory of units of work."""

    def __init__(self, url: URL, *, actor: str) -> None:
        self.url = url
        self.actor = actor
        self.engine = create_engine_for(url)
        writer = self.engine.execution_options(**{_WRITE_OPTION: True})
        self._readers = sessionmaker(
            bind=self.engine, class_=HoeringSession, expire_on_commit=False
        )
        self._writers = sessionmaker(bind=writer, class_=HoeringSession, expire_on_commit=False)

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    def unit_of_work(self, *, write: bool = True) -> UnitOfWork:
        return UnitOfWork(self._writers if write else self._readers, self.actor)

    def check_connection(self) -> None:
        """Fail with a clear message if the database cannot be reached or read."""
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
        except OperationalError as error:
            raise DatabaseError(_unreachable_message(self.url, error)) from error
        except SqlDatabaseError as error:
            raise DatabaseError(
                f"{describe(self.url)} er ikke en database, Høring kan læse."
            ) from error

    def dispose(self) -> None:
        self.engine.dispose()


def _unreachable_message(url: URL, error: OperationalError) -> str:
    if url.get_backend_name() == "sqlite":
        return f"Kan ikke åbne databasefilen {url.database}: {error.orig}"
    detail = str(error.orig).strip().splitlines()[0] if error.orig else ""
    return (
        f"Kan ikke forbinde til PostgreSQL-serveren {url.host or 'localhost'}:{url.port or 5432}"
        f" ({detail})."
    )
