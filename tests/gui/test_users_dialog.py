"""The administrator's user management in its dialog: the first administrator, a
colleague added, given another role, renamed and removed; refusals that lose nothing."""

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hoering.domain.roles import Role
from hoering.gui.users_dialog import UserForm, UsersDialog
from hoering.services.users import add_user, list_users
from hoering.store.database import Database, database_url
from tests.support.gui import answer_dialog


@pytest.fixture
def db(sqlite_demo_path) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    database = Database(database_url(str(sqlite_demo_path)), actor="chef")
    yield database
    database.dispose()


def open_users(qtbot, db: Database) -> UsersDialog:  # type: ignore[no-untyped-def]
    dialog = UsersDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def roles(db: Database) -> dict[str, tuple[str, Role]]:
    return {u.login: (u.display_name, u.role) for u in list_users(db.unit_of_work(write=False))}


def select(dialog: UsersDialog, login: str) -> None:
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == login)
    dialog.table.selectRow(row)


def row_texts(dialog: UsersDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]


def shown_error(widget: QWidget) -> str:
    boxes = [b for b in widget.findChildren(QMessageBox) if b.isVisible()]
    return boxes[-1].text() if boxes else ""


def click(label: str) -> Callable[[QMessageBox], None]:
    return lambda box: next(b for b in box.buttons() if b.text() == label).click()


def answer_refused(fill: Callable[[UserForm], None], errors: list[str]) -> None:
    """Fill in the next user form and press OK; record the refusal shown, then cancel."""

    def handle() -> None:
        form = QApplication.activeModalWidget()
        if not isinstance(form, UserForm):
            QTimer.singleShot(20, handle)
            return
        fill(form)
        form.accept()
        errors.append(shown_error(form))
        errors.append(f"still open: {form.isVisible()}")
        form.reject()

    QTimer.singleShot(0, handle)


def test_an_administrator_adds_a_colleague_changes_and_removes_them(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = open_users(qtbot, db)
    assert dialog.table.rowCount() == 0
    assert "ingen brugere endnu" in dialog.who.text()

    answer_dialog(lambda form: form.name_edit.setText("Chefen"))  # proposed: chef, administrator
    dialog.add.click()
    assert roles(db) == {"chef": ("Chefen", Role.ADMINISTRATOR)}

    def karen(form: UserForm) -> None:
        form.login_edit.setText("karen")
        form.name_edit.setText("Karen Jensen")
        form.set_role(Role.EDITOR)

    answer_dialog(karen)
    dialog.add.click()
    assert roles(db)["karen"] == ("Karen Jensen", Role.EDITOR)
    assert ["karen", "Karen Jensen", "redaktør"] in row_texts(dialog)

    select(dialog, "karen")
    answer_dialog(lambda form: form.set_role(Role.CASE_HANDLER))
    dialog.change_role.click()
    answer_dialog(lambda form: form.name_edit.setText("Karen J."))
    dialog.rename.click()
    assert roles(db)["karen"] == ("Karen J.", Role.CASE_HANDLER)
    assert ["karen", "Karen J.", "sagsbehandler"] in row_texts(dialog)

    select(dialog, "karen")
    answer_dialog(click("&Fjern"))
    dialog.remove.click()
    assert "karen" not in roles(db)
    assert row_texts(dialog) == [["chef", "Chefen", "administrator"]]


def test_removing_is_only_done_when_confirmed(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    add_user(db.unit_of_work(), "chef", Role.ADMINISTRATOR)
    add_user(db.unit_of_work(), "karen", Role.EDITOR)
    dialog = open_users(qtbot, db)
    select(dialog, "karen")
    answer_dialog(click("&Annullér"))
    dialog.remove.click()
    assert "karen" in roles(db)


def test_the_last_administrator_is_kept_and_the_choice_stays(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    add_user(db.unit_of_work(), "chef", Role.ADMINISTRATOR)
    dialog = open_users(qtbot, db)
    select(dialog, "chef")
    errors: list[str] = []
    answer_refused(lambda form: form.set_role(Role.READER), errors)
    dialog.change_role.click()
    assert errors[0].startswith("»chef« er den eneste administrator")
    assert errors[1] == "still open: True"  # what was chosen is not lost
    assert roles(db)["chef"][1] is Role.ADMINISTRATOR

    answer_dialog(click("&Fjern"))
    dialog.remove.click()
    assert shown_error(dialog).startswith("»chef« er den eneste administrator")
    assert "chef" in roles(db)


def test_a_reader_is_refused_with_the_reason(qtbot, sqlite_demo_path, db: Database) -> None:  # type: ignore[no-untyped-def]
    add_user(db.unit_of_work(), "chef", Role.ADMINISTRATOR)
    add_user(db.unit_of_work(), "læser", Role.READER)
    reader = Database(database_url(str(sqlite_demo_path)), actor="læser")
    try:
        dialog = open_users(qtbot, reader)
        assert dialog.who.text() == "Du er logget ind som læser med rollen læser."
        errors: list[str] = []

        def ole(form: UserForm) -> None:
            form.login_edit.setText("ole")
            form.set_role(Role.ADMINISTRATOR)

        answer_refused(ole, errors)
        dialog.add.click()
        assert errors[0].startswith("Du har ikke rettighed til at administrere brugere")
        assert set(roles(db)) == {"chef", "læser"}
    finally:
        reader.dispose()
