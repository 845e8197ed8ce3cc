"""Standard phrases: choose one to apply, and keep the shared list."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hoering.domain.enums import Outcome
from hoering.domain.errors import HoeringError
from hoering.gui.commands import Workspace
from hoering.gui.labels import chosen, term
from hoering.gui.messages import plain_label, show_error
from hoering.services import phrases
from hoering.services.phrases import PhraseView

_OUTCOMES: tuple[Outcome | None, ...] = (None, *Outcome)


def _outcome_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    for outcome in _OUTCOMES:
        none = QCoreApplication.translate("phrases", "(intet udfald)")
        box.addItem(term(outcome) if outcome else none, outcome)
    return box


def _phrase_list(workspace: Workspace, parent: QWidget) -> QListWidget:
    widget = QListWidget(parent)
    widget.setAccessibleName(QCoreApplication.translate("phrases", "Standardtekster"))
    fill_phrase_list(widget, workspace)
    return widget


def fill_phrase_list(widget: QListWidget, workspace: Workspace) -> None:
    widget.clear()
    for phrase in phrases.list_phrases(workspace.db.unit_of_work(write=False)):
        item = QListWidgetItem(f"{phrase.title} — {phrase.text}")
        item.setData(Qt.ItemDataRole.UserRole, phrase)
        item.setToolTip(phrase.text)
        widget.addItem(item)
    if widget.count():
        widget.setCurrentRow(0)


class ApplyPhraseDialog(QDialog):
    """Choose a standard phrase (and an outcome) for the selected comments; with
    ``for_comments=False`` only the phrase, to insert into an assessment."""

    def __init__(
        self,
        workspace: Workspace,
        count: int,
        parent: QWidget | None = None,
        *,
        for_comments: bool = True,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Vælg standardtekst"))
        self.phrases = _phrase_list(workspace, self)
        self.outcome_box = _outcome_box(self)
        self.outcome_check = QCheckBox(self.tr("Sæt også &udfald:"), self)
        self.outcome_check.setChecked(True)
        manage = QPushButton(self.tr("&Redigér standardtekster …"), self)
        manage.clicked.connect(self._manage)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if for_comments:
            layout.addWidget(
                plain_label(self.tr("Teksten bliver svar på {0} bemærkning(er).").format(count))
            )
        layout.addWidget(self.phrases)
        row = QHBoxLayout()
        row.addWidget(self.outcome_check)
        row.addWidget(self.outcome_box, 1)
        if for_comments:
            layout.addLayout(row)
        else:
            self.outcome_check.setChecked(False)
        layout.addWidget(manage)
        layout.addWidget(buttons)
        self.phrases.currentItemChanged.connect(self._phrase_chosen)
        self.phrases.itemActivated.connect(lambda _item: self.accept())
        self._phrase_chosen()
        self.resize(640, 420)

    @property
    def phrase(self) -> PhraseView | None:
        item = self.phrases.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    @property
    def set_outcome(self) -> bool:
        return self.outcome_check.isChecked()

    @property
    def outcome(self) -> Outcome | None:
        return chosen(self.outcome_box, Outcome)

    def _phrase_chosen(self) -> None:
        phrase = self.phrase
        if phrase is not None:
            self.outcome_box.setCurrentIndex(_OUTCOMES.index(phrase.outcome))

    def _manage(self) -> None:
        PhrasesDialog(self.workspace, self).exec()
        fill_phrase_list(self.phrases, self.workspace)


class PhrasesDialog(QDialog):
    """The team's standard phrases: add, change, delete."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Standardtekster"))
        self.phrases = _phrase_list(workspace, self)
        add = QPushButton(self.tr("&Ny …"), self)
        edit = QPushButton(self.tr("&Ret …"), self)
        delete = QPushButton(self.tr("&Slet"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        add.clicked.connect(lambda: self._edit(None))
        edit.clicked.connect(lambda: self._edit(self._current()))
        delete.clicked.connect(self._delete)
        close.rejected.connect(self.reject)
        self.phrases.itemActivated.connect(lambda _item: self._edit(self._current()))
        buttons = QHBoxLayout()
        for button in (add, edit, delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phrases)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(640, 420)

    def _current(self) -> PhraseView | None:
        item = self.phrases.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _edit(self, phrase: PhraseView | None) -> None:
        dialog = PhraseEditor(phrase, self)
        if not dialog.exec():
            return
        title, text, outcome = dialog.values()
        try:
            if phrase is None:
                phrases.add_phrase(self.workspace.db.unit_of_work(), title, text, outcome)
            else:
                phrases.update_phrase(
                    self.workspace.db.unit_of_work(),
                    phrase.id,
                    title,
                    text,
                    outcome,
                    expected_version=phrase.version,
                )
        except HoeringError as error:
            show_error(self, error)
        fill_phrase_list(self.phrases, self.workspace)

    def _delete(self) -> None:
        phrase = self._current()
        if phrase is None:
            return
        try:
            phrases.delete_phrase(
                self.workspace.db.unit_of_work(), phrase.id, expected_version=phrase.version
            )
        except HoeringError as error:
            show_error(self, error)
        fill_phrase_list(self.phrases, self.workspace)


class PhraseEditor(QDialog):
    def __init__(self, phrase: PhraseView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Standardtekst"))
        self.title = QLineEdit(phrase.title if phrase else "", self)
        self.text = QPlainTextEdit(self)
        self.text.setPlainText(phrase.text if phrase else "")
        self.text.setTabChangesFocus(True)
        self.outcome = _outcome_box(self)
        self.outcome.setCurrentIndex(_OUTCOMES.index(phrase.outcome if phrase else None))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("Te&kst:"), self.text)
        form.addRow(self.tr("&Udfald:"), self.outcome)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, Outcome | None]:
        return self.title.text(), self.text.toPlainText(), chosen(self.outcome, Outcome)
