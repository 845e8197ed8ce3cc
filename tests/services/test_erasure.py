"""Purging personal data: one person on request, a consultation after its retention date.

The checks are those a data protection officer would make: the person's details
are gone from every table and from the audit log, the comments still count,
the person is still »Borger N«, and one audit entry says what was purged.
"""

import json
from datetime import date, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from hoering.domain.enums import Channel, ExportKind, RespondentKind
from hoering.domain.errors import InvalidInputError
from hoering.domain.personal_data import REDACTED
from hoering.services.annex import AnnexOptions, export_annex
from hoering.services.assessments import get_assessment, save_assessment
from hoering.services.comments import CommentEdit, edit_comments
from hoering.services.consultations import (
    NewConsultation,
    create_consultation,
    find_consultation,
    set_retention,
)
from hoering.services.demo import demo_dir
from hoering.services.erasure import erase_person, find_people, find_person, purge_personal_data
from hoering.services.exports import list_exports
from hoering.services.history import find_measure
from hoering.services.imports import import_mail
from hoering.services.inbox import save_original
from hoering.services.intake import ManualEntry, log_manual
from hoering.services.responses import reclassify_respondent
from hoering.services.search import search
from hoering.services.snapshot import read_snapshot
from hoering.store.database import Database
from hoering.store.models import (
    AnnexExport,
    Attachment,
    AuditEntry,
    Campaign,
    Comment,
    Pseudonym,
    RespondentContact,
    Response,
    SearchEntry,
    StoredFile,
)
from tests.support.annex import every_text

NIELS = ("Niels Dummysen", "niels.dummysen@example.net")


def audit_text(db: Database) -> str:
    """Everything the audit log holds, as one text to search."""
    with db.unit_of_work(write=False) as uow:
        return "\n".join(
            json.dumps(c, ensure_ascii=False)
            for c in uow.session.scalars(select(AuditEntry.changes))
        )


def everything_about(db: Database, respondent_id: int) -> dict[str, object]:
    with db.unit_of_work(write=False) as uow:
        s = uow.session
        responses = s.scalars(select(Response).where(Response.respondent_id == respondent_id)).all()
        return {
            "contacts": s.scalars(
                select(RespondentContact.value).where(
                    RespondentContact.respondent_id == respondent_id
                )
            ).all(),
            "senders": [(r.sender_name, r.sender_address) for r in responses],
            "originals": [r.original_file_id for r in responses],
            "bodies": [r.body for r in responses],
            "attachments": s.scalar(
                select(func.count(Attachment.id)).where(
                    Attachment.response_id.in_([r.id for r in responses])
                )
            ),
            "comments": s.scalars(
                select(Comment.text).where(Comment.respondent_id == respondent_id)
            ).all(),
            "pseudonyms": s.scalars(
                select(Pseudonym.number).where(Pseudonym.respondent_id == respondent_id)
            ).all(),
        }


def test_a_person_is_erased_everywhere_on_request(demo_db: Database, tmp_path: Path) -> None:
    person = find_person(demo_db.unit_of_work(write=False), contact=NIELS[1].upper())
    before = everything_about(demo_db, person.respondent_id)
    assert set(NIELS) <= set(before["contacts"])  # type: ignore[arg-type]
    assert before["attachments"] == 1 and "Niels Dummysen" in before["bodies"][0]  # type: ignore[index]
    assert all(n in audit_text(demo_db) for n in NIELS)
    with demo_db.unit_of_work(write=False) as uow:
        files = uow.session.scalar(select(func.count(StoredFile.id)))

    report = erase_person(demo_db.unit_of_work(), person.respondent_id, reason="Sag 23/1234")

    after = everything_about(demo_db, person.respondent_id)
    assert after["contacts"] == [] and after["senders"] == [(None, None)]
    assert after["originals"] == [None] and after["attachments"] == 0
    assert not any(n in str(after) for n in ("Niels", "Dummysen", "dummysen"))
    assert after["pseudonyms"] == before["pseudonyms"]  # still »Borger N«
    assert len(after["comments"]) == len(before["comments"])  # type: ignore[arg-type]
    log = audit_text(demo_db)
    assert not any(n in log for n in ("Niels", "Dummysen", "dummysen"))
    with demo_db.unit_of_work(write=False) as uow:
        assert uow.session.scalar(select(func.count(StoredFile.id))) == files - 2
        [purge] = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "purge")).all()
        assert (purge.entity, purge.entity_id) == ("respondent", person.respondent_id)
        assert purge.changes["reason"] == "Sag 23/1234"
        assert purge.changes["files_removed"] == 2 and purge.changes["contacts"] == 2
        folded = " ".join(uow.session.scalars(select(SearchEntry.folded)))
    assert "dummysen" not in folded
    # The response, its attachment and two contacts.
    assert report.responses == 1 and report.audit_entries == 4
    assert search(demo_db.unit_of_work(write=False), None, "Dummysen") == []
    # The annex still shows the person's comments under the pseudonym, and nothing else.
    annex = export_annex(
        demo_db.unit_of_work(), None, tmp_path / "a.xlsx", AnnexOptions(internal=True)
    )
    assert not any("Dummysen" in t for t in every_text(load_workbook(annex.path)))
    # Importing his mail again is recognised as a duplicate: the data does not come back.
    again = import_mail(
        demo_db.unit_of_work, None, [demo_dir() / "mail" / "08-skoleveje-med-bilag.eml"]
    )
    assert (again.imported, again.duplicates) == (0, 1)
    assert find_person(demo_db.unit_of_work(write=False), respondent_id=person.respondent_id).erased


