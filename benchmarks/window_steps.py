"""What a user does in the window at scale, each step timed with the event-loop probe.

The window is driven through its entry points: opened on a consultation, going
to a measure (``open_place``), the search field. The most commented measure is
opened and its comment list (the largest list the window then shows, found as
any Qt item view) scrolled to the end; then a word is typed into the search
field, which searches the comments as one types.
"""

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication

from benchmarks.event_loop import BlockProbe, pause, wait_until
from hoering.gui.import_dialogs import SmsLayoutDialog
from hoering.services.dto import MeasureNode, SectionNode
from hoering.services.imports import ImportSummary
from hoering.services.plan import plan_tree
from hoering.store.database import Database

SCROLL_STEPS = 40
# A word typed into the search field, a key every 120 ms.
TYPED, TYPING_INTERVAL_S = "delecykler", 0.12


def work_in_window(window: Any, db: Database, consultation_id: int) -> dict[str, Any]:
    measure = _most_commented(db, consultation_id)
    probe = BlockProbe()
    figures: dict[str, Any] = {
        "measure": measure.label,
        "measure_comments": measure.counts.comments,
    }
    with probe.measuring():
        started = time.perf_counter()
        _open_measure(window, measure.id)
        figures["open_measure_s"] = time.perf_counter() - started
    figures["open_measure_block_ms"] = probe.longest_ms
    view = _largest_list(window)
    figures["listed_rows"] = view.model().rowCount()
    with probe.measuring():
        _scroll_to_end(view)
    figures["scroll_block_ms"] = probe.longest_ms
    with probe.measuring():
        figures["typed"], figures["typed_hits"] = TYPED, _type_in_search(window, TYPED)
    figures["typing_block_ms"] = probe.longest_ms
    return figures


def _type_in_search(window: Any, text: str) -> int:
    """Type into the search field at a brisk typist's pace; the search runs on each
    pause. Returns how many hits were listed at the end."""
    done: list[bool] = []
    window.search_done.connect(lambda: done.append(True))
    field = window.ui.searchEdit
    field.setFocus()
    for character in text:
        field.insert(character)
        pause(TYPING_INTERVAL_S)
    done.clear()
    window.run_search()
    wait_until(lambda: bool(done), timeout_s=600)
    results: int = window.ui.searchResults.model().rowCount()
    return results


def _most_commented(db: Database, consultation_id: int) -> MeasureNode:
    tree = plan_tree(db.unit_of_work(write=False), consultation_id)
    measures: list[MeasureNode] = []

    def walk(nodes: tuple[SectionNode | MeasureNode, ...]) -> None:
        for node in nodes:
            if isinstance(node, MeasureNode):
                measures.append(node)
            else:
                walk(node.children)

    walk(tree.roots)
    return max(measures, key=lambda m: m.counts.comments)


def _open_measure(window: Any, measure_id: int) -> None:
    shown: list[bool] = []
    window.page_shown.connect(lambda: shown.append(True))
    window.open_place(("measure", measure_id))
    wait_until(lambda: bool(shown), timeout_s=600)
    pause(0.2)


def _largest_list(window: Any) -> QAbstractItemView:
    views = [
        v for v in window.findChildren(QAbstractItemView) if v.isVisible() and v.model() is not None
    ]
    largest: QAbstractItemView = max(views, key=lambda v: v.model().rowCount())
    return largest


def _scroll_to_end(view: QAbstractItemView) -> None:
    bar = view.verticalScrollBar()
    for step in range(1, SCROLL_STEPS + 1):
        bar.setValue(bar.maximum() * step // SCROLL_STEPS)
        pause(0.02)


def import_in_window(window: Any, mail: Path, sms: Path) -> dict[str, Any]:
    """A mail folder dropped on the window, then an SMS export whose layout dialog is
    accepted as found; each import timed to its summary with the probe running."""
    figures: dict[str, Any] = {}
    starts: dict[str, Callable[[], None]] = {
        "mail": lambda: window.intake.import_mail([mail]),
        "sms": lambda: window.intake.import_sms_file(sms),
    }
    for name, start in starts.items():
        seconds, block_ms, summary = _timed_import(window, start)
        figures[f"{name}_s"], figures[f"{name}_block_ms"] = seconds, block_ms
        figures[f"{name}_given"], figures[f"{name}_imported"] = summary.given, summary.imported
    return figures


def _timed_import(window: Any, start: Callable[[], None]) -> tuple[float, float, ImportSummary]:
    finished: list[ImportSummary] = []
    probe = BlockProbe()
    earlier = window.intake.import_dialog
    # The SMS export is previewed in the background, then its layout dialog runs its own
    # event loop: a timer accepts the layout as found.
    accepter = QTimer(interval=50)
    accepter.timeout.connect(_accept_layout)
    accepter.start()
    with probe.measuring():
        started = time.perf_counter()
        start()
        wait_until(lambda: window.intake.import_dialog is not earlier)
        accepter.stop()
        window.intake.import_dialog.imported.connect(finished.append)
        wait_until(lambda: bool(finished), timeout_s=1800)
        seconds = time.perf_counter() - started
    return seconds, probe.longest_ms, finished[0]


def _accept_layout() -> None:
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, SmsLayoutDialog):
        dialog.accept()
