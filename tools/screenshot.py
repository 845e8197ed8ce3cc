"""Screenshots of the real main window, for the README and for looking at what users see.

    xvfb-run -a -s "-screen 0 1280x800x24" python tools/screenshot.py [--db FILE] \
        [--measure 33 | --place inbox:0 | --place response:14] [--expand] out.png

Without --db a fresh demo database is made, with some work done on measure 33
(outcomes, a reply, a revised sub-goal), so the picture shows a workspace in use.
"""

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from sqlalchemy import select

from hoering.domain.enums import Outcome
from hoering.gui.app import create_application
from hoering.gui.main_window import MainWindow
from hoering.services import revisions
from hoering.services.comments import CommentEdit, edit_comments
from hoering.services.demo import create_demo
from hoering.services.opening import open_database
from hoering.services.pages import measure_page
from hoering.services.revisions import Why
from hoering.store.database import Database
from hoering.store.models import Measure


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="a database to show (default: a fresh demo)")
    parser.add_argument("--measure", help="show the page of this measure number")
    parser.add_argument("--place", help="show this page, e.g. inbox:0 or response:14")
    parser.add_argument("--expand", action="store_true", help="expand the whole plan")
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    app = create_application()
    QSettings().clear()  # the picture shows the program as a new user sees it
    folder = tempfile.TemporaryDirectory()
    db = open_database(args.db or str(Path(folder.name) / "demo.sqlite"), "Mette Redaktør")
    if args.db is None:
        create_demo(db.unit_of_work())
        _do_some_work(db)
    window = MainWindow(db)
    window.resize(1280, 800)
    window.show()

    def grab() -> None:
        QTimer.singleShot(300, lambda: (window.grab().save(str(args.output)), app.quit()))

    def plan_loaded(_consultation_id: int) -> None:
        if args.expand:
            window.ui.planTree.expandAll()
        if args.measure is None and args.place is None:
            window.page_shown.connect(grab)
            return
        if args.measure is not None:
            place: tuple[str, int] = ("measure", _measure_id(db, args.measure))
        else:
            kind, _, key = args.place.partition(":")
            place = (kind, int(key or 0))
        window.page_shown.connect(lambda: window._place == place and grab())
        window.open_place(place)

    window.plan_loaded.connect(plan_loaded)
    window.load_consultations()
    QTimer.singleShot(30_000, app.quit)
    app.exec()
    db.dispose()
    folder.cleanup()
    return 0 if args.output.exists() else 1


def _measure_id(db: Database, number: str) -> int:
    with db.unit_of_work(write=False) as uow:
        return uow.session.scalars(select(Measure.id).where(Measure.number == number)).one()


def _do_some_work(db: Database) -> None:
    """What an editor might have done on measure 33 by the afternoon."""
    page = measure_page(db.unit_of_work(write=False), 1, _measure_id(db, "33"))
    first, second, third = page.comments[:3]
    edit_comments(
        db.unit_of_work(),
        page.consultation_id,
        [
            CommentEdit(first.id, first.version, outcome=Outcome.MET),
            CommentEdit(second.id, second.version, outcome=Outcome.PARTLY_MET),
            CommentEdit(
                third.id,
                third.version,
                outcome=Outcome.PARTLY_MET,
                reply="Der arbejdes med delecykelordninger ved stationerne.",
            ),
        ],
    )
    goal = page.sub_goals[0]
    revisions.revise_sub_goal(
        db.unit_of_work(),
        goal.id,
        "Senest i 2024 er der etableret delemobilitetsløsninger på S-togstationer.",
        expected_version=goal.version,
        why=Why("Fremrykket efter høringen", [first.id]),
    )


if __name__ == "__main__":
    sys.exit(main())
