"""The respondent register: the bodies with the addresses and numbers that recognise
their responses, and merging two respondents that turn out to be the same."""

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hoering.domain.enums import ContactKind, RespondentKind
from hoering.domain.errors import HoeringError
from hoering.domain.roles import Permission
from hoering.gui.commands import Workspace
from hoering.gui.labels import term
from hoering.gui.messages import plain_label, show_error
from hoering.services.register import (
    CITIZEN_LIMIT,
    BodyChange,
    RegisterEntry,
    change_body,
    list_register,
    merge_respondents,
)

_BODY_KINDS = tuple(k for k in RespondentKind if k is not RespondentKind.CITIZEN)
# Contacts the form edits as lines; others (a name, a postal address) are kept as they are.
_RECOGNISING = (ContactKind.EMAIL, ContactKind.PHONE)
# Typing in the search reads the register once the user pauses.
_SEARCH_PAUSE_MS = 250


class RegisterDialog(QDialog):
    """List, edit and merge respondents. Emits ``changed`` after every saved change,
    so that the window can show the new names."""

    changed = Signal()
    # The register was read and shown (it is read in the background).
    listed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Afsenderregister"))
        self._db, self._tasks = workspace.db, workspace.tasks
        self._permissions = workspace.permissions
        self._entries: list[RegisterEntry] = []
        self._reading = 0  # the newest read; older answers are dropped
        self.citizens = QCheckBox(self.tr("Vis også &borgere"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Søg borger: navn, e-mail eller telefon"))
        self.search.setClearButtonEnabled(True)
        self.search.setEnabled(False)
        self.more = QLabel(self)
        self.table = self._make_table()
        self.code, self.name = QLineEdit(self), QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in _BODY_KINDS:
            self.kind.addItem(term(kind), kind)
        self.contacts = QPlainTextEdit(self)
        self.contacts.setPlaceholderText(
            self.tr("Én e-mail-adresse eller et telefonnummer pr. linje")
        )
        self.contacts.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.save = QPushButton(self.tr("&Gem ændringer"), self)
        self.merge = QPushButton(self.tr("&Slå sammen med …"), self)
        self._search_pause = QTimer(self, singleShot=True, interval=_SEARCH_PAUSE_MS)
        self._lay_out()
        self.citizens.toggled.connect(self.search.setEnabled)
        self.citizens.toggled.connect(self.reload)
        self.search.textChanged.connect(self._search_pause.start)
        self._search_pause.timeout.connect(self.reload)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.save.clicked.connect(self._save)
        self.merge.clicked.connect(self._merge)
        self.reload()

    def _make_table(self) -> QTableWidget:
        headings = [self.tr("Kode"), self.tr("Navn"), self.tr("Type"), self.tr("Kontakter")]
        table = QTableWidget(0, 6, self)
        table.setHorizontalHeaderLabels([*headings, self.tr("Svar"), self.tr("Bem.")])
        table.setAccessibleName(self.tr("Afsendere"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Kode:"), self.code)
        form.addRow(self.tr("&Navn:"), self.name)
        form.addRow(self.tr("&Type:"), self.kind)
        form.addRow(self.tr("K&ontakter:"), self.contacts)
        actions = QHBoxLayout()
        actions.addWidget(self.save)
        actions.addWidget(self.merge)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        shown = QHBoxLayout()
        shown.addWidget(self.citizens)
        shown.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(shown)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(860, 640)

    # -- showing ------------------------------------------------------------------

    def reload(self) -> None:
        """Read the register again, keeping the selected respondent selected."""
        self._show_register(self._selected_id())

    def _show_register(self, keep: int | None) -> None:
        self._search_pause.stop()
        self._reading += 1
        reading = self._reading
        citizens = self.search.text() if self.citizens.isChecked() else None
        self._tasks.read(
            # One more than shown tells whether more citizens match.
            lambda: list_register(
                self._db.unit_of_work(write=False), citizens=citizens, limit=CITIZEN_LIMIT + 1
            ),
            lambda entries: self._show_entries(entries, keep) if reading == self._reading else None,
            lambda error: show_error(self, error),
        )

    def _show_entries(self, entries: list[RegisterEntry], keep: int | None) -> None:
        citizens = sum(e.kind is RespondentKind.CITIZEN for e in entries)
        cut = citizens > CITIZEN_LIMIT
        self._entries = entries[:-1] if cut else entries
        self._tell_about_citizens(citizens)
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            for column, text in enumerate(_cells(entry)):
                item = QTableWidgetItem(text)
                if column >= 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        ids = [e.id for e in self._entries]
        self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._show_selected()
        self.listed.emit()

    def _tell_about_citizens(self, found: int) -> None:
        searched = self.search.text().strip()
        if found > CITIZEN_LIMIT:
            note = self.tr(
                "Viser de første %n borgere, der passer. Søg for at finde andre.", "", CITIZEN_LIMIT
            )
        elif self.citizens.isChecked() and searched and not found:
            note = self.tr("Ingen borgere passer til »{0}«.").format(searched)
        else:
            note = ""
        self.more.setText(note)
        self.more.setVisible(bool(note))

    def selected(self) -> RegisterEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self._entries[rows[0].row()] if rows else None

    def _selected_id(self) -> int | None:
        entry = self.selected() if self._entries else None
        return entry.id if entry else None

    def _show_selected(self) -> None:
        entry = self.selected()
        body = entry is not None and entry.kind is not RespondentKind.CITIZEN
        for widget in (self.code, self.name, self.kind, self.contacts, self.save):
            widget.setEnabled(body and Permission.MANAGE_RESPONDENTS in self._permissions)
        mergeable = entry is not None and len(self._entries) > 1
        self.merge.setEnabled(mergeable and Permission.INTAKE in self._permissions)
        self.code.setText(entry.code or "" if entry else "")
        self.name.setText(entry.name or "" if entry else "")
        self.kind.setCurrentIndex(max(self.kind.findData(entry.kind if entry else None), 0))
        lines = [value for kind, value in entry.contacts if kind in _RECOGNISING] if entry else []
        self.contacts.setPlainText("\n".join(lines))

    # -- changing -------------------------------------------------------------------

    def _save(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        kept = [(kind, value) for kind, value in entry.contacts if kind not in _RECOGNISING]
        typed = [_contact(line) for line in self.contacts.toPlainText().splitlines()]
        change = BodyChange(
            self.code.text(),
            self.name.text(),
            self.kind.currentData(),
            (*kept, *(c for c in typed if c[1])),
        )
        self._store(
            lambda: change_body(
                self._db.unit_of_work(), entry.id, change, expected_version=entry.version
            ),
            entry.id,
        )

    def _merge(self) -> None:
        kept = self.selected()
        if kept is None:
            return
        dialog = MergeDialog(kept, [e for e in self._entries if e.id != kept.id], self)
        if not dialog.exec():
            return
        merged = dialog.merged()
        self._store(
            lambda: merge_respondents(
                self._db.unit_of_work(),
                kept.id,
                merged.id,
                expected_versions=(kept.version, merged.version),
            ),
            kept.id,
        )

    def _store(self, work: Callable[[], object], keep: int) -> None:
        """Save, then show the register as it now is (also after a refusal: a
        colleague's change is then shown)."""
        try:
            work()
        except HoeringError as error:
            show_error(self, error)
        else:
            self.changed.emit()
        self._show_register(keep)


class MergeDialog(QDialog):
    """Choose the respondent that is the same as the kept one, and see what happens."""

    def __init__(self, kept: RegisterEntry, others: list[RegisterEntry], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Slå afsendere sammen"))
        self._others = others
        self.other = QComboBox(self)
        for entry in others:
            self.other.addItem(_label(entry), entry.id)
        explanation = plain_label(
            self.tr(
                "Svarene, bemærkningerne og kontakterne flyttes til {0}, og den valgte "
                "afsender slettes."
            ).format(_label(kept)),
            self,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Slå sammen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Samme afsender som {0}:").format(_label(kept)), self.other)
        form.addRow(explanation)
        form.addRow(buttons)

    def merged(self) -> RegisterEntry:
        return self._others[self.other.currentIndex()]


def _cells(entry: RegisterEntry) -> tuple[str, ...]:
    return (
        entry.code or "",
        entry.name or _citizen_name(entry),
        term(entry.kind),
        ", ".join(v for k, v in entry.contacts if k is not ContactKind.NAME),
        str(entry.responses),
        str(entry.comments),
    )


def _contact(line: str) -> tuple[ContactKind, str]:
    value = line.strip()
    return (ContactKind.EMAIL if "@" in value else ContactKind.PHONE), value


def _citizen_name(entry: RegisterEntry) -> str:
    names = [value for kind, value in entry.contacts if kind is ContactKind.NAME]
    return names[0] if names else ""


def _label(entry: RegisterEntry) -> str:
    if entry.code:
        return f"{entry.code} – {entry.name}" if entry.name else entry.code
    contact = next((value for _, value in entry.contacts), "")
    name = _citizen_name(entry)
    return f"{name} <{contact}>" if name and contact != name else contact or term(entry.kind)
