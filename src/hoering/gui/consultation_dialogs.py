"""Setting up a consultation: a guided dialog for a new one, the same form for changing
one later, and the start screen of an empty database."""

from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from hoering.domain.enums import RespondentKind
from hoering.gui.labels import term
from hoering.gui.messages import plain_label
from hoering.services.consultations import ConsultationSettings, NewConsultation
from hoering.services.dto import ConsultationSummary, RespondentSummary
from hoering.services.respondents import NewBody
from hoering.services.setup import PlanFile

_BODY_KINDS = (
    RespondentKind.COMMITTEE,
    RespondentKind.COUNCIL,
    RespondentKind.ORGANISATION,
    RespondentKind.COMPANY,
)


def _date_edit(value: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


def _python_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class SettingsForm(QWidget):
    """Title, period and channels: the part of a consultation that can change later."""

    def __init__(self, existing: ConsultationSummary | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = date.today()
        self.title = QLineEdit(existing.title if existing else "", self)
        self.opens = _date_edit(existing.opens_on if existing else today + timedelta(days=14), self)
        self.closes = _date_edit(
            existing.closes_on if existing else today + timedelta(days=42), self
        )
        self.email = QLineEdit(existing.email_address or "" if existing else "", self)
        self.sms_number = QLineEdit(existing.sms_number or "" if existing else "", self)
        self.keyword = QLineEdit(existing.sms_keyword or "" if existing else "", self)
        self.keyword.setPlaceholderText(self.tr("fx BALK KLIMA"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("&Åbner:"), self.opens)
        form.addRow(self.tr("&Frist (sidste dag):"), self.closes)
        form.addRow(self.tr("&E-mail til høringssvar:"), self.email)
        form.addRow(self.tr("&SMS-nummer:"), self.sms_number)
        form.addRow(self.tr("SMS-&kodeord:"), self.keyword)
        form.addRow(
            plain_label(
                self.tr("Fristen er slutningen af den sidste dag, dansk tid (Europe/Copenhagen).")
            )
        )

    def settings(self, parties: list[int]) -> ConsultationSettings:
        return ConsultationSettings(
            title=self.title.text(),
            opens_on=_python_date(self.opens),
            closes_on=_python_date(self.closes),
            email_address=self.email.text(),
            sms_number=self.sms_number.text(),
            sms_keyword=self.keyword.text(),
            parties=parties,
        )


class PartiesForm(QWidget):
    """The bodies consulted: tick registered ones, or add new ones."""

    def __init__(
        self,
        bodies: list[RespondentSummary],
        chosen: tuple[int, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Høringsparter"))
        for body in bodies:
            self._add_item(f"{body.code} – {body.name}", body.id, checked=body.id in chosen)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("Kode, fx UGO"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Navn"))
        self.kind = QComboBox(self)
        for kind in _BODY_KINDS:
            self.kind.addItem(term(kind), kind)
        add = QPushButton(self.tr("&Tilføj"), self)
        add.clicked.connect(self._add_new)
        row = QHBoxLayout()
        for widget in (self.code, self.name, self.kind, add):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Hvem sendes planen i høring hos?")))
        layout.addWidget(self.list)
        layout.addWidget(plain_label(self.tr("Ny høringspart:")))
        layout.addLayout(row)
        self.new_bodies: list[NewBody] = []

    def _add_item(self, text: str, data: object, *, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def _add_new(self) -> None:
        code, name = self.code.text().strip().upper(), self.name.text().strip()
        if not code:
            return
        body = NewBody(code, name or code, RespondentKind(self.kind.currentData()))
        self._add_item(f"{code} – {body.name} ({self.tr('ny')})", body, checked=True)
        self.code.clear()
        self.name.clear()

    def chosen(self) -> tuple[list[int], list[NewBody]]:
        existing: list[int] = []
        new: list[NewBody] = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() is not Qt.CheckState.Checked:
                continue
            data = item.data(Qt.ItemDataRole.UserRole)
            if isinstance(data, NewBody):
                new.append(data)
            else:
                existing.append(int(data))
        return existing, new


class NewConsultationWizard(QWizard):
    """A new consultation in four short steps: settings, parties, plan, done."""

    def __init__(
        self,
        bodies: list[RespondentSummary],
        consultations: list[ConsultationSummary],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny høring"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.settings_form = SettingsForm(None, self)
        self.plan_title = QLineEdit(self)
        self.organisation = QLineEdit(self)
        first = QWizardPage(self)
        first.setTitle(self.tr("Høringen"))
        layout = QVBoxLayout(first)
        layout.addWidget(self.settings_form)
        extra = QFormLayout()
        extra.addRow(self.tr("&Planens titel:"), self.plan_title)
        extra.addRow(self.tr("&Organisation:"), self.organisation)
        layout.addLayout(extra)
        self.addPage(first)
        self.parties_form = PartiesForm(bodies, (), self)
        second = QWizardPage(self)
        second.setTitle(self.tr("Høringsparter"))
        QVBoxLayout(second).addWidget(self.parties_form)
        self.addPage(second)
        self.addPage(self._plan_page(consultations))

    def _plan_page(self, consultations: list[ConsultationSummary]) -> QWizardPage:
        page = QWizardPage(self)
        page.setTitle(self.tr("Planen"))
        self.empty_plan = QRadioButton(self.tr("&Tom plan — skriv den ind bagefter"), page)
        self.from_file = QRadioButton(
            self.tr("Fra en &tabel (.txt kopieret fra Word, .docx, .xlsx):"), page
        )
        self.from_previous = QRadioButton(
            self.tr("Den reviderede plan fra en &tidligere høring:"), page
        )
        self.empty_plan.setChecked(True)
        group = QButtonGroup(page)
        for button in (self.empty_plan, self.from_file, self.from_previous):
            group.addButton(button)
        self.file = QLineEdit(page)
        browse = QPushButton(self.tr("&Vælg fil …"), page)
        browse.clicked.connect(self._browse)
        self.previous = QComboBox(page)
        for consultation in consultations:
            self.previous.addItem(consultation.title, consultation.id)
        self.from_previous.setEnabled(bool(consultations))
        self.file.textChanged.connect(lambda _text: self.from_file.setChecked(True))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file)
        file_row.addWidget(browse)
        layout = QVBoxLayout(page)
        for widget in (self.empty_plan, self.from_file):
            layout.addWidget(widget)
        layout.addLayout(file_row)
        layout.addWidget(self.from_previous)
        layout.addWidget(self.previous)
        layout.addStretch(1)
        return page

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Vælg planens tabel"), "", self.tr("Tabeller (*.txt *.docx *.xlsx)")
        )
        if path:
            self.file.setText(path)

    def spec(self) -> NewConsultation:
        existing, _new = self.parties_form.chosen()
        settings = self.settings_form.settings(existing)
        return NewConsultation(
            **asdict(settings),
            plan_title=self.plan_title.text() or settings.title,
            organisation=self.organisation.text() or None,
        )

    def new_bodies(self) -> list[NewBody]:
        return self.parties_form.chosen()[1]

    def plan_file(self) -> PlanFile | None:
        if not self.from_file.isChecked() or not self.file.text().strip():
            return None
        path = Path(self.file.text().strip())
        return PlanFile(path.name, path.read_bytes())

    def copy_from(self) -> int | None:
        if not self.from_previous.isChecked():
            return None
        value: int | None = self.previous.currentData()
        return value


class SettingsDialog(QDialog):
    """Change a consultation's title, period, channels and parties."""

    def __init__(
        self,
        existing: ConsultationSummary,
        bodies: list[RespondentSummary],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Høringens oplysninger"))
        self.form = SettingsForm(existing, self)
        self.parties = PartiesForm(bodies, existing.parties, self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.parties)
        layout.addWidget(
            plain_label(self.tr("Ændres fristen, beregnes »for sent« igen for alle høringssvar."))
        )
        layout.addWidget(buttons)

    def settings(self) -> ConsultationSettings:
        existing, _new = self.parties.chosen()
        return self.form.settings(existing)

    def new_bodies(self) -> list[NewBody]:
        return self.parties.chosen()[1]


class StartDialog(QDialog):
    """What to do with an empty database: open the demo, start a consultation, or connect."""

    DEMO, NEW, CONNECT = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Velkommen til Høring"))
        self.choice = self.DEMO
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Databasen har ingen høringer endnu. Hvad vil du?")))
        for choice, text in (
            (self.DEMO, self.tr("Åbn &demohøringen »Klimahandleplan 2023«")),
            (self.NEW, self.tr("Opret en &ny høring")),
            (self.CONNECT, self.tr("&Forbind til en fælles database (PostgreSQL)")),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, choice=choice: self._choose(choice))
            layout.addWidget(button)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()
