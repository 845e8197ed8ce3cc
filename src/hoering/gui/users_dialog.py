"""The administrator's list of users: add one, change a role or a name, remove one."""

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hoering.domain.errors import HoeringError
from hoering.domain.roles import Role
from hoering.gui.confirm import confirm
from hoering.gui.labels import term
from hoering.gui.messages import plain_label, show_error
from hoering.services import users
from hoering.services.access import current_user
from hoering.services.users import UserView
from hoering.store.database import Database


class UsersDialog(QDialog):
    """List the users with their roles and change them. Emits ``changed`` after every
    saved change (the window may then show the user's new role)."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Brugere og roller"))
        self._db = db
        self._users: list[UserView] = []
        self.who = plain_label("", self)
        self.table = self._make_table()
        self.add = QPushButton(self.tr("&Tilføj …"), self)
        self.change_role = QPushButton(self.tr("Skift &rolle …"), self)
        self.rename = QPushButton(self.tr("&Omdøb …"), self)
        self.remove = QPushButton(self.tr("&Fjern …"), self)
        self.add.clicked.connect(self._add)
        self.change_role.clicked.connect(self._change_role)
        self.rename.clicked.connect(self._rename)
        self.remove.clicked.connect(self._remove)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.itemActivated.connect(lambda _item: self._change_role())
        actions = QHBoxLayout()
        for button in (self.add, self.change_role, self.rename, self.remove):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(640, 420)
        self.reload()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 3, self)
        table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Navn"), self.tr("Rolle")])
        table.setAccessibleName(self.tr("Brugere"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    # -- showing ------------------------------------------------------------------

    def reload(self, keep: str | None = None) -> None:
        """Read the users again and select the one with login ``keep`` (or the first)."""
        if keep is None and (current := self.selected()) is not None:
            keep = current.login
        self._users = users.list_users(self._db.unit_of_work(write=False))
        self.table.setRowCount(len(self._users))
        for row, user in enumerate(self._users):
            for column, text in enumerate((user.login, user.display_name, term(user.role))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        logins = [u.login for u in self._users]
        if logins:
            self.table.selectRow(logins.index(keep) if keep in logins else 0)
        self.who.setText(self._who_text())
        self._enable()

    def _who_text(self) -> str:
        me = current_user(self._db.unit_of_work(write=False))
        if not self._users:
            return self.tr(
                "Databasen har ingen brugere endnu: alle er administrator, indtil den første er "
                "oprettet. Opret først dig selv ({0}) som administrator."
            ).format(me.login)
        if not me.registered:
            return self.tr("Du ({0}) er ikke oprettet og kan kun læse.").format(me.login)
        return self.tr("Du er logget ind som {0} med rollen {1}.").format(me.login, term(me.role))

    def selected(self) -> UserView | None:
        rows = self.table.selectionModel().selectedRows()
        return self._users[rows[0].row()] if rows and self._users else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for button in (self.change_role, self.rename, self.remove):
            button.setEnabled(chosen)

    # -- changing -------------------------------------------------------------------

    def _add(self) -> None:
        first = not self._users  # the first user must be an administrator: propose oneself
        me = current_user(self._db.unit_of_work(write=False)).login if first else ""
        form = UserForm(
            self.tr("Tilføj bruger"),
            self,
            lambda f: users.add_user(self._db.unit_of_work(), f.login(), f.role(), f.name()),
            login=me,
            name="",
            role=Role.ADMINISTRATOR if first else Role.CASE_HANDLER,
        )
        self._edit(form, lambda: form.login().strip())

    def _change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        form = UserForm(
            self.tr("Skift rolle for {0}").format(user.login),
            self,
            lambda f: users.set_role(
                self._db.unit_of_work(), user.login, f.role(), expected_version=user.version
            ),
            role=user.role,
        )
        self._edit(form, lambda: user.login)

    def _rename(self) -> None:
        user = self.selected()
        if user is None:
            return
        form = UserForm(
            self.tr("Omdøb {0}").format(user.login),
            self,
            lambda f: users.set_display_name(
                self._db.unit_of_work(), user.login, f.name(), expected_version=user.version
            ),
            name=user.display_name,
        )
        self._edit(form, lambda: user.login)

    def _edit(self, form: "UserForm", keep: Callable[[], str]) -> None:
        saved = form.exec()
        # Also after a refusal: a colleague's change is then shown.
        self.reload(keep())
        if saved:
            self.changed.emit()

    def _remove(self) -> None:
        user = self.selected()
        if user is None:
            return
        question = self.tr(
            "Fjern brugeren {0} ({1})? Det, {0} har ændret, står stadig i ændringsloggen."
        ).format(user.login, user.display_name)
        if not confirm(self, self.tr("Fjern bruger"), question, self.tr("&Fjern")):
            return
        try:
            users.remove_user(self._db.unit_of_work(), user.login, expected_version=user.version)
        except HoeringError as error:
            show_error(self, error)
        else:
            self.changed.emit()
        self.reload()


class UserForm(QDialog):
    """A user's login, name and role, as far as given; OK saves through ``save``, and
    when the save is refused the form stays open with what was typed."""

    def __init__(
        self,
        title: str,
        parent: QWidget,
        save: Callable[["UserForm"], object],
        *,
        login: str | None = None,
        name: str | None = None,
        role: Role | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.login_edit = QLineEdit(login or "", self)
        self.name_edit = QLineEdit(name or "", self)
        self.name_edit.setPlaceholderText(self.tr("Navnet kollegerne ser"))
        self.role_box = QComboBox(self)
        for member in Role:
            self.role_box.addItem(term(member), member)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        if login is not None:
            form.addRow(self.tr("&Login:"), self.login_edit)
        if name is not None:
            form.addRow(self.tr("&Navn:"), self.name_edit)
        if role is not None:
            form.addRow(self.tr("&Rolle:"), self.role_box)
            self.set_role(role)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def set_role(self, role: Role) -> None:
        self.role_box.setCurrentIndex(self.role_box.findData(role))

    def login(self) -> str:
        return self.login_edit.text()

    def name(self) -> str:
        return self.name_edit.text()

    def role(self) -> Role:
        return Role(self.role_box.currentData())

    def accept(self) -> None:
        try:
            self._save(self)
        except HoeringError as error:
            show_error(self, error)
            return
        super().accept()
