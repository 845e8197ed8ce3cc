"""Starting the window: the Qt application, its translations, the database."""

import gc
import os
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from hoering.config import current_user, database_setting
from hoering.domain.errors import HoeringError
from hoering.gui.main_window import MainWindow
from hoering.packaged import resources_dir
from hoering.services.opening import open_database
from hoering.store.database import Database

LANGUAGE_ENV = "HOERING_LANG"


def create_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv)
    app.setOrganizationName("hoering")
    app.setApplicationName("Høring")
    install_translations(app, interface_language())
    keep_the_window_answering()
    return app


def keep_the_window_answering() -> None:
    """Python-level settings for a window whose reads run in background threads."""
    # What is loaded by now (the program's modules, SQLAlchemy's mappers, Qt's bindings)
    # lives as long as the program. Frozen, it is left out of Python's full cycle
    # collections, which hold the interpreter lock, and so the window, while they walk
    # every object: 0.1 s over what is loaded at start on a busy 2-core machine.
    gc.freeze()
    # Every call from Qt into Python (a cell's text, a timer) takes the interpreter
    # lock; while a read holds it, the GUI thread waits up to this long each time
    # (5 ms by default: a repaint's hundred calls added up to 50-100 ms).
    sys.setswitchinterval(0.001)


def interface_language() -> str:
    """Danish unless $HOERING_LANG or the system asks for English."""
    chosen = os.environ.get(LANGUAGE_ENV, "").lower()
    if chosen:
        return "en" if chosen.startswith("en") else "da"
    return "en" if QLocale.system().language() is QLocale.Language.English else "da"


def install_translations(app: QApplication, language: str) -> None:
    """Qt's own texts in the chosen language; ours are Danish at source, English translated."""
    qt_translator = QTranslator(app)
    if qt_translator.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
    if language == "en":
        ours = QTranslator(app)
        if ours.load("hoering_en", str(resources_dir() / "translations")):
            app.installTranslator(ours)


def run_window(*, db: str | None, user: str | None) -> int:
    app = create_application()
    remembered = QSettings().value(REMEMBERED_DATABASE)
    setting, is_default = database_setting(db or (str(remembered) if remembered else None))
    session = _WindowSession(current_user(user))
    if not session.open(setting, create_demo_if_empty=is_default):
        return 1
    try:
        return app.exec()
    finally:
        session.close()


REMEMBERED_DATABASE = "database/url"


class _WindowSession:
    """The open database and its window; choosing another database swaps both."""

    def __init__(self, actor: str) -> None:
        self.actor = actor
        self.database: Database | None = None
        self.window: MainWindow | None = None

    def open(self, setting: str, *, create_demo_if_empty: bool = False) -> bool:
        try:
            database = open_database(setting, self.actor)
        except HoeringError as error:
            print(f"hoering: {error.message}", file=sys.stderr)
            box = QMessageBox(QMessageBox.Icon.Critical, "Høring", error.message)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()
            return False
        self.close()
        self.database = database
        self.window = MainWindow(database, create_demo_if_empty=create_demo_if_empty)
        self.window.database_chosen.connect(self._switch)
        self.window.show()
        self.window.load_consultations()
        return True

    def _switch(self, setting: str) -> None:
        if self.open(setting):
            QSettings().setValue(REMEMBERED_DATABASE, setting)

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        if self.database is not None:
            self.database.dispose()
        self.window = self.database = None
