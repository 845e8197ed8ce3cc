"""Intake in the window, driven as a case handler would: e-mails dropped on the window,
the inbox, a response split into comments with one key, an SMS export checked and
imported, a late response accepted, a campaign split once."""

from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog

from hoering.domain.enums import Channel, ResponseStatus
from hoering.gui.import_dialogs import SmsLayoutDialog
from hoering.gui.inbox_model import RowRole
from hoering.gui.main_window import MainWindow
from hoering.gui.response_dialogs import CampaignDialog
from hoering.gui.splitting_panel import TargetRole
from hoering.services.exports import list_exports
from hoering.services.inbox import InboxFilter, inbox_page, original_bytes
from hoering.store.database import Database, database_url
from tests.support.gui import WAIT_MS, answer_dialog, choose, open_window

FIRST = "Til punkt 7-11: Lad kommunens egne biler køre på el inden 2025."
SECOND = "Handling 38: Plant flere træer langs vejene, de giver skygge og binder CO2."


@pytest.fixture
def db(sqlite_demo_path):  # type: ignore[no-untyped-def]
    database = Database(database_url(str(sqlite_demo_path)), actor="sagsbehandler")
    yield database
    database.dispose()


def write_mail(folder: Path, name: str, sender: str, body: str) -> Path:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "klima@balk.dk"
    message["Subject"] = "Høringssvar til klimahandleplanen"
    message["Date"] = "Thu, 20 Apr 2023 10:00:00 +0200"
    message["Message-ID"] = f"<{name}@example.org>"
    message.set_content(body)
    path = folder / name
    path.write_bytes(bytes(message))
    return path


def drop_files(window: MainWindow, paths: list[Path]) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action, button, keys = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPointF(200, 200), action, data, button, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(200, 200), action, data, button, keys))


def finish_import(qtbot, window: MainWindow) -> str:  # type: ignore[no-untyped-def]
    """Wait for the import dialog's summary, close it, and return the summary text."""
    qtbot.waitUntil(
        lambda: (
            window.intake.import_dialog is not None
            and window.intake.import_dialog.button.text() == "&Luk"
        ),
        timeout=WAIT_MS,
    )
    dialog = window.intake.import_dialog
    assert dialog is not None
    text = dialog.summary.text()
    dialog.reject()
    assert not dialog.isVisible()
    return text


def open_inbox(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.inbox_widget.shown, timeout=WAIT_MS):
        window.open_place(("inbox", 0))


def inbox_rows(window: MainWindow) -> list:  # type: ignore[type-arg]
    model = window.inbox_widget.model
    return [model.index(r, 0).data(RowRole) for r in range(model.rowCount())]


def open_response_of(qtbot, window: MainWindow, excerpt: str) -> None:  # type: ignore[no-untyped-def]
    open_inbox(qtbot, window)
    table = window.inbox_widget.ui.inboxTable
    with qtbot.waitSignal(window.inbox_widget.shown, timeout=WAIT_MS):
        window.inbox_widget.ui.textFilter.setText(excerpt)
    assert table.model().rowCount() == 1
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        table.activated.emit(table.model().index(0, 0))


def select_passage(window: MainWindow, passage: str) -> None:
    body = window.response_widget.splitting.ui.bodyEdit
    start = body.toPlainText().index(passage)
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(passage), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    body.setFocus()


def ticked_labels(window: MainWindow) -> list[str]:
    targets = window.response_widget.splitting.ui.targetList
    return [
        targets.item(i).text()
        for i in range(targets.count())
        if targets.item(i).checkState() is Qt.CheckState.Checked
    ]


def make_comment_with_key(qtbot, window: MainWindow, passage: str, numbers: list[str]) -> None:  # type: ignore[no-untyped-def]
    panel = window.response_widget.splitting
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    select_passage(window, passage)
    qtbot.waitUntil(
        lambda: [label.split(".")[0] for label in ticked_labels(window)] == numbers,
        timeout=WAIT_MS,
    )
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        qtbot.keyClick(panel.ui.bodyEdit, Qt.Key.Key_K)