def test_an_sms_export_that_holds_others_messages_is_kept(demo_db: Database) -> None:
    with demo_db.unit_of_work(write=False) as uow:
        sms = uow.session.scalars(
            select(Response).where(Response.channel == Channel.SMS).order_by(Response.id)
        ).first()
        assert sms is not None and sms.original_file_id is not None
        shared_file, number, respondent = (
            sms.original_file_id,
            sms.sender_address,
            sms.respondent_id,
        )
    assert number and respondent
    report = erase_person(demo_db.unit_of_work(), respondent)
    assert (report.files_removed, report.files_kept) == (0, 1)
    with demo_db.unit_of_work(write=False) as uow:
        assert uow.session.get(StoredFile, shared_file) is not None
        others = uow.session.scalar(
            select(func.count(Response.id)).where(Response.original_file_id == shared_file)
        )
    assert others and others >= 5
    assert number not in audit_text(demo_db)


def test_committees_are_not_erased_as_persons(demo_db: Database) -> None:
    with demo_db.unit_of_work(write=False) as uow:
        ugo = uow.session.scalar(select(Comment.respondent_id).where(Comment.response_id.is_(None)))
    assert ugo is not None
    with pytest.raises(InvalidInputError, match="Udvalg og råd"):
        erase_person(demo_db.unit_of_work(), ugo)


def test_a_consultation_is_purged_only_after_its_retention_date(demo_db: Database) -> None:
    found = find_consultation(demo_db.unit_of_work(write=False), None)
    with pytest.raises(InvalidInputError, match="ingen opbevaringsfrist"):
        purge_personal_data(demo_db.unit_of_work(), found.id)
    with pytest.raises(InvalidInputError, match="til høringen er slut"):
        set_retention(demo_db.unit_of_work(), found.id, date(2023, 4, 1), expected_version=None)
    found = set_retention(
        demo_db.unit_of_work(), found.id, date(2023, 5, 31), expected_version=found.version
    )
    assert found.retention_until == date(2023, 5, 31)
    with pytest.raises(InvalidInputError, match="kan slettes fra dagen efter"):
        purge_personal_data(demo_db.unit_of_work(), found.id, today=date(2023, 5, 31))

    # One citizen also wrote to next year's consultation, which still keeps its data.
    with demo_db.unit_of_work(write=False) as uow:
        karen = uow.session.scalars(
            select(RespondentContact.respondent_id).where(
                RespondentContact.value == "karen.eksempel@example.org"
            )
        ).one()
        comments = uow.session.scalar(select(func.count(Comment.id)))
        citizens = uow.session.scalar(
            select(func.count(func.distinct(Response.respondent_id))).where(
                Response.consultation_id == found.id,
                Response.respondent_id.in_(select(RespondentContact.respondent_id)),
            )
        )
    later = create_consultation(
        demo_db.unit_of_work(),
        NewConsultation(
            title="Klimahandleplan 2024", opens_on=date(2024, 3, 1), closes_on=date(2024, 4, 1)
        ),
    )
    log_manual(
        demo_db.unit_of_work(),
        later.id,
        ManualEntry(
            Channel.EMAIL,
            datetime(2024, 3, 5, 10, 0),
            "Stadig flere cykelstier.",
            sender_address="karen.eksempel@example.org",
        ),
    )

    report = purge_personal_data(demo_db.unit_of_work(), found.id, today=date(2023, 6, 1))

    with demo_db.unit_of_work(write=False) as uow:
        s = uow.session
        demo_responses = s.scalars(
            select(Response).where(Response.consultation_id == found.id)
        ).all()
        assert all(r.sender_name is None and r.sender_address is None for r in demo_responses)
        assert all(r.original_file_id is None for r in demo_responses)
        assert s.scalar(select(func.count(Attachment.id))) == 0
        assert s.scalar(select(func.count(Comment.id))) == comments
        left = set(s.scalars(select(RespondentContact.respondent_id)))
        citizens_left = {
            r
            for r in left
            if s.scalar(select(Response.id).where(Response.respondent_id == r).limit(1))
        }
        assert citizens_left == {karen}
        later_response = s.scalars(
            select(Response).where(Response.consultation_id == later.id)
        ).one()
        assert later_response.sender_address == "karen.eksempel@example.org"
    assert report.people == (citizens or 0) - 1  # all but Karen
    assert report.responses == len(demo_responses)
    log = audit_text(demo_db)
    for gone in ("niels.dummysen@example.net", "Mette Fiktivsen", "+4520123456"):
        assert gone not in log
    assert find_consultation(demo_db.unit_of_work(write=False), str(found.id)).personal_data_purged
    with demo_db.unit_of_work(write=False) as uow:
        purges = uow.session.scalars(
            select(AuditEntry.entity).where(AuditEntry.action == "purge")
        ).all()
    assert purges == ["consultation"]


