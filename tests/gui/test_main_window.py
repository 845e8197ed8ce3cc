"""The main window: the plan tree, first start, plain text, forms and translation."""

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from hoering.domain.enums import RespondentKind
from hoering.gui.main_window import MainWindow
from hoering.gui.plan_model import COLUMN_COMMENTS, PlanTreeModel
from hoering.packaged import resources_dir
from hoering.services.consultations import NewConsultation, create_consultation
from hoering.services.memo_import import import_memo
from hoering.services.plan import plan_tree
from hoering.services.respondents import register_body
from hoering.store.database import Database, database_url
from tests.support.gui import WAIT_MS, choose, find, open_window

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture
def sqlite_demo(sqlite_demo_path: Path):  # type: ignore[no-untyped-def]
    db = Database(database_url(str(sqlite_demo_path)), actor="t")
    yield db
    db.dispose()


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
    assert find(model, "11. Platform for nye og innovative grønne netværk (udgår)").isValid()
    assert find(model, "64. (uden titel)").isValid()


def test_a_theme_page_shows_the_comments_on_the_theme(qtbot, sqlite_demo: Database) -> None:
    window = open_window(qtbot, sqlite_demo)
    choose(qtbot, window, "LEDERSKAB")
    page = window.target_widget
    assert window.ui.pages.currentWidget() is page
    assert page.ui.titleLabel.text() == "LEDERSKAB POLITISK SÅVEL SOM ADMINISTRATIVT"
    rows = [page.comments.model.comment(r) for r in range(page.comments.model.rowCount())]
    assert next((c.source, c.reply) for c in rows) == (
        "KMB",
        "Er også politisk vedtaget i Ballerup Kommune",
    )


def test_the_keyboard_reaches_the_pages(qtbot, sqlite_demo: Database) -> None:
    window = open_window(qtbot, sqlite_demo)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    tree = window.ui.planTree
    assert tree.hasFocus()
    tree.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    with qtbot.waitSignal(window.page_shown, timeout=WAIT_MS):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert window.measure_widget.ui.titleLabel.text() == (
        "Klimatiltag 1. Klimavurdering af udvalgssager og politiske beslutninger"
    )


def test_text_from_a_document_is_shown_as_plain_text(qtbot, db: Database) -> None:
    register_body(db.unit_of_work(), "UGO", "Udvalget", RespondentKind.COMMITTEE)
    spec = NewConsultation("Test", date(2024, 1, 1), date(2024, 2, 1))
    consultation = create_consultation(db.unit_of_work(), spec).id
    memo = (
        b"TRANSPORT\t\t\t\n"
        b'1.\t<a href="http://example.org">Klik</a> her\tSenest i 2025 <b>sker</b> det.\t'
        b"UGO: <script>alert(1)</script>\n"
    )
    import_memo(db.unit_of_work(), consultation, "notat.txt", memo)
    window = open_window(qtbot, db)
    choose(qtbot, window, '1. <a href="http://example.org">Klik</a> her')
    page = window.measure_widget
    assert page.ui.titleLabel.textFormat() is Qt.TextFormat.PlainText
    assert page.ui.titleLabel.text() == 'Klimatiltag 1. <a href="http://example.org">Klik</a> her'
    assert "<script>alert(1)</script>" in page.ui.assessmentEdit.toPlainText()


def test_the_first_start_on_an_empty_database_opens_the_demo(qtbot, db: Database) -> None:
    window = MainWindow(db, create_demo_if_empty=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.plan_loaded, timeout=30_000):
        window.load_consultations()
    assert window.ui.consultationBox.currentText() == "Klimahandleplan 2023"
    assert window.model.rowCount() == 7  # the themes: the plan comes before its counts
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT_MS):
        pass
    # With the counts, the policy as a whole and proposals for new measures.
    assert window.model.rowCount() == 9


def test_an_empty_shared_database_is_not_filled_with_the_demo(qtbot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.load_consultations()
    qtbot.waitUntil(
        lambda: window.ui.statusbar.currentMessage() == "Databasen har ingen høringer endnu.",
        timeout=WAIT_MS,
    )
    assert window.ui.consultationBox.count() == 0


@pytest.mark.parametrize("form", sorted((REPOSITORY / "ui").glob("*.ui")), ids=lambda p: p.stem)
def test_the_generated_forms_match_the_designer_files(tmp_path: Path, form: Path) -> None:
    generated = tmp_path / f"ui_{form.stem}.py"
    uic = Path(sys.executable).with_name("pyside6-uic")
    subprocess.run([str(uic), str(form), "-o", str(generated)], check=True)
    committed = REPOSITORY / "src" / "hoering" / "gui" / "generated" / generated.name
    assert generated.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
        "run tools/build_qt.sh"
    )


def test_the_english_translation_covers_the_window(qtbot, sqlite_demo: Database) -> None:
    translator = QTranslator()
    assert translator.load("hoering_en", str(resources_dir() / "translations"))
    QCoreApplication.installTranslator(translator)
    try:
        window = open_window(qtbot, sqlite_demo)
        assert window.ui.menuFile.title() == "&File"
        assert window.ui.menuEdit.title() == "&Edit"
        assert window.model.headerData(1, Qt.Orientation.Horizontal) == "Cmts."
        assert find(
            window.model, "11. Platform for nye og innovative grønne netværk (dropped)"
        ).isValid()
        choose(qtbot, window, "12. Vej")
        assert window.measure_widget.ui.goalsBox.title() == "Sub-goals (as consulted → revised)"
        assert window.measure_widget.ui.statusLabel.text() == "changed"  # the vocabulary too
    finally:
        QCoreApplication.removeTranslator(translator)
