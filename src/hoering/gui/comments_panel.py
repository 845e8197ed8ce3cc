"""The comments on a page with what an editor does to them: outcome, reply, standard
phrase, open the response, make a proposal into a new measure.

A long list is read a page at a time as it is scrolled (see comment_model); what
is done to selected comments not read yet reads them first.
"""

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
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
from hoering.services.pages import COMMENT_PAGE_SIZE, CommentView, read_comments

# Lists up to this long are read whole with their page and their rows fitted to the text.
FIT_ROWS_LIMIT = COMMENT_PAGE_SIZE
# A long list's narrow columns are fitted to this many rows (each row measured costs).
LONG_LIST_FIT_ROWS = 40
# Columns as wide as their contents.
_NARROW_COLUMNS = (COLUMN_SOURCE, COLUMN_CHANNEL, COLUMN_RECEIVED, COLUMN_ALSO, COLUMN_OUTCOME)


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
        # The measure whose page lists the comments (left out of "also").
        self._besides_measure: int | None = None
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
        header.setSectionResizeMode(COLUMN_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_REPLY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COLUMN_REPLY, 180)
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
        self.model.page_read.connect(self._update_buttons)
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

    def show_comments(
        self,
        ids: tuple[int, ...],
        first: tuple[CommentView, ...],
        without_outcome: int,
        *,
        besides_measure: int | None = None,
        proposals: bool = False,
        same_list: bool = False,
    ) -> None:
        """List the comments ``ids``; ``first`` are the views of the first of them.
        The same list shown again (after an edit) stays where it was scrolled to."""
        table = self.ui.commentTable
        selected = {self.model.comment_id(i.row()) for i in table.selectionModel().selectedRows()}
        scrolled = table.verticalScrollBar().value() if same_list else 0
        self._besides_measure = besides_measure
        self.model.set_listing(ids, first, self._read_page, self.workspace.time_zone)
        self._fit_columns()
        self._fit_rows()
        table.verticalScrollBar().setValue(scrolled)
        self._reselect(selected)
        self.ui.newMeasureButton.setVisible(proposals)
        self.ui.countLabel.setText(
            self.tr("{0} bemærkninger, {1} uden udfald").format(len(ids), without_outcome)
        )
        self._update_buttons()

    def _read_page(
        self,
        ids: tuple[int, ...],
        wanted: Callable[[], bool],
        deliver: Callable[[tuple[CommentView, ...] | None], None],
    ) -> None:
        workspace, besides = self.workspace, self._besides_measure
        consultation = workspace.consultation_id

        def read() -> tuple[CommentView, ...] | None:
            if not wanted():
                return None
            uow = workspace.db.unit_of_work(write=False)
            return read_comments(uow, consultation, ids, besides_measure=besides)

        workspace.tasks.read(read, deliver, lambda error: show_error(self, error))

    def _fit_columns(self) -> None:
        """Narrow columns as wide as their contents: kept so in a short list, fitted once
        to what is shown in a long one (kept so, they would be measured again on every
        page read while scrolling)."""
        table, header = self.ui.commentTable, self.ui.commentTable.horizontalHeader()
        short = self.model.rowCount() <= FIT_ROWS_LIMIT
        header.setResizeContentsPrecision(FIT_ROWS_LIMIT if short else LONG_LIST_FIT_ROWS)
        mode = (
            QHeaderView.ResizeMode.ResizeToContents if short else QHeaderView.ResizeMode.Interactive
        )
        for column in _NARROW_COLUMNS:
            header.setSectionResizeMode(column, mode)
            if not short:
                table.resizeColumnToContents(column)

    def _fit_rows(self) -> None:
        """Rows as high as their text, where that is quick: measuring is done row by
        row on the GUI thread, so a long list keeps three lines a row (the whole text
        is in the tooltip)."""
        if self.model.rowCount() <= FIT_ROWS_LIMIT:
            self.ui.commentTable.resizeRowsToContents()

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.ui.commentTable.selectionModel().selectedRows()})

    def selected(self) -> list[CommentView]:
        """The selected comments as stored now; those not read yet are read here."""
        rows = self._selected_rows()
        found = {r: self.model.comment(r) for r in rows}
        missing = [self.model.comment_id(r) for r, c in found.items() if c is None]
        read = {}
        if missing:
            uow = self.workspace.db.unit_of_work(write=False)
            views = read_comments(
                uow, self.workspace.consultation_id, missing, besides_measure=self._besides_measure
            )
            read = {c.id: c for c in views}
        comments = [found[r] or read.get(self.model.comment_id(r)) for r in rows]
        return [c for c in comments if c is not None]

    def select_comment(self, comment_id: int) -> None:
        self._reselect({comment_id})
        row = self.model.row_of(comment_id)
        if row is not None:
            self.ui.commentTable.scrollTo(self.model.index(row, 0))

    def _reselect(self, ids: set[int]) -> None:
        rows = QItemSelection()
        for row in self.model.rows_of(ids) if ids else ():
            rows.select(self.model.index(row, 0), self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag
        self.ui.commentTable.selectionModel().select(rows, flags.ClearAndSelect | flags.Rows)

    def _update_buttons(self) -> None:
        rows = self._selected_rows()
        assess = self.workspace.may(Permission.ASSESS)
        for button in (self.ui.setOutcomeButton, self.ui.phraseButton):
            button.setEnabled(assess and bool(rows))
        # The one selected comment, once read.
        single = self.model.comment(rows[0]) if len(rows) == 1 else None
        self.ui.replyButton.setEnabled(assess and len(rows) == 1)
        self.ui.openResponseButton.setEnabled(single is not None and single.response_id is not None)
        self.ui.newMeasureButton.setEnabled(
            single is not None and self.workspace.may(Permission.REVISE_PLAN)
        )
        self.open_action.setEnabled(self.ui.openResponseButton.isEnabled())
        self.history_action.setEnabled(len(rows) == 1)

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
        comment = None if row is None else self.model.comment(row)
        if comment is None:
            return
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