def test_a_person_is_found_by_their_number_as_written_anyhow(demo_db: Database) -> None:
    person = find_person(demo_db.unit_of_work(write=False), contact="0045 20 12 34 56")
    assert person.kind is RespondentKind.CITIZEN and person.responses == 1
    assert person.known_as == (f"{person.known_as[0].split(' i ')[0]} i Klimahandleplan 2023",)
    assert person.known_as[0].startswith("Borger ") and not person.erased


def test_the_log_forgets_a_person_wherever_it_held_them(demo_db: Database, tmp_path: Path) -> None:
    """Their name as a case handler once typed it for the sender, their attachment's
    name, and a colleague's assessment quoting them: all in the log, all gone."""
    mail = EmailMessage()
    mail["From"] = "Sofie Prøvesen <sofie.proevesen@example.net>"
    mail["To"] = "klima@balk.dk"
    mail["Subject"] = "Cykelstier"
    mail["Date"] = "Mon, 17 Apr 2023 10:00:00 +0200"
    mail.set_content("Flere cykelstier, tak.")
    mail.add_attachment(
        b"%PDF-1.4", maintype="application", subtype="pdf", filename="Sofie Prøvesen.pdf"
    )
    target = tmp_path / "sofie.eml"
    target.write_bytes(mail.as_bytes())
    import_mail(demo_db.unit_of_work, None, [target])
    with demo_db.unit_of_work(write=False) as uow:
        response = uow.session.scalars(
            select(Response).where(Response.sender_address == "sofie.proevesen@example.net")
        ).one()
        response_id, version, consultation_id = (
            response.id,
            response.version,
            response.consultation_id,
        )
    state = reclassify_respondent(
        demo_db.unit_of_work(),
        response_id,
        RespondentKind.COMPANY,
        "Prøvesen Cykler",
        expected_version=version,
    )
    reclassify_respondent(
        demo_db.unit_of_work(),
        response_id,
        RespondentKind.CITIZEN,
        None,
        expected_version=state.version,
    )
    measure = find_measure(demo_db.unit_of_work(write=False), None, "1")
    before = get_assessment(demo_db.unit_of_work(write=False), consultation_id, measure.measure_id)
    save_assessment(
        demo_db.unit_of_work(),
        consultation_id,
        measure.measure_id,
        f"{before.text} Som Sofie Prøvesen skriver, mangler der cykelstier.",
        expected_version=before.version,
    )
    save_original(demo_db.unit_of_work(), response_id, tmp_path / "Sofie Prøvesen.eml")
    export_annex(demo_db.unit_of_work(), None, tmp_path / "a.xlsx", AnnexOptions(internal=True))
    assert all(n in audit_text(demo_db) for n in ("Prøvesen Cykler", "Sofie Prøvesen.pdf"))

    found = find_consultation(demo_db.unit_of_work(write=False), None)
    set_retention(
        demo_db.unit_of_work(), found.id, date(2023, 5, 31), expected_version=found.version
    )
    report = purge_personal_data(demo_db.unit_of_work(), found.id, today=date(2023, 6, 1))

    log = audit_text(demo_db)
    assert "Prøvesen" not in log and "proevesen" not in log
    assert "mangler der cykelstier" in log  # the assessment's entry is kept, without her
    # The working copy forgets her as the log does; the register still counts the export.
    after = get_assessment(demo_db.unit_of_work(write=False), consultation_id, measure.measure_id)
    assert after.text.endswith(f"Som {REDACTED} skriver, mangler der cykelstier.")
    exports = list_exports(demo_db.unit_of_work(write=False), consultation_id=consultation_id)
    assert [e.kind for e in exports] == [ExportKind.ANNEX, ExportKind.ORIGINAL]
    assert not any("Prøvesen" in e.filename + e.description for e in exports)
    assert all(e.subjects for e in exports)
    with demo_db.unit_of_work(write=False) as uow:
        [snapshot] = uow.session.scalars(select(AnnexExport.snapshot)).all()
    assert not any("Prøvesen" in (node.assessment or "") for node in read_snapshot(snapshot))
    assert (report.assessments, report.exports, report.annex_snapshots) == (1, 1, 1)