def test_drop_two_mails_split_one_into_comments_on_7_to_11_and_38(
    qtbot, db: Database, tmp_path: Path
) -> None:
    window = open_window(qtbot, db)
    mails = [
        write_mail(tmp_path, "a.eml", "Lise Jensen <lise@example.org>", f"{FIRST}\n\n{SECOND}\n"),
        write_mail(tmp_path, "b.eml", "Ole Holm <ole@example.org>", "Husk cyklerne i Skovlunde."),
    ]
    drop_files(window, mails)
    summary = finish_import(qtbot, window)
    assert "Indlæst: 2" in summary and "Kunne ikke læses: 0" in summary

    open_response_of(qtbot, window, "punkt 7-11")
    page = window.response_widget
    assert page.ui.titleLabel.text().startswith("Høringssvar fra Borger")
    assert "lise@example.org" in page.ui.detailsLabel.text()
    make_comment_with_key(qtbot, window, FIRST, ["7", "8", "9", "10", "11"])
    make_comment_with_key(qtbot, window, SECOND, ["38"])
    tree = page.ui.commentsTree
    assert [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())] == [
        FIRST,
        SECOND,
    ]
    assert tree.topLevelItem(1).text(2).startswith("38. ")
    assert page.detail is not None and page.detail.row.status is ResponseStatus.SPLIT

    for measure in ("7.", "11.", "38."):
        choose(qtbot, window, measure)
        texts = window.measure_widget.comments.model
        shown = [texts.comment(r).text for r in range(texts.rowCount())]
        assert (SECOND if measure == "38." else FIRST) in shown

    window.undo()  # the last comment is taken back
    choose(qtbot, window, "38.")
    texts = window.measure_widget.comments.model
    assert SECOND not in [texts.comment(r).text for r in range(texts.rowCount())]


def test_the_same_mails_dropped_again_add_nothing(qtbot, db: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, db)
    mail = write_mail(tmp_path, "a.eml", "Lise <lise@example.org>", "Flere ladestandere.")
    drop_files(window, [mail])
    assert "Indlæst: 1" in finish_import(qtbot, window)
    drop_files(window, [mail])
    summary = finish_import(qtbot, window)
    assert "Indlæst: 0" in summary and "Fandtes i forvejen: 1" in summary


def test_a_broken_file_is_reported_and_kept(qtbot, db: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, db)
    broken = tmp_path / "ødelagt.msg"
    broken.write_bytes(b"\xd0\xcf\x11\xe0 not really an Outlook file")
    drop_files(window, [broken])
    finish_import(qtbot, window)
    dialog = window.intake.import_dialog
    assert dialog is not None
    assert dialog.failures.count() == 1
    assert "ødelagt.msg: Filen er ikke en Outlook-meddelelse" in dialog.failures.item(0).text()
    open_inbox(qtbot, window)
    statuses = [row.status for row in inbox_rows(window)]
    assert ResponseStatus.UNREADABLE in statuses


def test_the_inbox_filters_and_counts(qtbot, db: Database) -> None:
    window = open_window(qtbot, db)
    open_inbox(qtbot, window)
    inbox = window.inbox_widget
    assert len(inbox_rows(window)) == 23
    qtbot.waitUntil(lambda: inbox.ui.countsLabel.text().startswith("23 høringssvar"))
    box = inbox.ui.channelFilter
    with qtbot.waitSignal(inbox.shown, timeout=WAIT_MS):
        box.setCurrentIndex(box.findData(Channel.SMS))
    assert {row.channel for row in inbox_rows(window)} == {Channel.SMS}
    assert len(inbox_rows(window)) == 10
    with qtbot.waitSignal(inbox.shown, timeout=WAIT_MS):
        inbox.ui.deadlineFilter.setCurrentIndex(inbox.ui.deadlineFilter.findData(True))
    assert all(row.late for row in inbox_rows(window))


