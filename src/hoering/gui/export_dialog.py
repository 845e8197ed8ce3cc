"""Exporting the committee annex from the window: options, a preview of what it will
hold and what is unfinished, then the export with progress and cancel."""

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hoering.gui.messages import plain_label, show_error
from hoering.gui.tasks import TaskRunner
from hoering.services import packages
from hoering.services.annex import (
    AnnexExportResult,
    AnnexOptions,
    AnnexPreview,
    describe_preview,
    export_annex,
    preview_annex,
)
from hoering.services.dto import ConsultationSummary, RespondentSummary
from hoering.store.database import Database


class _Progress(QObject):
    """Carries the export's progress from its worker thread to the dialog."""

    changed = Signal(int, int)


class ExportDialog(QDialog):
    # The export is written (and, if chosen, registered as a package): its file.
    exported = Signal(object)

    def __init__(
        self,
        db: Database,
        consultation: ConsultationSummary,
        bodies: list[RespondentSummary],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.consultation = consultation
        self.tasks = TaskRunner(self)
        self.setWindowTitle(self.tr("Eksportér bilag"))
        self.committee = QComboBox(self)
        self.committee.addItem(self.tr("(ingen bestemt)"), None)
        for body in bodies:
            self.committee.addItem(f"{body.code} – {body.name}", body.code)
        self.changed_only = QCheckBox(self.tr("Kun klimatiltag, høringen har &ændret"), self)
        self.internal = QCheckBox(
            self.tr("&Intern udgave med kontaktoplysninger (må ikke offentliggøres)"), self
        )
        self.package = QCheckBox(self.tr("Registrér som &pakke til mødet den:"), self)
        self.meeting = QDateEdit(QDate.currentDate(), self)
        self.meeting.setCalendarPopup(True)
        self.meeting.setDisplayFormat("dd-MM-yyyy")
        self.preview_text = QPlainTextEdit(self)
        self.preview_text.setReadOnly(True)
        self.preview_text.setAccessibleName(self.tr("Hvad bilaget indeholder"))
        form = QFormLayout()
        form.addRow(self.tr("&Til udvalg:"), self.committee)
        form.addRow(self.changed_only)
        form.addRow(self.internal)
        form.addRow(self.package, self.meeting)
        self.export_button = QPushButton(self.tr("&Eksportér …"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(plain_label(self.tr("Bilaget kommer til at indeholde:"), self))
        layout.addWidget(self.preview_text, 1)
        layout.addWidget(buttons)
        self.export_button.clicked.connect(self.choose_file)
        for box in (self.changed_only, self.internal):
            box.toggled.connect(lambda _checked: self.refresh())
        self.committee.currentIndexChanged.connect(lambda _index: self.refresh())
        self.preview: AnnexPreview | None = None
        self.resize(760, 560)
        self.refresh()

    def options(self) -> AnnexOptions:
        return AnnexOptions(
            committee=self.committee.currentData(),
            changed_only=self.changed_only.isChecked(),
            internal=self.internal.isChecked(),
        )

    def refresh(self) -> None:
        options, consultation = self.options(), self.consultation.id
        self.tasks.read(
            lambda: preview_annex(self.db.unit_of_work(write=False), consultation, options),
            self._show_preview,
            lambda error: show_error(self, error),
        )

    def _show_preview(self, preview: AnnexPreview) -> None:
        self.preview = preview
        self.preview_text.setPlainText(describe_preview(preview))

    def choose_file(self) -> None:
        suggested = f"Bilag - {self.consultation.title}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Gem bilaget"), suggested, self.tr("Regneark (*.xlsx)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the annex to ``path`` off the GUI thread, with progress and cancel."""
        options, consultation = self.options(), self.consultation.id
        meeting = self.meeting.date()
        meeting_on = (
            date(meeting.year(), meeting.month(), meeting.day())
            if self.package.isChecked()
            else None
        )
        cancel = threading.Event()
        progress = _Progress(self)
        dialog = QProgressDialog(self.tr("Eksporterer bilaget …"), self.tr("Afbryd"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Eksportér bilag"))
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(cancel.set)

        def advance(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        progress.changed.connect(advance)

        def work() -> AnnexExportResult:
            result = export_annex(
                self.db.unit_of_work(),
                consultation,
                path,
                options,
                progress=progress.changed.emit,
                cancelled=cancel.is_set,
            )
            if meeting_on is not None:
                packages.register_package(
                    self.db.unit_of_work(),
                    consultation,
                    result.path.name,
                    result.path.read_bytes(),
                    meeting_on=meeting_on,
                    committee=options.committee,
                )
            return result

        def done(result: AnnexExportResult) -> None:
            dialog.reset()
            self.exported.emit(result.path)

        def failed(error: Exception) -> None:
            dialog.reset()
            show_error(self, error)

        self.tasks.write(work, done, failed)
