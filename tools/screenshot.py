"""Take a screenshot of the real main window, for looking at what users see.

    xvfb-run -a -s "-screen 0 1280x800x24" python tools/screenshot.py --db demo.sqlite \
        [--measure 12] [--expand] out.png

With --measure, the page of that measure is shown (by its number in the plan).
"""

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from sqlalchemy import select

from hoering.gui.app import create_application
from hoering.gui.main_window import MainWindow
from hoering.services.opening import open_database
from hoering.store.models import Measure


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--measure", help="show the page of this measure number")
    parser.add_argument("--expand", action="store_true", help="expand the whole plan")
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    app = create_application()
    QSettings().clear()  # the picture shows the program as a new user sees it
    db = open_database(args.db, "skærmbillede")
    window = MainWindow(db)
    window.resize(1280, 800)
    window.show()

    def grab() -> None:
        QTimer.singleShot(300, lambda: (window.grab().save(str(args.output)), app.quit()))

    def plan_loaded(_consultation_id: int) -> None:
        if args.expand:
            window.ui.planTree.expandAll()
        if args.measure is None:
            window.page_shown.connect(grab)
            return
        with db.unit_of_work(write=False) as uow:
            measure_id = uow.session.scalars(
                select(Measure.id).where(Measure.number == args.measure)
            ).one()
        window.page_shown.connect(
            lambda: window.ui.pages.currentWidget() is window.measure_widget and grab()
        )
        window.open_place(("measure", measure_id))

    window.plan_loaded.connect(plan_loaded)
    window.load_consultations()
    QTimer.singleShot(30_000, app.quit)
    app.exec()
    db.dispose()
    return 0 if args.output.exists() else 1


if __name__ == "__main__":
    sys.exit(main())
