"""The inbox as a table that fetches a page at a time as the view scrolls.

Pages are read off the GUI thread (keyset paging in ``services.inbox``), so an
inbox of 100 000 responses opens as fast as one of ten and scrolling never
waits for the database.
"""

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from hoering.domain.deadline import DEFAULT_TIME_ZONE
from hoering.domain.enums import ResponseStatus
from hoering.gui.labels import term
from hoering.gui.table_model import HeaderedTableModel, Index
from hoering.gui.tasks import TaskRunner
from hoering.services.inbox import InboxCursor, InboxPage, InboxRow

RowRole = Qt.ItemDataRole.UserRole + 1

(
    COLUMN_STATUS,
    COLUMN_CHANNEL,
    COLUMN_SENDER,
    COLUMN_RECEIVED,
    COLUMN_DEADLINE,
    COLUMN_CAMPAIGN,
    COLUMN_COMMENTS,
    COLUMN_TEXT,
) = range(8)

# Fetches the page after a cursor (None: the first page). Runs in a worker thread.
PageReader = Callable[[InboxCursor | None], InboxPage]

_WAITING = QColor("#9a5b00")  # responses that wait for a decision or are late


class InboxModel(HeaderedTableModel):
    # A page has arrived (the first one after ``show``, or one more while scrolling).
    page_loaded = Signal()
    failed = Signal(object)

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        headers = (
            self.tr("Status"),
            self.tr("Kanal"),
            self.tr("Afsender"),
            self.tr("Modtaget"),
            self.tr("Frist"),
            self.tr("Kampagne"),
            self.tr("Bem."),
            self.tr("Tekst"),
        )
        super().__init__(headers, parent)
        self._tasks = tasks
        self._rows: list[InboxRow] = []
        self._read: PageReader | None = None
        self._next: InboxCursor | None = None
        self._more = False
        self._pending = False
        # Bumped by every ``show``: a page read for an earlier filter is dropped.
        self._generation = 0
        self._zone = ZoneInfo(DEFAULT_TIME_ZONE)

    def show(self, read: PageReader, time_zone: str = DEFAULT_TIME_ZONE) -> None:
        """Start over with another filter (or after a change): empty, then the first page."""
        self.beginResetModel()
        self._rows = []
        self._reset(0)
        self.endResetModel()
        self._read, self._zone = read, ZoneInfo(time_zone)
        self._generation += 1
        self._next, self._more, self._pending = None, True, False
        self._fetch()

    def row(self, number: int) -> InboxRow:
        return self._rows[number]

    def row_of(self, response_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == response_id), None)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more and not self._pending

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        read, after, generation = self._read, self._next, self._generation
        if read is None:
            return
        self._pending = True
        self._tasks.read(
            lambda: read(after),
            lambda page: self._arrived(generation, page),
            lambda error: self._failed(generation, error),
        )

    def _arrived(self, generation: int, page: InboxPage) -> None:
        if generation != self._generation:
            return
        self._pending = False
        self._next, self._more = page.next, page.next is not None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self._reset(len(self._rows))
            self.endInsertRows()
        self.page_loaded.emit()

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self._pending, self._more = False, False
            self.failed.emit(error)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and row.problem:
            return row.problem
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts(row)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and _needs_attention(row):
            return QBrush(_WAITING)
        return None

    def _texts(self, row: InboxRow) -> tuple[str, ...]:
        deadline = term(row.timeliness)
        subject = f"{row.subject} – " if row.subject else ""
        return (
            term(row.status),
            term(row.channel),
            row.sender,
            row.received_at.astimezone(self._zone).strftime("%d-%m-%Y %H:%M"),
            self.tr("{0}, godkendt").format(deadline) if row.accepted_late else deadline,
            str(row.campaign_id) if row.campaign_id is not None else "",
            str(row.comments),
            subject + row.excerpt,
        )


def _needs_attention(row: InboxRow) -> bool:
    waiting = row.status in (ResponseStatus.SET_ASIDE, ResponseStatus.UNREADABLE)
    return waiting or (row.late and not row.accepted_late)
