"""Personal data found in comments, reviewed by a person before the public annex (both backends)."""

from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import select, text

from hoering.domain.enums import Channel, ExportKind, PersonalDataReview, TargetLevel
from hoering.domain.errors import ConflictError
from hoering.domain.personal_data import REDACTED
from hoering.exchange.annex.writer import MEMO_SHEET
from hoering.packaged import migrations_dir
from hoering.services.annex import FindingKind, PersonalDataUnreviewedError, preview_annex
from hoering.services.comments import CommentEdit, edit_comments
from hoering.services.exports import list_exports
from hoering.services.intake import ManualEntry, TargetSpec, log_manual
from hoering.services.personal_review import (
    approve_public_text,
    comments_to_review,
    review_counts,
    review_item,
)
from hoering.services.splitting import make_comment
from hoering.store.database import Database
from hoering.store.models import Comment, Measure, Respondent, Response
from hoering.store.schema import upgrade
from tests.support.annex import every_text, export, finish_the_work, row_of

LETTER = (
    "Cykelstien ved skolen er farlig. Min søn har CPR 010170-1234, og vi bor på "
    "Skolevej 4, 1. th., 2750 Ballerup. Ring på 20 12 34 56 eller skriv til ida@example.org. "
    "Hilsen Ida Brevsen"
)


def consultation_of(db: Database) -> int:
    with db.unit_of_work(write=False) as uow:
        return uow.session.scalars(select(Response.consultation_id)).first() or 0


def measure_32(db: Database) -> int:
    with db.unit_of_work(write=False) as uow:
        return uow.session.scalars(select(Measure.id).where(Measure.number == "32")).one()


def citizen_comment(db: Database, comment_text: str = LETTER) -> int:
    """A letter from Ida Brevsen, split into one comment on measure 32."""
    logged = log_manual(
        db.unit_of_work(),
        None,
        ManualEntry(
            Channel.LETTER,
            datetime(2023, 4, 20, 12, 0),
            comment_text,
            sender_name="Ida Brevsen",
            sender_address="ida@example.org",
        ),
    )
    target = TargetSpec(TargetLevel.MEASURE, measure_id=measure_32(db))
    return make_comment(db.unit_of_work(), logged.id, comment_text, [target]).comment_id


def test_what_is_found_at_intake_waits_for_review(demo_db: Database) -> None:
    comment_id = citizen_comment(demo_db)
    item = review_item(demo_db.unit_of_work(write=False), comment_id)
    assert item.review is PersonalDataReview.PENDING
    found = {(f.kind, f.text) for f in item.found}
    assert found == {
        ("CPR-nummer", "010170-1234"),
        ("adresse", "Skolevej 4, 1. th., 2750 Ballerup"),
        ("telefonnummer", "20 12 34 56"),
        ("e-mailadresse", "ida@example.org"),
        ("afsenderens oplysninger", "Ida Brevsen"),
    }
    assert item.public_text == (
        f"Cykelstien ved skolen er farlig. Min søn har CPR {REDACTED}, og vi bor på "
        f"{REDACTED}. Ring på {REDACTED} eller skriv til {REDACTED}. Hilsen {REDACTED}"
    )
    assert item.source.startswith("Borger ")
    pending = comments_to_review(demo_db.unit_of_work(write=False), consultation_of(demo_db))
    assert [p.comment_id for p in pending] == [comment_id]


def test_the_demo_memo_and_citizen_comments_need_no_review(demo_db: Database) -> None:
    counts = review_counts(demo_db.unit_of_work(write=False), consultation_of(demo_db))
    assert counts.pending == counts.approved == 0
    assert counts.nothing_found == 193


def test_a_final_public_annex_waits_for_the_review_and_a_draft_does_not(
    demo_db: Database, tmp_path: Path
) -> None:
    comment_id = citizen_comment(demo_db)
    # While work remains the annex is a draft: it may be written, with what is found removed.
    result, draft = export(demo_db, tmp_path, name="udkast.xlsx")
    assert result.preview.draft
    assert LETTER not in every_text(draft)
    finish_the_work(demo_db)
    preview = preview_annex(demo_db.unit_of_work(write=False), None)
    assert not preview.draft
    [unreviewed] = [f for f in preview.findings if f.kind is FindingKind.PERSONAL_DATA_UNREVIEWED]
    assert unreviewed.count == 1 and unreviewed.where == (
        "32. Bedre cykelforhold og flere grønne trafikanter",
    )
    with pytest.raises(PersonalDataUnreviewedError, match="1 bemærkninger har personoplysninger"):
        export(demo_db, tmp_path, name="offentlig.xlsx")
    assert not (tmp_path / "offentlig.xlsx").exists()
    # An internal annex may be written: it is marked as holding personal data anyway.
    export(demo_db, tmp_path, name="intern.xlsx", internal=True)
    item = review_item(demo_db.unit_of_work(write=False), comment_id)
    rewritten = "Cykelstien ved skolen er farlig for vores børn."
    approve_public_text(
        demo_db.unit_of_work(), comment_id, expected_version=item.version, public_text=rewritten
    )
    _, public = export(demo_db, tmp_path, name="offentlig.xlsx")
    assert rewritten in row_of(public[MEMO_SHEET], 32)[3]
    assert not any("Ida" in t or "010170" in t or "Skolevej" in t for t in every_text(public))


