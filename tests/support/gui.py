"""Helpers for driving the real window with pytest-qt."""

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from hoering.gui.main_window import MainWindow
from hoering.gui.plan_model import COLUMN_TITLE, PlanTreeModel
from hoering.store.database import Database

WAIT_MS = 15_000


def open_window(qtbot, db: Database, **options: object) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db, **options)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    # The plan, its counts and the first page (read after the plan) are all shown.
    signals = [window.plan_loaded, window.counts_shown, window.page_shown]
    with qtbot.waitSignals(signals, timeout=WAIT_MS):
        window.load_consultations()
    return window


def find(model: PlanTreeModel, text: str, parent: QModelIndex | None = None) -> QModelIndex:
    """The tree row whose title starts with ``text`` (depth first)."""
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, COLUMN_TITLE, parent)
        if str(index.data()).startswith(text):
            return index
        below = find(model, text, index)
        if below.isValid():
            return below
    return QModelIndex()


def choose(qtbot, window: MainWindow, title_start: str) -> None:  # type: ignore[no-untyped-def]
    """Click a node of the plan tree and wait for its page."""
    index = find(window.model, title_start)
    assert index.isValid(), title_start
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        window.ui.planTree.setCurrentIndex(index)


def answer_dialog(fill: Callable[[QDialog], None]) -> None:
    """Fill in and accept the next modal dialog as soon as it is open."""

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, handle)
            return
        try:
            fill(dialog)
        except BaseException:
            dialog.reject()  # a failed check must fail the test, not leave it waiting
            raise
        dialog.accept()

    QTimer.singleShot(0, handle)


def child(parent: QWidget, kind: type, index: int = 0):  # type: ignore[no-untyped-def]
    return parent.findChildren(kind)[index]
