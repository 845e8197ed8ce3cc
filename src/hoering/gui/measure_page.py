"""The measure page: sub-goals as consulted and revised, the comments, the assessment.

Every edit is stored as it is made, as an undoable command; the assessment is
stored when the editor pauses typing, leaves the field, or leaves the page.
"""

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from hoering.domain.enums import AssessmentCategory, MeasureStatus
from hoering.domain.roles import Permission
from hoering.domain.textdiff import Change, redline
from hoering.gui.commands import RevisionCommand, SaveAssessmentCommand, Workspace
from hoering.gui.comments_panel import CommentsPanel
from hoering.gui.conflict_dialog import ConflictDialog
from hoering.gui.generated.ui_measure_page import Ui_MeasurePage
from hoering.gui.labels import chosen, term
from hoering.gui.messages import show_error
from hoering.gui.phrase_dialogs import ApplyPhraseDialog
from hoering.gui.revision_dialogs import HistoryDialog, RevisionDialog
from hoering.services import assessments, revisions
from hoering.services.history import HistoryEntry, measure_history
from hoering.services.pages import MeasurePage, SubGoalView
from hoering.services.revisions import RevisionView

# Typing pauses longer than this store the assessment.
AUTOSAVE_MS = 800

_CATEGORIES: tuple[AssessmentCategory | None, ...] = (None, *AssessmentCategory)


