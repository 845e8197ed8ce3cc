"""A window started as its own process, offscreen, for the start-up and interface figures.

    python -m benchmarks.window_child bare
    python -m benchmarks.window_child hoering DATABASE
    python -m benchmarks.window_child interact DATABASE
    python -m benchmarks.window_child import FOLDER

``bare`` is the baseline: PySide6 imported, a QApplication, a main window with
a tree and a table, shown. ``hoering`` starts Høring's window as ``hoering``
does (the database opened and checked, the window shown, the consultations
read) and is ready (usable) when the plan tree is shown; it prints ``COUNTED``
when the work counts and the first page (the overview) are shown too. Each prints
``READY`` at the first moment; the parent times the process from its start to
these lines. ``interact`` then works in the window with the event-loop probe running
and prints one JSON line of figures. ``import`` opens a new demo database in
FOLDER and imports the mail folder and the SMS export there through the window,
as a case handler would, and prints the same kind of line.
"""

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path


def _ready() -> None:
    print("READY", flush=True)


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTableView, QTreeView

    app = QApplication(sys.argv)
    window = QMainWindow()
    splitter = QSplitter()
    splitter.addWidget(QTreeView())
    splitter.addWidget(QTableView())
    window.setCentralWidget(splitter)
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(0, _ready)
    QTimer.singleShot(0, app.quit)
    app.exec()


def start_hoering(database: str, on_plan: Callable[[], None] = lambda: None):  # type: ignore[no-untyped-def]
    """Høring's window on ``database`` as ``hoering --db`` starts it; ``on_plan`` runs when
    the plan tree is shown, and it returns the window and its database when the counts
    and the first page are shown too."""
    from benchmarks.event_loop import wait_until
    from hoering.gui.app import create_application
    from hoering.gui.main_window import MainWindow
    from hoering.services.opening import open_database

    create_application()
    db = open_database(database, "benchmark")
    window = MainWindow(db)
    shown: list[str] = []
    window.plan_loaded.connect(lambda _id: shown.append("plan"))
    window.plan_loaded.connect(lambda _id: on_plan())
    window.counts_shown.connect(lambda: shown.append("counts"))
    window.page_shown.connect(lambda: shown.append("page"))
    window.resize(1280, 800)
    window.show()
    window.load_consultations()
    wait_until(lambda: {"plan", "counts", "page"} <= set(shown))
    return window, db


def hoering(database: str) -> None:
    start_hoering(database, on_plan=_ready)
    print("COUNTED", flush=True)


def interact(database: str) -> None:
    from benchmarks.common import peak_resident_mb
    from benchmarks.scale_db import consultation_id
    from benchmarks.window_steps import work_in_window

    window, db = start_hoering(database)
    _ready()
    figures = work_in_window(window, db, consultation_id(Path(database)))
    figures["peak_rss_mb"] = peak_resident_mb()
    print(json.dumps(figures), flush=True)


def imports(folder: str) -> None:
    from benchmarks.common import peak_resident_mb
    from benchmarks.window_steps import import_in_window
    from hoering.services.demo import create_demo
    from hoering.services.opening import open_database

    database = str(Path(folder) / "demo.sqlite")
    db = open_database(database, "benchmark")
    create_demo(db.unit_of_work())
    db.dispose()
    window, db = start_hoering(database)
    figures = import_in_window(window, Path(folder) / "mail", Path(folder) / "sms.csv")
    figures["peak_rss_mb"] = peak_resident_mb()
    print(json.dumps(figures), flush=True)


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    if mode == "bare":
        bare()
    elif mode == "hoering":
        hoering(*rest)
    elif mode == "import":
        imports(*rest)
    else:
        interact(*rest)
    # Threads and Qt objects are left as they are: tearing them down is not measured.
    os._exit(0)
