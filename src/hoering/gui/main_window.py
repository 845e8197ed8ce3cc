"""The main window: choose a consultation, see its plan as a tree with the work left."""

from typing import Any

from PySide6.QtCore import QItemSelection, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHeaderView, QMainWindow, QMessageBox, QWidget

from hoering import __version__
from hoering.domain import labels
from hoering.domain.errors import HoeringError
from hoering.gui.generated.ui_main_window import Ui_MainWindow
from hoering.gui.plan_model import (
    COLUMN_COMMENTS,
    COLUMN_OPEN,
    COLUMN_TITLE,
    COLUMN_UNASSESSED,
    NodeRole,
    OtherTarget,
    PlanTreeModel,
)
from hoering.gui.tasks import TaskRunner
from hoering.services import consultations, demo
from hoering.services.dto import ConsultationSummary, MeasureNode, PlanTree, SectionNode
from hoering.services.plan import plan_tree
from hoering.store.database import Database, describe


class MainWindow(QMainWindow):
    # Emitted when the plan of the chosen consultation is shown (tests wait for it).
    plan_loaded = Signal(int)

    def __init__(
        self, db: Database, *, create_demo_if_empty: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = TaskRunner(self)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.model = PlanTreeModel(self)
        self._consultations: list[ConsultationSummary] = []
        self._create_demo_if_empty = create_demo_if_empty
        self._setup_tree()
        self._connect()
        self.ui.statusbar.showMessage(
            self.tr("Database: {0} · Bruger: {1}").format(describe(db.url), db.actor)
        )
        self._restore_state()

    def _setup_tree(self) -> None:
        tree = self.ui.planTree
        tree.setModel(self.model)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (COLUMN_COMMENTS, COLUMN_OPEN, COLUMN_UNASSESSED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)

    def _connect(self) -> None:
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionReload.triggered.connect(self.load_consultations)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.consultationBox.currentIndexChanged.connect(self._consultation_chosen)
        self.ui.planTree.selectionModel().selectionChanged.connect(self._node_chosen)

    # -- loading --------------------------------------------------------------

    def load_consultations(self) -> None:
        self.ui.statusbar.showMessage(self.tr("Henter høringer …"))
        self.tasks.read(
            lambda: consultations.list_consultations(self.db.unit_of_work(write=False)),
            self._show_consultations,
            self._show_error,
        )

    def _show_consultations(self, found: list[ConsultationSummary]) -> None:
        if not found and self._create_demo_if_empty:
            self._create_demo_if_empty = False
            self.ui.statusbar.showMessage(self.tr("Opretter demohøringen …"))
            self.tasks.write(
                lambda: demo.create_demo(self.db.unit_of_work()),
                lambda _result: self.load_consultations(),
                self._show_error,
            )
            return
        self._consultations = found
        box = self.ui.consultationBox
        box.blockSignals(True)
        box.clear()
        for consultation in found:
            box.addItem(consultation.title, consultation.id)
        box.blockSignals(False)
        self.ui.statusbar.clearMessage()
        if found:
            self._consultation_chosen(0)
        else:
            self.model.set_tree(None)
            self.ui.nodeTitle.setText(self.tr("Databasen har ingen høringer endnu."))

    def _consultation_chosen(self, row: int) -> None:
        if not 0 <= row < len(self._consultations):
            return
        chosen = self._consultations[row]
        self.ui.periodLabel.setText(
            self.tr("{0} – {1}").format(
                chosen.opens_on.strftime("%d-%m-%Y"), chosen.closes_on.strftime("%d-%m-%Y")
            )
        )
        self.tasks.read(
            lambda: plan_tree(self.db.unit_of_work(write=False), chosen.id),
            self._show_plan,
            self._show_error,
        )

    def _show_plan(self, tree: PlanTree) -> None:
        self.model.set_tree(tree)
        self.ui.planTree.expandToDepth(0)
        first = self.model.first_index()
        if first.isValid():
            self.ui.planTree.setCurrentIndex(first)
        self.plan_loaded.emit(tree.consultation_id)

    # -- details --------------------------------------------------------------

    def _node_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        node: Any = indexes[0].data(NodeRole)
        self.ui.nodeTitle.setText(self._node_title(node))
        self.ui.nodeDetails.setPlainText(self._node_details(node))

    def _node_title(self, node: SectionNode | MeasureNode | OtherTarget) -> str:
        if isinstance(node, MeasureNode):
            return self.tr("Klimatiltag {0}").format(node.label)
        return node.title

    def _node_details(self, node: SectionNode | MeasureNode | OtherTarget) -> str:
        counts = node.counts
        lines = []
        if isinstance(node, SectionNode):
            lines.append(labels.SECTION_LEVEL[node.level].capitalize())
        if isinstance(node, MeasureNode):
            lines.append(self.tr("Status: {0}").format(labels.MEASURE_STATUS[node.status]))
        lines.append(self.tr("Bemærkninger: {0}").format(counts.comments))
        lines.append(self.tr("Uden udfald: {0}").format(counts.comments_without_outcome))
        lines.append(
            self.tr("Klimatiltag uden vurdering: {0}").format(counts.measures_without_assessment)
        )
        return "\n".join(lines)

    # -- errors, about, state ----------------------------------------------------

    def _show_error(self, error: Exception) -> None:
        self.ui.statusbar.clearMessage()
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Høring"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        if isinstance(error, HoeringError):
            box.setText(error.message)
        else:
            box.setText(self.tr("Der opstod en uventet fejl: {0}").format(error))
        box.open()

    def _about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Om Høring"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "Høring {0}\n\nRegistrér høringssvar, skriv administrationens vurdering "
                "og eksportér høringsnotatet."
            ).format(__version__)
        )
        box.open()

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.value("main_window/splitter")
        if splitter is not None:
            self.ui.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.ui.splitter.saveState())
        self.tasks.wait()
        super().closeEvent(event)
