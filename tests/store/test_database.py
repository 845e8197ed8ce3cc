"""What the store guarantees: aware times, SQLite settings, versions, an audit of every change."""

import threading
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text

from hoering.domain.enums import Channel, Timeliness
from hoering.domain.errors import ConflictError
from hoering.services.assessments import get_assessment, save_assessment
from hoering.services.consultations import list_consultations
from hoering.store.database import Database, database_url
from hoering.store.models import AuditEntry, Measure, Response


def _measure(db: Database, number: str) -> tuple[int, int]:
    with db.unit_of_work(write=False) as uow:
        consultation = list_consultations(db.unit_of_work(write=False))[0].id
        measure = uow.session.scalars(select(Measure).where(Measure.number == number)).one()
        return consultation, measure.id


def test_received_times_come_back_aware_and_equal(demo_db: Database) -> None:
    copenhagen = timezone(timedelta(hours=2))
    sent = datetime(2023, 4, 30, 23, 58, tzinfo=copenhagen)
    with demo_db.unit_of_work(write=False) as uow:
        received = uow.session.scalars(
            select(Response.received_at).where(Response.channel == Channel.EMAIL)
        ).all()
    assert all(r.tzinfo is not None for r in received)
    assert sent in received  # 11-lige-inden-fristen.eml, compared as an instant


def test_a_naive_time_is_refused_before_it_reaches_the_database(demo_db: Database) -> None:
    with demo_db.unit_of_work() as uow:
        response = uow.session.scalars(select(Response)).first()
        assert response is not None
        response.received_at = datetime(2023, 4, 1, 12, 0)
        with pytest.raises(Exception, match="timezone-aware"):
            uow.session.flush()


def test_sqlite_runs_with_wal_foreign_keys_and_a_busy_timeout(sqlite_backend) -> None:
    db = Database(sqlite_backend.new_database(template="schema"), actor="t")
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        db.dispose()


def test_a_sqlite_path_becomes_an_absolute_url(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    url = database_url("data/hoering.sqlite")
    assert url.get_backend_name() == "sqlite"
    assert url.database == str(tmp_path / "data" / "hoering.sqlite")
    assert database_url("postgresql://u@h/db").drivername == "postgresql+psycopg"


def test_two_sqlite_writers_wait_for_each_other_instead_of_failing(sqlite_backend) -> None:
    """BEGIN IMMEDIATE: the second writer waits for the first and then succeeds."""
    url = sqlite_backend.new_database(template="demo")
    first, second = Database(url, actor="a"), Database(url, actor="b")
    consultation, measure = _measure(first, "12")
    started = threading.Event()
    results: list[object] = []

    def hold_the_lock() -> None:
        with first.unit_of_work() as uow:
            uow.session.execute(
                text("UPDATE measure SET title = title WHERE id = :i"), {"i": measure}
            )
            started.set()
            threading.Event().wait(0.5)
            uow.commit()

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    started.wait(5)
    try:
        view = save_assessment(
            second.unit_of_work(), consultation, measure, "Ny vurdering", expected_version=1
        )
        results.append(view)
    finally:
        holder.join()
        first.dispose()
        second.dispose()
    assert results and results[0].text == "Ny vurdering"  # type: ignore[attr-defined]


def test_a_colleagues_save_is_never_overwritten(demo_db: Database) -> None:
    consultation, measure = _measure(demo_db, "12")
    mine = get_assessment(demo_db.unit_of_work(write=False), consultation, measure)
    theirs = save_assessment(
        demo_db.unit_of_work(),
        consultation,
        measure,
        "Kollegaens tekst",
        expected_version=mine.version,
    )
    assert theirs.version == mine.version + 1
    with pytest.raises(ConflictError, match="mens du skrev"):
        save_assessment(
            demo_db.unit_of_work(),
            consultation,
            measure,
            "Min tekst",
            expected_version=mine.version,
        )
    kept = get_assessment(demo_db.unit_of_work(write=False), consultation, measure)
    assert kept.text == "Kollegaens tekst"


@pytest.mark.postgres
def test_a_concurrent_update_of_the_same_row_raises_a_conflict(postgres_backend) -> None:
    """The version column: two transactions read version 1; the second UPDATE finds no row."""
    url = postgres_backend.new_database(template="demo")
    db = Database(url, actor="t")
    try:
        with db.unit_of_work() as mine, db.unit_of_work() as theirs:
            row = mine.session.scalars(select(Measure).where(Measure.number == "7")).one()
            other = theirs.session.scalars(select(Measure).where(Measure.number == "7")).one()
            other.title = "Kollegaens titel"
            theirs.commit()
            row.title = "Min titel"
            with pytest.raises(ConflictError):
                mine.commit()
        with db.unit_of_work(write=False) as check:
            title = check.session.scalars(select(Measure.title).where(Measure.number == "7")).one()
        assert title == "Kollegaens titel"
    finally:
        db.dispose()


def test_every_change_is_audited_with_who_and_old_and_new(demo_db: Database) -> None:
    consultation, measure = _measure(demo_db, "5")
    save_assessment(
        demo_db.unit_of_work(), consultation, measure, "Første tekst", expected_version=0
    )
    save_assessment(
        demo_db.unit_of_work(), consultation, measure, "Anden tekst", expected_version=1
    )
    with demo_db.unit_of_work(write=False) as uow:
        update, create = uow.session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "assessment")
            .order_by(AuditEntry.id.desc())
            .limit(2)
        ).all()
        assert create.action == "create" and create.changes["text"] == "Første tekst"
        assert update.action == "update"
        assert update.changes == {"text": ["Første tekst", "Anden tekst"]}
        assert update.actor == demo_db.actor
        assert update.at.tzinfo is not None and update.at <= datetime.now(UTC)


def test_the_demo_import_is_audited_too(demo_db: Database) -> None:
    with demo_db.unit_of_work(write=False) as uow:
        created = uow.session.scalars(
            select(AuditEntry.entity).where(AuditEntry.action == "create")
        ).all()
    assert created.count("measure") == 64
    assert "response" in created and "comment" in created


def test_late_flags_are_stored_per_response(demo_db: Database) -> None:
    with demo_db.unit_of_work(write=False) as uow:
        late = uow.session.execute(
            select(Response.original_filename, Response.original_location).where(
                Response.timeliness == Timeliness.LATE
            )
        ).all()
    # An SMS keeps the gateway's export as its original, and its line in it.
    assert sorted(tuple(row) for row in late) == [
        ("10-for-sent.eml", None),
        ("sms.csv", "linje 12"),
    ]
