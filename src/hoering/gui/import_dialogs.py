"""Importing many responses from the window: the SMS export's layout checked before
import, and every import run off the GUI thread with progress, cancel and a summary
that accounts for every message given."""

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hoering.domain.errors import HoeringError
from hoering.exchange.sms_export import (
    DATE_FORMATS,
    ISO_TIME,
    UNIX_TIME,
    ExportFormat,
    SmsField,
    SmsLayout,
    SmsPreview,
    preview_sms_export,
    sample_messages,
)
from hoering.gui.messages import error_text, plain_label
from hoering.gui.tasks import TaskRunner
from hoering.services.imports import CancelCheck, ImportProgress, ImportSummary, ProgressCallback
from hoering.services.incoming import sms_text

# At most this often the progress bar is moved (an import reports every message).
_PROGRESS_INTERVAL_S = 0.05

# Runs the import in a worker thread with a progress callback and a cancel check.
ImportRun = Callable[[ProgressCallback, CancelCheck], ImportSummary]


class _ProgressRelay(QObject):
    """Made in the GUI thread; a worker's emit is queued into it."""

    progressed = Signal(object)


class ImportDialog(QDialog):
    """Shows an import running and, at the end, what became of everything given."""

    # The import has ended (completed or cancelled): its summary.
    imported = Signal(object)

    def __init__(self, tasks: TaskRunner, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._tasks = tasks
        self._cancel = threading.Event()
        self._running = False
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._show_progress)
        self.bar = QProgressBar(self)
        self.current = plain_label("", self)
        self.summary = plain_label("", self)
        self.failures = QListWidget(self)
        self.failures.setAccessibleName(self.tr("Svar der ikke kunne indlæses"))
        self.failures.hide()
        self.button = QPushButton(self.tr("&Stop"), self)
        self.button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.bar, self.current, self.summary, self.failures):
            layout.addWidget(widget)
        layout.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignRight)
        self.resize(640, 260)

    def start(self, run: ImportRun) -> None:
        self._running = True
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.current.setText(self.tr("Læser …"))
        last = [0.0]

        def report(progress: ImportProgress) -> None:
            now = time.monotonic()
            if now - last[0] >= _PROGRESS_INTERVAL_S or progress.done == progress.total:
                last[0] = now
                self._relay.progressed.emit(progress)

        self._tasks.write(lambda: run(report, self._cancel.is_set), self._done, self._failed)
        self.open()

    def reject(self) -> None:
        """Esc or Stop while running stops the import after the message being written;
        once it has ended, it closes the dialog."""
        if self._running:
            self._cancel.set()
            self.button.setEnabled(False)
            self.current.setText(self.tr("Stopper … det allerede indlæste bliver gemt."))
            return
        super().reject()

    def _show_progress(self, progress: ImportProgress) -> None:
        if not self._running:
            return
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.done)
        self.current.setText(
            self.tr("{0} af {1}: {2}").format(progress.done, progress.total, progress.current)
        )

    def _done(self, summary: ImportSummary) -> None:
        self._ended()
        self.bar.setRange(0, max(summary.given, 1))
        self.bar.setValue(summary.given)
        self.current.setText(
            self.tr("Importen blev stoppet. Det indlæste er gemt; importér igen for at fortsætte.")
            if summary.cancelled
            else self.tr("Importen er færdig.")
        )
        self.summary.setText(self._summary_text(summary))
        for failure in summary.failed:
            self.failures.addItem(f"{failure.source}: {failure.reason}")
        self.failures.setVisible(bool(summary.failed))
        self.imported.emit(summary)

    def _failed(self, error: Exception) -> None:
        self._ended()
        self.current.setText(self.tr("Importen kunne ikke gennemføres."))
        self.summary.setText(error_text(error))

    def _ended(self) -> None:
        self._running = False
        self.button.setText(self.tr("&Luk"))
        self.button.setEnabled(True)

    def _summary_text(self, summary: ImportSummary) -> str:
        lines = [
            self.tr("Givet: {0}").format(summary.given),
            self.tr("Indlæst: {0} (heraf for sent: {1})").format(summary.imported, summary.late),
            self.tr("Fandtes i forvejen: {0}").format(summary.duplicates),
            self.tr("Lagt til side til afgørelse: {0}").format(summary.set_aside),
            self.tr("Kunne ikke læses: {0}").format(len(summary.failed)),
        ]
        if summary.failed:
            lines.append(self.tr("Originalerne er gemt i indbakken med status »kan ikke læses«."))
        if summary.campaigns:
            lines.append(self.tr("Kampagner: {0}").format(summary.campaigns))
        if summary.skipped_files:
            skipped = ", ".join(summary.skipped_files)
            lines.append(self.tr("Sprunget over (ikke e-mails): {0}").format(skipped))
        return "\n".join(lines)


# Every field of an export in the order the dialog shows them.
_FIELDS = (
    SmsField.SENDER,
    SmsField.TEXT,
    SmsField.RECEIVED,
    SmsField.ID,
    SmsField.RECEIVER,
    SmsField.PART_REFERENCE,
    SmsField.PART_NUMBER,
    SmsField.PART_TOTAL,
)
_ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "iso-8859-1", "utf-16")
_DELIMITERS = ((";", ";"), (",", ","), ("\t", "Tab"), ("|", "|"))
# Date formats are shown by an example: the deadline minute of the demo consultation.
_EXAMPLE = datetime(2023, 4, 30, 23, 59, 0)


