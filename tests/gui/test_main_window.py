"""The real main window, driven with pytest-qt on the offscreen platform."""

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from hoering.domain.enums import RespondentKind
from hoering.gui.main_window import MainWindow
from hoering.gui.plan_model import COLUMN_COMMENTS, COLUMN_TITLE, NodeRole, PlanTreeModel
from hoering.services.consultations import NewConsultation, create_consultation
from hoering.services.dto import MeasureNode
from hoering.services.memo_import import import_memo
from hoering.services.plan import plan_tree
from hoering.services.respondents import register_body
from hoering.store.database import Database, database_url

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture
def sqlite_demo(sqlite_demo_path: Path):
    db = Database(database_url(str(sqlite_demo_path)), actor="t")
    yield db
    db.dispose()


def open_window(qtbot, db: Database, **options) -> MainWindow:
    window = MainWindow(db, **options)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.plan_loaded, timeout=15_000):
        window.load_consultations()
    return window


def find(model: PlanTreeModel, text: str, parent: QModelIndex | None = None) -> QModelIndex:
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, COLUMN_TITLE, parent)
        if index.data() == text:
            return index
        below = find(model, text, index)
        if below.isValid():
            return below
    return QModelIndex()


def test_the_plan_tree_model_keeps_qts_rules(qtmodeltester, sqlite_demo: Database) -> None:
    model = PlanTreeModel()
    model.set_tree(plan_tree(sqlite_demo.unit_of_work(write=False), None))
    qtmodeltester.check(model)


def test_the_window_shows_the_demo_plan(qtbot, sqlite_demo: Database) -> None:
    window = open_window(qtbot, sqlite_demo)
    model = window.model
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles == [
        "LEDERSKAB POLITISK SÅVEL SOM ADMINISTRATIVT",
        "FÆLLESSKABER",
        "ENERGIBESPARELSER, VARMEFORSYNING OG GRØN STRØM",
        "TRANSPORT",
        "CIRKULÆR ØKONOMI",
        "KLIMATILPASNING OG NATUR",
        "KOMMUNIKATION",
        "Politikken som helhed",
        "Forslag til nye tiltag",
    ]
    assert window.ui.consultationBox.currentText() == "Klimahandleplan 2023"
    assert window.ui.periodLabel.text() == "28-03-2023 – 30-04-2023"
    assert model.index(0, COLUMN_COMMENTS).data() == "21"
    dropped = find(model, "11. Platform for nye og innovative grønne netværk (udgår)")
    assert dropped.isValid()
    untitled = find(model, "64. (uden titel)")
    assert untitled.isValid()


def test_choosing_a_measure_shows_its_details(qtbot, sqlite_demo: Database) -> None:
    window = open_window(qtbot, sqlite_demo)
    index = find(window.model, "1. Klimavurdering af udvalgssager og politiske beslutninger")
    window.ui.planTree.setCurrentIndex(index)
    assert isinstance(index.data(NodeRole), MeasureNode)
    assert (
        window.ui.nodeTitle.text()
        == "Klimatiltag 1. Klimavurdering af udvalgssager og politiske beslutninger"
    )
    assert "Bemærkninger: 7" in window.ui.nodeDetails.toPlainText()
    assert "Status: uændret" in window.ui.nodeDetails.toPlainText()


def test_the_keyboard_reaches_the_tree(qtbot, sqlite_demo: Database) -> None:
    window = open_window(qtbot, sqlite_demo)
    tree = window.ui.planTree
    tree.setFocus()
    tree.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert (
        window.ui.nodeTitle.text()
        == "Klimatiltag 1. Klimavurdering af udvalgssager og politiske beslutninger"
    )


def test_text_from_a_document_is_shown_as_plain_text(qtbot, db: Database, tmp_path: Path) -> None:
    register_body(db.unit_of_work(), "UGO", "Udvalget", RespondentKind.COMMITTEE)
    spec = NewConsultation("Test", "Test", date(2024, 1, 1), date(2024, 2, 1))
    consultation = create_consultation(db.unit_of_work(), spec).id
    memo = (
        b"TRANSPORT\t\t\t\n"
        b'1.\t<a href="http://example.org">Klik</a> her\tSenest i 2025 sker det.\tFint\n'
    )
    import_memo(db.unit_of_work(), consultation, "notat.txt", memo)
    window = open_window(qtbot, db)
    index = find(window.model, '1. <a href="http://example.org">Klik</a> her')
    window.ui.planTree.setCurrentIndex(index)
    assert window.ui.nodeTitle.textFormat() is Qt.TextFormat.PlainText
    assert window.ui.nodeTitle.text() == 'Klimatiltag 1. <a href="http://example.org">Klik</a> her'


def test_the_first_start_on_an_empty_database_opens_the_demo(qtbot, db: Database) -> None:
    window = MainWindow(db, create_demo_if_empty=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        window.load_consultations()
    assert window.ui.consultationBox.currentText() == "Klimahandleplan 2023"
    assert window.model.rowCount() == 9


def test_an_empty_shared_database_is_not_filled_with_the_demo(qtbot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.load_consultations()
    qtbot.waitUntil(lambda: window.ui.nodeTitle.text() != "", timeout=10_000)
    assert window.ui.nodeTitle.text() == "Databasen har ingen høringer endnu."
    assert window.ui.consultationBox.count() == 0


def test_the_generated_form_matches_the_designer_file(tmp_path: Path) -> None:
    generated = tmp_path / "ui_main_window.py"
    uic = Path(sys.executable).with_name("pyside6-uic")
    subprocess.run(
        [str(uic), str(REPOSITORY / "ui" / "main_window.ui"), "-o", str(generated)], check=True
    )
    committed = REPOSITORY / "src" / "hoering" / "gui" / "generated" / "ui_main_window.py"
    assert generated.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
        "run: pyside6-uic ui/main_window.ui -o src/hoering/gui/generated/ui_main_window.py"
    )


def test_the_english_translation_covers_the_window(qtbot, sqlite_demo: Database) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from hoering.packaged import resources_dir

    translator = QTranslator()
    assert translator.load("hoering_en", str(resources_dir() / "translations"))
    QCoreApplication.installTranslator(translator)
    try:
        window = open_window(qtbot, sqlite_demo)
        assert window.ui.menuFile.title() == "&File"
        assert window.model.headerData(1, Qt.Orientation.Horizontal) == "Comments"
        assert find(
            window.model, "11. Platform for nye og innovative grønne netværk (dropped)"
        ).isValid()
    finally:
        QCoreApplication.removeTranslator(translator)