def test_colleagues_texts_that_name_the_person_forget_him(demo_db: Database) -> None:
    person = find_person(demo_db.unit_of_work(write=False), contact=NIELS[1])
    consultation = find_consultation(demo_db.unit_of_work(write=False), None).id
    with demo_db.unit_of_work() as uow:
        other = uow.session.scalars(
            select(Comment).where(Comment.respondent_id != person.respondent_id)
        ).first()
        campaign = uow.session.scalars(select(Campaign)).first()
        assert other is not None and campaign is not None
        other_id, version, campaign_id = other.id, other.version, campaign.id
        campaign.common_text += " Som Niels Dummysen skrev: flere skolestier."
        uow.commit()
    reply = "Svar: se også svaret fra Niels Dummysen (niels.dummysen@example.net)."
    edit_comments(
        demo_db.unit_of_work(), consultation, [CommentEdit(other_id, version, reply=reply)]
    )

    report = erase_person(demo_db.unit_of_work(), person.respondent_id)

    with demo_db.unit_of_work(write=False) as uow:
        kept_reply = uow.session.get(Comment, other_id).reply  # type: ignore[union-attr]
        common = uow.session.get(Campaign, campaign_id).common_text  # type: ignore[union-attr]
    assert kept_reply is not None and kept_reply.startswith("Svar: se også svaret fra")
    assert "flere skolestier" in common
    assert not any(
        n in f"{kept_reply} {common} {audit_text(demo_db)}" for n in ("Niels", "Dummysen")
    )
    assert report.texts == 2


def test_people_are_found_by_address_number_or_part_of_their_name(demo_db: Database) -> None:
    uow = demo_db.unit_of_work
    niels = find_person(uow(write=False), contact=NIELS[1])
    assert [p.respondent_id for p in find_people(uow(write=False), "dummysen")] == [
        niels.respondent_id
    ]
    assert [p.respondent_id for p in find_people(uow(write=False), f" {NIELS[1]} ")] == [
        niels.respondent_id
    ]
    assert find_people(uow(write=False), "Grønt Råd") == []  # bodies are public, not persons
    assert find_people(uow(write=False), "+4599999999") == []
    assert find_people(uow(write=False), "  ") == []


def test_a_name_with_danish_capitals_is_found_and_forgotten(demo_db: Database) -> None:
    """SQLite's own lower() leaves Æ, Ø and Å as they are; the program's must not."""
    uow = demo_db.unit_of_work
    soeren = find_person(uow(write=False), contact="soeren.eksempel@example.net")
    assert [p.respondent_id for p in find_people(uow(write=False), "østergård")] == [
        soeren.respondent_id
    ]
    consultation = find_consultation(uow(write=False), None).id
    with uow() as work:
        other = work.session.scalars(
            select(Comment).where(Comment.respondent_id != soeren.respondent_id)
        ).first()
        assert other is not None
        other_id, version = other.id, other.version
    reply = "Svar: Søren Østergård Eksempel foreslog det samme."
    edit_comments(uow(), consultation, [CommentEdit(other_id, version, reply=reply)])

    erase_person(uow(), soeren.respondent_id)

    with uow(write=False) as work:
        kept_reply = work.session.get(Comment, other_id).reply  # type: ignore[union-attr]
    assert kept_reply is not None and "Østergård" not in kept_reply
    assert "Østergård" not in audit_text(demo_db)
