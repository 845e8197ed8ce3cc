"""The review of personal data in comments, in its dialog: approve a corrected public
text, go on to the next, see a colleague's change, and be refused as a reader."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from hoering.domain.enums import PersonalDataReview
from hoering.domain.roles import Role
from hoering.gui.personal_review_dialog import PersonalReviewDialog
from hoering.services.comments import CommentEdit, edit_comments
from hoering.services.consultations import find_consultation
from hoering.services.personal_review import review_item
from hoering.services.users import add_user
from hoering.store.database import Database, database_url
from tests.support.personal import letter_comment

CPR_LETTER = "Min søn har CPR 010170-1234 og cykler hver dag. Hilsen Ida Brevsen"
PHONE_LETTER = "Ring til mig på 20 12 34 56 om stien ved Skolevej 4, 2750 Ballerup."


@pytest.fixture
def db(sqlite_demo_path) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    database = Database(database_url(str(sqlite_demo_path)), actor="sagsbehandler")
    yield database
    database.dispose()


@pytest.fixture
def comments(db: Database) -> tuple[int, int]:
    return letter_comment(db, CPR_LETTER, "Ida Brevsen"), letter_comment(db, PHONE_LETTER, "Bo")


def open_review(qtbot, db: Database) -> PersonalReviewDialog:  # type: ignore[no-untyped-def]
    consultation = find_consultation(db.unit_of_work(write=False), None)
    dialog = PersonalReviewDialog(db, consultation.id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown_error(dialog: QWidget) -> str:
    boxes = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    return boxes[-1].text() if boxes else ""


def test_a_corrected_public_text_is_approved_and_the_next_comment_follows(
    qtbot, db: Database, comments: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    first, second = comments
    dialog = open_review(qtbot, db)
    assert dialog.counts.text().startswith("0 af 2 bemærkninger")
    assert dialog.table.rowCount() == 2
    assert dialog.selected().comment_id == first  # type: ignore[union-attr]
    assert dialog.original.toPlainText() == CPR_LETTER
    found = [dialog.found.item(i).text() for i in range(dialog.found.count())]
    assert "CPR-nummer: 010170-1234" in found
    proposed = dialog.public_text.toPlainText()
    assert "010170-1234" not in proposed
    corrected = proposed.replace("Ida Brevsen", "[navn]")
    dialog.public_text.setPlainText(corrected)

    with qtbot.waitSignal(dialog.reviewed) as approved:
        dialog.approve.click()

    assert approved.args[0].comment_id == first
    saved = review_item(db.unit_of_work(write=False), first)
    assert saved.review is PersonalDataReview.APPROVED
    assert saved.public_text == corrected and saved.reviewed_by == "sagsbehandler"
    assert dialog.counts.text().startswith("1 af 2 bemærkninger")
    assert dialog.table.rowCount() == 1
    assert dialog.selected().comment_id == second  # type: ignore[union-attr]
    assert dialog.original.toPlainText() == PHONE_LETTER


def test_a_colleagues_change_is_shown_and_nothing_is_approved(
    qtbot, db: Database, comments: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    first, _ = comments
    dialog = open_review(qtbot, db)
    seen = dialog.selected()
    assert seen is not None and seen.comment_id == first
    consultation = find_consultation(db.unit_of_work(write=False), None).id
    changed = CPR_LETTER.replace("cykler", "går")
    edit_comments(db.unit_of_work(), consultation, [CommentEdit(first, seen.version, text=changed)])

    dialog.approve.click()

    assert shown_error(dialog).startswith("En anden har ændret bemærkningen imens")
    assert review_item(db.unit_of_work(write=False), first).review is PersonalDataReview.PENDING
    # The list is read again: the colleague's text is shown, ready to review.
    assert dialog.selected().comment_id == first  # type: ignore[union-attr]
    assert dialog.original.toPlainText() == changed


def test_a_reader_is_refused_and_keeps_the_text(
    qtbot, sqlite_demo_path, db: Database, comments: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    add_user(db.unit_of_work(), "sagsbehandler", Role.ADMINISTRATOR)
    add_user(db.unit_of_work(), "læser", Role.READER)
    reader = Database(database_url(str(sqlite_demo_path)), actor="læser")
    try:
        dialog = open_review(qtbot, reader)
        dialog.public_text.setPlainText("Min søn cykler hver dag.")
        dialog.approve.click()
        assert shown_error(dialog).startswith(
            "Du har ikke rettighed til at gennemgå personoplysninger i bemærkninger"
        )
        assert dialog.public_text.toPlainText() == "Min søn cykler hver dag."
        first = review_item(db.unit_of_work(write=False), comments[0])
        assert first.review is PersonalDataReview.PENDING
    finally:
        reader.dispose()
