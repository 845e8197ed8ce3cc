"""A consultation of one's own, set up in the window: the guided dialog, the plan typed in,
two committees, one SMS and one e-mail logged, and the plan tree to show for it."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QPushButton

from hoering.domain.enums import Channel
from hoering.gui.consultation_dialogs import NewConsultationWizard, StartDialog
from hoering.gui.entry_dialog import EntryDialog
from hoering.gui.main_window import MainWindow
from hoering.gui.plan_editor import MeasureDialog
from hoering.services.stats import consultation_stats
from hoering.store.database import Database
from tests.support.gui import WAIT_MS, answer_dialog, find

START = date.today() + timedelta(days=10)


def button(parent, text: str) -> QPushButton:  # type: ignore[no-untyped-def]
    return next(b for b in parent.findChildren(QPushButton) if b.text() == text)


def fill_wizard(wizard: NewConsultationWizard) -> None:
    form = wizard.settings_form
    form.title.setText("Trafikplan 2027")
    form.opens.setDate(QDate(START.year, START.month, START.day))
    end = START + timedelta(days=30)
    form.closes.setDate(QDate(end.year, end.month, end.day))
    form.email.setText("trafik@kommune.example")
    form.sms_number.setText("1919")
    form.keyword.setText("KOM TRAFIK")
    parties = wizard.parties_form
    for code, name in (("TMU", "Teknik- og Miljøudvalget"), ("ØU", "Økonomiudvalget")):
        parties.code.setText(code)
        parties.name.setText(name)
        button(parties, "&Tilføj").click()
    wizard.empty_plan.setChecked(True)


def wait_for_edit(qtbot, window: MainWindow, action) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.tree_loaded, timeout=WAIT_MS):
        action()


def test_set_up_type_in_the_plan_log_two_responses_and_see_the_tree(qtbot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.load_consultations()
    qtbot.waitUntil(lambda: hasattr(window, "start_dialog"), timeout=WAIT_MS)
    start = window.start_dialog
    assert isinstance(start, StartDialog) and start.isVisible()

    answer_dialog(fill_wizard)
    with qtbot.waitSignals([window.plan_loaded, window.counts_shown], timeout=WAIT_MS):
        button(start, "Opret en &ny høring").click()
    assert window.ui.consultationBox.currentText() == "Trafikplan 2027"

    theme_action, measure_action = window.plan_editor.actions[0], window.plan_editor.actions[3]
    for number in range(1, 6):
        answer_dialog(lambda dialog, n=number: dialog.setTextValue(f"Tema {n}"))
        wait_for_edit(qtbot, window, theme_action.trigger)
    for number in range(1, 21):
        window.ui.planTree.setCurrentIndex(find(window.model, f"Tema {(number - 1) % 5 + 1}"))

        def fill(dialog: MeasureDialog, n: int = number) -> None:
            dialog.title.setText(f"Tiltag {n}")
            dialog.goals.setPlainText(f"I 2030 er mål {n} nået.")

        answer_dialog(fill)
        wait_for_edit(qtbot, window, measure_action.trigger)

    for channel, sender, text in (
        (Channel.SMS, "+4520000001", "Flere cykelstier, tak"),
        (Channel.EMAIL, "borger@example.org", "Vi ønsker lavere hastighed i byen."),
    ):

        def fill_entry(dialog: EntryDialog, c=channel, s=sender, t=text) -> None:  # type: ignore[no-untyped-def]
            dialog.channel.setCurrentIndex(dialog.channel.findData(c))
            dialog.received.setDateTime(QDateTime.currentDateTime())
            dialog.sender_address.setText(s)
            dialog.text.setPlainText(t)

        answer_dialog(fill_entry)
        wait_for_edit(qtbot, window, window.intake.enter.trigger)

    model = window.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        f"Tema {n}" for n in range(1, 6)
    ]
    first = model.index(0, 0)
    assert [model.index(r, 0, first).data() for r in range(model.rowCount(first))] == [
        "Tiltag 1",
        "Tiltag 6",
        "Tiltag 11",
        "Tiltag 16",
    ]
    figures = consultation_stats(db.unit_of_work(write=False), window.workspace.consultation_id)
    assert (figures.measures, figures.themes, figures.sections) == (20, 5, 5)
    assert figures.responses_by_channel == {"sms": 1, "email": 1}
    assert figures.consultation.sms_keyword == "KOM TRAFIK"
    assert len(figures.consultation.parties) == 2
