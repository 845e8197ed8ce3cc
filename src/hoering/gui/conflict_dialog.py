"""When a colleague saved the same assessment first: theirs, mine and the original side
by side, with a three-way merge offered — never a silent overwrite."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from hoering.domain.merge import merge_texts
from hoering.gui.messages import plain_label


def _read_only(text: str, name: str, parent: QWidget) -> QPlainTextEdit:
    view = QPlainTextEdit(text, parent)
    view.setReadOnly(True)
    view.setAccessibleName(name)
    return view


class ConflictDialog(QDialog):
    def __init__(
        self,
        original: str,
        theirs: str,
        mine: str,
        colleague_saved: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("En anden har gemt først"))
        self.theirs, self.mine = theirs, mine
        self.merged = merge_texts(original, mine, theirs)
        proposal = mine if self.merged.text is None else self.merged.text
        self.result_edit = QPlainTextEdit(proposal, self)
        self.result_edit.setAccessibleName(self.tr("Resultat"))
        layout = QGridLayout(self)
        layout.addWidget(plain_label(colleague_saved, self), 0, 0, 1, 3)
        for column, (title, text) in enumerate(
            (
                (self.tr("Før (det I begge tog udgangspunkt i)"), original),
                (self.tr("Deres (gemt)"), theirs),
                (self.tr("Min (ikke gemt)"), mine),
            )
        ):
            layout.addWidget(plain_label(title, self), 1, column)
            layout.addWidget(_read_only(text, title, self), 2, column)
        merge_note = (
            self.tr("De to ændringer kan flettes; resultatet herunder er flettet.")
            if self.merged.clean
            else self.tr("Ændringerne rører ved de samme ord og kan ikke flettes automatisk.")
        )
        layout.addWidget(plain_label(merge_note, self), 3, 0, 1, 3)
        layout.addWidget(plain_label(self.tr("Resultat, som gemmes:"), self), 4, 0, 1, 3)
        layout.addWidget(self.result_edit, 5, 0, 1, 3)
        buttons = QDialogButtonBox(self)
        for text, value in (
            (self.tr("&Flet"), self.merged.text),
            (self.tr("Brug &deres"), theirs),
            (self.tr("Brug &min"), mine),
        ):
            button = QPushButton(text, self)
            button.setEnabled(value is not None)
            button.clicked.connect(
                lambda _checked=False, v=value: self.result_edit.setPlainText(v or "")
            )
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Save)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons, 6, 0, 1, 3)
        self.resize(1000, 560)

    def result(self) -> str:  # type: ignore[override]
        return self.result_edit.toPlainText()