class MeasurePageWidget(QWidget):
    open_response = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.page: MeasurePage | None = None
        self.ui = Ui_MeasurePage()
        self.ui.setupUi(self)
        self.comments = CommentsPanel(workspace, self)
        self.ui.commentsLayout.addWidget(self.comments)
        self.ui.pageSplitter.setStretchFactor(0, 1)
        self.ui.pageSplitter.setStretchFactor(1, 3)
        self.ui.pageSplitter.setStretchFactor(2, 1)
        for category in _CATEGORIES:
            text = term(category) if category else self.tr("(efter teksten)")
            self.ui.categoryBox.addItem(text, category)
        # The editor's own undo would compete with the window's: edits are commands.
        self.ui.assessmentEdit.setUndoRedoEnabled(False)
        self._saved_text = ""
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        self._autosave.timeout.connect(self.flush_assessment)
        ui.assessmentEdit.textChanged.connect(self._assessment_typed)
        ui.categoryBox.activated.connect(lambda _index: self.flush_assessment(force=True))
        ui.assessmentPhraseButton.clicked.connect(self._insert_phrase)
        ui.editGoalButton.clicked.connect(self._revise_goal)
        ui.addGoalButton.clicked.connect(self._add_goal)
        ui.removeGoalButton.clicked.connect(self._remove_goal)
        ui.retitleButton.clicked.connect(self._retitle)
        ui.dropButton.clicked.connect(self._drop_or_reinstate)
        ui.historyButton.clicked.connect(self._history)
        self.comments.open_response.connect(self.open_response)
        ui.assessmentEdit.installEventFilter(self)
        self.workspace.assessment_conflict.connect(self._resolve_conflict)

    # -- showing --------------------------------------------------------------

    def show_page(self, page: MeasurePage) -> None:
        same_measure = self.page is not None and self.page.id == page.id
        if not same_measure:
            self.flush_assessment()
        self.page = page
        ui = self.ui
        ui.pathLabel.setText(" › ".join(page.path))
        ui.titleLabel.setText(
            self.tr("Klimatiltag {0}").format(page.label or self.tr("(uden titel)"))
        )
        ui.statusLabel.setText(term(page.status))
        ui.goalsView.setHtml(self._goals_html(page.sub_goals))
        dropped = page.status is MeasureStatus.DROPPED
        ui.dropButton.setText(
            self.tr("&Genindsæt tiltag …") if dropped else self.tr("Tag tiltag ud af &planen …")
        )
        revise, assess = (
            self.workspace.may(Permission.REVISE_PLAN),
            self.workspace.may(Permission.ASSESS),
        )
        for button in (ui.addGoalButton, ui.retitleButton, ui.dropButton):
            button.setEnabled(revise)
        ui.editGoalButton.setEnabled(revise and bool(page.sub_goals))
        ui.removeGoalButton.setEnabled(revise and any(g.revised_text for g in page.sub_goals))
        ui.assessmentEdit.setReadOnly(not assess)
        ui.categoryBox.setEnabled(assess)
        ui.assessmentPhraseButton.setEnabled(assess)
        self.comments.show_comments(
            page.comment_ids,
            page.comments,
            page.without_outcome,
            besides_measure=page.id,
            same_list=same_measure,
        )
        self._show_assessment(page, keep_typing=same_measure)

    def _show_assessment(self, page: MeasurePage, *, keep_typing: bool) -> None:
        editor = self.ui.assessmentEdit
        typing = keep_typing and editor.toPlainText() != self._saved_text
        self._saved_text = page.assessment.text
        if not typing:  # never overwrite what the user is still writing
            editor.blockSignals(True)
            editor.setPlainText(page.assessment.text)
            editor.blockSignals(False)
        category = page.assessment.category if page.assessment.version else None
        self.ui.categoryBox.setCurrentIndex(_CATEGORIES.index(category))
        self.ui.saveStateLabel.setText(self.tr("Gemt") if page.assessment.version else "")

    def _goals_html(self, goals: tuple[SubGoalView, ...]) -> str:
        if not goals:
            return f"<p><i>{html.escape(self.tr('Klimatiltaget har ingen delmål.'))}</i></p>"
        blocks = []
        for number, goal in enumerate(goals, 1):
            pieces = []
            for piece in redline(goal.consulted_text, goal.revised_text):
                text = html.escape(piece.text).replace("\n", "<br>")
                if piece.change is Change.DELETED:
                    text = f'<s style="color:#b3261e">{text}</s>'
                elif piece.change is Change.ADDED:
                    text = f'<u style="color:#146c2e;background-color:#e6f4ea">{text}</u>'
                pieces.append(text)
            status = html.escape(term(goal.status))
            blocks.append(f"<p><b>{number}.</b> {''.join(pieces)} <i>({status})</i></p>")
        return "".join(blocks)

    # -- the assessment -------------------------------------------------------

    def _assessment_typed(self) -> None:
        self.ui.saveStateLabel.setText(self.tr("Ikke gemt endnu …"))
        self._autosave.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.assessmentEdit and event.type() == QEvent.Type.FocusOut:
            self.flush_assessment()
        return super().eventFilter(watched, event)

    def flush_assessment(self, *, force: bool = False) -> None:
        """Store the assessment now if it differs from what is stored."""
        self._autosave.stop()
        page = self.page
        if page is None:
            return
        text = self.ui.assessmentEdit.toPlainText()
        category = chosen(self.ui.categoryBox, AssessmentCategory)
        if text == self._saved_text and not force:
            return
        if force and text == page.assessment.text and category == page.assessment.category:
            return
        self._saved_text = text
        self.workspace.push(
            SaveAssessmentCommand(self.workspace, page.id, page.assessment, text, category)
        )

    def _resolve_conflict(
        self, measure_id: int, original: str, mine: str, category: AssessmentCategory | None
    ) -> None:
        # The signal comes from inside the undo stack's push: decide after it returns.
        QTimer.singleShot(0, lambda: self._decide(measure_id, original, mine, category))

    def _decide(
        self, measure_id: int, original: str, mine: str, category: AssessmentCategory | None
    ) -> None:
        """A colleague saved first: show theirs and mine, and store what the user decides."""
        theirs = assessments.get_assessment(
            self.workspace.db.unit_of_work(write=False), self.workspace.consultation_id, measure_id
        )
        dialog = ConflictDialog(
            original,
            theirs.text,
            mine,
            self.tr("En anden har gemt en ny vurdering af klimatiltaget, mens du skrev."),
            self,
        )
        if not dialog.exec():
            return
        result = dialog.result()
        if self.page is not None and self.page.id == measure_id:
            self.ui.assessmentEdit.setPlainText(result)
            self._saved_text = result
        self.workspace.push(
            SaveAssessmentCommand(self.workspace, measure_id, theirs, result, category)
        )

    def _insert_phrase(self) -> None:
        dialog = ApplyPhraseDialog(self.workspace, 0, self, for_comments=False)
        if dialog.exec() and dialog.phrase is not None:
            self.ui.assessmentEdit.insertPlainText(dialog.phrase.text)
            self.flush_assessment()

    # -- revisions ------------------------------------------------------------

    def _dialog(
        self,
        title: str,
        *,
        text: str | None = None,
        text_label: str = "",
        goals: tuple[SubGoalView, ...] = (),
    ) -> RevisionDialog | None:
        """Ask for the change; the comments selected on the page are the proposed motivation."""
        assert self.page is not None
        # The selected comments and those read with the page (all, unless very many).
        selected = self.comments.selected()
        listed = {c.id for c in self.page.comments}
        offered = (*(c for c in selected if c.id not in listed), *self.page.comments)
        dialog = RevisionDialog(
            title,
            offered,
            preselected={c.id for c in selected},
            text=text,
            text_label=text_label,
            goals=goals,
            parent=self,
        )
        return dialog if dialog.exec() else None

    def _push(
        self, text: str, perform: Callable[[int | None], RevisionView], version: int | None
    ) -> None:
        self.workspace.push(RevisionCommand(self.workspace, text, perform, version))

    def _revise_goal(self) -> None:
        page = self.page
        assert page is not None
        goals = tuple(g for g in page.sub_goals if g.revised_text is not None)
        if not goals:
            return
        dialog = self._dialog(
            self.tr("Revidér delmål"),
            text=goals[0].revised_text,
            text_label=self.tr("&Revideret tekst:"),
            goals=goals,
        )
        if dialog is None or dialog.goal is None:
            return
        goal, text, why = dialog.goal, dialog.new_text(), dialog.why()
        self._push(
            self.tr("Delmål revideret"),
            lambda version: revisions.revise_sub_goal(
                self.workspace.db.unit_of_work(), goal.id, text, expected_version=version, why=why
            ),
            goal.version,
        )

    def _add_goal(self) -> None:
        page = self.page
        assert page is not None
        dialog = self._dialog(self.tr("Nyt delmål"), text="", text_label=self.tr("&Delmål:"))
        if dialog is None:
            return
        text, why = dialog.new_text(), dialog.why()
        self._push(
            self.tr("Nyt delmål"),
            lambda _version: revisions.add_sub_goal(
                self.workspace.db.unit_of_work(), page.id, text, why=why
            ),
            None,
        )

    def _remove_goal(self) -> None:
        page = self.page
        assert page is not None
        goals = tuple(g for g in page.sub_goals if g.revised_text is not None)
        dialog = self._dialog(self.tr("Tag delmål ud"), goals=goals)
        if dialog is None or dialog.goal is None:
            return
        goal, why = dialog.goal, dialog.why()
        self._push(
            self.tr("Delmål taget ud"),
            lambda version: revisions.remove_sub_goal(
                self.workspace.db.unit_of_work(), goal.id, expected_version=version, why=why
            ),
            goal.version,
        )

    def _retitle(self) -> None:
        page = self.page
        assert page is not None
        dialog = self._dialog(
            self.tr("Ret titel"), text=page.title or "", text_label=self.tr("&Titel:")
        )
        if dialog is None:
            return
        title, why = dialog.new_text(), dialog.why()
        self._push(
            self.tr("Titel ændret"),
            lambda version: revisions.retitle_measure(
                self.workspace.db.unit_of_work(), page.id, title, expected_version=version, why=why
            ),
            page.version,
        )

    def _drop_or_reinstate(self) -> None:
        page = self.page
        assert page is not None
        dropped = page.status is MeasureStatus.DROPPED
        title = (
            self.tr("Genindsæt klimatiltag") if dropped else self.tr("Tag klimatiltag ud af planen")
        )
        dialog = self._dialog(title)
        if dialog is None:
            return
        why = dialog.why()
        change = revisions.reinstate_measure if dropped else revisions.drop_measure
        self._push(
            title,
            lambda version: change(
                self.workspace.db.unit_of_work(), page.id, expected_version=version, why=why
            ),
            page.version,
        )

    def _history(self) -> None:
        page = self.page
        assert page is not None
        workspace = self.workspace

        def read() -> tuple[tuple[RevisionView, ...], tuple[HistoryEntry, ...]]:
            db = workspace.db
            revised = revisions.history(db.unit_of_work(write=False), page.id)
            changes = measure_history(
                db.unit_of_work(write=False), workspace.consultation_id, page.id
            )
            return revised, changes

        def show(found: tuple[tuple[RevisionView, ...], tuple[HistoryEntry, ...]]) -> None:
            revised, changes = found
            HistoryDialog(page.label, revised, changes, workspace.time_zone, self).open()

        workspace.tasks.read(read, show, lambda error: show_error(self, error))
