"""The comments on a page with what an editor does to them: outcome, reply, standard
phrase, open the response, make a proposal into a new measure."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QInputDialog, QWidget

from hoering.domain.enums import Outcome
from hoering.domain.roles import Permission
from hoering.gui.commands import EditCommentsCommand, Workspace
from hoering.gui.comment_model import (
    COLUMN_ALSO,
    COLUMN_CHANNEL,
    COLUMN_OUTCOME,
    COLUMN_RECEIVED,
    COLUMN_REPLY,
    COLUMN_SOURCE,
    COLUMN_TEXT,
    OUTCOME_CHOICES,
    CommentTableModel,
    OutcomeDelegate,
)
from hoering.gui.generated.ui_comments_panel import Ui_CommentsPanel
from hoering.gui.history_dialog import ChangeHistoryDialog
from hoering.gui.labels import chosen, term
from hoering.gui.messages import show_error
from hoering.gui.phrase_dialogs import ApplyPhraseDialog
from hoering.services.comments import KEEP
from hoering.services.history import comment_history
from hoering.services.pages import CommentView

FIT_ROWS_LIMIT = 200


class CommentsPanel(QWidget):
    open_response = Signal(int)
    # A "proposal for a new measure" comment to turn into a measure.
    new_measure_requested = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui = Ui_CommentsPanel()
        self.ui.setupUi(self)
        self.model = CommentTableModel(self)
        self._setup_table()
        for outcome in OUTCOME_CHOICES:
            label = term(outcome) if outcome else self.tr("(intet udfald)")
            self.ui.outcomeBox.addItem(label, outcome)
        self.ui.outcomeBox.setCurrentIndex(1)
        self.ui.newMeasureButton.setVisible(False)
        self._connect()

    def _setup_table(self) -> None:
        table = self.ui.commentTable
        table.setModel(self.model)
        table.setItemDelegateForColumn(COLUMN_OUTCOME, OutcomeDelegate(table))
        header = table.horizontalHeader()
        for column in (COLUMN_SOURCE, COLUMN_CHANNEL, COLUMN_RECEIVED, COLUMN_ALSO, COLUMN_OUTCOME):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_REPLY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COLUMN_REPLY, 180)
        # Sizing to contents looks at this many rows, not at every comment of a measure.
        header.setResizeContentsPrecision(FIT_ROWS_LIMIT)
        # Wrapped text needs its rows measured again whenever a column changes width.
        header.sectionResized.connect(lambda *_args: self._fit_rows())
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setDefaultSectionSize(table.fontMetrics().lineSpacing() * 3 + 8)

    def _connect(self) -> None:
        ui = self.ui
        ui.setOutcomeButton.clicked.connect(
            lambda: self.set_outcome(chosen(ui.outcomeBox, Outcome))
        )
        ui.replyButton.clicked.connect(self.write_reply)
        ui.phraseButton.clicked.connect(self.apply_phrase)
        ui.openResponseButton.clicked.connect(self._open_response)
        ui.newMeasureButton.clicked.connect(self._new_measure)
        ui.commentTable.doubleClicked.connect(
            lambda index: self._open_response() if index.column() != COLUMN_OUTCOME else None
        )
        ui.commentTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.outcome_chosen.connect(self._outcome_chosen_in_table)
        # Alt+1 … Alt+4 set the outcomes in the order of the list; Alt+0 clears.
        for key, outcome in enumerate(OUTCOME_CHOICES):
            shortcut = QShortcut(QKeySequence(f"Alt+{key}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda outcome=outcome: self.set_outcome(outcome))
        table = ui.commentTable
        self.open_action = QAction(self.tr("Å&bn svaret"), table)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.triggered.connect(self._open_response)
        self.history_action = QAction(self.tr("Bemærkningens æ&ndringer …"), table)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.show_history)
        for action in (self.open_action, self.history_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            table.addAction(action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def show_comments(self, comments: tuple[CommentView, ...], *, proposals: bool = False) -> None:
        selected = {c.id for c in self.selected()}
        self.model.set_rows(comments, self.workspace.time_zone)
        self._fit_rows()
        self._reselect(selected)
        self.ui.newMeasureButton.setVisible(proposals)
        without = sum(1 for c in comments if c.outcome is None)
        self.ui.countLabel.setText(
            self.tr("{0} bemærkninger, {1} uden udfald").format(len(comments), without)
        )
        self._update_buttons()

    def _fit_rows(self) -> None:
        """Rows as high as their text, where that is quick: measuring is done row by
        row on the GUI thread, so a long list keeps three lines a row (the whole text
        is in the tooltip)."""
        if self.model.rowCount() <= FIT_ROWS_LIMIT:
            self.ui.commentTable.resizeRowsToContents()

    def selected(self) -> list[CommentView]:
        rows = sorted({i.row() for i in self.ui.commentTable.selectionModel().selectedRows()})
        return [self.model.comment(r) for r in rows]

    def select_comment(self, comment_id: int) -> None:
        self._reselect({comment_id})

    def _reselect(self, ids: set[int]) -> None:
        table = self.ui.commentTable
        table.clearSelection()
        for comment_id in ids:
            row = self.model.row_of(comment_id)
            if row is not None:
                table.selectRow(row)
                table.scrollTo(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        count = len(self.selected())
        assess = self.workspace.may(Permission.ASSESS)
        for button in (self.ui.setOutcomeButton, self.ui.phraseButton):
            button.setEnabled(assess and count > 0)
        single = count == 1
        self.ui.replyButton.setEnabled(assess and single)
        self.ui.openResponseButton.setEnabled(single and self.selected()[0].response_id is not None)
        self.ui.newMeasureButton.setEnabled(single and self.workspace.may(Permission.REVISE_PLAN))
        self.open_action.setEnabled(self.ui.openResponseButton.isEnabled())
        self.history_action.setEnabled(single)

    # -- edits ----------------------------------------------------------------

    def set_outcome(self, outcome: Outcome | None) -> None:
        comments = self.selected()
        if not comments:
            return
        label = term(outcome) if outcome else self.tr("intet udfald")
        text = self.tr("Udfald »{0}« for {1} bemærkning(er)").format(label, len(comments))
        self.workspace.push(EditCommentsCommand(self.workspace, text, comments, outcome=outcome))

    def _outcome_chosen_in_table(self, comment_id: int, outcome: Outcome | None) -> None:
        row = self.model.row_of(comment_id)
        if row is None:
            return
        comment = self.model.comment(row)
        label = term(outcome) if outcome else self.tr("intet udfald")
        text = self.tr("Udfald »{0}«").format(label)
        self.workspace.push(EditCommentsCommand(self.workspace, text, [comment], outcome=outcome))

    def write_reply(self) -> None:
        comments = self.selected()
        if len(comments) != 1:
            return
        comment = comments[0]
        reply, accepted = QInputDialog.getMultiLineText(
            self,
            self.tr("Svar på bemærkning"),
            self.tr("Administrationens svar til {0}:").format(comment.source),
            comment.reply or "",
        )
        if accepted and reply.strip() != (comment.reply or ""):
            self.workspace.push(
                EditCommentsCommand(self.workspace, self.tr("Svar skrevet"), [comment], reply=reply)
            )

    def apply_phrase(self) -> None:
        comments = self.selected()
        if not comments:
            return
        dialog = ApplyPhraseDialog(self.workspace, len(comments), self)
        if dialog.exec() and dialog.phrase is not None:
            outcome = dialog.outcome if dialog.set_outcome else KEEP
            text = self.tr("Standardtekst på {0} bemærkning(er)").format(len(comments))
            self.workspace.push(
                EditCommentsCommand(
                    self.workspace, text, comments, outcome=outcome, reply=dialog.phrase.text
                )
            )

    def _open_response(self) -> None:
        comments = self.selected()
        if len(comments) == 1 and comments[0].response_id is not None:
            self.open_response.emit(comments[0].response_id)

    def show_history(self) -> None:
        comments = self.selected()
        if len(comments) != 1:
            return
        comment, workspace = comments[0], self.workspace
        title = self.tr("bemærkning fra {0}").format(comment.source)
        workspace.tasks.read(
            lambda: comment_history(workspace.db.unit_of_work(write=False), comment.id),
            lambda entries: ChangeHistoryDialog(title, entries, workspace.time_zone, self).open(),
            lambda error: show_error(self, error),
        )

    def _new_measure(self) -> None:
        comments = self.selected()
        if len(comments) == 1:
            self.new_measure_requested.emit(comments[0])
