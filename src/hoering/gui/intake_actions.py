"""How responses come into the window: mail files and folders (chosen or dropped on
the window), SMS exports, and responses typed in by hand."""

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from hoering.domain.errors import FileFormatError
from hoering.exchange.sms_export import SmsPreview, preview_sms_export
from hoering.gui.commands import Workspace
from hoering.gui.entry_dialog import EntryDialog
from hoering.gui.import_dialogs import ImportDialog, ImportRun, SmsLayoutDialog
from hoering.gui.messages import show_error
from hoering.gui.tasks import TaskRunner
from hoering.services.imports import import_mail, import_sms
from hoering.services.intake import LoggedResponse, log_manual

# Files an SMS gateway exports; anything else dropped is taken as mail.
_SMS_SUFFIXES = (".csv", ".json", ".txt")
_MAIL_FILTER = "E-mails (*.eml *.msg *.mbox);;Alle filer (*)"
_SMS_FILTER = "SMS-eksport (*.csv *.json *.txt);;Alle filer (*)"


class IntakeActions(QObject):
    """The window's intake actions; the window shows the inbox when something arrived."""

    # An import has ended or a response was typed in: the inbox and the plan's counts change.
    arrived = Signal()
    # A response typed in by hand was stored: its id (the window opens it for splitting).
    logged = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        sms_keyword: Callable[[], str | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self._window = parent
        self._sms_keyword = sms_keyword
        self.import_dialog: ImportDialog | None = None
        self.enter = self._action(self.tr("&Registrér høringssvar …"), "Ctrl+Shift+R", self._enter)
        self.mail_files = self._action(self.tr("Importér &e-mails …"), "Ctrl+I", self._mail_files)
        self.mail_folder = self._action(self.tr("Importér e-mail-&mappe …"), "", self._mail_folder)
        self.sms = self._action(self.tr("Importér &SMS …"), "Ctrl+Shift+I", self._sms_file)

    @property
    def actions(self) -> list[QAction]:
        return [self.enter, self.mail_files, self.mail_folder, self.sms]

    def _action(self, text: str, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    # -- dropped files ------------------------------------------------------------

    @staticmethod
    def accepts(urls: Sequence[QUrl]) -> bool:
        return bool(urls) and all(url.isLocalFile() for url in urls)

    def drop(self, urls: Sequence[QUrl]) -> None:
        """Mail files, mailboxes and folders are imported as mail; an SMS export is
        checked in the layout dialog first."""
        paths = [Path(url.toLocalFile()) for url in urls]
        exports = [p for p in paths if p.is_file() and p.suffix.lower() in _SMS_SUFFIXES]
        mail = [p for p in paths if p not in exports]
        if mail:
            self.import_mail(mail)
        for export in exports:
            self.import_sms_file(export)

    # -- mail ---------------------------------------------------------------------

    def _mail_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self._window, self.tr("Importér e-mails"), "", _MAIL_FILTER
        )
        if names:
            self.import_mail([Path(name) for name in names])

    def _mail_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("Importér e-mail-mappe"))
        if folder:
            self.import_mail([Path(folder)])

    def import_mail(self, paths: list[Path]) -> None:
        consultation, units = self.workspace.consultation_id, self.workspace.db.unit_of_work
        if consultation:
            self._run(
                self.tr("Importér e-mails"),
                lambda progress, cancel: import_mail(
                    units, consultation, paths, progress=progress, cancel=cancel
                ),
            )

    # -- SMS ----------------------------------------------------------------------

    def _sms_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Importér SMS"), "", _SMS_FILTER
        )
        if name:
            self.import_sms_file(Path(name))

    def import_sms_file(self, path: Path) -> None:
        """Read and preview the export in the background (a gateway's file may hold
        100 000 messages), then let the user check the layout and import."""
        if not self.workspace.consultation_id:
            return

        def read() -> tuple[bytes, SmsPreview]:
            try:
                data = path.read_bytes()
            except OSError as error:
                unreadable = self.tr("Filen kan ikke læses: {0}").format(error)
                raise FileFormatError(unreadable) from error
            return data, preview_sms_export(data)  # FileFormatError: not an export

        self.tasks.read(
            read,
            lambda found: self._check_layout(path.name, *found),
            lambda error: show_error(self._window, error),
        )

    def _check_layout(self, filename: str, data: bytes, preview: SmsPreview) -> None:
        consultation, units = self.workspace.consultation_id, self.workspace.db.unit_of_work
        dialog = SmsLayoutDialog(
            data,
            filename,
            self._sms_keyword(),
            self.workspace.time_zone,
            self._window,
            preview=preview,
        )
        if not dialog.exec():
            return
        layout = dialog.layout_chosen()
        self._run(
            self.tr("Importér SMS"),
            lambda progress, cancel: import_sms(
                units,
                consultation,
                data,
                filename,
                layout=layout,
                progress=progress,
                cancel=cancel,
            ),
        )

    def _run(self, title: str, run: ImportRun) -> None:
        self.import_dialog = ImportDialog(self.tasks, title, self._window)
        self.import_dialog.imported.connect(lambda _summary: self.arrived.emit())
        self.import_dialog.start(run)

    # -- typed in -----------------------------------------------------------------

    def _enter(self) -> None:
        consultation = self.workspace.consultation_id
        if not consultation:
            return
        dialog = EntryDialog(self.workspace.time_zone, self._window)
        if not dialog.exec():
            return
        entry, db = dialog.entry(), self.workspace.db
        self.tasks.write(
            lambda: log_manual(db.unit_of_work(), consultation, entry),
            self._logged,
            lambda error: show_error(self._window, error),
        )

    def _logged(self, logged: LoggedResponse) -> None:
        self.arrived.emit()
        self.logged.emit(logged.id)
