"""The comments on a page, as a table: source, channel, received, text, reply, other
measures and the outcome (editable).

A page may list tens of thousands of comments. The model holds the ids of all of
them (its rows) but the views of only a few pages: those around what is shown,
read in the background as rows are scrolled into view (as Anki's browser keeps
an id list and a row cache).
"""

from collections import OrderedDict
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from hoering.domain.deadline import DEFAULT_TIME_ZONE
from hoering.domain.enums import Outcome
from hoering.gui.labels import chosen, term
from hoering.gui.table_model import HeaderedTableModel, Index
from hoering.services.pages import COMMENT_PAGE_SIZE, CommentView

CommentRole = Qt.ItemDataRole.UserRole + 1

(
    COLUMN_SOURCE,
    COLUMN_CHANNEL,
    COLUMN_RECEIVED,
    COLUMN_TEXT,
    COLUMN_REPLY,
    COLUMN_ALSO,
    COLUMN_OUTCOME,
) = range(7)

# The outcomes in the order the editor chooses them; None clears the outcome.
OUTCOME_CHOICES: tuple[Outcome | None, ...] = (None, *Outcome)

# Reads the views of some comments in the background and hands them (or None, when
# no longer wanted, see ``CommentTableModel.wanted``) to the callback in the GUI thread.
PageReader = Callable[
    [tuple[int, ...], Callable[[], bool], Callable[[tuple[CommentView, ...] | None], None]], None
]

# How many pages of views are kept; the rest are read again when scrolled back to.
KEPT_PAGES = 10
# Pages asked for most recently; a page scrolled past before its read starts is skipped.
_RECENT_PAGES = 4


