"""Dialogs for revising the plan (what changes, why, motivated by which comments), the
revision history, and a response as received."""

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hoering.gui.labels import term
from hoering.gui.messages import plain_label, show_error
from hoering.services.inbox import AttachmentInfo, ResponseDetail, attachment_bytes
from hoering.services.pages import CommentView, SubGoalView
from hoering.services.revisions import RevisionView, Why
from hoering.store.database import Database


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
    def __init__(
        self, title: str, revisions: tuple[RevisionView, ...], time_zone: str, parent: QWidget
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
        layout = QVBoxLayout(self)
        if not revisions:
            layout.addWidget(plain_label(self.tr("Klimatiltaget er ikke ændret efter høringen.")))
        layout.addWidget(table)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(1000, 420)


class ResponseDialog(QDialog):
    """A response as it was received, shown as plain text, with its attachments."""

    def __init__(
        self, db: Database, response: ResponseDetail, time_zone: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.db = db
        row = response.row
        self.setWindowTitle(self.tr("Høringssvar fra {0}").format(row.sender))
        received = row.received_at.astimezone(ZoneInfo(time_zone)).strftime("%d-%m-%Y %H:%M")
        if row.late:
            received += " " + self.tr("(for sent)")
        form = QFormLayout()
        rows = [
            (self.tr("Afsender:"), row.sender),
            (self.tr("Navn:"), response.sender_name or ""),
            (self.tr("Adresse:"), response.sender_address or ""),
            (self.tr("Kanal:"), term(row.channel)),
            (self.tr("Modtaget:"), received),
            (self.tr("Status:"), term(row.status)),
            (self.tr("Emne:"), row.subject or ""),
        ]
        if row.problem:
            rows.append((self.tr("Bemærk:"), row.problem))
        for label, value in rows:
            form.addRow(label, plain_label(value, self))
        body = QPlainTextEdit(self)
        body.setReadOnly(True)
        body.setPlainText(response.body)
        body.setAccessibleName(self.tr("Høringssvarets tekst"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(body, 1)
        if response.attachments:
            layout.addWidget(plain_label(self.tr("Bilag:"), self))
            self.attachments = QListWidget(self)
            for attachment in response.attachments:
                item = QListWidgetItem(f"{attachment.filename} ({attachment.size:,} byte)")
                item.setData(Qt.ItemDataRole.UserRole, attachment)
                self.attachments.addItem(item)
            save = QPushButton(self.tr("&Gem bilag …"), self)
            save.clicked.connect(self._save_attachment)
            layout.addWidget(self.attachments)
            layout.addWidget(save)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(760, 620)

    def _save_attachment(self) -> None:
        item = self.attachments.currentItem()
        if item is None:
            return
        attachment: AttachmentInfo = item.data(Qt.ItemDataRole.UserRole)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Gem bilag"), attachment.filename)
        if not path:
            return
        try:
            _, content = attachment_bytes(self.db.unit_of_work(write=False), attachment.id)
            Path(path).write_bytes(content)
        except Exception as error:  # a full disk or a vanished row: say so, keep the dialog
            show_error(self, error)