class SmsLayoutDialog(QDialog):
    """The layout Høring found in an SMS export, for the user to check and correct,
    with the first messages as they will be imported."""

    def __init__(
        self,
        data: bytes,
        filename: str,
        keyword: str | None,
        time_zone: str,
        parent: QWidget,
        *,
        preview: SmsPreview | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importér SMS fra {0}").format(filename))
        self._data, self._keyword, self._zone = data, keyword, time_zone
        # The layout found, read beforehand (off the GUI thread) or now: FileFormatError.
        self.preview: SmsPreview = preview or preview_sms_export(data)
        self.encoding = _combo(self, [(e, e) for e in _ENCODINGS])
        self.delimiter = _combo(self, list(_DELIMITERS))
        self.date_format = _combo(self, self._date_choices())
        self.columns = {field: QComboBox(self) for field in _FIELDS}
        self.rows = QLabel(self)
        self.sample = QTableWidget(0, 4, self)
        self.sample.setHorizontalHeaderLabels(
            [self.tr("Afsender"), self.tr("Modtaget"), self.tr("Tekst"), self.tr("Bemærk")]
        )
        self.sample.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.sample.setAccessibleName(self.tr("De første beskeder"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Importér"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._show(self.preview)
        for box in (self.encoding, self.delimiter, self.date_format, *self.columns.values()):
            box.currentIndexChanged.connect(self._changed)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Tegnsæt:"), self.encoding)
        if self.preview.layout.format is ExportFormat.CSV:
            form.addRow(self.tr("&Skilletegn:"), self.delimiter)
        form.addRow(self.tr("&Datoformat:"), self.date_format)
        names = {
            SmsField.SENDER: self.tr("&Afsender:"),
            SmsField.TEXT: self.tr("Beske&d:"),
            SmsField.RECEIVED: self.tr("&Modtaget:"),
            SmsField.ID: self.tr("&Id:"),
            SmsField.RECEIVER: self.tr("Mod&tager:"),
            SmsField.PART_REFERENCE: self.tr("Lang SMS, &reference:"),
            SmsField.PART_NUMBER: self.tr("Lang SMS, &del nr.:"),
            SmsField.PART_TOTAL: self.tr("Lang SMS, &antal dele:"),
        }
        for field, box in self.columns.items():
            form.addRow(names[field], box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.rows)
        layout.addWidget(self.sample, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 640)

    def _date_choices(self) -> list[tuple[str | None, str]]:
        automatic: list[tuple[str | None, str]] = [(None, self.tr("(find selv)"))]
        return [
            *automatic,
            (ISO_TIME, self.tr("ISO 8601 (2023-04-30T23:59:00+02:00)")),
            (UNIX_TIME, self.tr("Unix-tid (sekunder)")),
            *((pattern, _EXAMPLE.strftime(pattern)) for pattern in DATE_FORMATS),
        ]

    def _show(self, preview: SmsPreview) -> None:
        layout = preview.layout
        for box, value in (
            (self.encoding, layout.encoding),
            (self.delimiter, layout.delimiter),
            (self.date_format, layout.date_format),
        ):
            _choose(box, value)
        for field, box in self.columns.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("(ingen)"), None)
            for heading in preview.headings:
                box.addItem(heading, heading)
            box.setCurrentIndex(max(box.findData(layout.columns.get(field)), 0))
            box.blockSignals(False)
        shown = self.tr("ca. {0}") if preview.rows_estimated else "{0}"
        count = shown.format(self.locale().toString(preview.rows))
        self.rows.setText(self.tr("Beskeder i filen: {0}").format(count))
        self._show_sample(preview)

    def _show_sample(self, preview: SmsPreview) -> None:
        messages = sample_messages(preview, self._zone)
        self.sample.setRowCount(len(messages))
        for row, message in enumerate(messages):
            text, problem = sms_text(message.text, self._keyword)
            received = (
                message.received_at.strftime("%d-%m-%Y %H:%M")
                if message.received_at
                else self.tr("(kan ikke læses: {0})").format(message.received_text)
            )
            for column, value in enumerate((message.sender, received, text, problem or "")):
                self.sample.setItem(row, column, QTableWidgetItem(value))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(messages))
        ok.setToolTip("" if messages else self.tr("Vælg kolonnerne med afsender og besked."))

    def layout_chosen(self) -> SmsLayout:
        columns = {
            field: box.currentData() for field, box in self.columns.items() if box.currentData()
        }
        return replace(
            self.preview.layout,
            encoding=self.encoding.currentData(),
            delimiter=self.delimiter.currentData()
            if self.preview.layout.format is ExportFormat.CSV
            else None,
            date_format=self.date_format.currentData(),
            columns=columns,
        )

    def _changed(self) -> None:
        try:
            preview = preview_sms_export(self._data, self.layout_chosen())
        except HoeringError as error:  # e.g. not readable in the chosen encoding
            self.rows.setText(error_text(error))
            self.sample.setRowCount(0)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        # Another delimiter or encoding gives other headings: drop columns no longer there.
        layout = preview.layout
        columns = {f: c for f, c in layout.columns.items() if c in preview.headings}
        self.preview = replace(preview, layout=replace(layout, columns=columns))
        self._show(self.preview)


def _combo(parent: QWidget, items: list[tuple[str | None, str]]) -> QComboBox:
    box = QComboBox(parent)
    for value, text in items:
        box.addItem(text, value)
    return box


def _choose(box: QComboBox, value: str | None) -> None:
    box.blockSignals(True)
    box.setCurrentIndex(max(box.findData(value), 0))
    box.blockSignals(False)