def test_a_reviewer_may_approve_the_redacted_text_as_it_is(demo_db: Database) -> None:
    comment_id = citizen_comment(demo_db)
    item = review_item(demo_db.unit_of_work(write=False), comment_id)
    approved = approve_public_text(
        demo_db.unit_of_work(), comment_id, expected_version=item.version
    )
    assert approved.review is PersonalDataReview.APPROVED
    assert approved.public_text == item.public_text
    assert approved.reviewed_by == "testbruger" and approved.reviewed_at is not None
    assert comments_to_review(demo_db.unit_of_work(write=False), consultation_of(demo_db)) == []


def test_a_corrected_text_is_screened_again(demo_db: Database) -> None:
    comment_id = citizen_comment(demo_db, "Flere cykelstier, tak.")
    item = review_item(demo_db.unit_of_work(write=False), comment_id)
    assert item.review is PersonalDataReview.NOTHING_FOUND
    [edited] = edit_comments(
        demo_db.unit_of_work(),
        consultation_of(demo_db),
        [CommentEdit(comment_id, item.version, text="Flere cykelstier. Ring 20123456.")],
    )
    assert edited.personal_data_review is PersonalDataReview.PENDING
    assert review_item(demo_db.unit_of_work(write=False), comment_id).public_text == (
        f"Flere cykelstier. Ring {REDACTED}."
    )


def test_every_annex_export_is_registered_with_whose_data_it_held(
    demo_db: Database, tmp_path: Path
) -> None:
    export(demo_db, tmp_path, name="offentlig.xlsx")
    export(demo_db, tmp_path, name="intern.xlsx", internal=True)
    internal, public = list_exports(demo_db.unit_of_work(write=False))
    assert (public.kind, public.filename, public.personal_data) == (
        ExportKind.ANNEX,
        "offentlig.xlsx",
        False,
    )
    assert public.subjects == () and public.exported_by == "testbruger"
    assert internal.personal_data and "intern" in internal.description
    with demo_db.unit_of_work(write=False) as uow:
        senders = set(uow.session.scalars(select(Response.respondent_id)))
        citizens = set(uow.session.scalars(select(Respondent.id).where(Respondent.id.in_(senders))))
    assert set(internal.subjects) == citizens and len(citizens) >= 20
    about_one = list_exports(demo_db.unit_of_work(write=False), respondent_id=sorted(citizens)[0])
    assert [e.filename for e in about_one] == ["intern.xlsx"]


def test_upgrading_screens_the_comments_already_there(demo_db: Database) -> None:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with demo_db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0103")
        connection.execute(
            text("UPDATE comment SET text = text || ' Ring på 20 12 34 56.' WHERE id = 1")
        )
    upgrade(demo_db)
    with demo_db.unit_of_work(write=False) as uow:
        states = dict(uow.session.execute(select(Comment.id, Comment.personal_data_review)).all())
        public = uow.session.scalar(select(Comment.public_text).where(Comment.id == 1))
    assert states.pop(1) is PersonalDataReview.PENDING
    assert public is not None and public.endswith(f"Ring på {REDACTED}.")
    # The committees' memo comments and the demo's citizen excerpts hold nothing to review.
    assert set(states.values()) == {PersonalDataReview.NOTHING_FOUND}


def test_a_colleagues_approval_in_between_is_a_conflict(demo_db: Database) -> None:
    comment_id = citizen_comment(demo_db)
    item = review_item(demo_db.unit_of_work(write=False), comment_id)
    approve_public_text(demo_db.unit_of_work(), comment_id, expected_version=item.version)
    with pytest.raises(ConflictError):
        approve_public_text(
            demo_db.unit_of_work(), comment_id, expected_version=item.version, public_text="Min"
        )
    assert (
        review_item(demo_db.unit_of_work(write=False), comment_id).public_text == item.public_text
    )
