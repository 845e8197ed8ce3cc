"""The page of a theme, sub-theme or group, of the policy as a whole, or of the
proposals for new measures: the comments made on it."""

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from hoering.domain.enums import TargetLevel
from hoering.gui.commands import RevisionCommand, Workspace
from hoering.gui.comments_panel import CommentsPanel
from hoering.gui.generated.ui_target_page import Ui_TargetPage
from hoering.gui.labels import term
from hoering.services import revisions
from hoering.services.pages import CommentView, TargetPage
from hoering.services.revisions import NewMeasure, Why

# (section id, label) pairs in plan order, indented by depth.
SectionChoices = Callable[[], list[tuple[int, str]]]


class TargetPageWidget(QWidget):
    open_response = Signal(int)
    # The new measure's id, after it was created from a proposal.
    measure_created = Signal(int)

    def __init__(
        self, workspace: Workspace, sections: SectionChoices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.sections = sections
        self.page: TargetPage | None = None
        self.ui = Ui_TargetPage()
        self.ui.setupUi(self)
        self.comments = CommentsPanel(workspace, self)
        self.ui.commentsLayout.addWidget(self.comments)
        self.comments.open_response.connect(self.open_response)
        self.comments.new_measure_requested.connect(self._new_measure)

    def show_page(self, page: TargetPage) -> None:
        same_list = self.page is not None and (self.page.level, self.page.section_id) == (
            page.level,
            page.section_id,
        )
        self.page = page
        self.ui.pathLabel.setText(" › ".join(page.path[:-1]))
        self.ui.titleLabel.setText(page.title)
        proposals = page.level is TargetLevel.NEW_MEASURE
        if proposals:
            hint = self.tr("Forslag til nye klimatiltag. Vælg et forslag og opret tiltaget.")
        elif page.section_level is not None:
            hint = self.tr("Bemærkninger til hele {0}.").format(term(page.section_level))
        else:
            hint = self.tr("Bemærkninger til klimapolitikken som helhed.")
        self.ui.hintLabel.setText(hint)
        self.comments.show_comments(
            page.comment_ids,
            page.comments,
            page.without_outcome,
            proposals=proposals,
            same_list=same_list,
        )

    def _new_measure(self, comment: CommentView) -> None:
        dialog = NewMeasureDialog(comment, self.sections(), self)
        if not dialog.exec():
            return
        new, why = dialog.values()
        consultation = self.workspace.consultation_id
        command = RevisionCommand(
            self.workspace,
            self.tr("Nyt klimatiltag"),
            lambda _version: revisions.add_measure(
                self.workspace.db.unit_of_work(), consultation, new, why=why
            ),
            None,
        )
        self.workspace.push(command)
        if command.revision is not None:
            self.measure_created.emit(command.revision.measure_id)


class NewMeasureDialog(QDialog):
    def __init__(
        self, comment: CommentView, sections: list[tuple[int, str]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.comment = comment
        self.setWindowTitle(self.tr("Nyt klimatiltag fra et forslag"))
        self.section = QComboBox(self)
        for section_id, label in sections:
            self.section.addItem(label, section_id)
        self.title = QLineEdit(self)
        self.goal = QPlainTextEdit(self)
        self.goal.setTabChangesFocus(True)
        self.reason = QLineEdit(self.tr("Forslag fra høringen"), self)
        proposal = QPlainTextEdit(f"{comment.source}: {comment.text}", self)
        proposal.setReadOnly(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Forslaget:"), proposal)
        form.addRow(self.tr("&Placering:"), self.section)
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("&Første delmål:"), self.goal)
        form.addRow(self.tr("&Begrundelse:"), self.reason)
        form.addRow(buttons)
        self.resize(720, 480)

    def values(self) -> tuple[NewMeasure, Why]:
        section: int | None = self.section.currentData()
        new = NewMeasure(section, self.title.text(), self.goal.toPlainText())
        return new, Why(self.reason.text(), [self.comment.id])
