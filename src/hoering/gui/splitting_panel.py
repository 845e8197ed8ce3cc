"""Splitting a text into comments: select a passage, tick its targets, press K.

Targets are suggested for the selected passage (or the whole text when nothing
is selected): measures it names by number first, then by title, then measures
whose words it shares. Explicit references come ticked. Any other target — a
measure, a theme, the policy, a proposal for a new measure — is added by typing
part of its number or name. Passages already made into comments are tinted.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSignalBlocker, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QCompleter, QListWidgetItem, QPlainTextEdit, QTextEdit, QWidget

from hoering.domain.suggestions import SuggestionReason
from hoering.gui.generated.ui_splitting_panel import Ui_SplittingPanel
from hoering.gui.labels import term
from hoering.gui.tasks import TaskRunner
from hoering.services.intake import TargetSpec
from hoering.services.splitting import TargetSuggestionView

# Waits this long after the selection changes before asking for suggestions.
SUGGEST_DELAY_MS = 250

TargetRole = Qt.ItemDataRole.UserRole + 1
# True for a target the user ticked or added: kept when the suggestions change.
ChosenRole = Qt.ItemDataRole.UserRole + 2

_COMMENTED = QColor("#e3f1df")

# Suggestions for a passage, read in a worker thread.
Suggest = Callable[[str], list[TargetSuggestionView]]


class SplittingPanel(QWidget):
    # The user asked for a comment: (text, targets).
    comment_requested = Signal(str, list)
    # The user asked for the whole text as one comment: (targets).
    whole_requested = Signal(list)
    suggestions_shown = Signal()

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SplittingPanel()
        self.ui.setupUi(self)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self._tasks = tasks
        self._suggest: Suggest | None = None
        self._choices: dict[str, TargetSpec] = {}
        self._completer = QCompleter(QStringListModel(self), self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.addTargetEdit.setCompleter(self._completer)
        self._timer = QTimer(self, singleShot=True, interval=SUGGEST_DELAY_MS)
        self._asked = ""
        self.make_action = QAction(self.tr("Lav bemærkning"), self)
        self.make_action.setShortcut(QKeySequence(Qt.Key.Key_K))
        self.make_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.make_action)
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        ui.bodyEdit.selectionChanged.connect(self._timer.start)
        self._timer.timeout.connect(self._ask_for_suggestions)
        ui.targetList.itemChanged.connect(self._ticked)
        self._completer.activated.connect(self._add_chosen)
        ui.addTargetEdit.returnPressed.connect(self._add_typed)
        self.make_action.triggered.connect(self._make_comment)
        ui.makeCommentButton.clicked.connect(self._make_comment)
        ui.wholeButton.clicked.connect(lambda: self.whole_requested.emit(self.chosen_targets()))

    # -- what the owner sets ------------------------------------------------------

    def set_suggest(self, suggest: Suggest) -> None:
        self._suggest = suggest

    def set_choices(self, choices: Sequence[tuple[TargetSpec, str]]) -> None:
        """Every target the user may add, as (target, label) in plan order."""
        self._choices = {label: spec for spec, label in choices}
        model = self._completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList([label for _, label in choices])

    def set_text(self, text: str, commented: Sequence[str] = (), *, same_text: bool) -> None:
        """Show a text; ``same_text`` keeps the scroll position (after a comment was made)."""
        body = self.ui.bodyEdit
        scroll = body.verticalScrollBar().value()
        if body.toPlainText() != text:
            body.setPlainText(text)
        else:
            cursor = body.textCursor()
            cursor.clearSelection()
            body.setTextCursor(cursor)
        if same_text:
            body.verticalScrollBar().setValue(scroll)
        self._tint(commented)
        self._ask_for_suggestions()

    def allow_whole(self, allowed: bool) -> None:
        self.ui.wholeButton.setVisible(allowed)

    def set_enabled(self, enabled: bool) -> None:
        """A response waiting for a decision cannot be split."""
        for widget in (
            self.ui.targetList,
            self.ui.addTargetEdit,
            self.ui.makeCommentButton,
            self.ui.wholeButton,
        ):
            widget.setEnabled(enabled)
        self.make_action.setEnabled(enabled)

    # -- what the owner reads -----------------------------------------------------

    def selected_text(self) -> str:
        return self.ui.bodyEdit.textCursor().selectedText().replace("\u2029", "\n").strip()

    def chosen_targets(self) -> list[TargetSpec]:
        targets = self.ui.targetList
        return [
            targets.item(i).data(TargetRole)
            for i in range(targets.count())
            if targets.item(i).checkState() is Qt.CheckState.Checked
        ]

    def clear_targets(self) -> None:
        """After a comment was made: the next passage starts with its own suggestions."""
        self.ui.targetList.clear()
        self._asked = ""

    # -- suggestions --------------------------------------------------------------

    def _ask_for_suggestions(self) -> None:
        text = self.selected_text() or self.ui.bodyEdit.toPlainText()
        if self._suggest is None or not text.strip() or text == self._asked:
            return
        self._asked = text
        suggest = self._suggest
        self._tasks.read(
            lambda: suggest(text),
            lambda found: self._show_suggestions(text, found),
            lambda _error: None,  # no suggestions: the user can still add targets by name
        )

    def _show_suggestions(self, text: str, suggestions: list[TargetSuggestionView]) -> None:
        if text != self._asked:
            return  # the selection has changed since; its own suggestions are on the way
        targets = self.ui.targetList
        with QSignalBlocker(targets):
            for row in reversed(range(targets.count())):
                if not targets.item(row).data(ChosenRole):
                    targets.takeItem(row)
            present = set(self.chosen_targets())
            for found in suggestions:
                if found.target not in present:
                    explicit = found.reason is SuggestionReason.REFERENCE
                    self._add_item(found.target, found.label, term(found.reason), checked=explicit)
        self.suggestions_shown.emit()

    def _add_item(self, target: TargetSpec, label: str, why: str, *, checked: bool) -> None:
        item = QListWidgetItem(f"{label}  ({why})" if why else label)
        item.setData(TargetRole, target)
        item.setData(ChosenRole, False)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.ui.targetList.addItem(item)

    def _ticked(self, item: QListWidgetItem) -> None:
        # Whatever the user touched stays when the selection (and the suggestions) change.
        item.setData(ChosenRole, True)

    def _add_typed(self) -> None:
        typed = self.ui.addTargetEdit.text().strip()
        if not typed:
            return
        # "38" means measure 38; otherwise the first target whose label contains the text.
        exact = [label for label in self._choices if label.startswith(f"{typed}. ")]
        matches = exact or [label for label in self._choices if typed.lower() in label.lower()]
        if matches:
            self._add_chosen(matches[0])

    def _add_chosen(self, label: str) -> None:
        target = self._choices.get(label)
        if target is None:
            return
        targets = self.ui.targetList
        for row in range(targets.count()):
            item = targets.item(row)
            if item.data(TargetRole) == target:
                item.setCheckState(Qt.CheckState.Checked)
                break
        else:
            with QSignalBlocker(targets):
                self._add_item(target, label, "", checked=True)
                targets.item(targets.count() - 1).setData(ChosenRole, True)
        # The completer fills the edit after this signal: clear it once it has.
        QTimer.singleShot(0, self.ui.addTargetEdit.clear)

    def _make_comment(self) -> None:
        self.comment_requested.emit(self.selected_text(), self.chosen_targets())

    # -- tinting ------------------------------------------------------------------

    def _tint(self, commented: Sequence[str]) -> None:
        body: QPlainTextEdit = self.ui.bodyEdit
        text = body.toPlainText()
        tint = QTextCharFormat()
        tint.setBackground(_COMMENTED)
        selections = []
        for passage in commented:
            start = text.find(passage.strip())
            if start < 0 or not passage.strip():
                continue
            cursor = QTextCursor(body.document())
            cursor.setPosition(_qt_position(text, start))
            end = _qt_position(text, start + len(passage.strip()))
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = tint
            selections.append(selection)
        body.setExtraSelections(selections)


def _qt_position(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units: characters beyond the BMP count twice."""
    return len(text[:index].encode("utf-16-le")) // 2
