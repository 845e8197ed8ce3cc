"""Importing mail files, folders and mailboxes: every message accounted for, on both backends."""

import os
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hoering.domain.enums import Channel, ContactKind, ResponseStatus, Timeliness
from hoering.services.consultations import NewConsultation, create_consultation
from hoering.services.imports import ImportProgress, ImportSummary, import_mail
from hoering.services.inbox import (
    InboxFilter,
    InboxRow,
    inbox_counts,
    inbox_page,
    original_bytes,
    response_detail,
)
from hoering.services.respondents import add_contact, register_body
from hoering.services.responses import confirm_forwarded_origin
from hoering.store.database import Database
from hoering.store.models import AuditEntry, Response
from tests.exchange.test_mail_files import write_mbox
from tests.support.mail_samples import SAMPLES
from tests.support.msg_files import MsgAttachment, build_msg

CEST = timezone(timedelta(hours=2))
# When the test files were "saved": used for a mail without any usable time.
SAVED_AT = datetime(2023, 4, 29, 12, 0, tzinfo=UTC)


@pytest.fixture
def consultation(db: Database) -> int:
    return create_consultation(
        db.unit_of_work(),
        NewConsultation(
            title="Klimahandleplan",
            plan_title="Klimahandleplan",
            opens_on=date(2023, 3, 28),
            closes_on=date(2023, 4, 30),
            email_address="klima@balk.dk",
            sms_number="1910",
            sms_keyword="BALK KLIMA",
        ),
    ).id


