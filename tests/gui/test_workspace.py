"""The editor's workspace on the demo, driven as a user would: pages, outcomes, the
assessment, revisions, undo and redo, standard phrases, search, reopening."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from sqlalchemy import select

from hoering.domain.enums import Outcome
from hoering.gui.comment_model import COLUMN_OUTCOME, COLUMN_SOURCE, CommentTableModel
from hoering.gui.conflict_dialog import ConflictDialog
from hoering.gui.search_model import SearchResultsModel
from hoering.services import phrases
from hoering.services.assessments import get_assessment, save_assessment
from hoering.services.comments import CommentEdit, edit_comments
from hoering.services.pages import measure_page
from hoering.services.search import search
from hoering.store.database import Database, database_url
from hoering.store.models import Measure
from tests.support.gui import WAIT_MS, answer_dialog, choose, open_window

MEASURE_12 = "12. Vej- og gadebelysning"


@pytest.fixture
def db(sqlite_demo_path):  # type: ignore[no-untyped-def]
    database = Database(database_url(str(sqlite_demo_path)), actor="redaktør")
    yield database
    database.dispose()


def table_texts(window, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.measure_widget.comments.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def select_rows(panel, rows: list[int]) -> None:  # type: ignore[no-untyped-def]
    table = panel.ui.commentTable
    table.clearSelection()
    for row in rows:
        table.selectionModel().select(
            panel.model.index(row, 0),
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )


def test_measure_12_shows_its_comments_and_their_sources(qtbot, db: Database) -> None:
    window = open_window(qtbot, db)
    choose(qtbot, window, MEASURE_12)
    page = window.measure_widget
    assert page.ui.titleLabel.text().startswith("Klimatiltag 12. Vej- og gadebelysning")
    assert page.ui.statusLabel.text() == "ændret"
    sources = table_texts(window, COLUMN_SOURCE)
    assert sources[:4] == ["UGO", "KMB", "KMB", "GR"]
    assert sources[4].startswith("Borger ")
    goals = page.ui.goalsView.toPlainText()
    assert "Spare på energiforbruget" in goals and "Senest i 2025 er al belysning" in goals
    assert page.ui.assessmentEdit.toPlainText().startswith("Mål ændret til:")


def test_edit_undo_redo_and_find_it_all_again_after_reopening(qtbot, db: Database) -> None:
    window = open_window(qtbot, db)
    choose(qtbot, window, MEASURE_12)
    page = window.measure_widget

    # Outcomes: two comments at once, with the outcome box, then one with Alt+3.
    select_rows(page.comments, [0, 1])
    page.comments.ui.outcomeBox.setCurrentIndex(1)  # imødekommet
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        page.comments.ui.setOutcomeButton.click()
    select_rows(page.comments, [3])
    page.comments.ui.commentTable.setFocus()
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        qtbot.keyClick(page.comments.ui.commentTable, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert table_texts(window, COLUMN_OUTCOME)[:4] == [
        "imødekommet",
        "imødekommet",
        "",
        "ikke imødekommet",
    ]

    # The assessment is stored when the editor pauses typing.
    editor = page.ui.assessmentEdit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Intelligent styring undersøges.")
    qtbot.waitUntil(lambda: page.ui.saveStateLabel.text() == "Gemt", timeout=WAIT_MS)

    # Revise the sub-goal through its dialog, with two comments as motivation.
    def revise(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.findChild(QPlainTextEdit).setPlainText(
            "Senest i 2024 er al belysning skiftet til LED."
        )
        dialog.findChild(QLineEdit).setText("Fremrykket efter høringen")
        comments = dialog.findChild(QListWidget)
        for row in (0, 3):
            comments.item(row).setCheckState(Qt.CheckState.Checked)

    answer_dialog(revise)
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        page.ui.editGoalButton.click()
    assert "Senest i 2024 er al belysning skiftet til LED." in page.ui.goalsView.toPlainText()

    # Undo takes back the revision, redo makes it again.
    assert window.ui.actionUndo.text() == "&Fortryd Delmål revideret"
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        window.ui.actionUndo.trigger()
    assert "Senest i 2024" not in page.ui.goalsView.toPlainText()
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        window.ui.actionRedo.trigger()
    assert "Senest i 2024" in page.ui.goalsView.toPlainText()

    # Everything is in the database: close, and a new window shows it.
    window.close()
    again = open_window(qtbot, db)
    qtbot.waitUntil(lambda: again.ui.pages.currentWidget() is again.measure_widget, timeout=WAIT_MS)
    reopened = again.measure_widget
    assert reopened.ui.titleLabel.text().startswith("Klimatiltag 12.")  # the page open last time
    model = reopened.comments.model
    assert [model.index(r, COLUMN_OUTCOME).data() for r in range(4)] == [
        "imødekommet",
        "imødekommet",
        "",
        "ikke imødekommet",
    ]
    assert reopened.ui.assessmentEdit.toPlainText().endswith("Intelligent styring undersøges.")
    assert "Senest i 2024 er al belysning skiftet til LED." in reopened.ui.goalsView.toPlainText()


def test_a_standard_phrase_on_three_comments_at_once(qtbot, db: Database) -> None:
    phrases.add_phrase(
        db.unit_of_work(), "Videre arbejde", "Input der arbejdes videre med", Outcome.NOTED
    )
    window = open_window(qtbot, db)
    choose(qtbot, window, "38. Fremme delebilsordninger")
    panel = window.measure_widget.comments
    select_rows(panel, [0, 1, 2])
    answer_dialog(lambda dialog: None)  # the first phrase and its outcome are proposed
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        panel.ui.phraseButton.click()
    rows = [panel.model.comment(r) for r in range(panel.model.rowCount())]
    assert [(c.reply, c.outcome) for c in rows[:3]] == [
        ("Input der arbejdes videre med", Outcome.NOTED)
    ] * 3
    assert rows[3].reply is None


def test_search_finds_delecykler_and_opens_where_it_belongs(qtbot, db: Database) -> None:
    window = open_window(qtbot, db)
    window.ui.actionSearch.trigger()
    with qtbot.waitSignal(window.search_done, timeout=WAIT_MS):
        qtbot.keyClicks(window.ui.searchEdit, "DELECYKLER")
    results = window.results
    kinds = [results.index(r, 0).data() for r in range(results.rowCount())]
    assert kinds.count("Bemærkning") >= 3 and "Høringssvar" in kinds
    first_comment = results.index(kinds.index("Bemærkning"), 0)
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        window.ui.searchResults.activated.emit(first_comment)
    assert window.measure_widget.ui.titleLabel.text().startswith("Klimatiltag 33.")
    qtbot.waitUntil(lambda: bool(window.measure_widget.comments.selected()), timeout=WAIT_MS)


def test_filters_list_comments_without_outcome_from_one_body(qtbot, db: Database) -> None:
    window = open_window(qtbot, db)
    ui = window.ui
    ui.navigatorTabs.setCurrentWidget(ui.searchTab)
    qtbot.waitUntil(lambda: ui.sourceFilter.count() == 5, timeout=WAIT_MS)
    with qtbot.waitSignal(window.search_done, timeout=WAIT_MS):
        ui.sourceFilter.setCurrentIndex(ui.sourceFilter.findText("VMU"))
    assert window.results.rowCount() == 28
    assert {window.results.index(r, 1).data() for r in range(28)} == {"VMU"}


def test_next_measure_needing_work_is_one_key_away(qtbot, db: Database) -> None:
    window = open_window(qtbot, db)
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.measure_widget.ui.titleLabel.text().startswith("Klimatiltag 1. Klimavurdering")
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.measure_widget.ui.titleLabel.text().startswith("Klimatiltag 2. ")


def test_the_overview_shows_progress_and_charts(qtbot, db: Database) -> None:
    window = open_window(qtbot, db)
    page = window.overview_page
    assert window.ui.pages.currentWidget() is page
    assert page.with_outcome.maximum() == 193 and page.with_outcome.value() == 0
    assert page.per_source.bars[0] == ("KMB", 56)
    assert dict(page.per_channel.bars) == {"e-mail": 13, "sms": 10}
    assert len(page.per_theme.bars) == 7


def test_a_colleagues_change_is_not_overwritten(qtbot, db: Database) -> None:
    window = open_window(qtbot, db)
    choose(qtbot, window, MEASURE_12)
    panel = window.measure_widget.comments
    stale = panel.model.comment(0)
    colleague = Database(db.url, actor="kollega")
    edit_comments(
        colleague.unit_of_work(),
        window.workspace.consultation_id,
        [CommentEdit(stale.id, stale.version, outcome=Outcome.NOT_MET)],
    )
    colleague.dispose()
    select_rows(panel, [0])
    panel.ui.outcomeBox.setCurrentIndex(1)
    panel.ui.setOutcomeButton.click()
    qtbot.waitUntil(
        lambda: (
            isinstance(QApplication.activeModalWidget(), QMessageBox)
            or any(
                isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
            )
        ),
        timeout=WAIT_MS,
    )
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    assert "En anden har ændret" in box.text()
    box.close()
    assert not window.workspace.undo_stack.canUndo()
    consultation = window.workspace.consultation_id
    stored = measure_page(db.unit_of_work(write=False), consultation, window._place[1]).comments[0]
    assert stored.outcome is Outcome.NOT_MET


def test_the_response_behind_a_comment_opens_and_back_returns(qtbot, db: Database) -> None:
    window = open_window(qtbot, db)
    choose(qtbot, window, MEASURE_12)
    panel = window.measure_widget.comments
    select_rows(panel, [4])
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        panel.ui.openResponseButton.click()
    page = window.response_widget
    assert window.ui.pages.currentWidget() is page
    assert page.ui.titleLabel.text().startswith("Høringssvar fra Borger")
    body = page.splitting.ui.bodyEdit
    assert body.isReadOnly()
    assert "Sluk ikke gadelyset" in body.toPlainText()
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        page.ui.backButton.click()
    assert window.ui.pages.currentWidget() is window.measure_widget


def test_the_comment_and_search_models_keep_qts_rules(qtmodeltester, db: Database) -> None:
    consultation = 1
    with db.unit_of_work(write=False) as uow:
        measure = uow.session.scalars(select(Measure.id).where(Measure.number == "33")).one()
    page = measure_page(db.unit_of_work(write=False), consultation, measure)
    comments = CommentTableModel()
    comments.set_rows(page.comments)
    qtmodeltester.check(comments)
    results = SearchResultsModel()
    results.set_hits(search(db.unit_of_work(write=False), consultation, "cykel"))
    qtmodeltester.check(results)


THEIRS_START, MINE_END = "Målet er ændret til:", "Tilføjet af mig."


@pytest.mark.parametrize(
    ("button", "starts", "ends"),
    [
        ("&Flet", THEIRS_START, MINE_END),  # both changes kept
        ("Brug &deres", THEIRS_START, None),
        ("Brug &min", "Mål ændret til:", MINE_END),  # deliberately over the colleague's
    ],
)
def test_a_colleagues_assessment_is_never_silently_overwritten(
    qtbot, db: Database, button: str, starts: str, ends: str | None
) -> None:
    window = open_window(qtbot, db)
    choose(qtbot, window, MEASURE_12)
    page = window.measure_widget
    consultation, measure = window.workspace.consultation_id, window._place[1]
    original = get_assessment(db.unit_of_work(write=False), consultation, measure)
    theirs = original.text.replace("Mål ændret til:", THEIRS_START)
    colleague = Database(db.url, actor="kollega")
    save_assessment(
        colleague.unit_of_work(), consultation, measure, theirs, expected_version=original.version
    )
    colleague.dispose()
    editor = page.ui.assessmentEdit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " " + MINE_END)
    seen: list[str] = []

    def resolve(dialog: ConflictDialog) -> None:
        next(b for b in dialog.findChildren(QPushButton) if b.text() == button).click()
        seen.append(dialog.result())

    answer_dialog(resolve)  # type: ignore[arg-type]
    page.flush_assessment()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: get_assessment(db.unit_of_work(write=False), consultation, measure).text == seen[0],
        timeout=WAIT_MS,
    )
    stored = get_assessment(db.unit_of_work(write=False), consultation, measure).text
    assert stored.startswith(starts)
    assert stored.endswith(MINE_END) == (ends is not None)


def test_a_colleagues_change_appears_within_seconds(qtbot, db: Database) -> None:
    window = open_window(qtbot, db)
    window._watch_timer.setInterval(50)
    choose(qtbot, window, MEASURE_12)
    comment = window.measure_widget.comments.model.comment(0)
    qtbot.waitUntil(lambda: window._seen_change is not None, timeout=WAIT_MS)
    colleague = Database(db.url, actor="kollega")
    edit_comments(
        colleague.unit_of_work(),
        window.workspace.consultation_id,
        [CommentEdit(comment.id, comment.version, outcome=Outcome.NOTED)],
    )
    colleague.dispose()
    qtbot.waitUntil(
        lambda: table_texts(window, COLUMN_OUTCOME)[0] == "taget til efterretning", timeout=WAIT_MS
    )
    assert window.ui.statusbar.currentMessage() == "Opdateret med kollegers ændringer."
