"""Personal data under control, for an administrator: the consultation's retention date
and purging its personal data after it, erasing one person's on request, and the
register of exported files."""

from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hoering.domain.errors import HoeringError
from hoering.domain.labels import QT_TRANSLATE_NOOP
from hoering.gui.confirm import confirm
from hoering.gui.messages import plain_label, show_error
from hoering.gui.tasks import TaskRunner
from hoering.services import consultations, erasure
from hoering.services.dto import ConsultationSummary
from hoering.services.erasure import PersonSummary, PurgeReport
from hoering.services.exports import KIND_LABEL, ExportView, list_exports
from hoering.store.database import Database

# A purge or an erasure, run in a worker thread, and what to do with its report.
Work = Callable[[], PurgeReport]
Done = Callable[[PurgeReport], None]

_REPORT_LINES = {
    "people": QT_TRANSLATE_NOOP(
        "personal_data", "{0} personer har fået slettet deres kontaktoplysninger"
    ),
    "contacts": QT_TRANSLATE_NOOP("personal_data", "{0} kontaktoplysninger er slettet"),
    "responses": QT_TRANSLATE_NOOP(
        "personal_data", "{0} høringssvar er renset for afsender, original og bilag"
    ),
    "comments": QT_TRANSLATE_NOOP("personal_data", "{0} bemærkninger er anonymiseret"),
    "files_removed": QT_TRANSLATE_NOOP("personal_data", "{0} gemte filer er slettet"),
    "files_kept": QT_TRANSLATE_NOOP(
        "personal_data", "{0} filer rummer også andres beskeder (fx en SMS-eksport) og er bevaret"
    ),
    "audit_entries": QT_TRANSLATE_NOOP("personal_data", "{0} poster i ændringsloggen er renset"),
    "annex_snapshots": QT_TRANSLATE_NOOP(
        "personal_data", "{0} øjebliksbilleder af eksporterede bilag er renset"
    ),
    "assessments": QT_TRANSLATE_NOOP(
        "personal_data", "{0} vurderinger nævnte personerne og er renset"
    ),
    "exports": QT_TRANSLATE_NOOP(
        "personal_data", "{0} registrerede eksporter nævnte personerne i filnavn eller beskrivelse"
    ),
    "texts": QT_TRANSLATE_NOOP(
        "personal_data",
        "{0} kampagnetekster, andres bemærkninger og svar nævnte personerne og er renset",
    ),
}


def describe_report(heading: str, report: PurgeReport) -> str:
    """The heading, then a line per kind of thing purged."""
    lines = [heading]
    for key, count in asdict(report).items():
        if count:
            lines.append(
                "  " + QCoreApplication.translate("personal_data", _REPORT_LINES[key]).format(count)
            )
    if len(lines) == 1:
        lines.append("  " + QCoreApplication.translate("personal_data", "Der var intet at slette."))
    return "\n".join(lines)


