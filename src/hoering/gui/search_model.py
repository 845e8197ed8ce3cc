"""Search results as a table: what was found, whose it is, and a snippet."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from hoering.services.search import SearchHit

HitRole = Qt.ItemDataRole.UserRole + 1
COLUMN_KIND, COLUMN_TITLE, COLUMN_SNIPPET = range(3)

_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._headers = (self.tr("Type"), self.tr("Hvem/hvad"), self.tr("Tekst"))
        self._kinds = {
            "comment": self.tr("Bemærkning"),
            "response": self.tr("Høringssvar"),
            "measure": self.tr("Klimatiltag"),
        }

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == HitRole:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (self._kinds[hit.kind], hit.title, hit.snippet)[index.column()]
        return None
