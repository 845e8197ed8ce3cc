"""The inbox page: every response with its status, channel, sender, time, deadline
and campaign; filters and counts; the way into the response view."""

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QToolButton, QWidget

from hoering.domain.enums import Channel, ResponseStatus
from hoering.gui.commands import Workspace
from hoering.gui.generated.ui_inbox_page import Ui_InboxPage
from hoering.gui.inbox_model import COLUMN_TEXT, InboxModel, RowRole
from hoering.gui.labels import chosen, term
from hoering.gui.messages import show_error
from hoering.gui.tasks import TaskRunner
from hoering.services.inbox import (
    InboxCounts,
    InboxCursor,
    InboxFilter,
    InboxPage,
    inbox_counts,
    inbox_page,
)

# Typing in the filter waits this long before the inbox is read again.
FILTER_DELAY_MS = 300


class InboxPageWidget(QWidget):
    open_response = Signal(int)
    # The first page has been shown after ``show_inbox`` (tests wait for it).
    shown = Signal()

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.ui = Ui_InboxPage()
        self.ui.setupUi(self)
        self.model = InboxModel(tasks, self)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._keep: int | None = None
        self._setup_table()
        self._fill_filters()
        self._connect()

    def _setup_table(self) -> None:
        table = self.ui.inboxTable
        table.setModel(self.model)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((90, 60, 110, 115, 75, 75, 45)):
            header.resizeSection(column, width)

    def _fill_filters(self) -> None:
        ui = self.ui
        everything = self.tr("(alle)")
        ui.statusFilter.addItem(everything, None)
        for status in ResponseStatus:
            ui.statusFilter.addItem(term(status), status)
        ui.channelFilter.addItem(everything, None)
        for channel in Channel:
            ui.channelFilter.addItem(term(channel), channel)
        ui.deadlineFilter.addItem(everything, None)
        ui.deadlineFilter.addItem(self.tr("for sent"), True)
        ui.deadlineFilter.addItem(self.tr("rettidige"), False)
        ui.campaignFilter.addItem(everything, None)
        ui.campaignFilter.addItem(self.tr("i en kampagne"), True)
        ui.campaignFilter.addItem(self.tr("ikke i en kampagne"), False)

    def _connect(self) -> None:
        ui = self.ui
        for box in (ui.statusFilter, ui.channelFilter, ui.deadlineFilter, ui.campaignFilter):
            box.currentIndexChanged.connect(lambda _index: self.show_inbox())
        ui.textFilter.textChanged.connect(lambda _text: self._filter_timer.start())
        self._filter_timer.timeout.connect(self.show_inbox)
        ui.inboxTable.activated.connect(self._open)
        ui.openButton.clicked.connect(lambda: self._open(ui.inboxTable.currentIndex()))
        self.model.page_loaded.connect(self._page_loaded)
        self.model.failed.connect(lambda error: show_error(self, error))

    def add_actions(self, actions: Sequence[QAction]) -> None:
        """Buttons for the window's intake actions (import, register …) under the table."""
        for position, action in enumerate(actions):
            button = QToolButton(self)
            button.setDefaultAction(action)
            self.ui.buttonRow.insertWidget(position, button)

    def current_filter(self) -> InboxFilter:
        ui = self.ui
        status = chosen(ui.statusFilter, ResponseStatus)
        channel = chosen(ui.channelFilter, Channel)
        return InboxFilter(
            statuses=frozenset([status]) if status else frozenset(),
            channels=frozenset([channel]) if channel else frozenset(),
            late=ui.deadlineFilter.currentData(),
            in_campaign=ui.campaignFilter.currentData(),
            text=ui.textFilter.text(),
        )

    def show_inbox(self) -> None:
        """Read the inbox again (after a filter change, an import or a colleague's change),
        keeping the chosen response chosen when it is still there."""
        current = self.ui.inboxTable.currentIndex()
        self._keep = self.model.row(current.row()).id if current.isValid() else self._keep
        consultation = self.workspace.consultation_id
        filters = self.current_filter()
        read = self.workspace.db.unit_of_work

        def page(after: InboxCursor | None) -> InboxPage:
            return inbox_page(read(write=False), consultation, filters, after)

        self.model.show(page, self.workspace.time_zone)
        self.tasks.read(
            lambda: inbox_counts(read(write=False), consultation, filters),
            self._show_counts,
            lambda error: show_error(self, error),
        )

    def _page_loaded(self) -> None:
        table = self.ui.inboxTable
        if self._keep is not None:
            row = self.model.row_of(self._keep)
            if row is not None:
                table.selectRow(row)
                table.scrollTo(self.model.index(row, 0))
                self._keep = None
        if not table.currentIndex().isValid() and self.model.rowCount():
            table.selectRow(0)
        self.shown.emit()

    def _show_counts(self, counts: InboxCounts) -> None:
        parts = [self.tr("%n høringssvar", "", counts.total)]
        parts += [
            f"{counts.by_status[status]} {term(status)}"
            for status in ResponseStatus
            if counts.by_status.get(status)
        ]
        if counts.late:
            parts.append(self.tr("{0} for sent").format(counts.late))
        if counts.in_campaigns:
            parts.append(self.tr("{0} i kampagner").format(counts.in_campaigns))
        self.ui.countsLabel.setText(" · ".join(parts))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self._keep = self.model.row(index.row()).id
            self.open_response.emit(index.data(RowRole).id)

    def select_response(self, response_id: int) -> None:
        """Choose this response when the inbox is shown next."""
        self._keep = response_id