@pytest.fixture
def inbox_folder(tmp_path: Path) -> Path:
    """What a case handler drops: every client shape, Outlook files, a mailbox, junk."""
    folder = tmp_path / "høringssvar"
    (folder / "outlook").mkdir(parents=True)
    for name, make in SAMPLES.items():
        (folder / f"{name}.eml").write_bytes(make())
    (folder / "outlook" / "karen.msg").write_bytes(
        build_msg(
            subject="Svar fra Outlook",
            body="Flere ladestandere ved Måløv station.",
            sender_name="Karen Outlook",
            sender_address="karen.outlook@example.org",
            sent_at=datetime(2023, 4, 20, 10, 0, tzinfo=UTC),
            message_id="<karen-outlook@example.org>",
            attachments=(MsgAttachment("kort.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 5000),),
        )
    )
    (folder / "outlook" / "ødelagt.msg").write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"x" * 700
    )
    (folder / "ikke-en-mail.eml").write_bytes(b"\x00\x01\x02 binary junk \xff\xfe")
    write_mbox(
        folder / "arkiv.mbox",
        [
            SAMPLES["latin1-qp"]().replace(b"<latin1@", b"<latin1-mbox@"),
            SAMPLES["utc-offset"]().replace(b"<utc@", b"<utc-mbox@"),
            b"From: Mbox Borger <mbox@example.org>\nSubject: Kort\n"
            b"Date: Thu, 20 Apr 2023 08:00:00 +0200\n\nFlere busser.\n",
        ],
    )
    (folder / "desktop.ini").write_bytes(b"[.ShellClassInfo]")
    for path in folder.rglob("*"):
        os.utime(path, (SAVED_AT.timestamp(), SAVED_AT.timestamp()))
    return folder


def run(db: Database, consultation: int, *paths: Path, **options: object) -> ImportSummary:
    return import_mail(db.unit_of_work, consultation, list(paths), **options)  # type: ignore[arg-type]


def accounted(summary: ImportSummary) -> int:
    return summary.imported + summary.duplicates + summary.set_aside + len(summary.failed)


def stored(db: Database) -> int:
    with db.unit_of_work(write=False) as uow:
        return uow.session.scalar(select(func.count(Response.id))) or 0


def rows_by_subject(db: Database, consultation: int) -> dict[str | None, InboxRow]:
    page = inbox_page(db.unit_of_work(write=False), consultation, limit=1000)
    return {row.subject: row for row in page.rows}


def test_every_message_of_a_folder_is_accounted_for(
    db: Database, consultation: int, inbox_folder: Path
) -> None:
    summary = run(db, consultation, inbox_folder)
    # 13 sample mails, 2 .msg, 1 junk .eml, 3 in the mailbox; desktop.ini is no mail.
    assert summary.given == 19
    assert accounted(summary) == summary.given
    assert stored(db) == summary.given
    assert summary.duplicates == 0
    assert summary.set_aside == 1  # the broken Date: its time must be checked
    assert sorted(Path(f.source).name for f in summary.failed) == [
        "ikke-en-mail.eml",
        "ødelagt.msg",
    ]
    assert all(f.reason and f.response_id for f in summary.failed)
    assert [Path(p).name for p in summary.skipped_files] == ["desktop.ini"]
    assert not summary.cancelled


def test_unreadable_files_are_kept_unchanged_for_manual_handling(
    db: Database, consultation: int, inbox_folder: Path
) -> None:
    summary = run(db, consultation, inbox_folder)
    junk = next(f for f in summary.failed if f.source.endswith("ikke-en-mail.eml"))
    assert junk.reason == "Filen er ikke en e-mail."
    assert junk.response_id is not None
    name, data = original_bytes(db.unit_of_work(write=False), junk.response_id)
    assert (name, data) == ("ikke-en-mail.eml", (inbox_folder / "ikke-en-mail.eml").read_bytes())
    counts = inbox_counts(
        db.unit_of_work(write=False),
        consultation,
        InboxFilter(statuses=frozenset({ResponseStatus.UNREADABLE})),
    )
    assert counts.total == 2


def test_importing_the_same_input_again_adds_nothing(
    db: Database, consultation: int, inbox_folder: Path
) -> None:
    first = run(db, consultation, inbox_folder)
    again = run(db, consultation, inbox_folder)
    assert again.given == first.given
    assert again.duplicates == again.given
    assert (again.imported, again.set_aside, again.failed) == (0, 0, ())
    assert stored(db) == first.given


def test_the_same_mail_saved_twice_under_other_names_is_a_duplicate(
    db: Database, consultation: int, tmp_path: Path
) -> None:
    (tmp_path / "a.eml").write_bytes(SAMPLES["alternative-qp"]())
    # Saved again by another client: other bytes, the same Message-ID.
    (tmp_path / "b.eml").write_bytes(SAMPLES["alternative-qp"]().replace(b"\r\n", b"\n"))
    summary = run(db, consultation, tmp_path)
    assert (summary.given, summary.imported, summary.duplicates) == (2, 1, 1)


def test_a_cancelled_import_is_completed_by_importing_again(
    db: Database, consultation: int, inbox_folder: Path
) -> None:
    seen: list[ImportProgress] = []
    first = run(db, consultation, inbox_folder, progress=seen.append, cancel=lambda: len(seen) >= 5)
    assert first.cancelled
    assert [p.done for p in seen] == [0, 1, 2, 3, 4]
    assert {p.total for p in seen} == {17}  # files
    assert 0 < first.given < 19
    assert accounted(first) == first.given
    rest = run(db, consultation, inbox_folder)
    assert rest.duplicates == first.given
    assert rest.given == 19
    assert stored(db) == 19


def test_what_the_case_handler_sees_in_the_inbox(
    db: Database, consultation: int, inbox_folder: Path
) -> None:
    run(db, consultation, inbox_folder)
    rows = rows_by_subject(db, consultation)
    html = rows["Natur"]
    assert html.channel is Channel.EMAIL
    assert html.sender.startswith("Borger ")
    assert "Plant flere træer & lad grøftekanter gro." in html.excerpt
    attached = rows["Vores høringssvar (vedhæftet)"]
    detail = response_detail(db.unit_of_work(write=False), attached.id)
    assert [(a.filename, a.media_type) for a in detail.attachments] == [
        ("høringssvar.pdf", "application/pdf")
    ]
    assert detail.sender_address == "bestyrelsen@example.org"
    outlook = response_detail(db.unit_of_work(write=False), rows["Svar fra Outlook"].id)
    assert outlook.body == "Flere ladestandere ved Måløv station."
    assert outlook.attachments[0].size == 5008
    winmail = response_detail(db.unit_of_work(write=False), rows["Bilag fra Outlook"].id)
    assert [a.filename for a in winmail.attachments] == ["forslag.pdf", "kort.png"]
    only = response_detail(db.unit_of_work(write=False), rows["Kun i winmail.dat"].id)
    assert only.body == "Vi ønsker flere ladestandere i Skovlunde."
    mailbox = rows["Kort"]
    assert mailbox.excerpt == "Flere busser."


@pytest.mark.parametrize(
    ("sample", "timeliness"),
    [
        ("utc-offset", Timeliness.ON_TIME),  # 21:59:59 +0000 = 23:59:59 CEST on 30 April
        ("missing-date-received", Timeliness.ON_TIME),  # the server's 23:59:30 CEST
        ("forwarded-inline-da", Timeliness.LATE),  # forwarded on 3 May
    ],
)
def test_deadline_of_imported_mail(
    db: Database, consultation: int, tmp_path: Path, sample: str, timeliness: Timeliness
) -> None:
    (tmp_path / "x.eml").write_bytes(SAMPLES[sample]())
    summary = run(db, consultation, tmp_path)
    [row] = inbox_page(db.unit_of_work(write=False), consultation).rows
    assert row.timeliness is timeliness
    assert summary.late == (timeliness is Timeliness.LATE)


def test_the_first_second_of_may_is_late(db: Database, consultation: int, tmp_path: Path) -> None:
    late = SAMPLES["utc-offset"]().replace(b"21:59:59 +0000", b"22:00:00 +0000")
    (tmp_path / "late.eml").write_bytes(late)
    assert run(db, consultation, tmp_path).late == 1


def test_a_mail_without_any_time_is_set_aside_with_the_files_time(
    db: Database, consultation: int, inbox_folder: Path
) -> None:
    run(db, consultation, inbox_folder)
    row = rows_by_subject(db, consultation)["Dato i stykker"]
    assert row.status is ResponseStatus.SET_ASIDE
    assert row.received_at == SAVED_AT
    assert "29-04-2023 14:00" in (row.problem or "")


def test_forwarded_origin_is_offered_then_confirmed(
    db: Database, consultation: int, tmp_path: Path
) -> None:
    (tmp_path / "fwd.eml").write_bytes(SAMPLES["forwarded-inline-da"]())
    run(db, consultation, tmp_path)
    [row] = inbox_page(db.unit_of_work(write=False), consultation).rows
    detail = response_detail(db.unit_of_work(write=False), row.id)
    assert detail.sender_address == "jens.kollega@balk.dk"
    assert detail.suggested_sender_address == "anne.borger@example.net"
    assert detail.suggested_received_at == datetime(2023, 4, 30, 23, 59, tzinfo=CEST)
    assert row.timeliness is Timeliness.LATE
    state = confirm_forwarded_origin(
        db.unit_of_work(), row.id, accept=True, expected_version=row.version
    )
    assert state.timeliness is Timeliness.ON_TIME
    after = response_detail(db.unit_of_work(write=False), row.id)
    assert (after.sender_name, after.sender_address) == ("Anne Borger", "anne.borger@example.net")
    assert after.suggested_sender_address is None
    assert after.row.sender == "Borger 2"  # a new citizen, not the colleague (Borger 1)
    with db.unit_of_work(write=False) as uow:
        changes = uow.session.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.entity == "response",
                AuditEntry.entity_id == row.id,
                AuditEntry.action == "update",
            )
        ).all()
    assert any("received_at" in c for c in changes)


