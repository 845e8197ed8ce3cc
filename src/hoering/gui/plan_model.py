"""The plan tree for a QTreeView: themes > sub-themes > groups > measures, with work counts."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from hoering.domain.enums import MeasureStatus, SectionLevel, TargetLevel
from hoering.services.dto import MeasureNode, PlanTree, SectionNode, WorkCounts

NodeRole = Qt.ItemDataRole.UserRole + 1

COLUMN_TITLE, COLUMN_COMMENTS, COLUMN_OPEN, COLUMN_UNASSESSED = range(4)

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class OtherTarget:
    """Comments that point at no plan section: the policy, or proposals for new measures."""

    title: str
    counts: WorkCounts
    level: TargetLevel


Node = SectionNode | MeasureNode | OtherTarget


class _Item:
    __slots__ = ("children", "node", "parent", "row")

    def __init__(self, node: Node | None, parent: "_Item | None", row: int) -> None:
        self.node = node
        self.parent = parent
        self.row = row
        self.children: list[_Item] = []


class PlanTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Item(None, None, 0)
        # Short headers keep the titles readable; the tooltips say them in full.
        self._headers = (self.tr("Plan"), self.tr("Bem."), self.tr("Åbne"), self.tr("Uvurd."))
        self._header_tips = (
            self.tr("Temaer, undertemaer, ansvarsgrupper og klimatiltag"),
            self.tr("Bemærkninger i alt"),
            self.tr("Bemærkninger uden udfald"),
            self.tr("Klimatiltag uden administrationens vurdering"),
        )

    def set_tree(self, tree: PlanTree | None) -> None:
        self.beginResetModel()
        self._root = _Item(None, None, 0)
        if tree is not None:
            nodes: list[Node] = list(tree.roots)
            if tree.policy.comments:
                title = self.tr("Politikken som helhed")
                nodes.append(OtherTarget(title, tree.policy, TargetLevel.POLICY))
            if tree.new_measures.comments:
                title = self.tr("Forslag til nye tiltag")
                nodes.append(OtherTarget(title, tree.new_measures, TargetLevel.NEW_MEASURE))
            self._add(self._root, nodes)
        self.endResetModel()

    def _add(self, parent: _Item, nodes: list[Node] | tuple[Node, ...]) -> None:
        for row, node in enumerate(nodes):
            item = _Item(node, parent, row)
            parent.children.append(item)
            if isinstance(node, SectionNode):
                self._add(item, node.children)

    # -- QAbstractItemModel -------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._item(parent).children[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._item(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._item(parent).children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911
        if not index.isValid():
            return None
        node = self._item(index).node
        assert node is not None
        column = index.column()
        if role == NodeRole:
            return node
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_TITLE:
            return self._display(node, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COLUMN_TITLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == COLUMN_TITLE:
            return self._font(node)
        if role == Qt.ItemDataRole.ForegroundRole and _is_dropped(node):
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def _display(self, node: Node, column: int) -> str:
        if column == COLUMN_TITLE:
            if isinstance(node, MeasureNode):
                untitled = self.tr("(uden titel)")
                label = node.label if node.title else f"{node.number}. {untitled}"
                dropped = self.tr("(udgår)")
                return f"{label} {dropped}" if _is_dropped(node) else label
            return node.title
        counts = node.counts
        value = {
            COLUMN_COMMENTS: counts.comments,
            COLUMN_OPEN: counts.comments_without_outcome,
            COLUMN_UNASSESSED: counts.measures_without_assessment,
        }[column]
        return str(value) if value else ""

    @staticmethod
    def _font(node: Node) -> QFont | None:
        if isinstance(node, SectionNode) and node.level is SectionLevel.THEME:
            font = QFont()
            font.setBold(True)
            return font
        if isinstance(node, SectionNode) and node.level is SectionLevel.GROUP:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _item(self, index: _Index) -> _Item:
        if index.isValid():
            item = index.internalPointer()
            assert isinstance(item, _Item)
            return item
        return self._root

    # -- lookups for the window -----------------------------------------------

    def first_index(self) -> QModelIndex:
        return self.index(0, 0) if self._root.children else QModelIndex()


def _is_dropped(node: Node) -> bool:
    return isinstance(node, MeasureNode) and node.status is MeasureStatus.DROPPED
