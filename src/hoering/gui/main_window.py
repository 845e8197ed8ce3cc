"""The editor's workspace: the plan tree and search on the left, the page of what is
chosen on the right (a measure, a section, the overview), undo and redo for every edit."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from hoering import __version__
from hoering.domain.enums import Channel, Outcome, RespondentKind, ResponseStatus, TargetLevel
from hoering.domain.errors import FileFormatError
from hoering.domain.labels import other_target_label, section_label
from hoering.domain.roles import Permission, Role
from hoering.gui.commands import Workspace
from hoering.gui.consultation_dialogs import NewConsultationWizard, SettingsDialog, StartDialog
from hoering.gui.generated.ui_main_window import Ui_MainWindow
from hoering.gui.inbox_page import InboxPageWidget
from hoering.gui.intake_actions import IntakeActions
from hoering.gui.labels import chosen, term
from hoering.gui.measure_page import MeasurePageWidget
from hoering.gui.messages import show_error
from hoering.gui.overview_page import OverviewPage
from hoering.gui.personal_data_dialog import PersonalDataDialog
from hoering.gui.personal_review_dialog import PersonalReviewDialog
from hoering.gui.phrase_dialogs import PhrasesDialog
from hoering.gui.plan_editor import PlanEditor
from hoering.gui.plan_model import (
    COLUMN_COMMENTS,
    COLUMN_OPEN,
    COLUMN_TITLE,
    COLUMN_UNASSESSED,
    NodeRole,
    OtherTarget,
    PlanTreeModel,
)
from hoering.gui.register_dialog import RegisterDialog
from hoering.gui.response_page import ResponsePage
from hoering.gui.search_model import COLUMN_SNIPPET, HitRole, SearchResultsModel
from hoering.gui.target_page import TargetPageWidget
from hoering.gui.tasks import TaskRunner
from hoering.gui.users_dialog import UsersDialog
from hoering.services import consultations, demo
from hoering.services.access import CurrentUser, current_user
from hoering.services.changes import ChangeMark, look_for_changes
from hoering.services.consultations import update_consultation
from hoering.services.dto import ConsultationSummary, MeasureNode, PlanTree, SectionNode
from hoering.services.inbox import InboxCursor, InboxFilter, inbox_page, response_detail
from hoering.services.intake import TargetSpec
from hoering.services.pages import (
    COMMENT_PAGE_SIZE,
    measure_page,
    other_target_page,
    section_page,
)
from hoering.services.plan import plan_tree
from hoering.services.progress import next_measure_needing_work, overview
from hoering.services.respondents import list_bodies
from hoering.services.search import NO_OUTCOME, CommentFilter, find_comments, search, source_choices
from hoering.services.setup import set_up_consultation
from hoering.store.database import Database, describe

# Typing in the search field waits this long before searching.
SEARCH_DELAY_MS = 300
# How often the window looks for colleagues' changes in a shared database.
WATCH_INTERVAL_MS = 3000

# What a page shows: ("measure", id), ("section", id), ("other", TargetLevel),
# ("response", id), ("inbox", 0) or ("overview", 0).
Place = tuple[str, Any]
# Places of the plan tree (the others are not in it).
_TREE_PLACES = ("measure", "section", "other")
# How many pages back Alt+Left goes.
HISTORY_LENGTH = 50


_CONSULTATIONS = Permission.MANAGE_CONSULTATIONS


class MainWindow(QMainWindow):
    # Emitted when the plan of the chosen consultation is shown (tests wait for it).
    plan_loaded = Signal(int)
    # Emitted when a page has been shown with fresh data.
    page_shown = Signal()
    search_done = Signal()
    # Emitted whenever the plan tree has been (re)loaded.
    tree_loaded = Signal()
    # Emitted when the tree shows its work counts (they follow the plan at start).
    counts_shown = Signal()
    # The user chose another database (a URL or a SQLite path) to work in.
    database_chosen = Signal(str)

    def __init__(
        self, db: Database, *, create_demo_if_empty: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = TaskRunner(self)
        self.workspace = Workspace(db, self.tasks, self)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.model = PlanTreeModel(self)
        self.results = SearchResultsModel(self)
        self.overview_page = OverviewPage(self)
        self.measure_widget = MeasurePageWidget(self.workspace, self)
        self.target_widget = TargetPageWidget(self.workspace, self._section_choices, self)
        self.inbox_widget = InboxPageWidget(self.workspace, self.tasks, self)
        self.response_widget = ResponsePage(self.workspace, self.tasks, self)
        for page in (
            self.overview_page,
            self.measure_widget,
            self.target_widget,
            self.inbox_widget,
            self.response_widget,
        ):
            self.ui.pages.addWidget(page)
        self.intake = IntakeActions(self.workspace, self.tasks, self._sms_keyword, self)
        self.setAcceptDrops(True)
        self._consultations: list[ConsultationSummary] = []
        self._tree: PlanTree | None = None
        self._place: Place = ("overview", 0)
        self._history: list[Place] = []
        self._create_demo_if_empty = create_demo_if_empty
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._watch_timer = QTimer(self, interval=WATCH_INTERVAL_MS)
        self._seen_change: int | None = None
        self._setup_views()
        self._fill_filters()
        self._connect()
        self.plan_editor = PlanEditor(
            self.workspace, self._current_node, self._section_choices, self
        )
        self._guarded: list[tuple[QAction, Permission]] = []
        self._add_menus()
        self.user_label = QLabel(self)
        self.ui.statusbar.addPermanentWidget(self.user_label)
        self._show_user(db.actor, None)
        self._restore_state()

    def _setup_views(self) -> None:
        tree = self.ui.planTree
        tree.setModel(self.model)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (COLUMN_COMMENTS, COLUMN_OPEN, COLUMN_UNASSESSED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        results = self.ui.searchResults
        results.setModel(self.results)
        results.verticalHeader().setVisible(False)
        results.horizontalHeader().setSectionResizeMode(
            COLUMN_SNIPPET, QHeaderView.ResizeMode.Stretch
        )
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 5)
        self.ui.splitter.setSizes([460, 820])

    def _fill_filters(self) -> None:
        ui = self.ui
        ui.kindFilter.addItem(self.tr("(alle)"), None)
        for kind in RespondentKind:
            ui.kindFilter.addItem(term(kind), kind)
        ui.outcomeFilter.addItem(self.tr("(alle)"), None)
        ui.outcomeFilter.addItem(self.tr("uden udfald"), NO_OUTCOME)
        for outcome in Outcome:
            ui.outcomeFilter.addItem(term(outcome), outcome)
        ui.channelFilter.addItem(self.tr("(alle)"), None)
        for channel in Channel:
            ui.channelFilter.addItem(term(channel), channel)
        ui.sourceFilter.addItem(self.tr("(alle)"), None)

    def _connect(self) -> None:
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close)
        ui.actionReload.triggered.connect(self.load_consultations)
        ui.actionAbout.triggered.connect(self._about)
        ui.actionOverview.triggered.connect(lambda: self.open_place(("overview", 0)))
        ui.actionNextMeasure.triggered.connect(self.next_measure)
        ui.actionFocusPlan.triggered.connect(self._focus_plan)
        ui.actionSearch.triggered.connect(self._focus_search)
        ui.actionPhrases.triggered.connect(lambda: PhrasesDialog(self.workspace, self).exec())
        ui.actionUndo.triggered.connect(self.undo)
        ui.actionRedo.triggered.connect(self.redo)
        stack = self.workspace.undo_stack
        stack.canUndoChanged.connect(ui.actionUndo.setEnabled)
        stack.canRedoChanged.connect(ui.actionRedo.setEnabled)
        stack.undoTextChanged.connect(
            lambda text: ui.actionUndo.setText(self.tr("&Fortryd {0}").format(text).strip())
        )
        stack.redoTextChanged.connect(
            lambda text: ui.actionRedo.setText(self.tr("&Gentag {0}").format(text).strip())
        )
        ui.actionUndo.setEnabled(False)
        ui.actionRedo.setEnabled(False)
        ui.consultationBox.currentIndexChanged.connect(self._consultation_chosen)
        ui.planTree.selectionModel().currentChanged.connect(self._node_chosen)
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self.run_search)
        self._search_timer.timeout.connect(self.run_search)
        for box in (ui.sourceFilter, ui.kindFilter, ui.outcomeFilter, ui.channelFilter):
            box.currentIndexChanged.connect(lambda _index: self.run_search())
        ui.lateFilter.toggled.connect(lambda _checked: self.run_search())
        ui.searchResults.activated.connect(self._open_hit)
        self.workspace.saved.connect(self._refresh_after_edit)
        self._watch_timer.timeout.connect(self._look_for_changes)
        self.workspace.failed.connect(lambda error: show_error(self, error))
        self.measure_widget.open_response.connect(self.open_response)
        self.target_widget.open_response.connect(self.open_response)
        self.target_widget.measure_created.connect(lambda mid: self.open_place(("measure", mid)))
        self.inbox_widget.open_response.connect(self.open_response)
        self.response_widget.back_requested.connect(self.go_back)
        self.response_widget.next_requested.connect(self.next_new_response)
        self.response_widget.place_requested.connect(self.open_place)
        self.intake.arrived.connect(self._refresh_after_edit)
        self.intake.logged.connect(self.open_response)

    def _add_menus(self) -> None:
        ui = self.ui
        first = ui.menuFile.actions()[0]
        for text, shortcut, slot, permission in (
            (self.tr("&Ny høring …"), "Ctrl+N", self.new_consultation, _CONSULTATIONS),
            (self.tr("Høringens &oplysninger …"), "", self.edit_settings, _CONSULTATIONS),
            (self.tr("&Afsenderregister …"), "", self.open_register, None),
            (self.tr("&Brugere …"), "", self.open_users, Permission.MANAGE_USERS),
            (
                self.tr("&Personoplysninger og sletning …"),
                "",
                self.open_personal_data,
                Permission.ERASE_PERSONAL_DATA,
            ),
            (self.tr("&Forbind til en fælles database …"), "", self.connect_shared, None),
            (self.tr("&Eksportér bilag …"), "Ctrl+E", self.export_annex, Permission.EXPORT),
            (
                self.tr("Eksportér æ&ndringsloggen …"),
                "",
                self.export_audit_log,
                Permission.EXPORT_AUDIT_LOG,
            ),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            ui.menuFile.insertAction(first, action)
            if permission is not None:
                self._guarded.append((action, permission))
        self._guarded += [(a, Permission.REVISE_PLAN) for a in self.plan_editor.actions]
        self._guarded += [(a, Permission.INTAKE) for a in self.intake.actions]
        ui.menuFile.insertSeparator(first)
        plan_menu = QMenu(self.tr("P&lan"), self)
        plan_menu.addActions(self.plan_editor.actions)
        self.menuBar().insertMenu(ui.menuGo.menuAction(), plan_menu)
        # The plan's keys (Del, F2 …) act only in the tree, never in a text being typed.
        for action in self.plan_editor.actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ui.planTree.addActions(self.plan_editor.actions)
        ui.planTree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        responses = QMenu(self.tr("Høring&ssvar"), self)
        for text, shortcut, slot in (
            (self.tr("&Indbakke"), "Ctrl+2", lambda: self.open_place(("inbox", 0))),
            (self.tr("&Næste nye svar"), "F7", self.next_new_response),
        ):
            action = responses.addAction(text)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
        review = responses.addAction(self.tr("&Gennemgå personoplysninger …"))
        review.triggered.connect(self.open_review)
        self._guarded.append((review, Permission.REVIEW_PERSONAL_DATA))
        responses.addSeparator()
        responses.addActions(self.intake.actions)
        self.menuBar().insertMenu(ui.menuGo.menuAction(), responses)
        self.inbox_widget.add_actions(self.intake.actions)
        back = QAction(self.tr("&Tilbage"), self)
        back.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        back.triggered.connect(self.go_back)
        ui.menuGo.insertAction(ui.menuGo.actions()[0], back)

    def _current_node(self) -> Any:
        index = self.ui.planTree.currentIndex()
        return index.data(NodeRole) if index.isValid() else None

    # -- consultations and the plan ---------------------------------------------

    def load_consultations(self) -> None:
        self.ui.statusbar.showMessage(self.tr("Henter høringer …"))
        self._read(lambda: current_user(self.db.unit_of_work(write=False)), self._apply_role)
        self._read(
            lambda: consultations.list_consultations(self.db.unit_of_work(write=False)),
            self._show_consultations,
        )

    def _apply_role(self, user: CurrentUser) -> None:
        """Offer what the user's role allows (the services enforce it regardless)."""
        self.workspace.permissions = user.permissions
        for action, permission in self._guarded:
            action.setEnabled(permission in user.permissions)
        self._show_user(user.display_name, user.role)

    def _show_user(self, name: str, role: Role | None) -> None:
        who = f"{name} ({term(role)})" if role else name
        self.user_label.setText(
            self.tr("Database: {0} · Bruger: {1}").format(describe(self.db.url), who)
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
        last = QSettings().value("workspace/consultation")
        chosen = next((i for i, c in enumerate(found) if str(c.id) == str(last)), 0)
        box.setCurrentIndex(chosen)
        box.blockSignals(False)
        self.ui.statusbar.clearMessage()
        if found:
            self._consultation_chosen(chosen)
        else:
            self.model.set_tree(None)
            self.ui.statusbar.showMessage(self.tr("Databasen har ingen høringer endnu."))
            self.start_dialog = StartDialog(self)
            self.start_dialog.accepted.connect(lambda: self._start(self.start_dialog.choice))
            self.start_dialog.open()

    def _start(self, choice: int) -> None:
        if choice == StartDialog.DEMO:
            self._create_demo_if_empty = True
            self._show_consultations([])
        elif choice == StartDialog.NEW:
            self.new_consultation()
        else:
            self.connect_shared()

    # -- setting up consultations ---------------------------------------------------

    def _current_summary(self) -> ConsultationSummary | None:
        return next(
            (c for c in self._consultations if c.id == self.workspace.consultation_id), None
        )

    def new_consultation(self) -> None:
        bodies = list_bodies(self.db.unit_of_work(write=False))
        wizard = NewConsultationWizard(bodies, self._consultations, self)
        if not wizard.exec():
            return
        try:
            plan_file = wizard.plan_file()
        except OSError as error:
            self._show_error(FileFormatError(self.tr("Filen kan ikke læses: {0}").format(error)))
            return
        spec, new_bodies, copy_from = wizard.spec(), wizard.new_bodies(), wizard.copy_from()
        self.tasks.write(
            lambda: set_up_consultation(
                self.db.unit_of_work(),
                spec,
                new_bodies=new_bodies,
                plan_file=plan_file,
                copy_from=copy_from,
            ),
            lambda result: self._open_consultation(result.consultation.id),
            self._show_error,
        )

    def _open_consultation(self, consultation_id: int) -> None:
        settings = QSettings()
        settings.setValue("workspace/consultation", consultation_id)
        settings.setValue("workspace/place", "overview:0")
        self.load_consultations()

    def edit_settings(self) -> None:
        summary = self._current_summary()
        if summary is None:
            return
        bodies = list_bodies(self.db.unit_of_work(write=False))
        dialog = SettingsDialog(summary, bodies, self)
        if not dialog.exec():
            return
        settings, new_bodies = dialog.settings(), dialog.new_bodies()
        self.tasks.write(
            lambda: update_consultation(
                self.db.unit_of_work(),
                summary.id,
                settings,
                expected_version=summary.version,
                new_bodies=new_bodies,
            ),
            lambda updated: self._open_consultation(updated.id),
            self._show_error,
        )

    def open_register(self) -> None:
        self.register_dialog = RegisterDialog(self.workspace, self)
        self.register_dialog.changed.connect(self._refresh_after_edit)
        self.register_dialog.open()

    def open_users(self) -> None:
        self.users_dialog = UsersDialog(self.db, self)
        self.users_dialog.changed.connect(self.load_consultations)  # my own role may change
        self.users_dialog.open()

    def open_review(self) -> None:
        if self.workspace.consultation_id:
            self.review_dialog = PersonalReviewDialog(self.db, self.workspace.consultation_id, self)
            self.review_dialog.reviewed.connect(lambda _item: self._refresh_after_edit())
            self.review_dialog.open()

    def open_personal_data(self) -> None:
        if self.workspace.consultation_id:
            dialog = PersonalDataDialog(self.db, self.workspace.consultation_id, self)
            for signal in (dialog.purged, dialog.erased):
                signal.connect(lambda _report: self._refresh_after_edit())
            self.personal_data_dialog = dialog
            dialog.open()

    def export_audit_log(self) -> None:
        """Every recorded change, as a spreadsheet, written in the background."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Eksportér ændringsloggen"),
            "aendringslog.xlsx",
            self.tr("Regneark (*.xlsx);;CSV (*.csv)"),
        )
        if not name:
            return
        from hoering.services.audit_log import export_audit_log  # brings openpyxl: see below

        self.ui.statusbar.showMessage(self.tr("Eksporterer ændringsloggen …"))
        zone = self.workspace.time_zone
        self.tasks.write(
            lambda: export_audit_log(self.db.unit_of_work(), Path(name), time_zone=zone),
            lambda result: self.ui.statusbar.showMessage(
                self.tr("Ændringsloggen er gemt: {0} ({1} ændringer)").format(
                    result.path, result.entries
                ),
                8000,
            ),
            self._show_error,
        )

    def export_annex(self) -> None:
        summary = self._current_summary()
        if summary is None:
            return
        bodies = [
            b
            for b in list_bodies(self.db.unit_of_work(write=False))
            if b.id in summary.parties or not summary.parties
        ]
        # Imported when used: the spreadsheet writers bring openpyxl, which would cost
        # a tenth of a second at every start.
        from hoering.gui.export_dialog import ExportDialog

        self.export_dialog = ExportDialog(self.db, summary, bodies, self)
        self.export_dialog.exported.connect(
            lambda path: self.ui.statusbar.showMessage(
                self.tr("Bilaget er gemt: {0}").format(path), 8000
            )
        )
        self.export_dialog.open()

    def connect_shared(self) -> None:
        url, accepted = QInputDialog.getText(
            self,
            self.tr("Fælles database"),
            self.tr("Adressen på teamets database, fx postgresql+psycopg://bruger@server/hoering:"),
        )
        if accepted and url.strip():
            self.database_chosen.emit(url.strip())

    def _sms_keyword(self) -> str | None:
        summary = self._current_summary()
        return summary.sms_keyword if summary else None

    def _consultation_chosen(self, row: int) -> None:
        if not 0 <= row < len(self._consultations):
            return
        self.measure_widget.flush_assessment()
        chosen = self._consultations[row]
        self.workspace.consultation_id = chosen.id
        self.workspace.time_zone = chosen.time_zone
        self.workspace.undo_stack.clear()
        self.ui.periodLabel.setText(f"{chosen.opens_on:%d-%m-%Y} – {chosen.closes_on:%d-%m-%Y}")
        self._place = (
            _saved_place()
            if str(QSettings().value("workspace/consultation")) == str(chosen.id)
            else ("overview", 0)
        )
        self._load_tree(first_time=True)
        self._read(
            lambda: source_choices(self.db.unit_of_work(write=False), chosen.id),
            self._show_sources,
        )

    def _load_tree(self, *, first_time: bool = False) -> None:
        """Read the plan tree with its counts; the first time, the outline comes first
        (milliseconds) and the counts (a second at 500 000 comments) follow."""
        consultation = self.workspace.consultation_id
        self._read(
            lambda: plan_tree(
                self.db.unit_of_work(write=False), consultation, counted=not first_time
            ),
            lambda tree: self._show_tree(tree, first_time=first_time),
        )

    def _show_tree(self, tree: PlanTree, *, first_time: bool) -> None:
        if tree.consultation_id != self.workspace.consultation_id:
            return  # an answer for a consultation the user has left
        expanded = set() if first_time else self._expanded_nodes()
        tree_view = self.ui.planTree
        tree_view.selectionModel().blockSignals(True)
        self._tree = tree
        self.model.set_tree(tree)
        self.response_widget.set_target_choices(_target_choices(tree))
        if first_time:
            tree_view.expandToDepth(0)
            if self._place[0] in _TREE_PLACES and not self._has_place(self._place):
                self._place = ("overview", 0)  # what was open last time is gone
        else:
            self._expand(expanded)
        self._select_place(self._place)
        tree_view.selectionModel().blockSignals(False)
        self.tree_loaded.emit()
        if tree.counted:
            self.counts_shown.emit()
        if first_time:
            self.open_place(self._place)
            self.plan_loaded.emit(tree.consultation_id)
            self._watch_timer.start()
            self._load_tree()

    def _expanded_nodes(self) -> set[Place]:
        return {
            place
            for index in self._all_indexes()
            if self.ui.planTree.isExpanded(index) and (place := _place_of(index.data(NodeRole)))
        }

    def _expand(self, places: set[Place]) -> None:
        for index in self._all_indexes():
            if _place_of(index.data(NodeRole)) in places:
                self.ui.planTree.setExpanded(index, True)

    def _all_indexes(self, parent: QModelIndex | None = None) -> list[QModelIndex]:
        parent = parent or QModelIndex()
        found = []
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            found.append(index)
            found += self._all_indexes(index)
        return found

    def _has_place(self, place: Place) -> bool:
        return any(_place_of(index.data(NodeRole)) == place for index in self._all_indexes())

    def _select_place(self, place: Place) -> None:
        for index in self._all_indexes():
            if _place_of(index.data(NodeRole)) == place:
                self.ui.planTree.setCurrentIndex(index)
                self.ui.planTree.scrollTo(index)
                return
        self.ui.planTree.clearSelection()

    def _section_choices(self) -> list[tuple[int, str]]:
        choices: list[tuple[int, str]] = []

        def walk(nodes: tuple[SectionNode | MeasureNode, ...], depth: int) -> None:
            for node in nodes:
                if isinstance(node, SectionNode):
                    choices.append((node.id, "    " * depth + node.title))
                    walk(node.children, depth + 1)

        if self._tree is not None:
            walk(self._tree.roots, 0)
        return choices

    # -- pages ----------------------------------------------------------------

    def _node_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        place = _place_of(current.data(NodeRole)) if current.isValid() else None
        if place is not None and place != self._place:
            self.open_place(place)

    def open_place(self, place: Place, *, remember: bool = True) -> None:
        """Show a page; its data is read off the GUI thread."""
        if place != self._place:
            self.measure_widget.flush_assessment()
            if remember:
                self._history = [*self._history, self._place][-HISTORY_LENGTH:]
        self._place = place
        self._select_place(place)
        kind, key = place
        consultation = self.workspace.consultation_id
        read = self.db.unit_of_work
        if kind == "measure":
            self._read(
                lambda: measure_page(
                    read(write=False), consultation, key, first_comments=COMMENT_PAGE_SIZE
                ),
                lambda page: self._show(place, self.measure_widget, page),
            )
        elif kind == "section":
            self._read(
                lambda: section_page(
                    read(write=False), consultation, key, first_comments=COMMENT_PAGE_SIZE
                ),
                lambda page: self._show(place, self.target_widget, page),
            )
        elif kind == "other":
            self._read(
                lambda: other_target_page(
                    read(write=False), consultation, key, first_comments=COMMENT_PAGE_SIZE
                ),
                lambda page: self._show(place, self.target_widget, page),
            )
        elif kind == "response":
            self._read(
                lambda: response_detail(read(write=False), key),
                lambda detail: self._show(place, self.response_widget, detail),
            )
        elif kind == "inbox":
            self._show(place, self.inbox_widget, None)
        else:
            self._read(
                lambda: overview(read(write=False), consultation),
                lambda figures: self._show(place, self.overview_page, figures),
            )

    def _show(self, place: Place, widget: QWidget, data: Any) -> None:
        if place != self._place:
            return  # the user has moved on
        if isinstance(widget, OverviewPage):
            widget.show_overview(data)
        elif isinstance(widget, MeasurePageWidget | TargetPageWidget):
            widget.show_page(data)
        elif isinstance(widget, ResponsePage):
            widget.show_response(data)
        elif isinstance(widget, InboxPageWidget):
            widget.show_inbox()
        self.ui.pages.setCurrentWidget(widget)
        settings = QSettings()
        settings.setValue("workspace/consultation", self.workspace.consultation_id)
        settings.setValue("workspace/place", f"{place[0]}:{place[1]}")
        self.page_shown.emit()

    def _refresh_after_edit(self) -> None:
        self.open_place(self._place)
        self._load_tree()

    def _look_for_changes(self) -> None:
        if self.tasks.busy:
            return  # the last look, or a page, is still being read
        self._read(
            lambda: look_for_changes(self.db.unit_of_work(write=False), self._seen_change),
            self._changes_seen,
        )

    def _changes_seen(self, mark: ChangeMark) -> None:
        self._seen_change = mark.last_id
        if mark.by_others and self.workspace.consultation_id:
            self.ui.statusbar.showMessage(self.tr("Opdateret med kollegers ændringer."), 4000)
            self._refresh_after_edit()

    def next_measure(self) -> None:
        current = self._place[1] if self._place[0] == "measure" else None
        consultation = self.workspace.consultation_id
        self._read(
            lambda: next_measure_needing_work(
                self.db.unit_of_work(write=False), consultation, current
            ),
            self._go_to_next,
        )

    def _go_to_next(self, measure_id: int | None) -> None:
        if measure_id is None:
            self.ui.statusbar.showMessage(self.tr("Alle klimatiltag er færdigbehandlet."), 5000)
            return
        self.open_place(("measure", measure_id))

    def open_response(self, response_id: int) -> None:
        self.inbox_widget.select_response(response_id)
        self.open_place(("response", response_id))

    def go_back(self) -> None:
        """The page shown before this one (Alt+Left), or the inbox from a response."""
        if self._history:
            *self._history, place = self._history
            self.open_place(place, remember=False)
        elif self._place[0] == "response":
            self.open_place(("inbox", 0), remember=False)

    def next_new_response(self) -> None:
        """The next response nobody has split yet, after the one shown (F7)."""
        detail = self.response_widget.detail if self._place[0] == "response" else None
        after = InboxCursor(detail.row.received_at, detail.row.id) if detail else None
        consultation, read = self.workspace.consultation_id, self.db.unit_of_work
        new = InboxFilter(statuses=frozenset([ResponseStatus.RECEIVED]))

        def find() -> int | None:
            page = inbox_page(read(write=False), consultation, new, after, limit=1)
            if not page.rows and after is not None:  # wrap round to the first
                page = inbox_page(read(write=False), consultation, new, None, limit=1)
            return page.rows[0].id if page.rows else None

        self._read(find, self._go_to_response)

    def _go_to_response(self, response_id: int | None) -> None:
        if response_id is None:
            self.ui.statusbar.showMessage(self.tr("Alle høringssvar er delt op."), 5000)
        else:
            self.open_response(response_id)

    # -- undo and redo ----------------------------------------------------------

    def undo(self) -> None:
        # A pending assessment edit is stored first, so undo takes back what was typed.
        self.measure_widget.flush_assessment()
        self.workspace.undo_stack.undo()

    def redo(self) -> None:
        self.workspace.undo_stack.redo()

    # -- search -------------------------------------------------------------------

    def _show_sources(self, choices: list[Any]) -> None:
        box = self.ui.sourceFilter
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("(alle)"), None)
        for choice in choices:
            box.addItem(choice.label, choice.respondent_id)
        box.blockSignals(False)

    def current_filter(self) -> CommentFilter:
        ui = self.ui
        outcome = ui.outcomeFilter.currentData()
        return CommentFilter(
            respondent_id=ui.sourceFilter.currentData(),
            respondent_kind=chosen(ui.kindFilter, RespondentKind),
            outcome=outcome if outcome in (None, NO_OUTCOME) else Outcome(outcome),
            channel=chosen(ui.channelFilter, Channel),
            late_only=ui.lateFilter.isChecked(),
        )

    def run_search(self) -> None:
        self._search_timer.stop()
        query = self.ui.searchEdit.text()
        where = self.current_filter()
        consultation = self.workspace.consultation_id
        if not query.strip() and where.is_empty:
            self.results.set_hits([])
            self.ui.searchCount.setText("")
            self.search_done.emit()
            return
        read = self.db.unit_of_work

        def find() -> list[Any]:
            if where.is_empty:
                return search(read(write=False), consultation, query)
            return find_comments(read(write=False), consultation, query, where)

        self._read(find, self._show_hits)

    def _show_hits(self, hits: list[Any]) -> None:
        self.results.set_hits(hits)
        self.ui.searchResults.resizeRowsToContents()
        self.ui.searchCount.setText(self.tr("{0} fundet").format(len(hits)))
        self.search_done.emit()

    def _open_hit(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if hit.kind == "response":
            self.open_response(hit.id)
        elif hit.measure_id is not None:
            self.open_place(("measure", hit.measure_id))
            if hit.kind == "comment":
                self.page_shown.connect(self._select_comment_once(hit.id))
        elif hit.section_id is not None:
            self.open_place(("section", hit.section_id))
        elif hit.level is not None:
            self.open_place(("other", hit.level))

    def _select_comment_once(self, comment_id: int) -> Callable[[], None]:
        def select() -> None:
            self.page_shown.disconnect(select)
            page = self.ui.pages.currentWidget()
            if isinstance(page, MeasurePageWidget | TargetPageWidget):
                page.comments.select_comment(comment_id)

        return select

    # -- keyboard --------------------------------------------------------------------

    def _focus_plan(self) -> None:
        self.ui.navigatorTabs.setCurrentWidget(self.ui.planTab)
        self.ui.planTree.setFocus()

    def _focus_search(self) -> None:
        self.ui.navigatorTabs.setCurrentWidget(self.ui.searchTab)
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    # -- dropped files ---------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.workspace.consultation_id and self.intake.accepts(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        event.acceptProposedAction()
        self.intake.drop(event.mimeData().urls())

    # -- helpers, about, state ---------------------------------------------------------

    def _read(self, work: Callable[[], Any], show: Callable[[Any], None]) -> None:
        self.tasks.read(work, show, self._show_error)

    def _show_error(self, error: Exception) -> None:
        self.ui.statusbar.clearMessage()
        show_error(self, error)

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
        for key, splitter in (
            ("main_window/splitter", self.ui.splitter),
            ("main_window/page_splitter", self.measure_widget.ui.pageSplitter),
        ):
            state = settings.value(key)
            if state is not None:
                splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.measure_widget.flush_assessment()
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.ui.splitter.saveState())
        settings.setValue(
            "main_window/page_splitter", self.measure_widget.ui.pageSplitter.saveState()
        )
        self._watch_timer.stop()
        self.tasks.wait()
        super().closeEvent(event)


def _place_of(node: SectionNode | MeasureNode | OtherTarget | None) -> Place | None:
    if isinstance(node, MeasureNode):
        return ("measure", node.id)
    if isinstance(node, SectionNode):
        return ("section", node.id)
    if isinstance(node, OtherTarget):
        return ("other", node.level)
    return None


def _target_choices(tree: PlanTree) -> list[tuple[TargetSpec, str]]:
    """Everything a comment may target, in plan order, as (target, label)."""
    choices: list[tuple[TargetSpec, str]] = []

    def walk(nodes: tuple[SectionNode | MeasureNode, ...]) -> None:
        for node in nodes:
            if isinstance(node, MeasureNode):
                choices.append((TargetSpec(TargetLevel.MEASURE, measure_id=node.id), node.label))
            else:
                spec = TargetSpec(TargetLevel.SECTION, section_id=node.id)
                choices.append((spec, section_label(node.level, node.title)))
                walk(node.children)

    walk(tree.roots)
    for level in (TargetLevel.POLICY, TargetLevel.NEW_MEASURE):
        choices.append((TargetSpec(level), other_target_label(level)))
    return choices


def _saved_place() -> Place:
    """The page the user had open last time, if it can still be named."""
    kind, _, key = str(QSettings().value("workspace/place", "overview:0")).partition(":")
    if kind in ("measure", "section", "response") and key.isdigit():
        return (kind, int(key))
    if kind == "inbox":
        return ("inbox", 0)
    if kind == "other" and key in {level.value for level in TargetLevel}:
        return (kind, TargetLevel(key))
    return ("overview", 0)
