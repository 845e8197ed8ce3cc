"""Who changed what, and when: the audit history of a measure, a comment or a response."""

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hoering.gui.messages import plain_label
from hoering.services.history import HistoryEntry


def _tr(text: str) -> str:
    return QCoreApplication.translate("history", text)


def history_table(
    entries: tuple[HistoryEntry, ...], time_zone: str, parent: QWidget
) -> QTableWidget:
    """One row per change, oldest first, each field as "old → new"."""
    headers = [_tr("Tidspunkt"), _tr("Af"), _tr("Hvad"), _tr("Handling"), _tr("Ændringer")]
    table = QTableWidget(len(entries), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(_tr("Ændringer"))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    zone = ZoneInfo(time_zone)
    for row, entry in enumerate(entries):
        changes = "\n".join(f"{c.field}: {c.old or '–'} → {c.new or '–'}" for c in entry.changes)
        cells = (
            entry.at.astimezone(zone).strftime("%d-%m-%Y %H:%M"),
            entry.actor_name,
            entry.subject,
            entry.action,
            changes,
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    table.resizeRowsToContents()
    return table


class ChangeHistoryDialog(QDialog):
    def __init__(
        self, title: str, entries: tuple[HistoryEntry, ...], time_zone: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ændringer: {0}").format(title))
        self.table = history_table(entries, time_zone, self)
        layout = QVBoxLayout(self)
        if not entries:
            layout.addWidget(plain_label(self.tr("Ingen ændringer registreret."), self))
        layout.addWidget(self.table)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(1000, 420)