class CommentTableModel(HeaderedTableModel):
    # The user chose an outcome in the table: (comment id, outcome or None).
    outcome_chosen = Signal(int, object)

    # A page of views arrived: what depends on the selected comments may change.
    page_read = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        headers = (
            self.tr("Afsender"),
            self.tr("Kanal"),
            self.tr("Modtaget"),
            self.tr("Bemærkning"),
            self.tr("Svar"),
            self.tr("Også"),
            self.tr("Udfald"),
        )
        super().__init__(headers, parent)
        self._zone = ZoneInfo(DEFAULT_TIME_ZONE)
        self._ids: tuple[int, ...] = ()
        self._read_page: PageReader | None = None
        # Views of the pages read since the list was set, by comment id; the pages
        # in the order used, least recent first.
        self._views: dict[int, CommentView] = {}
        self._pages: OrderedDict[int, None] = OrderedDict()
        # Views from before the list was set again, shown until their page is read again.
        self._stale: dict[int, CommentView] = {}
        self._asked: set[int] = set()
        self._recent: tuple[int, ...] = ()
        self._generation = 0

    def set_rows(self, rows: tuple[CommentView, ...], time_zone: str = DEFAULT_TIME_ZONE) -> None:
        """List these comments, all of them read."""
        self.set_listing(tuple(c.id for c in rows), rows, None, time_zone)

    def set_listing(
        self,
        ids: tuple[int, ...],
        first: tuple[CommentView, ...],
        read_page: PageReader | None,
        time_zone: str = DEFAULT_TIME_ZONE,
    ) -> None:
        """List the comments ``ids``, of which ``first`` are the views of the first page
        (or more); ``read_page`` reads the others' when they are scrolled into view."""
        self.beginResetModel()
        self._generation += 1
        self._stale = self._views
        self._views = {c.id: c for c in first}
        self._pages = OrderedDict.fromkeys(range(-(-len(first) // COMMENT_PAGE_SIZE)))
        self._asked = set()
        self._recent = ()
        self._ids = ids
        self._read_page = read_page
        self._reset(len(ids))
        self._zone = ZoneInfo(time_zone)
        self.endResetModel()

    def comment_id(self, row: int) -> int:
        return self._ids[row]

    def comment(self, row: int) -> CommentView | None:
        """The comment on ``row`` as read since the list was set, or None while its page
        is being read (it is asked for)."""
        page = row // COMMENT_PAGE_SIZE
        if page in self._pages:
            self._pages.move_to_end(page)
        else:
            self._ask(page)
        return self._views.get(self._ids[row])

    def row_of(self, comment_id: int) -> int | None:
        try:
            return self._ids.index(comment_id)
        except ValueError:
            return None

    def rows_of(self, comment_ids: set[int]) -> list[int]:
        """The rows of those of the comments listed, in one pass over the list."""
        return [row for row, comment_id in enumerate(self._ids) if comment_id in comment_ids]

    def wanted(self, page: int, generation: int) -> bool:
        """Whether a page asked for is still worth reading: the list is the same and the
        page was among the last scrolled to. Called from the reading thread; it only
        reads attributes that the GUI thread replaces whole."""
        return generation == self._generation and page in self._recent

    def _ask(self, page: int) -> None:
        if page not in self._recent:
            self._recent = (*self._recent[1 - _RECENT_PAGES :], page)
        if page in self._asked or self._read_page is None:
            return
        self._asked.add(page)
        generation = self._generation
        ids = self._ids[page * COMMENT_PAGE_SIZE : (page + 1) * COMMENT_PAGE_SIZE]
        self._read_page(
            ids,
            lambda: self.wanted(page, generation),
            lambda views: self._page_read(page, generation, views),
        )

    def _page_read(self, page: int, generation: int, views: tuple[CommentView, ...] | None) -> None:
        if generation != self._generation:
            return
        self._asked.discard(page)
        if views is None:  # skipped: scrolled past; asked again if shown again
            return
        self._views.update((c.id, c) for c in views)
        self._pages[page] = None
        while len(self._pages) > KEPT_PAGES:
            old, _ = self._pages.popitem(last=False)
            for comment_id in self._ids[old * COMMENT_PAGE_SIZE : (old + 1) * COMMENT_PAGE_SIZE]:
                self._views.pop(comment_id, None)
        first = page * COMMENT_PAGE_SIZE
        last = min(first + COMMENT_PAGE_SIZE, self.rowCount()) - 1
        self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self.page_read.emit()

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COLUMN_OUTCOME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        comment = self.comment(index.row())
        if role == CommentRole:
            return comment
        shown = comment or self._stale.get(self._ids[index.row()])
        if shown is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(shown, index.column())
        if role == Qt.ItemDataRole.EditRole and index.column() == COLUMN_OUTCOME:
            return shown.outcome
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != COLUMN_OUTCOME:
            return False
        comment = self.comment(index.row())
        if comment is not None and value != comment.outcome:
            self.outcome_chosen.emit(comment.id, value)
        return True

    def _text(self, comment: CommentView, column: int) -> str:
        # Only the asked column is formatted: a view asks per cell, many times.
        return _COLUMN_TEXT[column](self, comment)

    def _received(self, comment: CommentView) -> str:
        if comment.received_at is None:
            return ""
        local = comment.received_at.astimezone(self._zone).strftime("%d-%m-%Y %H:%M")
        return f"{local} {self.tr('(for sent)')}" if comment.late else local


_COLUMN_TEXT: dict[int, Callable[[CommentTableModel, CommentView], str]] = {
    COLUMN_SOURCE: lambda _model, c: c.source,
    COLUMN_CHANNEL: lambda _model, c: (
        term(c.channel) if c.channel else QCoreApplication.translate("CommentTableModel", "notat")
    ),
    COLUMN_RECEIVED: lambda model, c: model._received(c),
    COLUMN_TEXT: lambda _model, c: c.text,
    COLUMN_REPLY: lambda _model, c: c.reply or "",
    COLUMN_ALSO: lambda _model, c: ", ".join(c.also_measures),
    COLUMN_OUTCOME: lambda _model, c: term(c.outcome) if c.outcome else "",
}


class OutcomeDelegate(QStyledItemDelegate):
    """Chooses an outcome in the table with a combo box."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        for outcome in OUTCOME_CHOICES:
            editor.addItem(term(outcome) if outcome else self.tr("(intet udfald)"), outcome)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(OUTCOME_CHOICES.index(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, chosen(editor, Outcome), Qt.ItemDataRole.EditRole)
