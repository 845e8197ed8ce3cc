"""Asking before something that cannot be undone (removing a user, purging personal data)."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Ask with a button named after the action (``action``, e.g. "&Slet"); Cancel is the
    default, so Enter does not erase anything. The text is shown as plain text: it may
    hold a name a citizen gave."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        QCoreApplication.translate("confirm", "&Annullér"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go
