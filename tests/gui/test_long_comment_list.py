"""A measure with more comments than the window reads at once (a generated
consultation): the list opens with its first page, reads the rest as it is
scrolled, finds a comment not read yet, and edits comments on several pages."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView

from hoering.domain.enums import Outcome
from hoering.gui.comment_model import COLUMN_OUTCOME, COLUMN_TEXT
from hoering.gui.labels import term
from hoering.services.demo_scale import create_scaled_demo
from hoering.services.dto import MeasureNode, SectionNode
from hoering.services.pages import COMMENT_PAGE_SIZE, MeasurePage, measure_page, read_comments
from hoering.services.plan import plan_tree
from hoering.services.search import SearchHit
from hoering.store.database import Database
from tests.support.databases import SqliteBackend
from tests.support.gui import WAIT_MS, choose, open_window

# The most commented measure then has about 275 comments.
RESPONSES = 1000


@pytest.fixture
def db(sqlite_backend: SqliteBackend) -> Iterator[Database]:
    database = Database(sqlite_backend.new_database(template="schema"), actor="redaktør")
    create_scaled_demo(database.unit_of_work, RESPONSES, seed=3)
    yield database
    database.dispose()


def most_commented(db: Database, consultation: int) -> MeasureNode:
    measures: list[MeasureNode] = []

    def walk(nodes: tuple[SectionNode | MeasureNode, ...]) -> None:
        for node in nodes:
            if isinstance(node, MeasureNode):
                measures.append(node)
            else:
                walk(node.children)

    walk(plan_tree(db.unit_of_work(write=False), consultation).roots)
    return max(measures, key=lambda m: m.counts.comments)


def stored(db: Database, consultation: int, measure: MeasureNode) -> MeasurePage:
    return measure_page(db.unit_of_work(write=False), consultation, measure.id)


def in_view(table: QTableView, row: int) -> bool:
    return table.viewport().rect().contains(table.visualRect(table.model().index(row, 0)))


def test_the_list_opens_with_one_page_and_reads_the_rest_when_scrolled(
    qtbot, qtmodeltester, db: Database
) -> None:
    window = open_window(qtbot, db)
    consultation = window.workspace.consultation_id
    measure = most_commented(db, consultation)
    choose(qtbot, window, measure.label)
    panel = window.measure_widget.comments
    model, table = panel.model, panel.ui.commentTable
    whole = stored(db, consultation, measure)
    count = len(whole.comments)
    assert count > COMMENT_PAGE_SIZE
    assert (
        panel.ui.countLabel.text() == f"{count} bemærkninger, {whole.without_outcome} uden udfald"
    )
    assert model.rowCount() == count
    assert model.index(0, COLUMN_TEXT).data() == whole.comments[0].text
    assert model.index(count - 1, COLUMN_TEXT).data() == "…"  # not read yet

    table.scrollToBottom()
    last = model.index(count - 1, COLUMN_TEXT)
    qtbot.waitUntil(lambda: last.data() == whole.comments[-1].text, timeout=WAIT_MS)
    shown = range(table.rowAt(0), count)
    assert [model.index(r, COLUMN_TEXT).data() for r in shown] == [
        c.text for c in whole.comments[shown.start :]
    ]
    qtmodeltester.check(model)


def test_a_comment_not_read_yet_is_found_and_edited_with_one_on_the_first_page(
    qtbot, db: Database
) -> None:
    window = open_window(qtbot, db)
    consultation = window.workspace.consultation_id
    measure = most_commented(db, consultation)
    whole = stored(db, consultation, measure)
    far = len(whole.comments) - 3
    wanted = whole.comments[far]
    assert far >= COMMENT_PAGE_SIZE and wanted.response_id is not None

    # Found from the search, as a case handler opens a hit.
    window.results.set_hits([SearchHit("comment", wanted.id, "", "", measure.id)])
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        window.ui.searchResults.activated.emit(window.results.index(0, 0))
    panel = window.measure_widget.comments
    model, table = panel.model, panel.ui.commentTable
    assert [i.row() for i in table.selectionModel().selectedRows()] == [far]
    qtbot.waitUntil(lambda: model.index(far, COLUMN_TEXT).data() == wanted.text, timeout=WAIT_MS)
    assert in_view(table, far)
    qtbot.waitUntil(panel.ui.openResponseButton.isEnabled, timeout=WAIT_MS)

    # The first comment and the far one get an outcome together; undo takes it back.
    first = whole.comments[0]
    table.selectionModel().select(
        model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert [c.id for c in panel.selected()] == [first.id, wanted.id]
    panel.ui.outcomeBox.setCurrentIndex(panel.ui.outcomeBox.findData(Outcome.NOTED))
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        panel.ui.setOutcomeButton.click()

    def outcomes() -> list[Outcome | None]:
        views = read_comments(db.unit_of_work(write=False), consultation, [first.id, wanted.id])
        return [c.outcome for c in views]

    assert outcomes() == [Outcome.NOTED, Outcome.NOTED]
    newly = [first.outcome, wanted.outcome].count(None)
    without = whole.without_outcome - newly
    assert (
        panel.ui.countLabel.text() == f"{len(whole.comments)} bemærkninger, {without} uden udfald"
    )
    # The list is read again where it was: the far comment still selected and in view.
    assert sorted(i.row() for i in table.selectionModel().selectedRows()) == [0, far]
    assert in_view(table, far)
    qtbot.waitUntil(
        lambda: model.index(far, COLUMN_OUTCOME).data() == "taget til efterretning", timeout=WAIT_MS
    )

    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        window.ui.actionUndo.trigger()
    assert outcomes() == [first.outcome, wanted.outcome]
    before = term(wanted.outcome) if wanted.outcome else ""
    qtbot.waitUntil(lambda: model.index(far, COLUMN_OUTCOME).data() == before, timeout=WAIT_MS)