class PersonalDataDialog(QDialog):
    """Retention and purging of a consultation's personal data, erasure of one person's,
    and the export register. Emits ``purged`` and ``erased`` with the PurgeReport when
    done (the window should then read what it shows again)."""

    purged = Signal(object)
    erased = Signal(object)

    def __init__(self, db: Database, consultation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Personoplysninger"))
        self._db = db
        self._consultation_id = consultation_id
        self._consultation: ConsultationSummary | None = None
        self._tasks = TaskRunner(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._retention_tab(), self.tr("&Opbevaring"))
        self.tabs.addTab(self._person_tab(), self.tr("Slet én &person"))
        self.tabs.addTab(self._register_tab(), self.tr("&Eksportregister"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Hvad der blev slettet"))
        self.report.setPlaceholderText(self.tr("Her står bagefter, hvad der blev slettet."))
        self.report.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.report)
        layout.addWidget(self.close_buttons)
        self.resize(900, 620)
        self._show_consultation()
        self.show_exports()

    # -- retention and purging ----------------------------------------------------------

    def _retention_tab(self) -> QWidget:
        tab = QWidget(self)
        self.status = plain_label("", tab)
        self.retention = QDateEdit(tab)
        self.retention.setCalendarPopup(True)
        self.retention.setDisplayFormat("dd-MM-yyyy")
        self.save_retention = QPushButton(self.tr("&Gem frist"), tab)
        self.purge = QPushButton(self.tr("Slet &høringens personoplysninger …"), tab)
        explanation = plain_label(
            self.tr(
                "Efter opbevaringsfristen slettes høringens personoplysninger fra Hørings "
                "arbejdskopi: borgernes kontaktoplysninger, afsendere, de originale beskeder og "
                "bilag, og personoplysninger i tekster, bilag og ændringslog. Bemærkningerne "
                "bliver stående, anonymiseret, så høringsnotatet stadig hænger sammen."
            ),
            tab,
        )
        row = QHBoxLayout()
        row.addWidget(self.retention)
        row.addWidget(self.save_retention)
        row.addStretch(1)
        form = QFormLayout(tab)
        form.addRow(self.status)
        form.addRow(_buddy_label(self.tr("Opbevares &til og med:"), self.retention), row)
        form.addRow(explanation)
        purging = QHBoxLayout()
        purging.addWidget(self.purge)
        purging.addStretch(1)
        form.addRow(purging)
        self.save_retention.clicked.connect(self.set_retention)
        self.purge.clicked.connect(self.purge_consultation)
        return tab

    def _show_consultation(self) -> None:
        found = consultations.find_consultation(
            self._db.unit_of_work(write=False), str(self._consultation_id)
        )
        self._consultation = found
        until = found.retention_until
        if found.personal_data_purged:
            text = self.tr("Personoplysningerne i »{0}« er slettet.").format(found.title)
        elif until is None:
            text = self.tr("»{0}« har endnu ingen opbevaringsfrist.").format(found.title)
        else:
            text = self.tr("Personoplysningerne i »{0}« opbevares til og med {1}.").format(
                found.title, f"{until:%d-%m-%Y}"
            )
        self.status.setText(text)
        shown = until or found.closes_on
        self.retention.setMinimumDate(_qdate(found.closes_on))
        self.retention.setDate(_qdate(shown))

    def set_retention(self) -> None:
        seen = self._consultation
        if seen is None:
            return
        day = self.retention.date()
        try:
            consultations.set_retention(
                self._db.unit_of_work(),
                seen.id,
                date(day.year(), day.month(), day.day()),
                expected_version=seen.version,
            )
        except HoeringError as error:
            show_error(self, error)
        self._show_consultation()

    def purge_consultation(self) -> None:
        """Ask, then purge the consultation's personal data off the GUI thread."""
        seen = self._consultation
        if seen is None:
            return
        question = self.tr(
            "Slet personoplysningerne i »{0}«? Borgernes kontaktoplysninger, afsendere, "
            "originale beskeder og bilag slettes, og personoplysninger fjernes fra tekster, "
            "bilag og ændringslog. Bemærkningerne bliver stående, anonymiseret. Det kan ikke "
            "fortrydes."
        ).format(seen.title)
        if not confirm(self, self.tr("Slet personoplysninger"), question, self.tr("&Slet")):
            return
        heading = self.tr("Personoplysningerne i »{0}« er slettet:").format(seen.title)

        def done(report: PurgeReport) -> None:
            self.report.setPlainText(describe_report(heading, report))
            self._show_consultation()
            self.show_exports()
            self.purged.emit(report)

        self._run(lambda: erasure.purge_personal_data(self._db.unit_of_work(), seen.id), done)

    # -- one person ---------------------------------------------------------------------

    def _person_tab(self) -> QWidget:
        tab = QWidget(self)
        self.search = QLineEdit(tab)
        self.search.setPlaceholderText(self.tr("fx ida@example.org, 20 12 34 56 eller Ida Jensen"))
        self.find_button = QPushButton(self.tr("&Find"), tab)
        self.people = QListWidget(tab)
        self.people.setAccessibleName(self.tr("Fundne personer"))
        self.found_status = plain_label("", tab)
        self.reason = QLineEdit(tab)
        self.reason.setPlaceholderText(self.tr("fx journalnummeret; ikke personens navn"))
        self.erase = QPushButton(self.tr("&Slet personens oplysninger …"), tab)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.find_button)
        form = QFormLayout(tab)
        form.addRow(_buddy_label(self.tr("E-mail, telefon eller &navn:"), self.search), row)
        form.addRow(self.found_status)
        form.addRow(self.people)
        form.addRow(self.tr("&Begrundelse:"), self.reason)
        erasing = QHBoxLayout()
        erasing.addWidget(self.erase)
        erasing.addStretch(1)
        form.addRow(erasing)
        self.search.returnPressed.connect(self.find_people)
        self.find_button.clicked.connect(self.find_people)
        self.people.currentItemChanged.connect(lambda *_: self._person_chosen())
        self.erase.clicked.connect(self.erase_person)
        self.erase.setEnabled(False)
        return tab

    def find_people(self) -> None:
        """The people registered with the address or number typed, or whose name holds
        the text typed."""
        text = self.search.text().strip()
        self.people.clear()
        if not text:
            return
        try:
            found = self._people_matching(text)
        except HoeringError as error:
            show_error(self, error)
            return
        for person in found:
            text = _person_text(person)
            item = QListWidgetItem(text[:1].upper() + text[1:])
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.people.addItem(item)
        self.found_status.setText(
            self.tr("Fandt {0} person(er).").format(len(found))
            if found
            else self.tr("Der er ingen afsender med de oplysninger.")
        )
        if found:
            self.people.setCurrentRow(0)

    def _people_matching(self, text: str) -> list[PersonSummary]:
        return erasure.find_people(self._db.unit_of_work(write=False), text)

    def chosen_person(self) -> PersonSummary | None:
        item = self.people.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _person_chosen(self) -> None:
        person = self.chosen_person()
        self.erase.setEnabled(person is not None and not person.erased)
        if self.shown_exports.currentIndex() == 1:
            self.show_exports()

    def erase_person(self) -> None:
        """Ask, then erase the chosen person's personal data off the GUI thread."""
        person = self.chosen_person()
        if person is None:
            return
        question = self.tr(
            "Slet personoplysningerne om {0}? Kontaktoplysninger, afsenderoplysninger, "
            "originale beskeder og bilag slettes, og oplysningerne fjernes fra tekster, bilag "
            "og ændringslog i alle høringer. Bemærkningerne bliver stående, anonymiseret. Det "
            "kan ikke fortrydes."
        ).format(_person_text(person))
        if not confirm(self, self.tr("Slet personoplysninger"), question, self.tr("&Slet")):
            return
        heading = self.tr("Personoplysningerne om {0} er slettet:").format(_person_text(person))
        reason = self.reason.text()

        def done(report: PurgeReport) -> None:
            self.report.setPlainText(describe_report(heading, report))
            self.find_people()
            self.show_exports()
            self.erased.emit(report)

        self._run(
            lambda: erasure.erase_person(
                self._db.unit_of_work(), person.respondent_id, reason=reason
            ),
            done,
        )

    # -- the export register -----------------------------------------------------------

    def _register_tab(self) -> QWidget:
        tab = QWidget(self)
        self.shown_exports = QComboBox(tab)
        self.shown_exports.addItem(self.tr("filer fra denne høring"))
        self.shown_exports.addItem(self.tr("filer med den fundne persons oplysninger"))
        headings = (
            self.tr("Tidspunkt"),
            self.tr("Af"),
            self.tr("Slags"),
            self.tr("Fil"),
            self.tr("Personoplysninger"),
            self.tr("Personer"),
            self.tr("Beskrivelse"),
        )
        self.exports = QTableWidget(0, len(headings), tab)
        self.exports.setHorizontalHeaderLabels(headings)
        self.exports.setAccessibleName(self.tr("Eksporterede filer"))
        self.exports.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.exports.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exports.verticalHeader().setVisible(False)
        header = self.exports.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        row = QHBoxLayout()
        row.addWidget(_buddy_label(self.tr("&Vis:"), self.shown_exports))
        row.addWidget(self.shown_exports)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.exports, 1)
        self.shown_exports.currentIndexChanged.connect(lambda _index: self.show_exports())
        return tab

    def show_exports(self) -> None:
        """The consultation's exported files, or those that held the found person's data."""
        uow = self._db.unit_of_work(write=False)
        if self.shown_exports.currentIndex() == 0:
            rows = list_exports(uow, consultation_id=self._consultation_id)
        else:
            person = self.chosen_person()
            rows = list_exports(uow, respondent_id=person.respondent_id) if person else []
        zone = ZoneInfo(self._consultation.time_zone if self._consultation else "UTC")
        self.exports.setRowCount(len(rows))
        for index, export in enumerate(rows):
            for column, text in enumerate(self._export_cells(export, zone)):
                self.exports.setItem(index, column, QTableWidgetItem(text))

    def _export_cells(self, export: ExportView, zone: ZoneInfo) -> tuple[str, ...]:
        return (
            f"{export.exported_at.astimezone(zone):%d-%m-%Y %H:%M}",
            export.exported_by,
            KIND_LABEL[export.kind],
            export.filename,
            self.tr("ja") if export.personal_data else self.tr("nej"),
            str(len(export.subjects)) if export.subjects else "",
            export.description,
        )

    # -- running ------------------------------------------------------------------------

    def _run(self, work: Work, done: Done) -> None:
        """Purging takes a while: it runs off the GUI thread, the buttons wait for it."""
        self._set_busy(True)

        def finished(report: PurgeReport) -> None:
            self._set_busy(False)
            done(report)

        def failed(error: Exception) -> None:
            self._set_busy(False)
            show_error(self, error)

        self._tasks.write(work, finished, failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.save_retention, self.purge, self.find_button, self.close_buttons):
            widget.setEnabled(not busy)
        person = self.chosen_person()
        self.erase.setEnabled(not busy and person is not None and not person.erased)
        if busy:
            self.report.setPlainText(self.tr("Sletter personoplysninger … det kan tage lidt tid."))

    def reject(self) -> None:
        """Esc waits for a purge under way: it is one transaction and finishes."""
        if self._tasks.busy:
            return
        super().reject()


def _person_text(person: PersonSummary) -> str:
    names = "; ".join(person.known_as) or QCoreApplication.translate(
        "personal_data", "ingen høringssvar"
    )
    text = QCoreApplication.translate(
        "personal_data", "afsender nr. {0} ({1}), {2} høringssvar"
    ).format(person.respondent_id, names, person.responses)
    if person.erased:
        text += " " + QCoreApplication.translate("personal_data", "– allerede slettet")
    return text


def _buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic moves the focus to ``buddy`` (a form row holding a layout
    gets no buddy by itself)."""
    label = QLabel(text, buddy.parentWidget())
    label.setBuddy(buddy)
    return label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
