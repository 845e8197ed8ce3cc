"""Logging a response by hand: a letter, meeting notes, a phone call or pasted text."""

from datetime import UTC, datetime

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from hoering.domain.enums import Channel
from hoering.gui.labels import chosen, term
from hoering.gui.times import moment_of, time_edit
from hoering.services.intake import ManualEntry

_CHANNELS = (Channel.LETTER, Channel.MEETING, Channel.OTHER, Channel.EMAIL, Channel.SMS)


class EntryDialog(QDialog):
    """Every field is reached with Tab; Ctrl+Enter saves."""

    def __init__(self, time_zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = time_zone
        self.setWindowTitle(self.tr("Registrér høringssvar"))
        self.channel = QComboBox(self)
        for channel in _CHANNELS:
            self.channel.addItem(term(channel), channel)
        self.received = time_edit(datetime.now(UTC), time_zone)
        self.sender_name = QLineEdit(self)
        self.sender_address = QLineEdit(self)
        self.sender_address.setPlaceholderText(self.tr("e-mail, telefon eller postadresse"))
        self.subject = QLineEdit(self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Høringssvarets tekst"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.accept)
        form = QFormLayout(self)
        form.addRow(self.tr("&Kanal:"), self.channel)
        form.addRow(self.tr("&Modtaget:"), self.received)
        form.addRow(self.tr("&Afsender:"), self.sender_name)
        form.addRow(self.tr("A&dresse:"), self.sender_address)
        form.addRow(self.tr("&Emne:"), self.subject)
        form.addRow(self.tr("&Tekst:"), self.text)
        form.addRow(buttons)
        self.resize(640, 480)

    def entry(self) -> ManualEntry:
        received = moment_of(self.received, self._zone)
        channel = chosen(self.channel, Channel) or Channel.LETTER
        return ManualEntry(
            channel=channel,
            received_at=received,
            text=self.text.toPlainText(),
            sender_name=self.sender_name.text().strip() or None,
            sender_address=self.sender_address.text().strip() or None,
            subject=self.subject.text().strip() or None,
        )
