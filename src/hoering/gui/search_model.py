"""Search results as a table: what was found, whose it is, and a snippet."""

from typing import Any

from PySide6.QtCore import QObject, Qt

from hoering.gui.table_model import HeaderedTableModel, Index
from hoering.services.search import SearchHit

HitRole = Qt.ItemDataRole.UserRole + 1
COLUMN_KIND, COLUMN_TITLE, COLUMN_SNIPPET = range(3)


class SearchResultsModel(HeaderedTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((self.tr("Type"), self.tr("Hvem/hvad"), self.tr("Tekst")), parent)
        self._hits: list[SearchHit] = []
        self._kinds = {
            "comment": self.tr("Bemærkning"),
            "response": self.tr("Høringssvar"),
            "measure": self.tr("Klimatiltag"),
        }

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._reset(len(self._hits))
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == HitRole:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (self._kinds[hit.kind], hit.title, hit.snippet)[index.column()]
        return None