def test_an_sms_export_is_checked_and_imported(qtbot, db: Database, tmp_path: Path) -> None:
    export = tmp_path / "gateway.csv"
    export.write_bytes(
        "kol1;kol2;kol3\r\n"
        "4522334455;28-04-2023 12:00;BALK KLIMA Flere busser til Måløv\r\n"
        "4522334466;28-04-2023 12:05;ANDET ORD Hej\r\n".encode("cp1252")
    )
    window = open_window(qtbot, db)

    def choose_columns(dialog: SmsLayoutDialog) -> None:
        assert dialog.preview.layout.encoding == "cp1252"
        assert dialog.sample.rowCount() == 0  # no sender or text column found yet
        for field, column in (("sender", "kol1"), ("received", "kol2"), ("text", "kol3")):
            box = next(b for f, b in dialog.columns.items() if f.value == field)
            box.setCurrentIndex(box.findData(column))
        assert dialog.sample.item(0, 2).text() == "Flere busser til Måløv"
        assert dialog.sample.item(1, 3).text() == "SMS'en mangler høringens kodeord."

    answer_dialog(choose_columns)
    window.intake.import_sms_file(export)
    summary = finish_import(qtbot, window)
    assert "Indlæst: 1" in summary and "Lagt til side til afgørelse: 1" in summary


def test_a_late_response_is_accepted_with_a_reason(qtbot, db: Database) -> None:
    window = open_window(qtbot, db)
    [late] = [
        r
        for r in inbox_page(
            db.unit_of_work(write=False), window.workspace.consultation_id, InboxFilter(late=True)
        ).rows
        if r.channel is Channel.EMAIL
    ][:1]
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        window.open_response(late.id)
    page = window.response_widget
    assert page.ui.acceptLateButton.isVisibleTo(page)
    answer_dialog(lambda dialog: dialog.setTextValue("Posten var forsinket"))  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        page.ui.acceptLateButton.click()
    assert "godkendt: Posten var forsinket" in page.ui.detailsLabel.text()
    assert not page.ui.acceptLateButton.isVisibleTo(page)


def test_a_campaign_is_split_once_in_its_dialog(qtbot, db: Database) -> None:
    window = open_window(qtbot, db)
    rows = inbox_page(
        db.unit_of_work(write=False),
        window.workspace.consultation_id,
        InboxFilter(in_campaign=True),
    ).rows
    assert len(rows) >= 2
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        window.open_response(rows[0].id)
    page = window.response_widget
    assert page.ui.campaignButton.isVisibleTo(page)
    page.ui.campaignButton.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CampaignDialog))
    assert dialog.members.topLevelItemCount() == len(rows)
    panel = dialog.splitting
    panel.ui.addTargetEdit.setText("Politikken")
    panel.ui.addTargetEdit.returnPressed.emit()
    chosen = [
        panel.ui.targetList.item(i).data(TargetRole) for i in range(panel.ui.targetList.count())
    ]
    assert any(t.level.value == "policy" for t in chosen)
    body = panel.ui.bodyEdit
    cursor = body.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    body.setTextCursor(cursor)
    panel.make_action.trigger()
    assert dialog.comments.topLevelItemCount() == 1
    dialog.close()


def test_the_inbox_model_keeps_qts_rules(qtbot, qtmodeltester, db: Database) -> None:
    window = open_window(qtbot, db)
    open_inbox(qtbot, window)
    qtmodeltester.check(window.inbox_widget.model)


def test_a_saved_original_is_the_file_received_and_is_registered(
    qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, db)
    open_response_of(qtbot, window, "Mere natur og flere træer")
    out = tmp_path / "svar.eml"
    # The platform's file dialog cannot be driven offscreen; it answers with this path.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(out), ""))
    window.response_widget.save_original.trigger()
    detail = window.response_widget.detail
    assert detail is not None
    _, original = original_bytes(db.unit_of_work(write=False), detail.row.id)
    assert out.read_bytes() == original
    [export] = list_exports(db.unit_of_work(write=False))
    assert (export.filename, export.personal_data) == ("svar.eml", True)
    assert export.subjects == (detail.respondent_id,)
