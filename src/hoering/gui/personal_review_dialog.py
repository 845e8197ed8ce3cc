"""The case handler's review of the personal data found in comments: each waiting
comment's original text, what was found in it, and the public text to approve."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hoering.domain.errors import ConflictError, HoeringError
from hoering.gui.messages import plain_label, show_error
from hoering.services.personal_review import (
    ReviewItem,
    approve_public_text,
    comments_to_review,
    review_counts,
)
from hoering.store.database import Database

# Comments listed at a time; approved ones leave the list, so the next ones follow.
_PAGE = 100
_EXCERPT = 80


class PersonalReviewDialog(QDialog):
    """Approve, one comment at a time, the public texts proposed where personal data was
    found. Emits ``reviewed`` with the approved :class:`ReviewItem`."""

    reviewed = Signal(object)

    def __init__(self, db: Database, consultation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gennemgå personoplysninger"))
        self._db = db
        self._consultation_id = consultation_id
        self._items: list[ReviewItem] = []
        self.counts = plain_label("", self)
        self.table = self._make_table()
        self.original = QPlainTextEdit(self)
        self.original.setReadOnly(True)
        self.original.setAccessibleName(self.tr("Bemærkningens tekst"))
        self.found = QListWidget(self)
        self.found.setAccessibleName(self.tr("Fundne personoplysninger"))
        self.found.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.public_text = QPlainTextEdit(self)
        self.public_text.setTabChangesFocus(True)
        self.public_text.setAccessibleName(self.tr("Offentlig tekst"))
        self.approve = QPushButton(self.tr("&Godkend offentlig tekst"), self)
        self.approve.setToolTip(self.tr("Godkend teksten, som den står (Alt+G eller Ctrl+Enter)"))
        self._lay_out()
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.approve.clicked.connect(self.approve_selected)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.approve_selected)
        self.reload()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 3, self)
        table.setHorizontalHeaderLabels([self.tr("Afsender"), self.tr("Uddrag"), self.tr("Fundet")])
        table.setAccessibleName(self.tr("Bemærkninger, der venter på gennemgang"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(2, self.fontMetrics().horizontalAdvance("CPR-nummer, adresse") + 16)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table

    def _lay_out(self) -> None:
        detail = QWidget(self)
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        for text, widget, stretch in (
            (self.tr("&Oprindelig tekst:"), self.original, 2),
            (self.tr("&Fundet i teksten:"), self.found, 0),
            (
                self.tr("Offentlig &tekst (ret den, hvis noget mangler at blive skjult):"),
                self.public_text,
                2,
            ),
        ):
            label = QLabel(text, detail)
            label.setBuddy(widget)
            column.addWidget(label)
            column.addWidget(widget, stretch)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.approve)
        column.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([480, 620])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(1100, 640)

    # -- showing ------------------------------------------------------------------

    def reload(self, row: int = 0) -> None:
        """Read the waiting comments and the counts again and select the ``row``-th
        (the last one if fewer are left)."""
        counts = review_counts(self._db.unit_of_work(write=False), self._consultation_id)
        self._items = comments_to_review(
            self._db.unit_of_work(write=False), self._consultation_id, limit=_PAGE
        )
        total = counts.pending + counts.approved
        text = self.tr("{0} af {1} bemærkninger med personoplysninger er gennemgået.").format(
            counts.approved, total
        )
        if counts.pending > len(self._items):
            text += " " + self.tr("Listen viser de første {0}.").format(len(self._items))
        self.counts.setText(text)
        self.table.setRowCount(len(self._items))
        for index, item in enumerate(self._items):
            kinds = dict.fromkeys(found.kind for found in item.found)
            for column, cell in enumerate((item.source, _excerpt(item.text), ", ".join(kinds))):
                self.table.setItem(index, column, QTableWidgetItem(cell))
        if self._items:
            self.table.selectRow(min(row, len(self._items) - 1))
        self._show_selected()

    def selected(self) -> ReviewItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self._items[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        item = self.selected()
        self.original.setPlainText(item.text if item else "")
        self.found.clear()
        for found in item.found if item else ():
            self.found.addItem(f"{found.kind}: {found.text}")
        if item is None:
            none_left = self.tr("Der er ingen bemærkninger, der venter på gennemgang.")
            self.public_text.setPlainText("")
            self.public_text.setPlaceholderText(none_left)
        else:
            self.public_text.setPlainText(item.public_text)
        self.public_text.setEnabled(item is not None)
        self.approve.setEnabled(item is not None)

    # -- approving ------------------------------------------------------------------

    def approve_selected(self) -> None:
        """Approve the public text as it stands in the field, then go on to the next."""
        item = self.selected()
        if item is None:
            return
        row = self.table.currentRow()
        try:
            approved = approve_public_text(
                self._db.unit_of_work(),
                item.comment_id,
                expected_version=item.version,
                public_text=self.public_text.toPlainText(),
            )
        except ConflictError as error:
            # A colleague changed the comment: show it as it now is.
            show_error(self, error)
            self.reload(row)
            return
        except HoeringError as error:
            show_error(self, error)  # the text typed stays in the field
            return
        self.reviewed.emit(approved)
        self.reload(row)


def _excerpt(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _EXCERPT else line[: _EXCERPT - 1] + "…"
