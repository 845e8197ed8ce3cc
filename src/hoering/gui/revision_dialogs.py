"""Dialogs for revising the plan (what changes, why, motivated by which comments) and
the revision history."""

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hoering.gui.history_dialog import history_table
from hoering.gui.labels import term
from hoering.gui.messages import plain_label
from hoering.services.history import HistoryEntry
from hoering.services.pages import CommentView, SubGoalView
from hoering.services.revisions import RevisionView, Why


class RevisionDialog(QDialog):
    """Asks for a change to the plan and its reason.

    ``text`` is the editable text (a sub-goal, a title) or None when the change
    has no text (dropping a measure); ``goals`` lets the user pick the sub-goal.
    """

    def __init__(
        self,
        title: str,
        comments: tuple[CommentView, ...],
        *,
        preselected: set[int],
        text: str | None = None,
        text_label: str = "",
        goals: tuple[SubGoalView, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._goals = goals
        form = QFormLayout(self)
        self.goal_box = QComboBox(self)
        for number, goal in enumerate(goals, 1):
            shown = goal.revised_text or goal.consulted_text or ""
            self.goal_box.addItem(f"{number}. {shown[:90]}", goal.id)
        if goals:
            form.addRow(self.tr("&Delmål:"), self.goal_box)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        if text is not None:
            self.text.setPlainText(text)
            form.addRow(text_label or self.tr("&Tekst:"), self.text)
            self.goal_box.currentIndexChanged.connect(self._goal_chosen)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Hvorfor ændres planen?"))
        form.addRow(self.tr("&Begrundelse:"), self.reason)
        self.comments = QListWidget(self)
        self.comments.setAccessibleName(self.tr("Begrundende bemærkninger"))
        for comment in comments:
            item = QListWidgetItem(f"{comment.source}: {comment.text}")
            item.setData(Qt.ItemDataRole.UserRole, comment.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = comment.id in preselected
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.comments.addItem(item)
        form.addRow(self.tr("Begrundet i &bemærkningerne:"), self.comments)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(760, 520)

    def _goal_chosen(self, index: int) -> None:
        goal = self._goals[index]
        self.text.setPlainText(goal.revised_text or goal.consulted_text or "")

    @property
    def goal_id(self) -> int | None:
        value: int | None = self.goal_box.currentData()
        return value

    @property
    def goal(self) -> SubGoalView | None:
        return next((g for g in self._goals if g.id == self.goal_id), None)

    def new_text(self) -> str:
        return self.text.toPlainText()

    def why(self) -> Why:
        chosen = [
            self.comments.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.comments.count())
            if self.comments.item(row).checkState() is Qt.CheckState.Checked
        ]
        return Why(self.reason.text(), chosen)


class HistoryDialog(QDialog):
    """A measure's revisions (with why and which comments motivated them), and every
    change to it in the audit trail."""

    def __init__(
        self,
        title: str,
        revisions: tuple[RevisionView, ...],
        changes: tuple[HistoryEntry, ...],
        time_zone: str,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Historik: {0}").format(title))
        headers = [
            self.tr("Tidspunkt"),
            self.tr("Af"),
            self.tr("Ændring"),
            self.tr("Før"),
            self.tr("Efter"),
            self.tr("Begrundelse"),
            self.tr("Bemærkninger"),
        ]
        table = QTableWidget(len(revisions), len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        zone = ZoneInfo(time_zone)
        for row, revision in enumerate(revisions):
            cells = [
                revision.made_at.astimezone(zone).strftime("%d-%m-%Y %H:%M"),
                revision.author,
                term(revision.kind),
                revision.old_text or "",
                revision.new_text or "",
                revision.reason,
                "\n".join(f"{m.source}: {m.text}" for m in revision.motivations),
            ]
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeRowsToContents()
        revised = QWidget(self)
        revised_layout = QVBoxLayout(revised)
        if not revisions:
            note = self.tr("Klimatiltaget er ikke ændret efter høringen.")
            revised_layout.addWidget(plain_label(note))
        revised_layout.addWidget(table)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(revised, self.tr("&Revisioner"))
        self.tabs.addTab(history_table(changes, time_zone, self), self.tr("&Alle ændringer"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(1000, 420)
