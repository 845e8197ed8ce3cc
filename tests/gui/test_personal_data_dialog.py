"""Retention, purging, erasing one person and the export register, in their dialog."""

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from hoering.domain.errors import NotFoundError
from hoering.domain.roles import Role
from hoering.gui.personal_data_dialog import PersonalDataDialog
from hoering.services.annex import AnnexOptions, export_annex
from hoering.services.consultations import find_consultation
from hoering.services.erasure import find_person
from hoering.services.users import add_user
from hoering.store.database import Database, database_url
from tests.support.gui import WAIT_MS, answer_dialog
from tests.support.personal import letter_comment

CITIZEN = "lone.demosen@example.org"  # wrote one of the demo e-mails


@pytest.fixture
def db(sqlite_demo_path) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    database = Database(database_url(str(sqlite_demo_path)), actor="chef")
    yield database
    database.dispose()


def open_dialog(qtbot, db: Database) -> PersonalDataDialog:  # type: ignore[no-untyped-def]
    consultation = find_consultation(db.unit_of_work(write=False), None)
    dialog = PersonalDataDialog(db, consultation.id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown_error(widget: QWidget) -> str:
    boxes = [b for b in widget.findChildren(QMessageBox) if b.isVisible()]
    return boxes[-1].text() if boxes else ""


def confirm_with(label: str) -> None:
    def click(box: QMessageBox) -> None:
        assert "Det kan ikke fortrydes." in box.text()
        next(b for b in box.buttons() if b.text() == label).click()

    answer_dialog(click)  # type: ignore[arg-type]


def test_purging_waits_for_the_retention_date_then_reports_what_went(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, db)
    assert "har endnu ingen opbevaringsfrist" in dialog.status.text()
    confirm_with("&Slet")
    dialog.purge.click()
    qtbot.waitUntil(lambda: "har ingen opbevaringsfrist" in shown_error(dialog), timeout=WAIT_MS)
    assert find_person(db.unit_of_work(write=False), contact=CITIZEN).responses > 0

    consultation = find_consultation(db.unit_of_work(write=False), None)
    until = consultation.closes_on + timedelta(days=30)
    dialog.retention.setDate(dialog.retention.date().addDays(30))
    dialog.save_retention.click()
    assert find_consultation(db.unit_of_work(write=False), None).retention_until == until
    assert f"opbevares til og med {until:%d-%m-%Y}" in dialog.status.text()

    confirm_with("&Slet")
    with qtbot.waitSignal(dialog.purged, timeout=60_000) as purge:
        dialog.purge.click()
    report = purge.args[0]
    assert report.people > 0 and report.contacts > 0
    shown = dialog.report.toPlainText()
    assert f"{report.people} personer har fået slettet deres kontaktoplysninger" in shown
    assert find_consultation(db.unit_of_work(write=False), None).personal_data_purged
    with pytest.raises(NotFoundError):
        find_person(db.unit_of_work(write=False), contact=CITIZEN)
    assert "er slettet" in dialog.status.text()


def test_one_person_found_by_name_is_erased_with_a_reason(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    letter_comment(db, "Flere cykelstier, tak.", "Ida Brevsen", "ida@example.org")
    dialog = open_dialog(qtbot, db)
    dialog.search.setText("brevsen")
    dialog.find_button.click()
    assert dialog.people.count() == 1
    person = dialog.chosen_person()
    assert person is not None and person.responses == 1
    assert "1 høringssvar" in dialog.people.item(0).text()
    dialog.reason.setText("J.nr. 2024-17")

    confirm_with("&Slet")
    with qtbot.waitSignal(dialog.erased, timeout=WAIT_MS):
        dialog.erase.click()

    assert find_person(db.unit_of_work(write=False), respondent_id=person.respondent_id).erased
    assert "kontaktoplysninger er slettet" in dialog.report.toPlainText()
    # Her name is gone with her contacts: the same search finds nobody now.
    assert dialog.people.count() == 0
    assert "ingen afsender" in dialog.found_status.text()


def test_nothing_is_erased_unless_confirmed(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, db)
    dialog.search.setText(CITIZEN)
    dialog.find_button.click()
    confirm_with("&Annullér")
    dialog.erase.click()
    assert not find_person(db.unit_of_work(write=False), contact=CITIZEN).erased
    assert dialog.erase.isEnabled()


def test_a_case_handler_may_not_erase(qtbot, sqlite_demo_path, db: Database) -> None:  # type: ignore[no-untyped-def]
    add_user(db.unit_of_work(), "chef", Role.ADMINISTRATOR)
    add_user(db.unit_of_work(), "sagsbehandler", Role.CASE_HANDLER)
    handler = Database(database_url(str(sqlite_demo_path)), actor="sagsbehandler")
    try:
        dialog = open_dialog(qtbot, handler)
        dialog.search.setText(CITIZEN)
        dialog.find_button.click()
        confirm_with("&Slet")
        dialog.erase.click()
        qtbot.waitUntil(lambda: bool(shown_error(dialog)), timeout=WAIT_MS)
        assert shown_error(dialog).startswith(
            "Du har ikke rettighed til at slette personoplysninger"
        )
        assert not find_person(db.unit_of_work(write=False), contact=CITIZEN).erased
    finally:
        handler.dispose()


def test_the_export_register_shows_the_consultations_and_the_persons_files(
    qtbot, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    export_annex(db.unit_of_work(), None, tmp_path / "intern.xlsx", AnnexOptions(internal=True))
    dialog = open_dialog(qtbot, db)
    table = dialog.exports
    assert table.rowCount() == 1
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells[1:5] == ["chef", "bilag", "intern.xlsx", "ja"]
    assert int(cells[5]) > 1

    dialog.search.setText(CITIZEN)
    dialog.find_button.click()
    dialog.shown_exports.setCurrentIndex(1)
    assert table.rowCount() == 1 and table.item(0, 3).text() == "intern.xlsx"
    dialog.search.setText("ingen@example.org")
    dialog.find_button.click()
    assert table.rowCount() == 0
