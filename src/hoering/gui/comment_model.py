"""The comments on a page, as a table: source, channel, received, text, reply, other
measures and the outcome (editable)."""

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from hoering.domain.deadline import DEFAULT_TIME_ZONE
from hoering.domain.enums import Outcome
from hoering.gui.labels import chosen, term
from hoering.gui.table_model import HeaderedTableModel, Index
from hoering.services.pages import CommentView

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


class CommentTableModel(HeaderedTableModel):
    # The user chose an outcome in the table: (comment id, outcome or None).
    outcome_chosen = Signal(int, object)

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
        self._rows: list[CommentView] = []
        self._zone = ZoneInfo(DEFAULT_TIME_ZONE)

    def set_rows(self, rows: tuple[CommentView, ...], time_zone: str = DEFAULT_TIME_ZONE) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._reset(len(self._rows))
        self._zone = ZoneInfo(time_zone)
        self.endResetModel()

    def comment(self, row: int) -> CommentView:
        return self._rows[row]

    def row_of(self, comment_id: int) -> int | None:
        return next((i for i, c in enumerate(self._rows) if c.id == comment_id), None)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COLUMN_OUTCOME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        comment = self._rows[index.row()]
        if role == CommentRole:
            return comment
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(comment, index.column())
        if role == Qt.ItemDataRole.EditRole and index.column() == COLUMN_OUTCOME:
            return comment.outcome
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != COLUMN_OUTCOME:
            return False
        comment = self._rows[index.row()]
        if value != comment.outcome:
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
