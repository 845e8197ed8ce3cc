"""Teamwork in the window: what a role may do is what is offered, and who changed what
is shown on a comment, a response and a measure."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from hoering.domain.enums import Outcome
from hoering.domain.roles import Role
from hoering.gui.history_dialog import ChangeHistoryDialog
from hoering.gui.main_window import MainWindow
from hoering.gui.revision_dialogs import HistoryDialog
from hoering.services.comments import CommentEdit, edit_comments
from hoering.services.exports import list_exports
from hoering.services.inbox import inbox_page
from hoering.services.users import add_user
from hoering.store.database import Database, database_url
from tests.support.gui import WAIT_MS, answer_dialog, choose, open_window

MEASURE_12 = "12. Vej- og gadebelysning"


@pytest.fixture
def url(sqlite_demo_path):  # type: ignore[no-untyped-def]
    return database_url(str(sqlite_demo_path))


@pytest.fixture
def team(url: str) -> Iterator[dict[str, Database]]:
    """An administrator who has registered a reader and an editor."""
    admin = Database(url, actor="admin")
    add_user(admin.unit_of_work(), "admin", Role.ADMINISTRATOR, "Anne Admin")
    add_user(admin.unit_of_work(), "lis", Role.READER, "Lis Læser")
    add_user(admin.unit_of_work(), "erik", Role.EDITOR, "Erik Redaktør")
    members = {
        "admin": admin,
        "lis": Database(url, actor="lis"),
        "erik": Database(url, actor="erik"),
    }
    yield members
    for db in members.values():
        db.dispose()


def action(window: MainWindow, text: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.text() == text)


def test_a_reader_is_offered_reading_only(qtbot, team: dict[str, Database]) -> None:
    window = open_window(qtbot, team["lis"])
    qtbot.waitUntil(lambda: "Lis Læser (læser)" in window.user_label.text(), timeout=WAIT_MS)
    for text in (
        "Importér &e-mails …",
        "&Eksportér bilag …",
        "&Ny høring …",
        "&Brugere …",
        "&Gennemgå personoplysninger …",
        "&Personoplysninger og sletning …",
    ):
        assert not action(window, text).isEnabled(), text
    choose(qtbot, window, MEASURE_12)
    page = window.measure_widget
    assert page.ui.assessmentEdit.isReadOnly()
    assert not page.ui.editGoalButton.isEnabled()
    page.comments.ui.commentTable.selectRow(0)
    assert not page.comments.ui.setOutcomeButton.isEnabled()


def test_an_editor_assesses_but_does_not_log(qtbot, team: dict[str, Database]) -> None:
    window = open_window(qtbot, team["erik"])
    qtbot.waitUntil(lambda: "(redaktør)" in window.user_label.text(), timeout=WAIT_MS)
    assert action(window, "&Eksportér bilag …").isEnabled()
    choose(qtbot, window, MEASURE_12)
    page = window.measure_widget
    assert not page.ui.assessmentEdit.isReadOnly()
    page.comments.ui.commentTable.selectRow(0)
    assert page.comments.ui.setOutcomeButton.isEnabled()


def test_a_comments_changes_show_who_made_them(qtbot, team: dict[str, Database]) -> None:
    window = open_window(qtbot, team["erik"])
    choose(qtbot, window, MEASURE_12)
    panel = window.measure_widget.comments
    comment = panel.model.comment(0)
    edit = CommentEdit(comment.id, comment.version, outcome=Outcome.NOTED)
    edit_comments(team["erik"].unit_of_work(), window.workspace.consultation_id, [edit])
    panel.ui.commentTable.selectRow(0)
    shown: list[list[str]] = []

    def read(dialog: ChangeHistoryDialog) -> None:
        table = dialog.table
        shown.extend(
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        )

    answer_dialog(read)  # type: ignore[arg-type]
    panel.history_action.trigger()  # read in the background, then shown
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    last = shown[-1]
    assert last[1] == "Erik Redaktør"
    assert "taget til efterretning" in last[4]


def test_a_measures_history_has_every_change(qtbot, team: dict[str, Database]) -> None:
    window = open_window(qtbot, team["erik"])
    choose(qtbot, window, MEASURE_12)
    page = window.measure_widget
    page.ui.assessmentEdit.setPlainText("Belysningen skiftes til LED i 2025.")
    with qtbot.waitSignal(window.workspace.saved, timeout=WAIT_MS):
        page.flush_assessment()
    tabs: list[str] = []

    def read(dialog: HistoryDialog) -> None:
        changes = dialog.tabs.widget(1)
        tabs.append(
            "\n".join(changes.item(r, 4).text() for r in range(changes.rowCount()))  # type: ignore[attr-defined]
        )

    answer_dialog(read)  # type: ignore[arg-type]
    page.ui.historyButton.click()
    qtbot.waitUntil(lambda: bool(tabs), timeout=WAIT_MS)
    assert "Belysningen skiftes til LED i 2025." in tabs[0]


def test_a_responses_history_shows_its_logging(qtbot, team: dict[str, Database]) -> None:
    window = open_window(qtbot, team["erik"])
    row = inbox_page(team["erik"].unit_of_work(write=False), window.workspace.consultation_id).rows[
        0
    ]
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        window.open_place(("response", row.id))
    shown: list[str] = []

    def read(dialog: ChangeHistoryDialog) -> None:
        table = dialog.table
        shown.extend(table.item(r, 3).text() for r in range(table.rowCount()))

    answer_dialog(read)  # type: ignore[arg-type]
    window.response_widget.history_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    assert shown[0] == "oprettet"


def test_the_administrator_opens_the_teamwork_dialogs(qtbot, team: dict[str, Database]) -> None:
    window = open_window(qtbot, team["admin"])
    qtbot.waitUntil(lambda: "(administrator)" in window.user_label.text(), timeout=WAIT_MS)
    action(window, "&Brugere …").trigger()
    users = window.users_dialog
    assert users.isVisible()
    assert users.table.rowCount() == 3
    users.close()
    action(window, "&Gennemgå personoplysninger …").trigger()
    assert window.review_dialog.isVisible()
    window.review_dialog.close()
    action(window, "&Personoplysninger og sletning …").trigger()
    assert window.personal_data_dialog.isVisible()


def test_the_administrator_exports_the_audit_log(
    qtbot, team: dict[str, Database], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, team["admin"])
    qtbot.waitUntil(lambda: "(administrator)" in window.user_label.text(), timeout=WAIT_MS)
    out = tmp_path / "log.xlsx"
    # The platform's file dialog cannot be driven offscreen; it answers with this path.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(out), ""))
    action(window, "Eksportér æ&ndringsloggen …").trigger()
    qtbot.waitUntil(
        lambda: window.ui.statusbar.currentMessage().startswith("Ændringsloggen er gemt"),
        timeout=WAIT_MS,
    )
    sheet = load_workbook(out).active
    assert sheet is not None and sheet.max_row > 100  # the demo's creation and the users
    [export] = [
        e for e in list_exports(team["admin"].unit_of_work(write=False)) if e.filename == "log.xlsx"
    ]
    assert export.personal_data
