"""The respondent register in the window: a body given its addresses, two citizens merged."""

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from hoering.domain.enums import ContactKind
from hoering.gui.main_window import MainWindow
from hoering.gui.register_dialog import MergeDialog, RegisterDialog
from hoering.services.register import RegisterEntry, list_register
from hoering.store.database import Database, database_url
from tests.support.gui import WAIT_MS, answer_dialog, open_window


@pytest.fixture
def db(sqlite_demo_path):  # type: ignore[no-untyped-def]
    database = Database(database_url(str(sqlite_demo_path)), actor="sagsbehandler")
    yield database
    database.dispose()


def open_register(qtbot, window: MainWindow) -> RegisterDialog:  # type: ignore[no-untyped-def]
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Afsenderregister …")
    action.trigger()
    dialog = window.register_dialog
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.listed, timeout=WAIT_MS):
        pass  # read in the background
    return dialog


def citizens_listed(dialog: RegisterDialog) -> list[str]:
    rows = range(dialog.table.rowCount())
    return [
        dialog.table.item(r, 3).text() for r in rows if dialog.table.item(r, 2).text() == "borger"
    ]


def select(dialog: RegisterDialog, text: str) -> RegisterEntry:
    """Select the row whose code or contacts hold ``text``."""
    for row in range(dialog.table.rowCount()):
        if any(text in (dialog.table.item(row, c).text()) for c in (0, 3)):
            dialog.table.selectRow(row)
            entry = dialog.selected()
            assert entry is not None
            return entry
    raise AssertionError(text)


def registered(db: Database) -> dict[str, RegisterEntry]:
    entries = list_register(db.unit_of_work(write=False), citizens="")
    return {e.code or e.contacts[0][1]: e for e in entries}


def test_a_body_gets_its_address_and_a_typo_is_refused(qtbot, db: Database) -> None:
    window = open_window(qtbot, db)
    dialog = open_register(qtbot, window)
    select(dialog, "GR")
    assert dialog.code.text() == "GR" and dialog.code.isEnabled()
    dialog.name.setText("Grønt Råd Ballerup")
    dialog.contacts.setPlainText("Groent.Raad@example.dk\n20 30 40 50\n")
    with qtbot.waitSignals([dialog.changed, dialog.listed], timeout=WAIT_MS):
        dialog.save.click()
    gr = registered(db)["GR"]
    assert gr.name == "Grønt Råd Ballerup"
    assert gr.contacts == (
        (ContactKind.EMAIL, "groent.raad@example.dk"),
        (ContactKind.PHONE, "+4520304050"),
    )
    assert select(dialog, "GR").contacts == gr.contacts  # the list shows what was saved

    dialog.code.setText("UGO")  # taken by another body
    with qtbot.waitSignal(dialog.listed, timeout=WAIT_MS):
        dialog.save.click()
    qtbot.waitUntil(lambda: error_shown(dialog, "Afsenderkoden UGO er allerede i brug."))
    assert registered(db)["GR"] == gr


def error_shown(dialog: RegisterDialog, message: str) -> bool:
    boxes = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    return any(b.text() == message for b in boxes)


def test_two_citizens_are_merged_into_one(qtbot, db: Database) -> None:
    window = open_window(qtbot, db)
    dialog = open_register(qtbot, window)
    with qtbot.waitSignal(dialog.listed, timeout=WAIT_MS):
        dialog.citizens.setChecked(True)
    kept = select(dialog, "lone.demosen@example.org")
    merged = registered(db)["+4520123456"]

    def choose_the_sms_sender(merge: MergeDialog) -> None:
        merge.other.setCurrentIndex(merge.other.findData(merged.id))

    answer_dialog(choose_the_sms_sender)
    with qtbot.waitSignals([dialog.changed, dialog.listed], timeout=WAIT_MS):
        dialog.merge.click()
    after = registered(db)
    assert "+4520123456" not in after
    one = after["lone.demosen@example.org"]
    assert one.responses == kept.responses + merged.responses
    assert select(dialog, "lone.demosen@example.org").responses == one.responses


def test_citizens_are_found_by_search_and_never_listed_all_at_once(
    qtbot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("hoering.gui.register_dialog.CITIZEN_LIMIT", 3)
    window = open_window(qtbot, db)
    dialog = open_register(qtbot, window)
    assert citizens_listed(dialog) == [] and not dialog.search.isEnabled()
    with qtbot.waitSignal(dialog.listed, timeout=WAIT_MS):
        dialog.citizens.setChecked(True)
    assert len(citizens_listed(dialog)) == 3
    assert dialog.more.isVisible() and "første 3 borgere" in dialog.more.text()
    with qtbot.waitSignal(dialog.listed, timeout=WAIT_MS):
        qtbot.keyClicks(dialog.search, "Demosen")  # read once, after the pause
    assert citizens_listed(dialog) == ["lone.demosen@example.org"]
    assert not dialog.more.isVisible()
    assert dialog.table.item(0, 0).text() == "GR"  # the bodies stay listed
    with qtbot.waitSignal(dialog.listed, timeout=WAIT_MS):
        dialog.search.setText("Demosenx")
    assert citizens_listed(dialog) == []
    assert dialog.more.text() == "Ingen borgere passer til »Demosenx«."
