"""Small pieces every window uses: plain-text labels and messages."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from hoering.domain.errors import HoeringError


def plain_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A label that never interprets its text as HTML (texts come from citizens)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


def error_text(error: Exception) -> str:
    if isinstance(error, HoeringError):
        return error.message
    return QCoreApplication.translate("messages", "Der opstod en uventet fejl: {0}").format(error)


def show_error(parent: QWidget, error: Exception) -> None:
    """Tell the user what went wrong, as plain text, without blocking other windows."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("messages", "Høring"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(error_text(error))
    box.open()
