"""Killing the program in the middle of an import (both backends).

``hoering import mail`` and ``hoering import sms`` run in a child process that
is killed with SIGKILL at random points — after a random number of responses
has been committed, plus a random moment more, so kills land inside
transactions too. After every kill the database is checked as an
administrator would: each response committed before is still there and
unchanged, every stored file has the bytes its SHA-256 says, nothing is left
half-written (no file, sender or audit entry without its response), and no
message is stored twice. Importing again then completes the import.
"""

import hashlib
import os
import random
import signal
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import URL

from hoering.services.consultations import NewConsultation, create_consultation
from hoering.services.imports import SMS_BATCH_SIZE
from hoering.store.database import Database
from hoering.store.models import (
    Attachment,
    AuditEntry,
    CommitteePackage,
    DocumentImport,
    Pseudonym,
    Respondent,
    Response,
    StoredFile,
)
from tests.support.databases import Backend

MAILS = 300
# Enough transactions for three kills to land between commits.
SMS_ROWS = 4 * SMS_BATCH_SIZE
KILLS = 3
REPOSITORY = Path(__file__).resolve().parents[2]


def write_mails(folder: Path, seed: int) -> None:
    """Citizens' mails, some with an attachment; several from the same sender."""
    rng = random.Random(seed)
    folder.mkdir()
    start = datetime(2023, 3, 29, 8, 0, tzinfo=UTC)
    for number in range(MAILS):
        sender = number % 120
        message = EmailMessage()
        message["From"] = f"Borger {sender} <borger{sender}@example.org>"
        message["To"] = "klima@balk.dk"
        message["Subject"] = f"Høringssvar {number}"
        message["Date"] = format_datetime(start + timedelta(minutes=137 * number))
        message["Message-ID"] = f"<svar-{number}@example.org>"
        words = " ".join(
            rng.choice(["cykelsti", "busser", "træer", "solceller"]) for _ in range(60)
        )
        message.set_content(f"Svar nummer {number}: {words}\n\nVenlig hilsen\nBorger {sender}\n")
        if number % 4 == 0:
            message.add_attachment(
                rng.randbytes(40_000),
                maintype="application",
                subtype="pdf",
                filename=f"bilag-{number}.pdf",
            )
        (folder / f"svar-{number:04d}.eml").write_bytes(bytes(message))


def write_sms_export(path: Path) -> None:
    lines = ["id;afsender;modtager;besked;modtaget"]
    start = datetime(2023, 3, 29, 8, 0)
    for number in range(SMS_ROWS):
        sent = start + timedelta(seconds=211 * number)
        lines.append(
            f"{number + 1};2{number % 3000:07d};1910;BALK KLIMA Forslag nummer {number} om "
            f"cykelstier;{sent:%d-%m-%Y %H:%M:%S}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


class Snapshot:
    """The responses committed so far, and the checks an administrator would make."""

    def __init__(self, url: URL) -> None:
        self.db = Database(url, actor="kontrol")
        self.seen: dict[int, tuple[str | None, str]] = {}

    def count(self) -> int:
        with self.db.unit_of_work(write=False) as uow:
            return uow.session.scalar(select(func.count(Response.id))) or 0

    def check(self) -> int:
        with self.db.unit_of_work(write=False) as uow:
            s = uow.session
            responses = {
                r.id: (r.original_sha256, hashlib.sha256(r.body.encode()).hexdigest())
                for r in s.scalars(select(Response))
            }
            # Nothing committed before the kill is lost or changed.
            assert {i: responses.get(i) for i in self.seen} == self.seen
            # No message stored twice.
            digests = [d for d, _ in responses.values()]
            assert len(digests) == len(set(digests))
            # Every stored file holds exactly the bytes its digest names.
            for digest, size, content in s.execute(
                select(StoredFile.sha256, StoredFile.size, StoredFile.content)
            ):
                assert hashlib.sha256(content).hexdigest() == digest and len(content) == size
            # Nothing half-written: every file, sender and audit entry has its response.
            used = set()
            for column in (
                Response.original_file_id,
                Attachment.file_id,
                DocumentImport.file_id,
                CommitteePackage.file_id,
            ):
                used |= set(s.scalars(select(column).where(column.is_not(None))))
            assert set(s.scalars(select(StoredFile.id))) == used
            senders = set(s.scalars(select(Response.respondent_id)))
            assert set(s.scalars(select(Respondent.id))) == senders
            assert set(s.scalars(select(Pseudonym.respondent_id))) <= senders
            logged = set(
                s.scalars(
                    select(AuditEntry.entity_id).where(
                        AuditEntry.entity == "response", AuditEntry.action == "create"
                    )
                )
            )
            assert logged == set(responses)
        if self.db.backend == "sqlite":
            with self.db.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
                assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        self.seen = responses
        return len(responses)


def run_killed(command: list[str], snapshot: Snapshot, rng: random.Random, share: int) -> bool:
    """Start the import and kill it once a random number of further responses, up to
    ``share``, is committed (plus a random moment more); False if it finished first."""
    target = snapshot.count() + rng.randint(1, share)
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while snapshot.count() < target:
            try:
                child.wait(timeout=0.02)
            except subprocess.TimeoutExpired:
                continue
            return False  # finished before the kill
        try:
            child.wait(timeout=rng.uniform(0, 0.05))
            return False
        except subprocess.TimeoutExpired:
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            return True
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


@pytest.fixture
def target_db(backend: Backend) -> tuple[URL, int]:
    url = backend.new_database(template="schema")
    db = Database(url, actor="testbruger")
    try:
        consultation = create_consultation(
            db.unit_of_work(),
            NewConsultation(
                title="Klimahandleplan",
                opens_on=date(2023, 3, 28),
                closes_on=date(2023, 4, 30),
                sms_number="1910",
                sms_keyword="BALK KLIMA",
            ),
        )
    finally:
        db.dispose()
    return url, consultation.id


def hoering(url: URL, *arguments: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "hoering",
        "--db",
        url.render_as_string(hide_password=False),
        *arguments,
    ]


def kill_and_complete(url: URL, command: list[str], total: int, seed: int) -> None:
    rng = random.Random(seed)
    snapshot = Snapshot(url)
    try:
        kills = 0
        for _ in range(KILLS):
            kills += run_killed(command, snapshot, rng, total // (KILLS + 1))
            snapshot.check()
        assert kills >= KILLS - 1  # the import was really interrupted
        committed = len(snapshot.seen)
        finished = subprocess.run(command, capture_output=True, text=True, check=False)
        assert finished.returncode == 0, finished.stderr
        # What was committed before is recognised; the rest is imported once.
        assert f"{total - committed} importeret, {committed} dubletter" in finished.stdout
        assert snapshot.check() == total
    finally:
        snapshot.db.dispose()


def test_a_killed_mail_import_loses_nothing_and_completes(
    target_db: tuple[URL, int], tmp_path: Path
) -> None:
    url, consultation = target_db
    folder = tmp_path / "indbakke"
    write_mails(folder, seed=6)
    command = hoering(url, "import", "mail", "--consultation", str(consultation), str(folder))
    kill_and_complete(url, command, MAILS, seed=61)


def test_a_killed_sms_import_loses_nothing_and_completes(
    target_db: tuple[URL, int], tmp_path: Path
) -> None:
    url, consultation = target_db
    export = tmp_path / "sms.csv"
    write_sms_export(export)
    command = hoering(url, "import", "sms", "--consultation", str(consultation), str(export))
    kill_and_complete(url, command, SMS_ROWS, seed=62)