def test_a_registered_body_is_recognised_by_its_address(
    db: Database, consultation: int, tmp_path: Path
) -> None:
    body = register_body(db.unit_of_work(), "GR", "Grønt Råd")
    add_contact(db.unit_of_work(), "GR", ContactKind.EMAIL, "  Formand@GroentRaad.example.ORG ")
    mail = SAMPLES["alternative-qp"]().replace(
        b"<Soeren@Example.ORG>", b"<formand@groentraad.example.org>"
    )
    (tmp_path / "gr.eml").write_bytes(mail)
    run(db, consultation, tmp_path)
    [row] = inbox_page(db.unit_of_work(write=False), consultation).rows
    assert row.sender == "GR – Grønt Råd"
    assert response_detail(db.unit_of_work(write=False), row.id).respondent_id == body.id


def test_an_earlier_sender_is_the_same_citizen(
    db: Database, consultation: int, tmp_path: Path
) -> None:
    (tmp_path / "1.eml").write_bytes(SAMPLES["alternative-qp"]())
    second = SAMPLES["latin1-qp"]().replace(b"poul@example.net", b"SOEREN@example.org")
    (tmp_path / "2.eml").write_bytes(second)
    run(db, consultation, tmp_path)
    rows = inbox_page(db.unit_of_work(write=False), consultation).rows
    assert {r.sender for r in rows} == {"Borger 1"}


def test_bulk_imported_rows_are_audited_like_any_change(
    db: Database, consultation: int, tmp_path: Path
) -> None:
    (tmp_path / "a.eml").write_bytes(SAMPLES["alternative-qp"]())
    [response_id] = run(db, consultation, tmp_path).response_ids
    with db.unit_of_work(write=False) as uow:
        entries = uow.session.execute(
            select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.actor, AuditEntry.changes)
            .where(AuditEntry.action == "create")
            .order_by(AuditEntry.id)
        ).all()
    created = {e.entity for e in entries}
    assert {"respondent", "respondent_contact", "pseudonym", "response"} <= created
    [response] = [e for e in entries if e.entity == "response" and e.entity_id == response_id]
    assert response.actor == "testbruger"
    assert response.changes["channel"] == "email"
    assert response.changes["subject"] == "Høringssvar om cykelstier"
    assert "stored_file" not in created  # bytes are not logged


def test_a_mailbox_without_messages_is_kept_whole(
    db: Database, consultation: int, tmp_path: Path
) -> None:
    (tmp_path / "forkert.mbox").write_bytes(b"Subject: ikke en postkasse\n\nhej\n")
    summary = run(db, consultation, tmp_path)
    assert summary.given == 1
    [failure] = summary.failed
    assert failure.reason == "Filen indeholder ingen beskeder i mbox-format."
    assert failure.response_id is not None
