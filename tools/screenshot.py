"""Take a screenshot of the real main window, for looking at what users see.

xvfb-run -a -s "-screen 0 1280x800x24" python tools/screenshot.py --db demo.sqlite out.png
"""

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from hoering.gui.app import create_application
from hoering.gui.main_window import MainWindow
from hoering.services.opening import open_database


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--expand", action="store_true", help="expand the whole plan")
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    app = create_application()
    db = open_database(args.db, "skærmbillede")
    window = MainWindow(db)
    window.resize(1280, 800)
    window.show()

    def grab(_consultation_id: int) -> None:
        if args.expand:
            window.ui.planTree.expandAll()
        QTimer.singleShot(300, lambda: (window.grab().save(str(args.output)), app.quit()))

    window.plan_loaded.connect(grab)
    window.load_consultations()
    QTimer.singleShot(20_000, app.quit)
    app.exec()
    db.dispose()
    return 0 if args.output.exists() else 1


if __name__ == "__main__":
    sys.exit(main())
